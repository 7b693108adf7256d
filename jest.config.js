/** Jest on Node 20: @swc/jest compiles our TypeScript and Nest's ESM packages to CommonJS. */
const { pathsToModuleNameMapper } = require('./scripts/jest-paths');

const moduleNameMapper = pathsToModuleNameMapper();

/** The API, worker, libraries and e2e tests, against the real Postgres and Redis. */
const api = {
  displayName: 'api',
  rootDir: '.',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/test/**/*.spec.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
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
  moduleNameMapper,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};

/** The web app's components in a simulated browser (jsdom); no database needed. */
const web = {
  displayName: 'web',
  rootDir: '.',
  testEnvironment: '<rootDir>/apps/web/test/jsdom-environment.js',
  testEnvironmentOptions: { url: 'http://localhost/' },
  moduleFileExtensions: ['tsx', 'ts', 'js', 'mjs', 'json'],
  testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
  // The Utrecht React packages are published as ES modules only.
  resolver: '<rootDir>/apps/web/test/esm-only-resolver.js',
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
    // Vite bundles the CSS; components under test need none of it.
    '^.+\\.css$': '<rootDir>/apps/web/test/css-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(@utrecht)/)'],
  moduleNameMapper,
  testTimeout: 20000,
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [api, web],
  testTimeout: 60000,
};
