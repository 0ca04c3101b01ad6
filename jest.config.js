/**
 * Unit and integration tests of every workspace in one Jest run (the server's globalSetup starts
 * one embedded PostgreSQL for all its test files). End-to-end tests: jest.e2e.config.js.
 * @type {import('jest').Config}
 */
module.exports = {
  projects: ['<rootDir>/shared/jest.config.js', '<rootDir>/server/jest.config.js', '<rootDir>/web/jest.config.cjs'],
};
