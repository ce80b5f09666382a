// For a quote that is not in the article: the passage it most resembles, so the message
// can say where to look ("closest: ¶7 …"). Similarity is the Dice coefficient of
// character bigrams, which tolerates a changed word or two and is cheap to compute.
import type { Article } from '../article/model.js'
import { normalize } from '../article/normalize.js'

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
 * Where a quote first parts from the passage it follows word for word up to there, when
 * that is past what a message shows of it: a few words of each around the place ("… 29 to
 * 21. It`s …" against "… 29 to 21. It's …"). Undefined when the passage does not start as
 * the quote does, or they part early enough to be seen.
 */
export function partingPlace(quote: string, passage: string, shown = 50): { quote: string; passage: string } | undefined {
  const q = normalize(quote).text
  const p = normalize(passage).text
  const start = p.indexOf(q.slice(0, 20))
  if (q.length < 20 || start < 0) return undefined
  let at = 0
  while (at < q.length && start + at < p.length && q[at] === p[start + at]) at++
  if (at < shown || at === q.length) return undefined
  // From the start of a word some way before the place to the end of a word after it.
  const space = q.indexOf(' ', Math.max(0, at - 25))
  const from = space >= 0 && space < at ? space + 1 : Math.max(0, at - 20)
  const until = (text: string, offset: number): string => {
    const end = text.indexOf(' ', offset + 12)
    return text.slice(offset + from - at, end < 0 ? text.length : end)
  }
  return { quote: `…${until(q, at)}…`, passage: `…${until(p, start + at)}…` }
}
