// A template's syntax error in a teacher's words: where the problem is (the stray `}`, the
// block never closed), what was found there and what was expected, never the parser's
// token names (CLOSE_RAW_BLOCK, OPEN_SEXPR, …) nor the column of its excerpt's caret.
import type { Point } from '../messages.js'
import { code } from '../messages.js'

/** What Handlebars' parser leaves behind after an error: its lexer, where it stopped. */
export interface Lexer {
  yylloc?: { first_line: number; first_column: number; last_line?: number; last_column?: number }
  match?: string
  matched?: string
  conditionStack?: string[]
}

export interface SyntaxProblem {
  reason: string
  place: Point
}

/** The problem of `text`, whose parse threw `cause`, with the parser's `lexer` as the parse left it. */
export function syntaxProblem(text: string, cause: Error & { lineNumber?: number; column?: number }, lexer: Lexer | undefined): SyntaxProblem {
  const message = cause.message
  const lines = lineStarts(text)
  const at = (offset: number): Point => pointAt(lines, offset)

  // A block closed by another's name: Handlebars points at the name of the block opened;
  // said at the stray closing, naming where the block it should close was opened.
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
  if (mismatch) {
    const wrong = mismatchedClose(text)
    if (wrong) {
      const opened = at(wrong.open.offset)
      const tag = wrong.open.tag.length > 40 ? `${wrong.open.tag.slice(0, 39)}…` : wrong.open.tag
      return { reason: `Unexpected ${code(wrong.tag)}, expected ${code(`{{/${wrong.open.name}}}`)} to close the ${code(tag)} opened at ${opened.line}:${opened.column}`, place: at(wrong.offset) }
    }
    if (cause.lineNumber) {
      // Not found by the scan (raw blocks): at the opening's `{{`, which Handlebars' column passes.
      const start = text.lastIndexOf('{{', (lines[cause.lineNumber - 1] ?? 0) + (cause.column ?? 0))
      const place = start >= 0 ? at(start) : { line: cause.lineNumber, column: (cause.column ?? 0) + 1 }
      return { reason: `Unexpected \`{{/${mismatch[2]}}}\`, expected \`{{/${mismatch[1]}}}\` to close the block opened at ${place.line}:${place.column}`, place }
    }
  }

  // A comment never closed: the lexer finds no rule for the rest of the template.
  if (/^Lexical error/.test(message)) {
    const offset = lexer?.matched?.length ?? 0
    const opened = text.lastIndexOf('{{!', Math.max(0, offset))
    if (opened >= 0 && lexer?.conditionStack?.at(-1) === 'com') {
      const long = text.startsWith('{{!--', opened)
      return { reason: `Unexpected ${code(long ? '{{!--' : '{{!')} comment that is never closed, expected ${code(long ? '--}}' : '}}')} to end it`, place: at(opened) }
    }
    return { reason: `Unexpected ${code(text.slice(offset, offset + 10) || 'end of the template')}, expected text or a \`{{…}}\` tag`, place: at(offset) }
  }

  const expecting = /Expecting (.*), got '?([^']*)'?$/m.exec(message)
  const loc = lexer?.yylloc
  if (!expecting || !loc) {
    const line = Number(/on line (\d+)/.exec(message)?.[1] ?? cause.lineNumber ?? 1)
    return { reason: `Unexpected template syntax, expected a complete \`{{…}}\` tag: ${message.split('\n')[0]}`, place: { line, column: 1 } }
  }
  const expected = new Set(expecting[1]!.split(', ').map((t) => t.replace(/'/g, '')))
  const got = expecting[2]!
  const offset = Math.min(text.length, (lines[loc.first_line - 1] ?? text.length) + loc.first_column)
  const token = got === 'EOF' ? '' : (lexer?.match ?? '')

  // Inside a tag that is not closed: what closes it, or what it still lacks.
  const tag = openTag(text, offset)
  if (tag !== undefined) {
    const opening = text.slice(tag, offset).replace(/\s+$/, '')
    const shown = code(opening.length > 40 ? `${opening.slice(0, 39)}…` : opening)
    const closer = opening.startsWith('{{{{') ? '}}}}' : opening.startsWith('{{{') ? '}}}' : '}}'
    const found = got === 'EOF' ? 'end of the template' : code(token)
    if (got === 'EOF') return { reason: `Unexpected end of the template, expected ${code(closer)} to close ${shown}`, place: at(tag) }
    if (got === 'INVALID' && token === '"') return { reason: `Unexpected ${code('"')} that no ${code('"')} closes, expected text in quotes (${code('"…"')}) or ${code(closer)} to close ${shown}`, place: at(offset) }
    if (got === 'INVALID' && token === "'") return { reason: `Unexpected ${code("'")} that no ${code("'")} closes, expected text in quotes (${code("'…'")}) or ${code(closer)} to close ${shown}`, place: at(offset) }
    if (expected.has('CLOSE') || expected.has('CLOSE_UNESCAPED') || expected.has('CLOSE_RAW_BLOCK')) {
      const note = got === 'CLOSE_UNESCAPED' ? ` (${code('}}}')} closes only ${code('{{{')})` : got === 'CLOSE' && closer === '}}}' ? ` (${code('{{{')} needs ${code('}}}')})` : ''
      return { reason: `Unexpected ${found}, expected ${code(closer)} to close ${shown}${note}`, place: at(offset) }
    }
    // A tag that lacks what it needs before it closes: a name, a value.
    const assigned = /(\S+=)\s*$/.exec(opening)
    const lacking = assigned ? `a value after ${code(assigned[1])}` : /^\{\{+~?\s*([#^/>&]|else)?$/.test(opening) ? `a name after ${code(opening)}` : words(expected)
    return { reason: `Unexpected ${found}, expected ${lacking}`, place: at(offset) }
  }

  // Between tags: a block left open, a closing or `{{else}}` with no block to belong to.
  const blocks = openBlocks(text, offset)
  const innermost = blocks.at(-1)
  if (got === 'EOF' && innermost) {
    return { reason: `Unexpected ${code(innermost.tag)} that is never closed, expected ${code(`{{/${innermost.name}}}`)} after it: the template ends with it still open`, place: at(innermost.offset) }
  }
  const found = tagAt(text, offset) ?? token
  if (got === 'OPEN_ENDBLOCK') {
    return { reason: `Unexpected ${code(found)} with no block open, expected a ${code(`{{#${closedName(found)} …}}`)} before it for it to close (or delete it)`, place: at(offset) }
  }
  if (got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') {
    if (innermost) return { reason: `Unexpected second ${code(found)} in ${code(innermost.tag)}, expected one \`{{else}}\` in a block (a chain of \`{{else if …}}\` in an \`{{#if}}\`)`, place: at(offset) }
    return { reason: `Unexpected ${code(found)} outside a block, expected it between a block's opening (\`{{#if …}}\`, \`{{#unless …}}\`, \`{{#each …}}\`, \`{{#with …}}\`) and its closing`, place: at(offset) }
  }
  return { reason: `Unexpected ${found ? code(found) : 'end of the template'}, expected ${words(expected)}`, place: at(offset) }
}

/** The offsets at which the lines of `text` start. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function pointAt(starts: readonly number[], offset: number): Point {
  let line = 0
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
  return { line: line + 1, column: offset - starts[line]! + 1 }
}

/** Where the tag open at `offset` starts (its `{{`), or undefined when `offset` is not inside one. */
function openTag(text: string, offset: number): number | undefined {
  const start = text.lastIndexOf('{{', offset - 1)
  if (start < 0 || start + 2 > offset) return undefined
  // The `{{` of a `{{{` or `{{{{` opening is its first.
  let first = start
  while (first > 0 && text[first - 1] === '{') first--
  if (text.slice(first, offset).includes('}}')) return undefined
  if (first > 0 && text[first - 1] === '\\') return undefined
  return first
}

/** The whole tag (`{{/if}}`, `{{else}}`) that starts at `offset`, when one does on its line. */
function tagAt(text: string, offset: number): string | undefined {
  const tag = /^\{\{[^\n]*?\}\}/.exec(text.slice(offset))
  return tag?.[0]
}

/** The name a closing tag closes: `if` for `{{/if}}`. */
function closedName(tag: string): string {
  return /^\{\{~?\s*\/\s*([^\s}~]+)/.exec(tag)?.[1] ?? '…'
}

/** The tags that open and close blocks (and the escapes and comments to pass over): `kind` is `#`, `^` or `/`. */
const BLOCK_TAGS = /\\\{\{|\{\{!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}|\{\{+~?\s*([#^/])\s*[*>]?\s*([^\s}~]*)[^}]*\}+/g

/** The first closing tag that names another block than the innermost one open, with that block; as Handlebars' parser finds it. */
function mismatchedClose(text: string): { tag: string; offset: number; open: { name: string; tag: string; offset: number } } | undefined {
  const stack: Array<{ name: string; tag: string; offset: number }> = []
  const tags = new RegExp(BLOCK_TAGS.source, 'g')
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    const [tag, kind, name] = m
    if (kind === undefined || !name) continue
    if (kind !== '/') {
      if (!(kind === '^' && name === '')) stack.push({ name, tag, offset: m.index })
      continue
    }
    const open = stack.pop()
    if (!open) return undefined
    if (open.name !== name) return { tag, offset: m.index, open }
  }
  return undefined
}

/** The blocks opened before `offset` and not closed, outermost first. */
function openBlocks(text: string, offset: number): Array<{ name: string; tag: string; offset: number }> {
  const stack: Array<{ name: string; tag: string; offset: number }> = []
  const tags = new RegExp(BLOCK_TAGS.source, 'g')
  for (let m = tags.exec(text); m && m.index < offset; m = tags.exec(text)) {
    const [tag, kind, name] = m
    if (kind === undefined || !name) continue
    if (kind === '/') {
      let open = stack.length - 1
      while (open >= 0 && stack[open]!.name !== name) open--
      if (open >= 0) stack.splice(open)
    } else if (!(kind === '^' && name === '')) stack.push({ name, tag, offset: m.index })
  }
  return stack
}

/** Handlebars' token names, in the words a template author knows. */
const TOKENS: Record<string, string> = {
  EOF: 'the end of the template',
  CONTENT: 'text',
  COMMENT: 'a comment',
  OPEN: '`{{`',
  OPEN_UNESCAPED: '`{{{`',
  OPEN_BLOCK: 'a block (`{{#…}}`)',
  OPEN_INVERSE: 'a block (`{{^…}}`)',
  OPEN_RAW_BLOCK: 'a block (`{{{{…}}}}`)',
  OPEN_PARTIAL: 'a partial (`{{> …}}`)',
  OPEN_PARTIAL_BLOCK: 'a partial (`{{#> …}}`)',
  OPEN_ENDBLOCK: 'the `{{/…}}` closing the open block',
  OPEN_INVERSE_CHAIN: '`{{else …}}`',
  INVERSE: '`{{else}}`',
  CLOSE: '`}}`',
  CLOSE_UNESCAPED: '`}}}`',
  CLOSE_RAW_BLOCK: '`}}}}`',
  END_RAW_BLOCK: '`{{{{/…}}}}`',
  OPEN_SEXPR: 'a value',
  CLOSE_SEXPR: '`)`',
  OPEN_BLOCK_PARAMS: 'a value',
  CLOSE_BLOCK_PARAMS: '`|`',
  EQUALS: 'a value',
  ID: 'a value',
  SEP: 'a value',
  DATA: 'a value',
  STRING: 'a value',
  NUMBER: 'a value',
  BOOLEAN: 'a value',
  UNDEFINED: 'a value',
  NULL: 'a value',
  INVALID: 'a value'
}

/** The tokens of `expected` in words, each said once: "`}}` or a value (a field name, text in quotes, a number)". */
function words(expected: ReadonlySet<string>): string {
  const said = [...new Set([...expected].map((t) => TOKENS[t] ?? 'a value'))]
  return said.map((w) => (w === 'a value' ? 'a value (a field name, text in quotes, a number)' : w)).join(' or ')
}
