// What a generator is: a kind of reading-skills question written from the claims'
// metadata (who asserts a claim, its kind, hedges, evidence, relations, place), one
// module each (`voice.ts`, …), registered in `index.ts`.
import type { Article } from '../article/model.js'
import type { Actor, AnchoredClaim, GlossaryEntry } from '../claims/model.js'
import type { QuizItem } from '../types/index.js'
import type { GeneratorName } from './names.js'

/** What every generator reads: the module's claims (anchored), actors and article. */
export interface GenerateInput {
  article: Article
  claims: readonly AnchoredClaim[]
  actors: readonly Actor[]
  /** The glossary's terms (a cloze may leave one blank); none when left out. */
  glossary?: readonly GlossaryEntry[]
}

/** A generated item: an ordinary item of the bank (single choice, multiple select, cloze, matching) that says which generator made it. */
export type GeneratedItem = QuizItem & { generated: GeneratorName }

/** One generator: the items of its kind for a module. */
export interface Generator {
  readonly name: GeneratorName
  /** One line for the README and messages: the question it asks. */
  readonly asks: string
  /**
   * Its items, options in a neutral authored order (a canonical order that does not
   * depend on which option is right: selection shuffles them like any other's).
   * `next(id)` is the seeded random stream of the item with that id.
   */
  items(input: GenerateInput, next: (id: string) => () => number): GeneratedItem[]
}
