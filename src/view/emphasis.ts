// The author's `*emphasis*` and `**strong**` in the reading copy. Each piece of a paragraph
// (view/article.ts) is marked on its own, inside its highlight, so a claim's quote that starts
// or ends inside emphasis still nests. CommonMark reads a `*` as emphasis only where it flanks
// the words (not next to a space, and next to punctuation only with a space or punctuation on
// its other side), and two pieces' markers side by side would run into one `***`: a piece
// whose markers would not read back as its emphasis prints plain, rather than print stars.
import { escapeMarkdown } from '../fill/escape.js'

/** What the marking needs of a piece (view/article.ts's `Piece`). */
export interface Marked {
  text: string
  highlight: boolean
  labels: string | null
  space: boolean
  newLine: boolean
  em: boolean
  strong: boolean
}

// As micromark tells them (micromark-util-character): a space, or punctuation and symbols.
const SPACE = /\s/
const PUNCTUATION = /\p{P}|\p{S}/u
/** Where a marker stands next to the text it marks: at the paragraph's ends, or after a space. */
const EDGE = ' '
/** Another piece's marker: side by side, the two would read as one run of stars. */
const STARS = '*'

const marked = (p: Marked): boolean => p.em || p.strong

/** `pieces` with the emphasis of each kept only where its Markdown (`emphasisMarkdown`, or the teacher template's) reads back as it. */
export function safeEmphasis<T extends Marked>(given: readonly T[]): T[] {
  const pieces = [...given]
  return pieces.map((piece, i) => {
    if (!marked(piece)) return piece
    const text = escapeMarkdown(piece.text)
    const before = charBefore(pieces, i)
    const after = charAfter(pieces, i)
    const opens = before !== STARS && (!PUNCTUATION.test(text[0]!) || SPACE.test(before) || PUNCTUATION.test(before))
    const closes = after !== STARS && (!PUNCTUATION.test(text.at(-1)!) || SPACE.test(after) || PUNCTUATION.test(after))
    // Decided in order, so the piece before is as it will print.
    if (!(opens && closes)) pieces[i] = { ...piece, em: false, strong: false }
    return pieces[i]!
  })
}

/** The character printed right before piece `i`'s own text and markers. */
function charBefore(pieces: readonly Marked[], i: number): string {
  const piece = pieces[i]!
  if (i === 0 || piece.newLine || piece.space) return EDGE
  if (piece.highlight) return '['
  if (piece.labels !== null) return ';' // `&nbsp;` after the label
  const previous = pieces[i - 1]!
  if (previous.highlight) return ']'
  return marked(previous) ? STARS : escapeMarkdown(previous.text).at(-1)!
}

/** The character printed right after piece `i`'s text and markers. */
function charAfter(pieces: readonly Marked[], i: number): string {
  const piece = pieces[i]!
  const next = pieces[i + 1]
  if (piece.highlight) return ']'
  if (next === undefined || next.newLine || next.space) return EDGE
  if (next.labels !== null || next.highlight) return ':'
  return marked(next) ? STARS : escapeMarkdown(next.text)[0]!
}

/** The pieces as one paragraph's Markdown, as the teacher template writes them (without highlights and labels). */
export function emphasisMarkdown(pieces: readonly Marked[]): string {
  return pieces
    .map((p) => {
      const [open, close] = [`${p.strong ? '**' : ''}${p.em ? '*' : ''}`, `${p.em ? '*' : ''}${p.strong ? '**' : ''}`]
      return `${p.newLine ? '\\\n' : p.space ? ' ' : ''}${open}${escapeMarkdown(p.text)}${close}`
    })
    .join('')
}
