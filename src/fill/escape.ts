// Text from inputs goes into Markdown; it must come back out as exactly these characters.
// CommonMark lets any ASCII punctuation be escaped with a backslash. Escaping all of it
// would be total, but each escape is a token of its own to the parser: prose is full of
// full stops, commas and apostrophes, and the escapes made the filled handout about twice
// as slow to parse. So a character is escaped where it could be read as syntax (the parse
// with the parser used, remark-parse and remark-directive, without GFM):
// - anywhere: \ ` * _ [ ] < > & { } ( ) # (emphasis, code, links, HTML, entities,
//   attributes, a heading's closing #s), a colon before what can start a directive's name
//   (anything but white space, punctuation and symbols: `:1` is a directive), and a
//   quotation mark after a space (a link's title);
// - at the start, where the text may begin a line or a list item: any punctuation, and the
//   full stop after leading digits (an ordered list's `1.`);
// - at the end, where the template's next character may complete it: `!` (before a `[`, an
//   image) and `:` (before a letter, a directive; the rule for a colon above covers it).
// tests/escape.test.ts parses text escaped so and escaped whole in many template places,
// and finds the same trees.

// White space a reader sees as one space, folded; the no-break spaces (U+00A0, figure space
// U+2007, narrow U+202F, as French writes before « ? ! : ») are kept, being where a line
// must not end.
const FOLD = /[^\S\u00a0\u2007\u202f]+/g
const ALWAYS = /[\\`*_[\]<>&{}()#]|:(?![\s\p{P}\p{S}])|(?<= )["']/gu
const PUNCTUATION = /[!-/:-@[-`{-~]/
const LEADING_NUMBER = /^(\d{1,9})\./

/** Escape `text` as one line of Markdown inline content that reads back as `text` (white space folded). */
export function escapeMarkdown(text: string): string {
  const line = text.replace(FOLD, ' ').trim()
  if (line === '') return line
  const first = PUNCTUATION.test(line[0]!) ? `\\${line[0]}` : line[0]!
  let rest = line.slice(1).replace(ALWAYS, '\\$&')
  // ALWAYS never escapes a `!`, so the last character of `rest` is the line's own.
  if (rest !== '' && line.endsWith('!')) rest = `${rest.slice(0, -1)}\\!`
  return (first + rest).replace(LEADING_NUMBER, '$1\\.')
}

/**
 * A value that goes into directive attributes (`{#q-id}`, `{letter=A}`): only letters,
 * digits and hyphens, checked here, so it needs no escaping and cannot carry syntax.
 */
export class Token {
  constructor(readonly value: string) {
    if (!/^[A-Za-z0-9-]+$/.test(value)) throw new TypeError(`classpack: ${JSON.stringify(value)} is not a safe token`)
  }
  toString(): string {
    return this.value
  }
}

/** A token for a directive attribute. */
export const token = (value: string | number): Token => new Token(String(value))

/** Markup classpack made itself (a rendered body, its own stylesheet): passed through unescaped. */
export class Trusted {
  constructor(readonly text: string) {}
}

/**
 * The paragraphs of a text written in paragraphs (yaml/decode.ts's `prose()`), as written:
 * a line end inside one is kept, for an export to carry as the teacher wrote it (Markdown
 * folds it to a space).
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
}

/**
 * The paragraphs of such a text for plain text that shows every line end as a line break
 * (GIFT, which Moodle imports as plain text): a line end inside a paragraph becomes the space
 * it is in Markdown and HTML, so a stem wrapped in the teacher's editor does not arrive wrapped
 * there at those places.
 */
export function plainParagraphs(text: string): string[] {
  return paragraphs(text).map((p) => p.replace(/[ \t]*\r?\n[ \t]*/g, ' '))
}

/**
 * Text in paragraphs, for a template place that takes them (a paragraph of its own, not a
 * heading, a list item or a table cell): escaped paragraph by paragraph, parted by a blank line.
 */
export class Prose {
  constructor(readonly text: string) {}
}

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Escape every string in a view model, deeply (prose paragraph by paragraph); numbers, booleans, tokens and trusted markup pass unchanged. */
export function escapeView<T>(value: T, escape: (text: string) => string = escapeMarkdown): T {
  if (value instanceof Token) return value.value as T
  if (value instanceof Trusted) return value.text as T
  if (value instanceof Prose) return paragraphs(value.text).map(escape).join('\n\n') as T
  if (typeof value === 'string') return escape(value) as T
  if (Array.isArray(value)) return value.map((v) => escapeView(v, escape)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) out[key] = escapeView(v, escape)
    return out as T
  }
  return value
}
