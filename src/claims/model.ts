// Key claims and the module's argument data (themes, actors, glossary), as curated in claims.yaml.
import type { Place } from '../messages.js'

/** What sort of statement a claim is. */
export const KINDS = ['empirical', 'causal', 'predictive', 'normative', 'interpretive'] as const
export type Kind = (typeof KINDS)[number]

/** What the article offers in support of a claim. */
export const EVIDENCE = ['none', 'reported-statement', 'event', 'example', 'reasoning'] as const
export type Evidence = (typeof EVIDENCE)[number]

/** Where a claim stands in review: `suggested` by `classpack init` and not yet checked by a teacher, or `reviewed`. */
export const STATUSES = ['suggested', 'reviewed'] as const
export type Status = (typeof STATUSES)[number]

export const RELATIONS = ['supports', 'qualifies', 'contrasts_with'] as const
export type Relation = (typeof RELATIONS)[number]

/** A note a teacher supplies from outside the article, with the date its facts refer to. */
export interface ContextNote {
  note: string
  as_of: string
  /** Where its facts come from: a citation, ideally with a URL (the lint asks for one: `context-unsourced`). */
  source?: string
}

export interface Claim {
  id: string
  /** `suggested` until a teacher has reviewed it; documents built from suggested claims are marked Draft. */
  status: Status
  quote: string
  /** The teacher's words; for a suggested claim without one, its quote stands in. */
  paraphrase: string
  /** A few words for a box of the argument map; without one, the map shortens the paraphrase. */
  gist?: string
  kind: Kind
  /**
   * `author`, or the ids of the actors whose view the author reports (several for a joint
   * statement: "Macron and Starmer have said"). Written as one id or a list; read as a list.
   */
  asserted_by: string[]
  /** Hedging words as written in the article; empty when the claim is unhedged. */
  hedges: string[]
  /** Boosting words as written in the article ("surely", "clearly"); empty when there are none. */
  boosters: string[]
  evidence: Evidence
  evidence_note?: string
  actors: string[]
  themes: string[]
  relations: Record<Relation, string[]>
  context: ContextNote[]
  teaching_note?: string
}

export interface Theme {
  id: string
  label: string
}

export interface Actor {
  id: string
  name: string
  /** Who they are, in the teacher's words ("the city's mayor"); none until the teacher writes it. */
  role?: string
}

export interface GlossaryEntry {
  term: string
  definition: string
  /** `article` when the article itself explains the term, `outside` when the definition is general knowledge. */
  source: 'article' | 'outside'
  /** For an `outside` definition: where it comes from (a citation, ideally with a URL). */
  reference?: string
}

export interface ClaimsFile {
  themes: Theme[]
  actors: Actor[]
  glossary: GlossaryEntry[]
  claims: Claim[]
}

/** Where a claim's quote stands in the article. */
export interface Anchor {
  /** ¶ number. */
  paragraph: number
  section: number
  /** Sentence numbers (1-based, within the paragraph) the quote touches. */
  sentences: number[]
  /** Offsets of the quote in the paragraph's text. */
  start: number
  end: number
  /** The article's own words for the quote. */
  text: string
  /** The quote as printed, where the teacher marked a slip of the article's: `text` with their `[sic]` (absent: `text`). */
  shown?: string
  /** Where the quote stands in article.md. */
  place: Place
}

export interface AnchoredClaim extends Claim {
  anchor: Anchor
}
