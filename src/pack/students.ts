// Per-student quizzes, as files in roster order. Two ways give the same bytes:
//
// - straightforward: fill, parse and render each student's quiz in turn;
// - fast (the default): each version's quiz is filled and parsed once and personalized
//   per student (personalize.ts), and PDFs are rendered ahead by the rendering threads
//   the caller hands in (pipeline.ts) while this thread makes the HTML and hands files on.
import type { Root } from 'mdast'
import { studentOf, type Student } from '../roster/model.js'
import { fillDocument, fillMarkdown, htmlPage, pageOptions, parseDocument, type DocumentMeta, type PageContext } from './document.js'
import { asText, personalize, placeholders, quizShape, type QuizShape } from './personalize.js'
import type { Pipeline } from './pipeline.js'
import { personalView, type PackPlan, type PageFormat } from './plan.js'
import type { CachedDocuments } from './cache.js'
import type { AssignedStudent } from '../roster/model.js'
import type { PdfOptions } from '../render/pdf/options.js'

/** Progress of the per-student quizzes. */
export interface StudentProgress {
  done: number
  total: number
}

/** The file produced for a document. */
export interface StudentFile {
  path: string
  bytes: Uint8Array
}

/** A view of a version's document for a student (or a placeholder). */
export type ViewOf = (versionIndex: number, student: Student) => object

/** Trees of students' documents: personalized from a shape per version where possible. */
export class PersonalTrees {
  private readonly shapes = new Map<string, QuizShape | null>()

  /**
   * @param share personalize shapes (else fill and parse every tree).
   * @param docs the cache of earlier builds, where a version's shape is kept too: a rebuild after one name changed parses no quiz.
   */
  constructor(
    private readonly ctx: PageContext,
    private readonly viewOf: ViewOf,
    private readonly share: boolean,
    private readonly docs?: CachedDocuments
  ) {}

  /** The tree of `student`'s document; undefined when its template fails. */
  tree(versionIndex: number, student: Student, meta: DocumentMeta): Root | undefined {
    const key = this.key(versionIndex, student)
    const shape = key === null ? null : this.shape(key, versionIndex, meta)
    const tree = shape ? personalize(shape, student) : undefined
    return tree ?? fillDocument(this.ctx, meta, this.viewOf(versionIndex, student))
  }

  /** The shape key for a student (version, and whether an id and a group are printed), or null when sharing is off. */
  key(versionIndex: number, student: Student): string | null {
    if (!this.share) return null
    const printed = (value: string | null): boolean => value !== null && asText(value) !== ''
    return `${versionIndex}:${printed(student.id) ? 'id' : 'no-id'}:${printed(student.group) ? 'group' : 'no-group'}`
  }

  /** The shape for `key`, made on first use; null when the template rules substitution out. */
  shape(key: string, versionIndex: number, meta: DocumentMeta): QuizShape | null {
    let shape = this.shapes.get(key)
    if (shape === undefined) {
      const [, id, group] = key.split(':')
      const { student, other } = placeholders(id === 'id', group === 'group')
      const view = this.viewOf(versionIndex, student)
      const otherView = this.viewOf(versionIndex, other)
      // Kept as JSON under everything it is made from: the templates, the page context and
      // the version's view with either placeholder student. Not the document's details
      // (file name, title, who): fillMarkdown and parseDocument read only its template, and
      // with them in the key a rebuild for a renamed student, whose details are new, missed.
      const stored = this.docs?.key('shape', [meta.template], view, otherView)
      const kept = this.docs?.recall(stored)
      if (kept !== undefined) shape = JSON.parse(new TextDecoder().decode(kept)) as QuizShape | null
      else {
        const markdown = fillMarkdown(this.ctx, meta, view)
        const alternative = fillMarkdown(this.ctx, meta, otherView)
        const tree = markdown === undefined ? undefined : parseDocument(this.ctx, meta, markdown)
        shape = tree && alternative !== undefined ? quizShape(markdown!, alternative, tree) : null
        // A template that fails (markdown undefined) has its message on the template file: made again, not kept.
        if (markdown !== undefined) this.docs?.keep(stored, new TextEncoder().encode(JSON.stringify(shape)))
      }
      this.shapes.set(key, shape)
    }
    return shape
  }
}

/** The per-student quiz trees of a plan. */
export function quizTrees(ctx: PageContext, plan: Pick<PackPlan, 'versions' | 'personalize'>, docs?: CachedDocuments): PersonalTrees {
  return new PersonalTrees(ctx, (v, student) => personalView(plan.versions[v]!.quiz, student), plan.personalize, docs)
}

/** Whether the plan's quizzes could go to threads at all: not on the straightforward path, nor without students' PDFs. */
export function studentThreads(plan: PackPlan): boolean {
  return plan.personalize && plan.studentFormats.includes('pdf') && plan.students.length > 0
}

/** Every shape the roster needs, made up front so each rendering thread gets them once. */
export function studentShapes(trees: PersonalTrees, plan: PackPlan): Record<string, QuizShape> {
  const shapes: Record<string, QuizShape> = {}
  for (const { student, meta } of plan.students) {
    const key = trees.key(student.version, studentOf(student))
    if (key === null || key in shapes) continue
    const shape = trees.shape(key, student.version, meta)
    if (shape) shapes[key] = shape
  }
  return shapes
}

/**
 * The cache key of `student`'s quiz in `format` (see cache.ts): their version's view,
 * their name and id, the document's details and, for a PDF, its options, with their
 * version's squeeze (fit.ts) among them.
 */
export function studentKey(docs: CachedDocuments, plan: PackPlan, format: PageFormat, student: AssignedStudent, meta: DocumentMeta, squeezes: readonly number[]): string | undefined {
  return docs.key(format, format === 'html' ? [meta.template, 'page.html.hbs'] : [meta.template], meta, docs.view(plan.versions[student.version]!.quiz), studentOf(student), format === 'pdf' ? studentPdf(plan, meta, squeezes[student.version]) : null)
}

/** The PDF options of a student's quiz, set with their version's squeeze. */
function studentPdf(plan: PackPlan, meta: DocumentMeta, squeeze: number | undefined): PdfOptions {
  return { ...plan.pdf, ...pageOptions(meta), squeeze: squeeze ?? 1 }
}

/**
 * Add every student's quiz to `pipeline` (`.html` then `.pdf` for each), from the cache
 * where it has them, and yield the files whose turn comes, through the last.
 * `squeezes`: each version's (fit.ts). Ends early (yielding no more) when a template
 * fails; the message is on the template file.
 */
export async function* studentFiles(
  ctx: PageContext,
  plan: PackPlan,
  trees: PersonalTrees,
  pipeline: Pipeline,
  docs: CachedDocuments,
  squeezes: readonly number[],
  onProgress?: (progress: StudentProgress) => void
): AsyncGenerator<StudentFile> {
  const total = plan.students.length
  const html = plan.studentFormats.includes('html')
  const pdf = plan.studentFormats.includes('pdf')
  let done = 0
  const last = pdf ? '.pdf' : '.html'
  const out = async function* (all: boolean): AsyncGenerator<StudentFile> {
    for await (const file of pipeline.ready(all)) {
      yield file
      if (file.path.startsWith('quiz/') && file.path.endsWith(last)) onProgress?.({ done: ++done, total })
    }
  }
  for (const { student, meta } of plan.students) {
    const who = studentOf(student)
    const htmlKey = html ? studentKey(docs, plan, 'html', student, meta, squeezes) : undefined
    const pdfKey = pdf ? studentKey(docs, plan, 'pdf', student, meta, squeezes) : undefined
    const htmlHit = docs.get(htmlKey)
    const pdfHit = docs.get(pdfKey)
    if ((!html || htmlHit) && (!pdf || pdfHit)) {
      if (htmlHit) pipeline.add(`${meta.base}.html`, htmlHit)
      if (pdfHit) pipeline.add(`${meta.base}.pdf`, pdfHit)
      yield* out(false)
      continue
    }
    const key = pipeline.threaded ? trees.key(student.version, who) : null
    const shape = key === null ? null : trees.shape(key, student.version, meta)
    const personal = shape ? personalize(shape, who) : undefined
    const tree = personal ?? trees.tree(student.version, who, meta)
    if (tree === undefined) return
    if (html) {
      const page = htmlHit ?? htmlPage(ctx, meta, tree)
      if (page === undefined) return
      pipeline.add(`${meta.base}.html`, typeof page === 'string' ? docs.keep(htmlKey, new TextEncoder().encode(page)) : page)
    }
    if (pdf) {
      // A thread personalizes the shape itself, so only the name, id and group travel (the tree
      // is for rendering here, when no thread is free).
      const source = personal !== undefined ? { shape: key!, student: who, tree } : { tree }
      pipeline.add(`${meta.base}.pdf`, pdfHit ?? docs.keep(pdfKey, pipeline.pdf(source, studentPdf(plan, meta, squeezes[student.version]))))
    }
    yield* out(false)
  }
  yield* out(true)
}
