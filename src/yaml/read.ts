// Read a YAML file (or a front matter block) into a syntax tree that keeps offsets,
// so every later check can point at the exact line and column of a value.
import { isAlias, isScalar, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml'
import type { VFile } from 'vfile'
import { error, lineIndex, warn, type Place } from '../messages.js'
import { readBlockYaml } from './block.js'
import { diagnoseSyntax } from './syntax.js'

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const

/** A parsed YAML document and a way to turn its offsets into places in the file. */
export interface YamlSource {
  file: VFile
  root: YamlNode | null
  /** The node an alias (`*name`) stands for; other nodes as they are. */
  deref(node: YamlNode | null): YamlNode | null
  /** Place of a yaml node range ([start, valueEnd, nodeEnd]) in the file. */
  place(range: readonly number[] | null | undefined): Place | undefined
}

/**
 * Parse `text` as YAML; offsets in it are relative to `base` in `file` (0 for a whole file,
 * the start of the block for front matter). Syntax errors are reported on `file`;
 * the result is undefined when the text cannot be trusted.
 */
export function readYaml(file: VFile, text = String(file.value), base = 0, whole = 'the file'): YamlSource | undefined {
  const where = lineIndex(file)
  const place = (range: readonly number[] | null | undefined): Place | undefined => {
    if (!range || range[0] === undefined) return undefined
    // An error at the very end of the text points at its last character.
    const last = Math.max(0, String(file.value).length - 1)
    const start = where.toPoint(Math.min(base + range[0], last))
    const end = where.toPoint(Math.min(base + (range[1] ?? range[0]), last))
    if (!start || !end) return undefined
    return { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } }
  }
  // Plain block YAML, what module files are, is read fast; anything else by the full parser.
  const fast = readBlockYaml(text, OPTIONS)
  if (fast !== undefined) return { file, root: fast, place, deref: (node) => node }
  // Brackets nested beyond any module's need would exhaust the parser's stack (or memory):
  // said once, at the bracket that goes too deep, before parsing.
  const deep = tooDeep(text)
  if (deep !== undefined) {
    error(file, `Unexpected \`${text[deep]}\` nested ${MAX_DEPTH + 1} deep, expected lists and mappings nested at most ${MAX_DEPTH} deep`, place([deep, deep + 1]), 'yaml-syntax')
    return undefined
  }
  const doc: Document = parseDocument(text, OPTIONS)
  // One message per mistake, at the mistake (an unclosed `[` where it opens, not where the parser gave up).
  /** Where syntax problems were said: an alias there is part of one (`*Not* what…`), not said again. */
  const said = new Set<number>()
  if (doc.errors.length > 0) {
    const problems = diagnoseSyntax(text, OPTIONS, (offset) => place([offset])?.start.line ?? 1, whole)
    for (const problem of problems) {
      error(file, problem.reason, place([problem.start, problem.end]), 'yaml-syntax')
      said.add(problem.start)
    }
    if (problems.length === 0) for (const problem of doc.errors) error(file, `Unexpected YAML syntax: ${firstLine(problem.message)}`, place(problem.pos), 'yaml-syntax')
  }
  // A tag (`!!binary`, `!!timestamp`, `!mine`) turns text into a buffer, a date or nothing
  // classpack reads, which messages then showed as the parser's JSON or its "Unresolved tag":
  // classpack's files have no use for tags, so each is one error, at it, in words.
  let tagged = false
  // An alias to an anchor the file does not define above it: said at the alias, once, rather
  // than as "nothing" where the value was wanted. One walk of the document for both.
  let dangling = false
  const tag = (node: YamlNode): void => {
    if (!node.tag || !node.range) return
    let at = text.lastIndexOf('!', node.range[0])
    while (at > 0 && text[at - 1] === '!') at--
    const written = at < 0 ? node.tag : /^!\S*/.exec(text.slice(at))![0]
    tagged = true
    error(file, `Unexpected YAML tag \`${written}\`, expected ${isScalar(node) ? 'the value alone' : 'the list or mapping alone'}: classpack's files use no tags (delete \`${written}\`${isScalar(node) ? ', and put text in quotes' : ''})`, place([at < 0 ? node.range[0] : at, at < 0 ? node.range[1] : at + written.length]), 'yaml-tag')
  }
  // A merge key (`<<: *base`, YAML 1.1's way to copy an anchored entry's fields) is read as a
  // field named `<<`: that was an unknown field and then every field it was to bring, missing.
  // classpack's files have no use for it: one error, at it, and the file is read no further.
  let merged = false
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== '<<' || pair.key.type !== 'PLAIN') return
      merged = true
      const from = isAlias(pair.value) ? `the fields of \`&${pair.value.source}\`` : 'its fields'
      error(file, `Unexpected merge key \`<<\`, expected each field written out: classpack's files use no merge keys (write ${from} here in its place)`, place(pair.key.range), 'yaml-syntax')
    },
    Scalar: (_, node) => tag(node),
    Map: (_, node) => tag(node),
    Seq: (_, node) => tag(node),
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return
      dangling = true
      if (alias.range && said.has(alias.range[0])) return
      error(file, `Unexpected alias \`*${alias.source}\` to no anchor, expected an anchor \`&${alias.source}\` on a value above it`, place(alias.range), 'yaml-alias')
    }
  })
  for (const problem of doc.warnings) {
    // An unknown tag's warning says what the error above says.
    if (tagged && problem.code === 'TAG_RESOLVE_FAILED') continue
    warn(file, `YAML: ${firstLine(problem.message)}`, place(problem.pos), 'yaml-warning')
  }
  if (doc.errors.length > 0 || dangling || tagged || merged) return undefined
  const deref = (node: YamlNode | null): YamlNode | null => (node && isAlias(node) ? ((node.resolve(doc) as YamlNode | undefined) ?? null) : node)
  return { file, root: (doc.contents as YamlNode | null) ?? null, place, deref }
}

/** Deepest nesting of `[` and `{` a file may have: far beyond any module, well within the parser's stack. */
const MAX_DEPTH = 100

/** The offset of the first `[` or `{` nested deeper than MAX_DEPTH, outside quotes and comments. */
function tooDeep(text: string): number | undefined {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quote) {
      if (c === quote && !(quote === '"' && text[i - 1] === '\\')) quote = undefined
      else if (c === '\n' && quote === "'") quote = undefined
      continue
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i)
      if (end < 0) break
      i = end
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i
    } else if ((c === ']' || c === '}') && depth > 0) depth--
  }
  return undefined
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
