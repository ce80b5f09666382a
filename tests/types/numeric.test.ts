// Numeric items: a number from the article, right within a tolerance or a range, with its
// unit. Problems at their line:col; on paper an answer box with the unit beside it; the key
// and the grading sheet say what is accepted. In GIFT and Canvas, whose numerical questions
// have no place for a unit, the question text shows it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { de } from '../../src/lang/de.js'
import { en } from '../../src/lang/en.js'
import { assemble } from '../helpers/fixtures.js'
import { readHtml } from '../helpers/html.js'
import { readCanvas, readGift, readMoodle, readQti21 } from '../helpers/lms.js'
import { build } from '../helpers/pack.js'
import { readPdfText } from '../helpers/pdf.js'
import { at, head, library } from './helpers.js'

// ¶1: the library "has stood on Market Street since 1921"; ¶7: "two thousand signatures in three weeks".
const YEAR = `${head('n-year', 'numeric', 'vote-next-month')}    answer: 1921
    feedback: It has stood on Market Street since 1921.
`
const WEEKS = `${head('n-weeks', 'numeric', 'signatures', 2)}    answer: 3
    tolerance: 0.5
    unit: weeks
    feedback: The residents collected the signatures in three weeks.
`

const errorsOf = (dir: string): string[] => assemble(dir).lines.filter((l) => l.includes(': error:'))
const questions = (dir: string): string => readFileSync(join(dir, 'questions.yaml'), 'utf8')

describe('a numeric item is read', () => {
  it('with its answer, tolerance or range, and unit', () => {
    const { module, lines } = assemble(library(YEAR + WEEKS + WEEKS.replace('n-weeks', 'n-range').replace('    tolerance: 0.5\n', '    range: [2, 4]\n')))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    expect(module!.questions.quiz).toMatchObject([
      { answer: 1921, tolerance: 0 },
      { answer: 3, tolerance: 0.5, unit: 'weeks' },
      { answer: 3, range: [2, 4] }
    ])
  })

  it('reporting what is not a number, a tolerance beside a range, a range the wrong way round and an answer outside it, at their line:col', () => {
    const words = library(YEAR.replace('answer: 1921', 'answer: nineteen'))
    expect(errorsOf(words)).toEqual([`${join(words, 'questions.yaml')}:${at(questions(words), 'nineteen')}: error: Unexpected \`nineteen\` at \`quiz[0].answer\`, expected a number (like \`8\` or \`0.5\`)  [schema-type]`])
    // A decimal comma, as most of Europe writes one: the fix is shown.
    const comma = library(WEEKS.replace('tolerance: 0.5', 'tolerance: 0,5'))
    expect(errorsOf(comma)).toEqual([`${join(comma, 'questions.yaml')}:${at(questions(comma), '0,5')}: error: Unexpected \`0,5\` at \`quiz[0].tolerance\`, expected a number of at least 0 (like \`8\` or \`0.5\`): write a decimal point, \`0.5\`  [schema-type]`])
    // Commas every three digits group thousands, as English writes $18,000: a decimal point
    // there (`18.000`) made the quiz accept 18. One group may be either, and both are said.
    const thousands = library(YEAR.replace('answer: 1921', 'answer: 18,000'))
    expect(errorsOf(thousands)).toEqual([`${join(thousands, 'questions.yaml')}:${at(questions(thousands), '18,000')}: error: Unexpected \`18,000\` at \`quiz[0].answer\`, expected a number (like \`8\` or \`0.5\`): write \`18000\` if the comma groups thousands, or \`18.000\` if it is a decimal comma  [schema-type]`])
    const million = library(YEAR.replace('answer: 1921', 'answer: 1,250,000'))
    expect(errorsOf(million)).toEqual([expect.stringContaining('expected a number (like `8` or `0.5`): write it without the commas, `1250000`  [schema-type]')])
    const decimals = library(WEEKS.replace('tolerance: 0.5', 'tolerance: 0,125'))
    expect(errorsOf(decimals)).toEqual([expect.stringContaining('write a decimal point, `0.125`  [schema-type]')])
    const negative = library(WEEKS.replace('tolerance: 0.5', 'tolerance: -1'))
    expect(errorsOf(negative)).toEqual([`${join(negative, 'questions.yaml')}:${at(questions(negative), '-1')}: error: Unexpected \`-1\` at \`quiz[0].tolerance\`, expected a number of at least 0 (like \`8\` or \`0.5\`)  [schema-type]`])
    const both = library(WEEKS.replace('    unit: weeks\n', '    range: [2, 4]\n'))
    expect(errorsOf(both)).toEqual([expect.stringContaining(`questions.yaml:${at(questions(both), '0.5')}: error: Unexpected \`tolerance\` beside \`range\` in numeric item \`n-weeks\`, expected one of the two`)])
    const reversed = library(WEEKS.replace('    tolerance: 0.5\n', '    range: [4, 2]\n'))
    expect(errorsOf(reversed)).toEqual([`${join(reversed, 'questions.yaml')}:${at(questions(reversed), '[4, 2]')}: error: Unexpected range from 4 down to 2 in numeric item \`n-weeks\`, expected the lowest number first  [numeric-bounds]`])
    const outside = library(WEEKS.replace('    tolerance: 0.5\n', '    range: [4, 6]\n'))
    expect(errorsOf(outside)).toEqual([`${join(outside, 'questions.yaml')}:${at(questions(outside), '3\n')}: error: Unexpected answer 3 outside its range 4 to 6 in numeric item \`n-weeks\`, expected an answer the range accepts  [numeric-bounds]`])
  })
})

describe('a numeric item on paper', () => {
  it('prints an answer box with its unit; the key and the grading sheet say what is accepted', async () => {
    const dir = library(YEAR + WEEKS)
    writeFileSync(join(dir, 'class.csv'), 'name\nAda\n')
    const pack = await build({ dir, formats: ['html', 'pdf'], roster: join(dir, 'class.csv') })
    const quiz = readHtml(readFileSync(join(pack, 'quiz.html'), 'utf8'))
    const boxes = quiz.elements('p').filter((p) => (p.properties.className as string[] | undefined)?.includes('answer-box'))
    const words = (p: (typeof boxes)[number]): string => p.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim()
    expect(boxes.map(words)).toEqual(['', 'weeks'])
    const student = readdirSync(join(pack, 'quiz')).find((f) => f.endsWith('.pdf'))!
    const pdf = (await readPdfText(new Uint8Array(readFileSync(join(pack, 'quiz', student))))).pages.map((p) => p.text).join('\n')
    expect(pdf).toMatch(/^weeks$/m)
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(key).toContain('Answer: 1921 (1 point')
    expect(key).toContain('Answer: 3 weeks (accepted: 2.5 to 3.5) (2 points')
    expect(key).toContain('The residents collected the signatures in three weeks. (C7, ¶7)')
    expect(readFileSync(join(pack, 'grading.csv'), 'utf8').split('\r\n')[1]).toMatch(/,1921,3 weeks \(accepted: 2\.5 to 3\.5\)$/)
  })
})

describe('a key entry whose feedback names its ¶', () => {
  it('is not cited with that ¶ again, on paper or in an export; other ¶s still are', async () => {
    const NAMED = WEEKS.replace('feedback: The residents collected the signatures in three weeks.', 'feedback: ¶7 says three weeks.')
    const SINGLE = `${head('s-vote', 'single', 'vote-next-month')}    options:
      - text: Next month
        correct: true
        feedback: As ¶1 says.
      - text: Next year
        feedback: Not what the article says.
        claim: vote-next-month
      - text: This week
        feedback: The vote is later (¶1).
        claim: vote-next-month
`
    // The wrong options name a claim of their own: a wrong option without one is cited with no ¶ (tests/answer-key.test.ts).
    const pack = await build({ dir: library(NAMED + SINGLE), formats: ['html', 'moodle'] })
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(key).toContain('¶7 says three weeks. (C7)')
    expect(key).toMatch(/As ¶1 says\. \(C\d+\)/)
    expect(key).toMatch(/Not what the article says\. \(C\d+, ¶1\)/)
    expect(key).toMatch(/The vote is later \(¶1\)\. \(C\d+\)/)
    expect(key).not.toMatch(/¶(\d+)\D[^\n]*\(C\d+, ¶\1\)/)
    // "C2, ¶1" stays on one line: a no-break space after the comma.
    expect(readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText).toMatch(/Not what the article says\. \(C\d+,\u00a0¶1\)/)
    const moodle = readFileSync(join(pack, 'moodle.xml'), 'utf8')
    expect(moodle).toContain('¶7 says three weeks.]]>')
    expect(moodle).toContain('Not what the article says. (¶1)')
  })
})

describe('a numeric item in Moodle XML, GIFT and Canvas', () => {
  it('shows its unit on a line under the stem, since none shows one beside its box; an item without one, its stem alone', async () => {
    const pack = await build({ dir: library(YEAR + WEEKS), formats: ['moodle', 'gift', 'qti'] })
    const moodle = readMoodle(readFileSync(join(pack, 'moodle.xml'), 'utf8'))
    const gift = readGift(readFileSync(join(pack, 'quiz.gift.txt'), 'utf8'))
    const canvas = (await readCanvas(new Uint8Array(readFileSync(join(pack, 'canvas-qti.zip'))))).items
    for (const [format, items] of [['moodle', moodle], ['gift', gift], ['canvas', canvas]] as const) {
      const [stem, ...under] = items.get('n-weeks')!.stem.split('\n').filter((line) => line.trim() !== '')
      expect(stem, format).toBe('Answer n-weeks from the article.')
      expect(under, format).toHaveLength(1)
      expect(under[0]!.split(/\s+/), format).toContain('weeks')
      expect(items.get('n-year')!.stem, format).toBe('Answer n-year from the article.')
      // Still a numerical question, right within its tolerance.
      const parts = items.get('n-weeks')!.parts
      expect(parts?.kind === 'number' && [2.4, 2.5, 3.5, 3.6].map(parts.score), format).toEqual([0, 1, 1, 0])
    }
  })
})

describe('a numeric item’s unit in Moodle XML', () => {
  it('is left out of <units> when longer than the 50 characters Moodle stores (question_numerical_units.unit), which would stop the import; it still shows under the stem', async () => {
    // 51 characters, a letter outside ASCII among them (Moodle's column counts characters, not bytes).
    const long = 'billion euros at constant 2020 prices, net of tax é'
    const fits = 'billion euros at constant 2020 prices, net of taxé'
    expect([...long]).toHaveLength(50 + 1)
    const pack = await build({ dir: library(WEEKS.replace('unit: weeks', `unit: ${long}`) + YEAR.replace('feedback:', `unit: ${fits}\n    feedback:`)), formats: ['moodle'] })
    const text = readFileSync(join(pack, 'moodle.xml'), 'utf8')
    const names = [...text.matchAll(/<unit_name>([^<]*)<\/unit_name>/g)].map((m) => m[1]!)
    expect(names).toEqual([fits])
    const moodle = readMoodle(text)
    expect(moodle.get('n-weeks')!.stem).toContain(long)
    const parts = moodle.get('n-weeks')!.parts
    expect(parts?.kind === 'number' && [2.4, 2.5, 3.5, 3.6].map(parts.score)).toEqual([0, 1, 1, 0])
  })
})

describe('a numeric item’s figures', () => {
  // A decimal answer, a tolerance in hundredths and a figure JavaScript would write in exponent form.
  const DECIMAL = `${head('n-weeks', 'numeric', 'signatures', 2)}    answer: 3.5
    tolerance: 0.25
    unit: weeks
    feedback: The residents collected the signatures in three weeks.
`
  const TINY = `${head('n-tiny', 'numeric', 'vote-next-month')}    answer: 0.0000001
    feedback: It has stood on Market Street since 1921.
`

  it('are written as the pack’s language writes numbers on paper: German keys and grading sheets take a decimal comma', async () => {
    const dir = library(DECIMAL)
    writeFileSync(join(dir, 'class.csv'), 'name\nAda\n')
    const pack = await build({ dir, formats: ['html'], roster: join(dir, 'class.csv'), lang: 'de' })
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(key).toContain('Lösung: 3,5 weeks (richtig: 3,25 bis 3,75) (2 Punkte')
    expect(readFileSync(join(pack, 'grading.csv'), 'utf8').split('\r\n')[1]).toMatch(/,"3,5 weeks \(richtig: 3,25 bis 3,75\)"$/)
    // The manifest is for scripts: a point, whatever the language.
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'))
    expect(manifest.versions[0].items[0].answer).toBe('3.5 weeks')
  })

  it('arrive as written up to 15 significant digits, in every export and on paper, so a student typing the article’s figure is right', async () => {
    const SMALL = `${head('n-small', 'numeric', 'vote-next-month')}    answer: 0.1234567890123
    feedback: It has stood on Market Street since 1921.
`
    const BIG = `${head('n-big', 'numeric', 'vote-next-month')}    answer: 1234567890.12345
    feedback: It has stood on Market Street since 1921.
`
    const pack = await build({ dir: library(SMALL + BIG), formats: ['html', 'moodle', 'gift', 'qti', 'qti21'] })
    const exported = [
      readMoodle(readFileSync(join(pack, 'moodle.xml'), 'utf8')),
      readGift(readFileSync(join(pack, 'quiz.gift.txt'), 'utf8')),
      (await readCanvas(new Uint8Array(readFileSync(join(pack, 'canvas-qti.zip'))))).items,
      (await readQti21(new Uint8Array(readFileSync(join(pack, 'qti21.zip'))))).items
    ]
    for (const [id, figure, near] of [['n-small', 0.1234567890123, 0.123456789012], ['n-big', 1234567890.12345, 1234567890.12]] as const) {
      for (const items of exported) {
        const parts = items.get(id)!.parts
        expect(parts?.kind === 'number' && [figure, near].map(parts.score), id).toEqual([1, 0])
      }
    }
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(key).toContain('Answer: 0.1234567890123 (1 point')
    expect(key).toContain('Answer: 1,234,567,890.12345 (1 point')
  })

  it('take a percent sign close in English ("53%"), after a space in German ("53 %")', async () => {
    const PERCENT = `${head('n-share', 'numeric', 'vote-next-month')}    answer: 53
    tolerance: 1
    unit: '%'
    feedback: It has stood on Market Street since 1921.
`
    const english = readHtml(readFileSync(join(await build({ dir: library(PERCENT), formats: ['html'] }), 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(english).toContain('Answer: 53% (accepted: 52 to 54)')
    const german = readHtml(readFileSync(join(await build({ dir: library(PERCENT), formats: ['html'], lang: 'de' }), 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(german).toContain('Lösung: 53 % (richtig: 52 bis 54)')
  })

  it('are grouped in German from five digits on, so that a year stands as it is written', () => {
    const number = de.types.numeric.number!
    expect([2014, 9999, 10_000, 11_000, -12.5, 1_234_567.25, 0.0000001].map(number)).toEqual(['2014', '9999', '10.000', '11.000', '-12,5', '1.234.567,25', '0,0000001'])
  })

  it('are grouped in English from five digits on ("18,000" as the article writes it), so that a year stands as it is written', () => {
    const number = en.types.numeric.number!
    expect([2014, 9999, 10_000, 18_000, -12.5, 1_234_567.25, 0.0000001, 12e21].map(number)).toEqual(['2014', '9999', '10,000', '18,000', '-12.5', '1,234,567.25', '0.0000001', '12,000,000,000,000,000,000,000'])
  })

  // A range of such figures, and a figure too large for JavaScript's plain decimals.
  const TINY_RANGE = `${head('n-tiny-range', 'numeric', 'vote-next-month')}    answer: 0.0000002
    range: [0.0000001, 0.0000003]
    feedback: It has stood on Market Street since 1921.
`
  const HUGE = `${head('n-huge', 'numeric', 'vote-next-month')}    answer: 12000000000000000000000
    feedback: It has stood on Market Street since 1921.
`

  it('are never written in exponent form, on paper or in an export', async () => {
    const pack = await build({ dir: library(TINY + TINY_RANGE + HUGE), formats: ['html', 'moodle', 'gift', 'qti', 'qti21'] })
    expect(readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')).toContain('Answer: 0.0000001 (1 point')
    expect(readFileSync(join(pack, 'moodle.xml'), 'utf8')).toContain('<text>0.0000001</text>')
    expect(readFileSync(join(pack, 'quiz.gift.txt'), 'utf8')).toContain('=0.0000001:0#')
    expect(readGift(readFileSync(join(pack, 'quiz.gift.txt'), 'utf8')).get('n-tiny')!.parts).toMatchObject({ kind: 'number' })
    // QTI 2.1 writes its scores to 6 decimals; the figures a student types are not scores (rounded, 0.0000001 was 0, and its range 0 to 0).
    const qti21 = await readQti21(new Uint8Array(readFileSync(join(pack, 'qti21.zip'))))
    const canvas = await readCanvas(new Uint8Array(readFileSync(join(pack, 'canvas-qti.zip'))))
    for (const [format, items] of [['qti21', qti21.items], ['canvas', canvas.items]] as const) {
      const score = (id: string, values: number[]): number[] => {
        const parts = items.get(id)!.parts
        return parts?.kind === 'number' ? values.map(parts.score) : []
      }
      expect(score('n-tiny', [0.0000001, 0, 0.0000002]), format).toEqual([1, 0, 0])
      expect(score('n-tiny-range', [0.0000001, 0.0000003, 0, 0.0000004]), format).toEqual([1, 1, 0, 0])
      expect(score('n-huge', [12e21, 11e21]), format).toEqual([1, 0])
    }
    for (const name of ['items/n-tiny.xml', 'items/n-tiny-range.xml', 'items/n-huge.xml']) expect(qti21.files.get(name), name).not.toMatch(/>-?[\d.]+e[+-]?\d+</)
  })
})
