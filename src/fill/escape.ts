// Text from inputs goes into Markdown; it must come back out as exactly these characters.
// CommonMark lets any ASCII punctuation be escaped with a backslash, so escaping all of
// it is total: no input can open emphasis, a link, HTML, a list or a directive.

const PUNCTUATION = /[!-/:-@[-`{-~]/g

/** Escape `text` as one line of Markdown inline content that reads back as `text` (white space folded). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(PUNCTUATION, '\\$&')
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

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** Escape every string in a view model, deeply; numbers, booleans, tokens and trusted markup pass unchanged. */
export function escapeView<T>(value: T, escape: (text: string) => string = escapeMarkdown): T {
  if (value instanceof Token) return value.value as T
  if (value instanceof Trusted) return value.text as T
  if (typeof value === 'string') return escape(value) as T
  if (Array.isArray(value)) return value.map((v) => escapeView(v, escape)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) out[key] = escapeView(v, escape)
    return out as T
  }
  return value
}
