// rubric-absence is for criteria a blank answer meets: a point for leaving something out.
// Criteria that require an absence of errors, or an absence qualifying what the answer does,
// are fair marking and pass; each kind is tried in one rubric and must be told apart.
import { describe, expect, it } from 'vitest'
import { bank, item, line, lineOf, lint } from './helpers.js'

/** Criteria met by a blank page: each must be reported, at its own line. */
const BLANK_MEETS = [
  'Avoids calling the saving certain',
  'Answers without quoting the article',
  'The answer avoids jargon',
  'Never mentions the roads',
  'Does not mention the roads',
  'Answer does not repeat the stem'
]

/** Criteria that state a required absence fairly: none may be reported. */
const FAIR = [
  'Does not confuse the yearly cost with the one-off saving',
  'No factual errors',
  'Answer avoids factual errors about the vote',
  'Avoids misattributing the teachers’ view to the author',
  'Never contradicts the article on the date of the vote',
  'Explains the delay without calling the saving certain',
  'Names the missing visitor count and does not invent a figure',
  'Does not quote the article, but explains the delay in the student’s own words',
  'Says the council does not know how many people use the library',
  'Describes what the town would be without the library'
]

/** The w-delay item with a rubric of one point per criterion. */
const rubric = (criteria: string[]) =>
  item('w-delay', (b) => b.replace('points: 2', `points: ${criteria.length}`).replace(/ {4}rubric:\n(?: {6}- .*\n)+/, `    rubric:\n${criteria.map((c) => `      - { points: 1, criterion: "${c}" }\n`).join('')}`))

describe('rubric-absence', () => {
  it('reports each criterion a blank answer meets, and none that asks for accuracy or qualifies an act', () => {
    const { of, text } = lint(bank({ 'questions.yaml': rubric([...BLANK_MEETS, ...FAIR]) }))
    const questions = text('questions.yaml')
    const found = of('rubric-absence')
    expect(found.map(line).sort((a, b) => a! - b!)).toEqual(BLANK_MEETS.map((c) => lineOf(questions, c)))
    for (const f of found) expect(f.reason).toMatch(/^Unexpected `[^`]+` in a criterion of `w-delay`, expected something an answer does/)
  })
})
