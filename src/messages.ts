// Content problems are vfile messages: a reason, a place in the file, a rule id.
// Errors and warnings are told apart by `fatal` (true = error, false = warning),
// as vfile-reporter does; nothing here throws, so a run can report every problem at once.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { type Location, location } from 'vfile-location'

/** A point or a range in a file, 1-based line and column as in unist. */
export interface Point {
  line: number
  column: number
  offset?: number
}
export interface Place {
  start: Point
  end: Point
}

const SOURCE = 'classpack'

const lineIndexes = new WeakMap<VFile, { value: unknown; index: Location }>()
/**
 * Line and column of offsets in `file`, by one index per file (and text: a file given new
 * text gets a new one): vfile-location builds its index line by line up to each offset
 * asked for, so one made per lookup walked a long questions.yaml from its top for every
 * reference placed in it.
 */
export function lineIndex(file: VFile): Location {
  const made = lineIndexes.get(file)
  if (made !== undefined && made.value === file.value) return made.index
  const index = location(file)
  lineIndexes.set(file, { value: file.value, index })
  return index
}

/** Record an error on `file` at `place`; `ruleId` names the check so users can look it up. */
export function error(file: VFile, reason: string, place: Place | Point | undefined, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: SOURCE })
  message.fatal = true
  return message
}

/** Record a warning: the pack still builds, but a teacher should look. */
export function warn(file: VFile, reason: string, place: Place | Point | undefined, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: SOURCE })
  message.fatal = false
  return message
}

/** True when any of the files carries an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((m) => m.fatal === true))
}

/** Format every message of `files` compiler-style: `path:line:col: error: reason [rule]`, sorted by file then position. */
export function formatMessages(files: readonly VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    const sorted = [...file.messages].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
    )
    for (const m of sorted) {
      const where = m.line == null ? file.path : `${file.path}:${m.line}:${m.column ?? 1}`
      const severity = m.fatal === true ? 'error' : 'warning'
      lines.push(`${where}: ${severity}: ${m.reason}${m.ruleId ? `  [${m.ruleId}]` : ''}`)
    }
  }
  return lines.join('\n')
}

/** A count and its noun, singular for one: "1 line", "2 lines" (`many` for irregular plurals). */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** "A", "A and B", "A, B and C" (no serial comma, as the rest of the pack's English). */
export const andList = (names: readonly string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`)

/** Quote a value from the input for a message, shortened so a message stays one readable line. */
export function code(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  const flat = text.replace(/\s+/g, ' ')
  return '`' + (flat.length > max ? flat.slice(0, max - 1) + '…' : flat) + '`'
}
