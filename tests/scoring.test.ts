// The multiple-select scoring rule on paper: the quiz states it under every multiple-select
// item (without saying how many options are right), the answer key with the numbers; other
// items say nothing of partial credit.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPack } from '../src/index.js'
import { ROOT, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'

const QUIZ_RULE = 'Each correct option you tick earns an equal share of the points and each wrong option you tick takes one share away; no question scores below 0.'

describe('the scoring rule on the quiz and the answer key', () => {
  let quiz: string
  let key: string
  beforeAll(async () => {
    const result = await buildPack({ dir: join(ROOT, 'tests/fixtures/hostile-typography'), out: tempDir('classpack-scoring-'), formats: new Set(['html']) })
    quiz = readHtml(readFileSync(join(result.target!, 'quiz.html'), 'utf8')).mainText
    key = readHtml(readFileSync(join(result.target!, 'answer-key.html'), 'utf8')).mainText
  })

  it('is printed once under each multiple-select item of the quiz, and nowhere else', () => {
    // Two multiple-select items among five.
    expect(quiz.split(QUIZ_RULE)).toHaveLength(3)
    const scripts = quiz.indexOf('Which of these greetings')
    const hedge = quiz.indexOf('Which statement does the author hedge')
    expect(quiz.indexOf(QUIZ_RULE, scripts)).toBeLessThan(quiz.indexOf('مرحبا', scripts))
    expect(quiz.indexOf(QUIZ_RULE, hedge)).toBeGreaterThan(hedge)
  })

  it('is printed with its numbers under each multiple-select item of the key', () => {
    expect(key).toContain('Scoring: 3 correct options, so each correct option ticked earns 2/3 of a point and each wrong option ticked takes 2/3 of a point away; the question scores at least 0.')
    expect(key).toContain('Scoring: 1 correct option, which earns 3 points when ticked; each wrong option ticked takes 3 points away; the question scores at least 0.')
    // Two multiple-select items; the other scoring lines (blanks, matches, places) are their types' own.
    expect(key.match(/Scoring: \d+ correct options?\b/g)).toHaveLength(2)
    expect(key.match(/Scoring:/g)?.length).toBe(key.match(/Scoring: \d+ (?:correct options?|blanks?|matches|items)\b/g)?.length)
  })
})
