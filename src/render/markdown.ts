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
//   :::match                 two columns: `::premise[text]{n=1}` leaves, each with a box
//                            for a letter, and `::response[text]{letter=A}` leaves
//   :::sequence              `::step[text]{letter=A}` leaves, each with a box to number
//   ::answer-box[unit]       a box to write a number in, its unit after it
//   :::callout[Title]{kind=context|note|facilitator|key}  a boxed aside
//   ::page-break             start a new page (PDF) / page break when printed (HTML)
//   :pn[¶3]                  a paragraph's number, in the margin beside its first line
//   :claim[C1]               a claim's label, before the words it marks
//   :highlight[words]        words marked in place (a claim's quote in the article)
//   :name[words]             a person's name: never hyphenated, never machine-translated
//   :word[words]             words to be copied as printed (a word bank's): never hyphenated
//   :::keep                  blocks kept on one page, and with the start of what follows
//   :::keep{next=free}       blocks kept on one page, free of what follows (a whole key
//                            entry, a facilitator's question: each may start a page)
//   :::keep{next=free leave=half}  the same, but broken where its blocks allow rather
//                            than moved to the next page when that leaves over half of
//                            this one empty
//   ::nav-label[Question 3]  a question's name for navigation: a heading for screen
//                            readers (HTML), a bookmark (PDF); not printed
//   :::fields                blocks side by side in equal columns (`::fill-in`s, a score box)
//   ::score-box[Score]{total=31}  a box to write a score in, "/ 31" at its foot
//   ::end-mark[End of quiz]  a closing line, centred between rules
//   :::table{head=row|both}  a grid: a list of rows, each a list of cells (an empty item
//                            is an empty cell); the first row heads the columns, with
//                            `both` the first column heads the rows
//   :::options{mark=circle|box}  options marked ○ (one answer) or □ (all that apply)
//   :::argument-map[Title]   the argument map (render/map/): `::map-kind[word]{kind=supports}`,
//                            `::map-claim[gist]{claim=id label=C1 paragraph=1 section=0}`,
//                            `::map-relation[C1 supports C2]{from=id to=id kind=supports}`
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkDirective from 'remark-directive'
import type { Root } from 'mdast'

const parser = unified().use(remarkParse).use(remarkDirective)

/** The directive names templates may use; anything else is a template error. */
export const DIRECTIVES = ['question', 'options', 'option', 'answer-lines', 'fill-in', 'callout', 'page-break', 'pn', 'claim', 'highlight', 'name', 'word', 'keep', 'nav-label', 'fields', 'score-box', 'end-mark', 'table', 'match', 'premise', 'response', 'sequence', 'step', 'answer-box', 'argument-map', 'map-kind', 'map-claim', 'map-relation'] as const
export type DirectiveName = (typeof DIRECTIVES)[number]
/** The directives that stand inside a line of text; the block renderers leave them to the inline ones. */
export const TEXT_DIRECTIVES = ['pn', 'claim', 'highlight', 'name', 'word'] as const satisfies readonly DirectiveName[]
export type TextDirectiveName = (typeof TEXT_DIRECTIVES)[number]

/** Parse filled Markdown into mdast with directive nodes. */
export function parseFilled(markdown: string): Root {
  return parser.parse(markdown) as Root
}
