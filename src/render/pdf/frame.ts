// The document frame every PDF of a pack shares: paper, metadata, the tagged-PDF root,
// the layout context, and the running header and "Page N of M" footer put on after
// layout. renderPdf (one document) and renderPrintBundle (many sections) both use it.
// First: pdfkit's and fontkit's unused dependencies start only when used (lazy-deps.ts).
import './lazy-deps.js'
import PDFDocument from 'pdfkit'
import { Ctx, type Box, type Tag } from './context.js'
import { flow } from './blocks.js'
import { lineMetrics } from './inline.js'
import { drawCentred, drawHeader, type RunningHeader } from './furniture.js'
import { uiStrings } from '../../lang/index.js'
import { styles } from './styles.js'
import type { PdfOptions } from './options.js'
import { fastDocument } from './emit.js'
import { escapeXmpMetadata } from './internals.js'
import { hyphenator } from '../hyphenate.js'

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
  /** The language of the words of page furniture ("Page 1 of 4"): the pack's, which `--lang` may set apart from the text's. */
  readonly lang: string
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
    // pdfuaid:part 1 in the XMP metadata: the claim a PDF/UA checker starts from. The rest of
    // what PDF/UA asks is ours to keep: every piece of content tagged or an artifact,
    // headings as H1…, the title shown, the language set, fonts embedded with ToUnicode.
    // (@types/pdfkit lists only the PDF/A subsets; pdfkit 0.20 has PDF/UA too.)
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: options.lang,
    displayTitle: true,
    info: {
      Title: options.title,
      ...(options.author === null ? {} : { Author: options.author }),
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
  const ctx = new Ctx(doc, margin.top, height - margin.bottom, flow, root, options.outline, options.outlineDepth)
  ctx.stock = fast === null
  ctx.lang = options.lang
  ctx.hyphenate = hyphenator(options.lang)
  ctx.squeeze = options.squeeze ?? 1
  ctx.gaps = options.gaps ?? 1
  return {
    doc,
    ctx,
    root,
    width,
    height,
    box: { x: margin.left, width: width - margin.left - margin.right },
    lang: options.ui ?? options.lang,
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
  /** Running header; a title of '' and no one and no mark for none. */
  header: RunningHeader
  /** Pages `from + number.offset` … counted as "Page 1 of number.total" …; null for no footers. */
  number: { offset: number; total: number } | null
}

/** The running header `options` ask for. */
export function headerOf(options: Pick<PdfOptions, 'header' | 'who' | 'mark'>): RunningHeader {
  return { title: options.header, who: options.who ?? null, mark: options.mark ?? null }
}

// Header and footer go on after layout, when the page count is known. They are
// artifacts, so screen readers do not read "Page 3 of 4" in the middle of a question.
export function furnish(frame: Frame, pages: Furnishing): void {
  const { ctx, width, height } = frame
  const { header: style, footerFromBottom, margin } = styles.page
  const { baseline } = lineMetrics(style)
  const { header } = pages
  const any = header.title !== '' || Boolean(header.who) || Boolean(header.mark)
  const words = uiStrings(frame.lang).pdf
  for (let i = 0; i < pages.count; i++) {
    ctx.switchToPage(pages.from + i)
    ctx.artifact(() => {
      if (any) drawHeader(ctx, header, margin.left, width - margin.right)
      const n = pages.number === null ? -1 : i - pages.number.offset
      if (pages.number !== null && n >= 0 && n < pages.number.total) {
        drawCentred(ctx, words.page(n + 1, pages.number.total), 0, width, height - footerFromBottom + baseline)
      }
    }, 'Pagination')
  }
}

/** Draw `text` small, grey and centred on the current page, as page furniture. */
export function notice(frame: Frame, text: string): void {
  const { ctx, width, height } = frame
  ctx.artifact(() => drawCentred(ctx, text, 0, width, height / 2), 'Pagination')
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
