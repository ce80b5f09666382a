// Render a planned pack (plan.ts), one file at a time, in the order they are written:
// the documents, the students' quizzes, the print bundle, the grading sheet, the
// downloads, the landing page and the manifest. Each document is filled and parsed once
// and handed to the HTML and PDF backends. The pack's own documents render on this
// thread; students' quizzes render ahead, on threads the caller starts when their pages
// are worth it (every version's quiz is laid out first, to fit them: fit.ts, which counts
// their pages). Documents the cache has (cache.ts) are taken from it. Reads nothing
// from disk and writes nothing: it yields files, and the writer (write.ts) alone puts
// them on disk.
import { uiStrings } from '../lang/index.js'
import { hasErrors } from '../messages.js'
import type { Root } from 'mdast'
import { fillDocument, htmlPage, pageOptions, type PageContext } from './document.js'
import { fitVersions, type Fit } from './fit.js'
export type { Fit } from './fit.js'
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
import { keepShaping, useShapingStore } from '../render/pdf/shaping-store.js'

/** The page template every HTML document is put in. */
const PAGE = 'page.html.hbs'
const EMPTY: TemplateSources = { templates: new Map(), partials: new Map(), css: '' }

/**
 * Each version's squeeze (fit.ts) and the pages its quiz takes, or squeezes of 1 (and no
 * pages) when the pack has no PDF quiz; undefined when the quiz template fails (the
 * message is on its file). Laying out every version takes a while, so the fit is kept in
 * the cache too, under everything it is worked out from.
 */
async function versionFit(ctx: PageContext, plan: PackPlan, docs: CachedDocuments): Promise<Fit | undefined> {
  const quizzes = plan.documents.filter((d) => d.meta.version !== undefined && d.formats.includes('pdf'))
  const pdfs = quizzes.length > 0 || (plan.students.length > 0 && plan.studentFormats.includes('pdf')) || plan.print !== null
  if (!pdfs) return { squeezes: plan.versions.map(() => 1), pages: [] }
  const metas = plan.versions.map((_, index) => plan.documents.find((d) => d.meta.version === index)?.meta)
  const options = metas[0] && { ...plan.pdf, ...pageOptions(metas[0]) }
  const key = docs.key('fit', [...new Set(metas.map((meta) => meta?.template ?? ''))], metas, plan.versions.map((v) => docs.view(v.quiz)), options ?? null)
  const kept = readFit(docs.recall(key), plan.versions.length)
  if (kept) return kept
  const trees: Root[] = []
  for (const [index, version] of plan.versions.entries()) {
    const meta = metas[index]
    const tree = meta && fillDocument(ctx, meta, version.quiz)
    if (!tree) return undefined
    trees.push(tree)
  }
  const fit = await fitVersions(trees, options!)
  docs.keep(key, new TextEncoder().encode(JSON.stringify(fit)))
  return fit
}

/** A fit as the cache keeps it (JSON), if it is one for `versions` versions. */
function readFit(bytes: Uint8Array | undefined, versions: number): Fit | undefined {
  if (bytes === undefined) return undefined
  try {
    const fit = JSON.parse(new TextDecoder().decode(bytes)) as Fit
    const numbers = (list: unknown): boolean => Array.isArray(list) && list.length === versions && list.every((n) => typeof n === 'number' && n > 0)
    return numbers(fit.squeezes) && numbers(fit.pages) ? fit : undefined
  } catch {
    return undefined
  }
}

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
  /** Called with each version's squeeze and the pages its quiz then takes, once worked out. */
  onFit?: (fit: Fit) => void
}

/**
 * Render `plan`'s files. Stops early (yielding no more) when a template fails: the message
 * is on the template's file in `ctx.templates.files`, and the caller must not keep the
 * output when any file has an error.
 */
export async function* renderPack(plan: PackPlan, ctx: PageContext, runtime: RenderRuntime): AsyncGenerator<PackFile> {
  // Chunks of text shaped by earlier builds are read from the cache, and those shaped here kept there.
  useShapingStore(runtime.cache?.store)
  try {
    yield* renderFiles(plan, ctx, runtime)
  } finally {
    keepShaping()
    useShapingStore(undefined)
  }
}

async function* renderFiles(plan: PackPlan, ctx: PageContext, runtime: RenderRuntime): AsyncGenerator<PackFile> {
  const { module, selection } = plan
  if (hasErrors(ctx.templates.files)) return
  const written: FileEntry[] = []
  const emit = (path: string, bytes: Uint8Array): PackFile => {
    written.push(fileEntry(path, bytes))
    return { path, bytes }
  }
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

  // What every document shares beside the templates: the page context, and the language
  // of classpack's own words (`--lang`). A PDF's key holds its PDF options besides.
  const docs = new CachedDocuments(runtime.cache?.store, runtime.cache?.sources ?? EMPTY, { lang: ctx.lang, ui: plan.pdf.ui ?? null, author: ctx.author, header: ctx.header, paper: ctx.paper })
  const trees = quizTrees(ctx, plan, docs)
  // Every version's quiz as long as the others where spacing allows (fit.ts).
  const fit = await versionFit(ctx, plan, docs)
  if (fit === undefined) return
  runtime.onFit?.(fit)
  const { squeezes } = fit
  // A version's quiz takes the spacing fit.ts chose with the others'; any other document is set tighter where that saves a nearly empty last page.
  const pdfOf = (doc: PlannedDocument): PdfOptions => ({ ...plan.pdf, ...pageOptions(doc.meta), ...(doc.meta.version === undefined ? { squeeze: 1, saveLastPage: true } : { squeeze: squeezes[doc.meta.version] ?? 1 }) })
  let threads: PdfThreads | undefined
  let warm: PdfOptions | undefined
  if (runtime.threads && studentThreads(plan)) {
    // The pages of the quizzes the cache does not have say whether threads pay (cost.ts).
    const missing = plan.students.filter(({ student, meta }) => !docs.has(studentKey(docs, plan, 'pdf', student, meta, squeezes)))
    const pages = missing.reduce((sum, { student }) => sum + (fit.pages[student.version] ?? 1), 0)
    threads = pages > 0 ? runtime.threads(pages) : undefined
    // Threads start on the students' shapes, and warm up, while the documents below render here.
    const first = missing[0]
    if (threads && first) warm = { ...plan.pdf, ...pageOptions(first.meta), squeeze: squeezes[first.student.version] ?? 1 }
  }
  const pipeline = new Pipeline({ threads, shapes: threads ? studentShapes(trees, plan) : {}, warm, onPending: runtime.onPending })
  for (const doc of plan.documents) {
    const htmlKey = doc.formats.includes('html') ? docs.key('html', [doc.meta.template, PAGE], doc.meta, doc.view) : undefined
    const pdfKey = doc.formats.includes('pdf') ? docs.key('pdf', [doc.meta.template], doc.meta, doc.view, pdfOf(doc)) : undefined
    const html = docs.get(htmlKey)
    const pdf = docs.get(pdfKey)
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
  for await (const file of studentFiles(ctx, plan, trees, pipeline, docs, squeezes, runtime.onProgress)) yield emit(file.path, file.bytes)
  if (hasErrors(ctx.templates.files)) return

  if (plan.print) {
    const templates = [...new Set(plan.print.sections.flatMap((s) => [s.meta.template, ...(s.cover ? [s.cover.template] : [])]))]
    const key = docs.key('print', templates, plan.print, plan.versions.map((v) => [docs.view(v.quiz), v.cover && docs.view(v.cover)]), plan.pdf, squeezes)
    const bundle = docs.get(key) ?? (await printBundle(ctx, plan, squeezes))
    if (bundle === undefined) return
    yield emit('print-bundle.pdf', docs.keep(key, bundle))
  }
  if (plan.grading) yield emit('grading.csv', encode(gradingSheet(selection, plan.students.map((s) => s.student), plan.grading.quizzes, uiStrings(plan.pdf.ui ?? plan.pdf.lang), plan.grading.separator)))
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
  yield { path: 'manifest.json', bytes: encode(manifestOf(module, selection, plan.manifest, written, plan.manifest.quizzes)) }
}
