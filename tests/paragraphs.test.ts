// A stem, a model answer or facilitator notes written in paragraphs (a blank line between
// them, in a `|` or a `>` text) reach every document and export as paragraphs, not run
// together; line ends inside a paragraph stay spaces.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { parse as parseGift } from 'gift-pegjs'
import { toText } from 'hast-util-to-text'
import type { Element } from 'hast'
import { beforeAll, describe, expect, it } from 'vitest'
import { tempDir, TINY } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'
import { readPdfText } from './helpers/pdf.js'
import { unzip } from './helpers/zip.js'

const SCENE = 'Small modules are a design choice.'
const ASK = 'What does the author say of small modules?'
const LEAD = 'A claim about tests follows.'
const TRUE_FALSE = 'The author holds that slow tests go unrun.'
const MODEL_1 = 'Slow tests are skipped, so they catch nothing.'
const MODEL_2 = 'Fast ones are run every time.'

let pack: string
beforeAll(async () => {
  const dir = join(tempDir('classpack-paragraphs-'), 'tiny')
  cpSync(TINY, dir, { recursive: true })
  const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    // A `|` text: its blank line parts two paragraphs.
    .replace(`stem: ${ASK}`, `stem: |-\n      ${SCENE}\n\n      ${ASK}`)
    // A `>` text: YAML makes its blank line one line break, which parts paragraphs too.
    .replace(`stem: ${TRUE_FALSE}`, `stem: >-\n      ${LEAD}\n\n      ${TRUE_FALSE}`)
    // A `|` text wrapped over two lines: one paragraph, then a second after the blank line.
    .replace('facilitator_notes: The article says a test that waits is a test nobody runs (¶2).', 'facilitator_notes: |-\n      The article says a test that waits\n      is a test nobody runs (¶2).\n\n      Ask what would make it run.')
  const short = [
    '  - id: q-why-short',
    '    type: short',
    // Wrapped in the teacher's editor: one paragraph, its line end a space everywhere.
    '    stem: |-',
    '      Why does the author',
    '      want fast tests?',
    '    claims: [waiting-tests]',
    '    difficulty: medium',
    '    bloom: understand',
    '    points: 2',
    '    lines: 4',
    '    model_answer: >-',
    `      ${MODEL_1}`,
    '',
    `      ${MODEL_2}`,
    '    rubric:',
    '      - { points: 1, criterion: Says that slow tests are not run. }',
    '      - { points: 1, criterion: Says that fast tests are. }',
    ''
  ].join('\n')
  writeFileSync(join(dir, 'questions.yaml'), `${questions.trimEnd()}\n${short}`)
  pack = await build({ dir, formats: ['html', 'pdf', 'moodle', 'gift', 'qti21'] })
})

const read = (name: string): string => readFileSync(join(pack, name), 'utf8')
const paragraphsIn = (el: Element): string[] =>
  el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p').map((p) => toText(p).replace(/\s+/g, ' ').trim())

describe('text in paragraphs', () => {
  it('is two paragraphs of the printed question, from a `|` text and from a `>` text (HTML)', () => {
    const sections = readHtml(read('quiz.html')).elements('section')
    const fast = sections.find((s) => s.properties.id === 'q-fast')!
    const unrun = sections.find((s) => s.properties.id === 'q-unrun')!
    expect(paragraphsIn(fast).slice(0, 2)).toEqual([`1. ${SCENE}`, expect.stringMatching(new RegExp(`^${ASK.replace('?', '\\?')} Choose one answer\\. \\(1 point\\)$`))])
    expect(paragraphsIn(unrun)[0]).toBe(`2. ${LEAD}`)
    expect(paragraphsIn(unrun)[1]).toMatch(new RegExp(`^${TRUE_FALSE}`))
  })

  it('starts the second paragraph on a line of its own in the PDF', async () => {
    const { pages } = await readPdfText(readFileSync(join(pack, 'quiz.pdf')))
    const lines = pages.flatMap((p) => p.lines)
    expect(lines).toContain(`1. ${SCENE}`)
    expect(lines.some((l) => l.startsWith(ASK))).toBe(true)
  })

  it('keeps the model answer and the facilitator notes in paragraphs, line ends inside one as spaces', () => {
    const key = readHtml(read('answer-key.html'))
    const texts = key.elements('p').map((p) => toText(p).replace(/\s+/g, ' ').trim())
    const model = texts.findIndex((t) => t.endsWith(MODEL_1))
    expect(texts[model]).toMatch(/^Model answer\W/)
    expect(texts[model + 1]).toBe(MODEL_2)
    expect(texts).toContain(SCENE)
    const notes = readHtml(read('discussion-facilitator.html'))
      .elements('div')
      .find((d) => ((d.properties.className as string[] | undefined) ?? []).includes('callout-facilitator'))!
    expect(paragraphsIn(notes).slice(1)).toEqual(['The article says a test that waits is a test nobody runs (¶2).', 'Ask what would make it run.'])
  })

  it('arrives in Moodle XML, QTI 2.1 and GIFT as paragraphs', async () => {
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'question' }).parse(read('moodle.xml')).quiz
    const question = (xml.question as Array<Record<string, any>>).find((q) => q.name?.text === 'q-fast')!
    const html = readHtml(String(question.questiontext.text))
    expect(html.elements('p').map((p) => toText(p))).toEqual([SCENE, ASK])
    const grader = (xml.question as Array<Record<string, any>>).find((q) => q.name?.text === 'q-why-short')!
    expect(readHtml(String(grader.graderinfo.text)).elements('p').map((p) => toText(p)).slice(0, 2)).toEqual([`Model answer: ${MODEL_1}`, MODEL_2])

    const files = await unzip(readFileSync(join(pack, 'qti21.zip')))
    const item = [...files.entries()].find(([name]) => name.endsWith('q-fast.xml'))![1].bytes.toString('utf8')
    const body = new XMLParser({ isArray: (name) => name === 'p' }).parse(item).assessmentItem.itemBody
    expect(body.p.slice(0, 2)).toEqual([SCENE, ASK])

    const gift = parseGift(read('quiz.gift.txt')).find((q) => 'title' in q && q.title === 'q-fast') as { stem: { text: string } }
    expect(gift.stem.text).toBe(`${SCENE}\n\n${ASK}`)
  })

  it('keeps a line end inside a paragraph a space in GIFT, which Moodle shows as plain text, every line end a line break', () => {
    const gift = parseGift(read('quiz.gift.txt')).find((q) => 'title' in q && q.title === 'q-why-short') as { stem: { text: string } }
    expect(gift.stem.text).toBe('Why does the author want fast tests?')
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'question' }).parse(read('moodle.xml')).quiz
    const question = (xml.question as Array<Record<string, any>>).find((q) => q.name?.text === 'q-why-short')!
    expect(readHtml(String(question.questiontext.text)).elements('p').map((p) => toText(p).replace(/\s+/g, ' '))).toEqual(['Why does the author want fast tests?'])
  })
})
