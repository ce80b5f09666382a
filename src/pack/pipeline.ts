// The pack's files in order, with their PDFs rendered ahead: on the rendering threads
// the caller hands in (threads.ts) while one is free, else on this thread, which so
// renders beside them rather than waiting (one thread fewer to start, on one core fewer). Files are handed on in the
// order they were added, each as soon as it and all before it are ready; adding waits
// only when `window` PDFs are already pending, so memory stays flat whatever the
// roster's size.
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

/** The files of a pack in order, PDFs rendered ahead, at most `window` of them pending. */
export class Pipeline {
  private readonly queue: Array<{ path: string; bytes: Uint8Array | Promise<Uint8Array>; done: boolean; pdf: boolean }> = []
  private readonly pool: PdfThreads | null
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
    // pdfkit and the fonts load only when a PDF is wanted.
    const { renderPdf } = await import('../render/pdf/document.js')
    return renderPdf(tree, options)
  }

  /** Render a PDF: on a thread if one is free, else here. */
  pdf(source: PdfSource, options: PdfOptions): Promise<Uint8Array> {
    if (this.pool === null || (!this.pool.free && source.tree)) {
      if (!source.tree) throw new TypeError('classpack: a shape job needs rendering threads')
      return this.local(source.tree, options)
    }
    const job = 'shape' in source ? { seq: this.seq++, options, shape: source.shape, student: source.student } : { seq: this.seq++, options, tree: source.tree }
    const promise = this.pool.render(job)
    // A failure surfaces when this file's turn comes; until then nothing is lost.
    promise.catch(() => {})
    return promise
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
