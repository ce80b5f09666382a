// A build's checks, kept in the document cache (write/cache.ts) and taken from it when
// nothing they read has changed. Before it renders anything, a build reads the article, the
// claims and the questions, anchors every quote, generates the items the claims allow,
// selects the quiz and lints it: about 110 ms of a rebuild in a new process when only the roster changed
// (one student's name: one quiz to render, every check the same). Those checks are a
// function of the module's files (their paths, as messages name them, and their text), the
// options that select (`--set`, the set's flags, `--seed`, `--versions`, `--lang`) and
// classpack's own code, which the store adds to every key. So the module and the quiz as
// checked, and every message the checks left on each file, are kept under a hash of those,
// and a build with the same finds them instead of checking again.
//
// Only a module that checks without an error is kept (a build that stops renders nothing to
// save time on), and only values that read back as they were: plain objects, lists, maps and
// sets (v8's serializer keeps which of them are one object). Where a value was written in its
// YAML file (yaml/decode.ts placeOf) goes with it, for the warnings a build adds later.
import { deserialize, serialize } from 'node:v8'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Module } from './assemble.js'
import type { ModuleFiles } from './load.js'
import { cacheKey, serialize as keyText, type DocumentCache } from './pack/cache.js'
import type { SelectionRequest } from './select/resolve.js'
import type { Selection } from './select/model.js'
import { placesOf, restorePlaces } from './yaml/decode.js'
import { excludeAnswering, excludesAsWritten } from './generate/excludes.js'

/** What a build's checks leave: the module and quiz as checked, and the command line's file of messages. */
export interface Checked {
  module: Module
  selection: Selection
  commandLine: VFile
}

/** The options of a build its checks read. */
export type CheckOptions = Omit<SelectionRequest, 'shuffle'> & { lang?: string }

/** The module's files by the role the kept messages are put back under. */
const ROLES = ['article', 'claims', 'questions', 'module', 'lock'] as const

interface Kept {
  module: Module
  selection: Selection
  /** Where each decoded value's fields were written: [value, its places]. */
  places: Array<[object, ReturnType<typeof placesOf>]>
  /** Fields kept out of sight (a cloze's checked passage, an ordering's sequence: not enumerable, so no cache key or view holds them), which v8's serializer leaves out: [value, name, field]. */
  hidden: Array<[object, string, unknown]>
  /** Each file's messages after the checks, as plain fields. */
  messages: Record<(typeof ROLES)[number] | 'commandLine', Array<Record<string, unknown>>>
}

/**
 * The key of the checks of `input` with `options`; undefined without a store, or when a file
 * already has a message as it was read (a file that could not be read, a conflict): its
 * checks are run as they are, never kept.
 */
export function checkKey(store: DocumentCache | undefined, input: ModuleFiles, options: CheckOptions): string | undefined {
  if (store === undefined || ROLES.some((role) => (input[role]?.messages.length ?? 0) > 0)) return undefined
  const files = ROLES.flatMap((role) => {
    const file = input[role]
    return file === undefined ? [role, 'none'] : [role, file.path, String(file.value), keyText(file.data)]
  })
  const { set, overrides, seed, versions, lang } = options
  return cacheKey('checks', input.dir, input.name, ...files, keyText({ set, overrides, seed, versions, lang }))
}

/**
 * The checks kept under `key`, their messages put back on `input`'s files, and the files as the
 * checks leave them (the module's, then the command line's); undefined when none is kept (or it
 * does not read back).
 */
export function recallChecks(store: DocumentCache, key: string, input: ModuleFiles): (Checked & { files: VFile[] }) | undefined {
  const bytes = store.get(key, false)
  if (bytes === undefined) return undefined
  let kept: Kept
  try {
    kept = deserialize(bytes) as Kept
  } catch {
    return undefined
  }
  for (const [value, found] of kept.places) restorePlaces(value, found)
  for (const [value, name, field] of kept.hidden) Object.defineProperty(value, name, { value: field, enumerable: false, writable: true, configurable: true })
  // As assemble.ts made them: worked out when first read, from the same items and actors.
  excludeAnswering(kept.module.generated, kept.module.questions.quiz, kept.module.actors)
  // A module with no questions.yaml names the stand-in file load made for it (assemble.ts).
  if (input.questions?.data.missing === true || input.questions?.data.empty === true) kept.module.missingQuestions = input.questions
  const revive = (fields: Record<string, unknown>): VFileMessage => Object.setPrototypeOf(fields, VFileMessage.prototype) as VFileMessage
  for (const role of ROLES) {
    const file = input[role]
    if (file !== undefined) file.messages = kept.messages[role].map(revive)
  }
  const commandLine = new VFile({ path: 'command line' })
  commandLine.messages = kept.messages.commandLine.map(revive)
  const files = [...ROLES.flatMap((role) => input[role] ?? []), commandLine]
  return { module: kept.module, selection: kept.selection, commandLine, files }
}

/**
 * `checked`, with the messages on `input`'s files, as the bytes to keep; undefined when a value
 * would not read back as it is. Made as the checks end (what renders later cannot change them),
 * kept by the caller once the pack is written: a build that fails writes nothing to the cache.
 */
export function checksToKeep(input: ModuleFiles, checked: Checked): Uint8Array | undefined {
  const { missingQuestions, ...module } = checked.module
  // The stand-in file is put back from `input` (recallChecks); any other file in the module is not plain data.
  if (missingQuestions !== undefined && missingQuestions !== input.questions) return undefined
  // Each generated item's `excludes` is worked out when first read (generate/excludes.ts), for
  // all at once: kept as written, and made lazy again when read back, it is not worked out here.
  const lazy = module.generated.flatMap((item) => {
    const written = excludesAsWritten(item)
    const descriptor = Object.getOwnPropertyDescriptor(item, 'excludes')
    return written && descriptor?.get ? [{ item, written: written.excludes, descriptor }] : []
  })
  for (const { item, written } of lazy) Object.defineProperty(item, 'excludes', { value: written, enumerable: true, writable: true, configurable: true })
  try {
    return serialized(input, { ...checked, module: { ...module } })
  } finally {
    for (const { item, descriptor } of lazy) Object.defineProperty(item, 'excludes', descriptor)
  }
}

function serialized(input: ModuleFiles, checked: Checked): Uint8Array | undefined {
  const module = checked.module
  const places: Kept['places'] = []
  const hidden: Kept['hidden'] = []
  const root = { module, selection: checked.selection }
  const plain = plainValues(
    root,
    (value) => {
      const found = placesOf(value)
      if (found.places || found.standIns) places.push([value, found])
    },
    (value, name, field) => hidden.push([value, name, field]) > 0
  )
  if (!plain) return undefined
  const fields = (file: VFile | undefined): Array<Record<string, unknown>> => (file?.messages ?? []).map((m) => ({ ...m }))
  const messages = Object.fromEntries([...ROLES.map((role) => [role, fields(input[role])]), ['commandLine', fields(checked.commandLine)]]) as Kept['messages']
  if (!plainValues(messages, () => {}, () => false)) return undefined
  try {
    return serialize({ module, selection: checked.selection, places, hidden, messages } satisfies Kept)
  } catch {
    return undefined
  }
}

/**
 * Whether every value reachable from `root` reads back from v8's serializer as it is (plain
 * objects, lists, maps, sets, dates, patterns, byte arrays; no class instance, which would
 * come back without its class, no function or symbol); calls `each` with every object once,
 * and `hide` with each field that is not enumerable (walked too), which the serializer leaves
 * out: true when the caller keeps it apart, false to refuse it.
 */
function plainValues(root: unknown, each: (value: object) => void, hide: (value: object, name: string, field: unknown) => boolean): boolean {
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value === 'function' || typeof value === 'symbol') return false
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    each(value)
    if (value instanceof Map) {
      for (const [k, v] of value) stack.push(k, v)
      continue
    }
    if (value instanceof Set) {
      for (const v of value) stack.push(v)
      continue
    }
    if (value instanceof Date || value instanceof RegExp || ArrayBuffer.isView(value)) continue
    // A list's items (a paragraph's offsets run to thousands: no descriptor made for each).
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return false
      for (const item of value) stack.push(item)
      continue
    }
    const proto: unknown = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return false
    // Symbol keys would not be copied.
    if (Object.getOwnPropertySymbols(value).length > 0) return false
    const keys = Object.keys(value)
    for (const key of keys) stack.push((value as Record<string, unknown>)[key])
    // Fields out of sight, rare: looked for by count (a descriptor made for every field of
    // thousands of objects took longer than the serializer).
    const names = Object.getOwnPropertyNames(value)
    if (names.length === keys.length) continue
    for (const name of names) {
      const field = Object.getOwnPropertyDescriptor(value, name)!
      if (field.enumerable) continue
      if (!('value' in field) || !hide(value, name, field.value)) return false
      stack.push(field.value)
    }
  }
  return true
}
