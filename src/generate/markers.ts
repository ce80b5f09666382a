// Markers: a cloze of a claim's own words, its hedges and boosters left blank (and, beside
// them, a key term the glossary defines), to be filled from a word bank in which each
// marker's contrast stands as a distractor: the word that puts the claim with the opposite
// confidence in the same place ("may" against "will", contrast.ts). It asks what a close
// reader notices: how confidently the article puts the claim. The passage is the claim's quote, so the item
// is anchored and drift-checked with it.
import { normalize } from '../article/normalize.js'
import type { AnchoredClaim } from '../claims/model.js'
import { printedQuote } from '../claims/anchor.js'
import { cloze, passageEdges, setPassage, type ClozeItem } from '../types/cloze.js'
import { functionWordsOnly, plain } from '../lint/text.js'
import { pick } from './common.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { contrastOf } from './contrast.js'
import { generatedId } from './names.js'

/** Longest passage used, in words: a longer quote makes a cloze to read rather than to fill. */
const LONGEST = 45

type Gap = { start: number; end: number; text: string; role: 'hedge' | 'booster' | 'term' }

export const markers: Generator = {
  name: 'markers',
  asks: 'which words of a claim hedge or boost it (a cloze of its quote, from a word bank)',
  items(input, next) {
    return input.claims.flatMap((claim) => {
      const item = markersItem(input, claim, next(generatedId('markers', claim.id)))
      return item ? [item] : []
    })
  }
}

/** Where `word` first stands in `text` as whole words, case and quote style aside; or undefined. */
function find(text: Normalized, word: string): { start: number; end: number } | undefined {
  const { norm, hay } = text
  const needle = plain(word)
  for (let i = hay.indexOf(needle); needle !== '' && i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (LETTER.test(hay[i - 1] ?? '') || LETTER.test(hay[i + needle.length] ?? '')) continue
    return { start: norm.map[i]!, end: norm.map[i + needle.length - 1]! + 1 }
  }
  return undefined
}
const LETTER = /[\p{L}\p{N}]/u

/** A text normalized, and in lower case, to `find` words in. */
type Normalized = { norm: ReturnType<typeof normalize>; hay: string }

/** The claim's markers (and one glossary term) found in its quote, in reading order, not overlapping. */
function gapsOf(input: GenerateInput, claim: AnchoredClaim): Gap[] {
  const text = claim.anchor.text
  // Normalized once for every marker and glossary term looked for in it.
  const norm = normalize(text)
  const normalized: Normalized = { norm, hay: norm.text.toLowerCase() }
  const found: Gap[] = []
  const add = (word: string, role: Gap['role']): void => {
    // A marker such as "if" is grammar more than confidence: a gap of it would test nothing.
    if (functionWordsOnly(word)) return
    // A word the quote holds twice would be blanked once and printed once, for students to
    // copy ("a third term … serving a third term"): the lint's cloze-answer-in-passage.
    if (standsTwice(normalized, word)) return
    const at = find(normalized, word)
    if (at && !found.some((g) => at.start < g.end && g.start < at.end)) found.push({ ...at, text: text.slice(at.start, at.end), role })
  }
  for (const h of claim.hedges) add(h, 'hedge')
  for (const b of claim.boosters) add(b, 'booster')
  if (found.length === 0) return []
  for (const g of input.glossary ?? []) {
    if (found.some((f) => f.role === 'term')) break
    add(g.term, 'term')
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether `word` stands in `text` more than once as whole words, case and quote style aside. */
function standsTwice(text: Normalized, word: string): boolean {
  const { hay } = text
  const needle = plain(word)
  let seen = 0
  for (let i = hay.indexOf(needle); needle !== '' && i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!LETTER.test(hay[i - 1] ?? '') && !LETTER.test(hay[i + needle.length] ?? '') && ++seen > 1) return true
  }
  return false
}

const lower = (word: string): string => normalize(word).text.toLowerCase()
const same = (a: string, b: string): boolean => lower(a) === lower(b)

/** `word` with a capital first letter where `like` has one (a gap that opens a sentence). */
const matchCase = (word: string, like: string): string => (/^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word)

function markersItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem | undefined {
  if (claim.anchor.text.split(/\s+/).length > LONGEST) return undefined
  const text = claim.anchor.text
  // Each marker's contrast: the word of opposite confidence that fits its place. A marker
  // without one leaves the item out (any other hedge in the bank would fit its blank too). A
  // marker of the kind of one blanked before it ("may" after "could": the same contrast) stays
  // printed: the two answers would fit each other's blanks.
  const contrasts = new Map<Gap, string>()
  const gaps: Gap[] = []
  for (const gap of gapsOf(input, claim)) {
    if (gap.role === 'term') {
      gaps.push(gap)
      continue
    }
    const contrast = contrastOf(gap.text, text.slice(gap.end), text.slice(0, gap.start))
    if (contrast === undefined) return undefined
    if ([...contrasts.values()].some((c) => same(c, contrast))) continue
    contrasts.set(gap, matchCase(contrast, gap.text))
    gaps.push(gap)
  }
  if (gaps.length === 0) return undefined
  const taken = new Set(gaps.map((g) => lower(g.text)))
  const fresh = (words: readonly string[]): string[] => [...new Set(words)].filter((w) => !taken.has(lower(w)) && !functionWordsOnly(w))
  const terms = fresh((input.glossary ?? []).map((g) => g.term))
  const distractors: string[] = []
  for (const gap of gaps) {
    const [word] = gap.role === 'term' ? pick([terms], 1, next) : fresh([contrasts.get(gap)!])
    if (word !== undefined && !distractors.some((d) => same(d, word))) distractors.push(word)
  }
  if (distractors.length === 0) return undefined
  const id = generatedId('markers', claim.id)
  const reason = (g: Gap): string =>
    g.role === 'hedge'
      ? `“${g.text}” hedges the claim: the article puts it tentatively.`
      : g.role === 'booster'
        ? `“${g.text}” boosts the claim: the article puts it with confidence.`
        : `“${g.text}” is a key term of the article; the glossary defines it.`
  const item: ClozeItem & { generated: 'markers' } = {
    id,
    generated: 'markers',
    type: cloze.name,
    stem: `Complete the claim of ¶${claim.anchor.paragraph} with words from the word bank: which words mark how confidently the article puts it?`,
    claims: [claim.id],
    difficulty: 'medium',
    bloom: 'understand',
    points: gaps.length,
    tags: ['hedging'],
    excludes: [],
    gaps: gaps.map((g) => ({ text: g.text, feedback: reason(g), accept: [] })),
    distractors,
    bank: true
  }
  // Derived from the article, as `check` derives an authored cloze's.
  // With the teacher's [sic], as every stem quotes the claim.
  const printed = printedQuote(claim.anchor)
  // Begun and ended as the article's sentence is, as an authored cloze is: without `closing` a
  // passage that is a whole sentence printed "… were worn…", as if the sentence went on.
  setPassage(item, { paragraph: claim.anchor.paragraph, text: printed.text, gaps: gaps.map(({ start, end, text }) => ({ ...printed.at(start, end), text })), ...passageEdges(claim.anchor, input.article.paragraphs) })
  return item
}
