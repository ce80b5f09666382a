// Every touch of a private pdfkit or fontkit member, in one place.
//
// The faster paths (emit.ts, glyphs.ts, subset.ts, ttf.ts) write exactly the bytes pdfkit
// and fontkit write, and to do so they read and replace state neither library documents:
// the document's current font and its output writer, an embedded font's subset
// bookkeeping, a font's glyph objects, a glyph's raw outline and metrics. Each such
// touch is one small named function here, so that an upgrade has one file to review;
// each has a contract test (tests/pdf-internals.test.ts) that fails by name if a member
// changes; and the version gate below refuses versions these were not checked against.
// The stock path (`PdfOptions.engine: 'pdfkit'`) draws, subsets and writes with none of
// them: it calls `escapeXmpMetadata`, a correction of pdfkit's output rather than a
// faster path, and shares with the fast path our measuring of text for line breaking
// (fonts.ts `advance`), which shapes through `glyphScope` and `forgetGlyphs`.
import { createRequire } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The pdfkit and fontkit versions every function here was checked against. */
export const SUPPORTED = { pdfkit: ['0.20.2'], fontkit: ['2.0.4'] } as const

/** Installed versions: pdfkit, the fontkit pdfkit loads, and the fontkit fonts.ts loads. */
export interface Installed {
  readonly pdfkit: string
  readonly fontkit: string
  readonly ownFontkit: string
}

/** The versions of pdfkit and fontkit this process would load. */
export function installedVersions(): Installed {
  const require = createRequire(import.meta.url)
  const pdfkitMain = require.resolve('pdfkit')
  return {
    pdfkit: versionOf(pdfkitMain, 'pdfkit'),
    fontkit: versionOf(createRequire(pdfkitMain).resolve('fontkit'), 'fontkit'),
    ownFontkit: versionOf(require.resolve('fontkit'), 'fontkit')
  }
}

// Neither package exports its package.json, so walk up from its entry file.
function versionOf(entry: string, name: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json')
    if (!existsSync(file)) continue
    const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
    if (json.name === name) return json.version ?? 'unknown'
  }
  return 'unknown'
}

/** Why `installed` cannot be used, or null if every version is supported. */
export function versionProblem(installed: Installed): string | null {
  const pdfkitOk = (SUPPORTED.pdfkit as readonly string[]).includes(installed.pdfkit)
  const fontkitOk = [installed.fontkit, installed.ownFontkit].every((v) => (SUPPORTED.fontkit as readonly string[]).includes(v))
  if (pdfkitOk && fontkitOk) return null
  const own = installed.ownFontkit === installed.fontkit ? '' : ` (and fontkit ${installed.ownFontkit} for classpack’s own fonts)`
  return (
    `Unexpected pdfkit ${installed.pdfkit} with fontkit ${installed.fontkit}${own}, expected pdfkit ${SUPPORTED.pdfkit.join(' or ')} with fontkit ${SUPPORTED.fontkit.join(' or ')}: ` +
    'classpack’s PDF backend uses their private members (src/render/pdf/internals.ts). Install those exact versions, ' +
    'or check internals.ts against the new ones (tests/pdf-internals.test.ts) and add them to SUPPORTED.'
  )
}

// The gate: loading any PDF code with other versions fails here, before a byte is drawn.
const problem = versionProblem(installedVersions())
if (problem !== null) throw new Error(problem)

// ---- pdfkit: the document ------------------------------------------------------------

/** A glyph as fontkit lays it out, as far as pdfkit's encoding reads it. */
export interface LaidGlyph {
  /** The glyph id; or a key naming a glyph made for the subset (`addMadeGlyphs`). */
  readonly id: number | string
  readonly advanceWidth: number
  readonly codePoints: number[]
}

/** What a fontkit font's `layout` returns, as far as emit.ts reads it. */
export interface Layout {
  glyphs: LaidGlyph[]
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>
}

/** pdfkit's EmbeddedFont: one font of one document. Opaque outside this module. */
export interface PdfFont {
  readonly [brand]: 'EmbeddedFont'
}
declare const brand: unique symbol

interface EmbeddedFont {
  id: string
  scale: number
  font: { layout(text: string): Layout }
  subset: object & { includeGlyph(id: number | string): number }
  widths: Array<number | undefined>
  unicode: Array<number[] | undefined>
  ref(): unknown
}

interface Reference {
  write(chunk: string | Uint8Array): void
  end(chunk?: string | Uint8Array): void
}

interface Doc {
  _font: EmbeddedFont | null
  _fontSize: number
  _fontFamilies: Record<string, EmbeddedFont>
  _offset: number
  _write(data: string | Uint8Array): void
  endMetadata(): void
  info: PDFKit.DocumentInfo
  page: { fonts: Record<string, unknown>; content: Reference }
}

const internal = (doc: PDFKit.PDFDocument): Doc => doc as unknown as Doc
const embedded = (font: PdfFont): EmbeddedFont => font as unknown as EmbeddedFont

/** The document's current font (`doc._font`), set by `doc.font(name)`. */
export function currentFont(doc: PDFKit.PDFDocument): PdfFont {
  const font = internal(doc)._font
  if (font === null) throw new TypeError('Unexpected document without a current font, expected `doc.font(name)` first')
  return font as unknown as PdfFont
}

/** The document's current font size in points (`doc._fontSize`), set by `doc.fontSize`. */
export function currentFontSize(doc: PDFKit.PDFDocument): number {
  return internal(doc)._fontSize
}

/** The font's resource name on pages, e.g. `F1` (`EmbeddedFont.id`). */
export function fontResource(font: PdfFont): string {
  return embedded(font).id
}

/** Font units to thousandths of an em (`EmbeddedFont.scale`). */
export function fontScale(font: PdfFont): number {
  return embedded(font).scale
}

/** The fontkit font embedded: the object given to `registerFont`, or pdfkit's parse (`EmbeddedFont.font`). */
export function fontFace(font: PdfFont): { layout(text: string): Layout } {
  return embedded(font).font
}

/** Name `font` in the current page's resources, as `doc.text` does before drawing (`page.fonts`, `EmbeddedFont.ref`). */
export function useFontOnPage(doc: PDFKit.PDFDocument, font: PdfFont): void {
  const fonts = internal(doc).page.fonts
  const f = embedded(font)
  if (fonts[f.id] == null) fonts[f.id] = f.ref()
}

/**
 * Add `glyph` to the font's subset and record its width and Unicode text, as
 * `EmbeddedFont.encode` does (`subset`, `widths`, `unicode`); its id in the subset.
 */
export function includeGlyph(font: PdfFont, glyph: LaidGlyph): number {
  const f = embedded(font)
  const gid = f.subset.includeGlyph(glyph.id)
  if (f.widths[gid] == null) f.widths[gid] = glyph.advanceWidth * f.scale
  if (f.unicode[gid] == null) f.unicode[gid] = glyph.codePoints
  return gid
}

/** The fontkit subset `font` embeds (`EmbeddedFont.subset`). */
export function fontSubset(font: PdfFont): object {
  return embedded(font).subset
}

/** The fontkit subset each distinct font of the document embeds (`doc._fontFamilies`, `EmbeddedFont.subset`). */
export function fontSubsets(doc: PDFKit.PDFDocument): object[] {
  return [...new Set(Object.values(internal(doc)._fontFamilies))].map((font) => font.subset)
}

/**
 * Register an already parsed fontkit font under `name`. pdfkit's font factory takes
 * any object with a `layout` function as a font; its typings admit only paths and bytes.
 */
export function registerParsedFont(doc: PDFKit.PDFDocument, name: string, font: { layout: unknown }): void {
  doc.registerFont(name, font as unknown as Uint8Array)
}

/**
 * Keep each page's content lines (`page.content`, a PDFReference) as strings and write
 * them to the stream in one piece when anything else is written to it, or it ends:
 * the bytes pdfkit's reference writes line by line.
 */
export function bufferPageContent(doc: PDFKit.PDFDocument): void {
  const d = internal(doc)
  const buffer = (content: Reference): void => {
    const write = content.write.bind(content)
    const end = content.end.bind(content)
    let lines = ''
    const flush = (): void => {
      if (lines === '') return
      // What PDFReference.write makes of each line (its char codes as bytes, then a
      // line feed), for all of them at once.
      const bytes = Buffer.from(lines, 'latin1')
      lines = ''
      write(bytes)
    }
    content.write = (chunk) => {
      if (typeof chunk === 'string') lines += chunk + '\n'
      else {
        flush()
        write(chunk)
      }
    }
    content.end = (chunk) => {
      flush()
      end(chunk)
    }
  }
  buffer(d.page.content)
  doc.on('pageAdded', () => buffer(d.page.content))
}

/**
 * Gather everything pdfkit writes from now on (`doc._write`, `doc._offset`) instead of
 * pushing a stream chunk per line; the returned function gives those bytes once the
 * document has ended. Offsets for the xref table count bytes as before.
 */
export function gatherOutput(doc: PDFKit.PDFDocument): () => Uint8Array {
  const d = internal(doc)
  const parts: Uint8Array[] = []
  let text = ''
  d._write = function (this: Doc, data: string | Uint8Array): void {
    if (typeof data === 'string') {
      text += data + '\n'
      this._offset += data.length + 1
    } else {
      if (text !== '') parts.push(Buffer.from(text, 'latin1'))
      text = ''
      parts.push(data)
      this._offset += data.length
    }
  }
  return () => {
    if (text !== '') parts.push(Buffer.from(text, 'latin1'))
    text = ''
    return Buffer.concat(parts)
  }
}

/**
 * XML-escape Title, Author, Subject and Keywords in the XMP metadata stream only.
 * pdfkit copies them into XMP unescaped (`endMetadata` reads `doc.info`), so "Q&A
 * <draft>" would make that stream malformed; the Info dictionary, written first by
 * `end`, keeps the raw strings.
 */
export function escapeXmpMetadata(doc: PDFKit.PDFDocument, escape: (text: string) => string): void {
  const d = internal(doc)
  const endMetadata = d.endMetadata
  d.endMetadata = function (this: Doc) {
    const info = this.info
    const escaped: PDFKit.DocumentInfo = { ...info }
    for (const key of ['Title', 'Author', 'Subject', 'Keywords'] as const) {
      const value = info[key]
      if (value !== undefined) escaped[key] = escape(value)
    }
    this.info = escaped
    try {
      endMetadata.call(this)
    } finally {
      this.info = info
    }
  }
}

// ---- fontkit: glyphs and TrueType subsets ------------------------------------------

/** A glyph's outline header: a composite (`numberOfContours < 0`) names its parts. */
export interface Outline {
  readonly numberOfContours: number
  /** Each part's glyph id, and where in the glyph's bytes that id is written. */
  readonly components?: ReadonlyArray<{ readonly glyphID: number; readonly pos: number }>
}

interface Glyph {
  _decode(): Outline | null
  _getMetrics(): { leftBearing: number }
}

interface Font {
  loca: { offsets: number[]; version: number }
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array } | null
  readonly _variationProcessor: unknown
}

interface PostTable {
  version: number
  italicAngle: number
  underlinePosition: number
  underlineThickness: number
  isFixedPitch: number
  minMemType42: number
  maxMemType42: number
  minMemType1: number
  maxMemType1: number
}

interface Tables {
  _tables: Record<string, unknown>
  _decodeTable(table: { tag: string }): unknown
  directory: { tables: Record<string, { tag: string; offset: number; length: number } | undefined> }
}

/**
 * Spare `font` decoding its whole `post` table where only its header is read
 * (`font._tables`, `font._decodeTable`). pdfkit reads `post.isFixedPitch` and fontkit's
 * `italicAngle` reads `post.italicAngle` when a subset is embedded; fontkit decodes the
 * table whole, with a name for each of DejaVu's 6,000 glyphs: 11 ms a face, 44 ms of a
 * one-quiz rebuild. The header's fields are read from the file as fontkit reads them;
 * the rest (glyph names, for `glyph.name`) is decoded by fontkit when first asked for.
 */
export function postHeaderOnly(font: object, file: Uint8Array): void {
  const f = font as Tables
  const table = f.directory.tables.post
  if (table === undefined || table.length < 32 || 'post' in f._tables) return
  const view = new DataView(file.buffer, file.byteOffset + table.offset, 32)
  const fixed = (at: number): number => view.getInt32(at) / 65536
  const header: PostTable = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28)
  }
  let whole: Record<string, unknown> | undefined
  const rest = (): Record<string, unknown> => (whole ??= f._decodeTable(table) as Record<string, unknown>)
  for (const key of ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map']) {
    Object.defineProperty(header, key, { enumerable: true, get: () => rest()[key] })
  }
  f._tables.post = header
}

/** A fontkit font as far as its glyph objects go: made on first request, kept, handed out again. */
interface GlyphObjects {
  _glyphs: Record<number, object | undefined>
}

// Each view made by `glyphScope`, and the font it was made from.
const scopes = new WeakMap<object, object>()

/**
 * A view of the parsed fontkit font `font` with glyph objects of its own (`font._glyphs`)
 * and a layout engine of its own that makes them (`font._layoutEngine`); the tables,
 * parsed once and cached by `font`, stay shared. fontkit keeps one glyph object per id
 * and stores on it the code points of the first request (`getGlyph(id, codePoints)`);
 * every later layout hands out that object, and pdfkit reads those code points for the
 * PDF's ToUnicode map. Whoever shares a font's glyph objects shares that history; a
 * view keeps its own, as a font parsed afresh would.
 */
export function glyphScope<T extends object>(font: T): T {
  const view = Object.create(font) as T & GlyphObjects
  view._glyphs = {}
  // `_layoutEngine` is a getter fontkit caches on the object it is read from, as an own
  // value that a view of it would inherit (an engine laying out with the font's glyphs).
  // Read through the view, the getter caches the view's own engine on the view.
  let getter: (() => unknown) | undefined
  for (let o: object | null = font; o !== null && getter === undefined; o = Object.getPrototypeOf(o)) getter = Object.getOwnPropertyDescriptor(o, '_layoutEngine')?.get
  if (getter === undefined) throw new TypeError('Unexpected fontkit font without a `_layoutEngine` getter, expected fontkit 2.0’s TTFFont')
  const cached = getter
  Object.defineProperty(view, '_layoutEngine', {
    configurable: true,
    get(this: object) {
      return cached.call(this)
    }
  })
  scopes.set(view, scopes.get(font) ?? font)
  return view
}

/** The parsed font a `glyphScope` view was made from; any other font itself. */
export function scopedFont(font: object): object {
  return scopes.get(font) ?? font
}

/** Forget the view's glyph objects (`font._glyphs`): the next request for each makes it afresh. */
export function forgetGlyphs(view: object): void {
  ;(view as GlyphObjects)._glyphs = {}
}

/** fontkit's TTFSubset. Opaque outside this module. */
export interface TrueTypeSubset {
  readonly [brand]: 'TTFSubset'
}

interface TTFSubset {
  font: Font
  glyphs: Array<number | string>
  glyf: Uint8Array[]
  loca: { offsets: number[]; version: number }
  hmtx: { metrics: Array<{ advance: number; bearing: number }> }
  offset: number
  _addGlyph(id: number | string): number
  includeGlyph(id: number | string): number
  encode(): Uint8Array
}

const ttf = (subset: TrueTypeSubset): TTFSubset => subset as unknown as TTFSubset

/** A glyph's outline header (`glyph._decode`); null for a glyph without an outline (a space). */
export function decodeGlyph(glyph: object): Outline | null {
  return (glyph as Glyph)._decode()
}

/** A glyph's left side bearing in font units (`glyph._getMetrics`). */
export function glyphLeftBearing(glyph: object): number {
  return (glyph as Glyph)._getMetrics().leftBearing
}

/** Glyph `id`'s bytes as stored in the font's `glyf` table (`font._getTableStream`, `font.loca`). */
export function glyphBytes(font: object, id: number): Uint8Array {
  const f = font as Font
  const start = f.loca.offsets[id]!
  const stream = f._getTableStream('glyf')
  if (stream === null) throw new TypeError('Unexpected font without a `glyf` table, expected a TrueType font')
  stream.pos += start
  return stream.readBuffer(f.loca.offsets[id + 1]! - start)
}

/** Whether `font` has variation axes, whose glyphs fontkit re-encodes (`font._variationProcessor`). */
export function isVariable(font: object): boolean {
  return Boolean((font as Font)._variationProcessor)
}

/**
 * `subset` as a TrueType subset whose glyph handling can be replaced (it has
 * `_addGlyph` and a `glyphs` list, and its font no variations); null otherwise, and
 * fontkit's own code stays in place.
 */
export function trueTypeSubset(subset: object): TrueTypeSubset | null {
  const s = subset as Partial<TTFSubset>
  if (typeof s._addGlyph !== 'function' || !Array.isArray(s.glyphs) || typeof s.encode !== 'function') return null
  if (s.font === undefined || isVariable(s.font)) return null
  return subset as TrueTypeSubset
}

/** The fontkit font the subset is cut from (`subset.font`). */
export function subsetFont(subset: TrueTypeSubset): object {
  return ttf(subset).font
}

/** What a glyph adds to a subset: its bytes (component ids renumbered) and horizontal metrics. */
export interface SubsetGlyph {
  readonly bytes: Uint8Array
  readonly advance: number
  readonly bearing: number
}

/** Append a glyph's data to the subset being written, as fontkit's `_addGlyph` does; its id in the subset. */
function appendGlyph(subset: TTFSubset, { bytes, advance, bearing }: SubsetGlyph): number {
  subset.glyf.push(bytes)
  subset.loca.offsets.push(subset.offset)
  subset.hmtx.metrics.push({ advance, bearing })
  subset.offset += bytes.length
  return subset.glyf.length - 1
}

/**
 * Make the subset take each glyph from `make` instead of decoding it (`_addGlyph`, and
 * the `glyf`, `loca`, `hmtx` and `offset` it fills). `make` adds a composite's parts
 * with `include` (the subset's `includeGlyph`, giving their ids in the subset) first,
 * as fontkit's own `_addGlyph` does.
 */
export function replaceAddGlyph(subset: TrueTypeSubset, make: (id: number, include: (id: number) => number) => SubsetGlyph): void {
  ttf(subset)._addGlyph = function (this: TTFSubset, id: number): number {
    return appendGlyph(this, make(id, (part) => this.includeGlyph(part)))
  }
}

/**
 * Let the subset hold glyphs made for it, named by string keys that `includeGlyph` takes
 * beside glyph ids (fontkit's subsets map any key to a subset id): when the subset is
 * written, `make(key, include)` gives each one's data (`_addGlyph`, and the `glyf`,
 * `loca`, `hmtx` and `offset` it fills), adding any glyph it refers to with `include`
 * first, as a composite glyph does. Glyph ids go on to the subset's own `_addGlyph`,
 * fontkit's or `replaceAddGlyph`'s. Works on any TrueType subset, stock or not.
 */
export function addMadeGlyphs(subset: object, make: (key: string, include: (id: number) => number) => SubsetGlyph): void {
  const s = subset as TTFSubset
  if (typeof s._addGlyph !== 'function') throw new TypeError('Unexpected font subset without `_addGlyph`, expected fontkit 2.0’s TTFSubset')
  const own = s._addGlyph
  s._addGlyph = function (this: TTFSubset, id: number | string): number {
    if (typeof id !== 'string') return own.call(this, id)
    return appendGlyph(this, make(id, (part) => this.includeGlyph(part)))
  } as TTFSubset['_addGlyph']
}

/** A subset's glyph data, as fontkit's `encode` gathers it before writing tables. */
export interface SubsetGlyphs {
  /** Each glyph's bytes, in subset order. */
  readonly glyf: readonly Uint8Array[]
  /** `loca`: where each glyph starts, and one more entry for the end. */
  readonly offsets: readonly number[]
  readonly metrics: ReadonlyArray<{ readonly advance: number; readonly bearing: number }>
  /** Total length of the glyph data. */
  readonly length: number
  /** `loca` holds 16-bit offsets (halved), as the font's own `head.indexToLocFormat` says. */
  readonly shortOffsets: boolean
}

/**
 * Add every glyph of the subset afresh, as the first half of fontkit's `encode` does
 * (`glyphs`, `_addGlyph`; a composite may add its components as it goes), and return
 * what that gathered.
 */
export function gatherGlyphs(subset: TrueTypeSubset): SubsetGlyphs {
  const s = ttf(subset)
  s.glyf = []
  s.offset = 0
  s.loca = { offsets: [], version: s.font.loca.version }
  s.hmtx = { metrics: [] }
  for (let i = 0; i < s.glyphs.length; i++) s._addGlyph(s.glyphs[i]!)
  s.loca.offsets.push(s.offset)
  return { glyf: s.glyf, offsets: s.loca.offsets, metrics: s.hmtx.metrics, length: s.offset, shortOffsets: s.loca.version === 0 }
}
