// Faster font subsetting across documents.
//
// pdfkit embeds a fresh subset of each face in every PDF, and fontkit builds it
// by fully decoding every glyph's outline just to learn whether it is a
// composite; that was a fifth of a render's time, repeated for the same glyphs
// in every student's copy. This keeps, per face, what each glyph contributes to
// a subset (its raw bytes, component references and metrics) and reuses it.
// The bytes produced are identical to fontkit's (the tests compare renders).
//
// It replaces `_addGlyph` of fontkit 2.0.x's TrueType subset, a private method;
// package.json pins fontkit exactly. If the subset does not look as expected,
// fontkit's own code is left in place, which is merely slower.

interface Component {
  readonly glyphID: number
  readonly pos: number
}

/** What one glyph contributes to any subset. */
export interface GlyphEntry {
  readonly bytes: Uint8Array
  readonly components: readonly Component[] | null
  readonly advance: number
  readonly bearing: number
}

// The fontkit internals the replacement touches.
interface TTFSubset {
  font: {
    getGlyph(id: number): { _decode(): { numberOfContours: number; components?: Component[] } | null; advanceWidth: number; _getMetrics(): { leftBearing: number } }
    loca: { offsets: number[] }
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array }
    _variationProcessor?: unknown
  }
  glyphs: number[]
  glyf: Uint8Array[]
  loca: { offsets: number[] }
  hmtx: { metrics: Array<{ advance: number; bearing: number }> }
  offset: number
  includeGlyph(id: number): number
  _addGlyph?: (id: number) => number
}

/** Make subsets created by `createSubset` reuse per-glyph work cached in `glyphs`. */
export function memoiseSubsets<T extends object>(createSubset: () => T, glyphs: Map<number, GlyphEntry>): () => T {
  return function (this: unknown) {
    const subset = createSubset.call(this) as T & TTFSubset
    if (typeof subset._addGlyph !== 'function' || !Array.isArray(subset.glyphs) || subset.font._variationProcessor) return subset
    subset._addGlyph = function (this: TTFSubset, id: number): number {
      const entry = glyphs.get(id) ?? read(this, id, glyphs)
      let bytes = entry.bytes
      if (entry.components !== null) {
        // A composite glyph names its parts by glyph id; renumber them for this subset.
        bytes = new Uint8Array(bytes)
        const view = new DataView(bytes.buffer)
        for (const { glyphID, pos } of entry.components) view.setUint16(pos, this.includeGlyph(glyphID))
      }
      this.glyf.push(bytes)
      this.loca.offsets.push(this.offset)
      this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing })
      this.offset += bytes.length
      return this.glyf.length - 1
    }
    return subset
  }
}

function read(subset: TTFSubset, id: number, glyphs: Map<number, GlyphEntry>): GlyphEntry {
  const { font } = subset
  const glyph = font.getGlyph(id)
  const outline = glyph._decode()
  const start = font.loca.offsets[id]!
  const stream = font._getTableStream('glyf')
  stream.pos += start
  const bytes = stream.readBuffer(font.loca.offsets[id + 1]! - start)
  const components = outline !== null && outline.numberOfContours < 0 ? (outline.components ?? []).map(({ glyphID, pos }) => ({ glyphID, pos })) : null
  const entry = { bytes, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing }
  glyphs.set(id, entry)
  return entry
}
