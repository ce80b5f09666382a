// What an item quotes that the article does not hold: the lint's `quote-not-in-source`
// (rules/quotes.ts), and assemble.ts when a changed article breaks a claim and the lint
// cannot run. Apart from the rules, so that the core can call it.
import type { Article } from '../article/model.js'
import { nearestWords, partingPlace } from '../claims/nearest.js'
import { code } from '../messages.js'
import type { QuizItem } from '../questions/model.js'
import { graderTextsOf, textsOf, thePart } from './items.js'
import { plain, quotations, quotedParts, words } from './text.js'

/** The article's texts a quotation may come from: title, standfirst, subheads, paragraphs. */
function blocks(article: Article): string[] {
  const { meta, sections, paragraphs } = article
  return [meta.title, meta.standfirst ?? '', ...sections.map((s) => s.heading ?? ''), ...paragraphs.map((p) => p.text)].map(plain)
}

/** The quotations of a text that have 3 words or more, with their parts. */
export const quoted = (text: string) =>
  quotations(text)
    .filter((q) => words(q.text).length >= 3)
    .map((q) => ({ ...q, parts: quotedParts(q.text).map(plain) }))

/** A quotation of an item that the article does not hold, where it is written. */
export interface Misquotation {
  item: QuizItem
  owner: object
  key: string | number
  what: string
  quote: string
}

/**
 * The quotations of `items` (3 words or more) that are not the article's words; `notes` are
 * the claims' context notes, whose quoted words come from the sources they name. A model
 * answer's and a rubric's quotations too: the answer key prints them, and a grader marks
 * against them.
 */
export function misquotations(article: Article, items: readonly QuizItem[], notes: readonly string[]): Misquotation[] {
  const texts = blocks(article)
  const outside = notes.map(plain)
  const found = (part: string): boolean => texts.some((b) => b.includes(part)) || outside.some((n) => n.includes(part))
  return items.flatMap((item) =>
    [...textsOf(item), ...graderTextsOf(item)].flatMap(({ text, owner, key, what }) =>
      quoted(text)
        .filter((q) => !q.parts.every(found))
        .map((q) => ({ item, owner, key, what, quote: q.text }))
    )
  )
}

/** The message for a misquotation, with the passage of the article it most resembles (a changed word shows there). */
export function misquotationReason(m: Misquotation, article: Article): string {
  const near = nearestWords(article, m.quote)
  // Where the two part, as a claim's quote-not-found says it: cut at 60 characters, a quotation
  // and its closest passage looked alike when the changed word came later.
  const parting = near && near.score >= 0.6 ? partingPlace(m.quote, near.text) : undefined
  const hint = near && near.score >= 0.6 ? `; closest: ¶${near.paragraph} ${code(near.text, 90)}${parting ? `, which has ${code(parting.passage)} where the quotation has ${code(parting.quote)}` : ''}` : ''
  return `Unexpected quotation ${code(m.quote)} in ${thePart(m.what)} of \`${m.item.id}\` that the article does not contain, expected the article's words exactly (… for words left out, [ ] for words added)${hint}`
}

