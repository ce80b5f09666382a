// What the item-writing lint asks of an item's options (src/lint/rules/option-length.ts,
// options.ts), as tests a generator applies while it chooses distractors, so that no option
// gives the key away by its length or its form. The thresholds are the lint's own; a test
// lints every generated item of the demo module, so the two cannot drift apart unseen.
import { contentWords, length, MODAL, NEGATIVE_FORM, words } from '../lint/text.js'
import { ITEM_MARGIN, KEYS_MARGIN, SHORT, SPREAD } from '../lint/thresholds.js'
import { shuffle } from '../select/random.js'

/**
 * A single key that echoes the stem: two content words or more that it shares with the stem,
 * two more than any distractor shares (the lint's `key-most-stem-overlap`): matching words
 * would answer the item.
 */
export function keyEchoesStem(stem: string, key: string, distractors: readonly string[]): boolean {
  const inStem = contentWords(stem)
  const shared = (text: string): number => [...contentWords(text)].filter((w) => inStem.has(w)).length
  const k = shared(key)
  return k >= 2 && k - Math.max(0, ...distractors.map(shared)) >= 2
}

/** An option opening with an ellipsis, after its ¶ and quotation mark: words cut from its start. */
const CUT_START = /^(?:¶\d+:\s*)?[“‘"'„]?\s*(?:…|\.\.\.)/u

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)

/** Options about as long as each other: the longest at most SPREAD × the shortest (or all short). */
export function lengthsFit(texts: readonly string[]): boolean {
  const lengths = texts.map(length)
  const max = Math.max(...lengths)
  return max <= SHORT || max <= SPREAD * Math.min(...lengths)
}

/** A single key that stands out by its length: ITEM_MARGIN × the longest distractor or more. */
export function keyStandsOut(key: string, distractors: readonly string[]): boolean {
  return distractors.length > 0 && length(key) >= ITEM_MARGIN * Math.max(...distractors.map(length))
}

/**
 * Up to `count` distractors for a single `key`: the first tier (most plausible) in a seeded
 * order, then the next, each taken only if the options stay about as long as each other; and
 * the key never the longest by a margin (a distractor long enough is swapped in when needed).
 */
export function pickFitting<T>(key: string, tiers: ReadonlyArray<readonly T[]>, count: number, text: (value: T) => string, next: () => number): T[] {
  // Each option once: a value whose text is the key's or an earlier candidate's is left out.
  const candidates: T[] = []
  const texts = new Set([key])
  for (const tier of tiers) {
    for (const value of shuffle(tier, next)) {
      if (texts.has(text(value))) continue
      texts.add(text(value))
      candidates.push(value)
    }
  }
  const out: T[] = []
  for (const value of candidates) {
    if (out.length >= count) break
    if (lengthsFit([key, ...out.map(text), text(value)])) out.push(value)
  }
  if (out.length && keyStandsOut(key, out.map(text))) {
    // The most plausible distractor long enough to keep the key from standing out, in place of the last one.
    const long = candidates.find((v) => !out.includes(v) && !keyStandsOut(key, [text(v)]) && lengthsFit([key, ...out.slice(0, -1).map(text), text(v)]))
    if (long !== undefined) out[out.length - 1] = long
  }
  return out
}

/**
 * Whether a multiple-select item's options are fair: about as long as each other, keys no
 * longer than the distractors on average, cut alike (all or none opening with "…"), and the
 * keys sharing no form (a first word, a modal verb, a negative) that no distractor has.
 */
export function fairSeveral(options: ReadonlyArray<{ text: string; correct: boolean }>): boolean {
  const right = options.filter((o) => o.correct).map((o) => o.text)
  const wrong = options.filter((o) => !o.correct).map((o) => o.text)
  if (right.length === 0 || wrong.length === 0) return false
  if (!lengthsFit(options.map((o) => o.text))) return false
  if (mean(right.map(length)) > KEYS_MARGIN * mean(wrong.map(length))) return false
  // Options cut at the start ("¶10: “…prices will likely rise”") are presented alike: all or none.
  const cut = options.filter((o) => CUT_START.test(o.text)).length
  if (cut > 0 && cut < options.length) return false
  if (right.length < 2) return true
  const first = (t: string): string => words(t)[0] ?? ''
  if (new Set(right.map(first)).size === 1 && !wrong.some((t) => first(t) === first(right[0]!))) return false
  for (const form of [MODAL, NEGATIVE_FORM]) if (right.every((t) => form.test(t)) && !wrong.some((t) => form.test(t))) return false
  return true
}

/**
 * Whether a word of the stem stands in a key and in no distractor: a student who matches the
 * stem's words with the options' finds that key without reading. Any content word counts, not
 * two as in the lint's `key-most-stem-overlap`: a generator can draw again, and its stems are
 * few words of the question's own.
 */
export function keysEchoStem(stem: string, options: ReadonlyArray<{ text: string; correct: boolean }>): boolean {
  const has = (o: { text: string }, w: string): boolean => contentWords(o.text).has(w)
  return [...contentWords(stem)].some((w) => options.some((o) => o.correct && has(o, w)) && !options.some((o) => !o.correct && has(o, w)))
}
