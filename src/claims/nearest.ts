// For a quote that is not in the article: the passage it most resembles, so the message
// can say where to look ("closest: ¶7 …"). Similarity is the Dice coefficient of
// character bigrams, which tolerates a changed word or two and is cheap to compute.
import type { Article } from '../article/model.js'
import { normalize, type Normalized } from '../article/normalize.js'
import { lookAlike } from './lookalike.js'

export interface Nearest {
  paragraph: number
  text: string
  score: number
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const t = normalize(text).text.toLowerCase()
  for (let i = 0; i < t.length - 1; i++) {
    const pair = t.slice(i, i + 2)
    counts.set(pair, (counts.get(pair) ?? 0) + 1)
  }
  return counts
}

function dice(a: Map<string, number>, b: Map<string, number>, sizeA: number, sizeB: number): number {
  let shared = 0
  for (const [pair, n] of a) shared += Math.min(n, b.get(pair) ?? 0)
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB)
}

const size = (m: Map<string, number>): number => {
  let n = 0
  for (const v of m.values()) n += v
  return n
}

/** The sentence (or run of two sentences) of `article` most like `quote`. */
export function nearestPassage(article: Article, quote: string): Nearest | undefined {
  const target = bigrams(quote)
  const targetSize = size(target)
  let best: Nearest | undefined
  for (const paragraph of article.paragraphs) {
    const { sentences, text } = paragraph
    for (let i = 0; i < sentences.length; i++) {
      for (let span = 1; span <= 2 && i + span <= sentences.length; span++) {
        const passage = text.slice(sentences[i]!.start, sentences[i + span - 1]!.end)
        const grams = bigrams(passage)
        const score = dice(target, grams, targetSize, size(grams))
        if (!best || score > best.score) best = { paragraph: paragraph.n, text: passage, score }
      }
    }
  }
  return best
}

/**
 * The run of words of `article` most like `quote`, as long as it (in words): for a
 * quotation of part of a sentence, where a whole sentence would resemble it less.
 */
export function nearestWords(article: Article, quote: string): Nearest | undefined {
  const target = bigrams(quote)
  const targetSize = size(target)
  const n = Math.max(1, quote.trim().split(/\s+/).length)
  let best: Nearest | undefined
  for (const paragraph of article.paragraphs) {
    // Word starts and ends in the paragraph's own text, so the passage is shown as written.
    const spans = [...paragraph.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    for (let i = 0; i + Math.min(n, spans.length) <= spans.length; i++) {
      const passage = paragraph.text.slice(spans[i]!.start, spans[Math.min(i + n, spans.length) - 1]!.end)
      const grams = bigrams(passage)
      const score = dice(target, grams, targetSize, size(grams))
      if (!best || score > best.score) best = { paragraph: paragraph.n, text: passage, score }
    }
  }
  return best
}

/**
 * Where a quote first parts from the closest passage (which has as many words): a few words
 * of each around the place, as each is written ("… 29 to 21. It`s …" against "… 29 to 21.
 * It’s …"), so the one different character is named even in the first words. `caseOnly`
 * when capital and small letters are all that differ ("a test that…" for "A test that…").
 * Undefined when they do not part (the quote is the passage's start) or part at once with no
 * letter in common (nothing in common).
 */
export function partingPlace(quote: string, passage: string): { quote: string; passage: string; caseOnly: boolean; alike: string } | undefined {
  const q = normalize(quote)
  const p = normalize(passage)
  // Lower case for finding where the quote stands, where that keeps every offset.
  const lower = (text: string): string => {
    const low = text.toLowerCase()
    return low.length === text.length ? low : text
  }
  const [ql, pl] = [lower(q.text), lower(p.text)]
  // Where the quote's start stands in the passage (the passage may start a word or two
  // earlier): its first letters, as many as agree, as written or else but for their case (a
  // capital the quote lacks found "a test" further on, in "…is a test nobody runs", and named
  // words that do not differ); else the passage's start.
  const lead = [20, 12, 6].flatMap((k) => [p.text.indexOf(q.text.slice(0, k)), pl.indexOf(ql.slice(0, k))]).find((i) => i >= 0) ?? 0
  let at = 0
  while (at < q.text.length && lead + at < p.text.length && q.text[at] === p.text[lead + at]) at++
  if (at === q.text.length) return undefined
  const caseDiffers = ql[at] === pl[lead + at]
  if (at < 3 && !caseDiffers) return undefined
  const caseOnly = pl.slice(lead, lead + ql.length) === ql
  // From the start of a word some way before the place to the end of a word after it, in
  // the text as written (curly quotes stay curly).
  let space = q.text.lastIndexOf(' ', Math.max(0, at - 1))
  // Where they part at a word's start (a word added or cut), from the word before, which both
  // have: a doubled word the publisher fixed showed as \`…reason he has…\` where the quote has
  // \`…the reason he…\`, as if the article lacked "the"; now \`…the reason he…\` and \`…the the reason…\`.
  if (space === at - 1 && space > 0 && !caseDiffers) space = q.text.lastIndexOf(' ', space - 1)
  const from = space >= 0 && at - space <= 25 ? space + 1 : Math.max(0, at - 20)
  const excerpt = (n: Normalized, original: string, shift: number): string => {
    const end = n.text.indexOf(' ', shift + at + 12)
    const last = end < 0 ? n.text.length : end
    const text = original.slice(n.map[shift + from]!, n.map[last - 1]! + 1)
    return `${shift + from > 0 ? '…' : ''}${text}${last < n.text.length ? '…' : ''}`
  }
  const [shown, found] = [excerpt(q, quote, 0), excerpt(p, passage, lead)]
  // The slip the teacher marked [sic] is where they part: the publisher fixed it ("Ukaine" →
  // "Ukraine"), and the mark now marks nothing.
  const marked = /([\p{L}\p{M}\p{N}'’-]+)\W*\[sic!?\]/iu.exec(shown)?.[1]
  const sic = marked && !found.includes(marked) ? ` (the article no longer has the slip \`${marked}\` the quote marks [sic]: quote its words as they stand now, without the mark)` : ''
  return { quote: shown, passage: found, caseOnly, alike: lookAlike(q.text[at], p.text[lead + at]) || sic }
}
