/**
 * Unit and integration tests of every workspace in one Jest run (the server's globalSetup starts
 * one embedded PostgreSQL for all its test files). End-to-end tests: jest.e2e.config.js.
 * @type {import('jest').Config}
 */
module.exports = {
  // A global option: the projects' own testTimeout is ignored under a multi-project run.
  testTimeout: 30000,
  projects: ['<rootDir>/shared/jest.config.js', '<rootDir>/server/jest.config.js', '<rootDir>/web/jest.config.cjs'],
};
