import { defineConfig } from 'vitest/config';

// `npm run bench -w @kinerja/tests`: figures of the built apps (printed, never asserted).
export default defineConfig({
  test: {
    include: ['bench/**/*.figures.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 600_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
