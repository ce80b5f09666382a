// A count in a lint message agrees with its noun: "1 line", "2 lines", "1 key".
import { describe, expect, it } from 'vitest'
import { bank, item, lint, swap } from './helpers.js'

/** A multiple-select item whose options are `options` (`*` marks a key). */
const multiple = (id: string, options: string[]): string =>
  `  - id: ${id}\n    type: multiple\n    stem: Which options are right for ${id}?\n    claims: [vote-next-month]\n    difficulty: easy\n    bloom: remember\n    options:\n${options.map((o) => `      - text: ${o.replace(/^\*/, '')}\n        feedback: Because.\n${o.startsWith('*') ? '        correct: true\n' : ''}`).join('')}\n`
const quiz = (...items: string[]) => (text: string) => text.slice(0, text.indexOf('quiz:\n') + 6) + items.join('')

describe('counts in lint messages', () => {
  it('answer-space says "1 line" for one answer line and "2 lines" for two', () => {
    const one = lint(bank({ 'questions.yaml': item('w-delay', (b) => swap('lines: 3', 'lines: 1')(b)) })).of('answer-space')
    expect(one.map((f) => f.reason)).toEqual([expect.stringMatching(/^Unexpected model answer of \d+ words on 1 line in `w-delay` /)])
    const two = lint(bank({ 'questions.yaml': item('w-delay', (b) => swap('lines: 3', 'lines: 2')(b)) })).of('answer-space')
    expect(two.map((f) => f.reason)).toEqual([expect.stringMatching(/^Unexpected model answer of \d+ words on 2 lines in `w-delay` /)])
  })

  it('multi-key-count-constant says "1 key" when every multiple-select item has one', () => {
    const found = lint(bank({ 'questions.yaml': quiz(...[1, 2, 3, 4].map((i) => multiple(`m${i}`, ['*Key one', 'Wrong one', 'Wrong two', 'Wrong three']))) })).of('multi-key-count-constant')
    expect(found.map((f) => f.reason)).toEqual([expect.stringMatching(/^Unexpected 1 key in every one of the 4 multiple-select items /)])
  })
})
