/**
 * The dependency rules of the architecture (issue 9), checked by `npm run lint:deps` (part of `npm run lint`).
 *
 * Server: every top-level folder of server/src is a feature (it owns its tables and exposes its public API in
 * its index.ts), except the infrastructure folders common, config, database and graphql. health and seed are
 * features too: they reach other features' data through their services, like everyone else. The top-level
 * files (app.module.ts, app.factory.ts, main.ts) are the composition root and may import anything.
 * Web: every folder of web/src/features is a feature with its public API in index.ts(x).
 *
 * Test code (*.test.ts(x), *.test-helpers.ts, test-fixtures.ts) builds fixtures across features and is exempt from
 * the public-API rules (not from the cycle rule).
 * What dependency-cruiser cannot see (named imports such as `DataSource`, SQL naming another feature's tables,
 * `TypeOrmModule.forFeature` with another feature's entity) is checked by server/test/architecture.test.ts.
 */
const INFRA = '(?:common|config|database|graphql)';
const TEST_CODE = '(\\.test\\.tsx?|\\.test-helpers\\.ts|test-fixtures\\.tsx?)$';
const ENTITY_FILE = '\\.entit(?:y|ies)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-foreign-entity',
      severity: 'error',
      comment:
        "A feature queries only its own tables: it must not import another feature's *.entity(ies).ts (use that feature's " +
        "exported service). Type-only imports are allowed, through the feature's index (rule 'feature-public-api-only').",
      from: { path: `^server/src/(?!${INFRA}/)([^/]+)/`, pathNot: TEST_CODE },
      to: { path: `^server/src/[^/]+/.+${ENTITY_FILE}`, pathNot: '^server/src/$1/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'feature-public-api-only',
      severity: 'error',
      comment:
        'A feature uses another feature only through its public API, server/src/<feature>/index.ts (type-only imports too: ' +
        "`import type { User } from '../users'`).",
      from: { path: `^server/src/(?!${INFRA}/)([^/]+)/`, pathNot: TEST_CODE },
      to: {
        path: '^server/src/[^/]+/',
        pathNot: [
          '^server/src/$1/',
          `^server/src/${INFRA}/`,
          '^server/src/[^/]+/index\\.ts$',
          // A value import of an entity file is reported once, by no-foreign-entity.
          ENTITY_FILE,
        ],
      },
    },
    {
      name: 'feature-public-api-only',
      severity: 'error',
      comment: "A type-only import of another feature's entity goes through that feature's index.ts too.",
      from: { path: `^server/src/(?!${INFRA}/)([^/]+)/`, pathNot: TEST_CODE },
      to: { path: `^server/src/[^/]+/.+${ENTITY_FILE}`, pathNot: '^server/src/$1/', dependencyTypes: ['type-only'] },
    },
    {
      name: 'infrastructure-not-to-features',
      severity: 'error',
      comment:
        'common, config, database and graphql name no feature. Exceptions: database/entities.ts, the one list of every ' +
        "entity the DataSource and the migration generator need; type-only imports of a feature's index, and of " +
        'auth/current-user.ts for the request type in graphql/graphql-context.ts.',
      from: { path: `^server/src/${INFRA}/`, pathNot: ['^server/src/database/entities\\.ts$', TEST_CODE] },
      to: { path: `^server/src/(?!${INFRA}/)[^/]+/`, pathNot: ['^server/src/[^/]+/index\\.ts$', '^server/src/auth/current-user\\.ts$'] },
    },
    {
      name: 'infrastructure-not-to-features',
      severity: 'error',
      comment: "Infrastructure may name a feature's index (or auth's request type) only in type-only imports.",
      from: { path: `^server/src/${INFRA}/`, pathNot: ['^server/src/database/entities\\.ts$', TEST_CODE] },
      to: { path: ['^server/src/[^/]+/index\\.ts$', '^server/src/auth/current-user\\.ts$'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-feature-public-api-only',
      severity: 'error',
      comment: 'A web feature uses another web feature only through web/src/features/<feature>/index.ts(x).',
      from: { path: '^web/src/features/([^/]+)/', pathNot: TEST_CODE },
      to: { path: '^web/src/features/[^/]+/', pathNot: ['^web/src/features/$1/', '^web/src/features/[^/]+/index\\.tsx?$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles at run time (type-only imports are erased, so they do not count). Cycles between feature folders ' +
        '(through any files) are checked by server/test/architecture.test.ts.',
      from: { path: '^(server|web)/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that resolves to nothing on disk. Build outputs are left out: shared/dist (@living-lab/shared) and ' +
        'web/src/gql (graphql-codegen) exist only after a build, and CI lints a fresh clone before building.',
      from: { path: '^(server|web)/src/' },
      to: { couldNotResolve: true, pathNot: ['^@living-lab/shared$', '(^|/)gql(/graphql)?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Generated GraphQL types: imported everywhere, import nothing of ours.
    exclude: { path: '^web/src/gql/' },
    // See type-only imports (they are erased by the compiler) so rules can tell them apart.
    tsPreCompilationDeps: true,
    // The server's tsconfig (no path aliases). The web's one alias, @living-lab/shared -> shared/src, resolves to the
    // same workspace package through node_modules; shared is outside the checked folders either way.
    tsConfig: { fileName: require('node:path').join(__dirname, 'server/tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
