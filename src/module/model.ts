// module.yaml: course details and named question sets, all optional.
import type { GeneratorName } from '../generate/names.js'
import type { LintSettings } from '../lint/settings.js'
import type { Bloom, Difficulty, QuestionType } from '../questions/model.js'

export const ORDERS = ['authored', 'paragraph', 'shuffled'] as const
export type Order = (typeof ORDERS)[number]

/** The paper sizes a PDF is set on: module.yaml's `paper`, a request's (`--paper`). */
export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]

/** The least and the most a whole number may be. */
export type Bounds = readonly [min: number, max: number]

/** The seed, in module.yaml and in a request (`--seed`): what the sampler takes. */
export const SEED_BOUNDS: Bounds = [0, 2 ** 31 - 1]

/** A set's whole numbers, in module.yaml and where a request overrides them (`--count`, `--points`). */
export const SET_BOUNDS = { count: [1, 10_000], points: [1, 100_000], discussion: [0, 1000], minutes: [1, 1000] } as const satisfies Record<string, Bounds>

/** Which quiz items and discussion questions a pack uses. Every filter is optional; filters combine with AND. */
export interface QuestionSet {
  title?: string
  types?: QuestionType[]
  claims?: string[]
  themes?: string[]
  bloom?: Bloom[]
  difficulty?: Difficulty[]
  tags?: string[]
  include?: string[]
  exclude?: string[]
  /** Generated items (src/generate/) the set may draw on, by generator; none when absent. */
  generated?: GeneratorName[]
  /** How many quiz items to sample. */
  count?: number
  order?: Order
  /** The points the quiz should total. */
  points?: number
  /** How many discussion questions to keep (all that match when absent). */
  discussion?: number
  /** The time allowed for the quiz, in minutes, printed on it ("Time allowed: 15 minutes"). */
  minutes?: number
  /** Lint rules set aside for this set, each with its reason. */
  lint?: LintSettings
}

export interface ModuleConfig {
  course?: string
  institution?: string
  teacher?: string
  /** The pack's date (YYYY-MM-DD): printed on documents and used as the PDFs' creation date. */
  date?: string
  paper: Paper
  seed?: number
  /** The set used when no `--set` is given. */
  default_set?: string
  sets: Record<string, QuestionSet>
  /** Lint rules set aside for the whole module, each with its reason. */
  lint?: LintSettings
}
