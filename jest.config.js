/**
 * Three projects in one run: `unit` and `fast` (no network; `npm run test:fast` runs just
 * these two) and `db` (integration tests against the real Neo4j and end-to-end tests over
 * HTTP). The db project's global setup
 * uses NEO4J_URI, else starts the tests' own local Neo4j (.neo4j-test, Bolt 7688; never
 * npm start's), and loads the graph once; its tests run in band because they share it.
 */
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  // jose ships ES modules only; compile it to CommonJS for jest (Node itself loads it as is).
  '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true }, diagnostics: false }],
};
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 1,
  testTimeout: 60_000,
  // The files that rewrite the shared graph run last (see the file).
  testSequencer: '<rootDir>/test/support/sequencer.js',
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform, transformIgnorePatterns, testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    // Resolvers, loaders and the Cypher sent, over a recording QueryRunner: no Neo4j, JDK or browser (test/fast/support).
    { displayName: 'fast', testEnvironment: 'node', transform, transformIgnorePatterns, testMatch: ['<rootDir>/test/fast/**/*.test.ts'] },
    {
      displayName: 'db',
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      testMatch: ['<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
