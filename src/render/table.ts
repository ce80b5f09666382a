// The rows and cells of a `:::table` directive (a list of rows, each a list of cells), read
// alike by the PDF backend, which draws them, and by the check of a filled template, which
// reports a table a teacher's template got wrong at that template instead of letting a
// backend fail on it.
import type { List, ListItem, PhrasingContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'

export interface Cell {
  readonly node: ListItem
  readonly text: PhrasingContent[]
  readonly head: boolean
}

/** The rows of a `:::table` node: a list whose items each hold a list of cells. */
export function tableRows(node: ContainerDirective | LeafDirective): Cell[][] {
  const head = node.attributes?.head ?? 'row'
  if (head !== 'row' && head !== 'both') throw new TypeError(`Unexpected \`head=${head}\` on \`table\`, expected \`row\` or \`both\``)
  const [list, ...rest] = node.children as unknown as List[]
  const stray = list?.type !== 'list' ? list : rest[0]
  if (list === undefined || stray !== undefined) throw new TypeError(`Unexpected ${found(stray)} in \`table\`, expected one list of rows, each a list of cells`)
  return list.children.map((row, r) => {
    const [cells, ...more] = row.children
    if (cells?.type !== 'list' || more.length > 0) throw new TypeError(`Unexpected ${found(cells?.type !== 'list' ? cells : more[0])} in a row of \`table\`, expected a list of cells`)
    return cells.children.map((cell, c) => {
      const [paragraph, ...others] = cell.children
      if ((paragraph !== undefined && paragraph.type !== 'paragraph') || others.length > 0) {
        throw new TypeError('Unexpected cell in `table`, expected one line of text or nothing')
      }
      return { node: cell, text: paragraph?.children ?? [], head: r === 0 || (head === 'both' && c === 0) }
    })
  })
}

/** What stands where a list was expected, for a message: "paragraph “Scores”", "nothing". */
function found(node: { type: string } | undefined): string {
  if (node === undefined) return 'nothing'
  const text = toString(node).trim()
  return text ? `${node.type} “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”` : node.type
}
