// Per-student quizzes, as files in roster order. Two ways give the same bytes:
//
// - straightforward: fill, parse and render each student's quiz in turn;
// - fast (the default): each version's quiz is filled and parsed once and personalized
//   per student (personalize.ts), and PDFs are rendered ahead by the rendering threads
//   the caller hands in (pipeline.ts) while this thread makes the HTML and hands files on.
import type { Root } from 'mdast'
import type { Student } from '../roster/model.js'
import { fillDocument, fillMarkdown, htmlPage, pageOptions, parseDocument, type DocumentMeta, type PageContext } from './document.js'
import { asText, personalize, placeholders, quizShape, type QuizShape } from './personalize.js'
import type { Pipeline } from './pipeline.js'
import { personalView, type PackPlan } from './plan.js'
import type { PdfThreads } from './threads.js'

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

/**
 * Rosters from this size render on threads. Below it, a few quizzes, starting threads
 * is pure cost. On two cores threads repay their start (about a second) in time only
 * from about 300 students (README, Performance); they are used from here anyway, so a
 * class and a year group take the same path and memory stays flat across sizes.
 */
const POOL_THRESHOLD = 16

/** A view of a version's document for a student (or a placeholder). */
export type ViewOf = (versionIndex: number, student: Student) => object

/** Trees of students' documents: personalized from a shape per version where possible. */
export class PersonalTrees {
  private readonly shapes = new Map<string, QuizShape | null>()

  /** @param share personalize shapes (else fill and parse every tree). */
  constructor(
    private readonly ctx: PageContext,
    private readonly viewOf: ViewOf,
    private readonly share: boolean
  ) {}

  /** The tree of `student`'s document; undefined when its template fails. */
  tree(versionIndex: number, student: Student, meta: DocumentMeta): Root | undefined {
    const key = this.key(versionIndex, student)
    const shape = key === null ? null : this.shape(key, versionIndex, meta)
    const tree = shape ? personalize(shape, student) : undefined
    return tree ?? fillDocument(this.ctx, meta, this.viewOf(versionIndex, student))
  }

  /** The shape key for a student (version and whether an id is printed), or null when sharing is off. */
  key(versionIndex: number, student: Student): string | null {
    if (!this.share) return null
    return `${versionIndex}:${student.id !== null && asText(student.id) !== '' ? 'id' : 'no-id'}`
  }

  /** The shape for `key`, made on first use; null when the template rules substitution out. */
  shape(key: string, versionIndex: number, meta: DocumentMeta): QuizShape | null {
    let shape = this.shapes.get(key)
    if (shape === undefined) {
      const { student, other } = placeholders(key.endsWith(':id'))
      const markdown = fillMarkdown(this.ctx, meta, this.viewOf(versionIndex, student))
      const alternative = fillMarkdown(this.ctx, meta, this.viewOf(versionIndex, other))
      const tree = markdown === undefined ? undefined : parseDocument(this.ctx, meta, markdown)
      shape = tree && alternative !== undefined ? quizShape(markdown!, alternative, tree) : null
      this.shapes.set(key, shape)
    }
    return shape
  }
}

/** The per-student quiz trees of a plan. */
export function quizTrees(ctx: PageContext, plan: Pick<PackPlan, 'versions' | 'personalize'>): PersonalTrees {
  return new PersonalTrees(ctx, (v, student) => personalView(plan.versions[v]!.quiz, student), plan.personalize)
}

/** The threads to render the plan's quizzes on: none for the straightforward path, without PDFs, or for a small class. */
export function studentThreads(plan: PackPlan, threads: PdfThreads | undefined): PdfThreads | undefined {
  if (!plan.personalize || !plan.studentFormats.includes('pdf') || plan.students.length < POOL_THRESHOLD) return undefined
  return threads
}

/** Whether a roster of about `students` quizzes is worth rendering on threads. */
export function worthThreads(students: number): boolean {
  return students >= POOL_THRESHOLD
}

/** Every shape the roster needs, made up front so each rendering thread gets them once. */
export function studentShapes(trees: PersonalTrees, plan: PackPlan): Record<string, QuizShape> {
  const shapes: Record<string, QuizShape> = {}
  for (const { student, meta } of plan.students) {
    const key = trees.key(student.version, { name: student.name, id: student.id })
    if (key === null || key in shapes) continue
    const shape = trees.shape(key, student.version, meta)
    if (shape) shapes[key] = shape
  }
  return shapes
}

/**
 * Add every student's quiz to `pipeline` (`.html` then `.pdf` for each) and yield the
 * files whose turn comes, through the last. `squeezes`: each version's (fit.ts). Ends early (yielding no more) when a
 * template fails; the message is on the template file.
 */
export async function* studentFiles(
  ctx: PageContext,
  plan: PackPlan,
  trees: PersonalTrees,
  pipeline: Pipeline,
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
    const who: Student = { name: student.name, id: student.id }
    const key = pipeline.threaded ? trees.key(student.version, who) : null
    const shape = key === null ? null : trees.shape(key, student.version, meta)
    const personal = shape ? personalize(shape, who) : undefined
    const tree = personal ?? trees.tree(student.version, who, meta)
    if (tree === undefined) return
    if (html) {
      const page = htmlPage(ctx, meta, tree)
      if (page === undefined) return
      pipeline.add(`${meta.base}.html`, new TextEncoder().encode(page))
    }
    if (pdf) {
      const options = { ...plan.pdf, ...pageOptions(meta), squeeze: squeezes[student.version] ?? 1 }
      // A thread personalizes the shape itself, so only the name and id travel.
      const source = personal !== undefined ? { shape: key!, student: who } : { tree }
      pipeline.add(`${meta.base}.pdf`, pipeline.pdf(source, options))
    }
    yield* out(false)
  }
  yield* out(true)
}
