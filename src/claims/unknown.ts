// An id that nothing declares, named in many places (a claim deleted while questions and
// relations still name it, an actor left out), is one mistake: a message for every place
// buried it under twenty lines saying the same. The references to one unknown id are folded
// into one error, at the first of them, that names every other place (a few, then how many).
// Runs after renamed.ts, which folds the references to a mistyped declaration into an error there.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { error } from '../messages.js'

/** The rules of a reference to an id nothing declares; their messages' `actual` is the id (claims/rules.ts, questions/rules.ts). */
const RULES = ['unknown-claim-id', 'unknown-actor-id', 'unknown-theme-id']

/** Places listed in full before the rest are counted. */
const LISTED = 8

/** Fold each unknown id's messages across `files` into one error at its first place. */
export function foldUnknownIds(files: readonly VFile[]): void {
  const groups = new Map<string, Array<{ file: VFile; message: VFileMessage }>>()
  for (const file of files) {
    const sorted = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    for (const message of sorted) {
      if (!RULES.includes(message.ruleId ?? '') || typeof message.actual !== 'string') continue
      const key = `${message.ruleId}\0${message.actual}`
      groups.set(key, [...(groups.get(key) ?? []), { file, message }])
    }
  }
  for (const refs of groups.values()) {
    if (refs.length < 2) continue
    for (const { file, message } of refs) file.messages.splice(file.messages.indexOf(message), 1)
    const [first, ...others] = refs as [(typeof refs)[0], ...typeof refs]
    // `claims.yaml:367:18, 390:18; questions.yaml:132:37`: the file named once for its places.
    const shown = others.slice(0, LISTED)
    const byFile = new Map<string, string[]>()
    for (const { file, message } of shown) byFile.set(file.basename ?? '', [...(byFile.get(file.basename ?? '') ?? []), `${message.line}:${message.column}`])
    const list = [...byFile].map(([name, places]) => `${name}:${places.join(', ')}`).join('; ')
    const more = others.length > LISTED ? ` and ${others.length - LISTED} more` : ''
    const reason = `${first.message.reason}: ${refs.length} places name it, none declares it (also ${list}${more}); declare it in claims.yaml, or correct each place`
    const folded = error(first.file, reason, first.message.place ?? undefined, first.message.ruleId!)
    folded.actual = first.message.actual
  }
}
