// The Noto Sans faces that draw what DejaVu Sans cannot: Arabic, Hebrew, Devanagari, Thai,
// and Chinese, Japanese and Korean (scripts.ts says which character goes to which).
//
// Each comes from an npm package of Google Fonts' static TrueType files (SIL Open Font
// License 1.1; README, "Fonts"). They are large (a CJK face is 5 to 10 MB), so a face is
// read and parsed only when a text first needs it, once per process (fontkit reads its
// tables lazily: parsing is a few tens of milliseconds), and every document gets a view of
// it whose subset reuses per-glyph work, as the main faces do (fonts.ts, subset.ts).
// First: pdfkit's and fontkit's unused dependencies start only when used (lazy-deps.ts).
import './lazy-deps.js'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { FallbackScript } from './scripts.js'
import { postHeaderOnly } from './internals.js'
import { memoiseSubsets, type GlyphEntry } from './subset.js'

/** Regular faces fall back to the regular weight, bold ones to the bold. */
export type Weight = 'regular' | 'bold'

/** The part of a fontkit font the fallback faces use. */
export interface FallbackFont {
  readonly unitsPerEm: number
  readonly numGlyphs: number
  hasGlyphForCodePoint(codePoint: number): boolean
  getGlyph(id: number, codePoints?: number[]): { readonly id: number; readonly advanceWidth: number; readonly bbox: Box }
  layout(text: string): unknown
  createSubset(): object
}

interface Box {
  readonly minX: number
  readonly minY: number
  readonly maxX: number
  readonly maxY: number
}

/** One fallback face: a script's face in one weight, parsed once per process. */
export interface FallbackFace {
  /** The name the face is registered under in a document, e.g. `noto-arabic-bold`. */
  readonly key: string
  readonly script: FallbackScript
  readonly weight: Weight
  readonly font: FallbackFont
  /** What each glyph adds to a subset, shared by every document's subsets. */
  readonly subsetGlyphs: Map<number, GlyphEntry>
}

// The package and file stem of each script's face.
const PACKAGES: Record<FallbackScript, { readonly name: string; readonly family: string }> = {
  arabic: { name: '@expo-google-fonts/noto-sans-arabic', family: 'NotoSansArabic' },
  hebrew: { name: '@expo-google-fonts/noto-sans-hebrew', family: 'NotoSansHebrew' },
  devanagari: { name: '@expo-google-fonts/noto-sans-devanagari', family: 'NotoSansDevanagari' },
  thai: { name: '@expo-google-fonts/noto-sans-thai', family: 'NotoSansThai' },
  sc: { name: '@expo-google-fonts/noto-sans-sc', family: 'NotoSansSC' },
  jp: { name: '@expo-google-fonts/noto-sans-jp', family: 'NotoSansJP' },
  kr: { name: '@expo-google-fonts/noto-sans-kr', family: 'NotoSansKR' }
}

const WEIGHTS: Record<Weight, string> = { regular: '400Regular', bold: '700Bold' }

const require = createRequire(import.meta.url)
// fontkit ships no type declarations; `FallbackFont` types what we use.
const fontkit = require('fontkit') as { create(data: Uint8Array): FallbackFont }

const faces = new Map<string, FallbackFace>()
const files = new Map<string, Uint8Array>()

// Each package named literally, so the bundler and the dependency checks see it.
function packageDir(script: FallbackScript): string {
  switch (script) {
    case 'arabic':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-arabic/package.json'))
    case 'hebrew':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-hebrew/package.json'))
    case 'devanagari':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-devanagari/package.json'))
    case 'thai':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-thai/package.json'))
    case 'sc':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'))
    case 'jp':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-jp/package.json'))
    case 'kr':
      return dirname(require.resolve('@expo-google-fonts/noto-sans-kr/package.json'))
  }
}

/** Where the face of `script` in `weight` is installed. */
export function fallbackPath(script: FallbackScript, weight: Weight): string {
  const folder = WEIGHTS[weight]
  return join(packageDir(script), folder, `${PACKAGES[script].family}_${folder}.ttf`)
}

function keyOf(script: FallbackScript, weight: Weight): string {
  return `noto-${script}-${weight}`
}

/** The face of `script` in `weight`, read and parsed on first use. */
export function fallbackFace(script: FallbackScript, weight: Weight): FallbackFace {
  const key = keyOf(script, weight)
  let face = faces.get(key)
  if (face === undefined) {
    const file = fallbackFile(script, weight)
    face = { key, script, weight, font: fontkit.create(file), subsetGlyphs: new Map() }
    postHeaderOnly(face.font, file)
    faces.set(key, face)
  }
  return face
}

/** The file of the face, for stock pdfkit to parse itself; read once per process. */
export function fallbackFile(script: FallbackScript, weight: Weight): Uint8Array {
  const key = keyOf(script, weight)
  let bytes = files.get(key)
  if (bytes === undefined) files.set(key, (bytes = readFileSync(fallbackPath(script, weight))))
  return bytes
}

/** The font object to register with pdfkit for `face` in one document: the parsed face, with subsets that reuse per-glyph work. */
export function documentFallbackFont(face: FallbackFace): FallbackFont {
  const view = Object.create(face.font) as FallbackFont
  return Object.defineProperty(view, 'createSubset', { value: memoiseSubsets(face.font.createSubset, face.subsetGlyphs) })
}

/** The package each script's face comes from (for the README's table and the tests). */
export function fallbackPackage(script: FallbackScript): string {
  return PACKAGES[script].name
}

/** The keys of the faces parsed so far in this process, in the order they were first needed. */
export function loadedFallbacks(): string[] {
  return [...faces.keys()]
}

/** Every script that has a face. */
export const FALLBACK_SCRIPTS = Object.keys(PACKAGES) as FallbackScript[]
