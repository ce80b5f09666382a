// print-bundle.pdf: every student's quiz in roster order in one PDF for duplex printing
// (render/pdf/bundle.ts), each with an optional cover sheet; without a roster, one blank
// quiz per version, for printing a class set.
import type { Module } from '../assemble.js'
import { uiStrings } from '../lang/index.js'
import type { Selection } from '../select/model.js'
import type { AssignedStudent } from '../roster/assign.js'
import type { PdfOptions } from '../render/pdf/document.js'
import type { BundleSection } from '../render/pdf/bundle.js'
import { coverView, quizView, type Student } from '../view/quiz.js'
import { fillDocument as fill, type DocumentMeta, type PageContext } from './document.js'
import { PersonalTrees, quizTrees, studentMeta, type StudentSpeed } from './students.js'

export interface PrintRequest {
  module: Module
  selection: Selection
  students: readonly AssignedStudent[]
  date: string | null
  setTitle: string | null
  covers: boolean
  /** Options of the bundle's PDF but its title and subject. */
  pdf: PdfOptions
  speed: StudentSpeed
}

/** The bundle's document details, for the index page. */
export function printMeta(module: Module): DocumentMeta {
  const { documents } = uiStrings(module.article.meta.lang)
  return {
    base: 'print-bundle',
    template: 'quiz.md.hbs',
    title: documents.title(documents.printBundle, module.article.meta.title),
    subject: documents.printSubject,
    kind: 'print',
    outline: true
  }
}

/** The print bundle's bytes; undefined when a template fails (the message is on its file). */
export async function printBundle(ctx: PageContext, request: PrintRequest): Promise<Uint8Array | undefined> {
  const { module, selection, date, setTitle } = request
  const quizzes = quizTrees(ctx, request)
  const covers = new PersonalTrees(ctx, (v, student) => coverView(module, selection.versions[v]!, date, setTitle, student), request.speed.simple !== true)
  const title = module.article.meta.title
  const { documents } = uiStrings(module.article.meta.lang)
  let failed = false

  // Sections are made as the bundle is laid out, so their trees need not all be held at once.
  function* sections(): Generator<BundleSection> {
    const entries = request.students.length
      ? request.students.map((s) => ({ version: s.version, student: { name: s.name, id: s.id } as Student | null, meta: studentMeta(module, s, selection.versions[s.version]!), label: s.name }))
      : selection.versions.map((v, i) => ({ version: i, student: null, meta: versionMeta(v.id, documents.quiz(null)), label: v.id ? documents.version(v.id) : documents.quiz(null) }))
    for (const entry of entries) {
      const tree = entry.student ? quizzes.tree(entry.version, entry.student, entry.meta) : fill(ctx, entry.meta, quizView(module, selection.versions[entry.version]!, date, setTitle, null))
      const coverMeta = { ...entry.meta, template: 'cover.md.hbs', kind: 'cover' }
      const cover = !request.covers
        ? undefined
        : entry.student
          ? covers.tree(entry.version, entry.student, coverMeta)
          : fill(ctx, coverMeta, coverView(module, selection.versions[entry.version]!, date, setTitle, null))
      if (tree === undefined || (request.covers && cover === undefined)) {
        failed = true
        return
      }
      yield { tree, cover, header: `${title} · ${entry.label}`, label: entry.label }
    }
  }

  const meta = printMeta(module)
  const { renderPrintBundle } = await import('../render/pdf/bundle.js')
  const bytes = await renderPrintBundle(sections(), { ...request.pdf, title: meta.title, subject: meta.subject, outline: true })
  return failed ? undefined : bytes
}

function versionMeta(id: string | null, quiz: string): DocumentMeta {
  return { base: id ? `quiz-${id}` : 'quiz', template: 'quiz.md.hbs', title: quiz, subject: quiz, kind: 'quiz', outline: false }
}
