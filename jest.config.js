// One jest configuration for every part: node tests, jsdom tests for the front ends, browser tests in test/e2e.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@koberollen/shared/(.*)$': '<rootDir>/shared/src/$1' },
  // ESM-only packages (jose, the OpenAPI validator; strip-bom and uuid, pulled in by office-addin-mock) are compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(.*/)?(jose|strip-bom|uuid|@seriousme/openapi-schema-validator)/)'],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/{shared,functions}/src/**/*.test.ts',
        '<rootDir>/test/api/**/*.test.ts',
        '<rootDir>/test/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/support/jsdomPerformance.ts'],
      testMatch: ['<rootDir>/{addin,teams-app}/src/**/*.test.{ts,tsx}'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
    },
  ],
};
