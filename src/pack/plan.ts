// The whole pack as data, before anything is filled or rendered: every document with its
// details, view and formats; each version's quiz (and cover) view; one entry per student;
// the print bundle's sections; the downloads; the landing page. Pure: the same module,
// selection and options give the same plan.
import type { Module } from '../assemble.js'
import type { Format } from '../formats.js'
import type { PdfOptions } from '../render/pdf/document.js'
import type { AssignedStudent, Student } from '../roster/model.js'
import type { Selection, Version } from '../select/model.js'
import { discussionView } from '../view/discussion.js'
import { handoutView } from '../view/handout.js'
import { indexView } from '../view/index.js'
import { answerKeyView, coverView, quizView } from '../view/quiz.js'
import type { DocumentMeta } from './document.js'
import { setAsideView } from '../lint/aside.js'
import { moduleStrings } from '../lang/index.js'

/** The templates a pack is filled with (load them with load/templates.ts). */
export const PACK_TEMPLATES = ['handout.md.hbs', 'discussion.md.hbs', 'discussion-facilitator.md.hbs', 'quiz.md.hbs', 'answer-key.md.hbs', 'index.md.hbs', 'page.html.hbs', 'cover.md.hbs']

/** A page format of a document. */
export type PageFormat = 'html' | 'pdf'

export interface PlanOptions {
  formats: ReadonlySet<Format>
  paper: 'a4' | 'letter'
  /** Printed date (YYYY-MM-DD), or null to print none. */
  date: string | null
  /** Creation date written into PDFs: from the inputs, never the clock. */
  creationDate: Date
  /** Students for per-student quizzes, with their versions. */
  students: readonly AssignedStudent[]
  /** Cover sheets in the print bundle. */
  covers?: boolean
  /** The straightforward path: every student's quiz filled and parsed on its own, PDFs drawn through pdfkit's own code (same bytes, slower). */
  simple?: boolean
  /** Files offered for download (exports), in the order they are written; those whose format is asked for are planned. */
  downloads?: readonly Download[]
}

/** A file offered for download on the landing page. */
export interface Download {
  format: Format
  /** Its path inside the pack. */
  file: string
  /** What the landing page calls it. */
  title: string
}

/** A document filled from a view and written in some page formats. */
export interface PlannedDocument {
  meta: DocumentMeta
  view: object
  formats: readonly PageFormat[]
}

/** A student's quiz: their version's quiz view with `student` set to them (personalView). */
export interface PersonalDocument {
  student: AssignedStudent
  meta: DocumentMeta
}

/** One quiz of the print bundle, with an optional cover sheet before it. */
export interface PrintSection {
  /** Index into the selection's versions. */
  version: number
  /** The student, or null for a version's blank quiz. */
  student: Student | null
  meta: DocumentMeta
  /** The cover sheet's details, when there are covers. */
  cover: DocumentMeta | null
  /** Running header and bookmark. */
  header: string
  label: string
}

export interface PackPlan {
  module: Module
  selection: Selection
  /** The handout, the discussion questions and each version's quiz and key, in the order they are written. */
  documents: PlannedDocument[]
  /** Each version's quiz view and (for a bundle with covers) cover view, for no student. */
  versions: Array<{ quiz: object; cover: object | null }>
  /** One quiz per student, in roster order. */
  students: PersonalDocument[]
  /** The page formats of the students' quizzes. */
  studentFormats: readonly PageFormat[]
  /** Whether students' trees are made from a shape per version (personalize.ts). */
  personalize: boolean
  /** The print bundle, when asked for. */
  print: { meta: DocumentMeta; sections: PrintSection[] } | null
  /** The grading sheet's file format column, when there is a roster. */
  grading: { format: PageFormat } | null
  downloads: Download[]
  /** The landing page (HTML only). */
  index: PlannedDocument
  /** PDF options shared by every PDF; each sets its own title, subject and outline. */
  pdf: PdfOptions
  /** What manifest.json records beside the files. */
  manifest: { paper: string; date: string | null; students: readonly AssignedStudent[]; studentFormat: PageFormat }
}

/** Plan the pack of `module` for `selection`. */
export function planPack(module: Module, selection: Selection, options: PlanOptions): PackPlan {
  const title = module.article.meta.title
  const setTitle = selection.set.title ?? null
  const ui = moduleStrings(module)
  const docs = ui.documents
  const { date } = options
  const pages = (['html', 'pdf'] as const).filter((f) => options.formats.has(f))
  const documents: PlannedDocument[] = []
  const add = (base: string, template: string, docTitle: string, subject: string, view: object, outline = false): void => {
    documents.push({ meta: { base, template, title: docs.title(docTitle, title), subject, kind: template.replace('.md.hbs', ''), outline }, view, formats: pages })
  }
  add('handout', 'handout.md.hbs', docs.handout, docs.handoutSubject, handoutView(module, date), true)
  add('discussion', 'discussion.md.hbs', docs.discussion, docs.discussionSubject, discussionView(module, selection.discussion, date, setTitle))
  // Lint rules a teacher set aside are listed where a teacher reads: facilitator edition and answer key.
  const setAside = setAsideView(module, selection, ui)
  add('discussion-facilitator', 'discussion-facilitator.md.hbs', docs.facilitator, docs.facilitatorSubject, discussionView(module, selection.discussion, date, setTitle, setAside))
  for (const version of selection.versions) {
    const suffix = version.id ? `-${version.id}` : ''
    add(`quiz${suffix}`, 'quiz.md.hbs', docs.quiz(version.id), docs.quiz(version.id), quizView(module, version, date, setTitle, null))
    add(`answer-key${suffix}`, 'answer-key.md.hbs', docs.answerKey(version.id), docs.answerKey(version.id), answerKeyView(module, version, date, setTitle, setAside))
  }

  const print = options.formats.has('print')
  const covers = print && options.covers === true
  const versions = selection.versions.map((version) => ({
    quiz: quizView(module, version, date, setTitle, null),
    cover: covers ? coverView(module, version, date, setTitle, null) : null
  }))
  const students = options.students.map((student) => ({ student, meta: studentMeta(module, student, selection.versions[student.version]!) }))
  const studentFormat: PageFormat = options.formats.has('pdf') ? 'pdf' : 'html'
  const downloads = (options.downloads ?? []).filter((d) => options.formats.has(d.format))
  const bundle = print ? { meta: printMeta(module), sections: printSections(module, selection, students, covers) } : null

  // The landing page lists every document but the students' quizzes (it counts them).
  const listed = [...documents, ...(bundle ? [{ meta: bundle.meta, formats: ['pdf'] }] : [])]
  const index = indexView(module, selection, listed.map((d) => ({ base: d.meta.base, title: d.meta.title, formats: d.formats })), downloads, options.students.length, date)

  return {
    module,
    selection,
    documents,
    versions,
    students,
    studentFormats: pages,
    personalize: options.simple !== true,
    print: bundle,
    grading: options.students.length ? { format: studentFormat } : null,
    downloads,
    index: { meta: { base: 'index', template: 'index.md.hbs', title: docs.title(docs.index, title), subject: docs.index, kind: 'index', outline: false }, view: index, formats: ['html'] },
    pdf: {
      title: '',
      author: module.article.meta.author,
      subject: '',
      keywords: module.themes.map((t) => t.label).join(', '),
      lang: module.article.meta.lang,
      ...(module.ui ? { ui: module.ui } : {}),
      paper: options.paper,
      header: title,
      creationDate: options.creationDate,
      outline: false,
      // The straightforward path also draws through pdfkit's own code (render/pdf/emit.ts).
      ...(options.simple ? { engine: 'pdfkit' as const } : {})
    },
    manifest: { paper: options.paper, date, students: options.students, studentFormat }
  }
}

/** A student's view of a version's quiz or cover view: the same, printed for them. */
export function personalView(view: object, student: Student): object {
  return { ...view, student }
}

/** The document details of a student's quiz. */
export function studentMeta(module: Module, student: AssignedStudent, version: Version): DocumentMeta {
  const docs = moduleStrings(module).documents
  return { base: student.base, template: 'quiz.md.hbs', title: docs.title(docs.studentQuiz(student.name), module.article.meta.title), subject: docs.studentSubject(version.id, student.name), kind: 'quiz', outline: false }
}

/** The print bundle's document details, for the index page. */
export function printMeta(module: Module): DocumentMeta {
  const docs = moduleStrings(module).documents
  return {
    base: 'print-bundle',
    template: 'quiz.md.hbs',
    title: docs.title(docs.printBundle, module.article.meta.title),
    subject: docs.printSubject,
    kind: 'print',
    outline: true
  }
}

/** Every student's quiz in roster order; without a roster, one blank quiz per version, for printing a class set. */
function printSections(module: Module, selection: Selection, students: readonly PersonalDocument[], covers: boolean): PrintSection[] {
  const docs = moduleStrings(module).documents
  const entries = students.length
    ? students.map(({ student: s, meta }) => ({ version: s.version, student: { name: s.name, id: s.id } as Student | null, meta, label: s.name }))
    : selection.versions.map((v, i) => ({ version: i, student: null, meta: versionMeta(v.id, docs.quiz(null)), label: v.id ? docs.version(v.id) : docs.quiz(null) }))
  return entries.map((entry) => ({
    ...entry,
    cover: covers ? { ...entry.meta, template: 'cover.md.hbs', kind: 'cover' } : null,
    header: `${module.article.meta.title} · ${entry.label}`
  }))
}

function versionMeta(id: string | null, quiz: string): DocumentMeta {
  return { base: id ? `quiz-${id}` : 'quiz', template: 'quiz.md.hbs', title: quiz, subject: quiz, kind: 'quiz', outline: false }
}
