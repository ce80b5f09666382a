// Ids and folder names from words: lower-case ASCII letters, digits and hyphens, as
// classpack's ids must be. Letters outside ASCII are transliterated as roster file names are
// (any-ascii): "Weißmüller" is `weissmuller` and "Đặng" `dang`, not `wei-muller` and `ang`;
// in German text umlauts are spelled out, as German does without them: `weissmueller`, and
// "müssten" `muessten`, not `mussten`, which means something else.
import { isGerman, spellGerman } from '../roster/filenames.js'
import { transliterate } from '../roster/transliterate.js'

const STOP = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'has', 'have', 'had', 'so', 'if', 'than', 'then', 'there', 'which', 'who', 'what', 'when', 'would', 'will', 'can'])
/**
 * German's small words, spelled as the slug spells them ("für" is `fuer`). The English list
 * kept them and dropped German content words that look like English ones ("was" is German's
 * "what"): „Was sich für Schülerinnen und Schüler ändert“ was `sich-fuer-schuelerinnen-und`.
 * Negatives stay, as in English ("nicht", "kein").
 */
const STOP_DE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'und', 'oder', 'aber', 'sondern', 'fuer', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'in', 'ins', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'nach', 'vor', 'ueber', 'unter', 'um', 'durch', 'gegen', 'ohne', 'bis', 'seit', 'sich', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'ist', 'sind', 'war', 'waren', 'sei', 'hat', 'haben', 'hatte', 'wird', 'werden', 'wurde', 'dass', 'ob', 'als', 'wie', 'was', 'warum', 'wer', 'wo', 'wann', 'wenn', 'auch', 'so', 'noch', 'nur', 'schon', 'doch', 'denn', 'da', 'dies', 'diese', 'dieser', 'dieses', 'sein', 'seine', 'ihre'])

/** The small words an id leaves out, in the text's language (BCP 47): German's for German, else English's. */
const stopWords = (lang?: string): ReadonlySet<string> => (isGerman(lang) ? STOP_DE : STOP)

/**
 * Up to `most` words of `text` as an id (`keep-library-open-sundays`), small words left out
 * when others remain. Negatives stay: "The shops did not close" is `shops-did-not-close`.
 * `lang` is the text's language (BCP 47): German spells its umlauts out and has its own small words.
 */
export function slug(text: string, most: number, lang?: string): string {
  const words = transliterate((isGerman(lang) ? spellGerman(text) : text).replace(/['’]/g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  const stop = stopWords(lang)
  const content = words.filter((w) => !stop.has(w))
  return (content.length ? content : words).slice(0, most).join('-')
}

/** `id`, or `id-2`, `id-3`… when `taken` already holds it. */
export function uniqueId(id: string, taken: readonly string[]): string {
  if (!taken.includes(id)) return id
  let n = 2
  while (taken.includes(`${id}-${n}`)) n++
  return `${id}-${n}`
}
