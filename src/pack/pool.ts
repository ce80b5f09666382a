// Worker threads that render per-student quiz PDFs while the main thread writes files.
// Jobs go to the least busy thread; each answer comes back with its job's number, so
// the caller can put files out in roster order whatever order threads finish in.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PdfOptions } from '../render/pdf/document.js'
import type { QuizShape } from './personalize.js'
import type { PdfThreads, PoolJob, PoolMessage, PoolReply } from './threads.js'

// The compiled worker beside this file; absent when running from the TypeScript
// sources (the tests), where rendering stays on the main thread. Beside the bundle
// (dist/bin/cli.cjs) it is CommonJS too, worker.cjs (scripts/bundle.mjs says why).
const WORKER = new URL(import.meta.url.endsWith('.cjs') ? './worker.cjs' : './worker.js', import.meta.url)

/** Jobs handed to a thread ahead of time, so it never waits for the next one. */
const DEPTH = 2

/**
 * A thread's young generation, in MB (V8's default is about 3 × 16 MB). A thread allocates
 * a quiz's layout, drawing and PDF bytes and drops them all once the PDF is sent: with the
 * default it collects after several quizzes' worth, and at 1,000 students the process then
 * peaked 30–40 MB higher (385–400 MB against 355–365 MB) in no less time.
 */
const YOUNG_MB = 8

/** Whether worker threads can be started from here. */
export function poolAvailable(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER))
}

interface Thread {
  worker: Worker
  busy: number
}

interface Waiting {
  job: PoolJob
  resolve(bytes: Uint8Array): void
  reject(cause: Error): void
}

/**
 * A fixed set of rendering threads, started at once (they load pdfkit and the fonts while
 * the caller gets on with other work). Jobs wait in one queue and go to whichever thread
 * frees up, so a long document on one thread does not hold up the jobs behind it.
 */
export class RenderPool implements PdfThreads {
  private readonly threads: Thread[]
  private readonly queue: Waiting[] = []
  private readonly running = new Map<number, Waiting & { thread: Thread }>()
  private failure: Error | null = null

  constructor(size: number) {
    this.threads = Array.from({ length: size }, () => {
      const thread: Thread = { worker: new Worker(WORKER, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }), busy: 0 }
      thread.worker.on('message', (reply: PoolReply) => this.settle(reply))
      thread.worker.on('error', (cause) => this.fail(cause))
      thread.worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`classpack: a rendering thread stopped (exit code ${code})`))
      })
      return thread
    })
  }

  get size(): number {
    return this.threads.length
  }

  get free(): boolean {
    return this.queue.length === 0 && this.threads.some((t) => t.busy < DEPTH)
  }

  /** Give every thread the shapes that later jobs name, and PDF options to warm up with. */
  share(shapes: Record<string, QuizShape>, warm?: PdfOptions): void {
    for (const thread of this.threads) thread.worker.postMessage({ type: 'shapes', shapes, warm } satisfies PoolMessage)
  }

  /** Render one PDF on the next free thread. */
  render(job: PoolJob): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject })
      this.pump()
    })
  }

  /** Stop every thread. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()))
  }

  private pump(): void {
    for (const thread of this.threads) {
      while (thread.busy < DEPTH && this.queue.length > 0) {
        const waiting = this.queue.shift()!
        thread.busy++
        this.running.set(waiting.job.seq, { ...waiting, thread })
        thread.worker.postMessage({ type: 'job', ...waiting.job } satisfies PoolMessage)
      }
    }
  }

  private settle(reply: PoolReply): void {
    const waiting = this.running.get(reply.seq)
    if (waiting === undefined) return
    this.running.delete(reply.seq)
    waiting.thread.busy--
    if (reply.error !== undefined) waiting.reject(new Error(reply.error))
    else waiting.resolve(reply.bytes)
    this.pump()
  }

  private fail(cause: Error): void {
    this.failure ??= cause
    for (const waiting of [...this.running.values(), ...this.queue]) waiting.reject(cause)
    this.running.clear()
    this.queue.length = 0
  }
}
