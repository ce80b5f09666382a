// Read a PDF back the way a viewer does (pdf.js), so tests assert on what a
// reader sees (text, pages, metadata, bookmarks, tags) and not on bytes.
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { getDocument, OPS } from './pdfjs.js'

const require = createRequire(import.meta.url)
const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/'

export interface PdfPage {
  /** The page's text in reading order: its lines, top to bottom, joined by newlines. */
  text: string
  /** Text grouped into lines by baseline, each line's pieces left to right. */
  lines: string[]
  /** The lines of the text outside Figures (a figure's words are placed, not read in lines). */
  bodyLines: string[]
  /** Page size in points. */
  width: number
  height: number
  /** Targets of the page's link annotations. */
  links: string[]
  /** Each line's largest text size, in points (a heading's is larger than body text's). */
  sizes: number[]
  /** Each line's baseline, in points from the page's foot. */
  baselines: number[]
}

export interface OutlineItem {
  title: string
  items: OutlineItem[]
}

export interface StructNode {
  role: string
  children: Array<StructNode | { type: string; id?: string }>
}

/** What readPdfText reads: the pages' text and the bookmarks. */
export interface PdfText {
  numPages: number
  pages: PdfPage[]
  outline: OutlineItem[]
}

export interface PdfReadback extends PdfText {
  /** The Info dictionary as pdf.js reports it (Title, Author, Subject, Keywords, Creator, Language, …). */
  info: Record<string, unknown>
  /** The XMP metadata stream's properties (dc:title, …), if present and well-formed. */
  xmp: Record<string, unknown> | null
  /** Every font any page uses carries its font file. */
  fontsEmbedded: boolean
  fontNames: string[]
  /** The structure tree of each page, as pdf.js reads it for assistive technology. */
  structTree: Array<StructNode | null>
}

interface TextItem {
  str: string
  transform: number[]
  width: number
  height: number
  hasEOL: boolean
}

/** Open `bytes` with pdf.js (no worker thread, no eval, no system fonts); destroy the document when done. */
export function openPdf(bytes: Uint8Array) {
  return getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl,
    verbosity: 0
  }).promise
}

type PdfDocument = Awaited<ReturnType<typeof openPdf>>
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>

async function pageText(page: PdfPageProxy): Promise<PdfPage> {
  const [, , width, height] = page.view as [number, number, number, number]
  const content = await page.getTextContent({ includeMarkedContent: true })
  const items: TextItem[] = []
  const body: TextItem[] = []
  // Marked content nests; text inside a `Figure` sequence belongs to the figure.
  const open: boolean[] = []
  for (const item of content.items as Array<TextItem | { type: string; tag?: string }>) {
    if ('type' in item && item.type.startsWith('beginMarkedContent')) open.push(item.tag === 'Figure' || open.at(-1) === true)
    else if ('type' in item && item.type === 'endMarkedContent') open.pop()
    else if ('str' in item) {
      items.push(item)
      if (open.at(-1) !== true) body.push(item)
    }
  }
  const rows = toRows(items)
  const lines = rows.map(joinRow)
  const sizes = rows.map((row) => Math.max(...row.map((item) => Math.hypot(item.transform[0]!, item.transform[1]!))))
  const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string }>
  const links = annotations.filter((a) => a.subtype === 'Link').map((a) => a.url ?? '')
  const baselines = rows.map((row) => row[0]!.transform[5]!)
  return { text: lines.join('\n'), lines, bodyLines: toRows(body).map(joinRow), width, height, links, sizes, baselines }
}

/**
 * The text of every page and the bookmarks, without fonts, tags or metadata: for tests
 * that only read what a PDF says, at about a tenth of readPdf's cost.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await openPdf(bytes)
  try {
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) pages.push(await pageText(await doc.getPage(n)))
    return { numPages: doc.numPages, pages, outline: toOutline((await doc.getOutline()) ?? []) }
  } finally {
    await doc.destroy()
  }
}

/** Parse `bytes` with pdf.js: text, metadata, bookmarks, fonts and tags. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  const doc = await openPdf(bytes)
  try {
    const pages: PdfPage[] = []
    const structTree: Array<StructNode | null> = []
    const fontNames = new Set<string>()
    let fontsEmbedded = true
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      pages.push(await pageText(page))
      structTree.push((await page.getStructTree()) as StructNode | null)
      const ops = await page.getOperatorList()
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return
        const id = (ops.argsArray[i] as [string])[0]
        const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; missingFile?: boolean }) : null
        if (font === null || font.missingFile !== false) fontsEmbedded = false
        if (font?.name) fontNames.add(font.name)
      })
    }
    const { info, metadata } = await doc.getMetadata()
    const outline = toOutline((await doc.getOutline()) ?? [])
    return {
      numPages: doc.numPages,
      pages,
      info: info as Record<string, unknown>,
      xmp: metadata === null ? null : Object.fromEntries(metadata as unknown as Iterable<[string, unknown]>),
      outline,
      fontsEmbedded,
      fontNames: [...fontNames].sort(),
      structTree
    }
  } finally {
    await doc.destroy()
  }
}

function toOutline(items: Array<{ title: string; items: unknown[] }>): OutlineItem[] {
  return items.map((item) => ({ title: item.title, items: toOutline(item.items as Array<{ title: string; items: unknown[] }>) }))
}

// Items whose baselines are within a point of each other share a line, top to bottom,
// each line's pieces left to right.
function toRows(items: TextItem[]): TextItem[][] {
  const rows: Array<{ y: number; items: TextItem[] }> = []
  for (const item of items) {
    if (item.str === '') continue
    const y = item.transform[5]!
    let row = rows.find((r) => Math.abs(r.y - y) < 1)
    if (row === undefined) rows.push((row = { y, items: [] }))
    row.items.push(item)
  }
  rows.sort((a, b) => b.y - a.y)
  return rows.map(({ items: row }) => row.sort((a, b) => a.transform[4]! - b.transform[4]!))
}

// Within a line a visible gap (more than a fifth of the text size) between two pieces
// reads as a space, as it does to a person.
function joinRow(row: TextItem[]): string {
  let line = ''
  let end = -Infinity
  for (const item of row) {
    const x = item.transform[4]!
    const size = Math.hypot(item.transform[0]!, item.transform[1]!)
    if (line !== '' && x - end > size * 0.2 && !/\s$/.test(line) && !/^\s/.test(item.str)) line += ' '
    line += item.str
    end = x + item.width
  }
  return line
}

/** A path a page draws: whether it has curves, and its bounding box (in the coordinates it was drawn in: pdfkit's, from the top left). */
export interface DrawnPath {
  curves: boolean
  x: number
  y: number
  width: number
  height: number
}

/**
 * What each page of `bytes` draws, as pdf.js's operator list has it: the text of its
 * glyphs in drawing order, spaces and all (the text layer as written, which copying and
 * screen readers read; pdf.js's own text extraction drops spaces at line ends), and its
 * paths.
 */
export async function readDrawing(bytes: Uint8Array): Promise<Array<{ glyphs: string; paths: DrawnPath[] }>> {
  const doc = await openPdf(bytes)
  try {
    const pages = []
    for (let n = 1; n <= doc.numPages; n++) {
      const ops = await (await doc.getPage(n)).getOperatorList()
      let glyphs = ''
      const paths: DrawnPath[] = []
      ops.fnArray.forEach((fn, i) => {
        const args = ops.argsArray[i] as unknown[]
        if (fn === OPS.showText) {
          for (const glyph of args[0] as Array<number | { unicode: string }>) if (typeof glyph !== 'number') glyphs += glyph.unicode
        } else if (fn === OPS.constructPath) {
          for (const data of args[1] as Array<ArrayLike<number> | null>) if (data) paths.push(pathOf(data))
        }
      })
      pages.push({ glyphs, paths })
    }
    return pages
  } finally {
    await doc.destroy()
  }
}

// pdf.js's path data: an operation (0 move, 1 line, 2 curve, 3 quadratic curve, 4 close) and its points.
function pathOf(data: ArrayLike<number>): DrawnPath {
  const xs: number[] = []
  const ys: number[] = []
  let curves = false
  const points = [2, 2, 6, 4, 0]
  for (let i = 0; i < data.length; ) {
    const op = data[i]!
    const n = points[op] ?? 0
    if (op === 2 || op === 3) curves = true
    for (let k = 0; k < n; k += 2) {
      xs.push(data[i + 1 + k]!)
      ys.push(data[i + 2 + k]!)
    }
    i += 1 + n
  }
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { curves, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}

/** Every structure role in `tree`, depth first. */
export function roles(tree: StructNode | null | undefined, out: string[] = []): string[] {
  if (tree == null) return out
  out.push(tree.role)
  for (const child of tree.children ?? []) if ('role' in child) roles(child as StructNode, out)
  return out
}

/**
 * Where each piece of text of pages `numbers` (1-based) sits: a header line per page with
 * its size, then one line per text item in drawing order, `x y size text`, positions in
 * whole points from the bottom left and sizes to a tenth. Small enough to read in a diff,
 * coarse enough that only a visible change of layout changes it.
 */
export async function pdfLayout(bytes: Uint8Array, numbers: number[]): Promise<string> {
  const doc = await openPdf(bytes)
  try {
    const out: string[] = []
    for (const n of numbers) {
      const page = await doc.getPage(n)
      const [, , width, height] = page.view as [number, number, number, number]
      out.push(`page ${n} of ${doc.numPages}, ${Math.round(width)} x ${Math.round(height)}`)
      const items = (await page.getTextContent()).items.filter((item) => 'str' in item) as TextItem[]
      for (const item of items) {
        if (item.str.trim() === '') continue
        const [a, b, , , x, y] = item.transform as [number, number, number, number, number, number]
        out.push(`${Math.round(x)} ${Math.round(y)} ${Math.hypot(a, b).toFixed(1)} ${item.str}`)
      }
    }
    return out.join('\n') + '\n'
  } finally {
    await doc.destroy()
  }
}

/** A text item as pdf.js places it on a page, in points from the page's bottom left. */
export interface PlacedText {
  text: string
  /** Where the item starts, and its baseline. */
  x: number
  y: number
  /** How far its glyphs reach, as pdf.js draws them (their widths in the font and the kerning between them). */
  width: number
  size: number
}

/** Every text item of page `n` (1-based) with its position and drawn width, in drawing order (empty items left out). */
export async function placedText(bytes: Uint8Array, n: number): Promise<PlacedText[]> {
  const doc = await openPdf(bytes)
  try {
    const items = ((await (await doc.getPage(n)).getTextContent()).items.filter((item) => 'str' in item) as TextItem[]).filter((item) => item.str !== '')
    return items.map((item) => {
      const [a, b, , , x, y] = item.transform as [number, number, number, number, number, number]
      return { text: item.str, x, y, width: item.width, size: Math.hypot(a, b) }
    })
  } finally {
    await doc.destroy()
  }
}

/** A glyph as drawn on a page: its font's name, its code (for classpack's Identity-H fonts the glyph's id in the subset, 0 being the font's .notdef) and its text. */
export interface DrawnGlyph {
  font: string
  code: number
  text: string
}

/** Every glyph page `n` (1-based) draws, in drawing order, as pdf.js's operator list has it. */
export async function drawnGlyphs(bytes: Uint8Array, n: number): Promise<DrawnGlyph[]> {
  const doc = await openPdf(bytes)
  try {
    const page = await doc.getPage(n)
    const ops = await page.getOperatorList()
    const out: DrawnGlyph[] = []
    let font = ''
    ops.fnArray.forEach((fn, i) => {
      const args = ops.argsArray[i] as unknown[]
      if (fn === OPS.setFont) font = (page.commonObjs.get(args[0] as string) as { name: string }).name
      if (fn !== OPS.showText) return
      for (const glyph of args[0] as Array<number | { originalCharCode: number; unicode: string }>) {
        if (typeof glyph !== 'number') out.push({ font, code: glyph.originalCharCode, text: glyph.unicode })
      }
    })
    return out
  } finally {
    await doc.destroy()
  }
}

/** The part of a canvas's 2D context read here. */
interface Context2d {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
}

/**
 * How much of the box of each text item of page `n` that reads `text` is inked, as pdf.js
 * draws the page (its own font rasterizer, on @napi-rs/canvas): the share of dark pixels
 * between the item's baseline less a quarter of its size and the baseline plus its size.
 */
export async function inkOfText(bytes: Uint8Array, n: number, text: string, dpi = 100): Promise<number[]> {
  const doc = await openPdf(bytes)
  try {
    const page = await doc.getPage(n)
    const viewport = page.getViewport({ scale: dpi / 72 })
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: unknown; context: Context2d } } }).canvasFactory
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height))
    await page.render({ canvasContext: context, viewport, canvas } as unknown as Parameters<typeof page.render>[0]).promise
    const items = ((await page.getTextContent()).items.filter((item) => 'str' in item) as TextItem[]).filter((item) => item.str === text)
    return items.map((item) => {
      const [a, b, , , x, y] = item.transform as [number, number, number, number, number, number]
      const size = Math.hypot(a, b)
      // PDF points from the bottom left to pixels from the top left.
      const [left, top] = viewport.convertToViewportPoint(x, y + size) as [number, number]
      const [right, bottom] = viewport.convertToViewportPoint(x + item.width, y - size / 4) as [number, number]
      const w = Math.max(1, Math.round(right - left))
      const h = Math.max(1, Math.round(bottom - top))
      const { data } = context.getImageData(Math.round(left), Math.round(top), w, h)
      let dark = 0
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 3 * 128) dark++
      return dark / (w * h)
    })
  } finally {
    await doc.destroy()
  }
}
