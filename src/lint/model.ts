// What a lint rule is and what it finds. A rule reads the checked module, the quiz as this
// build will print it and every set of module.yaml, and returns findings: a reason worded
// "Unexpected X, expected Y", the file and place it concerns, and the items it names.
// `run.ts` turns findings into vfile messages, after the rules a teacher set aside.
import type { Module } from '../assemble.js'
import type { AnchoredClaim } from '../claims/model.js'
import type { Place } from '../messages.js'
import type { DiscussionQuestion, QuizItem } from '../questions/model.js'
import type { QuestionSet } from '../module/model.js'
import type { Selection } from '../select/model.js'
import type { UiStrings } from '../lang/strings.js'

/** How much a finding matters: errors block a build, warnings do not, infos print only with `--verbose` and in the report. */
export type Severity = 'error' | 'warning' | 'info'

/** The input file a finding points into. */
export type LintFile = 'questions' | 'claims' | 'module' | 'article'

export interface Finding {
  rule: string
  /** Defaults to the rule's own; a rule with a per-item and a bank-level condition may differ. */
  severity?: Severity
  file: LintFile
  place: Place | undefined
  reason: string
  /** The question the finding is about (its own `lint: ignore` applies). */
  item?: string
  /** The set the finding is about (that set's `lint: ignore` applies). */
  set?: string
  /** Every question a bank-level finding counts, for the report. */
  items?: string[]
  /** The quotation a misquotation is of, in the field `key` of `owner`: the warning that its words are not before their ¶ says it again, and goes (references/check.ts). */
  quoted?: { owner: object; key: string | number; quote: string }
}

/** A set of module.yaml as sampled with the module's seed. */
export interface LintSet {
  name: string
  set: QuestionSet
  items: QuizItem[]
  discussion: DiscussionQuestion[]
  /** What every filter matches before `count` or `points` sample, and before `discussion` cuts. */
  pool: { items: QuizItem[]; discussion: DiscussionQuestion[] }
  /** The set's place in module.yaml, when it has one. */
  place: Place | undefined
}

/** What every rule reads. */
export interface LintContext {
  module: Module
  /** The quiz as this build prints it: every version (a roster's students take these). */
  selection: Selection
  /** Every set of module.yaml (none when it has no sets). */
  sets: LintSet[]
  claims: ReadonlyMap<string, AnchoredClaim>
  /** Questions that may not share a pack, both ways. */
  excluded: ReadonlyMap<string, ReadonlySet<string>>
  strings: UiStrings
  /** True when item `id` sets `rule` aside: bank-level rules leave it out of their counts. */
  ignored(rule: string, id: string): boolean
}

/** A rule: its id, severity, one line on what it looks for, and the check. */
export interface LintRule {
  readonly id: string
  readonly severity: Severity
  readonly summary: string
  run(context: LintContext): Finding[]
}

/** A rule from its parts. */
export const rule = (id: string, severity: Severity, summary: string, run: (context: LintContext) => Finding[]): LintRule => ({ id, severity, summary, run })
