// What an item quotes that the article does not hold: the lint's `quote-not-in-source`
// (rules/quotes.ts), and assemble.ts when a changed article breaks a claim and the lint
// cannot run. Apart from the rules, so that the core can call it.
import type { Article } from '../article/model.js'
import type { CutFrom } from '../claims/anchor.js'
import { nearestWords, partingPlace } from '../claims/nearest.js'
import { andList, code } from '../messages.js'
import type { DiscussionQuestion, QuizItem } from '../questions/model.js'
import { graderTextsOf, textsOf, thePart } from './items.js'
import { plain, quotations, quotedParts, words } from './text.js'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { normalize } from '../article/normalize.js'

/** A text a quotation may come from, and how a message names it ("¶4", "the title"). */
interface Block {
  text: string
  name: string
}

/**
 * The article's texts a quotation may come from: title, standfirst, subheads, paragraphs;
 * then the claims' context `notes`, whose quoted words come from the sources they name.
 */
function blocks(article: Article, notes: readonly string[]): Block[] {
  const { meta, sections, paragraphs } = article
  return [
    { text: meta.title, name: 'the title' },
    { text: meta.standfirst ?? '', name: 'the standfirst' },
    ...sections.map((s) => ({ text: s.heading ?? '', name: `the subhead ${code(s.heading ?? '')}` })),
    ...paragraphs.map((p) => ({ text: p.text, name: `¶${p.n}` })),
    ...notes.map((n) => ({ text: n, name: 'a context note' }))
  ].map((b) => ({ ...b, text: plain(b.text) }))
}

/**
 * Whether `parts` stand in `text` in this order, none overlapping the one before: a quoter
 * leaves words out of one passage (…), and the parts of two passages, or of one in another
 * order, put words in the source's mouth that it never said together.
 */
function inOrder(parts: readonly string[], text: string): boolean {
  let from = 0
  for (const part of parts) {
    // The first place each part stands after the last is as good as any later one.
    const at = text.indexOf(part, from)
    if (at < 0) return false
    from = at + part.length
  }
  return true
}

/** The quotations of a text that have 3 words or more, with their parts. */
export const quoted = (text: string) =>
  quotations(text)
    .filter((q) => words(q.text).length >= 3)
    .map((q) => ({ ...q, parts: quotedParts(q.text).map(plain) }))

/** A quotation of an item or a discussion question that the article does not hold, where it is written. */
export interface Misquotation {
  item: QuizItem | DiscussionQuestion
  owner: object
  key: string | number
  what: string
  quote: string
  /**
   * Where each part of an elided quotation stands, when every part is the article's but no
   * paragraph holds them in the quotation's order: joined from several places, or reordered.
   */
  spliced?: Array<{ part: string; from: string }>
}

/**
 * The quotations of `items` (3 words or more) that are not the article's words; `notes` are
 * the claims' context notes, whose quoted words come from the sources they name. A model
 * answer's and a rubric's quotations too: the answer key prints them, and a grader marks
 * against them. The parts of a quotation with words left out must stand in one text, in order.
 * A discussion question's too: its prompt and follow-ups print on the students' sheet, its
 * notes and misreadings in the facilitator's edition, and a revised article left them quoting
 * its old words (a retitled article, its old title) while every quiz item was checked.
 */
export function misquotations(article: Article, items: ReadonlyArray<QuizItem | DiscussionQuestion>, notes: readonly string[]): Misquotation[] {
  const texts = blocks(article, notes)
  // A quotation inside a quotation turns its marks from double to single („… ‚…‘ …“, “… ‘…’
  // …”): the same words, as a reader takes them. Compared with both kinds as one.
  const folded = texts.map((b) => foldQuotes(b.text))
  const holds = (parts: readonly string[]): boolean => texts.some((b) => inOrder(parts, b.text)) || folded.some((text) => inOrder(parts.map(foldQuotes), text))
  return items.flatMap((item) =>
    ('stem' in item ? [...textsOf(item), ...graderTextsOf(item)] : discussionTexts(item)).flatMap(({ text, owner, key, what }) =>
      quoted(text)
        .filter((q) => !holds(q.parts))
        .map((q) => ({ item, owner, key, what, quote: q.text, spliced: splicedFrom(q.text, q.parts, texts) }))
    )
  )
}

/** A discussion question's texts, with where each is and how a message names it ("follow-up 2"). */
function discussionTexts(q: DiscussionQuestion): Array<{ text: string; owner: object; key: string | number; what: string }> {
  return [
    { text: q.prompt, owner: q, key: 'prompt', what: 'prompt' },
    ...q.follow_ups.map((text, i) => ({ text, owner: q.follow_ups, key: i, what: `follow-up ${i + 1}` })),
    { text: q.facilitator_notes, owner: q, key: 'facilitator_notes', what: 'facilitator notes' },
    ...q.misreadings.map((text, i) => ({ text, owner: q.misreadings, key: i, what: `misreading ${i + 1}` }))
  ]
}

/** Plain text with single quotes (and apostrophes) as double ones. */
const foldQuotes = (text: string): string => text.replaceAll("'", '"')

/** Where each of `parts` (of `quote`, as `quoted` reads them) stands, when each stands somewhere; else undefined. */
function splicedFrom(quote: string, parts: readonly string[], texts: readonly Block[]): Misquotation['spliced'] {
  const from = parts.map((part) => texts.find((b) => b.text.includes(part))?.name)
  if (from.some((name) => name === undefined)) return undefined
  // The parts as written, for the message (`quoted` gives them in lower case).
  const written = quotedParts(quote)
  return parts.map((_, i) => ({ part: written[i]!, from: from[i]! }))
}

/**
 * The message for a misquotation, with the passage of the article it most resembles (a changed
 * word shows there); or, given `cutFrom`, the paragraph of paragraphs.lock it stood in, when the
 * article no longer has that paragraph (a passage close to it elsewhere is then no lead).
 */
export function misquotationReason(m: Misquotation, article: Article, cutFrom?: CutFrom): string {
  if (m.spliced) return splicedReason(m, m.spliced)
  const near = nearestWords(article, m.quote)
  const cut = cutFrom?.(m.quote, near?.paragraph)
  if (cut !== undefined) return `Unexpected quotation ${code(m.quote)} in ${thePart(m.what)} of \`${m.item.id}\` that the article does not contain, expected the article's words exactly (… for words left out, [ ] for words added): it stood in ¶${cut} of paragraphs.lock, a paragraph the article no longer has (deleted)`
  // Where the two part, as a claim's quote-not-found says it: cut at 60 characters, a quotation
  // and its closest passage looked alike when the changed word came later.
  const parting = near && near.score >= 0.6 ? partingPlace(m.quote, near.text) : undefined
  const hint = near && near.score >= 0.6 ? `; closest: ¶${near.paragraph} ${code(near.text, 90)}${parting ? `, which has ${code(parting.passage)} where the quotation has ${code(parting.quote)}${parting.alike.replace('the quote has', 'the quotation has')}` : ''}` : ''
  return `Unexpected quotation ${code(m.quote)} in ${thePart(m.what)} of \`${m.item.id}\` that the article does not contain, expected the article's words exactly (… for words left out, [ ] for words added)${hint}`
}

/** The message for a quotation whose parts are the article's words, but not together or not in this order. */
function splicedReason(m: Misquotation, parts: NonNullable<Misquotation['spliced']>): string {
  const places = new Set(parts.map((p) => p.from))
  const joins = places.size === 1 ? `puts words of ${parts[0]!.from} in another order (${andList(parts.map((p) => code(p.part)))})` : `joins words from different places (${andList(parts.map((p) => `${code(p.part)} from ${p.from}`))})`
  return `Unexpected quotation ${code(m.quote)} in ${thePart(m.what)} of \`${m.item.id}\` that ${joins}, expected the parts around … in the article's order within one paragraph: quote each passage on its own`
}

/** Each warning of quoted words the article does not have before a ¶ (references/check.ts), with the field it is about and the words. */
const unfound = new WeakMap<VFileMessage, { owner: object; key: string | number; words: string }>()

/**
 * Leave out of `file` the warnings that the words `quote`, in the field `key` of `owner`,
 * are not in the article before a ¶: the misquotation error said at that field
 * (`quote-not-in-source`) is their root cause, and one message says it.
 */
export function supersedeUnfoundWords(file: VFile, owner: object, key: string | number, quote: string): void {
  const words = normalize(quote).text.toLowerCase()
  const said = (m: VFileMessage): boolean => {
    const found = unfound.get(m)
    return found !== undefined && found.owner === owner && found.key === key && found.words === words
  }
  if (file.messages.some(said)) file.messages = file.messages.filter((m) => !said(m))
}

/** Record that `message` warns of `words` (normalized, lower case), quoted in the field `key` of `owner`, as not in the article. */
export function noteUnfoundWords(message: VFileMessage, owner: object, key: string | number, words: string): void {
  unfound.set(message, { owner, key, words })
}
