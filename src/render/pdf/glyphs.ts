// Glyph objects, and the text each stands for in a PDF.
//
// fontkit keeps one glyph object per id and font, made at the first request for it
// (`getGlyph(id, codePoints)`) with that request's code points, and hands the same object
// to every later request, from layout or a subsetter. pdfkit copies those code points
// into the PDF's ToUnicode map: what copying, searching and screen readers get for the
// glyph. With one parsed font shared by every document (fonts.ts), the first request of
// the whole process decided them: a subset that reached `и` as a part of `й` made it with
// no code points, and every later PDF that drew `и` mapped it to nothing. A PDF's bytes
// depended on what had been rendered before it.
//
// So glyph objects are never shared across documents. Shaping, shared because it is
// costly, is done as by a freshly parsed font (`freshShaping`), and each document has a
// view of the parsed font with glyph objects of its own (`documentGlyphs`), as stock
// pdfkit, parsing the font for each document, has. fontkit's shaping reads the code
// points stored on the glyph objects it is handed, which in a document are those of
// their first request there; a document takes a shared shaping only where that makes no
// difference, and otherwise lays the text out itself.
import { forgetGlyphs, glyphScope } from './internals.js'

interface Position {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
}

/** The part of a fontkit glyph that pdfkit's encoding reads. */
export interface Glyph {
  readonly id: number
  readonly advanceWidth: number
  readonly codePoints: number[]
}

export interface GlyphRun {
  readonly glyphs: readonly Glyph[]
  readonly positions: readonly Position[]
  readonly advanceWidth: number
}

/** The part of a fontkit font shaping uses. */
export interface ShapingFont {
  layout(text: string, features?: unknown): GlyphRun
  getGlyph(id: number, codePoints?: number[]): Glyph
}

/** A chunk of text shaped as a freshly parsed font shapes it. */
export interface Shaped extends GlyphRun {
  /** Each glyph id the shaping requested, with the code points of its first request. */
  readonly requests: ReadonlyArray<readonly [number, number[]]>
}

const MADE_LIMIT = 20_000

/**
 * Shape text with `font` as if the font had just been parsed, whatever was shaped
 * before: each request for a glyph gets an object with the code points of the first
 * request for it in this shaping, as a fresh font's glyph objects have.
 */
export function freshShaping(font: ShapingFont): (text: string) => Shaped {
  const view = glyphScope(font)
  const getGlyph = font.getGlyph
  // Glyph objects by id and code points, for every shaping: two made with the same are
  // alike in all respects (metrics come from the id), and each keeps its metrics once
  // worked out. Their code point arrays double as the requests' (compared by identity
  // first). Bounded: glyph 0 stands for every character the font lacks.
  const made = new Map<string, Glyph>()
  let requests = new Map<number, Glyph>()
  Object.defineProperty(view, 'getGlyph', {
    value(this: ShapingFont, id: number, codePoints: number[] = []): Glyph {
      let glyph = requests.get(id)
      if (glyph === undefined) {
        const key = `${id}:${codePoints.join()}`
        glyph = made.get(key)
        if (glyph === undefined) {
          // fontkit makes a glyph object only for an id it has not made yet.
          forgetGlyphs(this)
          if (made.size >= MADE_LIMIT) made.clear()
          made.set(key, (glyph = getGlyph.call(this, id, codePoints)))
        }
        requests.set(id, glyph)
      }
      return glyph
    }
  })
  return (text) => {
    requests = new Map()
    const { glyphs, positions, advanceWidth } = view.layout(text)
    return { glyphs, positions, advanceWidth, requests: [...requests].map(([id, glyph]) => [id, glyph.codePoints] as const) }
  }
}

/** A document's glyphs of one face: the code points of each glyph's first request, and the chunks taken from the shared shaping. */
interface Own {
  readonly shape: (text: string) => Shaped
  readonly codePoints: Map<number, number[]>
  /** Per chunk: whether the document lays it out as the shared shaping does. */
  readonly taken: Map<string, boolean>
}

const documents = new WeakMap<object, Own>()

/**
 * A view of `font` for one document: glyph objects of its own, made at their first
 * request in this document as a font parsed for it would make them, and layout from
 * `shape`, shared by every document, wherever that gives what fontkit would give here.
 */
export function documentGlyphs<T extends ShapingFont>(font: T, shape: (text: string) => Shaped): T {
  const view = glyphScope(font)
  const getGlyph = font.getGlyph
  const layout = font.layout
  const own: Own = { shape, codePoints: new Map(), taken: new Map() }
  Object.defineProperties(view, {
    // Every glyph object of the view is made here, with the code points of the first
    // request, and so answers for them.
    getGlyph: {
      value(this: T, id: number, codePoints: number[] = []): Glyph {
        let first = own.codePoints.get(id)
        if (first === undefined) own.codePoints.set(id, (first = codePoints))
        return getGlyph.call(this, id, first)
      }
    },
    layout: {
      value(this: T, text: string, features?: unknown): GlyphRun {
        if (features === undefined && take(own, text)) return inDocument(this, shape(text))
        // fontkit's own layout, with this document's glyph objects.
        return layout.call(this, text, features)
      }
    }
  })
  documents.set(view, own)
  return view
}

/**
 * Whether the document lays `text` out as the shared shaping does; if so, its glyphs
 * are now requested as that layout would request them. fontkit's layout depends on the
 * code points of the glyph objects it is handed, and nothing else that differs between
 * documents; where every glyph the fresh shaping requested is new to the document, or
 * was first requested here with the same code points, fontkit is handed the same here,
 * step by step, and does the same.
 */
function take(own: Own, text: string): boolean {
  let taken = own.taken.get(text)
  if (taken === undefined) {
    const { requests } = own.shape(text)
    taken = requests.every(([id, codePoints]) => {
      const first = own.codePoints.get(id)
      return first === undefined || first === codePoints || sameCodePoints(first, codePoints)
    })
    if (taken) for (const [id, codePoints] of requests) if (!own.codePoints.has(id)) own.codePoints.set(id, codePoints)
    own.taken.set(text, taken)
  }
  return taken
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i])
}

/** The shared run with the document's glyph objects, and positions of its own (pdfkit scales them in place). */
function inDocument(font: ShapingFont, run: GlyphRun): GlyphRun {
  const glyphs = run.glyphs.map((glyph) => font.getGlyph(glyph.id))
  const positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset }))
  return {
    glyphs,
    positions,
    // fontkit's GlyphRun computes this from the (by then scaled) positions; so must we.
    get advanceWidth() {
      let width = 0
      for (const position of positions) width += position.xAdvance
      return width
    }
  }
}

/**
 * For the drawing fast path: `text` as the shaping shared by every document gives it
 * (glyph ids and widths, positions, in fontkit units), or null if `font` is not from
 * `documentGlyphs`. The document draws it only if `takeShared` says so.
 */
export function sharedRun(font: object, text: string): GlyphRun | null {
  return documents.get(font)?.shape(text) ?? null
}

/**
 * Whether document font `font` lays `text` out as the shared shaping does (then its
 * glyphs for `text` are requested as pdfkit's layout would request them); false if it
 * needs its own layout (`font.layout`), or `font` is not from `documentGlyphs`.
 */
export function takeShared(font: object, text: string): boolean {
  const own = documents.get(font)
  return own !== undefined && take(own, text)
}

/** The text of glyph `id` in document font `font`, for its ToUnicode entry: the code points of its first request there. */
export function documentCodePoints(font: object, id: number): number[] {
  return documents.get(font)?.codePoints.get(id) ?? (font as ShapingFont).getGlyph(id).codePoints
}
