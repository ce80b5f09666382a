// The one parse of filled templates: Markdown (CommonMark) plus a few container and leaf
// directives. Both backends (HTML and PDF) walk the tree this returns, so the two
// formats hold the same words in the same order.
//
// Directive vocabulary (generic directive syntax, https://talk.commonmark.org/t/444):
//   ::::question{#q-id}      a quiz or discussion question; never split across pages
//   :::options               a lettered list of `::option` leaves
//   ::option[text]{letter=A} one option; its label is the option's text
//   ::answer-lines{lines=4}  ruled lines to write an answer on
//   ::fill-in[Name]          a label with a line to write on ("Name: ______")
//   :::callout[Title]{kind=context|note|facilitator|key}  a boxed aside
//   ::page-break             start a new page (PDF) / page break when printed (HTML)
//   :pn[¶3]                  a paragraph's number, in the margin beside its first line
//   :claim[C1]               a claim's label, before the words it marks
//   :highlight[words]        words marked in place (a claim's quote in the article)
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkDirective from 'remark-directive'
import type { Root } from 'mdast'

const parser = unified().use(remarkParse).use(remarkDirective)

/** The directive names templates may use; anything else is a template error. */
export const DIRECTIVES = ['question', 'options', 'option', 'answer-lines', 'fill-in', 'callout', 'page-break', 'pn', 'claim', 'highlight'] as const
export type DirectiveName = (typeof DIRECTIVES)[number]
/** The directives that stand inside a line of text; the block renderers leave them to the inline ones. */
export const TEXT_DIRECTIVES = ['pn', 'claim', 'highlight'] as const satisfies readonly DirectiveName[]
export type TextDirectiveName = (typeof TEXT_DIRECTIVES)[number]

/** Parse filled Markdown into mdast with directive nodes. */
export function parseFilled(markdown: string): Root {
  return parser.parse(markdown) as Root
}
