import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // S3 and SES emulators, in-process on random ports; endpoints reach tests via inject().
    globalSetup: ['tests/harness/global-setup.ts'],
    // Node 20 lacks Promise.withResolvers, which the state-machine interpreter needs.
    setupFiles: ['tests/harness/polyfills.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-report.json' },
  },
});
