// Read generated HTML back with a spec-compliant parser (parse5 via hast), never with regexes.
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import type { Element, Root, Nodes } from 'hast'

export interface ReadHtml {
  tree: Root
  /** HTML parse errors, as the HTML standard defines them. */
  errors: string[]
  /** The text of `<main>`, as a reader sees it (without the headings only screen readers are given, `.nav-label`). */
  mainText: string
  headings: Array<{ depth: number; text: string }>
  lang: string | undefined
  elements: (tag: string) => Element[]
}

function walk(node: Nodes, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node)
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit)
}

/** `node` without the elements the page hides from sight (class `nav-label`). */
function visible<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node
  const children = (node.children as Nodes[]).filter((c) => !(c.type === 'element' && ((c.properties.className as string[] | undefined) ?? []).includes('nav-label')))
  return { ...node, children: children.map(visible) } as T
}

export function readHtml(html: string): ReadHtml {
  const errors: string[] = []
  const tree = fromHtml(html, {
    onerror: (e) => {
      errors.push(`${e.line}:${e.column} ${e.reason}`)
    }
  })
  const all: Element[] = []
  walk(tree, (el) => all.push(el))
  const main = all.find((el) => el.tagName === 'main')
  const html_ = all.find((el) => el.tagName === 'html')
  return {
    tree,
    errors,
    mainText: main ? toText(visible(main)) : '',
    headings: all.filter((el) => /^h[1-6]$/.test(el.tagName)).map((el) => ({ depth: Number(el.tagName[1]), text: toText(el) })),
    lang: html_?.properties.lang as string | undefined,
    elements: (tag) => all.filter((el) => el.tagName === tag)
  }
}
