// Quotations: what an item puts in quotation marks must be the article's words, at the place
// the item says, in the paragraph its feedback cites.
import type { Article } from '../../article/model.js'
import { nearestWords } from '../../claims/nearest.js'
import { code } from '../../messages.js'
import type { QuizItem } from '../../questions/model.js'
import { placeOf } from '../../yaml/decode.js'
import { textsOf } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { plain, quotations, quotedParts, words } from '../text.js'

/** The article's texts a quotation may come from: title, standfirst, subheads, paragraphs. */
function blocks(article: Article): string[] {
  const { meta, sections, paragraphs } = article
  return [meta.title, meta.standfirst ?? '', ...sections.map((s) => s.heading ?? ''), ...paragraphs.map((p) => p.text)].map(plain)
}

/** The quotations of a text that have 3 words or more, with their parts. */
const quoted = (text: string) =>
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
 * the claims' context notes, whose quoted words come from the sources they name.
 */
export function misquotations(article: Article, items: readonly QuizItem[], notes: readonly string[]): Misquotation[] {
  const texts = blocks(article)
  const outside = notes.map(plain)
  const found = (part: string): boolean => texts.some((b) => b.includes(part)) || outside.some((n) => n.includes(part))
  return items.flatMap((item) =>
    textsOf(item).flatMap(({ text, owner, key, what }) =>
      quoted(text)
        .filter((q) => !q.parts.every(found))
        .map((q) => ({ item, owner, key, what, quote: q.text }))
    )
  )
}

/** The message for a misquotation, with the passage of the article it most resembles (a changed word shows there). */
export function misquotationReason(m: Misquotation, article: Article): string {
  const near = nearestWords(article, m.quote)
  const hint = near && near.score >= 0.6 ? `; closest: ¶${near.paragraph} ${code(near.text, 90)}` : ''
  return `Unexpected quotation ${code(m.quote)} in the ${m.what} of \`${m.item.id}\` that the article does not contain, expected the article's words exactly (… for words left out, [ ] for words added)${hint}`
}

export const quoteNotInSource = rule('quote-not-in-source', 'error', 'A quotation of 3 words or more is not in the article', (context) => {
  const { article } = context.module
  return misquotations(article, context.module.questions.quiz, context.module.claims.flatMap((c) => c.context.map((n) => n.note))).map(
    (m): Finding => ({ rule: 'quote-not-in-source', file: 'questions', place: placeOf(m.owner, m.key), item: m.item.id, reason: misquotationReason(m, article) })
  )
})

/** What a stem says about where a quotation stands. */
interface Position {
  end: 'first' | 'last'
  unit: 'article' | 'paragraph' | 'sentence'
  verb: 'begins' | 'ends' | 'contains'
}

const ARTICLE = /\b(?:article|text|piece|author)\s+(opens|begins|starts|ends|closes|concludes)\b[^“"]{0,40}?[“"]/i
const PART = /\b(first|opening|final|last|closing)\s+(paragraph|sentence)\b(?:\s+(?:of the article\s+)?(begins|opens|starts|ends|closes|says|reads|states))?[^“"]{0,40}?[“"]/i

function positionOf(stem: string): { position: Position; at: number } | undefined {
  const a = ARTICLE.exec(stem)
  if (a) {
    const verb = /^(opens|begins|starts)$/i.test(a[1]!) ? 'begins' : 'ends'
    return { position: { end: verb === 'begins' ? 'first' : 'last', unit: 'article', verb }, at: a.index + a[0].length - 1 }
  }
  const p = PART.exec(stem)
  if (p) {
    const end = /^(first|opening)$/i.test(p[1]!) ? 'first' : 'last'
    const verb = !p[3] ? 'contains' : /^(begins|opens|starts)$/i.test(p[3]) ? 'begins' : /^(ends|closes)$/i.test(p[3]) ? 'ends' : 'contains'
    return { position: { end, unit: p[2]!.toLowerCase() as 'paragraph' | 'sentence', verb }, at: p.index + p[0].length - 1 }
  }
  return undefined
}

const trim = (text: string): string => text.replace(/^[\s"'“”‘’.,;:!?…]+|[\s"'“”‘’.,;:!?…]+$/g, '')

/** Whether `quote` stands where `position` says in the article. */
function standsAt(context: LintContext, position: Position, quote: string): boolean {
  const paragraphs = context.module.article.paragraphs
  const paragraph = position.end === 'first' ? paragraphs[0] : paragraphs.at(-1)
  if (!paragraph) return false
  let text = paragraph.text
  if (position.unit === 'sentence') text = (position.end === 'first' ? paragraph.sentences[0]?.text : paragraph.sentences.at(-1)?.text) ?? text
  const [hay, needle] = [trim(plain(text)), trim(plain(quote))]
  const verb = position.verb
  return verb === 'begins' ? hay.startsWith(needle) : verb === 'ends' ? hay.endsWith(needle) : hay.includes(needle)
}

const describe = (p: Position): string =>
  p.unit === 'article' ? (p.verb === 'begins' ? 'the article opens with' : 'the article ends with') : `the ${p.end === 'first' ? 'first' : 'final'} ${p.unit} ${p.verb === 'contains' ? 'holds' : p.verb === 'begins' ? 'begins with' : 'ends with'}`

export const positionalClaim = rule('positional-claim', 'error', 'A stem says where in the article a quotation stands, and it stands elsewhere', (context) =>
  context.module.questions.quiz.flatMap((item): Finding[] => {
    const found = positionOf(item.stem)
    if (!found) return []
    const quote = quotations(item.stem).find((q) => q.start >= found.at)
    if (!quote || standsAt(context, found.position, quote.text)) return []
    return [{ rule: 'positional-claim', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected claim in the stem of \`${item.id}\` that ${describe(found.position)} ${code(quote.text)}, expected a quotation that stands there (or a stem that says where it does stand)` }]
  })
)

export const feedbackCite = rule('feedback-cite', 'warning', 'Feedback quotes the article from another ¶ than the one it cites', (context) => {
  const paragraphs = context.module.article.paragraphs.map((p) => plain(p.text))
  return context.module.questions.quiz.flatMap((item) =>
    textsOf(item)
      .filter((t) => t.what.startsWith('feedback'))
      .flatMap(({ text, owner, key, what, claim }): Finding[] => {
        const cited = context.claims.get(claim)?.anchor.paragraph
        if (cited === undefined) return []
        return quoted(text).flatMap((q): Finding[] => {
          const inCited = q.parts.every((part) => paragraphs[cited - 1]!.includes(part))
          const elsewhere = paragraphs.findIndex((p) => q.parts.every((part) => p.includes(part)))
          if (inCited || elsewhere < 0) return []
          return [{ rule: 'feedback-cite', file: 'questions', place: placeOf(owner, key), item: item.id, reason: `Unexpected quotation ${code(q.text)} from ¶${elsewhere + 1} in the ${what} of \`${item.id}\`, which cites ¶${cited} (claim \`${claim}\`), expected the option's \`claim:\` to be one anchored in ¶${elsewhere + 1}` }]
        })
      })
  )
})

