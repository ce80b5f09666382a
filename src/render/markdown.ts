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
//   :::argument-map[Title]   the argument map (render/map/): `::map-kind[word]{kind=supports}`,
//                            `::map-claim[gist]{claim=id label=C1 paragraph=1 section=0}`,
//                            `::map-relation[C1 supports C2]{from=id to=id kind=supports}`
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkDirective from 'remark-directive'
import type { Root } from 'mdast'

const parser = unified().use(remarkParse).use(remarkDirective)

/** The directive names templates may use; anything else is a template error. */
export const DIRECTIVES = ['question', 'options', 'option', 'answer-lines', 'fill-in', 'callout', 'page-break', 'argument-map', 'map-kind', 'map-claim', 'map-relation'] as const
export type DirectiveName = (typeof DIRECTIVES)[number]

/** Parse filled Markdown into mdast with directive nodes. */
export function parseFilled(markdown: string): Root {
  return parser.parse(markdown) as Root
}
