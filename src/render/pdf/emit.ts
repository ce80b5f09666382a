// Faster paths through pdfkit for what classpack draws, each writing exactly the bytes
// pdfkit's own path writes (tests/speed.test.ts and tests/pdf-render.test.ts compare).
//
// A profile of a per-student quiz showed pdfkit's machinery, not the drawing, taking
// most of the time: `doc.text` lays every segment out three times (to measure, encode
// and advance) and writes nine content lines through nine byte conversions; each
// content line and each object becomes its own buffer and stream chunk; fontkit
// encodes each font subset field by field. Here a segment's glyphs and kerning are
// worked out once per process and its content written in one piece; content lines are
// collected per page and converted once; output is gathered without a stream; and
// subsets are written by ttf.ts. Anything outside what classpack draws (a glyph with
// an offset, a line feed) goes through pdfkit's own code.
import type { Glyph } from './fonts.js'
import { fastEncode } from './ttf.js'

/** pdfkit's EmbeddedFont, as far as it is used here. */
interface EmbeddedFont {
  id: string
  scale: number
  subset: { includeGlyph(id: number): number }
  widths: Array<number | undefined>
  unicode: Array<number[] | undefined>
  font: { layout(text: string): { glyphs: Glyph[]; positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }> } }
  ref(): unknown
}

interface Reference {
  write(chunk: string | Uint8Array): void
  end(chunk?: string | Uint8Array): void
}

interface Page {
  height: number
  fonts: Record<string, unknown>
  content: Reference
}

/** The pdfkit internals the fast paths use. */
interface Internals {
  _font: EmbeddedFont
  _fontSize: number
  _offset: number
  _fontFamilies: Record<string, EmbeddedFont>
  page: Page
  x: number
  y: number
  addContent(data: string): unknown
  on(event: string, listener: () => void): unknown
  _write(data: string | Uint8Array): void
  end(): void
}

/** A segment of text as drawn: glyphs, and the TJ pieces between kerning adjustments. */
interface Drawn {
  readonly glyphs: readonly Glyph[]
  /** Where each TJ piece ends (glyph index), and the adjustment written after it. */
  readonly ends: readonly number[]
  readonly adjustments: readonly string[]
}

// Per face (by the fontkit font pdfkit was given) and text; bounded like fonts.ts's cache.
const drawn = new WeakMap<object, Map<string, Drawn | null>>()
const DRAWN_LIMIT = 50_000
// Per document font: each glyph's subset id as four hex digits.
const hexes = new WeakMap<EmbeddedFont, string[]>()

/** pdfkit's number formatting (PDFObject.number), as interpolated into content. */
function num(n: number): string {
  return `${Math.round(n * 1e6) / 1e6}`
}

/**
 * Draw `text` at (`x`, `baseline`) in the current font and size, as
 * `doc.text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic' })` would.
 * Returns false, drawing nothing, when the text needs pdfkit's general path.
 */
export function fastText(document: PDFKit.PDFDocument, text: string, x: number, baseline: number): boolean {
  if (text === '' || text.includes('\n')) return false
  const doc = document as unknown as Internals
  const font = doc._font
  const run = drawnOf(font, text)
  if (run === null) return false
  // What _initOptions leaves behind; nothing classpack draws reads it, but keep it true.
  doc.x = x
  doc.y = baseline
  const page = doc.page
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref()
  let codes = hexes.get(font)
  if (codes === undefined) hexes.set(font, (codes = []))
  const { glyphs, ends, adjustments } = run
  let tj = '['
  let start = 0
  for (let s = 0; s < ends.length; s++) {
    const end = ends[s]!
    let hex = ''
    for (let i = start; i < end; i++) {
      const glyph = glyphs[i]!
      let code = codes[glyph.id]
      if (code === undefined) {
        // What EmbeddedFont.encode records for a glyph it meets.
        const gid = font.subset.includeGlyph(glyph.id)
        code = `0000${gid.toString(16)}`.slice(-4)
        codes[glyph.id] = code
        if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale
        if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints
      }
      hex += code
    }
    tj += `${s === 0 ? '' : ' '}<${hex}> ${adjustments[s]}`
    start = end
  }
  doc.addContent(`q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(page.height - baseline - 0)} Tm\n/${font.id} ${num(doc._fontSize)} Tf\n${tj}] TJ\nET\nQ`)
  return true
}

/** How `text` is drawn in `font`: pdfkit's layout (chunk by chunk) and TJ pieces; null if a glyph is offset. */
function drawnOf(font: EmbeddedFont, text: string): Drawn | null {
  let cache = drawn.get(font.font)
  if (cache === undefined) drawn.set(font.font, (cache = new Map()))
  let run = cache.get(text)
  if (run !== undefined) return run
  const glyphs: Glyph[] = []
  const ends: number[] = []
  const adjustments: string[] = []
  let offset = false
  // EmbeddedFont.layout: one chunk per space- or tab-terminated piece, positions scaled.
  let last = 0
  for (let index = 0; index <= text.length; ) {
    const c = text.charAt(index)
    if ((index === text.length && last < index) || c === ' ' || c === '\t') {
      const chunk = font.font.layout(text.slice(last, ++index))
      chunk.positions.forEach((p, i) => {
        const glyph = chunk.glyphs[i]!
        const xAdvance = p.xAdvance * font.scale
        const advanceWidth = glyph.advanceWidth * font.scale
        if (p.xOffset * font.scale || p.yOffset * font.scale) offset = true
        glyphs.push(glyph)
        // _fragment ends a TJ piece after a glyph whose advance is adjusted (kerning).
        if (xAdvance - advanceWidth !== 0) {
          ends.push(glyphs.length)
          adjustments.push(num(-(xAdvance - advanceWidth)))
        }
      })
      last = index
    } else index++
  }
  if (ends[ends.length - 1] !== glyphs.length) {
    // The last piece: its last glyph is not adjusted, and pdfkit writes that 0 as `0`.
    ends.push(glyphs.length)
    adjustments.push('0')
  }
  run = offset || glyphs.length === 0 ? null : { glyphs, ends, adjustments }
  if (cache.size >= DRAWN_LIMIT) cache.clear()
  cache.set(text, run)
  return run
}

/**
 * Collect `document`'s output and its pages' content lines without a buffer per line,
 * and write its font subsets with ttf.ts. Call before anything is drawn; the returned
 * function gives the PDF's bytes once the document has ended.
 */
export function fastDocument(document: PDFKit.PDFDocument): () => Uint8Array {
  const doc = document as unknown as Internals
  // Content: a page's lines are kept as strings and written to its content stream in
  // one piece when anything else is written to it, or it ends.
  const buffer = (page: Page): void => {
    const content = page.content
    const write = content.write.bind(content)
    const end = content.end.bind(content)
    let lines = ''
    const flush = (): void => {
      if (lines === '') return
      // What PDFReference.write makes of each line (its char codes as bytes, then a
      // line feed), for all of them at once.
      const bytes = Buffer.from(lines, 'latin1')
      lines = ''
      write(bytes)
    }
    content.write = (chunk) => {
      if (typeof chunk === 'string') lines += chunk + '\n'
      else {
        flush()
        write(chunk)
      }
    }
    content.end = (chunk) => {
      flush()
      end(chunk)
    }
  }
  buffer(doc.page)
  doc.on('pageAdded', () => buffer(doc.page))

  // Output: pdfkit writes every object, line by line, as a stream chunk; keep the
  // pieces and join them once. Offsets (for the xref table) count bytes as before.
  const parts: Uint8Array[] = []
  let text = ''
  doc._write = function (this: Internals, data: string | Uint8Array): void {
    if (typeof data === 'string') {
      text += data + '\n'
      this._offset += data.length + 1
    } else {
      if (text !== '') parts.push(Buffer.from(text, 'latin1'))
      text = ''
      parts.push(data)
      this._offset += data.length
    }
  }

  const end = doc.end.bind(doc)
  doc.end = () => {
    for (const font of new Set(Object.values(doc._fontFamilies))) fastEncode((font as unknown as { subset: object }).subset)
    end()
  }

  return () => {
    if (text !== '') parts.push(Buffer.from(text, 'latin1'))
    text = ''
    return Buffer.concat(parts)
  }
}
