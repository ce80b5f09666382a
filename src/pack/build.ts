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
import { moodleXml } from '../export/moodle.js'
import { gift } from '../export/gift.js'
import { canvasQti } from '../export/qti.js'

export const FORMATS = ['html', 'pdf', 'print', 'moodle', 'gift', 'qti', 'zip'] as const
export type Format = (typeof FORMATS)[number]

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
}

/** A file of the pack: its path inside `out/<module>/` and its bytes. */
export interface PackFile {
  path: string
  bytes: Uint8Array
}

const TEMPLATES = ['handout.md.hbs', 'discussion.md.hbs', 'discussion-facilitator.md.hbs', 'quiz.md.hbs', 'answer-key.md.hbs', 'index.md.hbs', 'page.html.hbs']

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
  for (const student of options.students) {
    const version = selection.versions[student.version]!
    add(student.base, 'quiz.md.hbs', `Quiz for ${student.name}`, `Quiz${version.id ? `, version ${version.id}` : ''}, for ${student.name}`, quizView(module, version, options.date, setTitle, { name: student.name, id: student.id }))
  }
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
    // pdfkit and the fonts load only when a PDF is wanted.
    const { renderPdf } = options.formats.has('pdf') ? await import('../render/pdf/document.js') : { renderPdf: undefined }
    for (const doc of docs) {
      const tree = fillDocument(ctx, doc.meta, doc.view)
      if (!tree) return
      if (doc.formats.includes('html')) {
        const html = htmlPage(ctx, doc.meta, tree)
        if (html === undefined) return
        yield emit(`${doc.meta.base}.html`, new TextEncoder().encode(html))
      }
      if (renderPdf && doc.formats.includes('pdf')) {
        const pdf = await renderPdf(tree, {
          title: doc.meta.title,
          author: module.article.meta.author,
          subject: doc.meta.subject,
          keywords: module.themes.map((t) => t.label).join(', '),
          lang: module.article.meta.lang,
          paper: options.paper,
          header: module.article.meta.title,
          creationDate: options.creationDate,
          outline: doc.meta.outline
        })
        yield emit(`${doc.meta.base}.pdf`, pdf)
      }
    }
    if (options.students.length) yield emit('grading.csv', new TextEncoder().encode(gradingSheet(selection, options.students, options.formats.has('pdf') ? 'pdf' : 'html')))
    const downloads: Array<{ title: string; file: string }> = []
    const download = (file: string, title: string, text: string | Uint8Array): PackFile => {
      downloads.push({ title, file })
      return emit(file, typeof text === 'string' ? new TextEncoder().encode(text) : text)
    }
    if (options.formats.has('moodle')) yield download('moodle.xml', 'Moodle XML (Question bank › Import › Moodle XML format)', moodleXml(module, selection))
    if (options.formats.has('gift')) yield download('quiz.gift.txt', 'GIFT (Question bank › Import › GIFT format)', gift(module, selection))
    if (options.formats.has('qti')) yield download('canvas-qti.zip', 'Canvas QTI 1.2 package (Settings › Import course content › QTI .zip file)', canvasQti(module, selection))
    const listed = docs.filter((d) => !d.meta.base.startsWith('quiz/'))
    const index = indexView(module, selection, listed.map((d) => ({ base: d.meta.base, title: d.meta.title, formats: d.formats })), downloads, options.students.length, options.date)
    const indexTree = fillDocument(ctx, { base: 'index', template: 'index.md.hbs', title: module.article.meta.title, subject: 'Class pack', kind: 'index', outline: false }, index)
    if (!indexTree) return
    const page = htmlPage(ctx, { base: 'index', template: 'index.md.hbs', title: `Class pack: ${module.article.meta.title}`, subject: 'Class pack', kind: 'index', outline: false }, indexTree)
    if (page === undefined) return
    yield emit('index.html', new TextEncoder().encode(page))
    yield { path: 'manifest.json', bytes: new TextEncoder().encode(manifestOf(module, selection, options, written, options.formats.has('pdf') ? 'pdf' : 'html')) }
  }
  return { files: templates.files, output: output() }
}
