// Cloze items: a passage of the article with gaps. The passage is anchored like a claim's
// quote (and drift-checked: change a word of it in the article and `check` reports the
// item), its gaps are found in it as whole words in order, and every problem is reported
// at its line:col. On paper: numbered blanks and a word bank printed once, shuffled by
// version; in the key, the passage filled in and each gap's reason. In the learning
// platforms' files, read back as Moodle reads them: only its gaps are gaps, a lone gap keeps
// its blank, and a cloze GIFT turns into a matching question Moodle would refuse is warned of.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseGift } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import type { ClozeItem } from '../../src/types/index.js'
import { assemble, run } from '../helpers/fixtures.js'
import { readHtml } from '../helpers/html.js'
import { arrangePieces } from '../../src/select/versions.js'
import { moodleGift, readCanvas, readGift, readMoodle, readQti21 } from '../helpers/lms.js'
import { build, tryBuild } from '../helpers/pack.js'
import { openPdf, readPdfText } from '../helpers/pdf.js'
import { at, head, library, LIBRARY } from './helpers.js'

// ¶3 of the library article: "Perhaps the strongest argument for keeping it is that the library
// is the only place in town where people can use a computer for free." Claim free-computers
// quotes it from "the library".
const FREE = `${head('c-free', 'cloze', 'free-computers', 2)}    gaps:
      - text: only
        feedback: The library is the one place, not one of several.
      - computer
    distractors: [first, phone]
`
const PERHAPS = `${head('c-perhaps', 'cloze', 'free-computers')}    quote: "Perhaps the strongest argument for keeping it"
    bank: false
    gaps:
      - text: perhaps
        accept: [maybe]
        feedback: The hedge.
`

const errorsOf = (dir: string): string[] => assemble(dir).lines.filter((l) => l.includes(': error:'))
const questions = (dir: string): string => readFileSync(join(dir, 'questions.yaml'), 'utf8')

describe('a cloze item’s word bank', () => {
  it('never lists the gaps’ words first, in gap order, whatever the seed; one gap’s word may stand first, or the first place would be the cue', () => {
    const ONE = `${head('c-one', 'cloze', 'free-computers')}    gaps: [free]
    distractors: [cheap, open]
`
    const { module, lines } = assemble(library(FREE + ONE))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    const [free, one] = module!.questions.quiz
    const firsts = new Set<string>()
    for (let seed = 1; seed <= 400; seed++) {
      expect(arrangePieces(free!, seed).slice(0, 2).map((p) => p.text), `seed ${seed}`).not.toEqual(['only', 'computer'])
      firsts.add(arrangePieces(one!, seed)[0]!.text)
    }
    expect([...firsts].sort()).toEqual(['cheap', 'free', 'open'])
  })
})

describe('a cloze item is read', () => {
  it('with its passage as the article words it, and its gaps found there (case and quote style aside)', () => {
    const { module, lines } = assemble(library(FREE + PERHAPS))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    const [free, perhaps] = module!.questions.quiz as ClozeItem[]
    expect(free!.passage).toMatchObject({ paragraph: 3, text: 'the library is the only place in town where people can use a computer for free' })
    expect(free!.passage!.gaps.map((g) => g.text)).toEqual(['only', 'computer'])
    expect(free!.gaps[1]).toEqual({ text: 'computer', accept: [] })
    // The gap as the article writes it: capital P.
    expect(perhaps!.passage!.gaps.map((g) => g.text)).toEqual(['Perhaps'])
    // Begun as a quotation is: free-computers starts inside its sentence, c-perhaps with it.
    expect([free!.passage!.opening, perhaps!.passage!.opening]).toEqual(['…', undefined])
  })

  it('opening on `…` on paper and in every export where its passage starts inside the sentence, not where it starts one', async () => {
    const pack = await build({ dir: library(FREE + PERHAPS), formats: ['html', 'moodle', 'gift'] })
    const quiz = readHtml(readFileSync(join(pack, 'quiz.html'), 'utf8')).mainText
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText
    for (const text of [quiz, key]) {
      expect(text).toMatch(/…the library is the \(1\)\s\S+ place in town/)
      expect(text).toMatch(/\n\(1\)\s\S+ the strongest argument for keeping it…\n/)
    }
    expect(readFileSync(join(pack, 'moodle.xml'), 'utf8')).toContain('…the library is the ')
    expect(readFileSync(join(pack, 'quiz.gift.txt'), 'utf8')).toContain('…the library is the ')
  })

  it('reporting a gap that is not in its passage, at the gap', () => {
    const dir = library(FREE.replace('- computer', '- tablet'))
    expect(errorsOf(dir)).toEqual([
      `${join(dir, 'questions.yaml')}:${at(questions(dir), 'tablet')}: error: Unexpected gap \`tablet\` in cloze item \`c-free\`, expected whole words of its passage after gap 1: \`place in town where people can use a computer for free\` (gaps are listed in reading order)  [gap-not-found]`
    ])
  })

  it('reporting gaps out of reading order, and parts of words, at the gap', () => {
    const swapped = library(FREE.replace('- text: only', '- text: computer').replace('- computer', '- only'))
    expect(errorsOf(swapped)).toEqual([expect.stringContaining(`questions.yaml:${at(questions(swapped), '- only') .replace(/:(\d+)$/, (_, c) => `:${Number(c) + 2}`)}: error: Unexpected gap \`only\` in cloze item \`c-free\`, expected whole words of its passage after gap 1`)])
    const part = library(FREE.replace('- computer', '- comp'))
    expect(errorsOf(part)).toEqual([expect.stringContaining('Unexpected gap `comp` in cloze item `c-free`')])
  })

  it('reporting a quote the article does not hold at the quote, with the closest passage', () => {
    const dir = library(PERHAPS.replace('for keeping it', 'for closing it'))
    expect(errorsOf(dir)).toEqual([
      `${join(dir, 'questions.yaml')}:${at(questions(dir), '"Perhaps the strongest')}: error: Unexpected quote \`Perhaps the strongest argument for closing it\` for cloze item \`c-perhaps\`, expected words that appear verbatim in the article; closest: ¶3 \`Perhaps the strongest argument for keeping it is that the library is the only place in to…\`, which has \`…for keeping it is…\` where the quote has \`…for closing it\`  [quote-not-found]`
    ])
  })

  it('reporting a passage from another paragraph than its claims', () => {
    const dir = library(PERHAPS.replace('"Perhaps the strongest argument for keeping it"', '"will vote next month"').replace('- text: perhaps', '- text: vote'))
    expect(errorsOf(dir)).toEqual([
      `${join(dir, 'questions.yaml')}:${at(questions(dir), '"will vote')}: error: Unexpected passage in ¶1 for cloze item \`c-perhaps\`, expected one from ¶3, where its claims stand: a cloze tests the claims it names  [cloze-paragraph]`
    ])
  })

  it('reporting a bank where students type, other answers where they choose, and a distractor that fills a gap', () => {
    const typed = library(PERHAPS.replace('    bank: false\n', '    bank: false\n    distractors: [surely]\n'))
    expect(errorsOf(typed)).toEqual([expect.stringMatching(new RegExp(`questions\\.yaml:${at(questions(typed), '[surely]')}: error: Unexpected \`distractors\` in cloze item \`c-perhaps\`, which students type .*\\[cloze-bank\\]$`))])
    const chosen = library(PERHAPS.replace('    bank: false\n', ''))
    expect(errorsOf(chosen)).toEqual([expect.stringMatching(new RegExp(`questions\\.yaml:${at(questions(chosen), '[maybe]')}: error: Unexpected \`accept\` in gap 1 of cloze item \`c-perhaps\`, which offers a word bank.*\\[cloze-bank\\]$`))])
    const both = library(FREE.replace('[first, phone]', '[first, Computer]'))
    expect(errorsOf(both)).toEqual([`${join(both, 'questions.yaml')}:${at(questions(both), 'Computer]')}: error: Unexpected distractor \`Computer\` in cloze item \`c-free\` that is also a gap's words, expected words that fill no gap  [duplicate-option]`])
  })

  it('reporting schema problems at their line:col', () => {
    const notList = library(FREE.replace(/ {4}gaps:\n[\s\S]*?(?= {4}distractors)/, '    gaps: only\n'))
    expect(errorsOf(notList)).toEqual([`${join(notList, 'questions.yaml')}:${at(questions(notList), 'only\n')}: error: Unexpected \`only\` at \`quiz[0].gaps\`, expected a list of gaps (at least 1): write it in brackets, \`[only]\`  [schema-type]`])
    const nested = library(FREE.replace('- computer', '- [computer, phone]'))
    expect(errorsOf(nested)).toEqual([`${join(nested, 'questions.yaml')}:${at(questions(nested), '[computer, phone]')}: error: Unexpected list at \`quiz[0].gaps[1]\`, expected a gap: a string, or a mapping (a gap)  [schema-type]`])
    const typo = library(FREE.replace('        feedback: The library', '        feedbak: The library'))
    expect(errorsOf(typo)).toEqual([expect.stringMatching(new RegExp(`questions\\.yaml:${at(questions(typo), 'feedbak')}: error: Unexpected field \`feedbak\` in a gap, expected \`feedback\` or one of \`text\`, \`claim\`, \`accept\`  \\[schema-unknown-field\\]$`))])
  })
})

describe('a cloze item drifts with the article', () => {
  it('a word changed inside its own quote: `check` reports the item at its quote, and exits 1', async () => {
    const dir = library(PERHAPS, { 'article.md': (t) => t.replace('the strongest argument', 'the best argument') })
    const result = await run(['check', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`questions.yaml:${at(questions(dir), '"Perhaps the strongest')}: error: Unexpected quote \`Perhaps the strongest argument for keeping it\` for cloze item \`c-perhaps\``)
  })

  it('a word changed inside its claim’s quote: the claim is reported, and the item at its claims', () => {
    const dir = library(FREE, { 'article.md': (t) => t.replace('use a computer for free', 'use a laptop for free') })
    const lines = assemble(dir).lines
    expect(lines).toContainEqual(expect.stringMatching(/claims\.yaml:\d+:\d+: error: Unexpected quote `the library is the only place in town where people can use …` for claim `free-computers`/))
    // The item is named in the claim's error, at its `claims`: one message for the one cause.
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`a question rests on it, to check against the passage once it anchors again: \`c-free\` \\(questions\\.yaml:${at(questions(dir), 'free-computers]')}\\)  \\[quote-not-found\\]$`)))
    expect(lines.filter((l) => l.includes('[question-broken]'))).toEqual([])
  })
})

describe('a cloze item on paper', () => {
  it('has numbered blanks and its word bank printed once in the quiz; the key fills them in and gives each reason', async () => {
    const pack = await build({ dir: library(FREE + PERHAPS), formats: ['html', 'pdf'] })
    const quiz = readHtml(readFileSync(join(pack, 'quiz.html'), 'utf8')).mainText
    expect(quiz).toMatch(/\(1\)\u00a0_{14} place in town where people can use a \(2\)\u00a0_{14} for free/)
    expect(quiz).toContain('Word bank')
    for (const word of ['only', 'computer', 'first', 'phone']) expect(quiz.split(word).length - 1, word).toBe(1)
    // Each bank word is one that the PDF never hyphenates (`:word`), which the HTML marks too.
    const html = readFileSync(join(pack, 'quiz.html'), 'utf8')
    for (const word of ['only', 'computer', 'first', 'phone']) expect(html).toContain(`<span class="word">${word}</span>`)
    // The typed one has its blank and no bank.
    expect(quiz).toMatch(/\(1\)\u00a0_{14} the strongest argument for keeping it/)
    const pdf = (await readPdfText(new Uint8Array(readFileSync(join(pack, 'quiz.pdf'))))).pages.map((p) => p.text).join('\n')
    expect(pdf).toContain('Word bank')
    expect(pdf).toMatch(/\(1\)\s?_{14}/)
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(key).toContain('Answer: (1) only; (2) computer')
    expect(key).toContain('1. only. The library is the one place, not one of several. (C3, ¶3)')
    expect(key).toContain('In the bank but filling no blank: first, phone.')
    expect(key).toContain('1. Perhaps. (also accepted: maybe) The hedge. (C3, ¶3)')
    expect(key).toContain('Scoring: 2 blanks, each filled correctly earning 1 point.')
  })

  it('never starts a line of a word bank that wraps with the dot between its words', async () => {
    const many = FREE.replace('distractors: [first, phone]', 'distractors: [first, phone, photocopier, typewriter, loudspeakers, microfilm, encyclopaedia, headphones, noticeboard, projector]')
    // Six versions, six orders of the bank: six places for its lines to break.
    const pack = await build({ dir: library(many), formats: ['pdf'], versions: 6 })
    for (const v of ['A', 'B', 'C', 'D', 'E', 'F']) {
      const doc = await openPdf(new Uint8Array(readFileSync(join(pack, `quiz-${v}.pdf`))))
      const items = (await (await doc.getPage(1)).getTextContent()).items as Array<{ str: string; transform: number[] }>
      await doc.destroy()
      // The text items of each line, left to right; the bank's lines are those with a dot.
      const lines = new Map<number, Array<{ str: string; x: number }>>()
      for (const t of items) if (t.str.trim() !== '') lines.set(Math.round(t.transform[5]!), [...(lines.get(Math.round(t.transform[5]!)) ?? []), { str: t.str, x: t.transform[4]! }])
      const bank = [...lines.values()].map((l) => l.sort((a, b) => a.x - b.x).map((t) => t.str).join('')).filter((l) => l.includes('·'))
      expect(bank.length).toBeGreaterThan(1)
      for (const line of bank) expect(line.trim(), `${v}: ${line}`).not.toMatch(/^·/)
    }
  }, 120_000)

  it('shuffles the bank in each version from the seed, never in the order written, and fills the grading sheet', async () => {
    const dir = library(FREE)
    writeFileSync(join(dir, 'class.csv'), 'name\nAda\nBo\nCy\nDee\n')
    const pack = await build({ dir, formats: ['html'], versions: 4, seed: 3, roster: join(dir, 'class.csv') })
    const banks = ['A', 'B', 'C', 'D'].map((v) => {
      const text = readHtml(readFileSync(join(pack, `quiz-${v}.html`), 'utf8')).mainText
      return /Word bank\s*(.*)/.exec(text)![1]!.split(/\s*·\s*/).map((w) => w.trim())
    })
    for (const bank of banks) {
      expect([...bank].sort()).toEqual(['computer', 'first', 'only', 'phone'])
      expect(bank).not.toEqual(['only', 'computer', 'first', 'phone'])
    }
    expect(new Set(banks.map((b) => b.join(' '))).size).toBeGreaterThan(1)
    const sheet = readFileSync(join(pack, 'grading.csv'), 'utf8').split('\r\n')
    expect(sheet[1]).toMatch(/,\(1\) only; \(2\) computer$/)
  })
})

describe('a cloze item in the learning platforms’ files', () => {
  it('in Moodle XML, keeps braces in its stem as text: its gaps are the only embedded answers', async () => {
    // Moodle's cloze syntax, written as text in the stem.
    const stem = 'Literal text: {1:SHORTANSWER:=gotcha} and {2:MC:a~=b}'
    const pack = await build({ dir: library(FREE.replace('stem: Answer c-free from the article.', `stem: "${stem}"`)), formats: ['moodle'] })
    const item = readMoodle(readFileSync(join(pack, 'moodle.xml'), 'utf8')).get('c-free')!
    expect(item.parts?.kind === 'gaps' && item.parts.gaps.map((g) => g.accepted)).toEqual([['only'], ['computer']])
    expect(item.stem.split('\n')[0]).toBe(stem)
    // Worth its points: no extra gap adds a mark.
    expect(item.points).toBe(2)
  })

  it('in GIFT, keeps its one blank where its gap ends the passage: the article’s full stop follows it, or `…` where the sentence goes on', async () => {
    // Claim free-computers quotes ¶3 up to its last word, “free”, without the full stop;
    // costs-money quotes ¶2 up to “a year”, where the sentence goes on.
    const items = `${head('c-free-last', 'cloze', 'free-computers')}    gaps: [free]
    distractors: [cheap]
${head('c-year-last', 'cloze', 'costs-money')}    bank: false
    gaps: [year]
`
    const pack = await build({ dir: library(items), formats: ['gift'] })
    const text = readFileSync(join(pack, 'quiz.gift.txt'), 'utf8')
    const inMoodle = moodleGift(text)
    const read = readGift(text)
    const article = readFileSync(join(LIBRARY, 'article.md'), 'utf8')
    const quotes = { 'c-free-last': 'use a computer for free', 'c-year-last': 'forty thousand pounds a year' }
    for (const [id, quote] of Object.entries(quotes)) {
      expect(inMoodle.get(id)?.blank, id).toBe(true)
      const item = read.get(id)!
      expect(item.type, id).toBe('cloze')
      const passage = item.parts?.kind === 'gaps' ? item.parts.passage.replace(/\s+/g, '') : ''
      const next = article[article.indexOf(quote) + quote.length]!
      // After the blank: the article's own punctuation, where the passage's sentence ends there.
      expect(passage.endsWith(`_____${/[.!?]/.test(next) ? next : '…'}`), `${id}: ${passage}`).toBe(true)
    }
    expect(article).toContain('use a computer for free.')
    expect(article).toMatch(/forty thousand pounds a year [a-z]/)
  })

  it('in GIFT, stays a short answer where its answers or feedback hold `->`, which would make Moodle read a matching question: written `→`, and warned about', async () => {
    // Answers marked `=` alone: a typed blank, or a bank of one word (its give-away is the lint's to warn of).
    const items = `${head('c-typed-arrow', 'cloze', 'costs-money')}    bank: false
    gaps:
      - text: year
        accept: [per->year]
        feedback: "Costs -> a year."
${head('c-one-word', 'cloze', 'free-computers')}    gaps:
      - text: free
        feedback: "Free -> no charge."
${head('c-bank-arrow', 'cloze', 'free-computers')}    gaps:
      - text: free
        feedback: "Free -> no charge."
    distractors: [cheap]
`
    const dir = library(items)
    const result = await tryBuild({ dir, formats: ['gift'] })
    expect(result.target).toBeDefined()
    const text = readFileSync(join(result.target!, 'quiz.gift.txt'), 'utf8')
    const inMoodle = moodleGift(text)
    expect(inMoodle.get('c-typed-arrow')?.type).toBe('shortanswer')
    expect(inMoodle.get('c-one-word')?.type).toBe('shortanswer')
    // Beside a distractor (`~`), Moodle reads a multiple choice whatever the answers hold: kept as written.
    expect(inMoodle.get('c-bank-arrow')?.type).toBe('multichoice')
    const read = readGift(text)
    expect(read.get('c-typed-arrow')!.feedback).toContain('Costs → a year. (¶2)')
    const typed = read.get('c-typed-arrow')!.parts
    expect(typed?.kind === 'gaps' ? typed.gaps[0]!.accepted : null).toEqual(['year', 'per→year'])
    expect(read.get('c-bank-arrow')!.feedback).toContain('Free -> no charge.')
    const warnings = result.lines.filter((l) => l.includes('[gift-arrow]'))
    expect(warnings).toEqual([
      `${join(dir, 'questions.yaml')}:${at(questions(dir), '"Costs')}: warning: Unexpected \`->\` in the answers or feedback of cloze item \`c-typed-arrow\` in quiz.gift.txt, expected none: Moodle reads a short answer whose answers hold \`->\` as a matching question, and no escape prevents it, so it arrives as \`→\`; import moodle.xml to keep it as written  [gift-arrow]`,
      `${join(dir, 'questions.yaml')}:${at(questions(dir), '"Free')}: warning: Unexpected \`->\` in the answers or feedback of cloze item \`c-one-word\` in quiz.gift.txt, expected none: Moodle reads a short answer whose answers hold \`->\` as a matching question, and no escape prevents it, so it arrives as \`→\`; import moodle.xml to keep it as written  [gift-arrow]`
    ])
  })

  it('accepts a typed answer without the spaces written around it, in every export: a platform compares what students type as it is', async () => {
    const items = `${head('c-spaced', 'cloze', 'free-computers')}    bank: false
    gaps:
      - text: computer
        accept: ["  a PC  "]
`
    const pack = await build({ dir: library(items), formats: ['moodle', 'gift', 'qti', 'qti21'] })
    const file = (name: string): Buffer => readFileSync(join(pack, name))
    const read = {
      moodle: readMoodle(file('moodle.xml').toString('utf8')),
      gift: readGift(file('quiz.gift.txt').toString('utf8')),
      canvas: (await readCanvas(new Uint8Array(file('canvas-qti.zip')))).items,
      qti21: (await readQti21(new Uint8Array(file('qti21.zip')))).items
    }
    for (const [format, items] of Object.entries(read)) {
      const parts = items.get('c-spaced')!.parts
      expect(parts?.kind === 'gaps' ? parts.gaps[0]!.accepted : null, format).toEqual(['computer', 'a PC'])
      expect(parts?.kind === 'gaps' ? parts.score(['a pc']) : null, format).toBe(1)
    }
  })

  it('in Moodle XML, keeps a backslash before `}` or `#` in a word of the bank, which Moodle’s import would drop', async () => {
    // After decoding, qtype_multianswer turns `\}` and `\#` into `}` and `#`.
    const pack = await build({ dir: library(FREE.replace('distractors: [first, phone]', "distractors: ['x\\}y', 'C\\#']")), formats: ['moodle'] })
    const parts = readMoodle(readFileSync(join(pack, 'moodle.xml'), 'utf8')).get('c-free')!.parts
    expect(parts?.kind === 'gaps' && [...parts.gaps[0]!.choices!].sort()).toEqual(['C\\#', 'computer', 'only', 'x\\}y'])
  })

  it('in Canvas, names its blanks so that no `[gap1]` the question itself writes becomes another blank', async () => {
    // Canvas puts an input wherever the text names a blank: a stem quoting a form's “[gap1]” would get two.
    const pack = await build({ dir: library(FREE.replace('stem: Answer c-free from the article.', 'stem: Fill each [gap1] or [blank2] from the article.')), formats: ['qti'] })
    const parts = (await readCanvas(new Uint8Array(readFileSync(join(pack, 'canvas-qti.zip'))))).items.get('c-free')!
    expect(parts.stem).toContain('Fill each [gap1] or [blank2] from the article.')
    expect(parts.parts?.kind === 'gaps' && parts.parts.passage).toBe('…the library is the _____ place in town where people can use a _____ for free.')
    expect(parts.parts?.kind === 'gaps' && parts.parts.score(['only', 'computer'])).toBe(1)
  })

  it('on paper ends its passage as the article ends the sentence, after a last blank too, and speaks of shares only with several blanks', async () => {
    // free-computers quotes ¶3 up to its last word, “free”, without the full stop; costs-money
    // quotes ¶2 up to “a year”, where the sentence goes on.
    const items = `${head('c-free-last', 'cloze', 'free-computers')}    gaps: [free]
    distractors: [cheap]
${head('c-year-last', 'cloze', 'costs-money')}    bank: false
    gaps: [thousand, year]
`
    const pack = await build({ dir: library(items), formats: ['html'] })
    const quiz = readHtml(readFileSync(join(pack, 'quiz.html'), 'utf8')).mainText
    const key = readHtml(readFileSync(join(pack, 'answer-key.html'), 'utf8')).mainText
    expect(quiz).toMatch(/use a computer for \(1\)\s_+\.\n/)
    expect(quiz).toMatch(/forty \(1\)\s_+ pounds a \(2\)\s_+…\n/)
    expect(key).toMatch(/use a computer for \(1\)\sfree\.\n/)
    expect(key).toMatch(/forty \(1\)\sthousand pounds a \(2\)\syear…\n/)
    // One blank earns the item's points: no "equal share" of them.
    expect(quiz.match(/Each blank filled correctly earns an equal share/g)).toHaveLength(1)
    expect(key.match(/Scoring: \d+ blanks/g)).toHaveLength(1)
  })

  // “…within a decade.” ended a passage that starts inside the quotation: a ” that nothing opened.
  it('on paper ends a passage that starts inside a quotation without the quotation mark that closes it', async () => {
    const article = (t: string): string => t.replace('use a computer for free.', 'use a computer for free. As one reader put it: “Books cost nothing here. Nothing else in town is free.”')
    const items = `${head('c-inside', 'cloze', 'free-computers')}    quote: "Nothing else in town is free"
    gaps: [Nothing]
    distractors: [Something]
`
    const pack = await build({ dir: library(items, { 'article.md': article }), formats: ['html'] })
    const quiz = readHtml(readFileSync(join(pack, 'quiz.html'), 'utf8')).mainText
    expect(quiz).toMatch(/\(1\)\s_+ else in town is free\.\n/)
    expect(quiz).not.toMatch(/is free\.”/)
  })

  it('in every export ends its passage as the paper does: the article’s full stop after the words that follow the last blank, or after the last blank, or `…` where the sentence goes on, after a blank or after words', async () => {
    // free-computers quotes ¶3 up to “free”, without its full stop; costs-money quotes ¶2 up to “a year”, where the sentence goes on.
    const items = `${head('c-free-last', 'cloze', 'free-computers')}    gaps: [free]
    distractors: [cheap]
${head('c-year-last', 'cloze', 'costs-money')}    bank: false
    gaps: [thousand, year]
${FREE}${head('c-only', 'cloze', 'free-computers')}    gaps: [only]
    distractors: [first]
${PERHAPS}`
    // What follows the last blank, white space aside. c-perhaps's passage stops after words, mid-sentence
    // ("…for keeping it", where ¶3 goes on "is that the library…"): it ended there without a mark.
    const tails: Record<string, string> = { 'c-free-last': '_____.', 'c-year-last': '_____…', 'c-free': '_____forfree.', 'c-only': 'forfree.', 'c-perhaps': 'forkeepingit…' }
    const squashed = (text: string): string => text.replace(/\(\d+\)\s*_+/g, '_____').replace(/\s+/g, '')
    const pack = await build({ dir: library(items), formats: ['html', 'moodle', 'gift', 'qti', 'qti21'] })
    const file = (name: string): Buffer => readFileSync(join(pack, name))
    // The paper: each passage a line of its own, in the quiz's order.
    const paper = readHtml(file('quiz.html').toString('utf8'))
      .mainText.split('\n')
      .filter((line) => /\(1\)\s_+/.test(line))
    expect(paper.map(squashed).map((line, i) => line.endsWith(Object.values(tails)[i]!))).toEqual([true, true, true, true, true])
    const read = {
      moodle: readMoodle(file('moodle.xml').toString('utf8')),
      canvas: (await readCanvas(new Uint8Array(file('canvas-qti.zip')))).items,
      qti21: (await readQti21(new Uint8Array(file('qti21.zip')))).items
    }
    const giftText = file('quiz.gift.txt').toString('utf8')
    const gift = readGift(giftText)
    // GIFT makes a cloze of several blanks a matching question: its passage is the question text's last line.
    const giftStems = new Map(parseGift(giftText).flatMap((q) => (q.type === 'Matching' ? [[q.title!, q.stem.text.split('\n').at(-1)!] as const] : [])))
    for (const [id, tail] of Object.entries(tails)) {
      for (const [format, items] of Object.entries(read)) {
        const parts = items.get(id)!.parts
        const passage = parts?.kind === 'gaps' ? parts.passage : ''
        expect(squashed(passage).endsWith(tail), `${format} ${id}: ${passage}`).toBe(true)
      }
      const parts = gift.get(id)!.parts
      const passage = giftStems.get(id) ?? (parts?.kind === 'gaps' ? parts.passage : '')
      expect(squashed(passage).endsWith(tail), `gift ${id}: ${passage}`).toBe(true)
    }
  })

  it('in GIFT, warns where the matching question a cloze of several gaps becomes has fewer than 3 responses, which Moodle refuses, and says so above it', async () => {
    const typed = `${head('c-typed-two', 'cloze', 'free-computers')}    quote: "Perhaps the strongest argument for keeping it"
    bank: false
    gaps: [Perhaps, argument]
`
    const bare = `${head('c-bank-two', 'cloze', 'free-computers')}    gaps: [only, computer]
`
    const dir = library(typed + bare + FREE)
    const result = await tryBuild({ dir, formats: ['gift'] })
    expect(result.lines.filter((l) => l.includes(': error:'))).toEqual([])
    const warnings = result.lines.filter((l) => l.includes('[gift-matching-size]'))
    const text = readFileSync(join(result.target!, 'quiz.gift.txt'), 'utf8')
    // Moodle counts a matching question's pairs, those with nothing to match included (qtype_match's save_question_options).
    const pairs = new Map(parseGift(text).flatMap((q) => (q.type === 'Matching' ? [[q.title!, q.matchPairs.length] as const] : [])))
    expect(pairs).toEqual(new Map([['c-typed-two', 2], ['c-bank-two', 2], ['c-free', 4]]))
    expect(warnings).toEqual([
      `${join(dir, 'questions.yaml')}:${at(questions(dir), '[Perhaps, argument]')}: warning: Unexpected 2 responses in cloze item \`c-typed-two\` in quiz.gift.txt, where it arrives as a matching question, expected at least 3: Moodle refuses a matching question with fewer; offer a word bank (leave out \`bank: false\`) and add a word to it that fills no gap (\`distractors\`), or import moodle.xml, which keeps the cloze  [gift-matching-size]`,
      `${join(dir, 'questions.yaml')}:${at(questions(dir), '[only, computer]')}: warning: Unexpected 2 responses in cloze item \`c-bank-two\` in quiz.gift.txt, where it arrives as a matching question, expected at least 3: Moodle refuses a matching question with fewer; add a word to the bank that fills no gap (\`distractors\`), or import moodle.xml, which keeps the cloze  [gift-matching-size]`
    ])
    for (const id of ['c-typed-two', 'c-bank-two']) expect(text).toContain(`// ${id}: Moodle needs 3 responses or more for a matching question`)
    expect(text).not.toContain('// c-free: Moodle needs')
    // In a German pack, in German.
    const german = readFileSync(join((await tryBuild({ dir, formats: ['gift'], lang: 'de' })).target!, 'quiz.gift.txt'), 'utf8')
    for (const id of ['c-typed-two', 'c-bank-two']) expect(german).toContain(`// ${id}: Moodle braucht für eine Zuordnungsfrage mindestens 3 Antworten`)
    expect(german).not.toContain('Moodle needs')
  })

  it('in Moodle XML, warns of points its gaps cannot share at the item, even where the item leaves `points` to its default', async () => {
    // head() writes `points: 1`; without the line the item is worth 1 point all the same.
    const unwritten = `${head('c-default-points', 'cloze', 'free-computers').replace('    points: 1\n', '')}    gaps: [only, computer]
`
    const dir = library(unwritten)
    const result = await tryBuild({ dir, formats: ['moodle'] })
    expect(result.lines.filter((l) => l.includes('[moodle-cloze-points]'))).toEqual([
      `${join(dir, 'questions.yaml')}:${at(questions(dir), 'c-default-points')}: warning: Unexpected 1 point for cloze item \`c-default-points\` of 2 gaps in moodle.xml, expected a multiple of 2: Moodle gives a cloze as many marks as its gaps' whole-number weights add up to, so it arrives worth 2; set its mark in the Moodle quiz  [moodle-cloze-points]`
    ])
  })
})
