// mdast → PDF bytes: the document frame around the block renderers: paper,
// metadata, the tagged-PDF root, running header and "Page N of M" footer.
import PDFDocument from 'pdfkit'
import type { Root } from 'mdast'
import { Ctx, type Tag } from './context.js'
import { flow } from './blocks.js'
import { lineMetrics, textWidth } from './inline.js'
import { styles } from './styles.js'

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
}

/** Render a filled-template tree to a tagged PDF; the same tree and options give the same bytes. */
export async function renderPdf(tree: Root, options: PdfOptions): Promise<Uint8Array> {
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
  escapeXmp(doc)
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })

  const root: Tag = { elem: doc.struct('Document'), type: 'Document' }
  doc.addStructure(root.elem)
  const ctx = new Ctx(doc, margin.top, height - margin.bottom, flow, root, options.outline)
  flow(tree.children, { x: margin.left, width: width - margin.left - margin.right }, ctx)
  ctx.close()
  root.elem.end()
  furnish(ctx, options.header, width, height)

  doc.end()
  await ended
  return Buffer.concat(chunks)
}

function check(options: PdfOptions): void {
  if (!Object.hasOwn(styles.page.sizes, options.paper)) {
    throw new TypeError(`Unexpected paper \`${options.paper}\`, expected \`a4\` or \`letter\``)
  }
  if (!(options.creationDate instanceof Date) || Number.isNaN(options.creationDate.getTime())) {
    throw new TypeError('Unexpected `creationDate`, expected a valid Date')
  }
}

// Header and footer go on after layout, when the page count is known. They are
// artifacts, so screen readers do not read "Page 3 of 4" in the middle of a question.
function furnish(ctx: Ctx, header: string, width: number, height: number): void {
  const { header: style, headerTop, footerFromBottom, headerRule, margin } = styles.page
  const { baseline } = lineMetrics(style)
  const { start, count } = ctx.doc!.bufferedPageRange()
  const contentWidth = width - margin.left - margin.right
  const title = clip(header, contentWidth, style.font, style.size)
  for (let i = 0; i < count; i++) {
    ctx.switchToPage(start + i)
    ctx.artifact(() => {
      if (title !== '') {
        ctx.text(title, margin.left, headerTop + baseline, style.font, style.size, style.color)
        const y = headerTop + lineMetrics(style).lineHeight + headerRule.gap
        ctx.doc!.moveTo(margin.left, y).lineTo(width - margin.right, y)
        ctx.doc!.lineWidth(headerRule.width).strokeColor(headerRule.color).stroke()
      }
      const footer = `Page ${i + 1} of ${count}`
      const x = (width - textWidth(footer, style.font, style.size)) / 2
      ctx.text(footer, x, height - footerFromBottom + baseline, style.font, style.size, style.color)
    }, 'Pagination')
  }
}

/** `text`, shortened with an ellipsis if it is wider than `width`. */
function clip(text: string, width: number, face: Parameters<typeof textWidth>[1], size: number): string {
  if (textWidth(text, face, size) <= width) return text
  const chars = [...text]
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, face, size) > width) chars.pop()
  return `${chars.join('').trimEnd()}…`
}

// pdfkit copies Title, Author, Subject and Keywords into the XMP metadata stream
// without XML-escaping them, so a title such as "Q&A <draft>" would make that
// stream malformed. The Info dictionary (written first, by `end`) keeps the raw
// strings; only the XMP pass sees escaped copies.
function escapeXmp(doc: PDFKit.PDFDocument): void {
  const endMetadata = doc.endMetadata
  doc.endMetadata = function (this: PDFKit.PDFDocument) {
    const info = this.info
    const escaped: PDFKit.DocumentInfo = { ...info }
    for (const key of ['Title', 'Author', 'Subject', 'Keywords'] as const) {
      const value = info[key]
      if (value !== undefined) escaped[key] = xml(value)
    }
    this.info = escaped
    try {
      endMetadata.call(this)
    } finally {
      this.info = info
    }
  }
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
