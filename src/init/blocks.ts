// Turn the DOM of an article's content (a web page's, after Readability, or a Word file's,
// after mammoth) into blocks: headings and paragraphs of plain text, words exactly as the
// page has them, white space collapsed. Media, forms and scripts carry no article words.
import type { Container } from '../article/model.js'
import type { Block } from './model.js'

/** The few DOM features read here, so linkedom's elements and any other DOM fit. */
export interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<DomNode>
  getAttribute?(name: string): string | null
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGURE', 'FIGCAPTION', 'IMG', 'PICTURE', 'SVG', 'VIDEO', 'AUDIO', 'IFRAME', 'BUTTON', 'FORM', 'NAV', 'INPUT', 'SELECT', 'TEXTAREA', 'CANVAS', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK'])
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'HR', 'ADDRESS', 'CENTER', 'DETAILS', 'SUMMARY', 'BODY', 'HTML'])
const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** A footnote's number in the text (`<sup>1</sup>`, `<sup>[2]</sup>`, `<sup>*</sup>`): no word of the article, and glued to one once tags are gone. */
// So is a link to a footnote without <sup> (`<a class="footnote-ref" href="#fn1">1</a>`): "the link1 between".
const isMarker = (node: DomNode): boolean => {
  const tag = node.nodeName.toUpperCase()
  const link = tag === 'A' && /^#/.test(node.getAttribute?.('href') ?? '') && /\b(?:fn|footnote|endnote|note|noteref)/i.test(`${node.getAttribute?.('href') ?? ''} ${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('role') ?? ''}`)
  return (tag === 'SUP' || link) && /^\s*\[?(?:\d{1,3}|[*†‡§]{1,3}|[a-z])\]?\s*$/i.test(node.textContent ?? '')
}

/** The blocks of `root`'s content, in document order. */
export function domBlocks(root: DomNode): Block[] {
  const blocks: Block[] = []
  let buffer = ''
  let cls: string | undefined
  // The quotes and list items the walk is in, and the list an `<li>` would be an item of.
  const within: Container[] = []
  let list: { id: number; ordered: boolean; next: number } | undefined
  let ids = 0
  // How deep in `<strong>` or `<b>` the walk is, and whether the paragraph so far has words
  // outside them and inside: a paragraph wholly in bold (an interview's question, a Word file's
  // bold run) is written so in article.md, where interview.ts finds it.
  let bold = 0
  let plain = false
  let strong = false
  const flush = (): void => {
    const text = squashText(buffer)
    if (text) blocks.push({ kind: 'paragraph', text, ...(cls ? { cls } : {}), ...(within.length ? { within: [...within] } : {}), ...(strong && !plain ? { strong: true } : {}) })
    buffer = ''
    plain = false
    strong = false
  }
  const walk = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const words = child.textContent ?? ''
        buffer += words
        if (/\S/u.test(words)) {
          if (bold > 0) strong = true
          else plain = true
        }
      }
      if (child.nodeType !== ELEMENT_NODE) continue
      const tag = child.nodeName.toUpperCase()
      if (SKIP.has(tag) || isMarker(child)) continue
      const rows = tag === 'TABLE' ? dataRows(child) : undefined
      if (tag === 'BR') buffer += ' '
      else if (rows) {
        flush()
        const caption = Array.from(child.childNodes).find((c) => c.nodeName.toUpperCase() === 'CAPTION')
        blocks.push({ kind: 'table', text: rows.map((r) => r.join(' ')).join('\n'), rows, ...(caption ? { caption: squash(inlineText(caption)) } : {}) })
      } else if (/^H[1-6]$/.test(tag)) {
        flush()
        const text = squashText(inlineText(child))
        if (text) blocks.push({ kind: 'heading', text, level: Number(tag[1]), ...(classOf(child) ? { cls: classOf(child) } : {}) })
      } else if (BLOCK.has(tag)) {
        flush()
        const outer = { cls, list, depth: within.length }
        cls = classOf(child) || outer.cls
        if (tag === 'BLOCKQUOTE') within.push({ kind: 'quote', id: ++ids })
        else if (tag === 'UL' || tag === 'OL') list = { id: ++ids, ordered: tag === 'OL', next: tag === 'OL' ? listStart(child) : 1 }
        else if (tag === 'LI' && list !== undefined) {
          within.push({ kind: 'item', id: ++ids, list: list.id, ordered: list.ordered, number: list.next++ })
          list = undefined
        }
        walk(child)
        flush()
        cls = outer.cls
        list = outer.list
        within.length = outer.depth
      } else if (tag === 'STRONG' || tag === 'B') {
        bold++
        walk(child)
        bold--
      } else walk(child)
    }
  }
  walk(root)
  flush()
  return blocks
}

/** Longest cell of a table of data, in words: a longer one is a table that lays out a page. */
const CELL_WORDS = 60

/**
 * A table's rows of cells when it holds data (rows and columns of short cells), else
 * undefined: a table that lays out a page (one column, a nested table, a cell of paragraphs,
 * `role="presentation"`) is read as its cells' blocks, as before.
 */
function dataRows(table: DomNode): string[][] | undefined {
  if (/^(?:presentation|none)$/i.test(table.getAttribute?.('role') ?? '')) return undefined
  const rows: string[][] = []
  let nested = false
  const visit = (node: DomNode): void => {
    for (const child of Array.from(node.childNodes)) {
      const tag = child.nodeName.toUpperCase()
      if (tag === 'TABLE') nested = true
      else if (tag === 'TR') rows.push(Array.from(child.childNodes).filter((c) => /^T[DH]$/i.test(c.nodeName)).map((c) => squashText(inlineText(c))))
      else if (child.nodeType === ELEMENT_NODE && tag !== 'CAPTION') visit(child)
    }
  }
  visit(table)
  const cells = rows.flat()
  if (nested || rows.length < 2 || !rows.some((r) => r.length >= 2) || cells.some((c) => c.split(' ').length > CELL_WORDS)) return undefined
  return rows
}

/** The text of an element, skipping what carries no words and reading `<br>` as a space. */
function inlineText(node: DomNode): string {
  let text = ''
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? ''
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = child.nodeName.toUpperCase()
      if (SKIP.has(tag) || isMarker(child)) continue
      text += tag === 'BR' ? ' ' : inlineText(child)
    }
  }
  return text
}

/** An ordered list's first number (`<ol start="3">`), 1 when it gives none. */
function listStart(node: DomNode): number {
  const start = Number.parseInt(node.getAttribute?.('start') ?? '', 10)
  return Number.isInteger(start) && start >= 0 && start < 1e9 ? start : 1
}

function classOf(node: DomNode): string {
  return (node.getAttribute?.('class') ?? '').trim()
}

/** White space collapsed to single spaces, as a browser shows it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The article's text with its white space collapsed, as `squash`, but a no-break, figure or thin
 * space beside a figure kept ("35 000", "€1.4 bn", "10 %"), as a browser keeps it: read as a
 * space, the reading copy could break "35" from "000" at a line's end. Elsewhere ("Mr Smith")
 * it is a space like any other.
 */
export function squashText(text: string): string {
  return text.replace(/\s+/gu, (run: string, at: number) => (FIGURE_SPACE.test(run) && (/\d$/u.test(text.slice(0, at)) || /^\d/u.test(text.slice(at + run.length))) ? run : ' ')).trim()
}
const FIGURE_SPACE = /^[\u00a0\u2007\u2009\u202f]$/u
