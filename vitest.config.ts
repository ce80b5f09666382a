import { availableParallelism } from 'node:os'
import { defineConfig, type Plugin } from 'vitest/config'
import { SlowestFirst } from './tests/setup/sequencer.js'

/**
 * The packages' own builds, as Node and the bundle resolve them. Vitest otherwise asks
 * for their `development` builds (it adds the condition to Vite's, so only a resolved
 * config can lose it): micromark and mdast-util-from-markdown check their own workings
 * there, and parsed Markdown at half the speed.
 */
function shippedBuilds(): Plugin {
  const shipped = (conditions: string[] | undefined): void => {
    if (!conditions) return
    const kept = [...new Set(conditions.filter((c) => c !== 'development' && c !== 'development|production'))]
    conditions.splice(0, conditions.length, ...kept)
  }
  return {
    name: 'classpack:shipped-builds',
    configResolved(config) {
      shipped(config.ssr.resolve?.conditions)
      for (const environment of Object.values(config.environments)) shipped(environment.resolve.conditions)
    }
  }
}

export default defineConfig({
  plugins: [shippedBuilds()],
  test: {
    // Compiles dist/ when it is older than src/, and makes the run's temp folder.
    globalSetup: ['tests/setup/global.ts'],
    // A file per core. Vitest's default leaves a core to its main process, which here
    // only waits: on two cores that ran the files one at a time.
    pool: 'forks',
    maxWorkers: availableParallelism(),
    // The test processes allocate fast and keep a large heap (files share them): a larger
    // young generation lets more of it die young, and collecting on the process's own
    // thread leaves the other core to the other file. Together they took the suite from
    // 171–186 s to 162 s here (user time 291–319 s to 276 s). Only the test processes and
    // the threads they start: a command the tests spawn runs as Node starts it.
    execArgv: ['--max-semi-space-size=64', '--single-threaded-gc'],
    sequence: { sequencer: SlowestFirst },
    // The compiled library (dist/), which the tests of rendering threads build with, is
    // loaded by Node as a teacher's Node loads it, not transformed again by Vite.
    server: { deps: { external: [/\/dist\//] } },
    // PDF rendering is CPU-bound and the cores may be shared (CI, other builds).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    include: ['tests/**/*.test.ts'],
    // Files share a process and its modules, one file after another: a file finds fonts
    // parsed, templates compiled and the renderer's code optimized by the files before it.
    // This took the suite from 277 s to about 210 s here (2 cores). The PDF backend carries
    // no glyph state between documents (render/pdf/glyphs.ts), and a file that needs
    // modules afresh asks for them (vi.resetModules).
    isolate: false
  }
})
