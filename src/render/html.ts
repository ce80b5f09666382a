// The HTML backend: the filled tree becomes a standalone page: semantic HTML with the
// directives as sections, lists and asides, the argument map as inline SVG, inline CSS with a print stylesheet, and a
// Content-Security-Policy that allows no scripts and no fetches.
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast'
import { toHtml } from 'hast-util-to-html'
import { toString } from 'mdast-util-to-string'
import type { Element, ElementContent, Properties } from 'hast'
import type { Root, Nodes, Heading, Link, List, ListItem } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { layoutMap } from './map/layout.js'
import { mapMetrics } from './map/metrics.js'
import { readMap } from './map/model.js'
import { mapFigure } from './map/svg.js'
import { premiseShare } from './match.js'

/** Links may go to the web, to mail, or to files of the pack itself; never to `javascript:` or `data:`. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  return scheme === undefined ? !url.startsWith('//') : scheme === 'http' || scheme === 'https' || scheme === 'mailto'
}

const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children })
const text = (value: string): ElementContent => ({ type: 'text', value })

/** The text of a cell: its paragraph's content (a cell is one line or empty). */
function cellContent(state: State, item: ListItem): ElementContent[] {
  const [paragraph] = item.children
  return paragraph?.type === 'paragraph' ? state.all(paragraph) : []
}

/** `:::table`: a list of rows, each a list of cells; the first row heads the columns, with `head=both` the first column heads the rows. */
function table(state: State, node: ContainerDirective): Element {
  const both = node.attributes?.head === 'both'
  const [list] = node.children as unknown as List[]
  const rows = (list?.children ?? []).map((row) => ((row.children[0] as List | undefined)?.children ?? []) as ListItem[])
  const [head = [], ...body] = rows
  const cell = (item: ListItem, r: number, c: number): Element => {
    if (r === 0) return el('th', { scope: 'col' }, cellContent(state, item))
    if (both && c === 0) return el('th', { scope: 'row' }, cellContent(state, item))
    return el('td', {}, cellContent(state, item))
  }
  return el('table', { className: both ? ['grid', 'row-heads'] : ['grid'] }, [
    el('thead', {}, [el('tr', {}, head.map((item, c) => cell(item, 0, c)))]),
    el('tbody', {}, body.map((row, r) => el('tr', {}, row.map((item, c) => cell(item, r + 1, c)))))
  ])
}
/** A box to write in: drawn, not read. */
const box = (): Element => el('span', { className: ['box'], ariaHidden: 'true' }, [])

function container(state: State, node: ContainerDirective, lang: string): Element {
  const attrs = node.attributes ?? {}
  switch (node.name) {
    case 'argument-map': {
      const map = readMap(node)
      return mapFigure(map, layoutMap(map, mapMetrics(lang)), attrs.id ?? 'argument-map')
    }
    case 'question':
      return el('section', { className: ['question'], id: attrs.id ?? undefined }, state.all(node))
    case 'options': {
      // ○ or □ before each letter says how to answer; drawn by the style sheet, hidden from screen readers (the instruction says it in words).
      const mark = attrs.mark === 'circle' || attrs.mark === 'box' ? [`mark-${attrs.mark}`] : []
      return el('ol', { className: ['options', ...mark] }, state.all(node))
    }
    case 'match': {
      // Two lists side by side: premises with a box for a letter, then the lettered responses.
      const leaves = (name: string): LeafDirective[] => node.children.filter((c): c is LeafDirective => c.type === 'leafDirective' && c.name === name)
      const of = (name: string): Element[] => leaves(name).map((c) => leaf(state, c))
      // The columns share the width as in the PDF, by their words: a fixed 2 : 3 set long
      // premises (a name and its role) five words a line beside half-empty responses.
      const share = Math.round(100 * premiseShare(leaves('premise').map((c) => toString(c)), leaves('response').map((c) => toString(c))))
      const style = `grid-template-columns: ${share}fr ${100 - share}fr`
      return el('div', { className: ['match'], style }, [el('ol', { className: ['premises'] }, of('premise')), el('ol', { className: ['responses'] }, of('response'))])
    }
    case 'sequence':
      return el('ol', { className: ['sequence'] }, state.all(node))
    case 'callout': {
      const [first, ...rest] = node.children
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true
      const title = labelled ? [el('p', { className: ['callout-title'] }, state.all(first))] : []
      const body = labelled ? state.all({ ...node, children: rest }) : state.all(node)
      // A note inside the page's main content, not a landmark of its own (an <aside> there would be one).
      return el('div', { className: ['callout', `callout-${attrs.kind ?? 'note'}`], role: 'note' }, [...title, ...body])
    }
    case 'keep':
      return el('div', { className: ['keep'] }, state.all(node))
    case 'fields':
      return el('div', { className: ['fields'] }, state.all(node))
    case 'table':
      return table(state, node)
    default:
      throw new TypeError(`classpack: unknown container directive \`${node.name}\``)
  }
}

function leaf(state: State, node: LeafDirective): Element {
  const attrs = node.attributes ?? {}
  switch (node.name) {
    case 'option':
      return el('li', { className: ['option'] }, [
        el('span', { className: ['mark'], ariaHidden: 'true' }, []),
        el('span', { className: ['letter'] }, [text(`${attrs.letter ?? ''}.`)]),
        text(' '),
        ...state.all(node)
      ])
    case 'nav-label':
      return el('h2', { className: ['nav-label'] }, state.all(node))
    case 'score-box':
      return el('p', { className: ['score-box'] }, [
        el('span', { className: ['score-label'] }, state.all(node)),
        text(' '),
        el('span', { className: ['score-total'] }, [text(`/ ${attrs.total ?? ''}`)])
      ])
    case 'end-mark':
      return el('p', { className: ['end-mark'] }, state.all(node))
    case 'answer-lines': {
      const lines = Math.max(1, Math.min(30, Number(attrs.lines ?? 4) || 4))
      return el('div', { className: ['answer-lines'], ariaHidden: 'true' }, Array.from({ length: lines }, () => el('div', { className: ['line'] }, [])))
    }
    case 'fill-in':
      return el('p', { className: ['fill-in'] }, [...state.all(node), text(': '), el('span', { className: ['blank'] }, [])])
    case 'premise':
      return el('li', {}, [el('span', { className: ['number'] }, [text(`${attrs.n ?? ''}.`)]), box(), text(' '), ...state.all(node)])
    case 'response':
      return el('li', {}, [el('span', { className: ['letter'] }, [text(`${attrs.letter ?? ''}.`)]), text(' '), ...state.all(node)])
    case 'step':
      return el('li', {}, [box(), el('span', { className: ['letter'] }, [text(`${attrs.letter ?? ''}.`)]), text(' '), ...state.all(node)])
    case 'answer-box':
      return el('p', { className: ['answer-box'] }, [box(), ...(node.children.length ? [text(' '), ...state.all(node)] : [])])
    case 'page-break':
      return el('div', { className: ['page-break'], ariaHidden: 'true' }, [])
    default:
      throw new TypeError(`classpack: unknown leaf directive \`${node.name}\``)
  }
}

function inline(state: State, node: TextDirective): Element {
  switch (node.name) {
    case 'pn':
      // In the margin (style.css); a paragraph's number is read before its text, as printed.
      return el('span', { className: ['pn'] }, state.all(node))
    case 'claim':
      return el('b', { className: ['claim-label'] }, state.all(node))
    case 'highlight':
      return el('mark', { className: ['claim-quote'] }, state.all(node))
    case 'name':
      // A translation tool would "translate" Rose or Hoffmann; style.css keeps hyphens out.
      return el('span', { className: ['name'], translate: 'no' }, state.all(node))
    case 'word':
      // A word bank's word, copied into a gap as printed: style.css keeps hyphens out.
      return el('span', { className: ['word'] }, state.all(node))
    default:
      throw new TypeError(`classpack: unknown text directive \`${node.name}\``)
  }
}

const link: Handler = (state, node: Link) => {
  const children = state.all(node)
  return isSafeUrl(node.url) ? el('a', { href: node.url }, children) : el('span', {}, children)
}

/**
 * What a page needs beyond the style sheet when paragraph numbers stand inside lists or block
 * quotes (the reading copy of an article that has them): there a number's float would sit
 * in the list's or quote's own indent, beside its bullet or across its rule, so it is placed
 * in `main`'s gutter, where every other number stands, at its line's height. Added only to
 * such a page, so every other page keeps its bytes.
 */
export function nestedNumbersCss(tree: Root): string {
  let nested = false
  const visit = (node: Nodes, inside: boolean): void => {
    if (nested) return
    if (inside && node.type === 'textDirective' && node.name === 'pn') nested = true
    const within = inside || node.type === 'list' || node.type === 'blockquote'
    if ('children' in node) for (const child of node.children) visit(child as Nodes, within)
  }
  visit(tree, false)
  return nested ? NESTED_NUMBERS : ''
}
const NESTED_NUMBERS = `
/* Paragraph numbers in the article's lists and quotes: in the same gutter as the others. */
main { position: relative; }
li .pn, blockquote .pn { position: absolute; left: 0; margin-left: 0; font-style: normal; }
`

/** The id of the `n`th (1-based) second-level heading, for a page's contents to link to. */
const sectionId = (n: number): string => `section-${n}`

/** A document's sections: its second-level headings, each with the id renderHtmlBody gives it. */
export function htmlSections(tree: Root): Array<{ id: string; text: string }> {
  return tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 2).map((node, i) => ({ id: sectionId(i + 1), text: toString(node) }))
}

/**
 * Render a filled tree to an HTML fragment (the page's `<main>` content).
 * @param sectionIds give second-level headings the ids of htmlSections, for a list of contents to link to.
 * @param lang the page's language (BCP 47), which the argument map is laid out for.
 */
export function renderHtmlBody(tree: Root, sectionIds = false, lang = 'en'): string {
  let sections = 0
  const heading: Handler = (state, node: Heading) => {
    const element = defaultHandlers.heading(state, node)
    if (sectionIds && node.depth === 2 && tree.children.includes(node)) element.properties.id = sectionId(++sections)
    return element
  }
  const hast = toHast(tree as Nodes, {
    handlers: {
      heading,
      containerDirective: ((state: State, node: ContainerDirective) => container(state, node, lang)) as unknown as Handler,
      leafDirective: leaf as unknown as Handler,
      textDirective: inline as unknown as Handler,
      link
    }
  })
  return toHtml(hast)
}
