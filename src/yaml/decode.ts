// A small schema language over the YAML syntax tree: each decoder checks one shape,
// reports what it expected at the node's line:col, and returns a plain typed value.
// Positions of decoded values are kept aside (see `placeOf`) so later rules, such as
// "relation to an unknown claim", can point at the exact value a user wrote.
import { isMap, isScalar, isSeq, isAlias, Pair, Scalar, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml'
import type { VFileMessage } from 'vfile-message'
import { andList, error, code, counted, warn, type Place, type Point } from '../messages.js'
import type { YamlSource } from './read.js'
import { DIRECTION, codePoint, directionNames } from './direction.js'
import { lookalike, SPACE_LIKE } from './syntax.js'

export const INVALID: unique symbol = Symbol('invalid')

/** A run of direction controls, made once: a pattern made per text cost `check` a pattern per field. */
const DIRECTION_RUN = new RegExp(`${DIRECTION.source}+`, 'u')
export type Result<T> = T | typeof INVALID

/** A JSON Schema (draft-07) as plain data: what editors use to complete and flag YAML as it is typed. */
export type JsonSchema = { [key: string]: unknown }

/** Checks one shape of YAML value and turns it into `T`. */
export interface Decoder<T> {
  /** What it expects, worded for a message: "a string", "one of `a`, `b`". */
  readonly expected: string
  /** Stand-in after a failure, so checks of the rest of an entry can still run (the file has an error anyway). */
  readonly empty?: T
  /** For a mapping, the fields it takes (for a variant, those of all its shapes), and which it must have. */
  readonly fields?: readonly string[]
  readonly requiredFields?: readonly string[]
  decode(node: YamlNode | null, src: YamlSource, path: string): Result<T>
  /**
   * The same shape as a JSON Schema, so the files an editor checks as they are typed
   * (schemas/*.schema.json) and the checker agree: one definition, two uses.
   */
  toJsonSchema?(): JsonSchema
}

/**
 * Where a decoded value was written: a place, or until it is first asked for, the node's
 * range and the source that turns it into one. Turning offsets into lines and columns for
 * every value of every file cost `check` more than the few messages that ask for them.
 */
type Pending = { src: YamlSource; range: readonly number[] }
const places = new WeakMap<object, Map<string | number, Place | Pending>>()

/** The place in its file of field `key` of a decoded object (or item `key` of a list), or of the value itself. */
export function placeOf(value: object, key: string | number = ''): Place | undefined {
  const map = places.get(value)
  const entry = map?.get(key)
  if (entry === undefined || !('src' in entry)) return entry
  const place = entry.src.place(entry.range)
  if (place) map!.set(key, place)
  else map!.delete(key)
  return place
}

/** Let `copy` (a decoded value spread into a new object) answer `placeOf` as `original` does. */
export function keepPlaces<T extends object>(original: object, copy: T): T {
  const map = places.get(original)
  if (map) places.set(copy, map)
  // And which fields were stood in for (stoodIn), by the names the two share.
  const stood = standIns.get(original)
  if (stood) standIns.set(copy, stood)
  return copy
}

/**
 * The places of `value`'s fields, each worked out into lines and columns, and which of them
 * stood in (stoodIn): what a build's checks kept in the cache carry with the values they
 * checked (src/check-cache.ts), so a value read back answers `placeOf` as the one decoded did.
 */
export function placesOf(value: object): { places?: Map<string | number, Place>; standIns?: ReadonlySet<string> } {
  const map = places.get(value)
  if (map) for (const key of [...map.keys()]) placeOf(value, key)
  const stood = standIns.get(value)
  return { ...(map?.size ? { places: map as Map<string | number, Place> } : {}), ...(stood ? { standIns: stood } : {}) }
}

/** Let `value`, read back from the cache, answer `placeOf` and `stoodIn` as placesOf found them. */
export function restorePlaces(value: object, found: { places?: Map<string | number, Place>; standIns?: ReadonlySet<string> }): void {
  if (found.places) places.set(value, found.places)
  if (found.standIns) standIns.set(value, found.standIns)
}

function remember(value: object, key: string | number, place: Place | Pending | undefined): void {
  if (!place) return
  let map = places.get(value)
  if (!map) places.set(value, (map = new Map()))
  map.set(key, place)
}

/** Keep where `node` was written as the place of field `key` of `value`, made into lines and columns when asked for. */
function rememberNode(value: object, key: string | number, node: YamlNode | null | undefined, src: YamlSource): void {
  const at = node?.range
  if (at && at[0] !== undefined) remember(value, key, { src, range: at })
}

/** Keep `place` as where field `key` of `value` was written ('' for the value itself), for decoders written outside this module. */
export const rememberPlace = remember

function range(node: YamlNode | null): readonly number[] | undefined {
  return node?.range ?? undefined
}

/** What a node is, for a message: "nothing" for a key left empty (`hedges:   # none yet`), not `null`. */
export function described(node: YamlNode | null): string {
  if (node === null || (isScalar(node) && node.value === null && !node.source)) return 'nothing'
  if (isScalar(node)) {
    // A number or true/false in quotes is text: shown with its quotes, or "Unexpected `8`,
    // expected a number" names the very thing it refuses.
    const mark = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : ''
    if (mark && typeof node.value === 'string' && LOOKS_TYPED.test(node.value)) return code(`${mark}${node.value}${mark}`)
    // `.inf`, `.nan`, `1e400`: as written (as JSON they would read `null`).
    if (typeof node.value === 'number' && !Number.isFinite(node.value) && typeof node.source === 'string' && node.source !== '') return code(node.source)
    // `""` or `>-` with no text below: "Unexpected ``" showed nothing to look for.
    if (node.value === '') return 'empty text'
    return code(node.value)
  }
  return isMap(node) ? 'mapping' : isSeq(node) ? 'list' : 'value'
}

/** Text that unquoted would be a number or a boolean. */
/** Spaces other than ASCII's at either end of a key: a word processor's or another keyboard's. */
const LOOKALIKE_EDGES = new RegExp(`^[${SPACE_LIKE}]+|[${SPACE_LIKE}]+$`, 'g')
const LOOKS_TYPED = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^(?:true|false|True|False|TRUE|FALSE)$/

function unexpected(node: YamlNode | null, src: YamlSource, path: string, expected: string, rule = 'schema-type'): typeof INVALID {
  const got = described(node)
  error(src.file, `Unexpected ${got}${path ? ` at \`${path}\`` : ''}, expected ${expected}`, src.place(range(node)), rule)
  return INVALID
}

/**
 * A key as the teacher wrote it, for messages: `~` and `null` as typed (YAML reads both as no
 * name at all, which printed as an empty field name), a list or mapping key as its YAML.
 */
function keyText(node: YamlNode | null): string {
  if (!node || isAlias(node)) return ''
  if (isScalar(node)) return node.value === null || node.value === undefined ? (node.source ?? '') : String(node.value)
  return String(node).replace(/\s+/g, ' ')
}

function scalar(node: YamlNode | null): unknown {
  if (node && isAlias(node)) return undefined
  return node && isScalar(node) ? node.value : undefined
}

/**
 * A number where text is expected, as the teacher wrote it: `0.50`, `1e3`, `012` and `0x10`
 * are text an option or an id means to print, not 0.5, 1000, 12 and 16.
 */
function asWritten(node: YamlNode | null, value: string | number): string {
  if (typeof value === 'string') return value
  return node && isScalar(node) && typeof node.source === 'string' && node.source !== '' ? node.source : String(value)
}

/**
 * A mapping of one key and a plain text, both on one line, where text is wanted: text with
 * `: ` in it (`- Think: what would make it stop?`), the whole of it as written and where its colon is.
 */
function colonInText(node: YamlNode | null, src: YamlSource): { text: string; at: number } | undefined {
  if (!node || !isMap(node) || node.flow || node.items.length !== 1) return undefined
  const { key, value } = node.items[0] as Pair<YamlNode, YamlNode | null>
  if (!isScalar(key) || key.type !== 'PLAIN' || !isScalar(value) || value.type !== 'PLAIN' || value.value === null) return undefined
  const start = src.place(key.range)?.start
  const end = src.place(value.range && [value.range[1]!])?.start
  if (start?.offset === undefined || end?.offset === undefined || start.line !== end.line) return undefined
  const text = String(src.file.value).slice(start.offset, end.offset).trimEnd()
  const colon = text.search(/:\s/)
  return colon < 0 ? undefined : { text, at: key.range![0]! + colon }
}

/** A plain text whose lines after its first start with `- `: the text on its key's line, the key, and the key's place. */
function textOverList(node: YamlNode, src: YamlSource): { text: string; key: string; place: Point } | undefined {
  const at = src.place(node.range)
  if (at?.start.offset === undefined || at.end.offset === undefined || at.start.line === at.end.line) return undefined
  const all = String(src.file.value)
  const written = all.slice(at.start.offset, at.end.offset)
  if (!/\n[ \t]*- /.test(written)) return undefined
  const from = all.lastIndexOf('\n', at.start.offset - 1) + 1
  const head = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):[ \t]+$/.exec(all.slice(from, at.start.offset))
  if (!head) return undefined
  const column = head[1]!.length
  return { text: written.split('\n')[0]!.trimEnd(), key: head[2]!, place: { line: at.start.line, column: column + 1 } }
}

function shorten(text: string, max = 50): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text
}

/** A string; `pattern` with a description restricts it (ids, dates). */
export function string(options: { pattern?: RegExp; describe?: string; allowEmpty?: boolean } = {}): Decoder<string> {
  const expected = options.describe ?? 'a string'
  return {
    expected,
    empty: '',
    decode(node, src, path) {
      node = src.deref(node)
      const value = scalar(node)
      if (typeof value !== 'string' && typeof value !== 'number') {
        // `- Think: what would make it stop?`: text with `: ` in it, which YAML reads as a mapping.
        const colon = colonInText(node, src)
        if (colon) {
          error(src.file, `Unexpected \`: \` inside the text \`${shorten(colon.text)}\`${path ? ` at \`${path}\`` : ''}, expected the text in quotes ("${shorten(colon.text.replace(/"/g, '\\"'))}"): a colon followed by a space starts a key in YAML`, src.place([colon.at, colon.at + 1]), 'yaml-syntax')
          return INVALID
        }
        return unexpected(node, src, path, expected)
      }
      const text = asWritten(node, value)
      if (!options.allowEmpty && blank(text)) {
        // Spaces show in the message as they are; invisible characters are named, or it would read "Unexpected ``".
        if (text.trim() === '') return unexpected(node, src, path, `${expected}, not an empty one`, 'schema-empty')
        const named = [...text].map(codePoint).join(' ')
        error(src.file, `Unexpected text of invisible characters only (${named})${path ? ` at \`${path}\`` : ''}, expected ${expected}, not an empty one`, src.place(range(node)), 'schema-empty')
        return INVALID
      }
      if (options.pattern && !options.pattern.test(text)) return unexpected(node, src, path, expected, 'schema-pattern')
      // A control character (pasted from a PDF, or written as `\a` in quotes) prints as
      // nothing, a box or an error, differently in each format: refused where it is written.
      const control = CONTROL.exec(text)
      if (control) {
        error(src.file, `Unexpected control character ${codePoint(control[0])}${path ? ` at \`${path}\`` : ''}, expected text that prints: delete it (a line break or a tab is fine)`, placeOfCharacter(node, src, control[0]), 'schema-control')
        return INVALID
      }
      // A direction override or isolate turns the rest of the line around in a browser, an
      // LMS and a PDF (see direction.ts): one message for the value, at the first of them.
      const direction = DIRECTION_RUN.exec(text)
      if (direction) {
        error(src.file, `Unexpected ${directionNames(direction[0])}${path ? ` at \`${path}\`` : ''}, expected text without direction controls: delete ${[...direction[0]].length > 1 ? 'them' : 'it'} (right-to-left text needs none; the marks U+200E and U+200F are fine)`, placeOfCharacter(node, src, direction[0][0]!), 'schema-control')
        return INVALID
      }
      if (isScalar(node) && node.type === 'PLAIN') plainTextSlips(node, text, src, path)
      return text
    },
    toJsonSchema() {
      // A number is read as its digits (`title: 1984`), as the checker does.
      const pattern = options.pattern ? options.pattern.source : options.allowEmpty ? undefined : '\\S'
      return { type: ['string', 'number'], ...(pattern ? { pattern } : {}), ...(options.describe ? { description: options.describe } : {}) }
    }
  }
}

/** A comment right after a value on its line, `#` with no space after it; sticky, read from a value's end. */
const COMMENT_AFTER = /[ \t]+#(\S[^\r\n]*)/y

/**
 * What plain (unquoted) text reads differently from how it looks, valid YAML both, warned
 * where it is written: a line of it that starts with `- ` (an entry of a list indented into
 * the text above, now printed as part of it) and a comment after it on its line whose `#`
 * has no space after it (`See point #2`: YAML ends the text at ` #`).
 */
function plainTextSlips(node: YamlNode, text: string, src: YamlSource, path: string): void {
  const at = node.range
  const place = at && src.place(at)
  const from = place?.start.offset
  const to = place?.end.offset
  if (!at || from === undefined || to === undefined) return
  const file = String(src.file.value)
  const where = path ? ` at \`${path}\`` : ''
  const dash = /\n[ \t]*(- )/.exec(file.slice(from, to))
  if (dash) {
    const offset = at[0] + dash.index + dash[0].length - 2
    warn(src.file, `Unexpected \`- \` starting a line inside the text${where}, expected it to start an entry of its own: lines indented deeper than the text's first are more of the text, so put this \`- \` in the column of the list's other entries (if the dash is part of the text, put the whole text in quotes)`, src.place([offset, offset + 1]), 'yaml-swallowed-entry')
  }
  // Read from where the text ends, without copying the rest of the file for every value.
  COMMENT_AFTER.lastIndex = to
  const comment = COMMENT_AFTER.exec(file)
  if (comment) {
    const offset = (at[1] ?? at[0]) + comment[0].indexOf('#')
    const cut = comment[1]!.trimEnd()
    warn(src.file, `Unexpected comment \`#${cut.length > 40 ? cut.slice(0, 39) + '…' : cut}\` after the text \`${text.length > 40 ? text.slice(0, 39) + '…' : text}\`${where}, expected the whole text in quotes if \`#\` is part of it: in YAML \` #\` starts a comment, which is left out of the text`, src.place([offset, offset + 1]), 'yaml-comment-in-text')
  }
}

/**
 * Text a teacher may write in paragraphs (a stem with a scenario, then its question): a
 * string whose paragraphs are parted by a blank line, "\n\n", whatever the YAML style. In a
 * `>` text, a plain one or a quoted one, YAML turns a blank line into one line break and
 * every other line end into a space, so each "\n" there is a paragraph's end; in a `|` text
 * each line end is kept, and a blank line is "\n\n" already. fill/escape.ts's `paragraphs()`
 * reads them back.
 */
export function prose(): Decoder<string> {
  const text = string()
  return {
    ...text,
    decode(node, src, path) {
      const value = text.decode(node, src, path)
      if (value === INVALID) return value
      const written = src.deref(node)
      return isScalar(written) && written.type === 'BLOCK_LITERAL' ? value : value.replace(/\n/g, '\n\n')
    }
  }
}

/**
 * Where `char` is written in `node`: raw, or as an escape in a double-quoted text (`\u202E`,
 * `\a`), so an invisible character in a long stem is found at its column; the node's place
 * when it is not found.
 */
function placeOfCharacter(node: YamlNode | null, src: YamlSource, char: string): Place | undefined {
  const at = range(node)
  const whole = src.place(at)
  const from = whole?.start.offset
  if (!at || at[0] === undefined || from === undefined) return whole
  const written = String(src.file.value).slice(from, from + (at[1] ?? at[0]) - at[0])
  const escapes = isScalar(node) && node.type === 'QUOTE_DOUBLE'
  for (let i = 0; i < written.length; i++) {
    let found = written[i] === char
    if (escapes && written[i] === '\\') {
      const [value, length] = escaped(written, i)
      found = value === char
      if (!found) i += length - 1
    }
    if (found) return src.place([at[0] + i]) ?? whole
  }
  return whole
}

/** YAML's one-letter escapes of characters that do not print. */
const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' }

/** The character the escape at `text[i]` (a backslash) stands for, and its length. */
function escaped(text: string, i: number): [string | undefined, number] {
  const letter = text[i + 1] ?? ''
  const digits = letter === 'x' ? 2 : letter === 'u' ? 4 : letter === 'U' ? 8 : 0
  if (digits) {
    const hex = text.slice(i + 2, i + 2 + digits)
    return /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? [String.fromCodePoint(Number.parseInt(hex, 16)), 2 + digits] : [undefined, 2]
  }
  return [ESCAPES[letter], 2]
}

/**
 * Whether `text` prints as nothing: white space and format characters (Unicode Cf: a
 * zero-width space U+200B, a soft hyphen U+00AD, a word joiner U+2060, a BOM U+FEFF) only.
 * A stem of them is as empty as one of spaces; the quiz would print "Question 1" and no question.
 */
export function blank(text: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(text)
}

/** Characters that are no text: C0 controls but tab and line breaks, DEL, C1 controls, and the noncharacters U+FFFE and U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const anyId = string({ pattern: ID, describe: 'an id of lower-case letters, digits and hyphens' })

/**
 * An id: lower-case letters, digits and hyphens, so it is safe in file names, URLs and anchors.
 * A wrong one is answered with the id it could be (`Trump Putin` → `trump-putin`), so the
 * example comes from the module being checked.
 */
export const id: Decoder<string> = {
  expected: anyId.expected,
  empty: '',
  decode(node, src, path) {
    const target = src.deref(node)
    const value = scalar(target)
    const text = typeof value === 'string' ? value : typeof value === 'number' ? asWritten(target, value) : ''
    if (blank(text) || ID.test(text)) return anyId.decode(node, src, path)
    const like = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
    return unexpected(node, src, path, like ? `${anyId.expected} (like ${code(like)})` : anyId.expected, 'schema-pattern')
  },
  toJsonSchema: () => schemaOf(anyId)
}

// The form only: a month 13 or a day 45 written YYYY-MM-DD is a date of the right form that
// names no day, said as such by `date` ("expected a date written YYYY-MM-DD" read as wrong).
const written = string({
  pattern: /^\d{4}-\d{2}-\d{2}$/,
  describe: 'a date written YYYY-MM-DD'
})

/** Whether `text` (YYYY-MM-DD) names a day there is: not 2025-02-30, which a Date would quietly make 2 March. */
export function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d
}

/** A calendar date written YYYY-MM-DD, of a day there is. */
export const date: Decoder<string> = {
  ...written,
  decode(node, src, path) {
    const text = written.decode(node, src, path)
    if (typeof text !== 'string' || isCalendarDate(text)) return text
    return unexpected(node, src, path, `a date there is (${text} is not one), written YYYY-MM-DD`, 'schema-pattern')
  }
}

/** A date as written: any wording ("spring 2024"), but what looks like YYYY-MM-DD must be a day there is. */
export const looseDate: Decoder<string> = {
  ...string(),
  decode(node, src, path) {
    const text = string().decode(node, src, path)
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text) || isCalendarDate(text)) return text
    return unexpected(node, src, path, `a date there is (${text} is not one), written YYYY-MM-DD, or the date in words`, 'schema-pattern')
  }
}

/**
 * One of a fixed set of words; with `anyCase`, in any case and with spaces around it (`A4`
 * for `a4`, as the flag of the same name reads it), decoded as the word itself.
 */
export function oneOf<const T extends string>(values: readonly T[], options: { anyCase?: boolean } = {}): Decoder<T> {
  const expected = `one of ${values.map((v) => '`' + v + '`').join(', ')}${options.anyCase ? ' (in any case)' : ''}`
  return {
    expected,
    decode(node, src, path) {
      node = src.deref(node)
      const value = scalar(node)
      const word = typeof value === 'string' && options.anyCase ? value.trim().toLowerCase() : value
      if (typeof word === 'string' && (values as readonly string[]).includes(word)) return word as T
      const hint = typeof word === 'string' ? closest(word, values) : undefined
      return unexpected(node, src, path, hint ? `${code(hint)} (${expected})` : expected, 'schema-enum')
    },
    // JSON Schema has no case-blind enum: an editor is given the spellings written (a4, A4; letter, Letter, LETTER).
    toJsonSchema: () =>
      options.anyCase
        ? { enum: [...new Set(values.flatMap((v) => [v, v.charAt(0).toUpperCase() + v.slice(1), v.toUpperCase()]))] }
        : { enum: [...values] }
  }
}

/** `true` or `false`. */
export const boolean: Decoder<boolean> = {
  expected: '`true` or `false`',
  decode(node, src, path) {
      node = src.deref(node)
    const value = scalar(node)
    return typeof value === 'boolean' ? value : unexpected(node, src, path, this.expected)
  },
  toJsonSchema: () => ({ type: 'boolean' })
}

/** A whole number within bounds. */
export function integer(min: number, max: number): Decoder<number> {
  const expected = `a whole number from ${min} to ${max}`
  return {
    expected,
    decode(node, src, path) {
      node = src.deref(node)
      const value = scalar(node)
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
      return unexpected(node, src, path, expected)
    },
    toJsonSchema: () => ({ type: 'integer', minimum: min, maximum: max })
  }
}

/**
 * "a list of …" for items described as `expected`: the noun before any qualifier takes the
 * plural ("an id of lower-case letters…" → "a list of ids of lower-case letters…", "a claim
 * id" → "a list of claim ids"); a choice stays whole ("a list, each one of `a`, `b`").
 */
export function listOf(expected: string): string {
  const phrase = expected.replace(/^an? /, '')
  if (phrase.startsWith('one of ')) return `a list, each ${phrase}`
  const qualifier = /\s(?:of|with|that|in|from|for|like|as)\s|\s?[(:,;—]/.exec(phrase)
  const head = qualifier ? phrase.slice(0, qualifier.index) : phrase
  const noun = /(\S+)$/.exec(head)
  if (!noun) return `a list of ${phrase}`
  const word = noun[1]!
  const plural = /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`
  return `a list of ${head.slice(0, noun.index)}${plural}${phrase.slice(head.length)}`
}

/**
 * A list of items; a single item where a list is expected is an error, so shapes stay uniform.
 * Invalid items are reported and dropped, so one bad entry does not hide the problems of the others.
 */
export function list<T>(item: Decoder<T>, options: { min?: number; max?: number; sentences?: boolean } = {}): Decoder<T[]> {
  const min = options.min ?? 0
  const expected = listOf(item.expected)
  const brackets = min <= 1 && !item.expected.startsWith('a mapping') && !item.expected.startsWith('a list')
  return {
    expected: options.min ? `${expected} (at least ${min})` : expected,
    empty: [],
    decode(node, src, path) {
      node = src.deref(node)
      // One value where a list of values is wanted (`claims: c1`): the fix is brackets around it
      // (not for a list of mappings, nor one that needs two values or more, such as a range).
      // Text on the key's line and a list of texts below it (`follow_ups: What…?` over `- And what else?`):
      // YAML reads one text, dashes and all. The key holds two values: said at the key.
      const twice = node && isScalar(node) && node.type === 'PLAIN' ? textOverList(node, src) : undefined
      if (twice) {
        error(src.file, `Unexpected text \`${shorten(twice.text)}\` on the line of \`${twice.key}:\`, which has a list indented below it, expected one or the other: a key holds a value on its line or the lines below it (keep one, and delete the other)`, twice.place, 'yaml-syntax')
        return INVALID
      }
      if (brackets && node && isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '' && !/[\n[\]{}]/.test(String(node.value))) {
        return unexpected(node, src, path, `${this.expected}: write it in brackets, ${code(`[${asWritten(node, node.value)}]`)}`)
      }
      if (!node || !isSeq(node)) return unexpected(node, src, path, this.expected)
      const out: T[] = []
      // Items written as plain text where each should be a mapping (`- First step` for
      // `- text: First step`) are one mistake made N times: said once, at the first.
      let plain: { message: VFileMessage; more: number } | undefined
      node.items.forEach((child, index) => {
        const said = src.file.messages.length
        const value = item.decode(child as YamlNode | null, src, `${path}[${index}]`)
        const message = src.file.messages.length === said + 1 ? src.file.messages[said]! : undefined
        if (message !== undefined && message.ruleId === 'schema-type' && isScalar(child) && item.expected.startsWith('a mapping')) {
          if (plain === undefined) plain = { message, more: 0 }
          else {
            src.file.messages.pop()
            plain.more++
          }
        }
        if (value !== INVALID) {
          rememberNode(out, out.length, child as YamlNode, src)
          out.push(value)
        }
      })
      if (plain !== undefined && plain.more > 0) {
        plain.message.reason += `; ${plain.more === 1 ? 'the item' : `the ${plain.more} items`} after it in \`${path}\` ${plain.more === 1 ? 'is' : 'are'} written as plain text too`
        plain.message.message = plain.message.reason
      }
      if (options.sentences) splitSentences(node, src, path)
      // No item left: the list failed as a whole (its field stands in, so no rule counts what is not there).
      if (node.items.length > 0 && out.length === 0) return INVALID
      if (node.items.length < min) {
        error(src.file, `Unexpected ${node.items.length} item${node.items.length === 1 ? '' : 's'} at \`${path}\`, expected at least ${min}`, src.place(range(node)), 'schema-count')
        return INVALID
      }
      if (options.max !== undefined && node.items.length > options.max) {
        error(src.file, `Unexpected ${counted(node.items.length, 'item')} at \`${path}\`, expected at most ${options.max}`, src.place(range(node)), 'schema-count')
        return INVALID
      }
      rememberNode(out, '', node, src)
      return out
    },
    toJsonSchema: () => ({
      type: 'array',
      items: schemaOf(item),
      ...(options.min ? { minItems: min } : {}),
      ...(options.max !== undefined ? { maxItems: options.max } : {})
    })
  }
}

/**
 * In a list in brackets YAML ends an item at every comma: `[How does she answer it, and is it
 * enough?]` is two follow-ups, the second "and is it enough?", printed as two questions. Said
 * where an item that starts with a small letter follows one that starts a sentence and does not
 * end one, in a list of sentences (follow-ups, misreadings; not of ids or words).
 */
function splitSentences(node: YAMLSeq, src: YamlSource, path: string): void {
  if (!node.flow) return
  node.items.forEach((child, index) => {
    const before = node.items[index - 1]
    if (!isScalar(child) || !isScalar(before) || child.type !== 'PLAIN' || before.type !== 'PLAIN') return
    const head = String(before.value)
    const tail = String(child.value)
    if (!/^\p{Lu}\S*\s/u.test(head) || /[.?!…:;]["'”’)]*$/u.test(head) || !/^\p{Ll}/u.test(tail)) return
    // The comma after the first item, in the YAML text's offsets (place() maps them into the file).
    const end = range(before)?.[1]
    const at = end === undefined ? undefined : src.place([end])?.start.offset
    const comma = end === undefined || at === undefined ? -1 : String(src.file.value).indexOf(',', at) - at + end
    warn(src.file, `Unexpected comma ending \`${path}[${index - 1}]\` at \`${shorten(head)},\`, expected one sentence: in a list in brackets each comma ends an item, so the rest, \`${shorten(tail)}\`, prints as an item of its own (put the whole sentence in quotes, or write the list one item a line, \`- …\`)`, src.place(comma === -1 ? range(child) : [comma, comma + 1]), 'yaml-flow-comma')
  })
}

export interface Field<T> {
  decoder: Decoder<T>
  required: boolean
  fallback?: () => T
}

/** A field that must be present. */
export function required<T>(decoder: Decoder<T>): Field<T> {
  return { decoder, required: true }
}

/** A field that may be left out; `fallback` gives its value then. */
export function optional<T>(decoder: Decoder<T>, fallback: () => T): Field<T>
export function optional<T>(decoder: Decoder<T>): Field<T | undefined>
export function optional<T>(decoder: Decoder<T>, fallback?: () => T): Field<T | undefined> {
  return fallback ? { decoder, required: false, fallback } : { decoder, required: false }
}

type Shape<F> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never }

/**
 * A mapping with known fields. Unknown fields are errors (a typo must never be silently
 * ignored), with the closest known name as a hint. `name` says what the mapping is, for messages.
 * @param aliases other names writers give fields (lower case: `date` for `published`), named as the field meant when no field is spelt close.
 */
export function object<F extends Record<string, Field<unknown>>>(name: string, fields: F, aliases: Readonly<Record<string, string>> = {}): Decoder<Shape<F>> {
  const known = Object.keys(fields)
  const expected = `a mapping (${name})`
  // Text where a small mapping is wanted (`feedback: It is his claim.` for `if_true:` and
  // `if_false:`): the keys it needs, so the message shows what to write.
  const required = known.filter((key) => fields[key]!.required)
  const keysToWrite = required.length > 0 && required.length <= 3 ? required.map((key) => `\`${key}: …\``).join(' and ') : undefined
  // The stand-in for a mapping that failed, when each of its required fields has one (a
  // true/false item's `feedback: It is…` stands in as empty texts): the rules that read it
  // then run on empty fields instead of failing on a missing one.
  const emptyMapping = known.every((key) => !fields[key]!.required || fields[key]!.decoder.empty !== undefined)
    ? Object.fromEntries(
        known.flatMap((key) => {
          const field = fields[key]!
          return field.required ? [[key, field.decoder.empty]] : field.fallback ? [[key, field.fallback()]] : []
        })
      )
    : undefined
  return {
    expected,
    fields: known,
    requiredFields: required,
    ...(emptyMapping ? { empty: emptyMapping as Shape<F> } : {}),
    decode(node, src, path) {
      node = src.deref(node)
      if (!node || !isMap(node)) return unexpected(node, src, path, node && isScalar(node) && keysToWrite ? `${expected}: ${keysToWrite}` : expected)
      const out: Record<string, unknown> = {}
      const seen = new Set<string>()
      /** A field's stand-in after its error: its decoder's empty value (or its default), marked so rules can leave it alone (`stoodIn`). */
      const stood = new Set<string>()
      const standIn = (key: string): void => {
        const field = fields[key]!
        if (field.decoder.empty !== undefined) out[key] = field.decoder.empty
        else if (field.fallback) out[key] = field.fallback()
        stood.add(key)
      }
      /** Fields the mapping does not have, said once all are read (one may be a required field renamed). */
      const unknown: Array<{ key: string; hint: string | undefined; place: Place | undefined }> = []
      /** Fields given under a misspelt name, said as such: not also reported missing. */
      const misspelt = new Set<string>()
      /** Fields written inside another field's `>-` text (swallowed): where, and whose text. */
      const inText = new Map<string, { at: number; key: string }>()
      const pairs = node.items as Pair<YamlNode, YamlNode | null>[]
      const unindented = unindentedFields(pairs, fields, src, name)
      for (const pair of pairs) {
        const written = keyText(pair.key)
        // An empty field whose own fields follow it unindented: one message, said at them (unindentedFields).
        if (unindented.hosts.has(written)) {
          seen.add(written)
          standIn(written)
          continue
        }
        if (unindented.children.has(pair)) continue
        // A look-alike space beside a key (`\u00a0actors:` at the top, which YAML reads as a key
        // of its own): said, naming the character, and the field read, so nothing follows from it.
        const bare = written.replace(LOOKALIKE_EDGES, '')
        const key = bare !== written && Object.hasOwn(fields, bare) ? bare : written
        if (key !== written) {
          const before = written.trimStart() !== written
          const char = before ? written[0]! : written.at(-1)!
          error(src.file, `Unexpected ${lookalike(char)} ${before ? 'before' : 'after'} \`${key}\`, expected the key alone: YAML takes the character for part of the key (retype it; a word processor or a keyboard layout put it there)`, src.place(range(pair.key)), 'yaml-syntax')
        }
        const at = path ? `${path}.${key}` : key
        const field = Object.hasOwn(fields, key) ? fields[key] : undefined
        if (!field) {
          const hint = closest(key, known) ?? (Object.hasOwn(aliases, key.toLowerCase()) ? aliases[key.toLowerCase()] : undefined)
          // A misspelt field (`paraphase`) is that field, for what follows: one message, not
          // this one and "missing field `paraphrase`" besides.
          if (hint) misspelt.add(hint)
          unknown.push({ key, hint, place: src.place(range(pair.key)) })
          continue
        }
        seen.add(key)
        const value = field.decoder.decode(pair.value ?? null, src, at)
        for (const found of swallowed(pair.value ?? null, key, known, src)) inText.set(found.field, { ...found, key })
        if (value === INVALID) standIn(key)
        else out[key] = value
        rememberNode(out, key, pair.value ?? pair.key, src)
      }
      // A field inside another's text: an error where it is written when that leaves it
      // missing (not a second message that it is missing), else a warning.
      for (const [key, { at, key: host }] of inText) {
        if (seen.has(key)) continue
        const reason = `Unexpected \`${key}:\` inside the text of \`${host}\` in ${name}, expected \`${key}\` as a field of its own: lines indented deeper than \`${host}:\` belong to its text, so indent \`${key}:\` as \`${host}:\` is`
        if (fields[key]!.required) {
          error(src.file, reason, src.place([at]), 'yaml-swallowed-field')
          seen.add(key)
          standIn(key)
        } else warn(src.file, reason, src.place([at]), 'yaml-swallowed-field')
      }
      // One unknown field where one required field is missing (`choices:` for `options:`) is
      // that field renamed: one message, at the name written.
      const missing = known.filter((key) => !seen.has(key) && fields[key]!.required && !misspelt.has(key))
      const unhinted = unknown.filter((u) => u.hint === undefined)
      if (missing.length === 1 && unhinted.length === 1) {
        unhinted[0]!.hint = missing[0]
        misspelt.add(missing[0]!)
      }
      for (const u of unknown) {
        const renamed = u.hint !== undefined && missing.length === 1 && u.hint === missing[0] && unhinted.length === 1
        // With one field to choose from, the hint is the list: "expected `ignore`".
        // The hint is not listed again among the others.
        const rest = known.filter((k) => k !== u.hint).map((k) => '`' + k + '`')
        const others = rest.length === 0 ? '' : `${u.hint ? ' or ' : ''}${rest.length === 1 ? rest[0] : `one of ${rest.join(', ')}`}`
        error(src.file, `Unexpected field ${code(u.key)} in ${name}, expected ${u.hint ? `${code(u.hint)}${renamed ? ', which is missing,' : ''}` : ''}${others}`, u.place, 'schema-unknown-field')
      }
      for (const key of known) {
        if (seen.has(key)) continue
        const field = fields[key]!
        if (misspelt.has(key)) standIn(key)
        else if (field.required) {
          // The entry by its id where it has one (`quiz[7]` alone made the teacher count items).
          const id = key !== 'id' && typeof out.id === 'string' ? ` \`${out.id}\`` : ''
          error(src.file, `Missing field \`${key}\` in ${name}${id}${path ? ` at \`${path}\`` : ''}, expected ${field.decoder.expected}`, src.place(range(node)), 'schema-missing-field')
          standIn(key)
        } else if (field.fallback) out[key] = field.fallback()
      }
      rememberNode(out, '', node, src)
      if (stood.size) standIns.set(out, stood)
      // A mapping with bad fields is kept, with stand-ins, so that checks of its other
      // fields (a quote, its references) still run and every problem is reported at once.
      return out as Shape<F>
    },
    toJsonSchema() {
      const requiredKeys = known.filter((key) => fields[key]!.required)
      return {
        type: 'object',
        title: name,
        properties: Object.fromEntries(known.map((key) => [key, schemaOf(fields[key]!.decoder)])),
        ...(requiredKeys.length ? { required: requiredKeys } : {}),
        // Unknown fields are errors for the checker, so for editors too.
        additionalProperties: false
      }
    }
  }
}

/**
 * A field left empty whose own fields follow it at its indentation, not below it
 * (`relations:` over `supports: [x]`): YAML reads the field as empty and the others as
 * fields of the mapping around it. One error at the first of them, that they belong
 * indented below it, instead of "Unexpected nothing at `claims[6].relations`" and an
 * unknown field for each; the field stands in, so nothing else follows from it.
 */
function unindentedFields(pairs: readonly Pair<YamlNode, YamlNode | null>[], fields: Readonly<Record<string, Field<unknown>>>, src: YamlSource, name: string): { hosts: Set<string>; children: Set<Pair<YamlNode, YamlNode | null>> } {
  const hosts = new Set<string>()
  const children = new Set<Pair<YamlNode, YamlNode | null>>()
  pairs.forEach((pair, k) => {
    const host = String(scalar(pair.key) ?? '')
    const own = Object.hasOwn(fields, host) ? fields[host]!.decoder.fields : undefined
    if (own === undefined || described(src.deref(pair.value ?? null)) !== 'nothing') return
    const after: Array<Pair<YamlNode, YamlNode | null>> = []
    for (const next of pairs.slice(k + 1)) {
      const key = String(scalar(next.key) ?? '')
      if (Object.hasOwn(fields, key) || !own.includes(key)) break
      after.push(next)
    }
    if (after.length === 0) return
    hosts.add(host)
    for (const child of after) children.add(child)
    const keys = after.map((child) => `\`${String(scalar(child.key))}:\``)
    error(
      src.file,
      `Unexpected ${keys[0]} at the indentation of \`${host}:\`, expected ${keys.length === 1 ? 'it' : andList(keys)} indented below \`${host}:\`, as ${keys.length === 1 ? 'a field' : 'fields'} of it: YAML reads \`${host}:\` as empty and ${keys.length === 1 ? keys[0] : 'them'} as ${keys.length === 1 ? 'a field' : 'fields'} of ${name} (indent ${keys.length === 1 ? 'it' : 'them'} two spaces more)`,
      src.place(range(after[0]!.key)),
      'yaml-syntax'
    )
  })
  return { hosts, children }
}

/**
 * Fields of the mapping indented one step too far after a `>-` or `|` text read as more of
 * that text (`gist: "…"` printed at the end of a paraphrase), and YAML says nothing: found
 * here by their lines, with the offset of each.
 */
function swallowed(node: YamlNode | null, key: string, known: readonly string[], src: YamlSource): Array<{ field: string; at: number }> {
  if (!isScalar(node) || (node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL') || !node.range) return []
  // Most texts hold no `word:` at all: those are passed over without finding their place.
  if (typeof node.value !== 'string' || !/[a-z_]:(?:\s|$)/.test(node.value)) return []
  // The text as written (its lines), from the file: a folded value has lost its line starts.
  const place = src.place(node.range)
  if (place?.start.offset === undefined || place.end.offset === undefined) return []
  const written = String(src.file.value).slice(place.start.offset, place.end.offset)
  const found: Array<{ field: string; at: number }> = []
  for (const m of written.matchAll(/\n[ \t]*([a-z][a-z_]*):(?= |$)/gm)) {
    const field = m[1]!
    if (field !== key && known.includes(field)) found.push({ field, at: node.range[0] + m.index + m[0].indexOf(field) })
  }
  return found
}

const standIns = new WeakMap<object, ReadonlySet<string>>()

/**
 * Whether `value[key]` stands in for a value that had an error (reported), or that was given
 * under a misspelt name: a rule about what the field holds ("0 correct options", "rubric
 * total 0", "missing paraphrase") says nothing more of it.
 */
export function stoodIn(value: object, key: string): boolean {
  return standIns.get(value)?.has(key) === true
}

/** Decode a whole YAML source; an empty document is reported as such. */
export function decodeRoot<T>(src: YamlSource, decoder: Decoder<T>, what: string, listUnder?: string): T | undefined {
  if (src.root === null) {
    error(src.file, `Unexpected empty file, expected ${what}`, { line: 1, column: 1 }, 'empty-file')
    return undefined
  }
  // A file that is the list alone: the line that names it was left out (`claims:`).
  if (listUnder !== undefined && isSeq(src.root)) {
    error(src.file, `Unexpected list at the top of the file, expected ${what}: put ${listUnder} on a line of its own above the list, and indent the list under it`, src.place(range(src.root)), 'schema-type')
    return undefined
  }
  const value = decoder.decode(src.root, src, '')
  return value === INVALID ? undefined : value
}

/** The known word nearest to `word`, if it is a plausible typo of it. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  // A hint is a near miss, not any word of the length: `kidn` is `kind`, `fr` is not `en`.
  let bestDistance = (word.length <= 4 ? 1 : word.length <= 8 ? 2 : word.length <= 16 ? 3 : 4) + 1
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase())
    // A short word two edits away still counts when it starts alike (`him` is `he`; `fr` is not `en`).
    if (d === 2 && bestDistance === 2 && word[0]?.toLowerCase() === candidate[0]?.toLowerCase()) {
      best = candidate
      bestDistance = d
      continue
    }
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  if (best !== undefined || word.length < 4) return best
  // Or another form of the same word: `hedging` for `hedges` (the first four letters alike),
  // `subtitle` for `title` (one inside the other). Not the first letters of an id of several
  // words: every `gen-…` id starts alike, and `gen-voice-closures-rising` was offered for an
  // unrelated one.
  const lower = word.toLowerCase()
  const oneWord = !/[-_\s]/.test(lower)
  return candidates.find((c) => c.length >= 4 && ((oneWord && c.slice(0, 4).toLowerCase() === lower.slice(0, 4)) || lower.includes(c.toLowerCase()) || c.toLowerCase().includes(lower)))
}

/** Edits from `a` to `b`: a letter added, dropped or changed, or two side by side swapped (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1)
    }
    rows.push(row)
  }
  return rows[a.length]![b.length]!
}

/** `a`, `a` and `b`, `a`, `b` and `c`: keys for a message. */
function listed(keys: readonly string[]): string {
  const shown = keys.map((k) => code(k))
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

/**
 * A mapping whose `key` field picks its shape, as `type: single` picks a single-choice item.
 * `meanings` says what each shape is, for a name near one of two shapes of the same fields, where
 * the other is as likely meant (another tool's name for them): both are named, with what each is.
 */
export function variant<T>(name: string, key: string, shapes: Record<string, Decoder<T>>, meanings: Readonly<Record<string, string>> = {}): Decoder<T> {
  const names = Object.keys(shapes)
  const expected = `a mapping (${name}) with \`${key}\` one of ${names.map((n) => '`' + n + '`').join(', ')}`
  return {
    expected,
    fields: [...new Set(names.flatMap((n) => shapes[n]!.fields ?? []))],
    decode(node, src, path) {
      node = src.deref(node)
      if (!node || !isMap(node)) return unexpected(node, src, path, expected)
      const tag = node.get(key, true) as YamlNode | undefined
      const value = scalar(tag ?? null)
      const shape = typeof value === 'string' && Object.hasOwn(shapes, value) ? shapes[value] : undefined
      if (!shape) {
        const all = names.map((n) => '`' + n + '`').join(', ')
        if (tag === undefined) {
          // `kind: single`: the shape is there, under another field's name.
          const elsewhere = (node.items as Pair<YamlNode, YamlNode | null>[]).find((p) => names.includes(String(scalar(p.value ?? null))))
          const hint = elsewhere ? `: \`${String(scalar(elsewhere.key))}: ${String(scalar(elsewhere.value ?? null))}\` names one under another field, so write \`${key}: ${String(scalar(elsewhere.value ?? null))}\`` : ''
          error(src.file, `Missing field \`${key}\` in ${name}${path ? ` at \`${path}\`` : ''}, expected one of ${all}${hint}`, src.place(range(node)), 'schema-missing-field')
          return INVALID
        }
        const near = typeof value === 'string' ? closest(value, names) : undefined
        // The shapes of the same fields as the one spelt near, for a name that is no typo of it
        // (more than two letters apart): which of them is meant, the name cannot tell.
        const fieldsOf = (n: string): string => [...(shapes[n]!.fields ?? [])].sort().join(',')
        const twins = near === undefined ? [] : names.filter((n) => fieldsOf(n) === fieldsOf(near) && meanings[n] !== undefined)
        if (near !== undefined && twins.length > 1 && twins.includes(near) && editDistance(String(value), near) > 2) {
          return unexpected(tag, src, `${path}.${key}`, `${twins.map((n) => `${code(n)} for ${meanings[n]}`).join(' or ')} (one of ${all})`, 'schema-enum')
        }
        return unexpected(tag, src, `${path}.${key}`, near ? `\`${near}\` (one of ${all})` : `one of ${all}`, 'schema-enum')
      }
      // The fields another shape's, not this one's (a single-choice item's `type` changed to true/false, the
      // `options` left): the `type` is the mistake, said once there, not each field.
      const keys = (node.items as Pair<YamlNode, YamlNode | null>[]).map((p) => String(scalar(p.key)))
      const foreign = keys.filter((k) => !(shape.fields ?? keys).includes(k))
      const fitting = foreign.length === 0 ? [] : names.filter((n) => n !== value && keys.every((k) => shapes[n]!.fields?.includes(k)) && (shapes[n]!.requiredFields ?? []).every((k) => keys.includes(k)))
      /** The item as shape `n`: its `type` written so. */
      const as = (n: string): YAMLMap => {
        const copy = new YAMLMap()
        copy.range = node.range
        const fitted = new Scalar(n)
        fitted.range = tag!.range
        copy.items = (node.items as Pair<YamlNode, YamlNode | null>[]).map((p) => (scalar(p.key) === key ? new Pair(p.key, fitted) : p))
        return copy
      }
      // Of the shapes whose fields it has, those it reads as without a word (`answer: true` is no number).
      const read = new Map<string, Result<T>>()
      for (const n of fitting) {
        const before = src.file.messages.length
        const value = shapes[n]!.decode(as(n), src, path)
        if (src.file.messages.length === before) read.set(n, value)
        src.file.messages.length = before
      }
      const fits = read.size > 0 ? [...read.keys()] : fitting
      if (fits.length > 0) {
        const lacking = (shape.requiredFields ?? []).filter((k) => !keys.includes(k))
        const what = /^a mapping \((.*)\)$/.exec(shape.expected)?.[1] ?? `a \`${value}\` item`
        const has = lacking.length > 0 ? `has ${listed(lacking)}` : `has no ${listed(foreign)}`
        error(src.file, `Unexpected \`${value}\` at \`${path}.${key}\` for an item with ${listed(foreign)}, expected ${fits.map((n) => code(n)).join(' or ')} (${what} ${has})`, src.place(range(tag ?? null)), 'schema-enum')
        // Read as the one shape its fields fit, so what else is wrong with it is said; with two, not read.
        if (fits.length > 1) return INVALID
        return read.get(fits[0]!) ?? shapes[fits[0]!]!.decode(as(fits[0]!), src, path)
      }
      return shape.decode(node, src, path)
    },
    toJsonSchema: () => ({
      type: 'object',
      title: name,
      required: [key],
      properties: { [key]: { enum: names } },
      // `key` picks the shape; each shape names its own value of `key`, so exactly one fits.
      oneOf: names.map((n) => schemaOf(shapes[n]!))
    })
  }
}

/**
 * The JSON Schema of a decoder. A decoder without `toJsonSchema` (a hand-written one)
 * admits anything here: `tests/schemas.test.ts` fails on such a hole in a shipped schema.
 */
export function schemaOf(decoder: Decoder<unknown>): JsonSchema {
  return decoder.toJsonSchema ? decoder.toJsonSchema() : {}
}

/**
 * One item or a list of them, read as a list: `asserted_by: trump` or `asserted_by: [macron, starmer]`.
 * A single item keeps its place as item 0, so messages about it point where it was written.
 */
export function oneOrList<T>(item: Decoder<T>, options: { min?: number } = {}): Decoder<T[]> {
  const many = list(item, { min: options.min ?? 1 })
  const expected = `${item.expected} or ${many.expected}`
  return {
    expected,
    empty: [],
    decode(node, src, path) {
      node = src.deref(node)
      if (node && isSeq(node)) return many.decode(node, src, path)
      // Neither one nor a list: said with both forms it may take.
      if (node && isMap(node)) return unexpected(node, src, path, expected)
      const value = item.decode(node, src, path)
      if (value === INVALID) return INVALID
      const out = [value]
      rememberNode(out, 0, node, src)
      rememberNode(out, '', node, src)
      return out
    },
    toJsonSchema: () => ({ anyOf: [schemaOf(item), schemaOf(many)] })
  }
}

/**
 * A mapping from names to values, each name checked by `key` (as `lint: { ignore: { rule-id: reason } }`).
 * The place of each value is kept under its name.
 */
export function record<T>(name: string, key: Decoder<string>, value: Decoder<T>): Decoder<Record<string, T>> {
  const expected = `a mapping (${name})`
  return {
    expected,
    empty: {},
    decode(node, src, path) {
      node = src.deref(node)
      if (!node || !isMap(node)) return unexpected(node, src, path, expected)
      const out: Record<string, T> = {}
      for (const pair of node.items as Pair<YamlNode, YamlNode | null>[]) {
        const name = key.decode(pair.key, src, path)
        if (name === INVALID) continue
        const decoded = value.decode(pair.value ?? null, src, `${path}.${name}`)
        if (decoded === INVALID) continue
        out[name] = decoded
        rememberNode(out, name, pair.key, src)
      }
      rememberNode(out, '', node, src)
      return out
    },
    toJsonSchema: () => {
      // Names follow `key`'s pattern (an id), values `value`'s schema.
      const names = schemaOf(key)
      return { type: 'object', description: name, ...(typeof names.pattern === 'string' ? { propertyNames: { pattern: names.pattern } } : {}), additionalProperties: schemaOf(value) }
    }
  }
}

/** A list of entries beside others in one file (`discussion:` and `quiz:`): what an entry is called, and the fields it takes. */
export interface Section {
  noun: string
  plural: string
  fields: readonly string[]
}

/**
 * A file of lists side by side, each of entries of its own shape. Entries under the wrong
 * list (the `quiz:` line deleted, so the quiz items read as more discussion questions; an
 * item pasted under the wrong key) are one mistake, not a missing and an unknown field for
 * each: said once for each run of them, at its first, and read as entries of the list they
 * fit, so nothing follows from it.
 */
export function sections<T>(decoder: Decoder<T>, lists: Readonly<Record<string, Section>>): Decoder<T> {
  return {
    ...decoder,
    decode(node, src, path) {
      const target = src.deref(node)
      return decoder.decode(target && isMap(target) ? (sorted(target, src, lists) ?? target) : node, src, path)
    }
  }
}

/** `map` with its lists' entries each under the list it fits (a copy, or undefined when all are), the mistakes said. */
function sorted(map: YAMLMap, src: YamlSource, lists: Readonly<Record<string, Section>>): YAMLMap | undefined {
  const names = Object.keys(lists)
  const pairs = map.items as Pair<YamlNode, YamlNode | null>[]
  const pairOf = (name: string): Pair<YamlNode, YamlNode | null> | undefined => pairs.find((p) => scalar(p.key) === name)
  /** Entries leaving each list, and those coming to it. */
  const leaving = new Map<string, Set<YamlNode>>()
  const coming = new Map<string, YamlNode[]>()
  for (const host of names) {
    const seq = src.deref(pairOf(host)?.value ?? null)
    if (!seq || !isSeq(seq)) continue
    const items = seq.items as Array<YamlNode | null>
    const owners = items.map((item) => ownerOf(src.deref(item), host, lists))
    for (let i = 0; i < items.length; i++) {
      const to = owners[i]
      if (to === undefined || to === host) continue
      // The run: entries of the same list, and entries that fit neither among them.
      let j = i + 1
      while (j < items.length && (owners[j] === to || owners[j] === undefined)) j++
      if (j < items.length) while (owners[j - 1] === undefined) j--
      const run = items.slice(i, j).filter((item): item is YamlNode => item !== null)
      const firstNode = src.deref(run[0]!)
      const { noun, plural, fields } = lists[to]!
      const own = lists[host]!.fields
      const shown = isMap(firstNode)
        ? (firstNode.items as Pair<YamlNode, YamlNode | null>[])
            .map((p) => String(scalar(p.key)))
            .filter((k) => fields.includes(k) && !own.includes(k))
            .slice(0, 3)
            .map((k) => code(k))
            .join(', ')
        : ''
      const them = run.length === 1 ? 'it' : 'them'
      const from = src.place(range(firstNode))?.start.line
      const last = range(src.deref(run.at(-1)!))
      const end = last && last[1] !== undefined ? src.place([Math.max(last[0]!, last[1] - 1)])?.start.line : undefined
      const lines = run.length > 1 && from !== undefined && end !== undefined ? ` on lines ${from}–${end}` : ''
      const what = run.length === 1 ? noun : `${run.length} ${plural}`
      const hint =
        pairOf(to) !== undefined
          ? `: move ${them} there`
          : j < items.length
            ? `: under a \`${to}:\` line of ${run.length === 1 ? 'its' : 'their'} own`
            : i === 0
              ? ` (is \`${host}:\` meant to be \`${to}:\`?)`
              : ` (is the \`${to}:\` line above ${them} missing?)`
      error(src.file, `Unexpected ${what}${shown ? ` (with ${shown})` : ''} under \`${host}:\`${lines}, expected ${them} under \`${to}:\`${hint}`, src.place(range(firstNode)), 'schema-wrong-list')
      for (const item of run) leaving.set(host, (leaving.get(host) ?? new Set()).add(item))
      coming.set(to, [...(coming.get(to) ?? []), ...run])
      i = j - 1
    }
  }
  if (leaving.size === 0) return undefined
  const copy = new YAMLMap()
  copy.range = map.range
  const seqOf = (items: YamlNode[], like?: YamlNode | null): YAMLSeq => {
    const seq = new YAMLSeq()
    seq.items = items.sort((a, b) => (range(src.deref(a))?.[0] ?? 0) - (range(src.deref(b))?.[0] ?? 0))
    if (like?.range) seq.range = like.range
    return seq
  }
  for (const pair of pairs) {
    const name = scalar(pair.key)
    const seq = typeof name === 'string' && names.includes(name) ? src.deref(pair.value ?? null) : null
    if (!seq || !isSeq(seq) || (!leaving.has(name as string) && !coming.has(name as string))) {
      copy.items.push(pair)
      continue
    }
    const kept = (seq.items as Array<YamlNode | null>).filter((item): item is YamlNode => item !== null && !leaving.get(name as string)?.has(item))
    copy.items.push(new Pair(pair.key, seqOf([...kept, ...(coming.get(name as string) ?? [])], seq)))
    coming.delete(name as string)
  }
  // A list whose key is missing altogether: made, so its entries are read as such.
  for (const [name, items] of coming) copy.items.push(new Pair(new Scalar(name), seqOf(items)))
  return copy
}

/**
 * Which list an entry fits: another list whose own fields it has more of than of this list's
 * own; this list when it has any of this list's own fields or fits both; undefined for none.
 */
function ownerOf(entry: YamlNode | null, host: string, lists: Readonly<Record<string, Section>>): string | undefined {
  if (!entry || !isMap(entry)) return undefined
  const keys = (entry.items as Pair<YamlNode, YamlNode | null>[]).map((p) => String(scalar(p.key)))
  const own = lists[host]!.fields
  let best: string | undefined
  let margin = 0
  for (const [name, { fields }] of Object.entries(lists)) {
    if (name === host) continue
    const theirs = keys.filter((k) => fields.includes(k) && !own.includes(k)).length
    const ours = keys.filter((k) => own.includes(k) && !fields.includes(k)).length
    if (theirs - ours > margin) {
      best = name
      margin = theirs - ours
    }
  }
  if (best !== undefined) return best
  return keys.some((k) => own.includes(k)) ? host : undefined
}
