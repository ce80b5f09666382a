// Rendering threads only where they pay (src/pack/cost.ts): a class renders on the main
// thread, a year group takes a thread per core but the main thread's. No timing is
// asserted here; `npm run bench` measures what the choice costs.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { threadsFor } from '../src/pack/cost.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { writeFileSync } from 'node:fs'

describe('threads for a roster', () => {
  it('pay from the pages a roster comes to, and never on one core', () => {
    // 30 two-page quizzes; 300 and 1,000 of them.
    expect(threadsFor(60, 2)).toBe(0)
    expect(threadsFor(600, 2)).toBe(1)
    expect(threadsFor(2000, 2)).toBe(1)
    expect(threadsFor(2000, 1)).toBe(0)
    // More cores, more threads, up to four renderers with the main thread.
    expect(threadsFor(2000, 4)).toBe(3)
    expect(threadsFor(2000, 16)).toBe(3)
    // Fewer pages per thread pay when more cores share them.
    expect(threadsFor(400, 4)).toBe(3)
    expect(threadsFor(400, 2)).toBe(0)
  })

  it('are not started for a class of 30, by default', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name,id', ...Array.from({ length: 30 }, (_, i) => `Student ${i},${i}`)].join('\n') + '\n')
    // The compiled library: from the sources, threads are never started, which would prove nothing.
    const { buildPack } = (await import(join(ROOT, 'dist/src/index.js'))) as typeof import('../src/index.js')
    let peak = 0
    const result = await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['pdf'] as const), versions: 2, roster, onPending: (n) => (peak = Math.max(peak, n)) })
    expect(result.target).toBeDefined()
    // Without threads one PDF at a time is ahead of the writer; with one, up to 32.
    expect(peak).toBe(1)
    const threaded = await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['pdf'] as const), versions: 2, roster, workers: 1, onPending: (n) => (peak = Math.max(peak, n)) })
    expect(threaded.target).toBeDefined()
    expect(peak).toBeGreaterThan(1)
  })
})
