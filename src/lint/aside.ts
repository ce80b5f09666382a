// The lint rules a teacher set aside for a pack, with their reasons: printed in the
// facilitator edition and the answer key, so a rule set aside is never out of sight.
import type { Module } from '../assemble.js'
import type { UiStrings } from '../lang/strings.js'
import type { Selection } from '../select/model.js'

export interface SetAside {
  rule: string
  /** "whole module", "set seminar", "question q-key-reason". */
  where: string
  reason: string
}

/** The rules set aside for the module, the selection's set and its questions, in that order. */
export function rulesSetAside(module: Module, selection: Selection, strings: UiStrings): SetAside[] {
  const entries = (ignore: Record<string, string> | undefined, where: string): SetAside[] => Object.entries(ignore ?? {}).map(([rule, reason]) => ({ rule, where, reason }))
  return [
    ...entries(module.config.lint?.ignore, strings.setAside.module),
    ...entries(selection.set.lint?.ignore, strings.setAside.set(selection.name)),
    ...selection.items.flatMap((q) => entries(q.lint?.ignore, strings.setAside.question(q.id))),
    // Named apart: German calls a test's questions "Aufgaben", a discussion's "Fragen".
    ...selection.discussion.flatMap((q) => entries(q.lint?.ignore, strings.setAside.discussion(q.id)))
  ]
}

/** The view of the list for a template, or null when nothing was set aside. */
export function setAsideView(module: Module, selection: Selection, strings: UiStrings): { heading: string; intro: string; rules: SetAside[] } | null {
  const rules = rulesSetAside(module, selection, strings)
  return rules.length ? { heading: strings.setAside.heading, intro: strings.setAside.intro, rules } : null
}
