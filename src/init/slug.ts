// Ids and folder names from words: lower-case ASCII letters, digits and hyphens, as
// classpack's ids must be. Letters outside ASCII are transliterated as roster file names are
// (any-ascii): "Weißmüller" is `weissmuller` and "Đặng" `dang`, not `wei-muller` and `ang`;
// in German text umlauts are spelled out, as German does without them: `weissmueller`, and
// "müssten" `muessten`, not `mussten`, which means something else.
import { isGerman, spellGerman } from '../roster/filenames.js'
import { transliterate } from '../roster/transliterate.js'

const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'has', 'have', 'had', 'so', 'if', 'than', 'then', 'there', 'which', 'who', 'what', 'when', 'would', 'will', 'can'])

/**
 * Up to `most` words of `text` as an id (`keep-library-open-sundays`), small words left out
 * when others remain. Negatives stay: "The shops did not close" is `shops-did-not-close`.
 * `lang` is the text's language (BCP 47): German spells its umlauts out.
 */
export function slug(text: string, most: number, lang?: string): string {
  const words = transliterate((isGerman(lang) ? spellGerman(text) : text).replace(/['’]/g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const content = words.filter((w) => !STOP.has(w))
  return (content.length ? content : words).slice(0, most).join('-')
}

/** `id`, or `id-2`, `id-3`… when `taken` already holds it. */
export function uniqueId(id: string, taken: readonly string[]): string {
  if (!taken.includes(id)) return id
  let n = 2
  while (taken.includes(`${id}-${n}`)) n++
  return `${id}-${n}`
}
