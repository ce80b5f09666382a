// Render a planned pack (plan.ts), one file at a time, in the order they are written:
// the documents, the students' quizzes, the print bundle, the grading sheet, the
// downloads, the landing page and the manifest. Each document is filled and parsed once
// and handed to the HTML and PDF backends. The pack's own documents render on this
// thread; students' quizzes render ahead, on threads the caller starts when their pages
// are worth it (the first version's quiz is laid out first to count them). Reads nothing
// from disk and writes nothing: it yields files, and the writer (write.ts) alone puts
// them on disk.
import { uiStrings } from '../lang/index.js'
import { hasErrors } from '../messages.js'
import { fillDocument, htmlPage, type PageContext } from './document.js'
import { gradingSheet } from './grading.js'
import { fileEntry, manifestOf, type FileEntry } from './manifest.js'
import { Pipeline } from './pipeline.js'
import type { Download, PackPlan, PlannedDocument } from './plan.js'
import { printBundle } from './print.js'
import { CachedDocuments, type DocumentCache } from './cache.js'
import type { TemplateSources } from '../load/templates.js'
import { quizTrees, studentFiles, studentKey, studentShapes, studentThreads, type StudentProgress } from './students.js'
import type { PdfThreads } from './threads.js'
import type { PdfOptions } from '../render/pdf/document.js'

/** The page template every HTML document is put in. */
const PAGE = 'page.html.hbs'
const EMPTY: TemplateSources = { templates: new Map(), partials: new Map(), css: '' }

/** A file of the pack: its path inside `out/<module>/` and its bytes. */
export interface PackFile {
  path: string
  bytes: Uint8Array
}

/** What rendering needs beyond the plan: the edges it may call. */
export interface RenderRuntime {
  /**
   * Rendering threads for a roster's quizzes, `pages` pages in all: the caller starts
   * them if they pay (and stops them), else returns undefined and PDFs render here.
   */
  threads?: (pages: number) => PdfThreads | undefined
  /** Documents rendered before (cache.ts), and the templates as loaded, which their keys name. */
  cache?: { store: DocumentCache; sources: TemplateSources }
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

  const trees = quizTrees(ctx, plan)
  const docs = new CachedDocuments(runtime.cache?.store, runtime.cache?.sources ?? EMPTY, { lang: ctx.lang, author: ctx.author, header: ctx.header })
  const pdfOf = (doc: PlannedDocument) => ({ ...plan.pdf, title: doc.meta.title, subject: doc.meta.subject, outline: doc.meta.outline })
  const early = new Map<PlannedDocument, Uint8Array>()
  let threads: PdfThreads | undefined
  let warm: PdfOptions | undefined
  if (runtime.threads && studentThreads(plan)) {
    const missing = plan.students.filter(({ student, meta }) => !docs.has(studentKey(docs, plan, 'pdf', student, meta))).length
    // A version's quiz laid out first says how many pages the students' quizzes come
    // to, and so whether threads pay (cost.ts); its bytes are written in their turn.
    const sample = plan.documents.find((d) => d.meta.template === 'quiz.md.hbs' && d.formats.includes('pdf'))
    if (sample && missing > 0) {
      const key = docs.key('pdf', [sample.meta.template], sample.meta, sample.view, pdfOf(sample))
      const { pdfPageCount, renderPdfPages } = await import('../render/pdf/document.js')
      let bytes = docs.get(key)
      let pages = bytes && pdfPageCount(bytes)
      if (bytes === undefined || pages === undefined) {
        const tree = fillDocument(ctx, sample.meta, sample.view)
        if (!tree) return
        ;({ bytes, pages } = await renderPdfPages(tree, pdfOf(sample)))
        docs.keep(key, bytes)
      }
      early.set(sample, bytes)
      threads = runtime.threads(missing * pages)
      // Threads start on the students' shapes while the documents below render here.
      if (threads) warm = pdfOf(sample)
    }
  }
  const pipeline = new Pipeline({ threads, shapes: threads ? studentShapes(trees, plan) : {}, warm, onPending: runtime.onPending })
  for (const doc of plan.documents) {
    const htmlKey = doc.formats.includes('html') ? docs.key('html', [doc.meta.template, PAGE], doc.meta, doc.view) : undefined
    const pdfKey = doc.formats.includes('pdf') ? docs.key('pdf', [doc.meta.template], doc.meta, doc.view, pdfOf(doc)) : undefined
    const html = docs.get(htmlKey)
    const pdf = early.get(doc) ?? docs.get(pdfKey)
    // Filled and parsed only for what the cache does not have.
    const tree = (doc.formats.includes('html') && !html) || (doc.formats.includes('pdf') && !pdf) ? fillDocument(ctx, doc.meta, doc.view) : null
    if (tree === undefined) return
    if (doc.formats.includes('html')) {
      const page = html ?? (tree && htmlPage(ctx, doc.meta, tree))
      if (page === undefined || page === null) return
      pipeline.add(`${doc.meta.base}.html`, typeof page === 'string' ? docs.keep(htmlKey, encode(page)) : page)
    }
    if (doc.formats.includes('pdf')) pipeline.add(`${doc.meta.base}.pdf`, pdf ?? docs.keep(pdfKey, pipeline.local(tree!, pdfOf(doc))))
    for await (const file of pipeline.ready()) yield emit(file.path, file.bytes)
  }
  for await (const file of studentFiles(ctx, plan, trees, pipeline, docs, runtime.onProgress)) yield emit(file.path, file.bytes)
  if (hasErrors(ctx.templates.files)) return

  if (plan.print) {
    const key = docs.key('print', [plan.print.meta.template, 'cover.md.hbs'], plan.print, plan.versions, plan.pdf)
    const bundle = docs.get(key) ?? (await printBundle(ctx, plan))
    if (bundle === undefined) return
    yield emit('print-bundle.pdf', docs.keep(key, bundle))
  }
  if (plan.grading) yield emit('grading.csv', encode(gradingSheet(selection, plan.students.map((s) => s.student), plan.grading.format, uiStrings(plan.pdf.lang))))
  for (const download of plan.downloads) {
    const bytes = await runtime.exportFile(download)
    yield emit(download.file, typeof bytes === 'string' ? encode(bytes) : bytes)
  }
  const indexKey = docs.key('html', [plan.index.meta.template, PAGE], plan.index.meta, plan.index.view)
  let index = docs.get(indexKey)
  if (index === undefined) {
    const indexTree = fillDocument(ctx, plan.index.meta, plan.index.view)
    if (!indexTree) return
    const page = htmlPage(ctx, plan.index.meta, indexTree)
    if (page === undefined) return
    index = docs.keep(indexKey, encode(page))
  }
  yield emit('index.html', index)
  yield { path: 'manifest.json', bytes: encode(manifestOf(module, selection, plan.manifest, written, plan.manifest.studentFormat)) }
}
