// Faster font subsetting across documents.
//
// pdfkit embeds a fresh subset of each face in every PDF, and fontkit builds it
// by fully decoding every glyph's outline just to learn whether it is a
// composite; that was a fifth of a render's time, repeated for the same glyphs
// in every student's copy. This keeps, per face, what each glyph contributes to
// a subset (its raw bytes, component references and metrics) and reuses it.
// The bytes produced are identical to fontkit's (the tests compare renders).
//
// It replaces how fontkit 2.0.x's TrueType subset adds a glyph, through
// internals.ts; if the subset does not look as expected, fontkit's own code is
// left in place, which is merely slower.
import { decodeGlyph, glyphBytes, glyphLeftBearing, replaceAddGlyph, subsetFont, trueTypeSubset, type SubsetGlyph, type TrueTypeSubset } from './internals.js'

/** What one glyph contributes to any subset. */
export interface GlyphEntry {
  readonly bytes: Uint8Array
  /** A composite's parts: glyph ids and where they are written in `bytes`; null for a simple glyph. */
  readonly components: ReadonlyArray<{ readonly glyphID: number; readonly pos: number }> | null
  readonly advance: number
  readonly bearing: number
}

interface Font {
  getGlyph(id: number): { advanceWidth: number }
}

/** Make subsets created by `createSubset` reuse per-glyph work cached in `glyphs`. */
export function memoiseSubsets<T extends object>(createSubset: () => T, glyphs: Map<number, GlyphEntry>): () => T {
  return function (this: unknown) {
    const subset = createSubset.call(this)
    const ttf = trueTypeSubset(subset)
    if (ttf !== null) replaceAddGlyph(ttf, (id, include) => place(glyphs.get(id) ?? read(ttf, id, glyphs), include))
    return subset
  }
}

/** The glyph's bytes for this subset: a composite names its parts by glyph id, so renumber them. */
function place(entry: GlyphEntry, include: (id: number) => number): SubsetGlyph {
  if (entry.components === null) return entry
  const bytes = new Uint8Array(entry.bytes)
  const view = new DataView(bytes.buffer)
  for (const { glyphID, pos } of entry.components) view.setUint16(pos, include(glyphID))
  return { bytes, advance: entry.advance, bearing: entry.bearing }
}

function read(subset: TrueTypeSubset, id: number, glyphs: Map<number, GlyphEntry>): GlyphEntry {
  const font = subsetFont(subset) as Font
  const glyph = font.getGlyph(id)
  const bytes = glyphBytes(font, id)
  // A glyph's bytes open with its contour count, negative for a composite: only a
  // composite's outline is decoded, for its parts (a simple glyph's is all points, and
  // decoding them was most of the time a subset took in a fresh process).
  const composite = bytes.byteLength >= 2 && new DataView(bytes.buffer, bytes.byteOffset, 2).getInt16(0) < 0
  const outline = composite ? decodeGlyph(glyph) : null
  const components = outline !== null && outline.numberOfContours < 0 ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null
  const entry = { bytes, components, advance: glyph.advanceWidth, bearing: glyphLeftBearing(glyph) }
  glyphs.set(id, entry)
  return entry
}
