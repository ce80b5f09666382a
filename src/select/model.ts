// What selection hands to the views: the chosen questions, and each version's order.
import type { DiscussionQuestion, QuizItem } from '../questions/model.js'
import type { QuestionSet } from '../module/model.js'

/** An option as placed in one version: its letter there, and whether it is correct. */
export interface PlacedOption {
  letter: string
  text: string
  correct: boolean
  feedback: string
  /** The claim whose ¶ its feedback cites (types/choice.ts, citedClaim); null for a wrong option without a claim of its own. */
  claim: string | null
}

/** One of a type's pieces (a word of a cloze's bank, a matching response, an ordering step) as placed in one version. */
export interface PlacedPiece {
  /** Its letter there: A, B, … in print order. */
  letter: string
  text: string
  /** Its place in the type's `pieces` (the order that answers the item). */
  index: number
}

/** A quiz item as placed in one version. */
export interface PlacedItem {
  number: number
  item: QuizItem
  /** Choice and true/false items; empty for other types. True/false keeps True before False. */
  options: PlacedOption[]
  /** The type's pieces in this version's order; empty for types without any. */
  pieces: PlacedPiece[]
}

export interface Version {
  /** `A`, `B`, …; null for a pack with a single unnamed version. */
  id: string | null
  items: PlacedItem[]
}

export interface Selection {
  /** The set's name (`default` when none was named). */
  name: string
  set: QuestionSet
  items: QuizItem[]
  discussion: DiscussionQuestion[]
  seed: number
  versions: Version[]
}
