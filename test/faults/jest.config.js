/**
 * The fault suite (npm run test:faults): the built API and worker as separate processes against a
 * Postgres and Redis of the suite's own, with faults injected on purpose. Not part of `npm test`.
 */
const { pathsToModuleNameMapper } = require('../../scripts/jest-paths');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'faults',
  rootDir: '../..',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  moduleNameMapper: pathsToModuleNameMapper(),
  testTimeout: 120_000,
  // The faults line comes last, after jest's own summary.
  reporters: ['default', '<rootDir>/test/faults/faults-line.reporter.js'],
};
