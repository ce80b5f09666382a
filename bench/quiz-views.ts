// The per-student quizzes of a roster as Typst sources, from the same view models a
// classpack build fills its quiz template with: the module is loaded, checked and its
// set selected as `build` does, the roster read and versions assigned as `build` does,
// and each student's view is the plan's version view made personal (plan.ts).
import { assembleModule } from '../src/assemble.js'
import { loadModule, loadRoster } from '../src/load.js'
import { personalView, planPack } from '../src/pack/plan.js'
import { assignStudents } from '../src/roster/assign.js'
import { readRoster } from '../src/roster/read.js'
import { transliterate } from '../src/roster/transliterate.js'
import { studentOf } from '../src/roster/model.js'
import { resolveSelection } from '../src/select/resolve.js'
import { typstQuiz, type QuizView } from './typst-quiz.js'

/** One student's quiz: where classpack writes its PDF, and its Typst source. */
export interface TypstJob {
  base: string
  source: string
}

/** Every student's quiz of `roster` for module `dir` built with `versions` versions, as Typst. */
export function typstQuizzes(dir: string, roster: string, versions: number): TypstJob[] {
  const input = loadModule(dir)
  const { module } = assembleModule(input)
  if (!module) throw new Error(`bench: ${dir} does not assemble`)
  const { selection } = resolveSelection(module, input, { overrides: {}, versions, shuffle: false })
  if (!selection) throw new Error(`bench: ${dir} has no selection`)
  const read = readRoster(loadRoster(roster))
  if (!read) throw new Error(`bench: ${roster} does not read`)
  const students = assignStudents(read, selection.versions.length, selection.seed, transliterate)
  const plan = planPack(module, selection, { formats: new Set(['pdf']), paper: module.config.paper ?? 'a4', date: module.config.date ?? null, creationDate: new Date(0), students })
  return plan.students.map(({ student, meta }) => {
    const view = personalView(plan.versions[student.version]!.quiz, studentOf(student)) as QuizView
    const source = typstQuiz(view, { title: meta.title, author: plan.pdf.author, keywords: plan.pdf.keywords ?? '', header: meta.header ?? plan.pdf.header, paper: plan.pdf.paper, lang: plan.pdf.lang })
    return { base: meta.base, source }
  })
}
