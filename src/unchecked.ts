// What a run with errors could not check yet, said beside the errors (see uncheckedFor).
import type { Module } from './assemble.js'
import type { Selection } from './select/model.js'

/**
 * What could not be checked for the errors that stand: the sets need the module assembled,
 * the lint a set resolved. Said, so that "fix these and it is done" is not what a run seems
 * to promise when the next run may find more.
 */
export function uncheckedFor(module: Module | undefined, selection: Selection | undefined, skipped: readonly string[] = []): string[] {
  if (module === undefined) return [...skipped, 'the sets in module.yaml', 'the item-writing lint']
  return selection === undefined ? ['the item-writing lint'] : []
}

/** What a request refused before the module was read leaves unchecked: all of it. */
export const NOTHING_CHECKED: readonly string[] = ["the module's files", ...uncheckedFor(undefined, undefined)]
