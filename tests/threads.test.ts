// Rendering threads only where they pay (src/pack/cost.ts): a class renders on the main
// thread, a year group takes a thread per core but the main thread's. No timing is
// asserted here; `npm run bench` measures what the choice costs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { threadsFor } from '../src/pack/cost.js'
import { Pipeline } from '../src/pack/pipeline.js'
import type { PdfThreads, PoolJob } from '../src/pack/threads.js'
import { parseFilled } from '../src/render/markdown.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { sharedCacheOut } from './helpers/pack.js'

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
    const roster = (name: string): string => {
      const path = join(tempDir(), 'roster.csv')
      writeFileSync(path, ['name,id', ...Array.from({ length: 30 }, (_, i) => `${name} ${i},${i}`)].join('\n') + '\n')
      return path
    }
    // The compiled library: from the sources, threads are never started, which would prove nothing.
    const { buildPack } = (await import(join(ROOT, 'dist/src/index.js'))) as typeof import('../src/index.js')
    // The pack's own documents may come from the run's cache; the quizzes, named for this test alone, are rendered.
    const request = { dir: DEMO, formats: new Set(['pdf'] as const), versions: 2 }
    let peak = 0
    const result = await buildPack({ ...request, out: sharedCacheOut(), roster: roster('Unthreaded'), onPending: (n) => (peak = Math.max(peak, n)) })
    expect(result.target).toBeDefined()
    // Without threads one PDF at a time is ahead of the writer; with one, up to 32.
    expect(peak).toBe(1)
    const threaded = await buildPack({ ...request, out: sharedCacheOut(), roster: roster('Threaded'), workers: 1, onPending: (n) => (peak = Math.max(peak, n)) })
    expect(threaded.target).toBeDefined()
    expect(peak).toBeGreaterThan(1)
  })
})

describe('PDFs waiting for a renderer', () => {
  const options = { title: 'T', author: 'A', subject: 'S', lang: 'en', paper: 'a4', header: 'H', creationDate: new Date(0), outline: false } as const

  /**
   * A thread as the pipeline sees one: two jobs at most, each answered as a message, as a
   * worker's answer comes (between this thread's renders, never during one).
   */
  function thread(): PdfThreads & { took: number; close(): void } {
    const channel = new MessageChannel()
    const waiting = new Map<number, (bytes: Uint8Array) => void>()
    let busy = 0
    channel.port2.on('message', (seq: number) => {
      busy--
      waiting.get(seq)!(new Uint8Array([seq]))
    })
    const pool = {
      took: 0,
      size: 1,
      get free() {
        return busy < 2
      },
      share() {},
      render(job: PoolJob) {
        pool.took++
        busy++
        return new Promise<Uint8Array>((resolve) => {
          waiting.set(job.seq, resolve)
          channel.port1.postMessage(job.seq)
        })
      },
      close: () => channel.port1.close()
    }
    return pool
  }

  it('go to a thread as soon as it has room, not only to the renderer free when they came', async () => {
    const pool = thread()
    const pipeline = new Pipeline({ threads: pool, shapes: {} })
    // Forty PDFs added at once, as a roster's quizzes are while the window has room.
    const all = Array.from({ length: 40 }, (_, i) => pipeline.pdf({ tree: parseFilled(`# Quiz ${i}\n\nText.`) }, options))
    const bytes = await Promise.all(all)
    pool.close()
    // Every PDF was made, by one renderer or the other.
    expect(bytes).toHaveLength(40)
    // This thread renders one at a time and lets answers in between: the thread, answering
    // at once, took the next each time, so most of them. Deciding as they came gave it the
    // first two only (it was full when the rest came).
    expect(pool.took).toBeGreaterThan(20)
    expect(pool.took).toBeLessThan(40)
  })

  it('fail with the thread that failed, and leave none waiting', async () => {
    const failed = new Error('classpack: a rendering thread stopped (exit code 1)')
    const pool: PdfThreads = { size: 1, free: true, share() {}, render: () => Promise.reject(failed) }
    const pipeline = new Pipeline({ threads: pool, shapes: {} })
    const all = Array.from({ length: 5 }, (_, i) => pipeline.pdf({ tree: parseFilled(`# Quiz ${i}`) }, options))
    // Every PDF settles (none is left waiting for a renderer), the thread's failing with its error.
    const settled = await Promise.allSettled(all)
    expect(settled.filter((s) => s.status === 'rejected').map((s) => (s as PromiseRejectedResult).reason)).toContain(failed)
    expect(settled).toHaveLength(5)
  })
})
