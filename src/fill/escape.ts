// Text from inputs goes into Markdown; it must come back out as exactly these characters.
// CommonMark lets any ASCII punctuation be escaped with a backslash, so escaping all of
// it is total: no input can open emphasis, a link, HTML, a list or a directive.

const PUNCTUATION = /[!-/:-@[-`{-~]/g

/** Escape `text` as one line of Markdown inline content that reads back as `text` (white space folded). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(PUNCTUATION, '\\$&')
}

/** Escape every string in a view model, deeply; numbers and booleans pass unchanged. */
export function escapeView<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T
  if (Array.isArray(value)) return value.map(escapeView) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, v] of Object.entries(value)) out[key] = escapeView(v)
    return out as T
  }
  return value
}
