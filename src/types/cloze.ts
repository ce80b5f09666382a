// Cloze: a passage of the article with gaps, each answered from a word bank (a drop-down in
// an LMS, the words printed once in a box on paper) or typed. The passage is a claim's
// quote, or a `quote` of its own found in the article as claims' quotes are, so it is
// anchored and drift-checked like any claim: change a word of it in the article and
// `check` reports the item at its line. Gaps are marked by their words (`gaps: [perhaps,
// the key reason]`), found whole and in order in the passage; each may carry the reason it
// matters (a hedge, an actor, a key term), cited with its claim's ¶. Each gap filled right
// earns an equal share. Moodle takes it as `cloze` (multianswer), Canvas as multiple
// drop-downs or fill in multiple blanks, QTI 2.1 as inline choices or text entries, and
// GIFT, which has one blank a question, as its missing-word form, or else as matching.
import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import { normalize } from '../article/normalize.js'
import type { Paragraph } from '../article/model.js'
import { printedQuote } from '../claims/anchor.js'
import type { Anchor } from '../claims/model.js'
import { code, counted, error } from '../messages.js'
import type { ItemBase } from '../questions/model.js'
import { boolean, id, list, object, optional, placeOf, required, string } from '../yaml/decode.js'
import { stringOr } from './fields.js'
import { giftArrow, giftLeft, joined, moodleResponse } from './parts.js'
import { equal } from './shares.js'
import type { ItemText, MoodleKit, Placed, QuestionTypeModule, TypeLimit } from './type.js'

export interface Gap {
  /** The gap's words, as they stand in the passage (case and quote style aside). */
  text: string
  /** Why these words matter here; the ¶ of its claim is cited. */
  feedback?: string
  /** The claim the gap's words carry (default: the item's first). */
  claim?: string
  /** Other answers accepted when students type (`bank: false`), compared without regard to case. */
  accept: string[]
}

/** Where the passage stands and its gaps in it, as the article words them (set by `check`). */
export interface ClozePassage {
  paragraph: number
  /** The article's own words. */
  text: string
  /** Each gap's offsets in `text`, and the article's words there. */
  gaps: Array<{ start: number; end: number; text: string }>
  /** The article's punctuation that ends the sentence right after the passage (a full stop its quote leaves out), or none. */
  closing?: string
  /** `…` when the passage starts inside its sentence, or none. */
  opening?: string
}

export interface ClozeItem extends ItemBase {
  type: 'cloze'
  /** The passage, verbatim from the article; default: the quote of the item's first claim. */
  quote?: string
  gaps: Gap[]
  /** Words in the bank that fill no gap (often another claim's hedges or terms). */
  distractors: string[]
  /** Answered from a word bank (true, the default) or typed. */
  bank: boolean
  passage?: ClozePassage
}

/** How to answer, the bank's title, how a share is earned, and the key's words. */
export interface ClozeStrings {
  instruction: string
  /** The instruction in an export's question text, where the platform draws its own blanks. */
  online: string
  /** The word bank's title: "Word bank". */
  bank: string
  scoring: string
  keyScoring(gaps: number, points: number): string
  /** "also accepted: perhaps, maybe". */
  accepted(answers: string): string
  /** "Not used: Clearly, assurances." */
  unused(words: string): string
  /** The file's note where a cloze of several blanks arrives in GIFT as matching. */
  asMatching(id: string): string
  /** The file's note where that matching question has fewer responses than Moodle takes. */
  tooFew(id: string): string
  /** The file's note where a one-blank cloze's answers or feedback held `->` (written `→`). */
  arrow(id: string): string
}

const gapFields = object('a gap', {
  text: required(string()),
  feedback: optional(string()),
  claim: optional(id),
  accept: optional(list(string()), () => [])
})

const gap = stringOr<Gap>('a gap', 'text', string(), gapFields as never, (text) => ({ text, accept: [] }))

/**
 * Set `item`'s passage, derived from the article rather than written: it is left out when
 * the item is written back as YAML or JSON (not enumerable), as a schema field never is.
 */
export function setPassage(item: ClozeItem, passage: ClozePassage): void {
  Object.defineProperty(item, 'passage', { value: passage, enumerable: false, writable: true, configurable: true })
}

/** The passage and its gaps; `check` sets it, and every later piece reads it. */
function passageOf(item: ClozeItem): ClozePassage {
  // A piece called on an item `check` has not completed is a programmer error.
  if (!item.passage) throw new TypeError(`classpack: cloze item \`${item.id}\` was not checked against the article`)
  return item.passage
}

/**
 * Whether GIFT writes `item` as answers marked `=` alone (a typed blank, or a bank of one
 * word): Moodle's reader takes such answers for a matching question when they hold `->`
 * (qformat_gift: "Only Matching contains both = and ->"), so there `->` is written `→`.
 */
function giftShortAnswer(item: ClozeItem): boolean {
  return item.gaps.length === 1 && (!item.bank || bankOf(item).words.length < 2)
}

/**
 * Between the bank's words: the dot stays with the word before it (no-break spaces) and a
 * line breaks after it (the plain space), so no line of the bank, on paper or on screen,
 * starts with a dot.
 */
const BANK_SEPARATOR = '\u00a0\u00a0·\u00a0 '

/** The words of the bank (each once: the gaps' in order, then the distractors) and, for each gap, its word's place there. */
export function bankOf(item: ClozeItem): { words: string[]; gapWord: number[] } {
  const words: string[] = []
  const at = new Map<string, number>()
  const add = (word: string): number => {
    const key = normalize(word).text
    if (!at.has(key)) {
      at.set(key, words.length)
      words.push(word)
    }
    return at.get(key)!
  }
  const gapWord = passageOf(item).gaps.map((g) => add(g.text))
  if (item.bank) for (const d of item.distractors) add(d)
  return { words: item.bank ? words : [], gapWord }
}

/**
 * The passage cut at its gaps: text, gap 0, text, gap 1, …, text, the last text with the
 * passage's `ending`: the paper and every export end the passage alike, as the article's
 * sentence does.
 */
function segments(passage: ClozePassage): Array<string | number> {
  const out: Array<string | number> = []
  let from = 0
  passage.gaps.forEach((g, i) => {
    out.push(passage.text.slice(from, g.start), i)
    from = g.end
  })
  const end = ending(passage)
  const rest = passage.text.slice(from)
  out.push(end ? rest.trimEnd() + end : rest)
  if (passage.opening) out[0] = passage.opening + (out[0] as string)
  return out
}

/**
 * What follows the passage: the article's punctuation that ends its sentence there (a quote
 * leaves its full stop out), or `…` where the sentence goes on, after a last gap or after
 * words ("with the (2) ______ of its thickness…"), so that a passage reads as the article's
 * sentence, and one cut short says so as a quotation does.
 */
function ending(passage: ClozePassage): string {
  if (passage.closing) return passage.closing
  const last = passage.gaps.at(-1)
  const rest = passage.text.slice(last?.end ?? 0).trimEnd()
  if (last !== undefined && rest.trim() === '') return '…'
  if (CLOSING_END.test(passage.text.trimEnd())) return ''
  return /[,;:]$/.test(rest) ? ' …' : '…'
}

/** A passage that holds its own sentence-ending punctuation (a quote that kept its full stop). */
const CLOSING_END = /[.!?…]+[\p{Pe}\p{Pf}"']*$/u

/**
 * Every answer a typed gap accepts: the article's words, then the others, without the spaces
 * written around them (`"  a PC  "`): QTI and Canvas compare what students type as it is.
 */
const acceptedAnswers = (item: ClozeItem, i: number): string[] => [passageOf(item).gaps[i]!.text, ...item.gaps[i]!.accept.map((a) => a.trim())]

const claimOf = (item: ClozeItem, g: Gap): string => g.claim ?? item.claims[0]!

/**
 * "(1) Perhaps; (2) guarantees": each blank numbered as the quiz prints it ("(1) ______"), so
 * the answer grid and grading.csv read as the blanks do ("1 roughly" read as a count).
 */
const compact = ({ item }: { item: ClozeItem }): string =>
  passageOf(item)
    .gaps.map((g, i) => `(${i + 1}) ${g.text}`)
    .join('; ')

/** Markdown text that keeps a space it starts or ends with (the blanks stand between words). */
function spaced(text: string, escape: (text: string) => string): string {
  if (text.trim() === '') return text === '' ? '' : ' '
  return `${/^\s/.test(text) ? ' ' : ''}${escape(text)}${/\s$/.test(text) ? ' ' : ''}`
}

/** A numbered blank to write on: "(1) ______", kept on one line. */
const blank = (n: number): string => `**(${n})**\u00a0${'\\_'.repeat(14)}`

/** The gaps' rationales, one line each: "(1) Perhaps: why (¶1)". */
const rationales = (item: ClozeItem, cite: (text: string, claim?: string) => string): string[] =>
  passageOf(item).gaps.map((g, i) => {
    const source = item.gaps[i]!
    return `(${i + 1}) ${source.feedback ? joined(g.text, cite(source.feedback, claimOf(item, source))) : g.text}`
  })

/** Find each gap in the passage, whole words and in order; report those that are not there. */
function locateGaps(item: ClozeItem, text: string, file: Parameters<QuestionTypeModule<ClozeItem, unknown>['check']>[1]['file']): ClozePassage['gaps'] | undefined {
  const norm = normalize(text)
  const hay = norm.text.toLowerCase()
  const word = /[\p{L}\p{N}]/u
  const out: ClozePassage['gaps'] = []
  let from = 0
  for (const [i, g] of item.gaps.entries()) {
    const needle = normalize(g.text).text.toLowerCase()
    let at = -1
    for (let i = hay.indexOf(needle, from); needle !== '' && i >= 0; i = hay.indexOf(needle, i + 1)) {
      const before = i === 0 ? '' : hay[i - 1]!
      const after = hay[i + needle.length] ?? ''
      if (!word.test(before) && !word.test(after)) {
        at = i
        break
      }
    }
    if (at < 0) {
      const rest = norm.text.slice(from).trim()
      error(file, `Unexpected gap ${code(g.text)} in cloze item \`${item.id}\`, expected whole words of its passage${i ? ` after gap ${i}` : ''}: ${code(rest, 90)} (gaps are listed in reading order)`, placeOf(g, 'text'), 'gap-not-found')
      return undefined
    }
    const start = norm.map[at]!
    const end = norm.map[at + needle.length - 1]! + 1
    out.push({ start, end, text: text.slice(start, end) })
    from = at + needle.length
  }
  return out
}

// ---- Moodle's cloze syntax ----
// Moodle reads `{weight:TYPE:%100%answer#feedback~%0%answer#feedback}` from the question's
// HTML (question/type/multianswer/questiontype.php): an answer ends at a `~`, `#` or `}`
// that follows no `\`, `&` or `&amp;`, a feedback at `~` or `}`, and both are then decoded
// as HTML entities once. So these characters are written as entities, over text escaped
// once more where Moodle keeps the result as HTML (a drop-down's answers and every
// feedback), and once where it keeps plain text (a typed answer). `&` and `\` are numeric
// entities too: an answer ending in `&amp;` or `\` would run on into the next one.

/** HTML entities for `&<>"\` and for the characters that end a part of an embedded answer. */
const entities = (text: string): string => text.replace(/[&<>"\\#~{}]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `&#${c.charCodeAt(0)};`))

/**
 * HTML Moodle keeps as HTML (a drop-down's answers, every feedback) in the cloze syntax.
 * After decoding, Moodle also turns `\}` and `\#` into `}` and `#`, so a backslash there is
 * an entity of the HTML itself (`&#92;`, written `&#38;#92;`): it decodes to `&#92;`, which
 * shows as the backslash.
 */
const keptHtml = (markup: string): string => entities(markup.replaceAll('\\', '&#92;'))

/** The words of one gap in Moodle's cloze syntax. */
function moodleGap(item: ClozeItem, i: number, weight: number, kit: Pick<MoodleKit, 'html' | 'cite' | 'pieces'>): string {
  const { html, cite } = kit
  const source = item.gaps[i]!
  const feedback = source.feedback ? `#${keptHtml(html(cite(source.feedback, claimOf(item, source))))}` : ''
  if (item.bank) {
    const { gapWord } = bankOf(item)
    // Shuffled in each attempt (`MULTICHOICE_S`), as the paper's bank is in each version; and
    // listed in the export's order, not with the gaps' words first in gap order.
    // The gap's reason goes with its right answer (the general feedback has every gap's too).
    const answers = kit.pieces.map(({ text: w, index: k }) => (k === gapWord[i] ? `%100%${keptHtml(html(w))}${feedback}` : `%0%${keptHtml(html(w))}`))
    return `{${weight}:MULTICHOICE_S:${answers.join('~')}}`
  }
  // A typed answer is compared as plain text, without regard to case; `*` would be a wildcard there.
  const answers = acceptedAnswers(item, i).map((a) => `%100%${entities(a.replace(/\*/g, '\\*'))}${feedback}`)
  return `{${weight}:SHORTANSWER:${answers.join('~')}}`
}

/** HTML with `{` and `}` as entities: in a cloze's question text Moodle reads any `{` as an embedded answer, and an entity as text. */
const braceless = (markup: string): string => markup.replace(/[{}]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Sentence-ending punctuation, with any closing quote or bracket around it: `.`, `?”`, `.)`. */
const CLOSING = /^[\p{Pe}\p{Pf}"']*[.!?…]+[\p{Pe}\p{Pf}"']*/u

/** Quotation marks and brackets, opening and closing (German „…“ and ‚…‘ close with the English opening ones). */
const PAIRS: ReadonlyArray<readonly [string, string]> = [['“', '”'], ['„', '“'], ['‘', '’'], ['‚', '‘'], ['«', '»'], ['»', '«'], ['(', ')'], ['[', ']']]

/**
 * How an anchored passage begins and ends as the article's sentence does, from its
 * paragraph's words around it: a passage's `opening` and `closing`. Every cloze, authored or
 * generated, is printed as a quotation is: ended with the full stop its quote left out, and
 * opened with `…` where it starts inside its sentence ("…the deal is supposed to (1) ______
 * US involvement"), as a passage cut short at its end already said so.
 */
export function passageEdges(anchor: Pick<Anchor, 'paragraph' | 'text' | 'start' | 'end'>, paragraphs: readonly Paragraph[] = []): Pick<ClozePassage, 'opening' | 'closing'> {
  const paragraph = paragraphs.find((p) => p.n === anchor.paragraph)?.text ?? ''
  const closing = unopened(anchor.text, CLOSING.exec(paragraph.slice(anchor.end))?.[0] ?? '')
  const before = paragraph.slice(0, anchor.start).trimEnd()
  // A sentence starts at the paragraph's start, after a sentence's end, or where a quotation opens on a capital.
  const starts = before === '' || CLOSING_END.test(before) || (OPENED.test(before) && /^\p{Lu}/u.test(anchor.text))
  return { closing, ...(starts ? {} : { opening: '…' }) }
}

/** Words that end on an opening quotation mark or bracket. */
const OPENED = /[\p{Ps}\p{Pi}"'„‚]$/u

/**
 * `closing` without the closing marks whose opening ones `text` does not hold: a passage that
 * starts inside a quotation ("Together, they could …", of “None of these … Together, they
 * could … within a decade.”) ended on paper with a ” that nothing opened.
 */
function unopened(text: string, closing: string): string {
  const count = (s: string, c: string): number => s.split(c).length - 1
  let out = closing
  for (const [open, close] of PAIRS) {
    if (!out.includes(close)) continue
    // An apostrophe is a ’ too: only an opening ‘ in the passage is counted for it.
    const opened = close === '’' ? count(text, open) > 0 : count(text, open) > count(text, close)
    if (!opened) out = out.replaceAll(close, '')
  }
  // A straight double quote opens and closes alike: one that an odd count in the passage leaves open.
  if (out.includes('"') && count(text, '"') % 2 === 0) out = out.replaceAll('"', '')
  return out
}

/**
 * The pairs of the GIFT matching question a cloze of several gaps becomes: each numbered
 * gap to its words, then each word of the bank that fills no gap, with nothing to match.
 */
function giftPairs(item: ClozeItem): Array<{ gap: number | null; words: string }> {
  const { words, gapWord } = bankOf(item)
  return [
    ...passageOf(item).gaps.map((g, i) => ({ gap: i + 1, words: item.bank ? words[gapWord[i]!]! : g.text })),
    ...words.filter((_, k) => !gapWord.includes(k)).map((w) => ({ gap: null, words: w }))
  ]
}

/**
 * The name Canvas gives a cloze's blanks, numbered after it (`[gap1]`). Canvas puts an input
 * wherever the question's text names a blank, so a passage or stem that itself holds
 * `[gap1]` (an article quoting a form) would get a second input: the first of `gap`,
 * `blank`, `gapx`, `gapxx`… that nothing in the item holds after a `[`.
 */
function canvasBlank(item: ClozeItem): string {
  // The question's text: the stem (the scoring note is classpack's own words) and the passage.
  const held = `${item.stem}\n${passageOf(item).text}`.toLowerCase()
  for (let name = 'gap', n = 0; ; name = n === 0 ? 'blank' : `gap${'x'.repeat(n)}`, n++) if (!held.includes(`[${name}`)) return name
}

/** Each gap's weight in Moodle, whose cloze is worth the sum of its gaps' whole-number weights. */
const moodleWeight = (item: ClozeItem): number => (item.points % item.gaps.length === 0 ? item.points / item.gaps.length : 1)

export const cloze: QuestionTypeModule<ClozeItem, ClozeStrings> = {
  name: 'cloze',
  description: 'a passage of the article with gaps, filled from a word bank or typed',
  itemName: 'a cloze item',
  fields: {
    quote: optional(string()),
    gaps: required(list(gap, { min: 1, max: 10 })),
    distractors: optional(list(string(), { max: 10 }), () => []),
    bank: optional(boolean, () => true)
  },
  check(item, context) {
    const { file } = context
    const what = `cloze item \`${item.id}\``
    const paragraphs = item.claims.map((c) => context.anchors.get(c)?.anchor.paragraph).filter((p): p is number => p !== undefined)
    let anchor = item.quote === undefined ? context.anchors.get(item.claims[0]!)?.anchor : context.anchor(item.quote, item, 'quote', what)
    if (anchor && item.quote !== undefined && paragraphs.length > 0 && !paragraphs.includes(anchor.paragraph)) {
      error(file, `Unexpected passage in ¶${anchor.paragraph} for ${what}, expected one from ${[...new Set(paragraphs)].map((p) => `¶${p}`).join(' or ')}, where its claims stand: a cloze tests the claims it names`, placeOf(item, 'quote'), 'cloze-paragraph')
      anchor = undefined
    }
    if (!item.bank && item.distractors.length > 0) {
      error(file, `Unexpected \`distractors\` in ${what}, which students type (\`bank: false\`), expected none: a typed cloze prints no word bank`, placeOf(item, 'distractors'), 'cloze-bank')
    }
    item.gaps.forEach((g, i) => {
      if (item.bank && g.accept.length > 0) error(file, `Unexpected \`accept\` in gap ${i + 1} of ${what}, which offers a word bank, expected other answers only where students type (\`bank: false\`)`, placeOf(g, 'accept'), 'cloze-bank')
    })
    // A distractor that is also a gap's words would be right and wrong at once.
    const gapWords = new Set(item.gaps.map((g) => normalize(g.text).text.toLowerCase()))
    const seen = new Set<string>()
    item.distractors.forEach((d, i) => {
      const key = normalize(d).text.toLowerCase()
      if (gapWords.has(key)) error(file, `Unexpected distractor ${code(d)} in ${what} that is also a gap's words, expected words that fill no gap`, placeOf(item.distractors, i), 'duplicate-option')
      else if (seen.has(key)) error(file, `Unexpected duplicate distractor ${code(d)} in ${what}, expected distractors that differ`, placeOf(item.distractors, i), 'duplicate-option')
      seen.add(key)
    })
    if (!anchor) return
    const gaps = locateGaps(item, anchor.text, file)
    // Printed with the teacher's [sic], the gaps on the same words.
    const printed = printedQuote(anchor)
    if (gaps) setPassage(item, { paragraph: anchor.paragraph, text: printed.text, gaps: gaps.map((g) => ({ ...g, ...printed.at(g.start, g.end) })), ...passageEdges(anchor, context.article?.paragraphs) })
  },
  claimRefs: (item) => item.gaps.flatMap((g) => (g.claim ? [{ owner: g as object, key: 'claim', id: g.claim }] : [])),
  texts(item) {
    const out: ItemText[] = []
    // The passage is what a student reads; filled in, it is the answer.
    if (item.passage) out.push({ text: item.passage.text, owner: item, key: item.quote === undefined ? 'gaps' : 'quote', what: 'passage', claim: item.claims[0]!, feedback: false, isKey: true })
    item.distractors.forEach((d, i) => out.push({ text: d, owner: item.distractors, key: i, what: `distractor ${i + 1}`, claim: item.claims[0]!, feedback: false, isKey: false }))
    item.gaps.forEach((g, i) => {
      if (g.feedback) out.push({ text: g.feedback, owner: g, key: 'feedback', what: `feedback of gap ${i + 1}`, claim: claimOf(item, g), feedback: true, isKey: true })
    })
    return out
  },
  // Reading the passage and filling each blank: about half a minute a blank.
  minutes: (item) => Math.max(1, item.gaps.length / 2),
  options: () => [],
  shuffles: false,
  pieces: (item) => bankOf(item).words,
  answering: (item) => Math.max(0, ...bankOf(item).gapWord) + 1,
  answerKind: 'gaps',
  answer: compact,
  instruction: (words, medium) => (medium === 'online' ? words.online : words.instruction),
  answerLines: () => 0,
  quiz({ item, pieces }, words, kit) {
    const passage = segments(passageOf(item))
      .map((part) => (typeof part === 'number' ? blank(part + 1) : spaced(part, kit.text)))
      .join('')
    const bank = pieces.length ? ['', `:::callout[${kit.text(words.bank)}]{kind=bank}`, pieces.map((p) => `:word[${kit.text(p.text)}]`).join(BANK_SEPARATOR), ':::'] : []
    return [`> ${passage.trim()}`, ...bank].join('\n')
  },
  key(placed: Placed<ClozeItem>, words, _strings, kit) {
    const { item } = placed
    const passage = passageOf(item)
    const filled = segments(passage)
      .map((part) => (typeof part === 'number' ? `**(${part + 1})\u00a0${kit.text(passage.gaps[part]!.text)}**` : spaced(part, kit.text)))
      .join('')
    const rows = passage.gaps.map((g, i) => {
      const source = item.gaps[i]!
      const others = !item.bank && source.accept.length ? ` (${kit.text(words.accepted(source.accept.map((a) => a.trim()).join(', ')))})` : ''
      return `- **${i + 1}. ${kit.text(g.text)}.**${others}${source.feedback ? ` ${kit.text(source.feedback)}` : ''} (${kit.text(kit.cite(claimOf(item, source), source.feedback))})`
    })
    const { words: bankWords, gapWord } = bankOf(item)
    const unused = bankWords.filter((_, k) => !gapWord.includes(k))
    return {
      answer: { short: compact(placed), text: compact(placed) },
      modelAnswer: null,
      rubric: null,
      markdown: [`> ${filled.trim()}`, '', ...rows, ...(unused.length ? ['', kit.text(words.unused(unused.join(', ')))] : [])].join('\n')
    }
  },
  // One blank earns the item's points: there are no shares to speak of.
  scoring: (item, words) => (item.gaps.length > 1 ? { quiz: words.scoring, key: words.keyScoring(item.gaps.length, item.points) } : null),
  gradingCell: compact,
  limits(item, format, words) {
    const out: TypeLimit[] = []
    if (format === 'moodle' && item.points % item.gaps.length !== 0) {
      out.push({
        key: 'points',
        ruleId: 'moodle-cloze-points',
        reason: `Unexpected ${counted(item.points, 'point')} for cloze item \`${item.id}\` of ${item.gaps.length} gaps in moodle.xml, expected a multiple of ${item.gaps.length}: Moodle gives a cloze as many marks as its gaps' whole-number weights add up to, so it arrives worth ${item.gaps.length}; set its mark in the Moodle quiz`,
        note: `${item.id}: worth ${item.points} points, but Moodle makes it worth ${item.gaps.length}; set its mark in the quiz.`
      })
    }
    if (format === 'gift' && giftShortAnswer(item)) {
      // Said at the gap's feedback, or at its answers, whichever holds the `->`.
      const gap = item.gaps[0]!
      const key = gap.feedback?.includes('->') ? 'feedback' : gap.accept.some((a) => a.includes('->')) ? 'accept' : 'text'
      const found = giftArrow([...acceptedAnswers(item, 0), gap.feedback ?? ''], key, `the answers or feedback of cloze item \`${item.id}\``, words.arrow(item.id), 'Moodle reads a short answer whose answers hold `->` as a matching question, and no escape prevents it')
      out.push(...found.map((limit) => ({ ...limit, owner: gap })))
    }
    if (format === 'gift' && item.gaps.length > 1) {
      out.push({
        key: 'gaps',
        ruleId: 'gift-cloze',
        reason: `Unexpected cloze item \`${item.id}\` of ${item.gaps.length} gaps in quiz.gift.txt, expected one gap: GIFT has one blank a question, so it arrives as a matching question (each numbered blank matched to its words${item.bank ? '' : ', which students then choose rather than type'}); import moodle.xml, which keeps the cloze`,
        note: words.asMatching(item.id)
      })
      // As GIFT matching, it is refused as real matching questions are (matching.ts).
      const responses = giftPairs(item).length
      if (responses < 3) {
        out.push({
          key: 'gaps',
          ruleId: 'gift-matching-size',
          reason: `Unexpected ${counted(responses, 'response')} in cloze item \`${item.id}\` in quiz.gift.txt, where it arrives as a matching question, expected at least 3: Moodle refuses a matching question with fewer; ${item.bank ? 'add a word to the bank that fills no gap (`distractors`)' : 'offer a word bank (leave out `bank: false`) and add a word to it that fills no gap (`distractors`)'}, or import moodle.xml, which keeps the cloze`,
          note: words.tooFew(item.id)
        })
      }
    }
    return out
  },
  moodle: {
    // Moodle's XML calls its multianswer question type `cloze`.
    type: 'cloze',
    penalty: '0.3333333',
    text(item, _words, kit) {
      const weight = moodleWeight(item)
      // Braces in the stem, the note and the passage as entities: only the gaps are embedded answers.
      const passage = segments(passageOf(item))
        .map((part) => (typeof part === 'number' ? moodleGap(item, part, weight, kit) : braceless(kit.html(part))))
        .join('')
      return `${braceless(kit.question)}<p>${passage}</p>`
    },
    body: () => [],
    general: (item, _words, kit) => rationales(item, kit.cite).map((line) => `<p>${kit.html(line)}</p>`).join('')
  },
  gift(item, _words, kit) {
    const passage = passageOf(item)
    const general = kit.general([...kit.tests, ...rationales(item, kit.cite)])
    if (passage.gaps.length === 1) {
      // GIFT's missing word: the passage around its one blank, the answers in their place.
      // Moodle's GIFT reader takes a question whose text, trimmed, ends with the closing `}`
      // for an ordinary question and draws no blank (qformat_gift's readquestion); the text
      // after it is never empty, as a passage that ends with its gap ends with the article's
      // punctuation or `…` (ending).
      const [before, , after] = segments(passage) as [string, number, string]
      const source = item.gaps[0]!
      // Answers that are all `=` (typed, or a bank of one word) holding `->` anywhere, their
      // feedback too, are read by Moodle as a matching question, and no escape protects `->`.
      const arrowless = giftShortAnswer(item) ? giftLeft : (text: string): string => text
      const feedback = source.feedback ? `#${kit.text(arrowless(kit.cite(source.feedback, claimOf(item, source))))}` : ''
      // A typed answer is a Moodle short answer, where `*` is a wildcard unless written `\*`.
      // The bank in the export's order: Moodle shows it as listed where its site does not shuffle.
      const answers = item.bank ? kit.pieces.map(({ text: w, index: k }) => (k === 0 ? `\t=${kit.text(arrowless(w))}${feedback}` : `\t~${kit.text(w)}`)) : acceptedAnswers(item, 0).map((a) => `\t=${kit.text(arrowless(a)).replace(/\*/g, '\\*')}${feedback}`)
      return `${kit.stem}${kit.escape(`\n${before}`)}{\n${[...answers, `\t${general}`].join('\n')}\n}${kit.escape(after)}`
    }
    // Several blanks: the passage with numbered blanks, each matched to its words.
    const shown = segments(passage)
      .map((part) => (typeof part === 'number' ? `(${part + 1}) _____` : part))
      .join('')
    // Responses are plain text to Moodle's GIFT reader (a `[plain]` there would stay in them).
    const pairs = giftPairs(item).map((p) => `\t=${p.gap === null ? '' : `(${p.gap})`} -> ${kit.escape(moodleResponse(p.words))}`)
    return `${kit.stem}${kit.escape(`\n${shown}`)}{\n${[...pairs, `\t${general}`].join('\n')}\n}`
  },
  qti: {
    // A drop-down of the bank's words at each blank, or a box to type in.
    type: (item) => (item.bank ? 'multiple_dropdowns_question' : 'fill_in_multiple_blanks_question'),
    // Canvas puts a blank where the text names it: `[gap1]`.
    text(item, _words, kit) {
      const blank = canvasBlank(item)
      const passage = segments(passageOf(item))
        .map((part) => (typeof part === 'number' ? `[${blank}${part + 1}]` : kit.html(part)))
        .join('')
      return `${kit.question}<p>${passage}</p>`
    },
    response(item, _words, kit) {
      const blank = canvasBlank(item)
      return passageOf(item).gaps.map((_, i) => {
        // In the export's order: Canvas shows a drop-down as written where the quiz is not shuffled.
        const labels = item.bank
          ? kit.pieces.map(({ text: w, index: k }) => x('response_label', { ident: kit.ident(`gap ${i + 1} word ${k + 1}`) }, [kit.plain(w)]))
          : acceptedAnswers(item, i).map((a, k) => x('response_label', { ident: kit.ident(`gap ${i + 1} answer ${k + 1}`) }, [kit.plain(a)]))
        return x('response_lid', { ident: `response_${blank}${i + 1}` }, [x('material', [x('mattext', `${blank}${i + 1}`)]), x('render_choice', labels)])
      })
    },
    // Each gap filled right adds its share: the right word of the bank, or any answer accepted.
    scoring(item, kit) {
      const { gapWord } = bankOf(item)
      const percents = kit.percents(equal(item.gaps.length))
      const response = `response_${canvasBlank(item)}`
      return passageOf(item).gaps.flatMap((_, i) =>
        item.bank
          ? [kit.add(kit.ident(`gap ${i + 1} word ${gapWord[i]! + 1}`), percents[i]!, `${response}${i + 1}`)]
          : acceptedAnswers(item, i).map((_, k) => kit.add(kit.ident(`gap ${i + 1} answer ${k + 1}`), percents[i]!, `${response}${i + 1}`))
      )
    },
    general: (item, _words, kit) => rationales(item, kit.cite).map((line) => `<p>${kit.html(line)}</p>`).join('')
  },
  qti21: {
    response(item, kit) {
      const shares = kit.shares(equal(item.gaps.length))
      const { gapWord } = bankOf(item)
      return passageOf(item).gaps.map((_, i) => {
        const share = kit.number(shares[i]!)
        if (item.bank) {
          const right = `gap-${i + 1}-word-${gapWord[i]! + 1}`
          return x('responseDeclaration', { identifier: `GAP-${i + 1}`, cardinality: 'single', baseType: 'identifier' }, [
            x('correctResponse', [x('value', right)]),
            x('mapping', { defaultValue: '0' }, [x('mapEntry', { mapKey: right, mappedValue: share })])
          ])
        }
        const answers = acceptedAnswers(item, i)
        return x('responseDeclaration', { identifier: `GAP-${i + 1}`, cardinality: 'single', baseType: 'string' }, [
          x('correctResponse', [x('value', answers[0]!)]),
          x('mapping', { defaultValue: '0' }, answers.map((a) => x('mapEntry', { mapKey: a, mappedValue: share, caseSensitive: 'false' })))
        ])
      })
    },
    body(item, _words, kit) {
      const width = String(Math.max(8, ...item.gaps.flatMap((_, i) => acceptedAnswers(item, i).map((a) => a.length))))
      // Shuffled by the platform; in the export's order for one that does not shuffle.
      const interaction = (i: number): Element =>
        item.bank
          ? x('inlineChoiceInteraction', { responseIdentifier: `GAP-${i + 1}`, shuffle: 'true' }, kit.pieces.map(({ text: w, index: k }) => x('inlineChoice', { identifier: `gap-${i + 1}-word-${k + 1}` }, w)))
          : x('textEntryInteraction', { responseIdentifier: `GAP-${i + 1}`, expectedLength: width })
      const content: ElementContent[] = segments(passageOf(item)).flatMap((part) => (typeof part === 'number' ? [interaction(part)] : kit.text(part)))
      return { before: [], after: [x('p', content)] }
    },
    // SCORE is the sum of what each gap's response maps to: its share when right. Every gap
    // right (each mapping to its whole share): the points, whatever the shares add up to.
    scoring(item, kit) {
      const shares = kit.shares(equal(item.gaps.length))
      const mapped = (i: number): Element => x('mapResponse', { identifier: `GAP-${i + 1}` })
      return [
        x('setOutcomeValue', { identifier: 'SCORE' }, [x('sum', item.gaps.map((_, i) => mapped(i)))]),
        kit.scoreFull(x('and', item.gaps.map((_, i) => x('gte', [mapped(i), x('baseValue', { baseType: 'float' }, kit.number(shares[i]!))]))))
      ]
    },
    general: (item, _words, kit): Element[] => rationales(item, kit.cite).map((line) => x('p', [x('span', { class: 'feedback' }, kit.text(line))]))
  }
}
