// The benchmark's Typst side makes each student's quiz from the very view classpack's quiz
// template is filled with (bench/quiz-views.ts): when that view changes shape (a stem handed
// over as paragraphs), the Typst documents must still carry every stem and name.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { typstQuizzes } from '../bench/quiz-views.js'
import { checkModule } from '../src/index.js'
import { DEMO, tempDir } from './helpers/fixtures.js'

describe('the benchmark’s Typst quizzes', () => {
  it('carry each question’s stem and the student’s name, as the quiz classpack prints', () => {
    const roster = join(tempDir('classpack-bench-typst-'), 'class.csv')
    writeFileSync(roster, 'name\nAda Lovelace\nAlan Turing\n')
    const jobs = typstQuizzes(DEMO, roster, 2)
    expect(jobs).toHaveLength(2)
    // Typst string literals escape only backslashes, quotes and line ends.
    const literal = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
    const stems = checkModule(DEMO).module!.questions.quiz.map((q) => literal(q.stem))
    // The demo's default set prints 10 questions in each version.
    for (const job of jobs) expect(stems.filter((s) => job.source.includes(s))).toHaveLength(10)
    expect(jobs[0]!.source).toContain('Ada Lovelace')
    expect(jobs[1]!.source).toContain('Alan Turing')
  })
})
