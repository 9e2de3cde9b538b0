// The Vite config both SPAs share (imported by their vite.config.ts; runs in Node, not in the browser).
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import { inlineGraphqlDocuments } from './inline-graphql';

export interface AppConfigOptions {
  /** Path the API serves the built app under, e.g. '/employee/'. */
  base: string;
  /** Port of the dev server and of `vite preview`. */
  port: number;
  /** The app's own plugins (the employee app's PWA). */
  plugins?: PluginOption[];
}

const schemaSource = (file: string) =>
  fileURLToPath(new URL(`../../schema/src/${file}`, import.meta.url));

/** Where the API listens in development; the dev server forwards /graphql there (same origin). */
const API_ORIGIN = 'http://localhost:3000';

export function defineAppConfig({ base, port, plugins = [] }: AppConfigOptions): UserConfig {
  const proxy = { '/graphql': { target: API_ORIGIN } };
  return defineConfig({
    base,
    plugins: [
      inlineGraphqlDocuments(schemaSource('gql/graphql.ts')),
      vue({ features: { optionsAPI: false, prodDevtools: false } }),
      ...plugins,
    ],
    resolve: {
      // The generated documents and error codes are used as TypeScript source, no build step needed.
      alias: [
        { find: /^@kinerja\/schema\/gql$/, replacement: schemaSource('gql/index.ts') },
        { find: /^@kinerja\/schema$/, replacement: schemaSource('index.ts') },
      ],
    },
    define: {
      __VUE_I18N_FULL_INSTALL__: 'true',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    server: { port, strictPort: true, proxy },
    preview: { port, strictPort: true, proxy },
    build: { target: 'es2022' },
  });
}
