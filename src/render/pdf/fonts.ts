// DejaVu Sans, parsed once per process and shared by every PDF we render.
//
// Parsing a TrueType file costs milliseconds; a class of 150 per-student quizzes
// must not pay it 150 times. pdfkit 0.20 accepts an already parsed fontkit font
// (`PDFFontFactory.open` takes any object with a `layout` function) and makes its
// own per-document subset from it. Each document is given a view of the parsed font
// with glyph objects of its own (glyphs.ts says why), and shaping is shared.
//
// DejaVu covers Latin, Greek and Cyrillic: most names and article quotes come out
// exactly. Text in a script it lacks (or, for Arabic and Hebrew, draws poorly) is measured
// and drawn with a fallback face (itemize.ts, fallback.ts), read only when a text needs it.
// First: pdfkit's and fontkit's unused dependencies start only when used (lazy-deps.ts).
import './lazy-deps.js'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { documentGlyphs, freshShaping, type Glyph, type GlyphRun, type Shaped } from './glyphs.js'
import { postHeaderOnly } from './internals.js'
import { collectShapingWith, keptShaping, type KeptShaping } from './shaping-store.js'
import { memoiseSubsets, type GlyphEntry } from './subset.js'
import { charFaces, fontRuns, runAdvance } from './itemize.js'
import type { Weight } from './fallback.js'

/** The faces the style table may name. */
export type FontName = 'regular' | 'bold' | 'oblique' | 'boldOblique' | 'mono' | 'monoBold'

/** The part of a fontkit font this module uses. */
export interface FontkitFont {
  readonly unitsPerEm: number
  readonly ascent: number
  readonly descent: number
  layout(text: string, features?: unknown): GlyphRun
  hasGlyphForCodePoint(codePoint: number): boolean
  getGlyph(id: number, codePoints?: number[]): Glyph
  createSubset(): object
}

const FILES: Record<FontName, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  oblique: 'DejaVuSans-Oblique.ttf',
  boldOblique: 'DejaVuSans-BoldOblique.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoBold: 'DejaVuSansMono-Bold.ttf'
}

// Resolved through the package rather than a path relative to this file, so it
// works from src/ (vitest) and dist/ (the CLI) alike.
const require = createRequire(import.meta.url)
// fontkit ships no type declarations; `FontkitFont` above types what we use.
const fontkit = require('fontkit') as { create(data: Uint8Array): FontkitFont }
let fontDir: string | undefined

interface Face {
  readonly font: FontkitFont
  /** `font.unitsPerEm`, which fontkit reads through two getters each time. */
  readonly em: number
  /** Shaping as by a freshly parsed font. */
  readonly fresh: (text: string) => Shaped
  /** Shaped chunks of text (fontkit units), shared by every document. */
  readonly runs: Map<string, Shaped>
  /** What each glyph adds to a subset, shared by every document's subsets. */
  readonly subsetGlyphs: Map<number, GlyphEntry>
  /** Chunks earlier builds kept (shaping-store.ts), taken into `runs` as they are asked for. */
  readonly kept: KeptShaping
  /** Chunks shaped here since the face was parsed or its chunks last kept. */
  shaped: number
}

const faces = new Map<FontName, Face>()
const files = new Map<FontName, Uint8Array>()

function fontPath(name: FontName): string {
  fontDir ??= join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  return join(fontDir, FILES[name])
}

// Shaping (fontkit's GSUB/GPOS pass) was a quarter of a render's time, done
// afresh for the same words in every document. Bounded so a long-running
// process cannot grow it without limit.
const RUN_CACHE_LIMIT = 50_000

function face(name: FontName): Face {
  let loaded = faces.get(name)
  if (loaded === undefined) {
    const file = readFileSync(fontPath(name))
    const font = fontkit.create(file)
    postHeaderOnly(font, file)
    loaded = { font, em: font.unitsPerEm, fresh: freshShaping(font), runs: new Map(), kept: keptShaping(name), subsetGlyphs: new Map(), shaped: 0 }
    faces.set(name, loaded)
  }
  return loaded
}

// What to keep for later builds: each face's chunks, the kept ones and those shaped here,
// once it has shaped a good many of its own. A rebuild after a name changed shapes that
// name alone: writing every chunk again for it would cost more than shaping the name anew.
const WORTH_KEEPING = 64

collectShapingWith(function* () {
  for (const [name, face] of faces) {
    if (face.shaped === 0 || (face.shaped < WORTH_KEEPING && face.kept.size > 0)) continue
    face.shaped = 0
    yield [name, allRuns(face)] as const
  }
})

/** The face's chunks: those kept by earlier builds and not asked for here, then those it has. */
function* allRuns(face: Face): Generator<readonly [string, Shaped]> {
  for (const entry of face.kept.entries()) if (!face.runs.has(entry[0])) yield entry
  yield* face.runs
}

/** `text` shaped as a freshly parsed font shapes it, once per process (or per build, kept by the cache: shaping-store.ts). */
function shape(face: Face, text: string): Shaped {
  let run = face.runs.get(text)
  if (run === undefined && (run = face.kept.get(text)) !== undefined) face.runs.set(text, run)
  if (run === undefined) {
    run = face.fresh(text)
    face.shaped++
    if (face.runs.size >= RUN_CACHE_LIMIT) face.runs.clear()
    face.runs.set(text, run)
  }
  return run
}

/**
 * The font object to register with pdfkit for `name` in one document (call once per
 * document): the face parsed once per process, with glyph objects of the document's
 * own, shaping and subset work shared.
 */
export function documentFont(name: FontName): FontkitFont {
  const f = face(name)
  const font = documentGlyphs(f.font, (text) => shape(f, text))
  return Object.defineProperty(font, 'createSubset', { value: memoiseSubsets(f.font.createSubset, f.subsetGlyphs) })
}

/** The file of face `name`, for stock pdfkit to parse itself; read once per process. */
export function fontFile(name: FontName): Uint8Array {
  let bytes = files.get(name)
  if (bytes === undefined) files.set(name, (bytes = readFileSync(fontPath(name))))
  return bytes
}

/** The parsed font `name`, for its metrics (not its glyph objects, whose text is whoever's asked first: glyphs.ts). */
export function font(name: FontName): FontkitFont {
  return face(name).font
}

/** The weight of the fallback faces that stand in for `name`. */
export function weightOf(name: FontName): Weight {
  return name === 'bold' || name === 'boldOblique' || name === 'monoBold' ? 'bold' : 'regular'
}

/**
 * Advance width of `piece` in `name`, in thousandths of an em.
 * Measures exactly as pdfkit draws: pdfkit lays text out one space-terminated
 * chunk at a time, so callers pass such chunks and sum them. Parts of a chunk in a
 * script `name` lacks are measured in the fallback face that draws them (itemize.ts),
 * and what no face draws as the box that stands for it (`drawable`).
 */
export function advance(name: FontName, text: string): number {
  const piece = drawable(name, text)
  const runs = fontRuns(piece, weightOf(name))
  if (runs === null) return mainAdvance(name, piece)
  let width = 0
  for (const run of runs) width += run.face === null ? mainAdvance(name, run.text) : runAdvance(run.face, run.text)
  return width
}

/** Advance width of `piece` in the face `name` itself, in thousandths of an em. */
export function mainAdvance(name: FontName, piece: string): number {
  const f = face(name)
  return (shape(f, piece).advanceWidth * 1000) / f.em
}

/**
 * The distinct characters of `text` (whitespace and format characters ignored) that no
 * bundled face draws, in order of first appearance: neither the regular face nor the
 * fallback face the character would be drawn with; e.g. to warn that a student's name
 * would print boxes.
 */
export function missingGlyphs(text: string): string[] {
  const regular = font('regular')
  const missing = new Set<string>()
  for (const chunk of text.split(/\s+/u)) {
    const faces = charFaces(chunk, 'regular')
    let i = 0
    for (const char of chunk) {
      const face = faces[i++]
      if (/^\p{Cf}$/u.test(char) || missing.has(char)) continue
      const cp = char.codePointAt(0)!
      if (!(face == null ? regular.hasGlyphForCodePoint(cp) : face.font.hasGlyphForCodePoint(cp))) missing.add(char)
    }
  }
  return [...missing]
}

/** What stands for a character no face draws. */
const BOX = '\u25a1'

/** Whether every character of `text` is one every main face draws (Latin, common punctuation): most text, checked without a lookup. */
function common(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!(c < 0x180 || (c >= 0x2010 && c <= 0x2022) || c === 0x2026 || c === 0x20ac)) return false
  }
  return true
}

const drawn: Partial<Record<FontName, Map<string, string>>> = {}

/**
 * `text` as the PDF draws it in `name`: a box (□) for each character neither the face nor
 * a fallback face draws, and nothing for an invisible format character (a joiner) none
 * draws. A missing glyph itself would be drawn at its width in font units (pdfkit writes
 * the missing glyph's width unscaled, 1229 where it measures 600 thousandths of an em), so
 * a name with an emoji or a Tamil letter printed twice as wide as it was measured, over
 * the words after it; a box is drawn as wide as it is measured. Measuring (`advance`) and
 * drawing (context.ts) both take text through here.
 */
export function drawable(name: FontName, text: string): string {
  if (common(text)) return text
  const memo = (drawn[name] ??= new Map())
  let found = memo.get(text)
  if (found === undefined) {
    const main = face(name).font
    const faces = charFaces(text, weightOf(name))
    let i = 0
    found = ''
    for (const char of text) {
      const cp = char.codePointAt(0)!
      found += faces[i++] != null || main.hasGlyphForCodePoint(cp) ? char : /^\p{Cf}$/u.test(char) ? '' : BOX
    }
    if (memo.size >= RUN_CACHE_LIMIT) memo.clear()
    memo.set(text, found)
  }
  return found
}
