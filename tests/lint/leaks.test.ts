// `cross-item-answer-leak` beyond rules.test.ts's one case: what a message calls the words a
// stem repeats (a false true/false statement is no item's answer), and one message for two
// items whose stems each repeat the other's key text.
import { describe, expect, it } from 'vitest'
import { bank, item, line, lineOf, lint, swap, type Edits } from './helpers.js'

const RULE = 'cross-item-answer-leak'

/** The findings of the rule on the clean bank with `edits` made to questions.yaml, and the file's text. */
function leaks(...edits: Array<(text: string) => string>) {
  const questions: Edits['questions.yaml'] = (t) => edits.reduce((text, edit) => edit(text), t)
  const { of, text } = lint(bank({ 'questions.yaml': questions }))
  return { found: of(RULE), questions: text('questions.yaml') }
}

// w-delay's stem repeats t-roads' statement (true); t-roads' repeats w-delay's model answer.
const DELAY_REPEATS_ROADS = swap('stem: Why does the author want the vote delayed?', "stem: Rachel Amin wants to spend the library's money on roads. Why does the author want the vote delayed?")
const ROADS_REPEATS_DELAY = swap("stem: Rachel Amin wants to spend the library's money on roads.", "stem: Nobody has counted the visitors, so Rachel Amin wants to spend the library's money on roads.")

describe('cross-item-answer-leak', () => {
  it('calls a false statement what it is, not the answer of its item', () => {
    const { found, questions } = leaks(swap('stem: When will the council vote on the library?', "stem: The author says the council has already counted the library's visitors. When will the council vote on the library?"))
    expect(found.map((f) => f.reason)).toEqual([
      'Unexpected "The author says the council has" in the stem of `s-vote`, words of the statement of the true/false item `t-counted` (answer: False), expected stems that leave other items\' true/false statements to be judged: reword it, or add `excludes: [t-counted]` to `s-vote` so the two never share a quiz'
    ])
    expect(found.map(line)).toEqual([lineOf(questions, 'stem: The author says the council has already counted')])
  })

  it('names the key it repeats of a single-choice item', () => {
    const { found } = leaks(swap('      - text: Count the visitors\n', '      - text: Count the visitors who use the building each week\n'), swap('stem: What has the council yet to publish?', 'stem: The council will count the visitors who use the building each week. What has it yet to publish?'))
    expect(found.map((f) => f.reason)).toContain('Unexpected "count the visitors who use the" in the stem of `s-study`, words of the key of `s-delay` (option 4), expected stems that give no other item\'s answer: reword it, or add `excludes: [s-delay]` to `s-study` so the two never share a quiz')
  })

  it('says once, at the first of them, that two items repeat each other\'s key texts', () => {
    const { found, questions } = leaks(DELAY_REPEATS_ROADS, ROADS_REPEATS_DELAY)
    expect(found.map((f) => [f.reason, f.items])).toEqual([
      [
        'Unexpected "Nobody has counted the visitors, so" in the stem of `t-roads`, words of the model answer of `w-delay`, and "Rachel Amin wants to spend the" in the stem of `w-delay`, words of the statement of the true/false item `t-roads` (answer: True), expected stems that give no other item\'s answer and leave other items\' true/false statements to be judged: reword one, or add `excludes: [w-delay]` to `t-roads` so the two never share a quiz',
        ['t-roads', 'w-delay']
      ]
    ])
    expect(found.map(line)).toEqual([lineOf(questions, 'stem: Nobody has counted the visitors, so Rachel Amin')])
  })

  it('says once that two true/false statements share words, with both answers', () => {
    const { found } = leaks(swap('stem: Opponents of the closure gathered their signatures in under a month.', 'stem: The author says the council has already counted the signatures of opponents.'))
    expect(found.map((f) => f.reason)).toEqual([
      'Unexpected "The author says the council has" in both the statement of the true/false item `t-counted` (answer: False) and that of the true/false item `t-weeks` (answer: True), expected stems that leave other items\' true/false statements to be judged: reword one, or add `excludes: [t-weeks]` to `t-counted` so the two never share a quiz'
    ])
  })

  it('keeps the other way of a pair when one item sets the rule aside', () => {
    const aside = item('w-delay', (b) => b.replace('    lines: 3\n', '    lines: 3\n    lint:\n      ignore:\n        cross-item-answer-leak: "The stem sets the scene on purpose."\n'))
    const { found } = leaks(DELAY_REPEATS_ROADS, ROADS_REPEATS_DELAY, aside)
    expect(found.map((f) => f.reason)).toEqual([
      'Unexpected "Nobody has counted the visitors, so" in the stem of `t-roads`, words of the model answer of `w-delay`, expected stems that give no other item\'s answer: reword it, or add `excludes: [w-delay]` to `t-roads` so the two never share a quiz'
    ])
  })
})
