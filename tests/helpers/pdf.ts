// Read a PDF back the way a viewer does (pdf.js), so tests assert on what a
// reader sees (text, pages, metadata, bookmarks, tags) and not on bytes.
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

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
  const lines = toLines(items)
  const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string }>
  const links = annotations.filter((a) => a.subtype === 'Link').map((a) => a.url ?? '')
  return { text: lines.join('\n'), lines, bodyLines: toLines(body), width, height, links }
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

// Items whose baselines are within a point of each other share a line. Within a
// line a visible gap (more than a fifth of the text size) between two pieces
// reads as a space, as it does to a person.
function toLines(items: TextItem[]): string[] {
  const rows: Array<{ y: number; items: TextItem[] }> = []
  for (const item of items) {
    if (item.str === '') continue
    const y = item.transform[5]!
    let row = rows.find((r) => Math.abs(r.y - y) < 1)
    if (row === undefined) rows.push((row = { y, items: [] }))
    row.items.push(item)
  }
  rows.sort((a, b) => b.y - a.y)
  return rows.map(({ items: row }) => {
    row.sort((a, b) => a.transform[4]! - b.transform[4]!)
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
  })
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
