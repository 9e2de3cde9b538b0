import { writeFile } from 'node:fs/promises';
import { currentSdl, SDL_PATH } from './sdl.js';

await writeFile(SDL_PATH, await currentSdl());
console.log(`wrote ${SDL_PATH}`);
