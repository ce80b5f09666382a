// Text put into a regular expression as itself: a name, a word, a heading found in the text.

/** `text` with every character a pattern reads as syntax escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
