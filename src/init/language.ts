// The language of an article that does not say (plain text, Markdown without front matter, a
// page without `lang`), from its commonest words. Only the languages classpack has words for
// (src/lang/), and French and Spanish, are told apart: a German article left as English would print an English pack
// around German text, with `lang="en"` for screen readers and the wrong sentence rules.
import type { ArticleDetails, Guess } from './model.js'
/** Words that make up much of any text in each language, and are rare in the others. */
const COMMON: Record<string, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'it', 'for', 'with', 'was', 'on', 'are', 'this', 'be', 'have', 'not', 'they', 'but', 'from', 'by', 'which', 'would']),
  de: new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'von', 'zu', 'den', 'sich', 'auf', 'für', 'dass', 'auch', 'es', 'wir', 'sie', 'im', 'dem', 'werden', 'wird']),
  // Languages with no catalogue yet are told apart too: a French article taken for English
  // gets `lang="en"` and English hyphenation in its reading copy, and no `ui-language` warning
  // says that the pack's words will be English.
  fr: new Set(['le', 'les', 'et', 'est', 'des', 'du', 'une', 'un', 'dans', 'pour', 'qui', 'pas', 'sur', 'au', 'aux', 'ce', 'cette', 'sont', 'avec', 'ne', 'nous', 'il', 'elle', 'mais']),
  es: new Set(['el', 'los', 'las', 'y', 'del', 'una', 'por', 'con', 'para', 'no', 'se', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'está', 'muy', 'este', 'esta', 'también', 'fue'])
}
/**
 * Fewest common words a text must hold to be told apart at all. A short German news item of
 * 90 words holds 18, and was taken for English (an English pack, one claim suggested); the
 * three-to-one margin below still keeps a language from a few borrowed words.
 */
const ENOUGH = 12

/** The language (`en`, `de`, `fr`, `es`) when the text's common words say so clearly (three to one), else undefined. */
export function guessLanguage(texts: Iterable<string>): string | undefined {
  const counts = new Map<string, number>(Object.keys(COMMON).map((lang) => [lang, 0]))
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      for (const [lang, common] of Object.entries(COMMON)) if (common.has(word)) counts.set(lang, counts.get(lang)! + 1)
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  if (!first || first[1] < ENOUGH || (second && first[1] < 3 * second[1])) return undefined
  return first[0]
}

/** Give `details` the language of `texts` when it has none and they are not English (the default, left unwritten), and say so in `guesses`. */
export function addLanguage(details: ArticleDetails, guesses: Guess[], texts: Iterable<string>): void {
  if (details.lang) return
  const lang = guessLanguage(texts)
  if (!lang || lang === 'en') return
  details.lang = lang
  guesses.push({ what: 'lang', value: lang, how: 'its commonest words' })
}
