// What the new-claim form starts from for words selected in the article: an id, the hedges
// in them and a theme, found as `classpack init` finds them for the claims it suggests (its
// slug, its hedging words, its one theme per section), in the article's language. The page
// asks the server rather than keeping lists of its own: those were English only, and an id
// lost its umlauts (`dürfte` → `durfte`) where init spells them out (`duerfte`).
import { findMarkers } from '../init/markers.js'
import { scaffoldWords } from '../init/scaffold-words.js'
import { slug, uniqueId } from '../init/slug.js'
import type { PageState } from './state.js'

export interface ClaimSuggestion {
  id: string
  /** Hedging words as written in `text`, each once. */
  hedges: string[]
  /** The theme to tick; empty when none is clearly the section's (the page then ticks its first). */
  themes: string[]
}

/** The form's first values for a claim quoting `text` of ¶`paragraph`, in the module `state` shows. */
export function suggestClaim(state: Pick<PageState, 'article' | 'claims' | 'themes'>, paragraph: number, text: string): ClaimSuggestion {
  const lang = state.article?.lang
  const id = uniqueId(slug(text, 5, lang) || `claim-${paragraph}`, state.claims.map((c) => c.id))
  const seen = new Set<string>()
  const hedges = findMarkers(text, lang)
    .filter((m) => m.kind === 'hedge')
    .map((m) => m.text)
    .filter((h) => !seen.has(h.toLowerCase()) && seen.add(h.toLowerCase()))
  return { id, hedges, themes: sectionTheme(state, paragraph) }
}

/**
 * The theme `classpack init` made for the section ¶`paragraph` stands in, when the module
 * has it: init makes one theme per section, its label the subhead (the paragraphs before
 * the first subhead: "The opening, before the first subhead", in the article's language),
 * its id the subhead's slug (`opening`). A teacher who kept those themes expects a sentence
 * under "Warum der Preis steigt" to be about that theme. Themes written by hand cut across
 * sections; none of them is this section's more than another, and the form keeps ticking
 * the first, as it starts every field at its first choice for the teacher to review.
 */
function sectionTheme(state: Pick<PageState, 'article' | 'themes'>, paragraph: number): string[] {
  const article = state.article
  const section = article?.sections.find((s) => s.paragraphs.includes(paragraph))
  if (!article || !section) return []
  const label = (section.heading ?? scaffoldWords(article.lang).opening).trim().toLowerCase()
  const id = slug(section.heading ?? 'opening', 4, article.lang)
  const theme = state.themes.find((t) => t.label.trim().toLowerCase() === label) ?? state.themes.find((t) => t.id === id)
  return theme ? [theme.id] : []
}
