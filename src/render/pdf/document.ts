// mdast → PDF bytes: one document in the shared frame (frame.ts) around the block
// renderers, with a running header and "Page N of M" on every page.
import type { Root } from 'mdast'
import { EXIT, visit } from 'unist-util-visit'
import { flow } from './blocks.js'
import { furnish, headerOf, openFrame } from './frame.js'
import type { PdfOptions } from './options.js'

export type { PdfOptions } from './options.js'

/** Render a filled-template tree to a tagged PDF; the same tree and options give the same bytes. */
export async function renderPdf(tree: Root, options: PdfOptions): Promise<Uint8Array> {
  const frame = drawn(tree, options)
  const gaps = gapsToSave(tree, options, { pages: frame.doc.bufferedPageRange().count, used: frame.ctx.used, page: frame.ctx.pageHeight })
  return (gaps === undefined ? frame : drawn(tree, { ...options, gaps })).finish()
}

function drawn(tree: Root, options: PdfOptions): ReturnType<typeof openFrame> {
  const frame = openFrame(options)
  const { ctx, box, root } = frame
  flow(tree.children, box, ctx)
  ctx.close()
  root.elem.end()
  const { start, count } = frame.doc.bufferedPageRange()
  furnish(frame, { from: start, count, header: headerOf(options), number: { offset: 0, total: count } })
  return frame
}

/** How many pages `tree` takes with `options`: the layout of renderPdf, without drawing text or writing the file. */
export function countPages(tree: Root, options: PdfOptions): number {
  return countLayout(tree, options).pages
}

/** The pages of countPages, and whether "End of quiz" was left out for want of room. */
export function countLayout(tree: Root, options: PdfOptions): { pages: number; endLeftOut: boolean } {
  const first = dryLayout(tree, options)
  const gaps = gapsToSave(tree, options, first)
  const chosen = gaps === undefined ? first : dryLayout(tree, { ...options, gaps })
  return { pages: chosen.pages, endLeftOut: chosen.endLeftOut }
}

function dryLayout(tree: Root, options: PdfOptions): { pages: number; endLeftOut: boolean; used: number; page: number } {
  // Line breaks come from the fonts' metrics alone (inline.ts), so pages fall where they would when drawn.
  const frame = openFrame({ ...options, engine: 'pdfkit' })
  frame.ctx.dry = true
  flow(tree.children, frame.box, frame.ctx)
  frame.ctx.close()
  return { pages: frame.doc.bufferedPageRange().count, endLeftOut: frame.ctx.endLeftOut, used: frame.ctx.used, page: frame.ctx.pageHeight }
}

/** Places to write: a worksheet keeps the room it gives, so it is never set tighter. */
const WRITE_IN = new Set(['fill-in', 'answer-lines', 'answer-box', 'fields', 'score-box'])

/** Whether `tree` may be set tighter to save its last page: nothing to write in. */
function withoutWriteIn(tree: Root): boolean {
  let writeIn = false
  visit(tree, (node) => {
    if ((node.type === 'leafDirective' || node.type === 'containerDirective') && WRITE_IN.has(node.name)) writeIn = true
    return writeIn ? EXIT : undefined
  })
  return !writeIn
}

/** A last page filled this far at most (a share of the page) is worth saving: a byline, a closing line or two. */
const NEARLY_EMPTY = 0.12
/** The share of the space between blocks kept to save it, loosest first: lines and type stay as they are. */
const TIGHTER = [0.75, 0.5] as const

/**
 * The loosest `gaps` with which the document takes a page fewer, when its last page (of
 * `pages`, filled `used` points down a content area `page` tall) is nearly empty; undefined
 * to set it as it is. Only then is it laid out again (dry): other documents cost nothing more.
 */
function gapsToSave(tree: Root, options: PdfOptions, { pages, used, page }: { pages: number; used: number; page: number }): number | undefined {
  // The page's fill first: the tree is walked only for a document that would be set tighter.
  if (!options.saveLastPage || pages < 2 || (options.gaps ?? 1) < 1 || used > page * NEARLY_EMPTY || !withoutWriteIn(tree)) return undefined
  return TIGHTER.find((gaps) => dryLayout(tree, { ...options, gaps }).pages < pages)
}
