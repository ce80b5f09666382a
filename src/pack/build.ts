// Build a class pack in memory, one file at a time: the handout, discussion questions
// (student and facilitator), each version's quiz and answer key (or one quiz per
// student), the landing page and the manifest. Pure but for reading templates: it yields
// files and the writer alone puts them on disk.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { loadTemplates } from '../fill/templates.js'
import { hasErrors } from '../messages.js'
import type { Selection } from '../select/model.js'
import { handoutView } from '../view/handout.js'
import { discussionView } from '../view/discussion.js'
import { answerKeyView, quizView } from '../view/quiz.js'
import { indexView } from '../view/index.js'
import { fillDocument, htmlPage, type DocumentMeta, type PageContext } from './document.js'
import { fileEntry, manifestOf, type FileEntry } from './manifest.js'
import { BUILTIN_TEMPLATES } from '../paths.js'
import type { AssignedStudent } from '../roster/assign.js'
import { gradingSheet } from './grading.js'
import { quizTrees, studentFiles, studentShapes, studentWorkers, type StudentProgress, type StudentSpeed } from './students.js'
import { Pipeline } from './pipeline.js'
import type { PdfOptions } from '../render/pdf/document.js'
import { printBundle, printMeta } from './print.js'
import { DOWNLOAD_FORMATS } from '../formats.js'
import { uiStrings } from '../lang/index.js'

import type { Format } from '../formats.js'
export { FORMATS, type Format } from '../formats.js'

export interface BuildOptions {
  formats: ReadonlySet<Format>
  paper: 'a4' | 'letter'
  /** Printed date (YYYY-MM-DD), or null to print none. */
  date: string | null
  /** Creation date written into PDFs: from the inputs, never the clock. */
  creationDate: Date
  /** Template folders, highest precedence first; the built-in templates are added last. */
  templateDirs: readonly string[]
  /** Students for per-student quizzes, with their versions. */
  students: readonly AssignedStudent[]
  /** Cover sheets in the print bundle. */
  covers?: boolean
  /** How per-student quizzes are made (see students.ts); the output is the same either way. */
  speed?: StudentSpeed
  /** Called as per-student quizzes are done. */
  onProgress?: (progress: StudentProgress) => void
}

/** A file of the pack: its path inside `out/<module>/` and its bytes. */
export interface PackFile {
  path: string
  bytes: Uint8Array
}

const TEMPLATES = ['handout.md.hbs', 'discussion.md.hbs', 'discussion-facilitator.md.hbs', 'quiz.md.hbs', 'answer-key.md.hbs', 'index.md.hbs', 'page.html.hbs', 'cover.md.hbs']

interface Planned {
  meta: DocumentMeta
  view: object
  formats: readonly Format[]
}

/** The documents of a pack with their views, in the order they are written. */
function plan(module: Module, selection: Selection, options: BuildOptions): Planned[] {
  const title = module.article.meta.title
  const setTitle = selection.set.title ?? null
  const docs: Planned[] = []
  const add = (base: string, template: string, docTitle: string, subject: string, view: object, outline = false): void => {
    docs.push({ meta: { base, template, title: `${docTitle}: ${title}`, subject, kind: template.replace('.md.hbs', ''), outline }, view, formats: [...options.formats] })
  }
  add('handout', 'handout.md.hbs', 'Seminar handout', 'Seminar handout: the article, its key claims, actors, glossary and context', handoutView(module, options.date), true)
  add('discussion', 'discussion.md.hbs', 'Discussion questions', 'Discussion questions (student edition)', discussionView(module, selection.discussion, options.date, setTitle))
  add('discussion-facilitator', 'discussion-facilitator.md.hbs', 'Discussion questions, facilitator edition', 'Discussion questions with facilitator notes', discussionView(module, selection.discussion, options.date, setTitle))
  for (const version of selection.versions) {
    const suffix = version.id ? `-${version.id}` : ''
    const label = version.id ? `, version ${version.id}` : ''
    add(`quiz${suffix}`, 'quiz.md.hbs', `Quiz${label}`, `Quiz${label}`, quizView(module, version, options.date, setTitle, null))
    add(`answer-key${suffix}`, 'answer-key.md.hbs', `Answer key${label}`, `Answer key${label}`, answerKeyView(module, version, options.date, setTitle))
  }
  // Per-student quizzes come after these, from students.ts.
  return docs
}

/**
 * Build the pack of `module` for `selection`. Yields every file; problems (a failing
 * template) are messages on the returned template files, and the caller must not keep
 * the output when any file has an error.
 */
export function buildPack(module: Module, selection: Selection, options: BuildOptions): { files: VFile[]; output: AsyncGenerator<PackFile> } {
  const templates = loadTemplates([...options.templateDirs, BUILTIN_TEMPLATES], TEMPLATES)
  const ctx: PageContext = {
    templates,
    css: readFileSync(join(BUILTIN_TEMPLATES, 'style.css'), 'utf8'),
    lang: module.article.meta.lang,
    author: module.article.meta.author,
    header: module.article.meta.title
  }
  async function* output(): AsyncGenerator<PackFile> {
    if (hasErrors(templates.files)) return
    const written: FileEntry[] = []
    const emit = (path: string, bytes: Uint8Array): PackFile => {
      written.push(fileEntry(path, bytes))
      return { path, bytes }
    }
    const docs = plan(module, selection, options)
    const pdf: PdfOptions = {
      title: '',
      author: module.article.meta.author,
      subject: '',
      keywords: module.themes.map((t) => t.label).join(', '),
      lang: module.article.meta.lang,
      paper: options.paper,
      header: module.article.meta.title,
      creationDate: options.creationDate,
      outline: false,
      // The straightforward path also draws through pdfkit's own code (render/pdf/emit.ts).
      ...(options.speed?.simple ? { engine: 'pdfkit' as const } : {})
    }
    const each = { module, selection, students: options.students, date: options.date, setTitle: selection.set.title ?? null, speed: options.speed ?? {} }
    const quizzes = { ...each, html: options.formats.has('html'), pdf: options.formats.has('pdf') ? pdf : null, onProgress: options.onProgress }
    const trees = quizTrees(ctx, quizzes)
    const workers = studentWorkers(quizzes)
    // PDFs render ahead of the writer: on threads for a roster (started early by the
    // caller, or here), so the documents below are rendered while the quizzes are planned.
    const threads = workers > 0 ? each.speed.threads : undefined
    const pipeline = new Pipeline({ workers, threads, shapes: workers > 0 ? studentShapes(trees, quizzes) : {}, onPending: each.speed.onPending })
    try {
      for (const doc of docs) {
        const tree = fillDocument(ctx, doc.meta, doc.view)
        if (!tree) return
        if (doc.formats.includes('html')) {
          const html = htmlPage(ctx, doc.meta, tree)
          if (html === undefined) return
          pipeline.add(`${doc.meta.base}.html`, new TextEncoder().encode(html))
        }
        if (doc.formats.includes('pdf')) {
          pipeline.add(`${doc.meta.base}.pdf`, pipeline.pdf({ tree }, { ...pdf, title: doc.meta.title, subject: doc.meta.subject, outline: doc.meta.outline }))
        }
        for await (const file of pipeline.ready()) yield emit(file.path, file.bytes)
      }
      for await (const file of studentFiles(ctx, quizzes, trees, pipeline)) yield emit(file.path, file.bytes)
    } finally {
      await pipeline.close()
    }
    if (hasErrors(templates.files)) return
    if (options.formats.has('print')) {
      const bundle = await printBundle(ctx, { ...each, covers: options.covers === true, pdf })
      if (bundle === undefined) return
      docs.push({ meta: printMeta(module), view: {}, formats: ['pdf'] })
      yield emit('print-bundle.pdf', bundle)
    }
    const strings = uiStrings(module.article.meta.lang)
    if (options.students.length) yield emit('grading.csv', new TextEncoder().encode(gradingSheet(selection, options.students, options.formats.has('pdf') ? 'pdf' : 'html', strings)))
    const downloads: Array<{ title: string; file: string }> = []
    for (const format of DOWNLOAD_FORMATS) {
      if (!options.formats.has(format.name)) continue
      const { file } = format.download
      const text = await format.download.write(module, selection)
      downloads.push({ title: strings.downloads[format.name], file })
      yield emit(file, typeof text === 'string' ? new TextEncoder().encode(text) : text)
    }
    const index = indexView(module, selection, docs.map((d) => ({ base: d.meta.base, title: d.meta.title, formats: d.formats })), downloads, options.students.length, options.date)
    const indexMeta: DocumentMeta = { base: 'index', template: 'index.md.hbs', title: `Class pack: ${module.article.meta.title}`, subject: 'Class pack', kind: 'index', outline: false }
    const indexTree = fillDocument(ctx, indexMeta, index)
    if (!indexTree) return
    const page = htmlPage(ctx, indexMeta, indexTree)
    if (page === undefined) return
    yield emit('index.html', new TextEncoder().encode(page))
    yield { path: 'manifest.json', bytes: new TextEncoder().encode(manifestOf(module, selection, options, written, options.formats.has('pdf') ? 'pdf' : 'html')) }
  }
  return { files: templates.files, output: output() }
}
