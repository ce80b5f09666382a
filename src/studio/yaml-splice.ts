// Surgical YAML edits: new text is spliced into a file at a place the parser found, so
// every other byte stays as the teacher wrote it (comments, blank lines, quoting, folding).
// Only the inserted or replaced block is new, written by the `yaml` package in the file's
// own indentation. Each edit is checked by parsing the result before anyone writes it.
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type YAMLSeq, type Node as YamlNode } from 'yaml'

/** A YAML edit that cannot be made surgically, with the reason (worded for the teacher). */
export class SpliceError extends Error {}

/** Parse `text`, refusing a file with YAML errors: the studio never rewrites a file it cannot read. */
export function parseStrict(text: string, file: string): Document.Parsed {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true })
  if (doc.errors.length > 0) throw new SpliceError(`Unexpected YAML syntax in ${file} (${doc.errors[0]!.message.split('\n')[0]}), expected a file the studio can read: fix it in your editor first; the studio leaves it as it is`)
  return doc
}

/** The offset just past the end of the line holding offset `at - 1` (a node's last line), or the text's end. */
export function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end
  // A block collection followed by comment lines ends at the next node's indentation (the
  // \`yaml\` package's range[2]): its last line is the one before, not that node's line.
  const start = lineStart(text, end)
  if (end > start && /^[ \t]*$/.test(text.slice(start, end))) return start
  const nl = text.indexOf('\n', end)
  return nl < 0 ? text.length : nl + 1
}

/** The offset of the start of the line holding `at`. */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

/** How a value should look in the block: scalars' styles and flow lists, as the demo's files write them. */
export type Styles = Record<string, 'double' | 'single-quoted' | 'folded' | 'literal' | 'flow' | 'plain'>

/**
 * `value` (a mapping) as YAML lines: the first line after `first` (`  - ` for a list item,
 * `` for a key's value block), the others indented by `indent` spaces. Ends with a newline.
 */
export function block(value: Record<string, unknown>, first: string, indent: number, styles: Styles = {}): string {
  const doc = new Document(value)
  if (!isMap(doc.contents)) throw new TypeError('classpack studio: a block is a mapping')
  styleAll(doc.contents, styles)
  const lines = doc.toString({ lineWidth: 88, minContentWidth: 40, flowCollectionPadding: false }).replace(/\n$/, '').split('\n')
  return lines.map((line, i) => (i === 0 ? first : line === '' ? '' : ' '.repeat(indent)) + line).join('\n') + '\n'
}

/** The style a scalar was written in, to write its new value the same way: a folded stem stays folded. */
export function styleOf(node: unknown): Styles[string] | undefined {
  if (!isScalar(node)) return undefined
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return 'double'
    case Scalar.QUOTE_SINGLE:
      return 'single-quoted'
    case Scalar.BLOCK_FOLDED:
      return 'folded'
    case Scalar.BLOCK_LITERAL:
      return 'literal'
    default:
      return undefined
  }
}

/** Give each value the style `styles` names for its key, at any depth. */
function styleAll(node: YamlNode | null, styles: Styles): void {
  if (!isMap(node)) return
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value as YamlNode | null
    style(value, styles[key])
    styleAll(value, styles)
  }
}

function style(node: YamlNode | null, how: Styles[string] | undefined): void {
  if (isSeq(node)) {
    ;(node as YAMLSeq).flow = how === 'flow'
    for (const item of node.items) if (isScalar(item) && typeof item.value === 'string' && /[“”’‘"':#,[\]{}]|^\s|\s$/.test(item.value)) item.type = Scalar.QUOTE_DOUBLE
  } else if (isScalar(node) && typeof node.value === 'string') {
    if (how === 'double') node.type = Scalar.QUOTE_DOUBLE
    else if (how === 'single-quoted') node.type = Scalar.QUOTE_SINGLE
    else if (how === 'folded') node.type = Scalar.BLOCK_FOLDED
    else if (how === 'literal') node.type = Scalar.BLOCK_LITERAL
  }
}

/** The column of the `-` of a block list item whose content starts at `contentStart`, and that content's column. */
export function itemColumns(text: string, contentStart: number): { dash: number; content: number } {
  const start = lineStart(text, contentStart)
  const line = text.slice(start, contentStart)
  const dash = line.lastIndexOf('-')
  return { dash: Math.max(dash, 0), content: contentStart - start }
}

/** True when the list's items are separated by blank lines (the demo's claims are). */
export function blankBetween(text: string, items: readonly YamlNode[]): boolean {
  const [a, b] = items
  if (!a?.range || !b?.range) return true
  const gap = text.slice(afterLine(text, a.range[2]), lineStart(text, b.range[0]))
  return gap.split('\n').slice(0, -1).some((line) => line.trim() === '')
}
