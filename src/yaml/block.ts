// A fast reader for the YAML that module files are written in: block mappings and lists,
// plain, quoted and block (`|`, `>`) scalars, one-line flow lists and comments. The `yaml`
// package reads 150 KB of questions and claims in about 150 ms on a cold start, a third of
// `classpack check`; this reads the same in a few milliseconds.
//
// It builds `yaml`'s own node classes with the values and [start, valueEnd, nodeEnd] ranges
// that `parseDocument` gives, so everything after it (decoders, places in messages) is the
// same either way (tests/yaml-block.test.ts compares the two on every YAML file of the
// repository and on generated documents). It is only ever a shortcut: on anything outside
// that subset, or anything the full parser might report (tabs, anchors, tags, duplicate
// keys, odd indentation), it gives up and the full parser reads the text, with its messages.
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode, type Schema } from 'yaml'

/** Thrown to give up: the text is left to the full parser. */
const GIVE_UP = Symbol('give up')

type Options = Record<string, unknown>
type ScalarTag = { default?: boolean | 'key'; test?: RegExp; format?: string; collection?: string; resolve(value: string, onError: (message: string) => void, options: Options): unknown }

let schemaFor: { options: Options; schema: Schema } | undefined

/** The schema `parseDocument(text, options)` resolves plain scalars with (made once). */
function schemaOf(options: Options): Schema {
  if (schemaFor?.options !== options) schemaFor = { options, schema: new Document(null, options).schema }
  return schemaFor.schema
}

/**
 * The root node of `text` as `parseDocument(text, options).contents` would give it, or
 * undefined when the text is not plain block YAML (then use `parseDocument`).
 */
export function readBlockYaml(text: string, options: Options): YamlNode | undefined {
  // Tabs, carriage returns, a byte order mark, directives and document markers: the full parser.
  if (/[\t\r\uFEFF]|^(?:%|---|\.\.\.)/m.test(text)) return undefined
  try {
    return new BlockReader(text, options).document()
  } catch (thrown) {
    if (thrown === GIVE_UP) return undefined
    throw thrown
  }
}

const give = (): never => {
  throw GIVE_UP
}

class BlockReader {
  private readonly schema: Schema
  /** Start of the line after the last node read. */
  private pos = 0

  constructor(
    private readonly text: string,
    private readonly options: Options
  ) {
    this.schema = schemaOf(options)
  }

  document(): YamlNode {
    const first = this.nextContent(0)
    if (first < 0) give()
    const indent = this.indentAt(first)
    const root = this.blockNode(first + indent, indent, -1)
    if (this.nextContent(this.pos) >= 0) give()
    return root
  }

  // --- lines -----------------------------------------------------------------------------

  private lineEnd(at: number): number {
    const end = this.text.indexOf('\n', at)
    return end < 0 ? this.text.length : end
  }

  private nextLine(at: number): number {
    return Math.min(this.lineEnd(at) + 1, this.text.length)
  }

  private indentAt(lineStart: number): number {
    let at = lineStart
    while (this.text.charCodeAt(at) === 32) at++
    return at - lineStart
  }

  /**
   * Start of the first line from `lineStart` on that holds more than spaces or a comment; -1
   * at the end. A comment indented past the line after it belongs to the node before it, and
   * `yaml` stretches that node's range over it: left to the full parser.
   */
  private nextContent(lineStart: number): number {
    let line = lineStart
    let commentIndent = 0
    while (line < this.text.length) {
      const indent = this.indentAt(line)
      const ch = this.text[line + indent]
      if (ch !== '\n' && ch !== '#' && ch !== undefined) {
        if (commentIndent > indent) give()
        return line
      }
      if (ch === '#') commentIndent = Math.max(commentIndent, indent)
      line = this.nextLine(line)
    }
    if (commentIndent > 0) give()
    return -1
  }

  private blankAfter(at: number): boolean {
    const ch = this.text[at]
    return ch === ' ' || ch === '\n' || ch === undefined
  }

  /** After a value ending at `valueEnd`: spaces and a comment to the end of the line; the node's end. */
  private endOfNode(valueEnd: number): number {
    let at = valueEnd
    while (this.text[at] === ' ') at++
    if (this.text[at] === '#' && at > valueEnd) at = this.lineEnd(at)
    else if (this.text[at] !== '\n' && at < this.text.length) give()
    this.pos = Math.min(at + 1, this.text.length)
    return this.pos
  }

  // --- block collections ---------------------------------------------------------------

  /** A node that starts a line: at `at`, in column `indent`, inside a collection indented `parent`. */
  private blockNode(at: number, indent: number, parent: number): YamlNode {
    if (this.isDash(at)) return this.sequence(at, indent)
    if (this.keyAt(at) !== undefined) return this.mapping(at, indent)
    return this.inlineValue(at, parent)
  }

  private mapping(start: number, indent: number): YAMLMap {
    const map = new YAMLMap(this.schema)
    const seen = new Set<unknown>()
    let at = start
    for (;;) {
      const key = this.keyAt(at) ?? give()
      if (seen.has(key.node.value)) give()
      seen.add(key.node.value)
      const value = this.valueAfter(key.colon + 1, indent, true)
      map.items.push(new Pair(key.node, value))
      const next = this.nextSibling(indent)
      if (next === undefined) break
      if (this.isDash(next)) give()
      at = next
    }
    const end = this.endOf(map.items.at(-1)!.value as YamlNode)
    map.range = [start, end, end]
    return map
  }

  /** Where the next entry of a collection indented `indent` starts, or undefined where the collection ends. */
  private nextSibling(indent: number): number | undefined {
    const next = this.nextContent(this.pos)
    if (next < 0) return undefined
    const nextIndent = this.indentAt(next)
    if (nextIndent < indent) return undefined
    if (nextIndent > indent) give()
    return next + indent
  }

  /** Whether a list item's `-` stands at `at`. */
  private isDash(at: number): boolean {
    return this.text[at] === '-' && this.blankAfter(at + 1)
  }

  private sequence(start: number, indent: number): YAMLSeq {
    const seq = new YAMLSeq<YamlNode>(this.schema)
    let at = start
    for (;;) {
      let content = at + 1
      while (this.text[content] === ' ') content++
      const ch = this.text[content]
      if (this.isDash(content)) give()
      let item: YamlNode
      if (ch === '\n' || ch === '#' || ch === undefined) item = this.valueAfter(at + 1, indent, false)
      else if (this.keyAt(content) !== undefined) item = this.mapping(content, indent + (content - at))
      else item = this.inlineValue(content, indent)
      seq.items.push(item)
      const next = this.nextSibling(indent)
      // A key after a list at the key's own indent ends the list; the mapping reads on.
      if (next === undefined || !this.isDash(next)) break
      at = next
    }
    const end = this.endOf(seq.items.at(-1)!)
    seq.range = [start, end, end]
    return seq
  }

  /** The value after a key's colon (or a list's dash) at `after`, in a collection indented `indent`. */
  private valueAfter(after: number, indent: number, ofKey: boolean): YamlNode {
    let at = after
    while (this.text[at] === ' ') at++
    const ch = this.text[at]
    if (ch !== '\n' && ch !== '#' && ch !== undefined) return this.inlineValue(at, indent)
    if (ch === '#' && at === after) give()
    // Nothing on the line: the value is on the lines below, or it is empty.
    const next = this.nextContent(this.nextLine(after))
    if (next >= 0) {
      const nextIndent = this.indentAt(next)
      if (nextIndent > indent) return this.blockNode(next + nextIndent, nextIndent, indent)
      if (ofKey && nextIndent === indent && this.isDash(next + indent)) return this.sequence(next + indent, indent)
    }
    // An empty value's node stretches over the comments below it, and an empty list item's
    // range follows rules of its own: both left to the full parser.
    if (ch === '#' || !ofKey || this.commentBelow(this.nextLine(after))) give()
    this.pos = this.nextLine(after)
    return this.scalar('', 'PLAIN', [at, at, at], true)
  }

  /** Where a mapping key starts at `at`: its node and its colon, or undefined if none does. */
  private keyAt(at: number): { node: Scalar; colon: number } | undefined {
    const text = this.text
    const ch = text[at]
    let end: number
    let node: Scalar
    if (ch === '"' || ch === "'") {
      end = this.quoteEnd(at, true)
      if (end < 0) return undefined
      const colon = end
      if (text[colon] !== ':' || !this.blankAfter(colon + 1)) return undefined
      node = this.scalar(ch === '"' ? doubleQuoted(text.slice(at, end)) : singleQuoted(text.slice(at, end)), ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, end, end], false)
      return { node, colon }
    }
    // The first `: ` (or `:` at the end of the line) before any comment.
    let colon = at
    for (; ; colon++) {
      const c = text[colon]
      if (c === '\n' || c === undefined || (c === '#' && text[colon - 1] === ' ')) return undefined
      if (c === ':' && this.blankAfter(colon + 1)) break
    }
    if (isIndicator(ch, text[at + 1])) give()
    end = colon
    while (text[end - 1] === ' ') end--
    if (end === at || end - at > 1024) give()
    const source = text.slice(at, end)
    return { node: this.plain(source, [at, end, end], true), colon }
  }

  // --- scalars ---------------------------------------------------------------------------

  /** A value that starts after `key: ` or `- ` (or alone on a line), in a collection indented `indent`. */
  private inlineValue(at: number, indent: number): YamlNode {
    const ch = this.text[at]
    if (ch === '|' || ch === '>') return this.blockScalar(at, indent)
    if (ch === '"' || ch === "'") {
      const end = this.quoteEnd(at, false, indent)
      if (end < 0) give()
      const source = this.text.slice(at, end)
      return this.scalar(ch === '"' ? doubleQuoted(source) : singleQuoted(source), ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, end, this.endOfNode(end)], false)
    }
    if (ch === '[') return this.flowList(at)
    if (isIndicator(ch, this.text[at + 1])) give()
    return this.plainValue(at, indent)
  }

  /** A plain scalar in block context, over as many lines as are indented past `indent`. */
  private plainValue(start: number, indent: number): Scalar {
    const text = this.text
    let end = this.plainLineEnd(start)
    let line = this.nextLine(start)
    // Continuation lines: more indented than the collection, not comments, not keys.
    if (!this.commentAt(end)) {
      for (let next = line; next < text.length; ) {
        const lineIndent = this.indentAt(next)
        const ch = text[next + lineIndent]
        if (ch === '\n') {
          next = this.nextLine(next)
          continue
        }
        if (ch === undefined || lineIndent <= indent || ch === '#') break
        if (isIndicator(ch, text[next + lineIndent + 1]) || ch === '"' || ch === "'" || ch === '[') give()
        const lineEnd = this.plainLineEnd(next + lineIndent)
        if (this.commentAt(lineEnd)) give()
        end = lineEnd
        next = line = this.nextLine(next)
      }
    }
    while (text[end - 1] === ' ') end--
    return this.plain(text.slice(start, end), [start, end, this.endOfNode(end)], false)
  }

  /** Whether a comment line comes before the next content line from `lineStart`. */
  private commentBelow(lineStart: number): boolean {
    for (let line = lineStart; line < this.text.length; line = this.nextLine(line)) {
      const ch = this.text[line + this.indentAt(line)]
      if (ch === '#') return true
      if (ch !== '\n') return false
    }
    return false
  }

  /** Whether a comment follows `at` on its line. */
  private commentAt(at: number): boolean {
    while (this.text[at] === ' ') at++
    return this.text[at] === '#'
  }

  /** End of the plain text on this line from `at`: before a comment; a `: ` in it gives up. */
  private plainLineEnd(at: number): number {
    const text = this.text
    const lineEnd = this.lineEnd(at)
    for (let i = at; i < lineEnd; i++) {
      const ch = text[i]
      if (ch === ':' && this.blankAfter(i + 1)) give()
      if (ch === '#' && text[i - 1] === ' ') {
        let end = i
        while (text[end - 1] === ' ') end--
        return end
      }
    }
    let end = lineEnd
    while (text[end - 1] === ' ') end--
    return end
  }

  /**
   * The end (after the closing quote) of a quoted scalar starting at `at`; -1 if it does not
   * close on this line (`oneLine`) or at all. Lines it continues on must be indented past `indent`.
   */
  private quoteEnd(at: number, oneLine: boolean, indent = -1): number {
    const text = this.text
    const quote = text[at]
    for (let i = at + 1; i < text.length; i++) {
      const ch = text[i]
      if (ch === '\n') {
        if (oneLine) return -1
        const lineIndent = this.indentAt(i + 1)
        const next = text[i + 1 + lineIndent]
        if (next !== '\n' && lineIndent <= indent) give()
      } else if (quote === '"' && ch === '\\') i++
      else if (ch === quote) {
        if (quote === "'" && text[i + 1] === "'") i++
        else return i + 1
      }
    }
    return -1
  }

  /** `|` or `>` with an optional chomping sign, and the lines indented past `indent` below it. */
  private blockScalar(start: number, indent: number): Scalar {
    const text = this.text
    let at = start + 1
    const chomp = text[at] === '-' || text[at] === '+' ? text[at++]! : ''
    while (text[at] === ' ') at++
    if (text[at] === '#' && at > start + 1 + chomp.length) at = this.lineEnd(at)
    if (text[at] !== '\n') give()
    // The content's indent is that of its first non-empty line.
    let line = at + 1
    let leadingBlank = 0
    let contentIndent = -1
    for (let next = line; next < text.length; next = this.nextLine(next)) {
      const lineIndent = this.indentAt(next)
      if (text[next + lineIndent] !== '\n' && next + lineIndent < text.length) {
        contentIndent = lineIndent
        break
      }
      leadingBlank = Math.max(leadingBlank, lineIndent)
    }
    if (contentIndent <= indent || leadingBlank > contentIndent) give()
    const lines: string[] = []
    let valueEnd = line
    let trailing = 0
    while (line < text.length) {
      const lineIndent = this.indentAt(line)
      const lineEnd = this.lineEnd(line)
      if (line + lineIndent === lineEnd) {
        if (lineIndent > contentIndent) give()
        lines.push('')
        trailing++
      } else {
        if (lineIndent < contentIndent) {
          if (lineIndent > indent) give()
          break
        }
        lines.push(text.slice(line + contentIndent, lineEnd))
        trailing = 0
        valueEnd = lineEnd + 1
      }
      if (lineEnd >= text.length) give()
      line = lineEnd + 1
    }
    const body = lines.slice(0, lines.length - trailing)
    let value: string
    if (text[start] === '|') value = body.join('\n')
    else {
      if (body.some((content) => content.startsWith(' '))) give()
      value = ''
      let breaks = 0
      for (const content of body) {
        if (content === '') breaks++
        else {
          value += value === '' && breaks === 0 ? content : (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + content
          breaks = 0
        }
      }
    }
    if (chomp === '+') {
      value += '\n'.repeat(trailing + 1)
      valueEnd = line
    } else if (chomp === '') value += '\n'
    this.pos = valueEnd
    return this.scalar(value, text[start] === '|' ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED', [start, valueEnd, valueEnd], false)
  }

  /** `[a, "b", 3]` on one line: plain and quoted scalars only. */
  private flowList(start: number): YAMLSeq {
    const text = this.text
    const seq = new YAMLSeq(this.schema)
    seq.flow = true
    let at = start + 1
    const skip = () => {
      while (text[at] === ' ') at++
    }
    skip()
    while (text[at] !== ']') {
      const ch = text[at]
      let item: Scalar
      if (ch === '"' || ch === "'") {
        const end = this.quoteEnd(at, true)
        if (end < 0) give()
        const source = text.slice(at, end)
        item = this.scalar(ch === '"' ? doubleQuoted(source) : singleQuoted(source), ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, end, end], false)
        at = end
      } else {
        if (isIndicator(ch, text[at + 1]) || ch === '\n' || ch === undefined) give()
        let end = at
        while (!/[,[\]{}#\n:]/.test(text[end] ?? '\n')) end++
        if (text[end] !== ',' && text[end] !== ']') give()
        const stop = end
        while (text[end - 1] === ' ') end--
        item = this.plain(text.slice(at, end), [at, end, end], false)
        at = stop
      }
      skip()
      // An item's node ends after the spaces that follow it.
      item.range![2] = at
      seq.items.push(item)
      if (text[at] === ',') {
        at++
        skip()
      } else if (text[at] !== ']') give()
    }
    seq.range = [start, at + 1, this.endOfNode(at + 1)]
    return seq
  }

  /** A plain scalar's value, typed as the schema types it (`3` a number, `true` a boolean, `~` null). */
  private plain(source: string, range: [number, number, number], atKey: boolean): Scalar {
    const value = unfold(source)
    const { tags, compat, name } = this.schema as unknown as { tags: ScalarTag[]; compat?: unknown; name: string }
    if (compat) give()
    // Every key and most values are words: in the core schema only an empty scalar, `~`, null,
    // true, false or a number resolves to other than a string, so the rest skip its eight
    // patterns (tried on every key and plain value, they were a tenth of reading a module).
    if (name === 'core' && !CORE_MAY_RESOLVE.test(value)) return this.scalar(value, 'PLAIN', range, false)
    const tag = tags.find((candidate) => (candidate.default === true || (atKey && candidate.default === 'key')) && candidate.test?.test(value))
    if (!tag) return this.scalar(value, 'PLAIN', range, false)
    const resolved = tag.resolve(value, give, this.options)
    const node = isScalar(resolved) ? resolved : new Scalar(resolved)
    node.range = range
    node.source = value
    node.type = 'PLAIN'
    if (tag.format) node.format = tag.format
    return node
  }

  private scalar(value: string, type: Scalar.Type, range: [number, number, number], empty: boolean): Scalar {
    const node = new Scalar(empty ? null : value)
    node.range = range
    node.source = value
    node.type = type
    return node
  }

  private endOf(node: YamlNode): number {
    return node.range![2]
  }
}

/** How every scalar the core schema resolves to other than a string starts (its tags' patterns, tests/yaml-block.test.ts). */
const CORE_MAY_RESOLVE = /^(?:$|[~nNtTfF0-9+\-.])/

/** Characters a plain scalar cannot start with (`-`, `?`, `:` only when a space follows). */
function isIndicator(ch: string | undefined, next: string | undefined): boolean {
  if (ch === '-' || ch === '?' || ch === ':') return next === ' ' || next === '\n' || next === undefined
  return ch !== undefined && ',[]{}#&*!|>\'"%@`'.includes(ch)
}

/**
 * Line folding of a plain or quoted scalar: a break between lines is a space, each empty line
 * a break. Only spaces and tabs around a break go (YAML's white space; JavaScript's trim()
 * would take a no-break or ideographic space as well).
 */
function unfold(source: string): string {
  if (!source.includes('\n')) return source
  const lines = source.split('\n')
  let out = lines[0]!.replace(/[ \t]+$/, '')
  let separator = ' '
  for (let i = 1; i < lines.length; i++) {
    const line = i === lines.length - 1 ? lines[i]!.replace(/^[ \t]+/, '') : lines[i]!.replace(/^[ \t]+|[ \t]+$/g, '')
    if (line === '' && i < lines.length - 1) {
      if (separator === '\n') out += separator
      else separator = '\n'
    } else {
      out += separator + line
      separator = ' '
    }
  }
  return out
}

function singleQuoted(source: string): string {
  return unfold(source.slice(1, -1)).replace(/''/g, "'")
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\'
}

function doubleQuoted(source: string): string {
  const inner = source.slice(1, -1)
  if (!inner.includes('\\')) return unfold(inner)
  // Escapes: a line break escaped or inside an escape sequence is left to the full parser.
  let out = ''
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!
    if (ch === '\n') give()
    if (ch !== '\\') {
      out += ch
      continue
    }
    const next = inner[++i]!
    if (next in ESCAPES) out += ESCAPES[next]
    else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8
      const digits = inner.slice(i + 1, i + 1 + length)
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== length) give()
      const code = Number.parseInt(digits, 16)
      if (code > 0x10ffff) give()
      out += String.fromCodePoint(code)
      i += length
    } else give()
  }
  return out
}
