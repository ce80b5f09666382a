// A cluster's glyph in a font subset: a TrueType composite glyph (OpenType spec, 'glyf'
// table, composite glyph description) of the glyphs shaping placed, each at its offset,
// with no outline or hinting of its own. Renderers draw it as they draw an accented
// letter made of a base and a mark; the PDF's text layer maps it to the whole cluster.
import type { SubsetGlyph } from './internals.js'

/** A part of a composite: its glyph id in the subset, its offset and its outline's box (null if it has none), font units. */
export interface Part {
  readonly gid: number
  readonly dx: number
  readonly dy: number
  readonly box: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number } | null
}

const ARG_1_AND_2_ARE_WORDS = 0x0001
const ARGS_ARE_XY_VALUES = 0x0002
const MORE_COMPONENTS = 0x0020

/** The glyph data and horizontal metrics of a composite of `parts`, `advance` wide. */
export function compositeGlyph(parts: readonly Part[], advance: number): SubsetGlyph {
  // Nothing to draw (only format characters): an empty glyph, as a space is.
  if (parts.length === 0) return { bytes: new Uint8Array(0), advance, bearing: 0 }
  let xMin = Infinity
  let yMin = Infinity
  let xMax = -Infinity
  let yMax = -Infinity
  for (const { dx, dy, box } of parts) {
    if (box === null) continue
    xMin = Math.min(xMin, box.minX + dx)
    yMin = Math.min(yMin, box.minY + dy)
    xMax = Math.max(xMax, box.maxX + dx)
    yMax = Math.max(yMax, box.maxY + dy)
  }
  if (xMin === Infinity) xMin = yMin = xMax = yMax = 0
  // 10 bytes of header, 8 per part: always an even length, as a short `loca` needs.
  const bytes = new Uint8Array(10 + parts.length * 8)
  const view = new DataView(bytes.buffer)
  view.setInt16(0, -1)
  view.setInt16(2, Math.floor(xMin))
  view.setInt16(4, Math.floor(yMin))
  view.setInt16(6, Math.ceil(xMax))
  view.setInt16(8, Math.ceil(yMax))
  parts.forEach((part, i) => {
    const at = 10 + i * 8
    const more = i < parts.length - 1 ? MORE_COMPONENTS : 0
    view.setUint16(at, ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | more)
    view.setUint16(at + 2, part.gid)
    view.setInt16(at + 4, Math.round(part.dx))
    view.setInt16(at + 6, Math.round(part.dy))
  })
  return { bytes, advance: Math.round(advance), bearing: Math.floor(xMin) }
}
