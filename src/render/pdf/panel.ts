// A tinted box around blocks (callouts, code). It is kept on one page when it
// fits on one, so its tint can be drawn, behind the text, before the text.
import type { Node } from 'mdast'
import type { Box, Ctx } from './context.js'

export interface PanelStyle {
  readonly before: number
  readonly after: number
  readonly padding: { readonly x: number; readonly y: number }
  readonly radius: number
  readonly fill: string
  /** Width and colour of an accent bar down the left side; width 0 for none. */
  readonly border: number
  readonly borderColor: string
}

/**
 * Render `inner` inside a panel of `style` tagged as `type`.
 * @param render the renderer of `node` itself, to measure it before drawing.
 */
export function panel<T extends Node>(
  ctx: Ctx,
  node: T,
  box: Box,
  style: PanelStyle,
  type: string,
  render: (node: T, ctx: Ctx, box: Box) => void,
  inner: (box: Box) => void
): void {
  let height = 0
  if (!ctx.measuring) {
    height = ctx.measure(node, box.width, (ruler, b) => render(node, ruler, b))
    ctx.keep(height, style.before)
  }
  ctx.start(style.before)
  let top = ctx.y
  // A panel taller than a page cannot be tinted ahead of its text, so it keeps
  // only its accent bar, drawn per page as the page fills.
  const whole = ctx.measuring || ctx.fits(height)
  const bar = (from: number, to: number): void =>
    ctx.artifact((doc) => {
      doc.rect(box.x, from, Math.max(style.border, 1), to - from).fill(style.borderColor)
    })
  let stop = (): void => {}
  if (whole) {
    ctx.artifact((doc) => {
      doc.roundedRect(box.x, top, box.width, height, style.radius).fill(style.fill)
      if (style.border > 0) doc.rect(box.x, top, style.border, height).fill(style.borderColor)
    })
  } else {
    stop = ctx.onPageBreak((end, next) => {
      bar(top, end)
      top = next
    })
  }
  const indent = style.border + style.padding.x
  ctx.group(type, () => {
    ctx.y += style.padding.y
    inner({ x: box.x + indent, width: box.width - indent - style.padding.x })
    // The padding absorbs the space owed by the last block inside.
    ctx.owe(0)
    ctx.y += style.padding.y
  })
  if (!whole) {
    stop()
    bar(top, ctx.y)
  }
  ctx.end(style.after)
}
