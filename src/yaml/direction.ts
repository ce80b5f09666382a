// Direction embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): each opens a
// span that only its closing character (or the end of the paragraph) ends, so one left in a
// stem turns the rest of the line around in a browser, a Moodle quiz or a PDF. They are
// refused wherever text is read (module YAML, the article, the roster). The marks U+200E and
// U+200F are not among them: they set no span, and Arabic or Hebrew text may need them.

/** One direction control. */
export const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/u

/** What each is called, for a message. */
const NAMES: Record<string, string> = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate'
}

/** `U+202E`, as messages write a character. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The controls of a run (`\u202E\u2066`) by name and code point: "right-to-left override U+202E and left-to-right isolate U+2066". */
export function directionNames(run: string): string {
  const named = [...new Set(run)].map((c) => `${NAMES[c] ?? 'direction control'} ${codePoint(c)}`)
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0]!
}
