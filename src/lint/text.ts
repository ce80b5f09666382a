// Text as the lint compares it: words, quotations, runs of words shared with the article.
// Matching ignores case, white space and the style of quotes and apostrophes, as a reader does.
import { normalizedText } from '../article/normalize.js'
import { perText } from '../article/per-text.js'
import { escapeRegExp } from '../regexp.js'

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu

/**
 * The stretch of `text` whose words are `run` (words joined by spaces, as `words` gives
 * them), as the text writes it: a message quotes "a figure from ¶3 or ¶4", not "figure from 3
 * or 4". `run` itself where the text does not hold it so.
 */
export function asWritten(text: string, run: string): string {
  const between = "(?:[^\\p{L}\\p{N}'’]|['’](?![\\p{L}\\p{N}]))+"
  const pattern = run
    .split(' ')
    .map((w) => escapeRegExp(w).replace(/'/g, "['’]"))
    .join(between)
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.[0] ?? run
}

/** Normalized text in lower case: one space for white space, straight quotes and apostrophes. */
export const plain = perText((text) => normalizedText(text).toLowerCase())

/**
 * The words of `text`, in lower case, apostrophes inside words kept ("trump's"). Shared
 * between callers (read them, never change them): the rules ask for the words of the same
 * options and paragraphs five times over (1,817 calls for 358 texts in the demo's `check`).
 */
export const words = perText((text): readonly string[] => plain(text).match(WORD) ?? [])

const LETTER = /[\p{L}\p{N}]/u

/** Whether `text` starts with a letter or a digit, of any script. */
export const startsWithLetter = (text: string): boolean => letterAt(text, 0)

/**
 * Where `needle` first stands in `hay` as whole words: not preceded nor followed by a letter
 * or digit (a code point, as `/(?<![\p{L}\p{N}])needle(?![\p{L}\p{N}])/u` reads it), or -1.
 * The same answer as that pattern without building one per word: `check` looks for every
 * hedging word in every claim's quote, and V8 compiles each new pattern.
 */
export function wholeWordAt(hay: string, needle: string): number {
  if (needle === '') return /(?<![\p{L}\p{N}])(?![\p{L}\p{N}])/u.exec(hay)?.index ?? -1
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    // Not inside a surrogate pair: the pattern reads code points, not UTF-16 units.
    if (isLowSurrogate(hay.charCodeAt(i)) && isHighSurrogate(hay.charCodeAt(i - 1))) continue
    const end = i + needle.length
    if (isHighSurrogate(hay.charCodeAt(end - 1)) && isLowSurrogate(hay.charCodeAt(end))) continue
    const before = i >= 2 && isLowSurrogate(hay.charCodeAt(i - 1)) && isHighSurrogate(hay.charCodeAt(i - 2)) ? hay.slice(i - 2, i) : hay.slice(i - 1, i)
    const after = String.fromCodePoint(hay.codePointAt(end) ?? 0x20)
    if (!LETTER.test(before) && !LETTER.test(after)) return i
  }
  return -1
}
const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** Length in characters after normalizing, without end punctuation: what a reader sees as an option's length (once per text: the generators weigh each candidate option against many sets). */
// White space collapsed as printed (not normalized for matching, which closes up a spaced dash).
export const length = perText((text: string): number => text.trim().replace(/\s+/g, ' ').replace(/[.!?;:,]+$/, '').length)

const STOP = new Set(
  ('the and for are but not you all any can had her was one our out has him his how its may new now old see two who did get let put say she too use that with have this will your from they been were which their there what when than them then some into more only other could would should about also such after before these those being does said over just most while where whose very each because between both through under upon against '
  ).trim().split(/\s+/)
)

/**
 * Content words: three letters or more, not among the commonest function words. Shared
 * (read them, never change them): the generators compare each stem with every option of
 * every candidate item, the same texts again and again.
 */
export const contentWords = perText((text): ReadonlySet<string> => new Set(words(text).filter((w) => w.length >= 3 && !STOP.has(w))))

/** Each run of `n` consecutive words, joined by spaces. */
export function ngrams(list: readonly string[], n: number): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '))
  return out
}

/** Where each word stands in `texts`: word → [text, position] pairs, built once per list of texts. */
const wordPlaces = new WeakMap<ReadonlyArray<readonly string[]>, Map<string, Array<[number, number]>>>()

function placesOf(texts: ReadonlyArray<readonly string[]>): Map<string, Array<[number, number]>> {
  let places = wordPlaces.get(texts)
  if (places === undefined) {
    places = new Map()
    texts.forEach((text, t) =>
      text.forEach((word, p) => {
        const list = places!.get(word)
        if (list === undefined) places!.set(word, [[t, p]])
        else list.push([t, p])
      })
    )
    wordPlaces.set(texts, places)
  }
  return places
}

/**
 * The longest run of words `a` shares with any of `texts` (each a list of words), in words.
 * Runs start only where a word of `a` occurs in the texts, so it extends from those places
 * (the lint asks this of every option against the whole article: a table of every pair of
 * words took most of `check`'s time).
 */
export function longestSharedRun(a: readonly string[], texts: ReadonlyArray<readonly string[]>): number {
  const places = placesOf(texts)
  let best = 0
  for (let i = 0; i + best < a.length; i++) {
    for (const [t, p] of places.get(a[i]!) ?? []) {
      const text = texts[t]!
      // A run that could extend backwards was counted from its own start.
      if (i > 0 && p > 0 && text[p - 1] === a[i - 1]) continue
      let n = 1
      while (i + n < a.length && p + n < text.length && a[i + n] === text[p + n]) n++
      if (n > best) best = n
    }
  }
  return best
}

/** A quotation in a text: what stands between double quotes, and where. */
export interface Quotation {
  text: string
  start: number
  end: number
}

/**
 * The quotations of `text`: between “ and ”, pairs of straight " quotes, „ and “ (German),
 * « and » (French, Swiss), and single quotes ‘…’ or '…' (British style). A single quote
 * opens only at a word's start and closes only at a word's end, so apostrophes ("mayor’s",
 * "drivers’ union", "doesn't") stay part of the words; a writer who quotes in British
 * style must have a misquotation caught as one who quotes in American style does.
 */
export function quotations(text: string): Quotation[] {
  // A scan rather than one pattern: a pattern with \p{L} look-arounds cost `check` about
  // 10 ms to compile and run on the demo's bank. tests/lint/text.test.ts holds the two equal.
  const found: Quotation[] = []
  // From opening mark to opening mark (a call per character cost `check` milliseconds).
  const opener = new RegExp(OPENERS)
  for (let m = opener.exec(text); m !== null; m = opener.exec(text)) {
    const i = m.index
    const end = quotationEnd(text, i)
    if (end === undefined) continue
    const inner = text.slice(i + 1, end - 1)
    found.push({ text: text[i] === '«' ? inner.trim() : inner, start: i, end })
    opener.lastIndex = end
  }
  return found
}

/** The marks a quotation may open with (quotationEnd says which do, where). */
const OPENERS = /[“"„«‘']/g

/** Where the quotation opening at `i` ends (after its closing mark), or undefined where none opens. */
function quotationEnd(text: string, i: number): number | undefined {
  const mark = text[i]
  if (mark === '“') return closedBy(text, i, '”')
  if (mark === '"') return closedBy(text, i, '"')
  if (mark === '„') return closedBy(text, i, '“”')
  if (mark === '«') return closedBy(text, i, '»')
  if (mark === '‘') {
    // At a word's start; closed by a ’ that ends a word (one inside a word is an apostrophe).
    if (letterBefore(text, i)) return undefined
    for (let k = i + 1; k < text.length; k++) {
      if (text[k] === '‘') return undefined
      if (text[k] === '’' && !letterAt(text, k + 1)) return k + 1
    }
    return undefined
  }
  if (mark === "'") {
    // At a word's start, before a letter; closed, as soon as may be, by a ' after a letter, a
    // digit or . , ! ? that ends a word. A line break, or a ' that neither closes nor stands
    // before a letter, ends the search.
    if (letterBefore(text, i) || text[i - 1] === "'" || !letterAt(text, i + 1, true)) return undefined
    for (let k = i + 1; k < text.length; k++) {
      const c = text[k]!
      if (c === "'" && k > i + 1 && closesBefore(text, k) && !letterAt(text, k + 1)) return k + 1
      if (c === '\n' || (c === "'" && !letterAt(text, k + 1, true))) return undefined
    }
  }
  return undefined
}

/** After the first of `closers` past `i`, or undefined where none follows. */
function closedBy(text: string, i: number, closers: string): number | undefined {
  for (let k = i + 1; k < text.length; k++) if (closers.includes(text[k]!)) return k + 1
  return undefined
}

const ONLY_LETTER = /\p{L}/u
/** Whether the character (code point) at `k` is a letter or digit (a letter only with `lettersOnly`). */
function letterAt(text: string, k: number, lettersOnly = false): boolean {
  const code = text.codePointAt(k)
  if (code === undefined) return false
  return (lettersOnly ? ONLY_LETTER : LETTER).test(String.fromCodePoint(code))
}

/** Whether the character (code point) ending before `k` is a letter or digit. */
function letterBefore(text: string, k: number): boolean {
  if (k === 0) return false
  const pair = k >= 2 && isLowSurrogate(text.charCodeAt(k - 1)) && isHighSurrogate(text.charCodeAt(k - 2))
  return letterAt(text, pair ? k - 2 : k - 1)
}

/** Whether what ends before `k` may end a single-quoted quotation: a letter, a digit or . , ! ? */
const closesBefore = (text: string, k: number): boolean => '.,!?'.includes(text[k - 1]!) || letterBefore(text, k)

/** `text` with its quotations taken out (what its writer says in their own words). */
export function withoutQuotations(text: string): string {
  let out = ''
  let at = 0
  for (const q of quotations(text)) {
    out += text.slice(at, q.start) + ' '
    at = q.end
  }
  return out + text.slice(at)
}

/**
 * The parts of a quotation that must each stand in the source: a quoter may leave words out
 * (… or ...) or add their own in square brackets; the rest is the source's.
 */
export function quotedParts(quotation: string): string[] {
  return quotation
    .split(/\s*(?:\[[^\]]*\]|…|\.\.\.)\s*/)
    .map((part) => part.replace(/^[\s.,;:!?'"‘’]+|[\s.,;:!?'"‘’]+$/g, ''))
    .filter((part) => part !== '')
}

/** The sentences of a short text (a stem), split after . ? ! and before a capital or quote. */
export function sentences(text: string): string[] {
  return text
    // Closing marks may stack after the full stop: `narrow."’ Who…` (a quotation inside a quotation).
    .split(/(?<=[.?!][”"’')\]]*)\s+(?=[“"‘'(A-Z0-9])/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A modal verb, and a negative: forms every key may share where no distractor does (`parallel-key-cue`). */
export const MODAL = /\b(would|could|will|may|might|can)\b/i
export const NEGATIVE_FORM = /\b(not|never|no)\b|n't\b/i

// Words that carry grammar rather than the claim: a gap of only these tests nothing about it.
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'and', 'or', 'but', 'if', 'that', 'this', 'these', 'those', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'he', 'she', 'his', 'her', 'they', 'their', 'which', 'who', 'not'])

/** Whether `word` (lower case, as `words` gives it) is a function word: "the", "of", "which". */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(word)

/** Whether `text` is function words only ("if", "of the"), which test nothing of a claim. */
export const functionWordsOnly = (text: string): boolean => words(text).length > 0 && words(text).every(isFunctionWord)
