import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // PDF rendering and browser tests are CPU-bound; two cores are shared with CI.
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
