// Tables in an article: a web page's `<table>`, a Markdown table, plain text's tab-separated
// rows. classpack's reading copy has no tables: a page's table became a numbered paragraph per
// cell (every later ¶ number shifted), a Markdown table one paragraph of its cells and `|`
// bars. Kept as one ¶ with a line per row, its figures would still lose their column heads,
// and a claim could quote half a row. So init leaves a table out of the reading copy, keeps
// its rows in article.md as an HTML comment where it stood (`check` and the pack ignore
// comments; the teacher has the figures to hand), and names it in what it prints, with its
// size and the ¶ it followed, saying to write its figures as sentences if questions need them.
import type { Paragraph } from '../article/model.js'
import type { Guess } from './model.js'

/** How the comment that holds a left-out table opens: `tablesLeftOut` finds the tables by it. */
const OPENING = '<!-- classpack init left out this table: the reading copy has no tables. Write what it says as sentences if questions need its figures.'

/** The comment that keeps `rows` in article.md, as a Markdown table (the first row its head), under its caption. */
export function tableComment(rows: ReadonlyArray<readonly string[]>, caption?: string): string {
  const width = Math.max(...rows.map((r) => r.length))
  const line = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join(' | ')} |`
  return commentOf([...(caption ? [caption.replace(/\|/g, '/')] : []), line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)])
}

/** The comment that keeps a Markdown table's own lines. */
export function commentOf(lines: readonly string[]): string {
  // `-->` would end the comment early and print the rest of the table.
  return [OPENING, ...lines.map((l) => l.replace(/--+>/g, (m) => `${m.slice(0, -1)} >`)), '-->'].join('\n')
}

/** A cell on one line, its `|` escaped so it stays one cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
}

/** A Markdown table's line as its cells: `| a | b |` is `a`, `b`. */
export function markdownCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
}

/** A Markdown table's delimiter row: `| --- | :---: |`. */
export const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/

/** What init prints for each table it left out of `article` (article.md's text, parsed into `paragraphs`). */
export function tablesLeftOut(article: string, paragraphs: readonly Paragraph[]): Guess[] {
  const guesses: Guess[] = []
  for (let at = article.indexOf(OPENING); at >= 0; at = article.indexOf(OPENING, at + 1)) {
    const end = article.indexOf('\n-->', at)
    const rows = article
      .slice(at + OPENING.length, end < 0 ? undefined : end)
      .split('\n')
      .filter((l) => l.includes('|') && !DELIMITER_ROW.test(l.trim()))
      .map(markdownCells)
    if (rows.length === 0) continue
    const before = paragraphs.filter((p) => (p.place.start.offset ?? 0) < at).length
    const where = before === 0 ? 'before ¶1' : `after ¶${before}`
    const head = rows[0]!.join(' | ')
    guesses.push({
      what: 'left out',
      value: `a table of ${rows.length} rows × ${Math.max(...rows.map((r) => r.length))} columns, ${where} (“${head.length > 60 ? `${head.slice(0, 59)}…` : head}”)`,
      how: "the article's table: the reading copy has none; its rows stay in article.md as a comment there, to write as sentences if questions need its figures"
    })
  }
  return guesses
}
