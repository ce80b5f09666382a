// The UI languages a pack can be printed in. Adding one: a module like `en.ts`, and one
// line below.
import { en } from './en.js'
import type { UiStrings } from './strings.js'

export type { UiStrings } from './strings.js'

/** Every UI language, the first the fallback. */
export const LANGUAGES: readonly UiStrings[] = [en]

/**
 * The UI strings for an article's `lang` (BCP 47, e.g. `en-GB`): the language whose code is
 * its primary subtag, else the first registered (English).
 */
export function uiStrings(lang: string): UiStrings {
  const primary = lang.toLowerCase().split(/[-_]/)[0]
  return LANGUAGES.find((l) => l.lang === primary) ?? LANGUAGES[0]!
}
