// Quotations: what an item puts in quotation marks must be the article's words, at the place
// the item says, in the paragraph its feedback cites.
import { code } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import { textsOf, thePart } from '../items.js'
import { misquotationReason, misquotations, quoted } from '../quotations.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { plain, quotations, type Quotation } from '../text.js'

export const quoteNotInSource = rule('quote-not-in-source', 'error', 'A quotation of 3 words or more (in “…”, "…", ‘…’, \'…\', „…“ or «…») is not in the article', (context) => {
  const { article } = context.module
  const { quiz, discussion } = context.module.questions
  return misquotations(article, [...quiz, ...discussion], context.module.claims.flatMap((c) => c.context.map((n) => n.note))).map(
    (m): Finding => ({ rule: 'quote-not-in-source', file: 'questions', place: placeOf(m.owner, m.key), item: m.item.id, reason: misquotationReason(m, article), quoted: { owner: m.owner, key: m.key, quote: m.quote } })
  )
})

/** What a stem says about where a quotation stands. */
interface Position {
  end: 'first' | 'last'
  unit: 'article' | 'paragraph' | 'sentence'
  verb: 'begins' | 'ends' | 'contains'
}

const ARTICLE = /\b(?:article|text|piece|author)\s+(opens|begins|starts|ends|closes|concludes)\b/gi
const PART = /\b(first|opening|final|last|closing)\s+(paragraph|sentence)\b(?:\s+(?:of the article\s+)?(begins|opens|starts|ends|closes|says|reads|states))?/gi
/** How far after the words of place its quotation may open: "opens with the words “…”". */
const NEAR = 40

/** Where `stem` says a quotation stands, and the quotation: one in any quotation marks, opening soon after those words and in the same sentence. */
function positionOf(stem: string): { position: Position; quote: Quotation } | undefined {
  const quotes = quotations(stem)
  const following = (end: number): Quotation | undefined =>
    quotes.find((q) => q.start >= end && q.start - end <= NEAR && !/[.?!]\s/.test(stem.slice(end, q.start + 1)))
  for (const a of stem.matchAll(ARTICLE)) {
    const quote = following(a.index + a[0].length)
    if (!quote) continue
    const verb = /^(opens|begins|starts)$/i.test(a[1]!) ? 'begins' : 'ends'
    return { position: { end: verb === 'begins' ? 'first' : 'last', unit: 'article', verb }, quote }
  }
  for (const p of stem.matchAll(PART)) {
    const quote = following(p.index + p[0].length)
    if (!quote) continue
    const end = /^(first|opening)$/i.test(p[1]!) ? 'first' : 'last'
    const verb = !p[3] ? 'contains' : /^(begins|opens|starts)$/i.test(p[3]) ? 'begins' : /^(ends|closes)$/i.test(p[3]) ? 'ends' : 'contains'
    return { position: { end, unit: p[2]!.toLowerCase() as 'paragraph' | 'sentence', verb }, quote }
  }
  return undefined
}

const trim = (text: string): string => text.replace(/^[\s"'“”‘’.,;:!?…]+|[\s"'“”‘’.,;:!?…]+$/g, '')

/** The paragraph and the text (the paragraph's, or its first or last sentence's) that `position` points at. */
function textAt(context: LintContext, position: Position): { n: number; text: string } | undefined {
  const paragraphs = context.module.article.paragraphs
  const paragraph = position.end === 'first' ? paragraphs[0] : paragraphs.at(-1)
  if (!paragraph) return undefined
  let text = paragraph.text
  if (position.unit === 'sentence') text = (position.end === 'first' ? paragraph.sentences[0]?.text : paragraph.sentences.at(-1)?.text) ?? text
  return { n: paragraph.n, text }
}

/** Whether `quote` stands where `position` says in the article. */
function standsAt(context: LintContext, position: Position, quote: string): boolean {
  const at = textAt(context, position)
  if (!at) return false
  const [hay, needle] = [trim(plain(at.text)), trim(plain(quote))]
  const verb = position.verb
  return verb === 'begins' ? hay.startsWith(needle) : verb === 'ends' ? hay.endsWith(needle) : hay.includes(needle)
}

/**
 * What stands where the stem points now, and where its quotation stands, if anywhere: a
 * correction appended to a revised article became its final paragraph, and "expected a
 * quotation that stands there" did not say what does.
 */
function standsInstead(context: LintContext, position: Position, quote: string): string {
  const at = textAt(context, position)
  if (!at) return ''
  const words = at.text.split(/\s+/).filter(Boolean)
  const shown = position.verb === 'ends' ? `…${words.slice(-8).join(' ')}` : position.verb === 'begins' ? `${words.slice(0, 8).join(' ')}…` : undefined
  const what = position.unit === 'sentence' ? `that sentence (¶${at.n})` : `¶${at.n}`
  const now = shown === undefined ? '' : `; ${what} ${position.verb === 'ends' ? 'ends' : 'begins'} ${code(words.length > 8 ? shown : at.text)}`
  const needle = trim(plain(quote))
  const found = needle ? context.module.article.paragraphs.find((p) => plain(p.text).includes(needle)) : undefined
  return `${now}${found && found.n !== at.n ? `, and the quotation stands in ¶${found.n}` : ''}`
}

const describe = (p: Position): string =>
  p.unit === 'article' ? (p.verb === 'begins' ? 'the article opens with' : 'the article ends with') : `the ${p.end === 'first' ? 'first' : 'final'} ${p.unit} ${p.verb === 'contains' ? 'holds' : p.verb === 'begins' ? 'begins with' : 'ends with'}`

export const positionalClaim = rule('positional-claim', 'error', 'A stem says where in the article a quotation stands, and it stands elsewhere', (context) =>
  context.module.questions.quiz.flatMap((item): Finding[] => {
    const found = positionOf(item.stem)
    if (!found) return []
    const { quote } = found
    if (standsAt(context, found.position, quote.text)) return []
    return [{ rule: 'positional-claim', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected claim in the stem of \`${item.id}\` that ${describe(found.position)} ${code(quote.text)}, expected a quotation that stands there (or a stem that says where it does stand)${standsInstead(context, found.position, quote.text)}` }]
  })
)

export const feedbackCite = rule('feedback-cite', 'warning', 'Feedback quotes the article from another ¶ than the one it cites', (context) => {
  const paragraphs = context.module.article.paragraphs.map((p) => plain(p.text))
  return context.module.questions.quiz.flatMap((item) =>
    textsOf(item)
      .filter((t) => t.feedback)
      .flatMap(({ text, owner, key, what, claim }): Finding[] => {
        const cited = context.claims.get(claim)?.anchor.paragraph
        if (cited === undefined) return []
        return quoted(text).flatMap((q): Finding[] => {
          const inCited = q.parts.every((part) => paragraphs[cited - 1]!.includes(part))
          const elsewhere = paragraphs.findIndex((p) => q.parts.every((part) => p.includes(part)))
          if (inCited || elsewhere < 0) return []
          return [{ rule: 'feedback-cite', file: 'questions', place: placeOf(owner, key), item: item.id, reason: `Unexpected quotation ${code(q.text)} from ¶${elsewhere + 1} in ${thePart(what)} of \`${item.id}\`, which cites ¶${cited} (claim \`${claim}\`), expected the option's \`claim:\` to be one anchored in ¶${elsewhere + 1}` }]
        })
      })
  )
})

