// The document frame every PDF of a pack shares: paper, metadata, the tagged-PDF root,
// the layout context, and the running header and "Page N of M" footer put on after
// layout. renderPdf (one document) and renderPrintBundle (many sections) both use it.
import PDFDocument from 'pdfkit'
import { Ctx, type Box, type Tag } from './context.js'
import { flow } from './blocks.js'
import { lineMetrics, textWidth } from './inline.js'
import { styles } from './styles.js'
import type { PdfOptions } from './options.js'
import { fastDocument } from './emit.js'
import { escapeXmpMetadata } from './internals.js'
import { hyphenator } from '../hyphenate.js'
import { uiStrings, type UiStrings } from '../../lang/index.js'

/** An open PDF: the pdfkit document, its layout context and the content box. */
export interface Frame {
  readonly doc: PDFKit.PDFDocument
  readonly ctx: Ctx
  /** The structure root (`Document`) everything is tagged under. */
  readonly root: Tag
  readonly width: number
  readonly height: number
  /** The band content is laid out in. */
  readonly box: Box
  /** The words the frame prints itself, in the document's UI language. */
  readonly words: UiStrings['pdf']
  /** Finish the document and return its bytes. */
  finish(): Promise<Uint8Array>
}

/** Open a tagged PDF with the metadata of `options`; the same options give the same bytes. */
export function openFrame(options: PdfOptions): Frame {
  check(options)
  const [width, height] = styles.page.sizes[options.paper]
  const margin = styles.page.margin
  const doc = new PDFDocument({
    size: [width, height],
    margins: margin,
    bufferPages: true, // footers need the page count, known only at the end
    pdfVersion: '1.7',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      ...(options.keywords === undefined ? {} : { Keywords: options.keywords }),
      Creator: 'classpack',
      // pdfkit derives the file /ID from these, so fixed dates make it fixed too.
      CreationDate: options.creationDate,
      ModDate: options.creationDate
    },
    // No default Helvetica: every glyph comes from the embedded DejaVu faces.
    font: null as unknown as string
  })
  // pdfkit copies Title, Author, Subject and Keywords into XMP unescaped; a title
  // such as "Q&A <draft>" would make that stream malformed.
  escapeXmpMetadata(doc, xml)
  const fast = options.engine === 'pdfkit' ? null : fastDocument(doc)
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  const root: Tag = { elem: doc.struct('Document'), type: 'Document' }
  doc.addStructure(root.elem)
  const ctx = new Ctx(doc, margin.top, height - margin.bottom, flow, root, options.outline)
  ctx.stock = fast === null
  ctx.lang = options.lang
  ctx.hyphenate = hyphenator(options.lang)
  return {
    doc,
    ctx,
    root,
    width,
    height,
    box: { x: margin.left, width: width - margin.left - margin.right },
    words: uiStrings(options.ui ?? options.lang).pdf,
    async finish() {
      doc.end()
      await ended
      // pdfkit's first lines came through the stream before fastDocument took over.
      return fast === null ? Buffer.concat(chunks) : Buffer.concat([...chunks, fast()])
    }
  }
}

function check(options: PdfOptions): void {
  if (!Object.hasOwn(styles.page.sizes, options.paper)) {
    throw new TypeError(`Unexpected paper \`${options.paper}\`, expected \`a4\` or \`letter\``)
  }
  if (!(options.creationDate instanceof Date) || Number.isNaN(options.creationDate.getTime())) {
    throw new TypeError('Unexpected `creationDate`, expected a valid Date')
  }
}

/** Which pages to furnish and how: the header on each, and a footer numbering some of them. */
export interface Furnishing {
  /** Index (0-based, in the whole document) of the first page. */
  from: number
  count: number
  /** Running header; '' for none. */
  header: string
  /** Pages `from + number.offset` … counted as "Page 1 of number.total" …; null for no footers. */
  number: { offset: number; total: number } | null
}

// Header and footer go on after layout, when the page count is known. They are
// artifacts, so screen readers do not read "Page 3 of 4" in the middle of a question.
export function furnish(frame: Frame, pages: Furnishing): void {
  const { ctx, width, height } = frame
  const { header: style, headerTop, footerFromBottom, headerRule, margin } = styles.page
  const { baseline } = lineMetrics(style)
  const contentWidth = width - margin.left - margin.right
  const title = clip(pages.header, contentWidth, style.font, style.size)
  const words = frame.words
  for (let i = 0; i < pages.count; i++) {
    ctx.switchToPage(pages.from + i)
    ctx.artifact(() => {
      if (title !== '') {
        ctx.text(title, margin.left, headerTop + baseline, style.font, style.size, style.color)
        const y = headerTop + lineMetrics(style).lineHeight + headerRule.gap
        ctx.doc!.moveTo(margin.left, y).lineTo(width - margin.right, y)
        ctx.doc!.lineWidth(headerRule.width).strokeColor(headerRule.color).stroke()
      }
      const n = pages.number === null ? -1 : i - pages.number.offset
      if (pages.number !== null && n >= 0 && n < pages.number.total) {
        const footer = words.page(n + 1, pages.number.total)
        const x = (width - textWidth(footer, style.font, style.size)) / 2
        ctx.text(footer, x, height - footerFromBottom + baseline, style.font, style.size, style.color)
      }
    }, 'Pagination')
  }
}

/** Draw `text` small, grey and centred on the current page, as page furniture. */
export function notice(frame: Frame, text: string): void {
  const { ctx, width, height } = frame
  const style = styles.page.header
  const x = (width - textWidth(text, style.font, style.size)) / 2
  ctx.artifact(() => ctx.text(text, x, height / 2, style.font, style.size, style.color), 'Pagination')
}

/** `text`, shortened with an ellipsis if it is wider than `width`. */
function clip(text: string, width: number, face: Parameters<typeof textWidth>[1], size: number): string {
  if (textWidth(text, face, size) <= width) return text
  const chars = [...text]
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, face, size) > width) chars.pop()
  return `${chars.join('').trimEnd()}…`
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
