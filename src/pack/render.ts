// Render a planned pack (plan.ts), one file at a time, in the order they are written:
// the documents, the students' quizzes, the print bundle, the grading sheet, the
// downloads, the landing page and the manifest. Each document is filled and parsed once
// and handed to the HTML and PDF backends; PDFs render ahead, on the threads the caller
// hands in. Reads nothing from disk and writes nothing: it yields files, and the writer
// (write.ts) alone puts them on disk.
import { uiStrings } from '../lang/index.js'
import { hasErrors } from '../messages.js'
import type { Root } from 'mdast'
import { fillDocument, htmlPage, pageOptions, type PageContext } from './document.js'
import { fitVersions } from './fit.js'
import { gradingSheet } from './grading.js'
import { fileEntry, manifestOf, type FileEntry } from './manifest.js'
import { Pipeline } from './pipeline.js'
import type { Download, PackPlan } from './plan.js'
import { printBundle } from './print.js'
import { quizTrees, studentFiles, studentShapes, studentThreads, type StudentProgress } from './students.js'
import type { PdfThreads } from './threads.js'

/**
 * The squeeze of each version's quiz PDFs (fit.ts), or all 1 when the pack has none;
 * undefined when the quiz template fails (the message is on its file).
 */
async function versionSqueezes(ctx: PageContext, plan: PackPlan): Promise<number[] | undefined> {
  const quizzes = plan.documents.filter((d) => d.meta.version !== undefined && d.formats.includes('pdf'))
  const pdfs = quizzes.length > 0 || (plan.students.length > 0 && plan.studentFormats.includes('pdf')) || plan.print !== null
  if (!pdfs) return plan.versions.map(() => 1)
  const trees: Root[] = []
  for (const [index, version] of plan.versions.entries()) {
    const meta = plan.documents.find((d) => d.meta.version === index)?.meta
    const tree = meta && fillDocument(ctx, meta, version.quiz)
    if (!tree) return undefined
    trees.push(tree)
  }
  const meta = plan.documents.find((d) => d.meta.version === 0)!.meta
  return fitVersions(trees, { ...plan.pdf, ...pageOptions(meta) })
}

/** A file of the pack: its path inside `out/<module>/` and its bytes. */
export interface PackFile {
  path: string
  bytes: Uint8Array
}

/** What rendering needs beyond the plan: the edges it may call. */
export interface RenderRuntime {
  /** Rendering threads for a roster's PDFs (started and stopped by the caller); without them PDFs render on this thread. */
  threads?: PdfThreads
  /** The bytes of a planned download (an export). */
  exportFile(download: Download): Promise<string | Uint8Array>
  /** Called as per-student quizzes are done. */
  onProgress?: (progress: StudentProgress) => void
  /** Called with the number of PDFs rendered ahead and not yet handed on, as it changes. */
  onPending?: (count: number) => void
}

/**
 * Render `plan`'s files. Stops early (yielding no more) when a template fails: the message
 * is on the template's file in `ctx.templates.files`, and the caller must not keep the
 * output when any file has an error.
 */
export async function* renderPack(plan: PackPlan, ctx: PageContext, runtime: RenderRuntime): AsyncGenerator<PackFile> {
  const { module, selection } = plan
  if (hasErrors(ctx.templates.files)) return
  const written: FileEntry[] = []
  const emit = (path: string, bytes: Uint8Array): PackFile => {
    written.push(fileEntry(path, bytes))
    return { path, bytes }
  }
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

  // Every version's quiz as long as the others where spacing allows (fit.ts).
  const squeezes = await versionSqueezes(ctx, plan)
  if (squeezes === undefined) return
  const trees = quizTrees(ctx, plan)
  // PDFs render ahead of the writer: on threads for a roster, so the documents below are
  // rendered while the quizzes are planned.
  const threads = studentThreads(plan, runtime.threads)
  const pipeline = new Pipeline({ threads, shapes: threads ? studentShapes(trees, plan) : {}, onPending: runtime.onPending })
  for (const doc of plan.documents) {
    const tree = fillDocument(ctx, doc.meta, doc.view)
    if (!tree) return
    if (doc.formats.includes('html')) {
      const html = htmlPage(ctx, doc.meta, tree)
      if (html === undefined) return
      pipeline.add(`${doc.meta.base}.html`, encode(html))
    }
    if (doc.formats.includes('pdf')) {
      const squeeze = doc.meta.version === undefined ? 1 : squeezes[doc.meta.version]
      pipeline.add(`${doc.meta.base}.pdf`, pipeline.pdf({ tree }, { ...plan.pdf, ...pageOptions(doc.meta), squeeze }))
    }
    for await (const file of pipeline.ready()) yield emit(file.path, file.bytes)
  }
  for await (const file of studentFiles(ctx, plan, trees, pipeline, squeezes, runtime.onProgress)) yield emit(file.path, file.bytes)
  if (hasErrors(ctx.templates.files)) return

  if (plan.print) {
    const bundle = await printBundle(ctx, plan, squeezes)
    if (bundle === undefined) return
    yield emit('print-bundle.pdf', bundle)
  }
  if (plan.grading) yield emit('grading.csv', encode(gradingSheet(selection, plan.students.map((s) => s.student), plan.grading.format, uiStrings(plan.pdf.lang))))
  for (const download of plan.downloads) {
    const bytes = await runtime.exportFile(download)
    yield emit(download.file, typeof bytes === 'string' ? encode(bytes) : bytes)
  }
  const indexTree = fillDocument(ctx, plan.index.meta, plan.index.view)
  if (!indexTree) return
  const page = htmlPage(ctx, plan.index.meta, indexTree)
  if (page === undefined) return
  yield emit('index.html', encode(page))
  yield { path: 'manifest.json', bytes: encode(manifestOf(module, selection, plan.manifest, written, plan.manifest.studentFormat)) }
}
