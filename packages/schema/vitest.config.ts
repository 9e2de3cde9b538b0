import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['codegen.test.ts'] } });
