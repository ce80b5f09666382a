// Contracts for every private pdfkit and fontkit member classpack touches, one test per
// member (src/render/pdf/internals.ts holds the touches). Each checks that the member is
// there with the shape and behaviour classpack relies on, on a small real document or
// the real DejaVu fonts, so an upgrade that changes one fails a test named for it. Also:
// the version gate, and that the stock path (engine `pdfkit`) touches none of them.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import {
  SUPPORTED,
  addMadeGlyphs,
  bufferPageContent,
  currentFont,
  currentFontSize,
  decodeGlyph,
  escapeXmpMetadata,
  fontFace,
  fontResource,
  fontScale,
  fontSubset,
  fontSubsets,
  forgetGlyphs,
  gatherGlyphs,
  gatherOutput,
  glyphBytes,
  glyphLeftBearing,
  glyphScope,
  includeGlyph,
  installedVersions,
  isVariable,
  postHeaderOnly,
  registerParsedFont,
  replaceAddGlyph,
  scopedFont,
  subsetFont,
  trueTypeSubset,
  useFontOnPage,
  versionProblem,
  type TrueTypeSubset
} from '../src/render/pdf/internals.js'
import { documentFont, font, fontFile } from '../src/render/pdf/fonts.js'
import { fallbackFile, FALLBACK_SCRIPTS } from '../src/render/pdf/fallback.js'
import { openFrame } from '../src/render/pdf/frame.js'
import type { PdfOptions } from '../src/render/pdf/document.js'
import { ROOT, tempDir } from './helpers/fixtures.js'
import { readPdf } from './helpers/pdf.js'

const DATE = new Date('2026-01-02T03:04:05Z')

// The font objects each document made by newDoc was given.
const registered = new WeakMap<PDFKit.PDFDocument, Record<'regular' | 'bold', object>>()

/** A small document with the regular and bold faces registered as classpack registers them. */
function newDoc(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({ font: null as unknown as string, info: { CreationDate: DATE, ModDate: DATE }, ...options })
  const fonts = { regular: documentFont('regular'), bold: documentFont('bold') }
  registerParsedFont(doc, 'regular', fonts.regular)
  registerParsedFont(doc, 'bold', fonts.bold)
  registered.set(doc, fonts)
  return doc
}

/** End `doc` and return everything it streamed. */
async function finish(doc: PDFKit.PDFDocument, extra?: () => Uint8Array): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  doc.end()
  await ended
  return Buffer.concat(extra === undefined ? chunks : [...chunks, extra()])
}

/** Draw the same small content on `doc`: two pages, two faces, kerning, a line. */
function draw(doc: PDFKit.PDFDocument): void {
  doc.font('regular').fontSize(12).text('AVATAR Typography, café', 72, 72, { lineBreak: false })
  doc.moveTo(72, 90).lineTo(300, 90).stroke()
  doc.addPage()
  doc.font('bold').fontSize(14).text('Дмитрий, ñ and Ǻ', 72, 72, { lineBreak: false })
}

/** The tables of a TrueType file, by tag. */
function tables(file: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const found = new Map<string, Uint8Array>()
  for (let i = 0; i < view.getUint16(4); i++) {
    const at = 12 + i * 16
    const tag = String.fromCharCode(...file.subarray(at, at + 4))
    found.set(tag, file.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)))
  }
  return found
}

type Fontkit = { getGlyph(id: number): object & { advanceWidth: number }; glyphForCodePoint(c: number): { id: number }; createSubset(): object & { includeGlyph(id: number): number; encode(): Uint8Array }; hmtx: { metrics: { get(id: number): { bearing: number } } }; loca: { offsets: number[] } }
const regular = (): Fontkit => font('regular') as unknown as Fontkit
const id = (char: string): number => regular().glyphForCodePoint(char.codePointAt(0)!).id

describe('the version gate', () => {
  it('accepts the installed pdfkit and fontkit, which are the supported ones', () => {
    const installed = installedVersions()
    expect(installed).toEqual({ pdfkit: SUPPORTED.pdfkit[0], fontkit: SUPPORTED.fontkit[0], ownFontkit: SUPPORTED.fontkit[0] })
    expect(versionProblem(installed)).toBeNull()
  })

  it('names the supported and the installed versions when they differ', () => {
    const message = versionProblem({ pdfkit: '0.21.0', fontkit: '2.0.4', ownFontkit: '2.0.4' })
    expect(message).toContain('Unexpected pdfkit 0.21.0 with fontkit 2.0.4, expected pdfkit 0.20.2 with fontkit 2.0.4')
    expect(versionProblem({ pdfkit: '0.20.2', fontkit: '2.1.0', ownFontkit: '2.0.4' })).toContain('Unexpected pdfkit 0.20.2 with fontkit 2.1.0 (and fontkit 2.0.4 for classpack’s own fonts)')
  })

  it('refuses to load next to another pdfkit', async () => {
    // The module as it is, beside a pdfkit 0.21.0 and a fontkit 2.0.4 of its own.
    const dir = tempDir()
    for (const [name, version] of [['pdfkit', '0.21.0'], ['fontkit', '2.0.4']]) {
      mkdirSync(join(dir, 'node_modules', name!), { recursive: true })
      writeFileSync(join(dir, 'node_modules', name!, 'package.json'), JSON.stringify({ name, version, main: 'index.js' }))
      writeFileSync(join(dir, 'node_modules', name!, 'index.js'), '')
    }
    copyFileSync(join(ROOT, 'src/render/pdf/internals.ts'), join(dir, 'internals.ts'))
    await expect(import(pathToFileURL(join(dir, 'internals.ts')).href)).rejects.toThrow('Unexpected pdfkit 0.21.0 with fontkit 2.0.4, expected pdfkit 0.20.2 with fontkit 2.0.4')
  })
})

describe('pdfkit members', () => {
  it('doc._font: the current font, its resource name, scale and fontkit font', () => {
    const doc = newDoc()
    expect(() => currentFont(doc)).toThrow(TypeError)
    doc.font('regular')
    const f = currentFont(doc)
    expect(fontResource(f)).toBe('F1')
    expect(fontScale(f)).toBe(1000 / font('regular').unitsPerEm)
    expect(fontFace(f)).toBe(registered.get(doc)!.regular)
    doc.font('bold')
    expect(fontResource(currentFont(doc))).toBe('F2')
    doc.font('regular')
    expect(currentFont(doc)).toBe(f)
  })

  it('doc._fontSize: the current size in points', () => {
    const doc = newDoc()
    doc.font('regular').fontSize(13.5)
    expect(currentFontSize(doc)).toBe(13.5)
  })

  it('registerFont takes an already parsed fontkit font as is', () => {
    const doc = newDoc()
    doc.font('bold')
    expect(fontFace(currentFont(doc))).toBe(registered.get(doc)!.bold)
  })

  it('page.fonts and EmbeddedFont.ref: a font named in the page resources as doc.text names it', () => {
    const doc = newDoc()
    doc.font('regular')
    const fonts = (doc.page as unknown as { fonts: Record<string, unknown> }).fonts
    expect(Object.keys(fonts)).toEqual([])
    useFontOnPage(doc, currentFont(doc))
    const entry = fonts.F1
    expect(entry).toBeDefined()
    // doc.text finds it there and leaves it; a second call changes nothing either.
    doc.text('A', 72, 72, { lineBreak: false })
    useFontOnPage(doc, currentFont(doc))
    expect(Object.keys(fonts)).toEqual(['F1'])
    expect(fonts.F1).toBe(entry)
  })

  it('EmbeddedFont.subset, widths and unicode: a glyph recorded as EmbeddedFont.encode records it', () => {
    type Recorded = { subset: { glyphs: number[] }; widths: unknown[]; unicode: unknown[]; encode(text: string): [string[], unknown] }
    const text = 'AVé Дж'
    const ours = newDoc().font('regular')
    const f = currentFont(ours)
    const codes = fontFace(f).layout(text).glyphs.map((g) => `0000${includeGlyph(f, g).toString(16)}`.slice(-4))
    const theirs = newDoc().font('regular')
    const [encoded] = (currentFont(theirs) as unknown as Recorded).encode(text)
    expect(codes).toEqual(encoded)
    const [a, b] = [f, currentFont(theirs)].map((x) => x as unknown as Recorded)
    expect(a!.subset.glyphs).toEqual(b!.subset.glyphs)
    expect(a!.widths).toEqual(b!.widths)
    expect(a!.unicode).toEqual(b!.unicode)
    expect(a!.widths.length).toBe(text.replace(/ /g, '').length + 2) // .notdef, the glyphs, a space
  })

  it('EmbeddedFont.subset: the subset the font’s glyphs go to', () => {
    const doc = newDoc().font('regular')
    const f = currentFont(doc)
    const subset = fontSubset(f) as { glyphs: number[] }
    includeGlyph(f, fontFace(f).layout('Q').glyphs[0]!)
    expect(subset.glyphs).toEqual([0, id('Q')])
    expect(fontSubsets(doc)).toEqual([subset])
  })

  it('doc._fontFamilies: one subset per font the document uses', () => {
    const doc = newDoc()
    doc.font('regular').font('bold').font('regular')
    const subsets = fontSubsets(doc)
    expect(subsets).toHaveLength(2)
    for (const subset of subsets) expect(trueTypeSubset(subset)).not.toBeNull()
    expect(subsets[0]).toBe((currentFont(doc) as unknown as { subset: object }).subset)
  })

  it('page.content: content lines buffered per page write the bytes pdfkit writes', async () => {
    const plain = newDoc()
    draw(plain)
    const buffered = newDoc()
    bufferPageContent(buffered)
    const content = (buffered.page as unknown as { content: { write: unknown } }).content
    expect(Object.hasOwn(content, 'write')).toBe(true)
    draw(buffered)
    const bytes = await finish(buffered)
    expect(bytes.equals(await finish(plain))).toBe(true)
    expect((await readPdf(bytes)).pages.map((p) => p.text)).toEqual(['AVATAR Typography, café', 'Дмитрий, ñ and Ǻ'])
  })

  it('doc._write and doc._offset: gathered output is the bytes pdfkit streams, xref offsets included', async () => {
    const plain = newDoc()
    draw(plain)
    const gathered = newDoc()
    const output = gatherOutput(gathered)
    draw(gathered)
    const streamed: Uint8Array[] = []
    gathered.on('data', (chunk: Uint8Array) => streamed.push(chunk))
    const bytes = await finish(gathered, output)
    // Only the header, written as the document was made, came through the stream.
    expect(Buffer.concat(streamed).toString('latin1')).toBe('%PDF-1.3\n%\xff\xff\xff\xff\n')
    expect(bytes.equals(await finish(plain))).toBe(true)
    expect((await readPdf(bytes)).numPages).toBe(2)
  })

  it('doc.endMetadata: reads doc.info, which escaping for XMP alone leaves raw for the Info dictionary', async () => {
    const title = 'Q&A <draft> "x" it’s'
    const make = async (escape: boolean): Promise<Awaited<ReturnType<typeof readPdf>>> => {
      const doc = newDoc({ pdfVersion: '1.7', info: { Title: title, Author: 'O’Brien & Co', CreationDate: DATE, ModDate: DATE } })
      if (escape) escapeXmpMetadata(doc, (t) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`))
      doc.font('regular').text('x', 72, 72)
      return readPdf(await finish(doc))
    }
    const escaped = await make(true)
    expect(escaped.info.Title).toBe(title)
    expect(escaped.xmp?.['dc:title']).toBe(title)
    expect(escaped.xmp?.['dc:creator']).toEqual(['O’Brien & Co'])
    // pdfkit itself still writes these unescaped (else the escape would double up).
    const raw = await make(false)
    expect(raw.xmp?.['dc:title']).not.toBe(title)
  })
})

describe('fontkit members', () => {
  it('glyph._decode: a simple glyph counts its contours, a composite names its parts, a space has none', () => {
    expect(decodeGlyph(regular().getGlyph(id('A')))).toMatchObject({ numberOfContours: 2 })
    const composite = decodeGlyph(regular().getGlyph(id('é')))!
    expect(composite.numberOfContours).toBeLessThan(0)
    expect(composite.components!.map(({ glyphID, pos }) => [glyphID, pos])).toEqual([
      [id('e'), 12],
      [118, 18]
    ])
    expect(decodeGlyph(regular().getGlyph(id(' ')))).toBeNull()
  })

  it('glyph._getMetrics: the left side bearing of the hmtx table', () => {
    for (const char of 'AéДW') expect(glyphLeftBearing(regular().getGlyph(id(char)))).toBe(regular().hmtx.metrics.get(id(char)).bearing)
  })

  it('font._getTableStream and font.loca: a glyph’s stored bytes', () => {
    const offsets = regular().loca.offsets
    for (const char of 'Aé') {
      const bytes = glyphBytes(regular(), id(char))
      expect(bytes.length).toBe(offsets[id(char) + 1]! - offsets[id(char)]!)
      // A glyph starts with its contour count; the stream position does not carry over.
      expect(new DataView(bytes.buffer, bytes.byteOffset).getInt16(0)).toBe(decodeGlyph(regular().getGlyph(id(char)))!.numberOfContours)
      expect(Buffer.from(glyphBytes(regular(), id(char))).equals(Buffer.from(bytes))).toBe(true)
    }
  })

  it('font._tables and font._decodeTable: a post table read to its header alone is the table fontkit decodes', () => {
    const require = createRequire(import.meta.url)
    const fontkit = require('fontkit') as { create(file: Uint8Array): Record<string, unknown> & { _tables: Record<string, unknown> } }
    const files = [
      ...(['regular', 'bold', 'oblique', 'boldOblique', 'mono', 'monoBold'] as const).map((name) => fontFile(name)),
      ...FALLBACK_SCRIPTS.flatMap((script) => (['regular', 'bold'] as const).map((weight) => fallbackFile(script, weight)))
    ]
    const versions = new Set<number>()
    for (const file of files) {
      const stock = fontkit.create(file).post as Record<string, unknown>
      const light = fontkit.create(file)
      postHeaderOnly(light, file)
      // In place before the first read, which then decodes nothing.
      expect(light._tables.post).toBeDefined()
      // Read as pdfkit and fontkit read it when a subset is embedded, without decoding the rest.
      expect(light.italicAngle).toBe(stock.italicAngle)
      expect((light.post as Record<string, unknown>).isFixedPitch).toBe(stock.isFixedPitch)
      expect(light._tables.post).toBe(light.post)
      // Every field, glyph names too (decoded on first request), as fontkit decodes them.
      expect({ ...(light.post as object) }).toEqual({ ...stock })
      versions.add(stock.version as number)
    }
    // DejaVu's tables name every glyph (version 2); the fallback faces' do not (version 3).
    expect([...versions].sort()).toEqual([2, 3])
  })

  it('font._variationProcessor: present, and empty for a face without variations', () => {
    expect('_variationProcessor' in regular()).toBe(true)
    expect(isVariable(regular())).toBe(false)
  })

  it('font._glyphs: one glyph object per id, with the code points of its first request; a view keeps its own', () => {
    type Glyphs = { getGlyph(id: number, codePoints?: number[]): { id: number; codePoints: number[] } }
    const parsed = regular() as unknown as Glyphs
    const view = glyphScope(parsed)
    const a = id('a')
    const first = view.getGlyph(a, [0x61, 0xfe0f])
    expect(view.getGlyph(a, [0x61])).toBe(first)
    expect(first.codePoints).toEqual([0x61, 0xfe0f])
    // The font's own glyph objects are not the view's, nor another view's.
    expect(parsed.getGlyph(a)).not.toBe(first)
    expect(glyphScope(parsed).getGlyph(a, [0x61]).codePoints).toEqual([0x61])
    // Forgotten, the next request makes the glyph afresh.
    forgetGlyphs(view)
    const again = view.getGlyph(a, [0x61])
    expect(again).not.toBe(first)
    expect(again.codePoints).toEqual([0x61])
  })

  it('font._layoutEngine: a view lays text out with its own glyph objects, even once the font has laid out', () => {
    type Laid = { id: number; codePoints: number[] }
    type Layouts = { layout(text: string): { glyphs: Laid[] }; getGlyph(id: number, codePoints?: number[]): Laid; _layoutEngine: unknown }
    const parsed = regular() as unknown as Layouts
    parsed.layout('a') // caches the font's engine on the font
    const view = glyphScope(parsed)
    const made = view.getGlyph(id('a'), [0x61, 0xfe0f])
    expect(view.layout('ab').glyphs[0]).toBe(made)
    expect(view._layoutEngine).not.toBe(parsed._layoutEngine)
    expect(view._layoutEngine).toBe(view._layoutEngine)
    expect(parsed.layout('a').glyphs[0]).not.toBe(made)
    // The tables are the font's, parsed once.
    expect((view as unknown as Fontkit).hmtx).toBe(regular().hmtx)
  })

  it('glyph scopes: each view knows the font it was made from', () => {
    const view = glyphScope(regular())
    expect(scopedFont(view)).toBe(regular())
    expect(scopedFont(glyphScope(view))).toBe(regular())
    expect(scopedFont(regular())).toBe(regular())
    expect(() => glyphScope({})).toThrow(TypeError)
  })

  it('TTFSubset._addGlyph, glyphs, encode and font: a TrueType subset is recognised', () => {
    const subset = regular().createSubset()
    const ttf = trueTypeSubset(subset)
    expect(ttf).not.toBeNull()
    expect(subsetFont(ttf!)).toBe(regular())
    expect(trueTypeSubset({})).toBeNull()
    expect(trueTypeSubset({ _addGlyph() {}, glyphs: [], encode() {} })).toBeNull()
  })

  it('TTFSubset glyf, loca, hmtx and offset: glyphs added by a replacement encode as fontkit’s own', () => {
    const text = 'Aé Ǻñ'
    const subsets = [regular().createSubset(), regular().createSubset()]
    let made = 0
    replaceAddGlyph(trueTypeSubset(subsets[0]!)!, (gid, include) => {
      made++
      const glyph = regular().getGlyph(gid)
      const bytes = new Uint8Array(glyphBytes(regular(), gid))
      for (const { glyphID, pos } of decodeGlyph(glyph)?.components ?? []) new DataView(bytes.buffer).setUint16(pos, include(glyphID))
      return { bytes, advance: glyph.advanceWidth, bearing: glyphLeftBearing(glyph) }
    })
    for (const subset of subsets) for (const char of text) subset.includeGlyph(id(char))
    const [ours, theirs] = subsets.map((s) => Buffer.from(s.encode()))
    expect(made).toBeGreaterThan(text.length) // the composites' parts too
    expect(ours!.equals(theirs!)).toBe(true)
  })

  it('TTFSubset includeGlyph and _addGlyph: a glyph made for the subset under a string key, its parts added as a composite’s are', () => {
    // fontkit's own subset (as the stock path has it) and one whose glyphs replaceAddGlyph makes.
    const stock = regular().createSubset()
    const replaced = regular().createSubset()
    replaceAddGlyph(trueTypeSubset(replaced)!, (gid) => ({ bytes: new Uint8Array(glyphBytes(regular(), gid)), advance: regular().getGlyph(gid).advanceWidth, bearing: glyphLeftBearing(regular().getGlyph(gid)) }))
    for (const subset of [stock, replaced]) {
      const made: string[] = []
      addMadeGlyphs(subset, (key, include) => {
        made.push(key)
        const part = include(id('o'))
        return { bytes: new Uint8Array([0xff, 0xff, part >> 8, part & 0xff]), advance: 1234, bearing: 5 }
      })
      expect(subset.includeGlyph(id('A'))).toBe(1)
      expect((subset as unknown as { includeGlyph(key: string): number }).includeGlyph('made:o')).toBe(2)
      const written = tables(subset.encode())
      expect(made).toEqual(['made:o'])
      // .notdef, A, the made glyph, then its part `o`, added while the made glyph was.
      expect((subset as unknown as { glyphs: unknown[] }).glyphs).toEqual([0, id('A'), 'made:o', id('o')])
      const loca = written.get('loca')!
      const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength)
      const at = view.getUint32(8)
      expect([...written.get('glyf')!.subarray(at, view.getUint32(12))]).toEqual([0xff, 0xff, 0, 3])
      const hmtx = written.get('hmtx')!
      expect(new DataView(hmtx.buffer, hmtx.byteOffset).getUint16(8)).toBe(1234)
    }
  })

  it('TTFSubset encode’s first half: every glyph added afresh gives the glyf, loca and hmtx fontkit writes', () => {
    const [mine, reference] = [regular().createSubset(), regular().createSubset()]
    for (const subset of [mine!, reference!]) for (const char of 'AVé Ǻ') subset.includeGlyph(id(char))
    const glyphs = gatherGlyphs(trueTypeSubset(mine!) as TrueTypeSubset)
    const written = tables(reference!.encode())
    expect(Buffer.concat(glyphs.glyf).equals(Buffer.from(written.get('glyf')!))).toBe(true)
    expect(glyphs.length).toBe(written.get('glyf')!.length)
    const loca = written.get('loca')!
    const view = new DataView(loca.buffer, loca.byteOffset, loca.byteLength)
    expect(glyphs.shortOffsets).toBe(false) // DejaVu has long offsets
    expect(glyphs.offsets).toEqual(Array.from({ length: loca.length / 4 }, (_, i) => view.getUint32(i * 4)))
    expect(glyphs.metrics.length * 4).toBe(written.get('hmtx')!.length)
    // Gathering again gives the same (the state is reset first, as fontkit's encode does).
    expect(gatherGlyphs(trueTypeSubset(mine!)!).offsets).toEqual(glyphs.offsets)
  })
})

describe('the stock path', () => {
  const options: PdfOptions = { title: 'T', author: 'A', subject: 'S', lang: 'en-GB', paper: 'a4', header: '', creationDate: DATE, outline: false }
  type Internals = { _write: unknown; end: unknown; page: { content: object }; _font: { font: object; subset: { _addGlyph: unknown; encode: unknown } } }

  it('touches no pdfkit or fontkit internals: stock writer, fonts parsed by pdfkit, fontkit’s subsetter', async () => {
    const frame = openFrame({ ...options, engine: 'pdfkit' })
    frame.ctx.text('Stock', 72, 72, 'regular', 12, '#000')
    const doc = frame.doc as unknown as Internals
    expect(Object.hasOwn(doc, '_write')).toBe(false)
    expect(Object.hasOwn(doc, 'end')).toBe(false)
    expect(Object.hasOwn(doc.page.content, 'write')).toBe(false)
    expect(scopedFont(doc._font.font)).not.toBe(font('regular'))
    expect(Object.hasOwn(doc._font.subset, '_addGlyph')).toBe(false)
    expect(fontFile('regular').length).toBeGreaterThan(100_000)
    await frame.finish()
    expect(Object.hasOwn(doc._font.subset, 'encode')).toBe(false)
  })

  it('is what the fast path departs from: there every one of those is replaced', async () => {
    const frame = openFrame(options)
    frame.ctx.text('Fast', 72, 72, 'regular', 12, '#000')
    const doc = frame.doc as unknown as Internals
    expect(Object.hasOwn(doc, '_write')).toBe(true)
    expect(Object.hasOwn(doc.page.content, 'write')).toBe(true)
    // A view of the face parsed once per process, with glyph objects of its own.
    expect(doc._font.font).not.toBe(font('regular'))
    expect(scopedFont(doc._font.font)).toBe(font('regular'))
    expect(Object.hasOwn(doc._font.subset, '_addGlyph')).toBe(true)
    await frame.finish()
    expect(Object.hasOwn(doc._font.subset, 'encode')).toBe(true)
  })
})
