// The question bank: discussion questions and quiz items, each tied to claims.
import type { GeneratorName } from '../generate/names.js'
import type { LintSettings } from '../lint/settings.js'
import type { QuizItem } from '../types/index.js'

export const BLOOM = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const
export type Bloom = (typeof BLOOM)[number]

export const DIFFICULTY = ['easy', 'medium', 'hard'] as const
export type Difficulty = (typeof DIFFICULTY)[number]

export const PURPOSES = [
  'comprehension',
  'steelman',
  'weigh-the-evidence',
  'counterfactual',
  'apply-to-another-case',
  'compare-perspectives',
  'evaluate-the-argument',
  'close-reading',
  'produce'
] as const
export type Purpose = (typeof PURPOSES)[number]

export interface DiscussionQuestion {
  id: string
  prompt: string
  claims: string[]
  bloom: Bloom
  purpose: Purpose
  minutes?: number
  follow_ups: string[]
  facilitator_notes: string
  misreadings: string[]
  tags: string[]
  /** Questions never put in one pack with this one (they answer each other); symmetric. */
  excludes: string[]
  lint?: LintSettings
}

export interface Option {
  text: string
  correct: boolean
  /** Why this option is right or wrong; the ¶ of its claim is cited when rendered. */
  feedback: string
  /** The claim this option is about; a correct option without one rests on the item's first claim. */
  claim?: string
  /** `last` keeps the option last when options are shuffled ("None of these"). */
  pin?: 'last'
}

/** What every quiz item has, whatever its type (see src/types/ for each type's own fields). */
export interface ItemBase {
  id: string
  stem: string
  claims: string[]
  difficulty: Difficulty
  points: number
  bloom: Bloom
  tags: string[]
  /** The generator that made it (src/generate/), or whose item a teacher has pinned or edited under the same id. */
  generated?: GeneratorName
  /** Items never sampled into one quiz with this one (they answer each other); symmetric. */
  excludes: string[]
  /** Lint rules set aside for this item, each with its reason. */
  lint?: LintSettings
}

// Each type's item lives in its module (src/types/); the registry makes the union.
export type { QuizItem, QuestionType, ChoiceItem, TrueFalseItem, ShortItem, RubricLine } from '../types/index.js'
export { QUESTION_TYPES } from '../types/index.js'

export interface QuestionBank {
  discussion: DiscussionQuestion[]
  quiz: QuizItem[]
  /** Generated items the teacher dropped (`- { id: gen-…, drop: true }` in `quiz`), by id. */
  dropped?: Array<{ id: string }>
  /** Ids of entries written but left out for an error of their own (an unknown `type`): no other entry's reference to them is an error too. */
  unread?: string[]
  /** Claim ids those entries name in their `claims`: the claims are asked about, though the entry is left out until fixed. */
  unreadClaims?: string[]
}
