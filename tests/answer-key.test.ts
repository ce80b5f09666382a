// The answer key as a teacher goes over a quiz with it, read back as a reader sees it (the
// HTML parsed, the PDF through pdf.js), in English (tests/fixtures/second-article) and in
// German (tests/fixtures/german): each option's ¶ is true of that option, and the exports
// cite as the key does.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import { de } from '../src/lang/de.js'
import { en } from '../src/lang/en.js'
import { opensWithVerdict } from '../src/view/quiz.js'
import { ROOT, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { readMoodle } from './helpers/lms.js'
import { build } from './helpers/pack.js'
import { readPdfText } from './helpers/pdf.js'

const SECOND = join(ROOT, 'tests/fixtures/second-article')
const GERMAN = join(ROOT, 'tests/fixtures/german')

/** Runs of white space as one space (no-break spaces too), for text read back from either document. */
const fold = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()

interface Key {
  /** The text of each list item of the HTML key: the options' entries among them. */
  entries: string[]
  /** The PDF key's text, words hyphenated at a line end joined again, white space folded. */
  pdf: string
}

async function readKey(pack: string, name: string): Promise<Key> {
  const html = readHtml(readFileSync(join(pack, `${name}.html`), 'utf8'))
  const items = html.elements('li').map((li) => fold(toText(li)))
  const pdf = await readPdfText(readFileSync(join(pack, `${name}.pdf`)))
  const text = pdf.pages.map((p) => p.text).join('\n')
  return { entries: items, pdf: fold(text.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')) }
}

/** The one entry of `key` that holds `words`. */
function entry(key: Key, words: string): string {
  const found = key.entries.filter((e) => e.includes(words))
  expect(found, words).toHaveLength(1)
  return found[0]!
}

let english: Key
let german: Key
let englishPack: string
let germanPack: string

beforeAll(async () => {
  ;[englishPack, germanPack] = await Promise.all([
    build({ dir: SECOND, versions: 2, formats: ['html', 'pdf', 'moodle', 'gift'] }),
    build({ dir: GERMAN, versions: 2, formats: ['html', 'pdf', 'moodle'] })
  ])
  ;[english, german] = await Promise.all([readKey(englishPack, 'answer-key-A'), readKey(germanPack, 'answer-key-A')])
})

describe('the answer key’s ¶ for an option', () => {
  // "A. Incorrect. It ran its own trial. (C9, ¶8)": ¶8 is the item's claim, Kellsbridge is ¶7.
  it('cites none for a wrong option without a claim of its own, where the item’s claim would send the teacher to the wrong paragraph', () => {
    expect(entry(english, 'It ran its own trial.')).toMatch(/It ran its own trial\.$/)
    expect(entry(english, 'They studied Tallinn.')).toMatch(/They studied Tallinn\.$/)
    expect(entry(german, 'Davon ist im Text keine Rede.')).toMatch(/Davon ist im Text keine Rede\.$/)
    for (const [key, words] of [
      [english, 'It ran its own trial.'],
      [english, 'They studied Tallinn.'],
      [german, 'Davon ist im Text keine Rede.']
    ] as const) {
      expect(key.pdf).toContain(words)
      expect(key.pdf, words).not.toContain(`${words} (`)
    }
  })

  it('cites an option’s own claim, and the item’s for a right option or a true/false answer', () => {
    // A wrong option with a claim of its own: that claim's ¶ (the 14 bus is ¶6, the item's claim ¶11).
    expect(entry(english, 'That is how the bus runs now.')).toMatch(/That is how the bus runs now\. \(C7, ¶6\)$/)
    // The right option without one: the item's claim.
    expect(entry(english, 'They have both said so.')).toMatch(/They have both said so\. \(C9, ¶8\)$/)
    // Both answers of a true/false item are about its statement.
    expect(entry(english, 'The article says Northway has not said who would pay.')).toMatch(/\(C9, ¶8\)$/)
    expect(entry(german, 'Wohnungslose haben laut Text oft keinen anderen Zugang')).toMatch(/\(C5, ¶3\)$/)
    expect(english.pdf).toContain('That is how the bus runs now. (C7, ¶6)')
    expect(german.pdf).toContain('keinen anderen Zugang zu Trinkwasser. (C5, ¶3)')
  })

  it('keeps every claim an item tests under it ("Tests")', () => {
    const tests = english.entries.filter((e) => e.startsWith('C9 (¶8):'))
    expect(tests.length).toBeGreaterThan(0)
  })

  it('is cited alike in the exports: feedback of a wrong option without a claim carries no ¶', () => {
    const moodle = readMoodle(readFileSync(join(englishPack, 'moodle.xml'), 'utf8'))
    const options = moodle.get('p-at-least')!.options
    expect(options.find((o) => o.text === 'Kellsbridge’s council' || o.text === "Kellsbridge's council")!.feedback).toBe('It ran its own trial.')
    expect(options.find((o) => o.text === 'Northway and the union')!.feedback).toBe('They have both said so. (¶8)')
    const gift = readFileSync(join(englishPack, 'quiz.gift.txt'), 'utf8')
    expect(gift).toContain('#It ran its own trial.\n')
    const german = readMoodle(readFileSync(join(germanPack, 'moodle.xml'), 'utf8'))
    expect(german.get('q-gruende-multi')!.options.find((o) => o.text === 'Mehr Umsatz für Cafés')!.feedback).toBe('Davon ist im Text keine Rede.')
  })
})

/** Each question's stem in the HTML quiz, by number: its first paragraph without the number, the instruction and the points. */
function quizStems(html: string): Map<number, string> {
  const stems = new Map<number, string>()
  for (const section of readHtml(html).elements('section')) {
    if (!((section.properties.className as string[] | undefined) ?? []).includes('question')) continue
    const first = section.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p')!
    const number = Number(toText(first.children.find((c): c is Element => c.type === 'element' && c.tagName === 'strong')!).replace('.', ''))
    const words = first.children.filter((c) => !(c.type === 'element' && (c.tagName === 'strong' || c.tagName === 'em')))
    stems.set(number, fold(toText({ ...first, children: words })).replace(/ \(\d+ points?\)$/, ''))
  }
  return stems
}

/** Each question's stem in the HTML key, by number: the paragraph after its heading. */
function keyStems(html: string): Map<number, string> {
  const stems = new Map<number, string>()
  const walk = (node: Element): void => {
    node.children.forEach((child, i) => {
      if (child.type !== 'element') return
      const heading = child.tagName === 'h2' && /^Question (\d+)$/.exec(toText(child))
      if (heading) stems.set(Number(heading[1]), fold(toText(node.children.slice(i + 1).find((c): c is Element => c.type === 'element' && c.tagName === 'p')!)))
      walk(child)
    })
  }
  walk(readHtml(html).elements('main')[0]!)
  return stems
}

describe('the answer key’s stems', () => {
  // The quiz printed "…train as a … Choose one answer." and the key "…train as a".
  it('are the stems as the quiz prints them, an ellipsis ending a stem the options complete', async () => {
    for (const version of ['A', 'B']) {
      const quiz = quizStems(readFileSync(join(englishPack, `quiz-${version}.html`), 'utf8'))
      const key = keyStems(readFileSync(join(englishPack, `answer-key-${version}.html`), 'utf8'))
      expect(quiz.size).toBe(25)
      expect(key).toEqual(quiz)
      expect([...key.values()]).toContain('The 17-year-old in Eastfield is travelling to train as a …')
    }
    expect(english.pdf).toContain('is travelling to train as a … Answer:')
  })
})

/** Each choice question's options in the HTML quiz, by number, as printed: "A. European exchange pupil". */
function quizOptions(html: string): Map<number, string[]> {
  const options = new Map<number, string[]>()
  for (const section of readHtml(html).elements('section')) {
    const list = section.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol' && ((c.properties.className as string[] | undefined) ?? []).includes('options'))
    if (!list) continue
    const first = section.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p')!
    const number = Number(toText(first.children.find((c): c is Element => c.type === 'element' && c.tagName === 'strong')!).replace('.', ''))
    options.set(number, list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li').map((li) => fold(toText(li))))
  }
  return options
}

/** Each question's first list in the HTML key, by number: a choice question's option entries. */
function keyLists(html: string): Map<number, string[]> {
  const lists = new Map<number, string[]>()
  let question = 0
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const heading = child.tagName === 'h2' && /^(?:Question|Aufgabe) (\d+)$/.exec(toText(child))
      if (heading) question = Number(heading[1])
      else if (child.tagName === 'ul' && question > 0 && !lists.has(question)) lists.set(question, child.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li').map((li) => fold(toText(li))))
      else walk(child)
    }
  }
  walk(readHtml(html).elements('main')[0]!)
  return lists
}

describe('the answer key’s option entries', () => {
  // "B. Incorrect. They studied Tallinn.": which words were B, the teacher had to look up in the quiz.
  it('print each option as the quiz does, then its verdict and feedback, for single, multiple and true/false', () => {
    for (const [pack, name, dash] of [
      [englishPack, 'A', '—'],
      [englishPack, 'B', '—'],
      [germanPack, 'A', '–']
    ] as const) {
      const quiz = quizOptions(readFileSync(join(pack, `quiz-${name}.html`), 'utf8'))
      const key = keyLists(readFileSync(join(pack, `answer-key-${name}.html`), 'utf8'))
      expect(quiz.size).toBeGreaterThan(4)
      for (const [number, options] of quiz) {
        const entries = key.get(number)!
        expect(entries.length, `question ${number}`).toBe(options.length)
        entries.forEach((e, i) => expect(e.startsWith(`${options[i]} ${dash} `), e).toBe(true))
      }
    }
    expect(entry(english, 'They studied Tallinn.')).toMatch(/^[A-H]\. Tallinn's researchers — Incorrect\. They studied Tallinn\.$/)
    expect(entry(english, 'The article says Northway has not said who would pay.')).toMatch(/^[AB]\. True — Incorrect\. The article says/)
    expect(entry(german, 'Davon ist im Text keine Rede.')).toMatch(/^[A-H]\. Mehr Umsatz für Cafés – Falsche Antwort\. Davon ist im Text keine Rede\.$/)
    expect(english.pdf).toMatch(/[A-H]\. Tallinn's researchers — Incorrect\. They studied Tallinn\./)
    expect(english.pdf).toMatch(/[A-H]\. European exchange pupil — Incorrect\. The article names no exchange\./)
    expect(german.pdf).toMatch(/[A-H]\. Mehr Umsatz für Cafés – Falsche Antwort\. Davon ist im Text keine Rede\./)
  })

  it('print an option’s words as written, never as Markdown', async () => {
    const dir = join(tempDir('classpack-key-'), 'buses')
    cpSync(SECOND, dir, { recursive: true })
    const path = join(dir, 'questions.yaml')
    const text = readFileSync(path, 'utf8')
    // Inside the key's italics: a star at either end, HTML, a link, underscores, code.
    const written = '(*Tallinn*) <b>researchers</b> [see](x) _x_ `y` 2*'
    writeFileSync(path, text.replace("- text: Tallinn's researchers", `- text: ${JSON.stringify(written)}`))
    const pack = await build({ dir, versions: 2, formats: ['html', 'pdf'] })
    const key = await readKey(pack, 'answer-key-A')
    // In italics, whole.
    const li = readHtml(readFileSync(join(pack, 'answer-key-A.html'), 'utf8'))
      .elements('li')
      .find((e) => toText(e).includes('They studied Tallinn.'))!
    expect(li.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'em').map((e) => toText(e))).toEqual([written])
    expect(entry(key, 'They studied Tallinn.')).toMatch(/^[A-H]\. (.*) — Incorrect\. They studied Tallinn\.$/)
    expect(entry(key, 'They studied Tallinn.').slice(3, 3 + written.length)).toBe(written)
    expect(key.pdf).toContain(`${written} — Incorrect. They studied Tallinn.`)
  })
})

describe('the answer key’s verdict on an option', () => {
  // "Correct. Right." and „Richtige Antwort. Richtig, so gibt …“
  it('is the feedback’s own where it opens with one, said once', () => {
    expect(entry(english, 'Right, it has not said.')).toMatch(/^[AB]\. False — Right, it has not said\. \(C9, ¶8\)$/)
    expect(english.entries).toContainEqual(expect.stringMatching(/^[AB]\. True — Right\. \(C15, ¶12\)$/))
    expect(entry(german, 'Richtig, so gibt der Text die Stadtwerke wieder.')).toMatch(/^[AB]\. Richtig – Richtig, so gibt/)
    const doubled = /\b(?:Correct|Incorrect|Richtige Antwort|Falsche Antwort)\. (?:Right|Correct|Yes|Wrong|Incorrect|No|True|False|Richtig|Falsch|Stimmt|Ja|Nein|Korrekt)\b[,.:;!]/
    for (const key of [english, german]) {
      expect(key.entries.filter((e) => doubled.test(e))).toEqual([])
      expect(key.pdf).not.toMatch(doubled)
    }
    expect(english.pdf).toContain('False — Right, it has not said. (C9, ¶8)')
    expect(german.pdf).toContain('Richtig – Richtig, so gibt der Text die Stadtwerke wieder.')
  })

  it('is the key’s own where the feedback opens otherwise', () => {
    // "No driver's shift …" gives no verdict; "Right" on a wrong option would be no verdict of the key's.
    expect(entry(english, 'No driver').includes('— Incorrect. No driver')).toBe(true)
    expect(opensWithVerdict('No one says so.', en.verdictWords.incorrect)).toBe(false)
    expect(opensWithVerdict('Rightly so.', en.verdictWords.correct)).toBe(false)
    expect(opensWithVerdict('Richtig wäre der Betrag aus ¶1.', de.verdictWords.correct)).toBe(false)
    expect(opensWithVerdict('Nein: die Bürgerliste schlägt es vor.', de.verdictWords.incorrect)).toBe(true)
    expect(opensWithVerdict('yes — see ¶3.', en.verdictWords.correct)).toBe(true)
    expect(opensWithVerdict('Right.', en.verdictWords.correct)).toBe(true)
    // A verdict the other way ("No, …" on the right answer False) is the feedback's reading of the statement: the key's verdict stays.
    expect(opensWithVerdict('No, it has not said.', en.verdictWords.correct)).toBe(false)
  })
})
