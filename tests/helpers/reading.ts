// Reading a reading copy back: article.md's body words with a Markdown parser of the test's
// own, and the PDF's words and ¶ numbers as pdf.js reads them.
import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { openPdf, type PdfText } from './pdf.js'

/** The words of article.md's body (front matter aside, subheads in place), read with a Markdown parser of its own. */
export function bodyWords(articleMd: string): string[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(articleMd) as Root
  return tree.children
    .filter((node) => node.type !== 'yaml')
    .map((node) => toString(node))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean)
}

/** A PDF's words in reading order, page by page, without each page's first and last line (running header and footer). */
export function pdfWords(pdf: PdfText): string[] {
  return pdf.pages.flatMap((page) => page.lines.slice(1, -1).join(' ').split(/\s+/).filter(Boolean))
}

const PARAGRAPH = /^¶(\d+)$/

/**
 * The reading copy's body as read back: the ¶ numbers in order, the words without them,
 * and each paragraph's words (from its number to the next), starting at ¶1.
 */
export function readingCopy(pdf: PdfText): { numbers: number[]; words: string[]; paragraphs: Map<number, string> } {
  const all = pdfWords(pdf)
  const start = all.indexOf('¶1')
  const numbers: number[] = []
  const words: string[] = []
  const paragraphs = new Map<number, string>()
  let current = 0
  for (const word of all.slice(start)) {
    const n = PARAGRAPH.exec(word)
    if (n) {
      current = Number(n[1])
      numbers.push(current)
      paragraphs.set(current, '')
      continue
    }
    words.push(word)
    paragraphs.set(current, `${paragraphs.get(current)} ${word}`)
  }
  return { numbers, words, paragraphs }
}

/** Fill colours the PDF sets on its pages (pdf.js reports them as `#rrggbb`). */
export async function fillColours(bytes: Uint8Array): Promise<Set<string>> {
  const { OPS } = await import('./pdfjs.js')
  const doc = await openPdf(bytes)
  try {
    const colours = new Set<string>()
    for (let n = 1; n <= doc.numPages; n++) {
      const ops = await (await doc.getPage(n)).getOperatorList()
      ops.fnArray.forEach((fn, i) => {
        if (fn === OPS.setFillRGBColor) colours.add(String((ops.argsArray[i] as unknown[])[0]))
      })
    }
    return colours
  } finally {
    await doc.destroy()
  }
}

