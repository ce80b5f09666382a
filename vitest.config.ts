import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import { SlowestFirst } from './tests/setup/sequencer.js'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Compiles dist/ when it is older than src/, and makes the run's temp folder.
    globalSetup: ['tests/setup/global.ts'],
    // A file per core. Vitest's default leaves a core to its main process, which here
    // only waits: on two cores that ran the files one at a time.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    sequence: { sequencer: SlowestFirst },
    // Each file gets fresh modules (vitest's default). Sharing them (isolate: false) saved
    // about an eighth of the CPU. The PDF backend no longer carries glyph state between
    // documents (render/pdf/glyphs.ts), but files still read per-process state as fresh:
    // tests/scripts.test.ts asserts which fallback fonts a process has read, and failed
    // when an earlier file in the same process had drawn Chinese text.
    isolate: true,
    // PDF rendering is CPU-bound and the cores may be shared (CI, other builds).
    testTimeout: 120_000,
    hookTimeout: 120_000
  }
})
