// The words the wording rules read, one module per language: a negative in a stem, a
// negation in a false statement, "all of the above", absolute words. A module in a language
// without its own reads the English words, which find nothing there; the rule
// `wording-language` says so, once.
import type { LintContext } from '../model.js'
import type { Wording } from './model.js'
import { de } from './de.js'
import { en } from './en.js'

export type { Wording }

const WORDINGS: Readonly<Record<string, Wording>> = { en, de }

/** The languages whose words the wording rules know. */
export const WORDING_LANGUAGES = Object.keys(WORDINGS)

/** The module's language as the lint reads it: its UI language, else its article's, by its primary subtag. */
export const lintLanguage = (context: LintContext): string => (context.module.ui ?? context.module.article.meta.lang ?? 'en').slice(0, 2).toLowerCase()

/** The words for the module's language; English where it has none. */
export const wordingOf = (context: LintContext): Wording => WORDINGS[lintLanguage(context)] ?? en
