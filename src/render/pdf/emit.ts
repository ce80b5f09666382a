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
import { documentCodePoints, sharedRun, takeShared } from './glyphs.js'
import { currentFont, currentFontSize, fontFace, fontResource, fontScale, fontSubsets, gatherOutput, bufferPageContent, includeGlyph, scopedFont, useFontOnPage, type PdfFont } from './internals.js'
import { fastEncode } from './ttf.js'

/** A glyph as drawn: its id and width; its text is the document's (glyphs.ts). */
interface DrawnGlyph {
  readonly id: number
  readonly advanceWidth: number
}

/** A segment of text as drawn: its chunks, glyphs, and the TJ pieces between kerning adjustments. */
interface Drawn {
  /** The pieces pdfkit lays out one at a time, each up to and including a space or tab. */
  readonly chunks: readonly string[]
  readonly glyphs: readonly DrawnGlyph[]
  /** Where each TJ piece ends (glyph index), and the adjustment written after it. */
  readonly ends: readonly number[]
  readonly adjustments: readonly string[]
}

// Per face (the parsed font every document's font is a view of) and text, shared by all
// documents; bounded like fonts.ts's cache.
const drawn = new WeakMap<object, Map<string, Drawn | null>>()
const DRAWN_LIMIT = 50_000

/** What the fast path keeps per document font. */
interface FontState {
  /** `drawn`'s entries for the face. */
  readonly drawn: Map<string, Drawn | null>
  /** Segments whose chunks the document has taken from the shared shaping (glyphs.ts). */
  readonly taken: Set<Drawn>
  /** Each glyph's subset id as four hex digits. */
  readonly codes: string[]
}
const states = new WeakMap<PdfFont, FontState>()

function stateOf(font: PdfFont): FontState {
  let state = states.get(font)
  if (state === undefined) {
    const key = scopedFont(fontFace(font))
    let cache = drawn.get(key)
    if (cache === undefined) drawn.set(key, (cache = new Map()))
    states.set(font, (state = { drawn: cache, taken: new Set(), codes: [] }))
  }
  return state
}

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
  const font = currentFont(document)
  const face = fontFace(font)
  const state = stateOf(font)
  const run = drawnOf(font, state.drawn, text)
  if (run === null) return false
  if (!state.taken.has(run)) {
    // The document takes each chunk's shared shaping, as pdfkit's layout would lay it
    // out in this document; where that differs (glyphs.ts), pdfkit's own path draws it.
    for (const chunk of run.chunks) if (!takeShared(face, chunk)) return false
    state.taken.add(run)
  }
  // What _initOptions leaves behind; nothing classpack draws reads it, but keep it true.
  document.x = x
  document.y = baseline
  const page = document.page
  useFontOnPage(document, font)
  const { codes } = state
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
        const laid = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: documentCodePoints(face, glyph.id) }
        code = `0000${includeGlyph(font, laid).toString(16)}`.slice(-4)
        codes[glyph.id] = code
      }
      hex += code
    }
    tj += `${s === 0 ? '' : ' '}<${hex}> ${adjustments[s]}`
    start = end
  }
  document.addContent(`q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(page.height - baseline - 0)} Tm\n/${fontResource(font)} ${num(currentFontSize(document))} Tf\n${tj}] TJ\nET\nQ`)
  return true
}

/**
 * How `text` is drawn in `font`: pdfkit's layout (chunk by chunk) from the shaping shared
 * by every document, and TJ pieces; null if a glyph is offset, or `font` is not one of
 * fonts.ts's document fonts.
 */
function drawnOf(font: PdfFont, cache: Map<string, Drawn | null>, text: string): Drawn | null {
  const face = fontFace(font)
  const scale = fontScale(font)
  let run = cache.get(text)
  if (run !== undefined) return run
  const chunks: string[] = []
  const glyphs: DrawnGlyph[] = []
  const ends: number[] = []
  const adjustments: string[] = []
  let offset = false
  // EmbeddedFont.layout: one chunk per space- or tab-terminated piece, positions scaled.
  let last = 0
  for (let index = 0; index <= text.length; ) {
    const c = text.charAt(index)
    if ((index === text.length && last < index) || c === ' ' || c === '\t') {
      const piece = text.slice(last, ++index)
      const chunk = sharedRun(face, piece)
      if (chunk === null) return null
      chunks.push(piece)
      chunk.positions.forEach((p, i) => {
        const glyph = chunk.glyphs[i]!
        const xAdvance = p.xAdvance * scale
        const advanceWidth = glyph.advanceWidth * scale
        if (p.xOffset * scale || p.yOffset * scale) offset = true
        glyphs.push({ id: glyph.id, advanceWidth: glyph.advanceWidth })
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
  run = offset || glyphs.length === 0 ? null : { chunks, glyphs, ends, adjustments }
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
  bufferPageContent(document)
  const output = gatherOutput(document)
  const end = document.end.bind(document)
  document.end = () => {
    for (const subset of fontSubsets(document)) fastEncode(subset)
    end()
  }
  return output
}
