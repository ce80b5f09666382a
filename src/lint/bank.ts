// The bank the lint reads: the items of questions.yaml, and the generated items a quiz of
// this module can print (their generator named by a set of module.yaml or by the set being
// checked, or the item included by id). Generated items a quiz never draws on are left out,
// so a module that does not ask for them is linted exactly as before; those it asks for meet
// every rule an authored item meets. A finding about a generated item points at its claim in
// claims.yaml: the claim's metadata is what the teacher edits (or the item is pinned and edited).
import type { Module } from '../assemble.js'
import type { AnchoredClaim } from '../claims/model.js'
import type { Place } from '../messages.js'
import type { QuestionSet } from '../module/model.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { placeOf } from '../yaml/decode.js'
import { keys, severalKeys } from './items.js'
import type { Finding } from './model.js'

/** `module` with the generated items a quiz can print joined to its bank, after the authored ones. */
export function lintedModule(module: Module, selection: Selection): Module {
  const sets: QuestionSet[] = [...Object.values(module.config.sets), selection.set]
  const generators = new Set(sets.flatMap((s) => s.generated ?? []))
  const included = new Set(sets.flatMap((s) => s.include ?? []))
  const drawn = module.generated.filter((g) => (g.generated && generators.has(g.generated)) || included.has(g.id))
  if (drawn.length === 0) return module
  return { ...module, questions: { ...module.questions, quiz: [...module.questions.quiz, ...drawn] } }
}

/**
 * A finding about a generated item (by `item`, or the first of `items` when it has no place),
 * moved to the item's claim in claims.yaml with the item named; other findings as they are.
 */
export function placeGenerated(finding: Finding, module: Module): Finding {
  const id = finding.item ?? (finding.place ? undefined : finding.items?.[0])
  const item: QuizItem | undefined = id === undefined ? undefined : module.generated.find((g) => g.id === id)
  return item ? { ...finding, file: 'claims', ...atClaim(item, module, finding.reason) } : finding
}

/** A message about generated `item`, which no questions.yaml holds: at its claim's id in claims.yaml, naming the item (a build's export warnings use it too). */
export function atClaim(item: QuizItem, module: Module, reason: string): { place: Place | undefined; reason: string } {
  const claim: AnchoredClaim | undefined = module.claims.find((c) => c.id === item.claims[0])
  return { place: claim ? placeOf(claim, 'id') : undefined, reason: `${reason} (generated item \`${item.id}\`, made by \`${item.generated}\` from claim \`${item.claims[0]}\`)` }
}

/**
 * What `check` says of a multiple-select item in questions.yaml with one correct option
 * (src/types/multiple.ts), said of the generated items a quiz can print, which no
 * questions.yaml holds and so no type check reads: a generator that made one would send
 * students looking for a second key, and "each wrong option ticked takes points away".
 */
export function oneKeyGenerated(linted: Module): Finding[] {
  const made = new Set(linted.generated.map((g) => g.id))
  return linted.questions.quiz.flatMap((q): Finding[] => {
    const item = made.has(q.id) ? severalKeys(q) : undefined
    if (!item || keys(item).length !== 1 || item.options.length <= 2) return []
    return [{ rule: 'one-correct-option', severity: 'warning', file: 'questions', place: undefined, item: q.id, reason: `Unexpected multiple-select item \`${q.id}\` with one correct option, expected \`type: single\` for one right answer, or another \`correct: true\`: students told to tick every right option look for a second` }]
  })
}
