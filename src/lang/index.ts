// The UI languages a pack can be printed in. Adding one: a module like `en.ts`, and one
// line below.
import { de } from './de.js'
import { en } from './en.js'
import type { UiStrings } from './strings.js'

export type { UiStrings } from './strings.js'

/** Every UI language, the first the fallback. */
export const LANGUAGES: readonly UiStrings[] = [en, de]

/** The codes of the UI languages (`en`, `de`), for `--lang`. */
export const UI_LANGUAGES: readonly string[] = LANGUAGES.map((l) => l.lang)

/** What decides a module's UI language: `--lang` when given (`ui`), else the article's `lang`. */
export interface Localized {
  article: { meta: { lang: string } }
  ui?: string
}

/** The language tag a module's pack is printed in: `--lang`, else the article's. */
export function uiLang(module: Localized): string {
  return module.ui ?? module.article.meta.lang
}

/** The UI strings a module's pack is printed in. */
export function moduleStrings(module: Localized): UiStrings {
  return uiStrings(uiLang(module))
}

/**
 * The UI strings for an article's `lang` (BCP 47, e.g. `en-GB`): the language whose code is
 * its primary subtag, else the first registered (English).
 */
export function uiStrings(lang: string): UiStrings {
  const primary = lang.toLowerCase().split(/[-_]/)[0]
  return LANGUAGES.find((l) => l.lang === primary) ?? LANGUAGES[0]!
}
