// Hyphenation by Liang's patterns (the `hyphen` package, TeX's patterns), for languages
// whose long words would otherwise be broken anywhere or leave lines half empty: German
// compounds ("Sicherheitsgarantien") are the case in point. The patterns are large
// (German's are 750 KB), so a language's are loaded when a document in it is first laid out.
import { createRequire } from 'node:module'

/**
 * A word's pieces between its break points: `Si`, `cher`, `heits`, … (the word alone when
 * none). A piece that ends in a hyphen of the word's own is broken after without another.
 */
export type Hyphenate = (word: string) => readonly string[]

const require = createRequire(import.meta.url)

interface Patterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string
}

// Languages with patterns, by primary subtag, and the module that has them (1996 spelling for German).
const PATTERNS: Record<string, () => Patterns> = { de: () => require('hyphen/de') as Patterns }
const loaded = new Map<string, Hyphenate>()
const SOFT = '\u00ad'
// Caches are bounded, so a long-running process cannot grow them without limit.
const CACHE_LIMIT = 50_000

/** Hyphenation for `lang` (BCP 47), or null where classpack has no patterns for it. */
export function hyphenator(lang: string): Hyphenate | null {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? ''
  const load = PATTERNS[primary]
  if (load === undefined) return null
  let hyphenate = loaded.get(primary)
  if (hyphenate === undefined) {
    const { hyphenateSync } = load()
    const cache = new Map<string, readonly string[]>()
    hyphenate = (word) => {
      let pieces = cache.get(word)
      if (pieces === undefined) {
        // A hard hyphen ("Bürgerinnen-Beteiligung") is a break point too, and needs no second one.
        pieces = hyphenateSync(word, { hyphenChar: SOFT, minWordLength: 5 })
          .split(SOFT)
          .flatMap((p) => p.split(/(?<=-)(?=.)/))
          .filter(Boolean)
        if (pieces.join('') !== word) pieces = [word]
        if (cache.size >= CACHE_LIMIT) cache.clear()
        cache.set(word, pieces)
      }
      return pieces
    }
    loaded.set(primary, hyphenate)
  }
  return hyphenate
}
