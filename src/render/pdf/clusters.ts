// A run of text in a fallback face, shaped and cut into clusters: the glyphs of each
// stretch of characters that shaping binds together.
//
// fontkit shapes Arabic (joining, marks), Devanagari (conjuncts, reph, the i-matra that
// stands before its consonant) and Thai (stacked marks, sara am) with the font's OpenType
// tables, and returns right-to-left runs in visual order. What it returns is right to
// look at, but not to read back: a PDF's text is each glyph's Unicode text in drawing
// order, and here a reph is drawn after the consonant it precedes, a dot may be a glyph
// of its own with no text, and a right-to-left word comes out backwards.
//
// So each cluster whose glyphs do not stand one for one, in order, for its characters
// becomes one glyph of the subset (a TrueType composite of its glyphs, placed as shaped:
// composite.ts) whose text is the cluster's characters. Drawn in visual order, the run's
// text is then its characters in order for a left-to-right run, and exactly reversed for
// a right-to-left one, which is what text extraction (pdf.js, poppler) turns back into
// the logical order: it takes right-to-left text to be drawn in visual order.
import { forgetGlyphs, glyphScope } from './internals.js'
import type { FallbackFace } from './fallback.js'

/** A glyph of a composite cluster: a glyph id of the face and where it sits, in font units. */
export interface Component {
  readonly id: number
  readonly dx: number
  readonly dy: number
}

/** One cluster as drawn: a glyph of the face, or a composite of several. */
export interface Cluster {
  /** The glyph id in the face, or for a composite a key naming its parts (never a number). */
  readonly glyph: number | string
  /** The glyph's own advance width, font units. */
  readonly width: number
  /** The advance shaping gives it (kerning included), font units. */
  readonly advance: number
  /** The text the glyph stands for in the PDF (its ToUnicode entry), as code points. */
  readonly text: readonly number[]
  /** A composite's parts; null for a glyph of the face. */
  readonly components: readonly Component[] | null
}

/** A shaped run: clusters in visual order. */
export interface ShapedRun {
  readonly clusters: readonly Cluster[]
  /** The run's width, font units. */
  readonly advanceWidth: number
  readonly rtl: boolean
}

interface Position {
  readonly xAdvance: number
  readonly yAdvance: number
  readonly xOffset: number
  readonly yOffset: number
}

interface Laid {
  readonly glyphs: ReadonlyArray<{ readonly id: number; readonly codePoints: readonly number[]; readonly advanceWidth: number }>
  readonly positions: readonly Position[]
  readonly direction?: string
}

interface Shaper {
  readonly view: object
  readonly runs: Map<string, ShapedRun>
}

const shapers = new WeakMap<FallbackFace, Shaper>()
// Bounded like fonts.ts's shaping cache.
const RUN_LIMIT = 20_000

/** `text` shaped in `face`, cut into clusters; the same for every document (cached per face). */
export function shapeRun(face: FallbackFace, text: string): ShapedRun {
  let shaper = shapers.get(face)
  if (shaper === undefined) shapers.set(face, (shaper = { view: glyphScope(face.font), runs: new Map() }))
  let run = shaper.runs.get(text)
  if (run === undefined) {
    // Glyph objects made afresh for each text, so each glyph's code points are those of
    // this shaping, whatever was shaped before.
    forgetGlyphs(shaper.view)
    const laid = (shaper.view as { layout(text: string): Laid }).layout(text)
    run = clusterRun(laid, [...text].map((c) => c.codePointAt(0)!))
    if (shaper.runs.size >= RUN_LIMIT) shaper.runs.clear()
    shaper.runs.set(text, run)
  }
  return run
}

/** Cut a laid-out run into clusters (exported for the tests). */
export function clusterRun(laid: Laid, chars: readonly number[]): ShapedRun {
  const rtl = laid.direction === 'rtl'
  const n = laid.glyphs.length
  // Work in logical order: fontkit reversed a right-to-left run after shaping it.
  const order = Array.from({ length: n }, (_, i) => (rtl ? n - 1 - i : i))
  const groups: Group[] = []
  let at = 0
  let i = 0
  while (i < n) {
    const glyphs: number[] = []
    const bag = new Map<number, number>()
    let count = 0
    let done = false
    while (i < n && !done) {
      const g = order[i++]!
      glyphs.push(g)
      for (const cp of laid.glyphs[g]!.codePoints) {
        bag.set(cp, (bag.get(cp) ?? 0) + 1)
        count++
      }
      // Glyphs without text (a dot split from its letter, the second half of a vowel) go
      // with the cluster before them.
      while (i < n && laid.glyphs[order[i]!]!.codePoints.length === 0) glyphs.push(order[i++]!)
      done = count > 0 && at + count <= chars.length && sameBag(bag, chars, at, count)
    }
    const to = done ? at + count : chars.length
    groups.push({ glyphs, from: at, to })
    at = to
  }
  // Characters shaping dropped (a format character the face lacks) go with the last cluster.
  const last = groups[groups.length - 1]
  if (last !== undefined) last.to = chars.length
  const clusters = joinFormats(groups, chars, rtl).map((group) => toCluster(laid, group.glyphs, chars.slice(group.from, group.to), rtl))
  if (rtl) clusters.reverse()
  let advanceWidth = 0
  for (const c of clusters) advanceWidth += c.advance
  return { clusters, advanceWidth, rtl }
}

interface Group {
  glyphs: number[]
  from: number
  to: number
}

/**
 * A cluster of format characters alone (ZWJ, ZWNJ) joins a neighbour, so that its text
 * is read back: pdf.js drops a glyph whose text ends with a format character. Left to
 * right it goes before the next cluster's text; right to left (stored reversed) after
 * the previous one's.
 */
function joinFormats(groups: readonly Group[], chars: readonly number[], rtl: boolean): Group[] {
  const out: Group[] = groups.map((g) => ({ ...g, glyphs: [...g.glyphs] }))
  for (let k = 0; k < out.length && out.length > 1; ) {
    const g = out[k]!
    if (g.to === g.from || !chars.slice(g.from, g.to).every(isFormat)) {
      k++
      continue
    }
    const into = rtl ? (k > 0 ? k - 1 : k + 1) : k + 1 < out.length ? k + 1 : k - 1
    const other = out[into]!
    other.glyphs.push(...g.glyphs)
    other.from = Math.min(other.from, g.from)
    other.to = Math.max(other.to, g.to)
    out.splice(k, 1)
  }
  return out
}

function sameBag(bag: Map<number, number>, chars: readonly number[], from: number, count: number): boolean {
  const rest = new Map(bag)
  for (let k = from; k < from + count; k++) {
    const left = rest.get(chars[k]!)
    if (left === undefined || left === 0) return false
    rest.set(chars[k]!, left - 1)
  }
  return true
}

/** The cluster of `indices` (glyph indices in visual order once sorted), standing for `text`. */
function toCluster(laid: Laid, indices: readonly number[], text: readonly number[], rtl: boolean): Cluster {
  const visual = [...indices].sort((a, b) => a - b)
  // Right-to-left text is read back reversed (see the top of this file), so its
  // clusters' text is stored reversed too.
  const stored = rtl ? [...text].reverse() : [...text]
  const first = visual[0]!
  const glyph = laid.glyphs[first]!
  const p = laid.positions[first]!
  const simple =
    visual.length === 1 &&
    p.xOffset === 0 &&
    p.yOffset === 0 &&
    p.yAdvance === 0 &&
    !(glyph.id === 0 && text.every(isFormat)) &&
    glyph.codePoints.length === text.length &&
    glyph.codePoints.every((cp, k) => cp === text[k])
  if (simple) return { glyph: glyph.id, width: glyph.advanceWidth, advance: p.xAdvance, text: stored, components: null }
  const components: Component[] = []
  let x = 0
  let y = 0
  for (const index of visual) {
    const q = laid.positions[index]!
    const id = laid.glyphs[index]!.id
    // A character the face lacks (glyph 0) that is a format character draws nothing.
    if (!(id === 0 && laid.glyphs[index]!.codePoints.every(isFormat))) components.push({ id, dx: x + q.xOffset, dy: y + q.yOffset })
    x += q.xAdvance
    y += q.yAdvance
  }
  const key = `c${components.map((c) => `${c.id},${c.dx},${c.dy}`).join(';')}|${x}|${stored.join(',')}`
  return { glyph: key, width: x, advance: x, text: stored, components }
}

function isFormat(cp: number): boolean {
  return /^\p{Cf}$/u.test(String.fromCodePoint(cp))
}
