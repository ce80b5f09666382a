// The reading copy's views: the article itself, every paragraph with the ¶ number classpack
// gives it (the same model the claims anchor to, src/article/), subheads unnumbered. The
// teacher edition also marks each key claim's quote where it stands, after its label.
import type { Module } from '../assemble.js'
import type { Emphasis } from '../article/model.js'
import { escapeMarkdown, Trusted } from '../fill/escape.js'
import { moduleStrings } from '../lang/index.js'
import { itemLineBreaks, placingOf, placings } from './article-structure.js'
import { articleDetails, orderedClaims, packHeader } from './common.js'
import { emphasisMarkdown, safeEmphasis } from './emphasis.js'

/** A stretch of a paragraph: highlighted when a claim's quote covers it, with the labels of the claims whose quotes start there. */
export interface Piece {
  text: string
  highlight: boolean
  /** "C3" or "C3, C4", or null. */
  labels: string | null
  /** Whether a space comes before it (escaping trims each piece, so spaces are carried here). */
  space: boolean
  /** Whether it starts a line of its own: an item of a list written inside the paragraph (article-structure.ts). */
  newLine: boolean
  /**
   * Whether the space before it goes inside its highlight: a quote cut at the author's
   * emphasis reads as one highlight, not one a word with gaps between (`space` is then false).
   */
  spaceWithin: boolean
  /** Whether the author set it in `*emphasis*`, in `**strong**` (both, nested). */
  em: boolean
  strong: boolean
}

interface Mark {
  start: number
  end: number
  label: string
}

/** The student's reading copy: the article with its paragraphs numbered. */
export function articleView(module: Module, date: string | null) {
  const base = articleBase(module, date)
  const place = placer(module)
  return {
    ...base,
    sections: base.sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((p) => ({ n: p.n, ...place(p.n), text: p.emphasis ? new Trusted(emphasisMarkdown(pieces(p.text, [], itemLineBreaks(p.text), p.emphasis))) : lined(p.text) })) }))
  }
}

/** The teacher's reading copy: the same, each key claim's quote highlighted after its label. */
export function articleTeacherView(module: Module, date: string | null) {
  const base = articleBase(module, date)
  const place = placer(module)
  const claims = orderedClaims(module)
  const marks = new Map<number, Mark[]>()
  for (const { label, claim } of claims) {
    const { paragraph, start, end } = claim.anchor
    marks.set(paragraph, [...(marks.get(paragraph) ?? []), { start, end, label }])
  }
  return {
    ...base,
    sections: base.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ n: p.n, ...place(p.n), pieces: pieces(p.text, marks.get(p.n) ?? [], itemLineBreaks(p.text), p.emphasis) }))
    })),
    claims: claims.map(({ label, claim }) => ({ label, paragraph: claim.anchor.paragraph, paraphrase: claim.paraphrase }))
  }
}

function articleBase(module: Module, date: string | null) {
  const { paragraphs, sections } = module.article
  const details = articleDetails(module)
  const strings = moduleStrings(module).article({
    author: details.author,
    publication: details.publication,
    published: details.published,
    paragraphs: paragraphs.length,
    claims: orderedClaims(module).length
  })
  return {
    header: packHeader(module, date, null),
    ...details,
    paragraphCount: paragraphs.length,
    strings,
    sections: sections.map((s) => ({ heading: s.heading, paragraphs: s.paragraphs.map((n) => paragraphs[n - 1]!) }))
  }
}

/**
 * Where a paragraph stands in the article's lists and block quotes, as the Markdown its line
 * opens with (`lead`) and its blank line after holds (`gap`): classpack's own syntax, so not escaped.
 */
function placer(module: Module): (n: number) => { lead: Trusted; gap: Trusted } {
  const all = placings(module.article.paragraphs)
  return (n) => {
    const { lead, gap } = placingOf(all, n)
    return { lead: new Trusted(lead), gap: new Trusted(gap) }
  }
}

/**
 * A paragraph's text for the reading copy: as it is, or, when it holds a list written inside
 * it, escaped here a line at a time and joined by Markdown's line breaks (`\` at a line's end).
 */
function lined(text: string): string | Trusted {
  const breaks = itemLineBreaks(text)
  if (breaks.length === 0) return text
  const lines = [0, ...breaks.map((b) => b + 1)].map((from, i) => text.slice(from, breaks[i] ?? text.length))
  return new Trusted(lines.map((line) => escapeMarkdown(line)).join('\\\n'))
}

/**
 * Where a quote's label stands: where the quote starts, or before the quotation mark that
 * opens the article's own quotation the claim quotes from inside (`the scheme C10 “a subsidy…`,
 * not `the scheme “C10 a subsidy…`).
 */
function labelAt(text: string, start: number): number {
  const before = start - 1
  return before >= 0 && OPENING.test(text[before]!) && (before === 0 || /\s/.test(text[before - 1]!)) ? before : start
}
const OPENING = /["“‘„«']/

/**
 * `text` cut where any quote starts or ends, where a line of a list written inside it
 * starts (`breaks`, each piece there said to start a line), and where the author's emphasis
 * starts or ends. Overlapping quotes share their highlight; each
 * quote's label stands where it starts (labelAt). White space is folded, as Markdown would.
 */
export function pieces(text: string, marks: readonly Mark[], breaks: readonly number[] = [], emphasis: readonly Emphasis[] = []): Piece[] {
  const labelled = marks.map((m) => ({ ...m, at: labelAt(text, m.start) }))
  const cuts = [...new Set([0, text.length, ...breaks, ...labelled.flatMap((m) => [m.at, m.start, m.end]), ...emphasis.flatMap((e) => [e.start, e.end])])].sort((a, b) => a - b)
  const within = (kind: Emphasis['kind'], from: number, to: number): boolean => emphasis.some((e) => e.kind === kind && e.start <= from && e.end >= to)
  const out: Piece[] = []
  let space = false
  let newLine = false
  let labels: string[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!]
    const raw = text.slice(from, to)
    labels.push(...labelled.filter((m) => m.at === from).map((m) => m.label))
    newLine ||= breaks.includes(from)
    const folded = raw.replace(/\s+/g, ' ').trim()
    if (folded === '') {
      space ||= raw !== ''
      continue
    }
    out.push({
      text: folded,
      highlight: marks.some((m) => m.start <= from && m.end >= to),
      labels: labels.length ? labels.join(', ') : null,
      space: out.length > 0 && !newLine && (space || /^\s/.test(raw)),
      newLine: out.length > 0 && newLine,
      spaceWithin: false,
      em: within('em', from, to),
      strong: within('strong', from, to)
    })
    newLine = false
    labels = []
    space = /\s$/.test(raw)
  }
  return joinHighlights(safeEmphasis(out))
}

/** `pieces` with the space between two highlighted pieces, either of them emphasis, moved inside the second's highlight. */
function joinHighlights(pieces: Piece[]): Piece[] {
  return pieces.map((p, i) => {
    const before = pieces[i - 1]
    const joins = p.space && p.highlight && p.labels === null && before?.highlight === true && (p.em || p.strong || before.em || before.strong)
    return joins ? { ...p, space: false, spaceWithin: true } : p
  })
}
