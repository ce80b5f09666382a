// mdast → PDF bytes: one document in the shared frame (frame.ts) around the block
// renderers, with a running header and "Page N of M" on every page.
import type { Root } from 'mdast'
import { flow } from './blocks.js'
import { furnish, headerOf, openFrame } from './frame.js'
import type { PdfOptions } from './options.js'

export type { PdfOptions } from './options.js'

/** Render a filled-template tree to a tagged PDF; the same tree and options give the same bytes. */
export async function renderPdf(tree: Root, options: PdfOptions): Promise<Uint8Array> {
  const frame = openFrame(options)
  const { ctx, box, root } = frame
  flow(tree.children, box, ctx)
  ctx.close()
  root.elem.end()
  const { start, count } = frame.doc.bufferedPageRange()
  furnish(frame, { from: start, count, header: headerOf(options), number: { offset: 0, total: count } })
  return frame.finish()
}

/** How many pages `tree` takes with `options`: the layout of renderPdf, without drawing text or writing the file. */
export function countPages(tree: Root, options: PdfOptions): number {
  return countLayout(tree, options).pages
}

/** The pages of countPages, and whether "End of quiz" was left out for want of room. */
export function countLayout(tree: Root, options: PdfOptions): { pages: number; endLeftOut: boolean } {
  // Line breaks come from the fonts' metrics alone (inline.ts), so pages fall where they would when drawn.
  const frame = openFrame({ ...options, engine: 'pdfkit' })
  frame.ctx.dry = true
  flow(tree.children, frame.box, frame.ctx)
  frame.ctx.close()
  return { pages: frame.doc.bufferedPageRange().count, endLeftOut: frame.ctx.endLeftOut }
}
