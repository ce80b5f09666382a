// XML files as trees: exports build xast trees (with xastscript) and this writes them with
// xast-util-to-xml, laid out as the files always were (two spaces per level, an element
// holding only text on one line). `x('a')` writes `<a/>`, `x('a', '')` writes `<a></a>`,
// `openEmpty('a')` writes `<a>`, a line break and `</a>`. Children that are nodes go in an
// array, `x('a', [x('b')])`: xastscript takes any object in second place for attributes.
//
// Two things are written here rather than by xast-util-to-xml, so that every file keeps
// its bytes: text and attribute values are escaped with the five named entities (`&amp;
// &lt; &gt; &quot; &apos;`), where xast-util-to-xml writes numeric references (`&#x26;`)
// for `&`, `<` and `"` only; and a CDATA section holding `]]>` is split in two, where
// xast-util-to-xml would turn it into `]]&#x3E;`, which inside CDATA is not `]]>` at all.
// So text and CDATA reach it as raw nodes, and so does the start tag of an element whose
// attribute values need escaping or that holds only empty text (which it would write `<a/>`).
import type { Element, ElementContent, Nodes, Root, RootContent } from 'xast'
import type { Raw } from 'xast-util-to-xml'
import { toXml } from 'xast-util-to-xml'

// XML 1.0 cannot carry these characters at all, escaped or not, so they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** `text` as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** A CDATA node holding `markup`. */
export function cdata(markup: string): ElementContent {
  return { type: 'cdata', value: markup }
}

/** `markup` as a CDATA section; a `]]>` inside would end it, so it is split across two. */
function cdataSection(markup: string): string {
  return `<![CDATA[${markup.replace(NOT_XML, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

const raw = (value: string): Raw => ({ type: 'raw', value })

/** An empty element written open over two lines, as Canvas writes an empty list. */
export function openEmpty(name: string): Element {
  return { type: 'element', name, attributes: {}, children: [], data: { open: true } as Element['data'] }
}

/** `<?xml …?>`, a line break, `root` laid out, and a final line break. */
export function writeXml(root: Element): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, raw('\n'), ...prepare(root, 0), raw('\n')]
  }
  return toXml(tree, { allowDangerousXml: true, closeEmptyElements: true, tightClose: true })
}

/** `node` escaped but not laid out, for mixed content. */
function inline(node: ElementContent): RootContent[] {
  if (node.type !== 'element') return prepare(node, 0)
  const attrs = Object.entries(node.attributes ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('')
  if (node.children.length === 0) return [raw(`<${node.name}${attrs}/>`)]
  return [raw(`<${node.name}${attrs}>`), ...node.children.flatMap((c) => inline(c)), raw(`</${node.name}>`)]
}

/** `node` laid out at `depth` and escaped (see the top of this file), as nodes xast-util-to-xml writes as they are. */
function prepare(node: ElementContent, depth: number): RootContent[] {
  if (node.type === 'text') return [raw(escapeXml(node.value))]
  if (node.type === 'cdata') return [raw(cdataSection(node.value))]
  if (node.type !== 'element') return [node]
  const indent = (level: number): Raw => raw('\n' + '  '.repeat(level))
  let children: RootContent[]
  // Mixed content (text beside elements: XHTML's `a<br/>b`) is written as it is: white space there is text.
  const mixed = node.children.some((c) => c.type === 'text' || c.type === 'cdata')
  if (mixed) {
    children = node.children.flatMap((c) => inline(c))
  } else if (node.children.some((c) => c.type === 'element')) {
    // One child per line, one level in.
    children = [...node.children.flatMap((c) => [indent(depth + 1), ...prepare(c, depth + 1)]), indent(depth)]
  } else if ((node.data as { open?: boolean } | undefined)?.open) {
    children = [indent(depth)]
  } else children = node.children.flatMap((c) => prepare(c, depth + 1))
  const attributes = node.attributes ?? {}
  const plain = Object.values(attributes).every((v) => v === null || v === undefined || escapeXml(v) === v)
  const empty = node.children.length > 0 && node.children.every((c) => c.type === 'text' && c.value === '')
  if (plain && !empty) return [{ ...node, children: children as Element['children'] }]
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('')
  return [raw(`<${node.name}${attrs}>`), ...children, raw(`</${node.name}>`)]
}

export type { Element, Nodes }
