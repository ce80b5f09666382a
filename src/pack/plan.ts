// The whole pack as data, before anything is filled or rendered: every document with its
// details, view and formats; each version's quiz (and cover) view; one entry per student;
// the print bundle's sections; the downloads; the landing page. Pure: the same module,
// selection and options give the same plan.
import type { Module } from '../assemble.js'
import type { Format } from '../formats.js'
import type { PdfOptions } from '../render/pdf/document.js'
import { studentOf, type AssignedStudent, type Student } from '../roster/model.js'
import type { Selection, Version } from '../select/model.js'
import { discussionView } from '../view/discussion.js'
import { articleTeacherView, articleView } from '../view/article.js'
import { handoutTeacherView, handoutView } from '../view/handout.js'
import { indexView } from '../view/index.js'
import { answerKeyView, coverView, quizView } from '../view/quiz.js'
import type { DocumentMeta } from './document.js'
import type { StudentQuizzes } from './grading.js'
import { setAsideView } from '../lint/aside.js'
import { moduleStrings } from '../lang/index.js'

/** The templates a pack is filled with (load them with load/templates.ts). */
export const PACK_TEMPLATES = ['article.md.hbs', 'article-teacher.md.hbs', 'handout.md.hbs', 'handout-teacher.md.hbs', 'discussion.md.hbs', 'discussion-facilitator.md.hbs', 'quiz.md.hbs', 'answer-key.md.hbs', 'index.md.hbs', 'page.html.hbs', 'cover.md.hbs']

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
  /** The roster's field separator, which grading.csv uses too (a spreadsheet set for `;` opens a `,` file as one column); `,` by default. */
  separator?: ',' | ';' | '\t'
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
  /** Running header: the document and module. */
  header: string
  /** Who the section is for, at the header's right: a student's name, "Version B". */
  who: string
  /** Bookmark. */
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
  /** The grading sheet, when there is a roster: where each student's quiz is (grading.ts), and the roster's separator. */
  grading: { quizzes: StudentQuizzes; separator: ',' | ';' | '\t' } | null
  downloads: Download[]
  /** The landing page (HTML only). */
  index: PlannedDocument
  /** PDF options shared by every PDF; each sets its own title, subject and outline. */
  pdf: PdfOptions
  /** What manifest.json records beside the files. */
  manifest: { paper: string; date: string | null; students: readonly AssignedStudent[]; quizzes: StudentQuizzes }
}

/** Plan the pack of `module` for `selection`. */
export function planPack(module: Module, selection: Selection, options: PlanOptions): PackPlan {
  const title = module.article.meta.title
  const setTitle = selection.set.title ?? null
  const minutes = selection.set.minutes ?? null
  const { date } = options
  const pages = (['html', 'pdf'] as const).filter((f) => options.formats.has(f))
  const strings = moduleStrings(module)
  const names = strings.documents
  const documents: PlannedDocument[] = []
  /** Every page says what it is: the document and module at the left of its running header, and who it is for or whose it is at the right. */
  const add = (
    base: string,
    template: string,
    docTitle: string,
    subject: string,
    view: object,
    page: Pick<DocumentMeta, 'header' | 'who' | 'mark' | 'outlineDepth' | 'version' | 'teacher' | 'contents'> = {}
  ): void => {
    const meta = { base, template, title: names.title(docTitle, title), subject, kind: template.replace('.md.hbs', ''), outline: true, ...page, ...draftMark(module, page.mark) }
    documents.push({ meta, view, formats: pages })
  }
  // Each student document is followed by its teacher's edition; the landing page groups them.
  const teacherEdition = (docTitle: string): Pick<DocumentMeta, 'header' | 'mark' | 'teacher' | 'contents'> => ({ header: names.title(docTitle, title), mark: names.teacherMark, teacher: true, contents: true })
  add('article', 'article.md.hbs', names.article, names.articleSubject, articleView(module, date), { contents: true })
  add('article-teacher', 'article-teacher.md.hbs', names.articleTeacher, names.articleTeacherSubject, articleTeacherView(module, date), teacherEdition(names.article))
  add('handout', 'handout.md.hbs', names.handout, names.handoutSubject, handoutView(module, date), { outlineDepth: 3, contents: true })
  add('handout-teacher', 'handout-teacher.md.hbs', names.handoutTeacher, names.handoutTeacherSubject, handoutTeacherView(module, date), { ...teacherEdition(names.handout), outlineDepth: 3 })
  // Lint rules a teacher set aside are listed where a teacher reads: facilitator edition and answer key.
  const setAside = setAsideView(module, selection, strings)
  // A set without discussion questions (`discussion: 0`) has no discussion documents: the
  // student edition would be a page saying "0 questions". What else the facilitator edition
  // holds is in the teacher handout (teaching notes) and the answer key (rules set aside).
  if (selection.discussion.length > 0) {
    add('discussion', 'discussion.md.hbs', names.discussion, names.discussionSubject, discussionView(module, selection.discussion, date, setTitle))
    add('discussion-facilitator', 'discussion-facilitator.md.hbs', names.facilitator, names.facilitatorSubject, discussionView(module, selection.discussion, date, setTitle, setAside), {
      header: names.title(names.discussion, title),
      mark: names.facilitatorMark,
      teacher: true
    })
  }
  for (const [index, version] of selection.versions.entries()) {
    const suffix = version.id ? `-${version.id}` : ''
    const who = version.id ? names.version(version.id) : null
    add(`quiz${suffix}`, 'quiz.md.hbs', names.quiz(version.id), names.quiz(version.id), quizView(module, version, date, setTitle, null, minutes), {
      header: names.title(names.quiz(null), title),
      who,
      version: index
    })
    add(`answer-key${suffix}`, 'answer-key.md.hbs', names.answerKey(version.id), names.answerKey(version.id), answerKeyView(module, version, date, setTitle, setAside), {
      header: names.title(names.answerKey(null), title),
      who,
      mark: names.keyMark,
      teacher: true
    })
  }

  const print = options.formats.has('print')
  const covers = print && options.covers === true
  const versions = selection.versions.map((version) => ({
    quiz: quizView(module, version, date, setTitle, null, minutes),
    cover: covers ? coverView(module, version, date, setTitle, null, minutes) : null
  }))
  const students = options.students.map((student) => ({ student, meta: studentMeta(module, student, selection.versions[student.version]!) }))
  // A student's own quiz is a file of the `quiz` folder (PDF, else HTML), a part of the print
  // bundle, or nothing (exports only): grading.csv and the manifest name what there is.
  const studentFormat: PageFormat | null = options.formats.has('pdf') ? 'pdf' : options.formats.has('html') ? 'html' : null
  const studentQuizzes = studentFormat ? 'folder' : print ? 'print' : null
  const quizzes: StudentQuizzes = studentFormat ?? (print ? 'print' : null)
  const downloads = (options.downloads ?? []).filter((d) => options.formats.has(d.format))
  const bundle = print ? { meta: printMeta(module), sections: printSections(module, selection, students, covers) } : null

  // The landing page lists every document but the students' quizzes (it counts them).
  const listed = [...documents, ...(bundle ? [{ meta: bundle.meta, formats: ['pdf'] }] : [])]
  const index = indexView(module, selection, listed.map((d) => ({ base: d.meta.base, title: d.meta.title, formats: d.formats, teacher: d.meta.teacher === true })), downloads, { students: options.students, extension: studentFormat }, date, studentQuizzes)

  return {
    module,
    selection,
    documents,
    versions,
    students,
    studentFormats: pages,
    personalize: options.simple !== true,
    print: bundle,
    grading: options.students.length ? { quizzes, separator: options.separator ?? ',' } : null,
    downloads,
    index: { meta: { base: 'index', template: 'index.md.hbs', title: names.title(names.index, title), subject: names.index, kind: 'index', outline: false }, view: index, formats: ['html'] },
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
    manifest: { paper: options.paper, date, students: options.students, quizzes }
  }
}

/** A student's view of a version's quiz or cover view: the same, printed for them. */
export function personalView(view: object, student: Student): object {
  return { ...view, student }
}

/** The document details of a student's quiz: their name on every page. */
export function studentMeta(module: Module, student: AssignedStudent, version: Version): DocumentMeta {
  const { title } = module.article.meta
  const names = moduleStrings(module).documents
  return {
    base: student.base,
    template: 'quiz.md.hbs',
    title: names.title(names.studentQuiz(student.name), title),
    subject: names.studentSubject(version.id, student.name),
    kind: 'quiz',
    outline: true,
    header: names.title(names.quiz(null), title),
    who: names.student(student.name, version.id),
    ...draftMark(module, undefined)
  }
}

/**
 * A draft's mark on every page (a loose page 2 of a draft must say so too), before the
 * document's own mark; the document's own mark alone once every claim is reviewed.
 */
function draftMark(module: Module, mark: string | null | undefined): Pick<DocumentMeta, 'mark'> {
  if (!module.claims.some((c) => c.status === 'suggested')) return mark == null ? {} : { mark }
  const names = moduleStrings(module).documents
  return { mark: mark == null ? names.draftMark : names.marks(names.draftMark, mark) }
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
    outline: true,
    // Printed by the teacher, for the class.
    teacher: true
  }
}

/** Every student's quiz in roster order; without a roster, one blank quiz per version, for printing a class set. */
function printSections(module: Module, selection: Selection, students: readonly PersonalDocument[], covers: boolean): PrintSection[] {
  const { title } = module.article.meta
  const names = moduleStrings(module).documents
  const entries = students.length
    ? students.map(({ student: s, meta }) => ({ version: s.version, student: studentOf(s) as Student | null, meta, label: s.name, who: meta.who ?? s.name }))
    : selection.versions.map((v, i) => {
        const label = v.id ? names.version(v.id) : names.quiz(null)
        return { version: i, student: null, meta: versionMeta(v.id, names.quiz(null)), label, who: label }
      })
  return entries.map((entry) => ({
    ...entry,
    cover: covers ? { ...entry.meta, template: 'cover.md.hbs', kind: 'cover' } : null,
    header: names.title(names.quiz(null), title)
  }))
}

function versionMeta(id: string | null, quiz: string): DocumentMeta {
  return { base: id ? `quiz-${id}` : 'quiz', template: 'quiz.md.hbs', title: quiz, subject: quiz, kind: 'quiz', outline: false }
}
