// `:::table`: a grid written as a list of rows, each a list of cells (see
// render/markdown.ts), drawn with ruled cells and tagged Table › TR › TH/TD. The first
// row is a header row; with `head=both` the first column is a header column too. A
// table that fits on a page is kept on one; a longer one breaks between rows and
// repeats its header row. With `blanks=write`, empty cells are for writing in (a
// score), so their rows are taller.
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { type Cell, tableRows } from '../table.js'
import type { Box, Ctx } from './context.js'
import { drawText, layoutText, type TextLayout } from './inline.js'
import { styles, type TextStyle } from './styles.js'

interface Laid {
  readonly cells: ReadonlyArray<{ cell: Cell; layout: TextLayout; width: number }>
  readonly height: number
}

function textStyle(cell: Cell): TextStyle {
  return cell.head ? styles.table.head : styles.table.text
}

/** Each column's width: as wide as its widest cell on one line, the spare room shared out, or all narrowed in proportion when too wide. */
function columnWidths(rows: Cell[][], width: number): number[] {
  const { padding, minColumn } = styles.table
  const columns = Math.max(...rows.map((r) => r.length))
  const natural: number[] = Array.from({ length: columns }, () => minColumn)
  for (const row of rows) {
    row.forEach((cell, c) => {
      const line = layoutText(cell.node, cell.text, textStyle(cell), Infinity).lines[0] ?? []
      const ink = line.reduce((w, s) => Math.max(w, s.x + s.width), 0)
      natural[c] = Math.max(natural[c]!, ink + 2 * padding.x + 0.5)
    })
  }
  const total = natural.reduce((a, b) => a + b, 0)
  if (total > width) return natural.map((w) => (w * width) / total)
  const spare = (width - total) / columns
  return natural.map((w) => w + spare)
}

function layRow(row: Cell[], widths: number[], write: boolean): Laid {
  const { padding, writeHeight } = styles.table
  const cells = row.map((cell, c) => {
    const width = widths[c]!
    return { cell, layout: layoutText(cell.node, cell.text, textStyle(cell), width - 2 * padding.x), width }
  })
  let height = Math.max(...cells.map((c) => c.layout.lines.length * c.layout.lineHeight)) + 2 * padding.y
  if (write && row.some((cell) => !cell.head && cell.text.length === 0)) height = Math.max(height, writeHeight)
  return { cells, height }
}

export function table(node: ContainerDirective | LeafDirective, ctx: Ctx, box: Box): void {
  const style = styles.table
  const rows = tableRows(node)
  const widths = columnWidths(rows, box.width)
  const write = node.attributes?.blanks === 'write'
  const rowHeads = node.attributes?.head === 'both'
  const laid = rows.map((row) => layRow(row, widths, write))
  const height = laid.reduce((h, r) => h + r.height, 0)
  ctx.start(style.before)
  if (ctx.measuring) {
    ctx.y += height
    ctx.end(style.after)
    return
  }
  ctx.keep(height, 0)
  const header = laid[0]
  ctx.group('Table', () => {
    laid.forEach((row, r) => {
      if (!ctx.fits(row.height) && !ctx.atTop) {
        ctx.newPage()
        // The header row again, as page furniture: it is tagged once, where it first stands.
        if (r > 0 && header !== undefined) drawRow(ctx, header, box, false, rowHeads)
      }
      drawRow(ctx, row, box, true, rowHeads)
    })
  })
  ctx.end(style.after)
}

/**
 * Draw `row` at the cursor and move below it; `tagged` rows are content, others artifacts.
 * @param rowHeads whether the first column heads the rows.
 */
function drawRow(ctx: Ctx, row: Laid, box: Box, tagged: boolean, rowHeads: boolean): void {
  const { padding, headFill, rule } = styles.table
  const top = ctx.y
  let x = box.x
  const places = row.cells.map((c) => {
    const place = { ...c, x }
    x += c.width
    return place
  })
  ctx.artifact((doc) => {
    for (const p of places) if (p.cell.head) doc.rect(p.x, top, p.width, row.height).fill(headFill)
    for (const p of places) doc.rect(p.x, top, p.width, row.height)
    doc.lineWidth(rule.width).strokeColor(rule.color).stroke()
  })
  const cells = (): void => {
    for (const [c, p] of places.entries()) {
      // A column of row headers reads from the left; other cells are centred (numbers, letters, marks).
      const ink = Math.max(0, ...p.layout.lines.map((line) => line.reduce((w, s) => Math.max(w, s.x + s.width), 0)))
      const inner = p.width - 2 * padding.x
      const left = c === 0 && rowHeads ? p.x + padding.x : p.x + padding.x + Math.max(0, (inner - ink) / 2)
      if (!tagged) {
        ctx.artifact(() => {
          p.layout.lines.forEach((line, i) => {
            const baseline = top + padding.y + i * p.layout.lineHeight + p.layout.baseline
            for (const s of line) ctx.text(s.text, left + s.x, baseline, s.run.face, s.run.size, s.run.color)
          })
        })
        continue
      }
      const scope = c === 0 && !row.cells[1]?.cell.head ? 'Row' : 'Column'
      ctx.group(
        p.cell.head ? 'TH' : 'TD',
        () => {
          ctx.y = top + padding.y
          drawText(ctx, p.layout, { x: left, width: inner })
        },
        p.cell.head ? { scope } : undefined
      )
    }
  }
  if (tagged) ctx.group('TR', cells)
  else cells()
  ctx.y = top + row.height
}
