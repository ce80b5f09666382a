// Command-line flags for question sets, checked like module.yaml's fields: a wrong value
// is a message that names the flag and what it expects.
import { GENERATORS } from './generate/names.js'
import { BLOOM, DIFFICULTY, QUESTION_TYPES } from './questions/model.js'
import { ORDERS, SET_BOUNDS, type Bounds, type QuestionSet } from './module/model.js'
import { notAChoice, notAWholeNumber } from './request.js'
import { closest } from './yaml/decode.js'

/** A flag value that is not what the flag expects; several problems are one line each. */
export class FlagError extends Error {}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

type ListFlag = 'types' | 'claims' | 'themes' | 'bloom' | 'difficulty' | 'tags' | 'include' | 'exclude' | 'generated'

const LISTS: Record<ListFlag, readonly string[] | RegExp | null> = {
  types: QUESTION_TYPES,
  claims: ID,
  themes: ID,
  bloom: BLOOM,
  difficulty: DIFFICULTY,
  tags: null,
  include: ID,
  exclude: ID,
  generated: GENERATORS
}

/** parseArgs options for the set flags. */
export const SET_FLAGS = {
  ...Object.fromEntries(Object.keys(LISTS).map((k) => [k, { type: 'string' as const }])),
  count: { type: 'string' as const },
  order: { type: 'string' as const },
  points: { type: 'string' as const }
}

/** The flags whose value is a comma-separated list: given twice, the two lists belong in one. */
export const LIST_FLAGS: readonly string[] = ['format', ...Object.keys(LISTS)]

/** A whole number flag within bounds (the library's for a request field: REQUEST_BOUNDS). */
export function intFlag(name: string, value: string | undefined, bounds: Bounds): number | undefined {
  return intValue(value, bounds, `for --${name}`)
}

/** A whole number within bounds from where `source` says (`for --workers`, `in CLASSPACK_WORKERS`). */
export function intValue(value: string | undefined, bounds: Bounds, source: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < bounds[0] || n > bounds[1]) throw new FlagError(notAWholeNumber(value.trim() === '' ? 'empty value' : `\`${value}\``, bounds, source))
  return n
}

/** One of a few words. */
export function choiceFlag<T extends string>(name: string, value: string | undefined, choices: readonly T[], meant?: (value: string) => string | undefined): T | undefined {
  if (value === undefined) return undefined
  // In any case, as typed around it: `--paper A5`, `--lang EN`, `--format PDF`.
  const folded = value.trim().toLowerCase()
  const chosen = choices.find((c) => c.toLowerCase() === folded)
  if (chosen !== undefined) return chosen
  // An empty value in a code span ("Unexpected `` for --paper") reads as a typo of the message.
  const found = value.trim() === '' ? 'empty value' : `\`${value}\``
  throw new FlagError(notAChoice(found, value, choices, `for --${name}`, meant))
}

/**
 * The names of a comma-separated list flag (`--format html,pdf`), each one of `choices`; every
 * name that is not, an empty one among them (`html,,pdf`), is a problem of its own.
 */
export function choiceList<T extends string>(name: string, value: string | undefined, choices: readonly T[], meant?: (value: string) => string | undefined): T[] | undefined {
  if (value === undefined) return undefined
  const all = choices.map((c) => '`' + c + '`').join(', ')
  if (value.trim() === '') throw new FlagError(`Unexpected empty --${name}, expected a comma-separated list of ${all}`)
  const problems: string[] = []
  const names: T[] = []
  for (const item of value.split(',').map((s) => s.trim())) {
    if (item === '') problems.push(`Unexpected empty name in --${name} \`${value}\`, expected a name between each two commas (one of ${all})`)
    else {
      try {
        names.push(choiceFlag(name, item, choices, meant)!)
      } catch (cause) {
        problems.push((cause as Error).message)
      }
    }
  }
  if (problems.length) throw new FlagError([...new Set(problems)].join('\n'))
  return names
}

/** The set overrides given as flags (comma-separated lists). */
export function setOverrides(values: Record<string, string | boolean | undefined>): QuestionSet {
  const set: Record<string, unknown> = {}
  // Every wrong value is said, one line each, not only the first.
  const problems: string[] = []
  for (const [flag, allowed] of Object.entries(LISTS) as Array<[ListFlag, readonly string[] | RegExp | null]>) {
    const raw = values[flag]
    if (typeof raw !== 'string') continue
    const items = raw.split(',').map((s) => s.trim()).filter(Boolean)
    if (items.length === 0) problems.push(`Unexpected empty --${flag}, expected a comma-separated list`)
    for (const item of items) {
      if (allowed instanceof RegExp && !allowed.test(item)) problems.push(`Unexpected \`${item}\` in --${flag}, expected ids of lower-case letters, digits and hyphens`)
      else if (Array.isArray(allowed) && !allowed.includes(item)) {
        const hint = closest(item, allowed)
        problems.push(`Unexpected \`${item}\` in --${flag}, expected ${hint ? `\`${hint}\` or another of ` : 'one of '}${allowed.map((a) => '`' + a + '`').join(', ')}`)
      }
    }
    set[flag] = items
  }
  const take = <T>(read: () => T): T | undefined => {
    try {
      return read()
    } catch (cause) {
      if (!(cause instanceof FlagError)) throw cause
      problems.push(cause.message)
      return undefined
    }
  }
  set.count = take(() => intFlag('count', values.count as string | undefined, SET_BOUNDS.count))
  set.order = take(() => choiceFlag('order', values.order as string | undefined, ORDERS))
  set.points = take(() => intFlag('points', values.points as string | undefined, SET_BOUNDS.points))
  if (problems.length) throw new FlagError([...new Set(problems)].join('\n'))
  return set as QuestionSet
}

/** The option among those `usage` names (`--versions`) closest to `option` (`--verions`), if one is close. */
export function closestOption(option: string, usage: string): string | undefined {
  // Not the option itself (`--version` is the command's own, not `build`'s: `--versions` is meant).
  const known = [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])].filter((name) => name !== option)
  return closest(option, known)
}
