// What the pack asks of rendering threads, and what travels to and from them. The pack
// is handed threads (build.ts starts a RenderPool, pool.ts) and never starts any itself.
import type { Root } from 'mdast'
import type { PdfOptions } from '../render/pdf/document.js'
import type { Student } from '../roster/model.js'
import type { QuizShape } from './personalize.js'

/** Threads that render PDFs, in whatever order they finish. */
export interface PdfThreads {
  /** How many threads render at once. */
  readonly size: number
  /** Whether a thread would start a job now (none is queued, one has room). */
  readonly free: boolean
  /** Give every thread the shapes that later jobs name, and PDF options to warm up with. */
  share(shapes: Record<string, QuizShape>, warm?: PdfOptions): void
  /** Render one PDF on the next free thread. */
  render(job: PoolJob): Promise<Uint8Array>
}

/** One PDF to render: of a shape and a student, or of a ready tree. */
export interface PoolJob {
  seq: number
  options: PdfOptions
  shape?: string
  student?: Student
  tree?: Root
}

/** A message to a thread: the shapes jobs may name (sent once), or a job. */
export type PoolMessage = { type: 'shapes'; shapes: Record<string, QuizShape>; warm?: PdfOptions } | ({ type: 'job' } & PoolJob)

export type PoolReply = { seq: number; bytes: Uint8Array; error?: undefined } | { seq: number; error: string; bytes?: undefined }
