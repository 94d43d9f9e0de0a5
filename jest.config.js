/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking is `npm run typecheck` (tsc); jest only transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  // The module the build writes (src/server/shipped.d.ts); tests of src/ get the cold room from its source.
  moduleNameMapper: { '^shipped:cold-room$': '<rootDir>/test/support/shipped-cold-room.ts' },
  testTimeout: 60000,
};
