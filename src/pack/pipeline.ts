// The pack's files in order, with their PDFs rendered ahead: on the rendering threads
// the caller hands in (threads.ts) and on this thread, which so renders beside them
// rather than waiting (one thread fewer to start, on one core fewer). Files are handed on
// in the order they were added, each as soon as it and all before it are ready; adding
// waits only when `window` PDFs are already pending, so memory stays flat whatever the
// roster's size.
//
// PDFs to render wait in one queue, oldest first. A thread takes the next as soon as it
// has room; this thread takes one whenever it is free, one at a time, and lets the
// threads' answers in between (each answer frees a thread, which then takes the next).
// Deciding at the moment a PDF was added, as this did before, sent it here whenever the
// threads were full at that moment: this thread took 32 PDFs in a row while a thread,
// its two done, waited for answers this thread was too busy to read. At 1,000 students a
// thread stood idle four fifths of the build, and one thread rendered no faster than none.
import type { Root } from 'mdast'
import type { PdfOptions } from '../render/pdf/document.js'
import type { Student } from '../roster/model.js'
import type { QuizShape } from './personalize.js'
import type { PdfThreads } from './threads.js'

/** What to render: a tree, or a shape (see personalize.ts) and a student, with their tree for rendering here. */
export type PdfSource = { tree: Root } | { shape: string; student: Student; tree?: Root }

/**
 * PDFs rendered ahead per thread: enough that one thread's long document (a cold start
 * on the handout) does not idle the others, few enough to keep memory flat (a quiz is
 * about 55 KB).
 */
export const PER_THREAD = 32

export interface PipelineOptions {
  /** Rendering threads (started and stopped by the caller); without them PDFs render here. */
  threads?: PdfThreads
  /** Shapes jobs may name (sent to each thread once). */
  shapes: Record<string, QuizShape>
  /** PDF options for the threads to warm up with, on a quiz of the first shape. */
  warm?: PdfOptions
  /** Called with the number of PDFs pending whenever it changes (tests watch it stay bounded). */
  onPending?: (count: number) => void
}

/** Render a PDF on this thread; pdfkit and the fonts load only when a PDF is wanted. */
async function renderHere(tree: Root, options: PdfOptions): Promise<Uint8Array> {
  const { renderPdf } = await import('../render/pdf/document.js')
  return renderPdf(tree, options)
}

/** A PDF waiting for a renderer. */
interface Job {
  source: PdfSource
  options: PdfOptions
  resolve(bytes: Uint8Array): void
  reject(cause: unknown): void
}

/** The files of a pack in order, PDFs rendered ahead, at most `window` of them pending. */
export class Pipeline {
  private readonly queue: Array<{ path: string; bytes: Uint8Array | Promise<Uint8Array>; done: boolean; pdf: boolean }> = []
  private readonly pool: PdfThreads | null
  /** PDFs no renderer has taken yet, oldest first. */
  private readonly jobs: Job[] = []
  /** Whether this thread has a turn at the jobs coming (one at a time). */
  private turn = false
  private pending = 0
  private seq = 0
  readonly window: number

  constructor(private readonly options: PipelineOptions) {
    this.pool = options.threads ?? null
    this.pool?.share(options.shapes, options.warm)
    this.window = Math.max(1, (this.pool?.size ?? 0) * PER_THREAD)
  }

  /** Whether PDFs are rendered on worker threads. */
  get threaded(): boolean {
    return this.pool !== null
  }

  /** Add a file; a PDF still rendering counts against the window. */
  add(path: string, bytes: Uint8Array | Promise<Uint8Array>): void {
    const entry = { path, bytes, done: bytes instanceof Uint8Array, pdf: !(bytes instanceof Uint8Array) }
    if (!entry.done) {
      ;(bytes as Promise<Uint8Array>).then(
        () => (entry.done = true),
        () => (entry.done = true)
      )
      this.count(+1)
    }
    this.queue.push(entry)
  }

  /** Render a PDF on this thread. */
  async local(tree: Root, options: PdfOptions): Promise<Uint8Array> {
    // Let the threads' answers in first (they come as events, which a run of renders
    // here, each continuing the last, would otherwise hold back until all were done).
    if (this.pool) await new Promise((resolve) => setImmediate(resolve))
    return renderHere(tree, options)
  }

  /** Render a PDF: on whichever renderer, a thread or this one, is free first. */
  pdf(source: PdfSource, options: PdfOptions): Promise<Uint8Array> {
    if (this.pool === null) {
      if (!source.tree) throw new TypeError('classpack: a shape job needs rendering threads')
      return this.local(source.tree, options)
    }
    const promise = new Promise<Uint8Array>((resolve, reject) => this.jobs.push({ source, options, resolve, reject }))
    // A failure surfaces when this file's turn comes; until then nothing is lost.
    promise.catch(() => {})
    this.feed()
    return promise
  }

  /** Hand waiting PDFs to the threads while they have room, and give this thread a turn at the rest. */
  private feed(): void {
    const pool = this.pool!
    while (pool.free && this.jobs.length > 0) {
      const { source, options, resolve, reject } = this.jobs.shift()!
      const job = 'shape' in source ? { seq: this.seq++, options, shape: source.shape, student: source.student } : { seq: this.seq++, options, tree: source.tree }
      // Each answer frees a thread: it takes the next PDF waiting.
      pool.render(job).then(resolve, reject).finally(() => this.feed())
    }
    if (this.turn || !this.jobs.some((job) => job.source.tree)) return
    this.turn = true
    // After what the event loop holds (threads' answers among it), so threads are fed first.
    setImmediate(() => {
      this.turn = false
      const at = this.jobs.findIndex((job) => job.source.tree)
      if (at < 0) return
      const [{ source, options, resolve, reject }] = this.jobs.splice(at, 1) as [Job]
      renderHere(source.tree!, options)
        .then(resolve, reject)
        .finally(() => this.feed())
    })
  }

  /**
   * The files whose turn has come: every ready file at the head of the queue, and, while
   * more than `window` PDFs are pending (or, with `all`, until none is), the next one
   * once it is done.
   */
  async *ready(all = false): AsyncGenerator<{ path: string; bytes: Uint8Array }> {
    while (this.queue.length > 0) {
      const head = this.queue[0]!
      if (!head.done && !all && this.pending < this.window) return
      const bytes = await head.bytes
      this.queue.shift()
      if (head.pdf) this.count(-1)
      yield { path: head.path, bytes }
    }
  }

  private count(delta: number): void {
    this.pending += delta
    this.options.onPending?.(this.pending)
  }
}
