// The HTML backend: the filled tree becomes a standalone page: semantic HTML with the
// directives as sections, lists and asides, the argument map as inline SVG, inline CSS with a print stylesheet, and a
// Content-Security-Policy that allows no scripts and no fetches.
import { toHast, type Handler, type State } from 'mdast-util-to-hast'
import { toHtml } from 'hast-util-to-html'
import type { Element, ElementContent, Properties } from 'hast'
import type { Root, Nodes, Link } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { layoutMap } from './map/layout.js'
import { mapMetrics } from './map/metrics.js'
import { readMap } from './map/model.js'
import { mapFigure } from './map/svg.js'

/** Links may go to the web, to mail, or to files of the pack itself; never to `javascript:` or `data:`. */
export function isSafeUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  return scheme === undefined ? !url.startsWith('//') : scheme === 'http' || scheme === 'https' || scheme === 'mailto'
}

const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children })
const text = (value: string): ElementContent => ({ type: 'text', value })

function container(state: State, node: ContainerDirective, lang: string): Element {
  const attrs = node.attributes ?? {}
  switch (node.name) {
    case 'argument-map': {
      const map = readMap(node)
      return mapFigure(map, layoutMap(map, mapMetrics(lang)), attrs.id ?? 'argument-map')
    }
    case 'question':
      return el('section', { className: ['question'], id: attrs.id ?? undefined }, state.all(node))
    case 'options':
      return el('ol', { className: ['options'] }, state.all(node))
    case 'callout': {
      const [first, ...rest] = node.children
      const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true
      const title = labelled ? [el('p', { className: ['callout-title'] }, state.all(first))] : []
      const body = labelled ? state.all({ ...node, children: rest }) : state.all(node)
      return el('aside', { className: ['callout', `callout-${attrs.kind ?? 'note'}`] }, [...title, ...body])
    }
    default:
      throw new TypeError(`classpack: unknown container directive \`${node.name}\``)
  }
}

function leaf(state: State, node: LeafDirective): Element {
  const attrs = node.attributes ?? {}
  switch (node.name) {
    case 'option':
      return el('li', { className: ['option'] }, [el('span', { className: ['letter'] }, [text(`${attrs.letter ?? ''}.`)]), text(' '), ...state.all(node)])
    case 'answer-lines': {
      const lines = Math.max(1, Math.min(30, Number(attrs.lines ?? 4) || 4))
      return el('div', { className: ['answer-lines'], ariaHidden: 'true' }, Array.from({ length: lines }, () => el('div', { className: ['line'] }, [])))
    }
    case 'fill-in':
      return el('p', { className: ['fill-in'] }, [...state.all(node), text(': '), el('span', { className: ['blank'] }, [])])
    case 'page-break':
      return el('div', { className: ['page-break'], ariaHidden: 'true' }, [])
    default:
      throw new TypeError(`classpack: unknown leaf directive \`${node.name}\``)
  }
}

const link: Handler = (state, node: Link) => {
  const children = state.all(node)
  return isSafeUrl(node.url) ? el('a', { href: node.url }, children) : el('span', {}, children)
}

/** Render a filled tree to an HTML fragment (the page's `<main>` content); `lang` is the page's (BCP 47). */
export function renderHtmlBody(tree: Root, lang = 'en'): string {
  const hast = toHast(tree as Nodes, {
    handlers: {
      containerDirective: ((state: State, node: ContainerDirective) => container(state, node, lang)) as unknown as Handler,
      leafDirective: leaf as unknown as Handler,
      textDirective: (_state, node: { name: string }) => {
        throw new TypeError(`classpack: unknown text directive \`${node.name}\``)
      },
      link
    }
  })
  return toHtml(hast)
}
