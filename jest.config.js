/**
 * Unit and integration tests of every workspace in one Jest run (the server's globalSetup starts
 * one embedded PostgreSQL for all its test files). End-to-end tests: jest.e2e.config.js.
 * @type {import('jest').Config}
 */
module.exports = {
  // A global option: the projects' own testTimeout is ignored under a multi-project run. It bounds the
  // hooks too: a beforeAll that starts an app on a fresh database took over 30 s once on a loaded CI
  // machine (0.8 s when idle), so the ceiling leaves room; it is no speed target.
  testTimeout: 60000,
  projects: ['<rootDir>/shared/jest.config.js', '<rootDir>/server/jest.config.js', '<rootDir>/web/jest.config.cjs'],
};
