#!/usr/bin/env node
// `npm start`: installs what is missing, builds the API and both SPAs (cached by turbo), then starts
// the server in production mode: embedded PostgreSQL unless DATABASE_URL is set, migrations, the demo
// city on first run, everything on one port (PORT, default 3000).
import { execSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
execSync('node scripts/ensure-install.mjs', { cwd: root, stdio: 'inherit' });
execSync('npx turbo run build --output-logs=errors-only', { cwd: root, stdio: 'inherit' });

process.env.NODE_ENV ??= 'production';
await import(pathToFileURL(path.join(root, 'apps/api/dist/main.js')).href);
