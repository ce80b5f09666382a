// Drawing text in a fallback face: clusters (clusters.ts) written as one TJ, each a glyph
// of the face or a composite made for the subset (composite.ts), each with its text in the
// PDF's ToUnicode map.
//
// Both paths draw fallback text this way, the stock one (fonts parsed by pdfkit from their
// files, fontkit's subsetter) and the fast one (views of faces parsed once, subset.ts), so
// both write the same bytes: pdfkit's own `text` would shape it again and map each glyph
// to the characters of its first use, which reads back as the wrong text (clusters.ts).
import type { Cluster, ShapedRun } from './clusters.js'
import { compositeGlyph } from './composite.js'
import type { FallbackFace } from './fallback.js'
import { addMadeGlyphs, currentFont, currentFontSize, fontResource, fontScale, fontSubset, includeGlyph, useFontOnPage, type PdfFont } from './internals.js'

interface FontState {
  /** Each glyph of the face drawn so far, and the text its ToUnicode entry holds. */
  readonly texts: Map<number, string>
  /** The composites made for this document's subset, by key. */
  readonly made: Map<string, Cluster>
  /** Each cluster's subset id as four hex digits. */
  readonly codes: Map<number | string, string>
}

const states = new WeakMap<PdfFont, FontState>()

function stateOf(font: PdfFont, face: FallbackFace): FontState {
  let state = states.get(font)
  if (state === undefined) {
    const made = new Map<string, Cluster>()
    state = { texts: new Map(), made, codes: new Map() }
    states.set(font, state)
    addMadeGlyphs(fontSubset(font), (key, include) => {
      const cluster = made.get(key)
      if (cluster === undefined || cluster.components === null) throw new TypeError(`Unexpected glyph key \`${key}\`, expected one drawn in this document`)
      const parts = cluster.components.map(({ id, dx, dy }) => ({ gid: include(id), dx, dy, box: outlineBox(face, id) }))
      return compositeGlyph(parts, cluster.width)
    })
  }
  return state
}

function outlineBox(face: FallbackFace, id: number): { minX: number; minY: number; maxX: number; maxY: number } | null {
  const box = face.font.getGlyph(id).bbox
  return Number.isFinite(box.minX) && Number.isFinite(box.maxX) ? box : null
}

/** pdfkit's number formatting (PDFObject.number), as interpolated into content. */
function num(n: number): string {
  return `${Math.round(n * 1e6) / 1e6}`
}

/**
 * Draw `runs`, shaped in `face` (the document's current font, registered for it), one
 * after another from `x` on the baseline `baseline`, in one text object: a right-to-left
 * name, drawn in visual order, is one piece of text to a reader.
 */
export function drawShaped(document: PDFKit.PDFDocument, face: FallbackFace, runs: readonly ShapedRun[], x: number, baseline: number): void {
  const font = currentFont(document)
  const state = stateOf(font, face)
  const scale = fontScale(font)
  useFontOnPage(document, font)
  let tj = '['
  let hex = ''
  for (const run of runs) {
    for (const cluster of run.clusters) {
      hex += codesOf(font, state, cluster)
      const kern = (cluster.advance - cluster.width) * scale
      if (kern !== 0) {
        tj += `<${hex}> ${num(-kern)} `
        hex = ''
      }
    }
  }
  tj += hex === '' ? ']' : `<${hex}> 0]`
  document.x = x
  document.y = baseline
  const height = document.page.height
  document.addContent(`q\n1 0 0 -1 0 ${num(height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(height - baseline)} Tm\n/${fontResource(font)} ${num(currentFontSize(document))} Tf\n${tj} TJ\nET\nQ`)
}

/**
 * The cluster's codes in the document's font. pdf.js takes a glyph whose text holds a
 * nonspacing mark (a virama, a vowel sign above or below, a haraka) for a mark of no
 * width, and then reads what follows it as shifted by the glyph's real width (a space
 * appears in the middle of a word). So a cluster's text is cut at its nonspacing marks:
 * the cluster's glyph carries the first part without one, and each other part is an
 * empty glyph of no width that carries only its text, in order.
 */
function codesOf(font: PdfFont, state: FontState, cluster: Cluster): string {
  const parts = splitAtMarks(cluster.text)
  if (parts.length === 1) return codeOf(font, state, cluster)
  const carrier = Math.max(0, parts.findIndex((part) => !MARK.test(String.fromCodePoint(part[0]!))))
  let hex = ''
  parts.forEach((part, k) => {
    const text = part.join(',')
    hex += k === carrier ? codeOf(font, state, { ...cluster, text: part }) : codeOf(font, state, { glyph: `e|${text}`, width: 0, advance: 0, text: part, components: [] })
  })
  return hex
}

const MARK = /^\p{Mn}$/u

/** `text` cut into stretches of nonspacing marks and stretches of anything else. */
function splitAtMarks(text: readonly number[]): number[][] {
  const parts: number[][] = []
  let mark: boolean | undefined
  for (const cp of text) {
    const isMark = MARK.test(String.fromCodePoint(cp))
    if (isMark !== mark) parts.push([])
    parts[parts.length - 1]!.push(cp)
    mark = isMark
  }
  return parts.length === 0 ? [[]] : parts
}

/** The code of one glyph for `cluster`: its glyph, or a composite for its text if the glyph already stands for other text here. */
function codeOf(font: PdfFont, state: FontState, cluster: Cluster): string {
  let drawn = cluster
  const text = cluster.text.join(',')
  if (typeof cluster.glyph === 'number') {
    const had = state.texts.get(cluster.glyph)
    if (had === undefined) state.texts.set(cluster.glyph, text)
    // One glyph, two texts (two characters the face draws alike): a ToUnicode entry
    // holds one, so the second is a composite of the glyph alone.
    else if (had !== text) drawn = { ...cluster, glyph: `c${cluster.glyph},0,0|${cluster.width}|${text}`, components: [{ id: cluster.glyph, dx: 0, dy: 0 }] }
  } else if (cluster.components !== null && cluster.components.length > 0 && !cluster.glyph.endsWith(`|${text}`)) {
    // A composite carrying part of its cluster's text: named by that part.
    drawn = { ...cluster, glyph: `${cluster.glyph.slice(0, cluster.glyph.lastIndexOf('|'))}|${text}` }
  }
  let code = state.codes.get(drawn.glyph)
  if (code === undefined) {
    if (typeof drawn.glyph === 'string') state.made.set(drawn.glyph, drawn)
    const gid = includeGlyph(font, { id: drawn.glyph, advanceWidth: drawn.width, codePoints: [...drawn.text] })
    code = `0000${gid.toString(16)}`.slice(-4)
    state.codes.set(drawn.glyph, code)
  }
  return code
}
