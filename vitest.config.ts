import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Compiles dist/ when it is older than src/, and makes the run's temp folder.
    globalSetup: ['tests/setup/global.ts'],
    // PDF rendering and browser tests are CPU-bound; two cores are shared with CI.
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
