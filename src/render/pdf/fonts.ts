// DejaVu Sans, parsed once per process and shared by every PDF we render.
//
// Parsing a TrueType file costs milliseconds; a class of 150 per-student quizzes
// must not pay it 150 times. pdfkit 0.20 accepts an already parsed fontkit font
// (`PDFFontFactory.open` takes any object with a `layout` function) and makes its
// own per-document subset from it. Each document is given a view of the parsed font
// with glyph objects of its own (glyphs.ts says why), and shaping is shared.
//
// DejaVu covers Latin, Greek and Cyrillic, which is why it is the one face we
// embed: students' names and article quotes come out exactly. It has no CJK.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { documentGlyphs, freshShaping, type Glyph, type GlyphRun, type Shaped } from './glyphs.js'
import { memoiseSubsets, type GlyphEntry } from './subset.js'

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
  /** Shaping as by a freshly parsed font. */
  readonly fresh: (text: string) => Shaped
  /** Shaped chunks of text (fontkit units), shared by every document. */
  readonly runs: Map<string, Shaped>
  /** What each glyph adds to a subset, shared by every document's subsets. */
  readonly subsetGlyphs: Map<number, GlyphEntry>
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
    const font = fontkit.create(readFileSync(fontPath(name)))
    loaded = { font, fresh: freshShaping(font), runs: new Map(), subsetGlyphs: new Map() }
    faces.set(name, loaded)
  }
  return loaded
}

/** `text` shaped as a freshly parsed font shapes it, once per process. */
function shape(face: Face, text: string): Shaped {
  let run = face.runs.get(text)
  if (run === undefined) {
    run = face.fresh(text)
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

/**
 * Advance width of `piece` in `name`, in thousandths of an em.
 * Measures exactly as pdfkit draws: pdfkit lays text out one space-terminated
 * chunk at a time, so callers pass such chunks and sum them.
 */
export function advance(name: FontName, piece: string): number {
  const f = face(name)
  return (shape(f, piece).advanceWidth * 1000) / f.font.unitsPerEm
}

/**
 * The distinct characters of `text` (whitespace ignored) that the regular face
 * cannot draw, in order of first appearance; e.g. to warn that a student's name
 * would print as boxes.
 */
export function missingGlyphs(text: string): string[] {
  const regular = font('regular')
  const missing = new Set<string>()
  for (const char of text) {
    if (/\s/u.test(char) || missing.has(char)) continue
    if (!regular.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char)
  }
  return [...missing]
}
