// mdast → PDF bytes: one document in the shared frame (frame.ts) around the block
// renderers, with a running header and "Page N of M" on every page.
import type { Root } from 'mdast'
import { flow } from './blocks.js'
import { furnish, headerOf, openFrame } from './frame.js'
import type { PdfOptions } from './options.js'

export type { PdfOptions } from './options.js'

/** Render a filled-template tree to a tagged PDF; the same tree and options give the same bytes. */
export async function renderPdf(tree: Root, options: PdfOptions): Promise<Uint8Array> {
  return (await renderPdfPages(tree, options)).bytes
}

/** `renderPdf`, and the number of pages it laid out. */
export async function renderPdfPages(tree: Root, options: PdfOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const frame = openFrame(options)
  const { ctx, box, root } = frame
  flow(tree.children, box, ctx)
  ctx.close()
  root.elem.end()
  const { start, count } = frame.doc.bufferedPageRange()
  furnish(frame, { from: start, count, header: headerOf(options), number: { offset: 0, total: count } })
  return { bytes: await frame.finish(), pages: count }
}

/**
 * The pages of a PDF this backend wrote (read from its page objects, which pdfkit writes
 * uncompressed, one `/Type /Page` each); undefined when it finds none.
 */
export function pdfPageCount(bytes: Uint8Array): number | undefined {
  const count = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(/\/Type \/Page\n/g)?.length
  return count || undefined
}

/** How many pages `tree` takes with `options`: the layout of renderPdf, without drawing text or writing the file. */
export function countPages(tree: Root, options: PdfOptions): number {
  // Line breaks come from the fonts' metrics alone (inline.ts), so pages fall where they would when drawn.
  const frame = openFrame({ ...options, engine: 'pdfkit' })
  frame.ctx.dry = true
  flow(tree.children, frame.box, frame.ctx)
  frame.ctx.close()
  return frame.doc.bufferedPageRange().count
}
