// Typed GraphQL documents for the SPAs: `npm run codegen -w @kinerja/schema` (also part of `npm run schema`).
// The SPAs write their documents with `graphql()` from '@kinerja/schema/gql' and get typed results back.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: [
    '../../apps/*/src/**/*.{ts,vue}',
    '../../packages/web-common/src/**/*.{ts,vue}',
    // The API's own operations (resolver tests) are not client documents.
    '!../../apps/api/**',
  ],
  ignoreNoDocuments: true,
  // The package is built by tsc with NodeNext resolution, which needs explicit extensions.
  importExtension: '.js',
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
