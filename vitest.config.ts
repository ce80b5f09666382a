import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Compiles dist/ when it is older than src/, and makes the run's temp folder.
    globalSetup: ['tests/setup/global.ts'],
    // A file per core. Vitest's default leaves a core to its main process, which here
    // only waits: on two cores that ran the files one at a time.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    // Files in one worker share loaded modules rather than loading src/, pdfkit and pdf.js
    // again each: tests keep no state in modules, and build into folders of their own.
    isolate: false,
    // PDF rendering is CPU-bound and the cores may be shared (CI, other builds).
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
