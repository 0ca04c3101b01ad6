import type { CodegenConfig } from '@graphql-codegen/cli';

// Generates typed documents for the operations written with `graphql()` from src/gql (git-ignored).
const config: CodegenConfig = {
  schema: '../server/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
