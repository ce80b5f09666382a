// A footnote written as plain text: a mark glued to a word ("website.¹", "website[1]") and, at
// the article's end, a line opened by the same mark ("¹ Results are listed by well number …").
// A web page's footnotes are left out by their class (structure.ts) and its `<sup>` marks
// dropped (blocks.ts); as plain lines in a .md or .txt file the note became the reading copy's
// last numbered ¶ (and changed how many claims init suggests), the mark stayed in the text. So
// every format leaves the note out, names it, and drops its mark. Conservative: the mark must
// stand glued in the text before the note, and the note among the last lines.
import type { Guess } from './model.js'
import { escapeRegExp } from '../regexp.js'

/** A note's opening mark: superscript digits, or a number in brackets. */
const NOTE = /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])\s*(\S.*)$/u
/** How many other paragraphs (an author's bio, a source line) may follow the notes. */
const AFTER = 2

/** The mark glued to the word or stop before it ("website.¹"), not one that opens a line or stands alone. */
const glued = (mark: string): RegExp => new RegExp(`(?<=[\\p{L}\\p{N}.,;:!?)”’"])${escapeRegExp(mark)}(?![\\d¹²³⁴⁵⁶⁷⁸⁹⁰])`, 'gu')

/**
 * The indexes of `texts` (paragraphs or lines, in order; blank ones allowed) that are footnotes,
 * and `texts` with their marks dropped from the text; what init prints for them in `guesses`.
 */
export function plainFootnotes(texts: readonly string[], guesses: Guess[]): { notes: Set<number>; texts: string[] } {
  const filled = texts.map((t, i) => ({ t: t.trim(), i })).filter((x) => x.t !== '')
  const notes = new Set<number>()
  const marks = new Set<string>()
  // From the end: the notes, with at most AFTER other paragraphs after them.
  let others = 0
  for (let k = filled.length - 1; k >= 0 && others <= AFTER; k--) {
    const { t, i } = filled[k]!
    const m = NOTE.exec(t)
    const before = filled.slice(0, k).filter((x) => !notes.has(x.i)).map((x) => x.t).join('\n')
    if (m && glued(m[1]!).test(before)) {
      notes.add(i)
      marks.add(m[1]!)
    } else if (notes.size === 0) others++
    else break
  }
  if (notes.size === 0) return { notes, texts: [...texts] }
  for (const i of [...notes].sort((a, b) => a - b)) {
    const t = texts[i]!.trim()
    guesses.push({ what: 'left out', value: `“${t.length > 70 ? `${t.slice(0, 69)}…` : t}”`, how: `the footnotes at the article's end, their mark${marks.size === 1 ? '' : 's'} ${[...marks].join(', ')} dropped from the text: classpack's article has none; put a note's words in a paragraph if they matter` })
  }
  const out = texts.map((t, i) => (notes.has(i) ? t : [...marks].reduce((s, mark) => s.replace(glued(mark), ''), t)))
  return { notes, texts: out }
}
