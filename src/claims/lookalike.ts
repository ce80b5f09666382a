// Characters that look alike but are not the same: a quote typed with `º` (the ordinal
// indicator, as a Spanish or Portuguese keyboard gives it) where the article has `°` (the
// degree sign) did not anchor, and the message's two excerpts, `…ºC (39 ºF)` and `…°C (39
// °F).`, looked the same to the eye. Where the quote and the article part at such a pair,
// the message names both by their names and code points, so the teacher sees what to change.

/** Groups of characters that print alike, each with its name. */
const GROUPS: ReadonlyArray<Readonly<Record<string, string>>> = [
  { '°': 'degree sign', º: 'masculine ordinal indicator', '˚': 'ring above', ᵒ: 'modifier letter small o' },
  { µ: 'micro sign', μ: 'Greek small letter mu' },
  { x: 'Latin letter x', '×': 'multiplication sign', х: 'Cyrillic letter ha' },
  { "'": 'apostrophe', '′': 'prime', ʹ: 'modifier letter prime' },
  { '"': 'quotation mark', '″': 'double prime' },
  { '-': 'hyphen', '−': 'minus sign' },
  { a: 'Latin letter a', а: 'Cyrillic letter a' },
  { c: 'Latin letter c', с: 'Cyrillic letter es' },
  { e: 'Latin letter e', е: 'Cyrillic letter ie' },
  { o: 'Latin letter o', о: 'Cyrillic letter o', ο: 'Greek letter omicron' },
  { p: 'Latin letter p', р: 'Cyrillic letter er' },
  { y: 'Latin letter y', у: 'Cyrillic letter u' }
]

const point = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Where `quoted` (the quote's character) and `written` (the article's, at the same place)
 * differ but look alike, a note naming both; else ''.
 */
export function lookAlike(quoted: string | undefined, written: string | undefined): string {
  if (quoted === undefined || written === undefined || quoted === written) return ''
  const group = GROUPS.find((g) => g[quoted] !== undefined && g[written] !== undefined)
  if (!group) return ''
  return ` (the quote has \`${quoted}\`, ${group[quoted]} ${point(quoted)}, where the article has \`${written}\`, ${group[written]} ${point(written)}: they look alike; write the article's)`
}
