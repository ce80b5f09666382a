// Say where a YAML syntax mistake is, once. The `yaml` parser reports an unclosed `[`,
// `{` or quote where it gave up, often many lines later, followed by errors that only
// follow from it. Here each unclosed opener found in the concrete syntax tree becomes one
// message at the opener; the text is then repaired (the opener closed) and parsed again,
// so what errors remain are problems of their own. A colon inside plain text gets the
// hint to quote the text.
import { CST, isScalar, parseDocument, Parser, visit, type ParseOptions, type DocumentOptions, type SchemaOptions, type YAMLError } from 'yaml'

/** A syntax problem: the reason, worded for a message, and its offsets in the text. */
export interface SyntaxProblem {
  reason: string
  start: number
  end: number
}

type Options = ParseOptions & DocumentOptions & SchemaOptions

/** An opener (`[`, `{`, `"`, `'`) that nothing closes. */
interface Opener {
  char: '[' | '{' | '"' | "'"
  offset: number
  /** End of the token in the text: how far the parser read it. */
  tokenEnd: number
}

const CLOSER = { '[': ']', '{': '}', '"': '"', "'": "'" } as const
const WHAT = { '[': 'this list', '{': 'this mapping', '"': 'this text', "'": 'this text' } as const

/** Spaces and colons that look like YAML's: the names messages give them. */
const LOOKALIKE_NAMES: Record<string, string> = {
  '\u00A0': 'no-break space',
  '\u202F': 'narrow no-break space',
  '\u2007': 'figure space',
  '\u2009': 'thin space',
  '\u3000': 'full-width space',
  '\uFEFF': 'zero-width no-break space',
  '\uFF1A': 'full-width colon',
  '\uFE55': 'small colon',
  '\uFE13': 'vertical colon'
}
/** The spaces that look like YAML's (a character class's body), and the colons. */
export const SPACE_LIKE = '\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\uFEFF'
const COLON_LIKE = /[\uFF1A\uFE55\uFE13]/
/**
 * A lookalike where YAML reads structure: in the indentation (group 1), right after a list's
 * dash (2), or after a key (3) in place of its colon or of the space after it. Group 4 is the character.
 */
const LOOKALIKE = new RegExp(`^(?:([ ]*)(?=[${SPACE_LIKE}])|[ ]*(-)(?=[${SPACE_LIKE}])|[ ]*(?:-[ ]+)*([A-Za-z_][\\w-]*)(?=[\\uFF1A\\uFE55\\uFE13]|:[${SPACE_LIKE}]):?)([${SPACE_LIKE}\\uFF1A\\uFE55\\uFE13])`, 'gm')

/** A space or colon that looks like YAML's, named for a message: "no-break space (U+00A0)". */
export function lookalike(char: string): string {
  return `${LOOKALIKE_NAMES[char] ?? 'Unicode space'} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`
}

/** Past this many lines indented with tabs, one message says so for them all. */
const MANY_TABS = 3

/** At most this many repairs: past it, the rest is reported as the parser sees it. */
const MAX_REPAIRS = 20

/**
 * The syntax problems of `text`, one per root cause, in the order they occur; empty when it
 * parses. `lineAt` gives the line of an offset in the file (the text may be front matter),
 * `extent` what the text is, as messages name its end.
 */
export function diagnoseSyntax(text: string, options: Options, lineAt: (offset: number) => number = (offset) => lineOf(text, offset), extent = 'the file'): SyntaxProblem[] {
  // `-id: x` (no space after the dash) is a key `-id` to YAML, and every line of the entry
  // after it is out of place: the dash is the mistake, said once per line it is on.
  const dashes = [...text.matchAll(/^( *)-([A-Za-z_][\w-]*):(?= |$)/gm)]
  if (dashes.length > 0) {
    return dashes.map((m) => {
      const start = m.index + m[1]!.length
      const key = m[2]!
      return { reason: `Unexpected \`-${key}:\`, expected a space after the dash (\`- ${key}:\`): without it YAML reads \`-${key}\` as a key, not as a new entry of the list`, start, end: start + key.length + 2 }
    })
  }
  // A space or colon that looks like YAML's but is another character (a word processor's
  // no-break space, a Chinese or Japanese keyboard's full-width colon or space) where YAML
  // reads structure: the line, and every line the structure spans, then read as text.
  const lookalikes = [...text.matchAll(LOOKALIKE)].map((m) => {
    const [, indent, dash, key, char] = m as unknown as [string, string, string | undefined, string | undefined, string]
    const start = m.index + m[0].length - char.length
    const what = lookalike(char)
    const colon = COLON_LIKE.test(char)
    const where = key !== undefined ? ` after \`${key}${colon ? '' : ':'}\`` : dash !== undefined ? ' after the dash' : indent !== undefined ? ' in the indentation' : ''
    const expected = colon ? 'an ordinary colon `:`' : where === ' in the indentation' ? 'ordinary spaces' : 'an ordinary space'
    return { reason: `Unexpected ${what}${where}, expected ${expected}: YAML reads its structure from ASCII spaces and colons only, so it takes this line for text (retype it; a word processor or a keyboard layout put it there)`, start, end: start + char.length }
  })
  if (lookalikes.length > 0) {
    // Each said once; what else is wrong is found in the text with them made ASCII (one UTF-16
    // unit for one: offsets stay), so that their lines' floods are not said again.
    let fixed = text
    for (const l of lookalikes) fixed = fixed.slice(0, l.start) + (COLON_LIKE.test(text[l.start]!) ? ':' : ' ') + fixed.slice(l.end)
    // A line with a lookalike is said once (`kind：causal` lacks the space after its colon too).
    const lines = new Set(lookalikes.map((l) => lineStart(text, l.start)))
    const rest = parseDocument(fixed, options).errors.length > 0 ? diagnoseSyntax(fixed, options, lineAt, extent).filter((p) => !lines.has(lineStart(text, p.start))) : []
    return [...lookalikes, ...rest].sort((a, b) => a.start - b.start)
  }
  // A tab among the spaces of an indentation (`␠␠⇥␠␠kind:`, a `>-` line) that the parser
  // does not flag as such: every line after it is out of column, and the tab is the cause.
  // Said for each such line when the file has few; the floods of "same column" follow from it.
  const mixed = [...text.matchAll(/^ *\t[ \t]*(?=\S)/gm)]
  if (mixed.length > 0 && mixed.length <= MANY_TABS && !parseDocument(text, options).errors.some((e) => e.code === 'TAB_AS_INDENT')) {
    return mixed.map((m) => {
      const start = m.index + m[0].indexOf('\t')
      return { reason: 'Unexpected tab in the indentation, expected spaces: YAML reads indentation by spaces only (indent as the lines around it do)', start, end: start + 1 }
    })
  }
  const problems: SyntaxProblem[] = []
  const seen = new Set<number>()
  // Text that starts with a character YAML reads as syntax there (`*Not* what the article
  // says`: an alias, then text the parser cannot place): the start is the mistake, said once
  // for its line, with the remedy.
  for (const m of text.matchAll(/^([ \t]*(?:-[ \t]+)*(?:[A-Za-z_][\w-]*:[ \t]+)?)([*`@])(\S*)([^\r\n]*)$/gm)) {
    const [, before, char, word, rest] = m as unknown as [string, string, string, string, string]
    // An alias alone is one (said as such if it names no anchor); `&` and `!` before text are valid YAML.
    if (!/(?::|-)[ \t]+$/.test(before) || (char === '*' && (rest.trim() === '' || rest.trim().startsWith('#')))) continue
    const start = m.index + before.length
    const value = `${char}${word}${rest}`.replace(/[ \t]+#.*$/, '').trimEnd()
    const reads = char === '*' ? 'the start of an alias (a reference to a value marked `&`)' : 'a character it keeps for itself'
    // A backquote cannot stand in a message's code span: named, and the text shown in quotation marks.
    const what = char === '`' ? 'backquote' : `\`${char}\``
    const shown = char === '`' ? `“${shorten(value)}”` : `\`${shorten(value)}\``
    problems.push({ reason: `Unexpected ${what} at the start of the text ${shown}, expected the whole text in quotes ("${shorten(value.replace(/"/g, '\\"'))}"): at the start of a value YAML reads ${char === '`' ? 'a backquote' : what} as ${reads}`, start, end: start + 1 })
    seen.add(lineStart(text, start))
  }
  // A list whose first entry lacks its dash (`    id: a` under `claims:`, `  - id: b` after it):
  // YAML reads a mapping, then the dashes where it cannot go, and every line of the list is an
  // error. The first entry is the mistake: said once, and the list's lines not again.
  for (const m of text.matchAll(/^( *)([A-Za-z_][\w-]*):[ \t]*\r?\n((?:[ \t]*(?:#[^\n]*)?\r?\n)*)( +)([A-Za-z_][\w-]*):/gm)) {
    const [, parent, , , indent, key] = m as unknown as [string, string, string, string, string, string]
    if (indent.length <= parent.length) continue
    const start = m.index + m[0].length - key.length - 1
    // Its siblings: lines of the block starting `- key:` with their keys where this one's stand.
    const block = linesBelow(text, start, parent.length)
    const sibling = block.find((at) => {
      const end = text.indexOf('\n', at)
      const dash = /^( *)(- +)([A-Za-z_][\w-]*):/.exec(text.slice(at, end < 0 ? undefined : end))
      return dash !== null && dash[3] === key && dash[1]!.length + dash[2]!.length === indent.length && dash[1]!.length > parent.length
    })
    if (sibling === undefined) continue
    problems.push({ reason: `Unexpected \`${shorten(key)}:\` without a dash as the first entry of the list, expected \`- ${shorten(key)}:\` as the entries after it have (line ${lineAt(sibling)}): without it YAML reads a mapping, and the dashes after it where they cannot stand`, start, end: start + key.length })
    seen.add(lineStart(text, start))
    for (const at of block) seen.add(at)
  }
  // A key without its colon above what it holds (`options` over `- text: …`, `context` over
  // `- note: …`): YAML reads the word as text run into the lines below, and each of those is
  // then an error. The missing colon is the mistake: said once, and the lines below not again.
  for (const m of text.matchAll(/^( *(?:- +)?)([A-Za-z_][\w-]*)[ \t]*\r?\n((?:[ \t]*(?:#[^\n]*)?\r?\n)*)( *)(?:- +\S|[A-Za-z_][\w-]*:(?:[ \t]|\r?$))/gm)) {
    const [, before, key, , below] = m as unknown as [string, string, string, string, string]
    if (below.length <= before.length) continue
    const start = m.index + before.length
    problems.push({ reason: `Unexpected \`${shorten(key)}\` without a colon, with what it holds below it, expected \`${shorten(key)}:\`: without the colon YAML reads the word as text, and the lines below as more of it`, start, end: start + key.length })
    seen.add(lineStart(text, start))
    for (const at of linesBelow(text, start, before.length)) seen.add(at)
  }
  // A key with text on its line and a list of mappings below it (`options: They build fast.`
  // above `- text: …`): YAML reads the list as more of the text, and every line of it is then
  // an error. The text is the mistake: said once, and the list's lines are not said again.
  for (const m of text.matchAll(/^([ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*):[ \t]+)([^\s'"[{|>&*!%@`#][^\r\n]*?)[ \t]*\r?\n((?:[ \t]*(?:#[^\n]*)?\r?\n)*)([ \t]*)- +[A-Za-z_][\w-]*:(?:[ \t]|\r?$)/gm)) {
    const [whole, before, key, value, , below] = m as unknown as [string, string, string, string, string, string]
    if (below.length <= before.length - before.trimStart().length) continue
    const start = m.index + before.length
    problems.push({ reason: `Unexpected text \`${shorten(value)}\` after \`${key}:\`, which has a list below it, expected one or the other: a key holds a value on its line or the lines below it (move the text into the list, or delete it)`, start, end: start + 1 })
    seen.add(lineStart(text, start))
    // The list's lines, down to the next line as shallow as the key: read as text, they say nothing more.
    const keyIndent = before.length - before.trimStart().length
    for (let at = m.index + whole.length - (whole.length - whole.lastIndexOf('\n') - 1); at < text.length; ) {
      const end = text.indexOf('\n', at)
      const line = text.slice(at, end < 0 ? text.length : end)
      if (line.trim() !== '' && line.length - line.trimStart().length <= keyIndent) break
      seen.add(at)
      if (end < 0) break
      at = end + 1
    }
  }
  // A key with a value on its line and an indented block below it (`hedges: []` above `- Small`,
  // `feedback: plain text` above `if_true:` and `if_false:`): YAML reads the block as more of the
  // value, or cannot place it. The key holds two values: said once, at the key, and the block's
  // lines not again.
  for (const m of text.matchAll(/^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):[ \t]+([^\s#|>&*!%@`][^\r\n]*?)[ \t]*(?:[ \t]#[^\r\n]*)?\r?\n/gm)) {
    const [, before, key, value] = m as unknown as [string, string, string, string]
    const start = m.index + before.length
    if (seen.has(lineStart(text, start))) continue
    if (/^["'[{]/.test(value) && !closedOnLine(value)) continue
    const keyIndent = before.length - before.trimStart().length
    const column = before.length
    // Among keys of its own column (the key line above it stands where it does), not a line out of place.
    const above = text.slice(0, lineStart(text, start)).split('\n').reverse().find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    if (above === undefined || !/^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*:/.test(above) || /^[ \t]*(?:-[ \t]+)?/.exec(above)![0].length !== column) continue
    const block = linesBelow(text, start, keyIndent).filter((at) => !/^[ \t]*(?:#|\r?$)/.test(text.slice(at, text.indexOf('\n', at) < 0 ? undefined : text.indexOf('\n', at))))
    if (block.length === 0) continue
    const lineAtOffset = (at: number): string => text.slice(at, text.indexOf('\n', at) < 0 ? undefined : text.indexOf('\n', at)).replace(/\r$/, '')
    const first = lineAtOffset(block[0]!)
    const indent = first.length - first.trimStart().length
    if (indent <= column) continue
    const atIndent = block.map(lineAtOffset).filter((l) => l.length - l.trimStart().length === indent)
    const dash = /^ *- /.test(first)
    // A mapping below: two keys or more at its column, or one that opens a block of its own (not a colon in prose run on).
    const keys = atIndent.filter((l) => /^ *[A-Za-z_][\w-]*:(?:[ \t]|$)/.test(l))
    const mapping = !dash && keys.length === atIndent.length && (keys.length >= 2 || /:[ \t]*$/.test(keys[0] ?? ''))
    // Plain text above a list of texts is valid YAML (one text, dashes and all): the decoders say that one.
    if (!mapping && !(dash && /^["'[{]/.test(value))) continue
    const shown = /^["'[{]/.test(value) ? `\`${shorten(value)}\`` : `text \`${shorten(value)}\``
    problems.push({
      reason: `Unexpected ${shown} on the line of \`${key}:\`, which has ${dash ? 'a list' : 'a mapping'} indented below it, expected one or the other: a key holds a value on its line or the lines below it (keep one, and delete the other)`,
      start,
      end: start + key.length
    })
    seen.add(lineStart(text, start))
    for (const at of block) seen.add(at)
  }
  /** Openers reported as never closed, at their offsets in `text`. */
  const said = new Set<number>()
  // Edits made by repairs, in order, in the coordinates of the text at the time: `delta`
  // characters inserted (or, negative, removed) at `at`.
  const edits: { at: number; delta: number }[] = []
  // The file's first key deleted (`themes:` above its list): its lines stand indented with no
  // key to hold them, and YAML finds every key after them out of place. Said once, at the
  // first of them, and a key put above them, so what else is wrong is still found.
  const headless = keyless(text)
  let repaired = text
  if (headless?.key !== undefined) {
    // The first key itself indented: it belongs at the left edge, with the keys after it.
    problems.push({
      reason: `Unexpected indentation of ${spaces(headless.indent)} before \`${shorten(headless.key)}:\` at the top of the file, expected \`${shorten(headless.key)}:\` at the left edge, as \`${shorten(headless.next)}\` on line ${lineAt(headless.nextAt)} stands: YAML reads the keys after it as out of place`,
      start: headless.start,
      end: headless.start + headless.key.length + 1
    })
    seen.add(lineStart(text, headless.start))
    const at = headless.start - headless.indent
    repaired = text.slice(0, at) + text.slice(headless.start)
    edits.push({ at, delta: -headless.indent })
  } else if (headless !== undefined) {
    problems.push({
      reason: `Unexpected \`${shorten(headless.line)}\` indented ${spaces(headless.indent)} at the top of the file, with no key above it to hold it, expected the key that names what it is on a line of its own before it, at the left edge (as \`${shorten(headless.next)}\` on line ${lineAt(headless.nextAt)} stands): YAML cannot place lines that no key holds, nor the keys after them`,
      start: headless.start,
      end: headless.start + headless.line.length
    })
    seen.add(lineStart(text, headless.start))
    repaired = `${HOLDER}\n${text}`
    edits.push({ at: 0, delta: HOLDER.length + 1 })
  }

  const original = (offset: number): number => {
    for (let i = edits.length - 1; i >= 0; i--) if (offset > edits[i]!.at) offset = Math.max(edits[i]!.at, offset - edits[i]!.delta)
    return offset
  }
  const context = { options, lineAt }
  /** Stretches where an entry lacks its dash and runs into the one above: each key there is given twice because of it. */
  const joined: Array<[number, number]> = []
  /** The parser's `errors` before `limit` (in the current text), each line's first, as problems. */
  const reportBefore = (errors: readonly YAMLError[], limit: number): void => {
    for (const e of errors) {
      if (e.pos[0] >= limit) continue
      const start = original(e.pos[0])
      if (e.code === 'DUPLICATE_KEY' && joined.some(([from, to]) => start >= from && start < to)) continue
      const line = lineStart(text, start)
      if (seen.has(line)) continue // one message per line: the rest of a line's errors follow from the first
      seen.add(line)
      const found = e.code === 'DUPLICATE_KEY' ? (missingDash(text, start, context) ?? missingStart(text, start, context)) : undefined
      // Two entries run together give more than their first key twice (one key twice is just that).
      const twice = (to: number): number => errors.filter((x) => x.code === 'DUPLICATE_KEY' && original(x.pos[0]) >= line && original(x.pos[0]) < to).length
      const dashless = found && twice(found.to) >= 2 ? found : undefined
      if (dashless) joined.push([line, dashless.to])
      problems.push(dashless?.problem ?? plainProblem(text, start, original(e.pos[1]), e.code, e.message, context))
    }
  }
  let current = repaired
  for (let round = 0; round <= MAX_REPAIRS; round++) {
    const errors = parseDocument(current, options).errors
    if (errors.length === 0) break
    // A tab in the indentation throws every later line out of column: the tabs are the
    // problems (one per line), and what the parser says after them follows from them.
    const tabs = errors.filter((e) => e.code === 'TAB_AS_INDENT')
    if (round === 0 && tabs.length > 0) {
      const lines = tabs.filter((e) => {
        const line = lineStart(text, e.pos[0])
        return !seen.has(line) && seen.add(line)
      })
      // A file an editor indented with tabs throughout is one mistake: said once, at its first
      // line, counting the lines as written (the parser does not flag every one).
      const indented = [...text.matchAll(/^ *\t/gm)].map((m) => m.index! + m[0].length - 1)
      if (indented.length > MANY_TABS) {
        const first = lines[0]!
        const problem = plainProblem(text, first.pos[0], first.pos[1], first.code, first.message, context)
        problems.push({ ...problem, reason: `${problem.reason}; so are ${indented.length - 1} more lines, the last at line ${lineAt(indented.at(-1)!)}: indent the file with spaces throughout` })
      } else for (const e of lines) problems.push(plainProblem(text, e.pos[0], e.pos[1], e.code, e.message, context))
      break
    }
    const open = round < MAX_REPAIRS ? unclosed(current) : []
    // Quoted text carried on to a next line that starts at the left edge (or no deeper than its
    // key): YAML ends the value there, finds the quote never closed and every line after it
    // out of place. Said once, at that line, and indented under its key, so what follows is read.
    const shallow = open[0] && (open[0].char === '"' || open[0].char === "'") ? shallowQuote(current, open[0]) : undefined
    if (shallow) {
      reportBefore(errors, shallow.opener)
      const at = original(shallow.lines[0]! + shallow.indent)
      const next = current.indexOf('\n', shallow.lines[0]!)
      const line = current.slice(shallow.lines[0]! + shallow.indent, next < 0 ? undefined : next).trimEnd()
      problems.push({
        reason: `Unexpected \`${shorten(line)}\` ${shallow.indent === 0 ? 'at the left edge' : `indented ${spaces(shallow.indent)}`} in the text quoted ${shallow.key !== undefined ? `after \`${shorten(shallow.key)}:\`` : 'in the list entry'} on line ${lineAt(original(shallow.opener))}, expected it indented deeper than ${shallow.key !== undefined ? `\`${shorten(shallow.key)}:\`` : 'its dash'} (YAML ends the value at a line that is not, and the quote is then never closed), or joined to the line above`,
        start: at,
        end: at + Math.max(1, line.length)
      })
      said.add(original(shallow.opener))
      for (const start of shallow.lines) seen.add(lineStart(text, original(start)))
      for (const start of [...shallow.lines].sort((a, b) => b - a)) {
        const indent = /^ */.exec(current.slice(start))![0].length
        current = current.slice(0, start) + ' '.repeat(shallow.to) + current.slice(start + indent)
        edits.push({ at: start, delta: shallow.to - indent })
      }
      continue
    }
    // A line indented to no level of the lines above it (3 spaces among keys at 4): said
    // once, as such, and re-indented to the level meant, so what follows from it is not said.
    // Or a key out of the column of the keys on both sides of it (deeper or shallower), after
    // a key whose value is on its line: where its neighbours are, as one message.
    const misplaced = round < MAX_REPAIRS ? first(first(misindented(current), outOfColumn(current)), deeperBody(current)) : undefined
    // The parser may place the error at the end of the line before (a bad indent is found there).
    if (misplaced && errors.some((e) => (e.pos[1] ?? e.pos[0]) >= (misplaced.from ?? misplaced.lineStart))) {
      reportBefore(errors.filter((e) => (e.pos[1] ?? e.pos[0]) < (misplaced.from ?? misplaced.lineStart)), misplaced.from ?? misplaced.lineStart)
      const at = original(misplaced.lineStart)
      // Deeper than a key with plain text on its line, it reads as more of that text.
      const orQuote = misplaced.afterText ? ` (if \`${misplaced.afterText}\` is part of the text above, put that text in quotes)` : ''
      // Not on a line a mistake said above accounts for (a list whose first entry lacks its dash).
      const dashless = misplaced.dashless
      if (!seen.has(lineStart(text, at))) {
        const last = misplaced.span && misplaced.along?.length ? lineAt(original(Math.max(...misplaced.along))) : undefined
        const lines = last !== undefined ? ` on lines ${lineAt(at)}–${last}` : ''
        problems.push({
          reason: misplaced.under
            ? `Unexpected indentation of ${spaces(misplaced.indent)}${lines}, expected ${spaces(misplaced.expected)}, in line with \`${shorten(misplaced.under.key)}:\` after the dash on line ${lineAt(original(misplaced.under.at))}: an entry's keys stand in one column, and YAML reads a key deeper than the first as part of its value`
            : misplaced.firstOf
            ? `Unexpected indentation of ${spaces(misplaced.indent)}, expected ${spaces(misplaced.expected)} as the lines after it under \`${shorten(misplaced.firstOf.key)}:\` (line ${lineAt(original(misplaced.firstOf.sibling))}): YAML reads a block's indentation from its first line, and then finds every line after it out of step`
            : dashless
            ? `Unexpected \`${shorten(dashless.key)}:\` without a dash, expected \`- ${shorten(dashless.key)}:\` to start a new entry, as the one on line ${lineAt(original(dashless.above))} does: without its dash, YAML reads this entry's keys as more of the one above`
            : `Unexpected indentation of ${spaces(misplaced.indent)}${lines}, expected ${spaces(misplaced.expected)} as ${misplaced.entry ? "the list's other entries" : 'the lines of this entry above it'}: YAML reads what belongs together from the indentation${orQuote}`,
          start: at + misplaced.indent,
          end: at + misplaced.indent + (dashless ? dashless.key.length : 1)
        })
      }
      seen.add(lineStart(text, at))
      if (dashless) {
        // The dash put back, so the entry's keys are its own.
        current = current.slice(0, misplaced.lineStart) + dashless.dash + current.slice(misplaced.lineStart + misplaced.indent)
        edits.push({ at: misplaced.lineStart, delta: dashless.dash.length - misplaced.indent })
        continue
      }
      // Re-indented as meant, with the lines that moved with it (an entry moved whole), last first.
      const delta = misplaced.expected - misplaced.indent
      for (const start of [misplaced.lineStart, ...(misplaced.along ?? [])].sort((a, b) => b - a)) {
        const indent = /^ */.exec(current.slice(start))![0].length
        const to = Math.max(0, indent + delta)
        current = current.slice(0, start) + ' '.repeat(to) + current.slice(start + indent)
        edits.push({ at: start, delta: to - indent })
        seen.add(lineStart(text, original(start)))
      }
      continue
    }
    // A closing `]` or `}` that closes nothing (`[a, b]]`): the parser stops reading there and
    // finds every later line unexpected. Said once, as such, and taken out, so what follows is read.
    const stray = round < MAX_REPAIRS ? errors.find((e) => e.code === 'UNEXPECTED_TOKEN' && /^Unexpected flow-(?:seq|map)-end token/.test(e.message)) : undefined
    if (stray && (current[stray.pos[0]] === ']' || current[stray.pos[0]] === '}')) {
      reportBefore(errors, stray.pos[0])
      const char = current[stray.pos[0]] as ']' | '}'
      const at = original(stray.pos[0])
      problems.push({
        reason: `Unexpected \`${char}\` that closes nothing, expected no \`${char}\` here (one too many, or its \`${char === ']' ? '[' : '{'}\` is missing): delete it, or if it is part of the text put the whole value in quotes`,
        start: at,
        end: at + 1
      })
      seen.add(lineStart(text, at))
      current = current.slice(0, stray.pos[0]) + ' ' + current.slice(stray.pos[0] + 1)
      continue
    }
    // A quote left open inside a list (`["core]`) swallows the list's `]`: the quote is the
    // mistake, and closing the list would not help (it was said once per repair round).
    const outer = open[0]
    const inner = outer && (outer.char === '[' || outer.char === '{') ? open.find((o) => (o.char === '"' || o.char === "'") && o.offset > outer.offset && o.offset < outer.tokenEnd) : undefined
    const opener = inner ?? outer
    // An opener said already and still open: the repairs do not reach it; nothing more to say.
    if (opener && said.has(original(opener.offset))) {
      reportBefore(errors, opener.offset)
      break
    }
    if (opener) said.add(original(opener.offset))
    const firstAfter = opener ? errors.find((e) => e.pos[0] >= opener.offset) : undefined
    // Errors before the first unclosed opener are not its doing: each is a problem of its own.
    reportBefore(errors, opener ? opener.offset : Number.POSITIVE_INFINITY)
    if (!opener) break
    const at = original(opener.offset)
    const end = original(Math.max(firstAfter ? firstAfter.pos[0] : opener.tokenEnd, opener.offset))
    const gaveUp = lineAt(end)
    const still = end >= text.trimEnd().length ? `at the end of ${extent}` : gaveUp === lineAt(at) ? 'at the end of the line' : `at line ${gaveUp}`
    problems.push({
      reason: `Unexpected \`${opener.char}\` that is never closed, expected a \`${CLOSER[opener.char]}\` to end ${WHAT[opener.char]}: opened here and still open ${still}${opener.char === '[' || opener.char === '{' ? ` (if the \`${opener.char}\` is part of the text, put the whole value in quotes)` : ''}`,
      start: at,
      end: at + 1
    })
    seen.add(lineStart(text, at))
    const repair = bestRepair(current, opener, options)
    current = current.slice(0, repair) + CLOSER[opener.char] + current.slice(repair)
    edits.push({ at: repair, delta: 1 })
  }
  return problems.sort((a, b) => a.start - b.start)
}

/** The key put above a file's headless first lines to read the rest (not a key classpack knows, and never written). */
const HOLDER = '_:'

/**
 * The first lines of `text`, when they stand indented with no key above them while a key
 * further down starts at the left edge: the file's first key was deleted. The first such
 * line, where it starts, its indent, and the first key at the edge after it.
 */
function keyless(text: string): { line: string; key?: string; start: number; indent: number; next: string; nextAt: number } | undefined {
  const first = /^(?:[ \t]*(?:#[^\r\n]*)?\r?\n)*( +)([^\s#][^\r\n]*)/.exec(text)
  if (first === null) return undefined
  const after = first.index + first[0].length
  const edge = /^([A-Za-z_][\w-]*:)(?=[ \t]|\r?$)/m.exec(text.slice(after))
  if (edge === null) return undefined
  const key = /^([A-Za-z_][\w-]*):(?=[ \t]|\r?$)/.exec(first[2]!)?.[1]
  return { line: first[2]!.trimEnd(), key, start: first.index + first[0].length - first[2]!.length, indent: first[1]!.length, next: edge[1]!, nextAt: after + edge.index }
}

/** Lines a quoted value may run on for before a key that stands shallower ends it, at most. */
const QUOTE_LINES = 20

/**
 * Where the quoted text opened at `opener` goes on to lines no deeper than its key's, and
 * closes on one of them with nothing after it: the lines to indent (their starts), their
 * indent now (the first's), the indent to give them, the key and where the quote opens.
 * Undefined when the quote never closes within QUOTE_LINES lines, or a line before its close
 * reads as a key or a list entry of the level its key is at (the quote is left open there).
 */
function shallowQuote(text: string, opener: Opener): { lines: number[]; indent: number; to: number; key?: string; opener: number } | undefined {
  const start = lineStart(text, opener.offset)
  const before = text.slice(start, opener.offset)
  // After a key (`quote: "…`, `- id: "…`), or a list's dash (`- "…`): the quoted text's lines go deeper than either.
  const head = /^ *(?:- +)*([^\s:#][^:#]*?):[ \t]+$/.exec(before) ?? /^( *)- +$/.exec(before)
  if (head === null) return undefined
  const keyed = head[0].includes(':')
  // The key's column, or the dash's: the lines of its value go deeper.
  const keyIndent = keyed ? before.search(/[^ -]/) : before.search(/\S/)
  const end = quoteEnd(text, opener.offset)
  if (end < 0) return undefined
  const lineEnd = text.indexOf('\n', end)
  if (!/^[ \t]*(?:#.*)?\r?$/.test(text.slice(end, lineEnd < 0 ? undefined : lineEnd))) return undefined
  const lines: number[] = []
  for (let at = text.indexOf('\n', opener.offset) + 1; at > 0 && at < end; at = text.indexOf('\n', at) + 1) {
    const next = text.indexOf('\n', at)
    const body = text.slice(at, next < 0 ? undefined : next)
    if (body.trim() === '') continue
    const indent = /^ */.exec(body)![0].length
    if (indent > keyIndent) continue
    // A key or an entry of the quote's level before its close: the quote was left open, not carried on.
    if (at + body.length < end && /^ *(?:- |[^\s:#"'][^:#]*:(?:[ \t]|$))/.test(body)) return undefined
    lines.push(at)
    if (lines.length > QUOTE_LINES) return undefined
  }
  if (lines.length === 0) return undefined
  return { lines, indent: /^ */.exec(text.slice(lines[0]!))![0].length, to: keyIndent + 2, key: keyed ? head[1]! : undefined, opener: opener.offset }
}

/** Openers in `text` that nothing closes, first first. */
function unclosed(text: string): Opener[] {
  const found: Opener[] = []
  const visit = (token: unknown): void => {
    if (!token || typeof token !== 'object') return
    const t = token as CST.Token & { items?: CST.CollectionItem[]; value?: unknown; key?: unknown }
    if (t.type === 'flow-collection') {
      const closed = t.end.some((s) => s.type === 'flow-seq-end' || s.type === 'flow-map-end')
      if (!closed) found.push({ char: t.start.source === '{' ? '{' : '[', offset: t.offset, tokenEnd: t.offset + CST.stringify(t).trimEnd().length })
    } else if (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') {
      if (!isClosedQuote(t.source)) found.push({ char: t.source[0] as '"' | "'", offset: t.offset, tokenEnd: t.offset + t.source.trimEnd().length })
    }
    for (const item of t.items ?? []) {
      visit(item.key)
      visit(item.value)
    }
    if ('value' in t) visit(t.value)
  }
  for (const token of new Parser().parse(text)) visit(token)
  return found.sort((a, b) => a.offset - b.offset)
}

function isClosedQuote(source: string): boolean {
  return quoteEnd(source) >= 0
}

/** Where the quoted text that opens `source` ends (past its closing quote, `''` and `\\"` read as escapes), or -1 if it never closes. */
function quoteEnd(source: string, from = 0): number {
  const quote = source[from]
  for (let i = from + 1; i < source.length; i++) {
    const c = source[i]
    if (quote === '"' && c === '\\') i++
    else if (c === quote) {
      if (quote === "'" && source[i + 1] === "'") i++
      else return i + 1
    }
  }
  return -1
}

/**
 * Where to put the missing closer: at the end of the opener's line (the usual slip), or at
 * the end of the block the value spans when it runs over several lines; whichever leaves
 * fewer errors.
 */
function bestRepair(text: string, opener: Opener, options: Options): number {
  const candidates = [endOfLine(text, opener.offset)]
  const block = endOfBlock(text, opener.offset)
  if (block !== candidates[0]) candidates.push(block)
  let best = candidates[0]!
  let fewest = Infinity
  for (const at of candidates) {
    const n = parseDocument(text.slice(0, at) + CLOSER[opener.char] + text.slice(at), options).errors.length
    if (n < fewest) {
      fewest = n
      best = at
    }
  }
  return best
}

/** End of the content of the line holding `offset`, before trailing space or a comment. */
function endOfLine(text: string, offset: number): number {
  const stop = text.indexOf('\n', offset)
  const line = text.slice(offset, stop < 0 ? text.length : stop)
  let inQuote: string | null = null
  let end = line.length
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (inQuote) {
      if (c === '\\' && inQuote === '"') i++
      else if (c === inQuote) inQuote = null
    } else if (c === '"' || c === "'") {
      if (i > 0) inQuote = c
    } else if (c === '#' && i > 0 && /\s/.test(line[i - 1]!)) {
      end = i
      break
    }
  }
  return offset + line.slice(0, end).trimEnd().length
}

/** End of the last line after `offset` that is indented more than the line holding `offset` (a value's continuation). */
function endOfBlock(text: string, offset: number): number {
  const start = lineStart(text, offset)
  const indent = /^ */.exec(text.slice(start))![0].length
  let end = endOfLine(text, offset)
  let next = text.indexOf('\n', offset)
  while (next >= 0) {
    const lineEnd = text.indexOf('\n', next + 1)
    const line = text.slice(next + 1, lineEnd < 0 ? text.length : lineEnd)
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      if (/^ */.exec(line)![0].length <= indent) break
      end = endOfLine(text, next + 1)
    }
    next = lineEnd
  }
  return end
}

/**
 * A parser error as it stands, or with the hint to quote plain text that holds `: `, or, for
 * a key given twice, the key and where it first stands.
 */
function plainProblem(text: string, start: number, end: number, code: string, message: string, context: { options: Options; lineAt: (offset: number) => number }): SyntaxProblem {
  if (code === 'DUPLICATE_KEY') {
    const first = firstOfKey(text, context.options, start)
    if (first) return { reason: `Unexpected key ${inCode(first.key)} again in this mapping (first on line ${context.lineAt(first.at)}), expected each key once: keep one and merge what the two say`, start, end }
  }
  const colon = code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY' ? colonInPlainText(text, start) : undefined
  if (colon) {
    return {
      reason: `Unexpected \`: \` inside the text \`${shorten(colon.value)}\`, expected the text in quotes ("${shorten(colon.value)}"): a colon followed by a space starts a key in YAML`,
      start: colon.at,
      end: colon.at + 1
    }
  }
  const after = code === 'UNEXPECTED_TOKEN' || code === 'BLOCK_AS_IMPLICIT_KEY' ? textAfterClosed(text, start) : undefined
  if (after) {
    const { opener, closed, rest, at } = after
    const how =
      opener === "'"
        ? `inside single quotes an apostrophe is written \`''\`, or put the whole text in double quotes`
        : opener === '"'
          ? 'inside double quotes a quotation mark is written `\\"` (or use “ ”), or put the whole text in single quotes'
          : `a value that starts with \`${opener}\` is a ${opener === '[' ? 'list' : 'mapping'} in YAML, so put the whole text in quotes`
    return { reason: `Unexpected text \`${shorten(rest)}\` after \`${shorten(closed)}\`, expected the whole text in one value: ${how}`, start: at, end: at + 1 }
  }
  // `kind:causal`: a key without the space after its colon reads as text.
  const glued = /^\s*(?:-\s+)?([A-Za-z_][\w-]*):([^\s/:][^\r\n]*?)\s*(?:#.*)?$/.exec(text.slice(lineStart(text, start), endOfLine(text, start)))
  if (glued && code !== 'TAB_AS_INDENT' && code !== 'DUPLICATE_KEY') {
    const at = lineStart(text, start) + glued[0].indexOf(`${glued[1]}:`)
    return { reason: `Unexpected \`${glued[1]}:${shorten(glued[2]!)}\`, expected a space after the colon (\`${glued[1]}: ${shorten(glued[2]!)}\`): without it YAML reads the whole line as text`, start: at, end: at + glued[1]!.length + 1 }
  }
  if (code === 'TAB_AS_INDENT') return { reason: 'Unexpected tab in the indentation, expected spaces: YAML reads indentation by spaces only (indent as the lines around it do)', start, end }
  const line = text.slice(start, endOfLine(text, start)).replace(/\r$/, '')
  // `kind causal`: a key without its colon, which the parser calls an implicit key on two lines.
  if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `kind = empirical`: an equals sign for the colon, which is no part of the value.
    const equals = /^([A-Za-z_][\w-]*)[ \t]*=[ \t]*([^\s:#=][^\r\n]*?)[ \t]*$/.exec(line)
    if (equals) return { reason: `Unexpected \`=\` in \`${shorten(line.trim())}\`, expected a colon and a space for it (\`${equals[1]}: ${shorten(equals[2]!)}\`): a key is followed by a colon in YAML`, start, end: start + line.length }
    const bare = /^([A-Za-z_][\w-]*)[ \t]+([^\s:#][^\r\n]*?)[ \t]*$/.exec(line)
    if (bare) return { reason: `Unexpected \`${shorten(line.trim())}\` without a colon, expected \`${bare[1]}: ${shorten(bare[2]!)}\`: a key needs a colon and a space after it`, start, end: start + line.length }
  }
  // `...` ends the document: what follows it reads as a second one, which the parser names in its own terms.
  const ended = code === 'MULTIPLE_DOCS' ? /(?:^|\n)\.\.\.[ \t]*(?:#[^\n]*)?\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*$/.exec(text.slice(0, lineStart(text, start))) : null
  if (ended) {
    const at = ended.index + (text[ended.index] === '\n' ? 1 : 0)
    return { reason: 'Unexpected `...`, expected one YAML document: `...` ends it, and YAML reads the lines after it as a second one (delete the line)', start: at, end: at + 3 }
  }
  if (code === 'MULTIPLE_DOCS' && line.startsWith('---')) return { reason: 'Unexpected `---` starting a second document, expected one document per file: delete the line', start, end: start + 3 }
  // The parser points at the line's first column; the text that is out of step is the mistake.
  if (code === 'BAD_INDENT' && line.trim() !== '') {
    const indent = line.length - line.trimStart().length
    return {
      reason: `Unexpected \`${shorten(line.trim())}\` indented ${indent} spaces, expected it in line with the keys above it, or indented under the key it belongs to (text under \`key: >-\` goes right below that key, before any other key)`,
      start: start + indent,
      end: start + line.length
    }
  }
  return { reason: `Unexpected YAML syntax: ${message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, start, end }
}

/**
 * On the line holding `offset`: a `key: value` whose plain value holds `: `, on that line or
 * on a continuation line of a value that reads as text (two words or more).
 */
function colonInPlainText(text: string, offset: number): { value: string; at: number } | undefined {
  const start = lineStart(text, offset)
  // Lines as written (a Windows file's end in `\r`, which counts in offsets); read without it.
  const lines = text.slice(start).split('\n')
  const bare = (line: string): string => line.replace(/\r$/, '')
  const m = /^(\s*(?:-\s+)?[^\s#'"[{][^:#]*:\s+)([^\s'"[{|>&*!%@`#].*)$/.exec(bare(lines[0]!))
  if (!m) return undefined
  const head = m[2]!.replace(/\s+#.*$/, '').trimEnd()
  const inner = head.search(/:(\s|$)/)
  if (inner >= 0) return { value: head, at: start + m[1]!.length + inner }
  if (!/\S\s+\S/.test(head)) return undefined
  const indent = /^\s*/.exec(lines[0]!)![0].length
  const parts = [head]
  let lineOffset = start + lines[0]!.length + 1
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || /^\s*/.exec(line)![0].length <= indent) break
    const content = bare(line).trim()
    const colon = content.search(/:(\s|$)/)
    parts.push(content)
    if (colon >= 0) return { value: parts.join(' '), at: lineOffset + line.indexOf(content) + colon }
    lineOffset += line.length + 1
  }
  return undefined
}

/**
 * On the line holding `offset`: a value that opens with a quote or a bracket, closes it, and
 * goes on (`'The author's view'`, `"Small" is the word`, `[sic] the article`): the opener,
 * the part it closes, the text after and where that starts.
 */
function textAfterClosed(text: string, offset: number): { opener: string; closed: string; rest: string; at: number } | undefined {
  const start = lineStart(text, offset)
  const line = text.slice(start, endOfLine(text, start))
  const m = /^(\s*(?:-\s+)*(?:[A-Za-z_][\w-]*:\s+)?)(["'[{])/.exec(line)
  if (!m || !/(?::|-)\s+$/.test(m[1]!)) return undefined
  const opener = m[2]!
  const from = m[1]!.length
  let end = -1
  if (opener === '"' || opener === "'") end = quoteEnd(line, from)
  else {
    let depth = 0
    for (let i = from; i < line.length; i++) {
      const c = line[i]!
      if (c === '[' || c === '{') depth++
      else if ((c === ']' || c === '}') && --depth === 0) {
        end = i + 1
        break
      }
    }
  }
  if (end < 0) return undefined
  const rest = line.slice(end).trim()
  if (rest === '' || rest.startsWith('#') || rest.startsWith(',')) return undefined
  return { opener, closed: line.slice(from, end), rest, at: start + end + (line.slice(end).length - line.slice(end).trimStart().length) }
}

function shorten(text: string, max = 50): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

/** The key of the pair whose key starts at `at` in a mapping that has it before, and where it first stands. */
function firstOfKey(text: string, options: Options, at: number): { key: string; at: number } | undefined {
  let found: { key: string; at: number } | undefined
  visit(parseDocument(text, { ...options, uniqueKeys: false }), {
    Map(_, map) {
      const first = new Map<unknown, number>()
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue
        const seen = first.get(pair.key.value)
        if (seen !== undefined && pair.key.range[0] === at) {
          found = { key: String(pair.key.value), at: seen }
          return visit.BREAK
        }
        if (seen === undefined) first.set(pair.key.value, pair.key.range[0])
      }
      return undefined
    }
  })
  return found
}

/**
 * A key given twice because its entry lacks the dash that starts it (`    id: b` under
 * `  - id: a`): the key is the entry's first and stands where the entry's keys do. The
 * problem, and where the joined entry ends (the next line as shallow as the dash).
 */
function missingDash(text: string, start: number, context: { options: Options; lineAt: (offset: number) => number }): { problem: SyntaxProblem; to: number } | undefined {
  const first = firstOfKey(text, context.options, start)
  if (!first) return undefined
  const head = /^( *)- +/.exec(text.slice(lineStart(text, first.at), first.at))
  const line = lineStart(text, start)
  if (!head || head[0].length !== first.at - lineStart(text, first.at) || text.slice(line, start) !== ' '.repeat(head[0].length)) return undefined
  const key = first.key
  // To the next line as shallow as the dash, or the next entry that lacks its dash too (its own mistake).
  const again = ' '.repeat(head[0].length) + `${key}:`
  const lines = linesBelow(text, start, head[1]!.length)
  const last = lines.at(-1) ?? start
  const to = lines.find((at) => text.startsWith(again, at)) ?? (text.indexOf('\n', last) < 0 ? text.length : text.indexOf('\n', last) + 1)
  return {
    problem: { reason: `Unexpected \`${shorten(key)}:\` again in the entry that starts on line ${context.lineAt(first.at)}, expected \`- ${shorten(key)}:\` to start a new entry: without its dash, YAML reads this entry's keys as more of the one above, each given twice`, start, end: start + key.length },
    to
  }
}

/**
 * The starts of the lines after the one holding `offset`, up to the first with content (not a
 * comment) indented `indent` spaces or fewer: the lines of the block below it.
 */
function linesBelow(text: string, offset: number, indent: number): number[] {
  const lines: number[] = []
  for (let at = text.indexOf('\n', offset) + 1; at > 0 && at < text.length; ) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end < 0 ? text.length : end)
    if (line.trim() !== '' && !line.trimStart().startsWith('#') && line.length - line.trimStart().length <= indent) break
    lines.push(at)
    if (end < 0) break
    at = end + 1
  }
  return lines
}

function inCode(text: string): string {
  return `\`${shorten(text)}\``
}

const spaces = (n: number): string => (n === 1 ? '1 space' : `${n} spaces`)

interface Misplaced {
  lineStart: number
  indent: number
  expected: number
  /** The key, when the line is deeper than a key with plain text on its line (YAML reads it as more of that text). */
  afterText?: string
  /** Where the parser's errors that follow from it may start: the key above, whose value then reads on (default: the line). */
  from?: number
  /** Starts of the lines below that moved with it (an entry moved whole): re-indented with it, and not said again. */
  along?: number[]
  /** Said with the lines that moved with it (`on lines 26–32`). */
  span?: boolean
  /** The first line of the block `key:` opens, deeper than the rest of it: the key, and the first line that stands where the block's lines do. */
  firstOf?: { key: string; sibling: number }
  /** A list entry's dash line out of the column of the list's other entries (with its lines when `along`). */
  entry?: boolean
  /** The entry's first key, after its dash, whose column the lines below (moved deeper together) should share. */
  under?: { key: string; at: number }
  /** A key where an entry's dash should be (`  id: b` under `  - id: a`): the key, the start of the entry above, and the indentation and dash to put back. */
  dashless?: { key: string; above: number; dash: string }
}

/**
 * An entry whose keys after its first are all one step deeper than that first key
 * (`- id: x` then `quote:` … at 6 spaces where `id` stands at 4): the parser says "Nested
 * mappings are not allowed in compact mappings" at the first, then each key again. One
 * mistake: the lines of the entry below its dash line, moved together.
 */
function deeperBody(text: string): Misplaced | undefined {
  const lines = text.split('\n')
  const starts: number[] = []
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at)
  const content = (line: string): boolean => line.trim() !== '' && !line.trimStart().startsWith('#')
  const indentOf = (line: string): number => line.length - line.trimStart().length
  for (let i = 0; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i]!)
    // A dash line whose key holds its value on the line (nothing it opens can hold a deeper line).
    if (!m || m[2] === undefined || !m[4] || /^[|>][-+0-9]*$/.test(m[4])) continue
    const column = m[1]!.length + m[2].length
    let j = i + 1
    while (j < lines.length && !content(lines[j]!)) j++
    const next = lines[j] === undefined ? undefined : KEY_LINE.exec(lines[j]!)
    if (!next || next[2] !== undefined || next[1]!.length <= column) continue
    const deeper = next[1]!.length
    // The lines moved: up to the first back in the key's column (the rest of the entry, in
    // place) or at the dash's or less (the next entry). None between the two columns.
    let last = j
    for (let k = j + 1; k < lines.length; k++) {
      const line = lines[k]!
      if (!content(line)) continue
      if (indentOf(line) <= m[1]!.length || indentOf(line) === column) break
      if (indentOf(line) < deeper) return undefined
      last = k
    }
    // Up to the last of them with content: blank lines at the end are not the entry's.
    const along = starts.slice(j + 1, last + 1)
    return { lineStart: starts[j]!, from: starts[i]!, indent: deeper, expected: column, along, span: true, under: { key: m[3]!, at: starts[i]! } }
  }
  return undefined
}

/** Of two misplaced lines, the one first in the text. */
function first(a: Misplaced | undefined, b: Misplaced | undefined): Misplaced | undefined {
  return a === undefined || (b !== undefined && b.lineStart < a.lineStart) ? b : a
}

/** A `key: value` line, or a list item `- key: value`: where its key starts, the key, and its value on the line (empty for none). */
const KEY_LINE = /^( *)(- +)?([A-Za-z_][\w-]*):(?:[ \t]+([^#\r]*?))?[ \t]*(?:#.*)?\r?$/

/**
 * The first key line in a column of its own between two key lines that share one (`kind:`
 * at 6 or 2 spaces between keys at 4), where the key above holds its value on its line (so
 * nothing it opens can hold the line) and so does the misplaced one: the column of its
 * neighbours is the one meant. A list item's keys are in the column after its dash.
 */
function outOfColumn(text: string): Misplaced | undefined {
  type Line = { start: number; indent: number; column: number; key: string; value: string; item: boolean; block: boolean }
  const lines: Array<Line | null> = []
  let offset = 0
  let block = -1 // inside a `|` or `>` scalar whose key is at this column
  for (const raw of text.split('\n')) {
    const start = offset
    offset += raw.length + 1
    const content = raw.trim()
    if (content === '' || content.startsWith('#')) continue
    const indent = raw.length - raw.trimStart().length
    if (block >= 0 && indent > block) continue
    block = -1
    const m = KEY_LINE.exec(raw)
    if (!m) {
      lines.push(null) // something else (a continuation, a `- ` scalar item): no neighbour to judge by
      continue
    }
    const column = m[1]!.length + (m[2]?.length ?? 0)
    const value = m[4] ?? ''
    const opensBlock = /^[|>][-+0-9]*$/.test(value)
    if (opensBlock) block = column
    lines.push({ start, indent: m[1]!.length, column, key: m[3]!, value, item: m[2] !== undefined, block: opensBlock })
  }
  // A value that holds the line: not empty (a nested block follows), not a block scalar, not
  // a quote or bracket left open for the lines after it.
  const holds = (l: Line): boolean => l.value !== '' && !l.block && (!/^["'[{]/.test(l.value) || closedOnLine(l.value))
  for (let i = 1; i + 1 < lines.length; i++) {
    const [above, line, below] = [lines[i - 1], lines[i], lines[i + 1]]
    if (!above || !line || !below || line.item || !holds(above) || !holds(line)) continue
    if (above.column !== below.column || line.column === above.column) continue
    // Text of two words or more above it may have been meant to go on (as a colon-free line would).
    const afterText = line.column > above.column && /^[^"'[{|>&*!%@`]/.test(above.value) && /\S\s+\S/.test(above.value) ? `${line.key}:` : undefined
    return { lineStart: line.start, indent: line.indent, expected: above.column, from: above.start, ...(afterText ? { afterText } : {}) }
  }
  return undefined
}

/** Whether a quoted or bracketed value ends on its line: one quoted text, or brackets that all close (outside quotes). */
function closedOnLine(value: string): boolean {
  let depth = 0
  let quote: string | null = null
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote && quote === "'" && value[i + 1] === "'") i++
      else if (c === quote) {
        quote = null
        // A quoted value is the whole value: text after its closing quote is no value that holds.
        if (depth === 0 && i !== value.length - 1) return false
      }
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') depth++
    else if (c === ']' || c === '}') depth--
  }
  return depth === 0 && quote === null
}

/**
 * The first content line indented to no level open above it (a key at 3 spaces among keys at
 * 4), or a list entry or key at a level where only the other kind stands (an option's dash at
 * 4 among options at 6; a key left at a list's dash), with the column it most likely meant and,
 * for an entry moved whole, the lines that moved with it. Lines of block scalars and comments
 * are skipped; a list item `- key:` opens two levels, its dash and its keys.
 */
function misindented(text: string): Misplaced | undefined {
  // The first line of a block deeper than the rest of it, when the checks below name a later
  // line (each line after it, in turn): it is the one out of place.
  let candidate: Misplaced | undefined
  const found = misindentedLine(text, (c) => (candidate ??= c))
  return candidate !== undefined && found?.lineStart !== candidate.lineStart ? candidate : found
}

function misindentedLine(text: string, overIndented: (found: Misplaced) => void): Misplaced | undefined {
  let candidate: Misplaced | undefined
  /** The levels open above a line: each an indent, whether keys or list dashes stand there (a compact list: both), and the lines that stand there. */
  type Level = { indent: number; key: boolean; dash: boolean; lines: number[] }
  const stack: Level[] = []
  type Line = { lineStart: number; lineEnd: number; indent: number; content: string; item: number; opens: boolean }
  const lines: Line[] = []
  /** Starts of every line, block scalars' and comments' too: an entry moved whole moves all of them. */
  const raws: Array<{ start: number; indent: number; blank: boolean }> = []
  let block = -1 // inside a `|` or `>` scalar whose key is at this indent
  let offset = 0
  for (const raw of text.split('\n')) {
    const lineStart = offset
    offset += raw.length + 1
    const line = raw.replace(/\r$/, '')
    const content = line.trimStart()
    const indent = line.length - content.length
    raws.push({ start: lineStart, indent, blank: content === '' })
    if (content === '' || content.startsWith('#')) continue
    if (block >= 0) {
      if (indent > block) continue
      block = -1
    }
    if (/^\t/.test(line.slice(indent - 1))) return undefined // tabs: reported as such
    const item = /^(- +)(?=\S)/.exec(content)?.[1]?.length ?? 0
    // A key with nothing after its colon: what follows, deeper or a list at its column, is its value.
    const opens = /^(?:- +)?[^\s#'"[{][^:#]*:\s*(?:#.*)?$/.test(content)
    lines.push({ lineStart, lineEnd: lineStart + line.length, indent, content, item, opens })
    if (/(?:^|:\s+|-\s+)[|>][-+0-9]*\s*(?:#.*)?$/.test(content)) block = item ? indent + item : indent
  }
  /**
   * `line` as an entry whose dash was deleted: a key, not right under a dash line, that every
   * entry of the list at `dashes` starts with (`  - id:`), with the fields below it where
   * theirs stand (`fields`, the level of the entry above).
   */
  const dashlessEntry = (line: Line, next: Line | undefined, dashes: Level, fields: Level): Misplaced | undefined => {
    if (line.item || next === undefined || next.item || next.indent !== fields.indent) return undefined
    const key = /^([A-Za-z_][\w-]*):/.exec(line.content)?.[1]
    const firsts = dashes.lines.map((at) => lines.find((l) => l.lineStart === at)).filter((l): l is Line => l !== undefined && l.item > 0)
    if (key === undefined || firsts.length === 0 || !firsts.every((l) => l.content.startsWith(`- `) && l.content.slice(l.item).startsWith(`${key}:`))) return undefined
    const from = lines[lines.indexOf(line) - 1]?.lineEnd ?? line.lineStart
    return { lineStart: line.lineStart, indent: line.indent, expected: fields.indent, from, dashless: { key, above: firsts.at(-1)!.lineStart, dash: ' '.repeat(dashes.indent) + '-'.padEnd(fields.indent - dashes.indent) } }
  }
  /** The lines of `line`'s list entry after it (deeper than its dash, up to the next entry), which moved with it. */
  const entryOf = (line: Line): number[] => {
    const found: number[] = []
    for (const r of raws) {
      if (r.start <= line.lineStart || r.blank) continue
      if (r.indent <= line.indent) break
      // The next entry of a list at its fields' column or shallower (the siblings, not moved) ends it.
      if (r.indent <= line.indent + line.item && /^ *- /.test(text.slice(r.start, r.start + r.indent + 2))) break
      found.push(r.start)
    }
    return found
  }
  for (const [i, line] of lines.entries()) {
    const { lineStart, indent, item } = line
    const before = lines[i - 1]
    const next = lines[i + 1]
    // The parser may say a line's error at the end of the content before it (comments and blank lines between).
    const from = before ? before.lineEnd : lineStart
    // The first line below a key that opens a block, deeper than the lines of that block after
    // it (`- text:` at 10 spaces over options at 6): it set the block's indentation, and every
    // line after it is out of step with it. It is the one out of place.
    if (before?.opens && indent > before.indent && (item || /^[A-Za-z_][\w-]*:(?:\s|$)/.test(line.content))) {
      const block: Line[] = []
      for (const l of lines.slice(i + 1)) {
        if (l.indent <= before.indent) break
        block.push(l)
      }
      const shallowest = Math.min(...block.map((l) => l.indent))
      const sibling = block.find((l) => l.indent === shallowest)
      const kind = (l: Line): boolean => Boolean(l.item) === Boolean(item) && (l.item > 0 || /^[A-Za-z_][\w-]*:(?:\s|$)/.test(l.content))
      // Alone in its column (no sibling of its kind stands where it does), with one where the rest stand.
      if (candidate === undefined && sibling && shallowest < indent && kind(sibling) && !block.some((l) => l.indent === indent && kind(l))) {
        // Its own lines (before the sibling) deeper than its keys: the entry moved whole, and moves back whole.
        const own = block.slice(0, block.indexOf(sibling))
        const whole = own.length > 0 && own.every((l) => l.indent >= indent + (item || 1))
        const key = /^(?:- +)?([^:]+):/.exec(before.content)?.[1]?.trim() ?? ''
        candidate = { lineStart, indent, expected: shallowest, from, firstOf: { key, sibling: sibling.lineStart }, ...(whole ? { along: own.map((l) => l.lineStart) } : {}) }
        overIndented(candidate)
      }
    }
    let popped: Level | undefined
    while (stack.length > 0 && stack.at(-1)!.indent > indent) popped = stack.pop()
    const top = stack.at(-1)
    if (popped !== undefined && (top === undefined || top.indent < indent)) {
      // Between two levels. The one key that stood deeper, where its later siblings stand here
      // (`   seminar:` at 3, the sets after it at 2), is the one out of place.
      /** Keys at `at` from this line on, until the mapping that holds them ends. */
      const siblings = (at: number): number => {
        let count = 0
        for (const l of lines.slice(i)) {
          if (l.indent <= (top?.indent ?? -1)) break
          if (l.indent === at && !l.item) count++
        }
        return count
      }
      // Or a key between a list's dashes and its fields, the one each entry starts with: its dash deleted (`   id: b`).
      const dashless = top?.dash ? dashlessEntry(line, next, top, popped) : undefined
      if (dashless) return dashless
      if (popped.key && !popped.dash && popped.lines.length === 1 && !item) {
        const lone = lines.find((l) => l.lineStart === popped!.lines[0])!
        if (siblings(indent) >= 2) return { lineStart: lone.lineStart, indent: lone.indent, expected: indent, from: lines[lines.indexOf(lone) - 1]?.lineEnd ?? lone.lineStart }
      }
      // A key that opens a block whose lines stand where the level it fell short of stands is
      // a sibling of the shallower one; anything else belongs to the deeper one.
      const expected = top !== undefined && line.opens && next !== undefined && next.indent === popped.indent ? top.indent : popped.indent
      return { lineStart, indent, expected, from }
    }
    if (top !== undefined && top.indent === indent) {
      // A list entry where only keys stand, not right under the key it is the value of.
      if (item && !top.dash && !(before && before.indent === indent && before.opens)) {
        // Its fields at its dash's column: the dash alone moved; they show where it belongs.
        // (An entry that is a mapping: a text entry, `- >-`, has no fields, and what follows is its list's key's.)
        const mapping = /^- +[A-Za-z_][\w-]*:(?:\s|$)/.test(line.content)
        if (mapping && next && !next.item && next.indent === indent && stack.some((l) => l.dash && l.indent === indent - item)) return { lineStart, indent, expected: indent - item, from }
        // Else to the column of the list's other entries: with its lines when they moved with it
        // (its fields right after its dash), alone when they stand where they belong.
        const dashes = popped?.dash ? popped.indent : [...stack].reverse().find((l) => l.dash && l.indent < indent)?.indent
        const whole = next !== undefined && !next.item && next.indent === indent + item
        if (dashes !== undefined) return { lineStart, indent, expected: dashes, from, entry: true, ...(whole ? { along: entryOf(line), span: true } : {}) }
      }
      // A key where only list dashes stand.
      if (!item && !top.key && popped !== undefined) {
        // Right under a dash that stands alone at this column, with more fields here after it: the dash moved, not the fields.
        const dashLine = before?.item && before.indent === indent ? before : undefined
        if (dashLine && next && !next.item && next.indent === indent && top.lines.length === 1) return { lineStart: dashLine.lineStart, indent, expected: indent - dashLine.item, from: lines[i - 2]?.lineEnd ?? dashLine.lineStart }
        // The key every entry above starts with, at their dashes' column, its fields below where
        // theirs stand: the entry's dash was deleted (`  id: b` under `  - id: a`).
        const dashless = !dashLine ? dashlessEntry(line, next, top, popped) : undefined
        if (dashless) return dashless
        // The fields of the entry right under its dash, all at the dash's column: the entry's
        // lines moved together, and are re-indented (and said) together.
        if (dashLine && next && !next.item && next.indent === indent) {
          const along: number[] = []
          for (const l of lines.slice(i + 1)) {
            if (l.indent < indent || (l.indent === indent && l.item)) break
            if (l.indent === indent || l.indent <= popped.indent) along.push(l.lineStart)
          }
          return { lineStart, indent, expected: popped.indent, from, along, span: true }
        }
        return { lineStart, indent, expected: popped.indent, from }
      }
      if (item) top.dash = true
      else top.key = true
      top.lines.push(lineStart)
    } else stack.push({ indent, key: !item, dash: Boolean(item), lines: [lineStart] })
    if (item) stack.push({ indent: indent + item, key: true, dash: false, lines: [lineStart] })
  }
  return undefined
}

/**
 * A key given twice because the line that starts its entry (`  - id: b`) was deleted: the
 * entry's other keys, where an entry's keys stand, read as more of the entry above. The key
 * is in the column of that entry's keys, below its dash line. The problem, and where the
 * joined entry ends (the next line as shallow as the dash, or the next entry without its
 * start).
 */
function missingStart(text: string, start: number, context: { options: Options; lineAt: (offset: number) => number }): { problem: SyntaxProblem; to: number } | undefined {
  const first = firstOfKey(text, context.options, start)
  if (!first) return undefined
  const line = lineStart(text, start)
  const column = start - line
  if (text.slice(line, start) !== ' '.repeat(column)) return undefined
  // The dash line of the entry above: the nearest line above with content shallower than the key.
  let head: RegExpExecArray | null = null
  for (let at = lineStart(text, first.at); ; at = lineStart(text, at - 1)) {
    const end = text.indexOf('\n', at)
    const content = text.slice(at, end < 0 ? undefined : end).replace(/\r$/, '')
    const indent = content.length - content.trimStart().length
    if (content.trim() !== '' && !content.trimStart().startsWith('#') && indent < column) {
      head = /^( *)(- +)([A-Za-z_][\w-]*):/.exec(content)
      break
    }
    if (at === 0) break
  }
  if (!head || head[1]!.length + head[2]!.length !== column) return undefined
  const lead = head[3]!
  const again = ' '.repeat(column) + `${first.key}:`
  const lines = linesBelow(text, start, head[1]!.length)
  const last = lines.at(-1) ?? start
  const to = lines.find((at) => text.startsWith(again, at)) ?? (text.indexOf('\n', last) < 0 ? text.length : text.indexOf('\n', last) + 1)
  return {
    problem: {
      reason: `Unexpected key ${inCode(first.key)} again in this mapping (first on line ${context.lineAt(first.at)}), expected each key once: an entry's start (\`- ${shorten(lead)}: …\`) seems to be missing above line ${context.lineAt(start)} (the keys from there on repeat those of the entry above); put it back`,
      start,
      end: start + first.key.length
    },
    to
  }
}
