// A faster writer for the TrueType subsets pdfkit embeds, byte for byte what fontkit
// 2.0.x's TTFSubset.encode writes (its glyph state read through internals.ts).
//
// fontkit encodes a subset through its generic table codec (restructure), which walks
// a schema for every field: a few milliseconds per face per document, paid again in
// every student's copy. The subset is nine tables, seven of them copied from the font
// (two with a glyph count patched in), so they are encoded once per face and the
// per-document work is the glyph data, offsets and metrics. The first subset of each
// face is also encoded by fontkit and compared; should they ever differ (another
// fontkit), fontkit's encoder is used from then on.

import { gatherGlyphs, scopedFont, subsetFont, trueTypeSubset, type SubsetGlyphs, type TrueTypeSubset } from './internals.js'

/** A face's tables that do not change between subsets, encoded by fontkit once. */
interface Fixed {
  head: Uint8Array
  hhea: Uint8Array
  maxp: Uint8Array
  cvt: Uint8Array
  prep: Uint8Array
  fpgm: Uint8Array
}

const TAGS = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const
const fixed = new WeakMap<object, Fixed | null>()

/** Replace `subset.encode` with the faster writer (checked against fontkit's once per face). */
export function fastEncode(subset: object): void {
  const ttf = trueTypeSubset(subset)
  if (ttf === null) return
  const s = subset as { encode(): Uint8Array }
  const original = s.encode
  // Per parsed font: each document's font is a view of it (fonts.ts) with the same tables.
  const font = scopedFont(subsetFont(ttf))
  s.encode = function (this: typeof s): Uint8Array {
    let tables = fixed.get(font)
    if (tables === null) return original.call(this)
    if (tables === undefined) {
      // fontkit's encode resets the glyph state; run it first, then compare with ours.
      const reference = original.call(this)
      tables = tablesOf(reference)
      const ours = tables && write(ttf, tables)
      const same = ours !== null && ours.length === reference.length && Buffer.compare(ours, reference) === 0
      fixed.set(font, same ? tables : null)
      return reference
    }
    return write(ttf, tables)
  }
}

/** Read the fixed tables back out of a subset fontkit wrote. */
function tablesOf(font: Uint8Array): Fixed | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const count = view.getUint16(4)
  const found = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!)
    const offset = view.getUint32(at + 8)
    const length = view.getUint32(at + 12)
    found.set(tag, font.slice(offset, offset + length))
  }
  const get = (tag: string): Uint8Array | undefined => found.get(tag)
  const [head, hhea, maxp, cvt, prep, fpgm] = ['head', 'hhea', 'maxp', 'cvt ', 'prep', 'fpgm'].map(get)
  if (!head || !hhea || !maxp || !cvt || !prep || !fpgm || count !== TAGS.length) return null
  return { head, hhea, maxp, cvt, prep, fpgm }
}

/** What fontkit's encode does, with the fixed tables copied in. */
function write(subset: TrueTypeSubset, tables: Fixed): Uint8Array {
  const glyphs: SubsetGlyphs = gatherGlyphs(subset)
  const glyphCount = glyphs.glyf.length
  const metrics = glyphs.metrics
  const short = glyphs.shortOffsets

  const hhea = tables.hhea.slice()
  new DataView(hhea.buffer).setUint16(34, metrics.length) // numberOfMetrics
  const maxp = tables.maxp.slice()
  new DataView(maxp.buffer).setUint16(4, glyphCount) // numGlyphs
  const offsets = glyphs.offsets
  const loca = new Uint8Array(offsets.length * (short ? 2 : 4))
  const locaView = new DataView(loca.buffer)
  offsets.forEach((o, i) => (short ? locaView.setUint16(i * 2, o >>> 1) : locaView.setUint32(i * 4, o)))
  const hmtx = new Uint8Array(metrics.length * 4)
  const hmtxView = new DataView(hmtx.buffer)
  metrics.forEach((m, i) => {
    hmtxView.setUint16(i * 4, m.advance)
    hmtxView.setInt16(i * 4 + 2, m.bearing)
  })
  const glyfLength = glyphs.length

  const parts: Record<(typeof TAGS)[number], Uint8Array | null> = { head: tables.head, hhea, loca, maxp, 'cvt ': tables.cvt, prep: tables.prep, glyf: null, hmtx, fpgm: tables.fpgm }
  const header = 12 + TAGS.length * 16
  let total = header
  for (const tag of TAGS) total += tag === 'glyf' ? glyfLength : parts[tag]!.length
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  out.set([0x74, 0x72, 0x75, 0x65]) // 'true'
  const entrySelector = Math.floor(Math.log2(TAGS.length))
  const searchRange = 2 ** entrySelector * 16
  view.setUint16(4, TAGS.length)
  view.setUint16(6, searchRange)
  view.setUint16(8, entrySelector)
  view.setUint16(10, TAGS.length * 16 - searchRange)
  let at = header
  TAGS.forEach((tag, i) => {
    const entry = 12 + i * 16
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c)
    // Checksums are left 0, as fontkit leaves them.
    view.setUint32(entry + 8, at)
    if (tag === 'glyf') {
      view.setUint32(entry + 12, glyfLength)
      for (const glyph of glyphs.glyf) {
        out.set(glyph, at)
        at += glyph.length
      }
    } else {
      const part = parts[tag]!
      view.setUint32(entry + 12, part.length)
      out.set(part, at)
      at += part.length
    }
  })
  return out
}
