// mdast → PDF bytes: one document in the shared frame (frame.ts) around the block
// renderers, with a running header and "Page N of M" on every page.
import type { Root } from 'mdast'
import { flow } from './blocks.js'
import { furnish, openFrame } from './frame.js'

export interface PdfOptions {
  /** Document title: metadata, and shown in the viewer's title bar. */
  title: string
  author: string
  subject: string
  keywords?: string
  /** BCP 47 language tag of the text, e.g. `en-GB`. */
  lang: string
  paper: 'a4' | 'letter'
  /** Running header on every page (the module's title), small and grey. */
  header: string
  /** CreationDate and ModDate; fixed by the caller so output is reproducible. */
  creationDate: Date
  /** Add bookmarks for headings of depth 1–3. */
  outline: boolean
  /**
   * `pdfkit`: stock pdfkit and fontkit, the reference the faster paths are checked
   * against (same bytes, slower): fonts handed to pdfkit as their files, text drawn by
   * pdfkit's `text`, its own writer and fontkit's own subsetter; nothing of
   * internals.ts but the XMP escaping, which is a correction, not a faster path.
   */
  engine?: 'pdfkit'
}

/** Render a filled-template tree to a tagged PDF; the same tree and options give the same bytes. */
export async function renderPdf(tree: Root, options: PdfOptions): Promise<Uint8Array> {
  const frame = openFrame(options)
  const { ctx, box, root } = frame
  flow(tree.children, box, ctx)
  ctx.close()
  root.elem.end()
  const { start, count } = frame.doc.bufferedPageRange()
  furnish(frame, { from: start, count, header: options.header, number: { offset: 0, total: count } })
  return frame.finish()
}
