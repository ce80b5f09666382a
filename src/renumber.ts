// `classpack check --renumber`: the edits the paragraphs.lock check lists (references/renumber.ts)
// made in the files, digits only, and the article's numbering recorded anew. All or nothing
// as far as the module goes: with a reference that needs a decision, nothing is changed.
// Without a record, the record is written only when the references stand as the article
// numbers it now (no ¶ reference error), so an older module can take one up.
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { assembleModule } from './assemble.js'
import { loadModule } from './load/module.js'
import { error, hasErrors } from './messages.js'
import { formatLock, LOCK_FILE } from './references/lock.js'
import type { ReferenceEdit } from './references/renumber.js'
import { judgeRequest, sound } from './request.js'
import { readForEdit, replaceFile } from './write/edits.js'

/** One reference renumbered: where it was, as written before and now. */
export interface RenumberedReference {
  /** The file, as messages name it. */
  file: string
  line: number
  column: number
  from: string
  to: string
}

export interface RenumberResult {
  /** Whether the references and paragraphs.lock were written. */
  ok: boolean
  /** The references changed, in file order. */
  changed: RenumberedReference[]
  /** Whether paragraphs.lock was written. */
  recorded: boolean
  /** The module's files with their messages (when nothing was written, what stopped it). */
  files: VFile[]
  messages: VFileMessage[]
}

/** Renumber the ¶ references of the module in `dir` as paragraphs.lock maps them, and record the article's numbering. */
export function renumberModule(dir: string, cwd = process.cwd()): RenumberResult {
  const request = judgeRequest({ dir }, 'check')
  const done = (ok: boolean, files: VFile[], changed: RenumberedReference[] = [], recorded = false): RenumberResult => ({ ok, changed, recorded, files, messages: files.flatMap((f) => f.messages) })
  if (!sound(request)) return done(false, [request])
  const input = loadModule(dir, cwd)
  const assembled = assembleModule(input)
  const lockPath = resolve(cwd, dir, LOCK_FILE)
  const lockFile = input.lock ?? new VFile({ path: lockPath })
  const files = assembled.files.includes(lockFile) ? assembled.files : [...assembled.files, lockFile]
  const refuse = (reason: string): RenumberResult => {
    error(lockFile, reason, undefined, 'paragraphs-renumbered')
    return done(false, files)
  }
  const { renumbering, record } = assembled
  const article = input.article
  // The article's own errors (not the renumbering, which is what this is for) leave its paragraphs unknown.
  const articleErrors = article.messages.some((m) => m.fatal === true && m.ruleId !== 'paragraphs-renumbered')
  if (articleErrors || (renumbering === undefined && record !== undefined)) return refuse(`Unexpected errors in article.md or claims.yaml, expected a module whose references can be read: \`--renumber\` wrote nothing`)
  if (!renumbering) {
    // No record (or one that cannot be read): one is written only for references that stand as the article numbers it now.
    const stale = assembled.files.flatMap((f) => f.messages).filter((m) => m.fatal === true && m.ruleId === 'paragraph-reference')
    if (stale.length || (!assembled.module && hasErrors([input.claims]))) return refuse(`Unexpected ${stale.length ? `¶ reference errors (${stale.length})` : 'errors in claims.yaml'}, expected references that stand as the article numbers it now before its numbering is recorded: fix them, then run \`classpack check --renumber\` again; nothing was written`)
    const paragraphs = paragraphsOf(assembled)
    if (!paragraphs) return refuse('Unexpected article that cannot be read, expected article.md to record its paragraphs: nothing was written')
    replaceFile(lockPath, formatLock(paragraphs))
    return done(true, files, [], true)
  }
  if (renumbering.undecided) return refuse(`Unexpected ${renumbering.undecided === 1 ? 'reference that needs' : `${renumbering.undecided} references that need`} a decision (the errors at them), expected each to be placed first: \`--renumber\` changed nothing`)
  // Digits only, file by file: the text each file was read as, with its references' numbers replaced.
  const byFile = new Map<VFile, ReferenceEdit[]>()
  for (const edit of renumbering.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit])
  const planned: Array<{ path: string; text: string; before: string }> = []
  for (const [file, edits] of byFile) {
    const path = resolve(cwd, dir, file.basename!)
    const before = readForEdit(path)?.text
    // The load stage composes the text (NFC): offsets hold only where the file is composed already.
    // (It reads a lone carriage return as a line feed, one for one: the edits apply to the file as it is.)
    if (before?.replace(/\r(?!\n)/g, '\n') !== String(file.value)) return refuse(`Unexpected ${file.basename} changed since it was read, or not in composed Unicode (NFC), expected the text the check read: \`--renumber\` changed nothing; run it again`)
    let text = before
    for (const e of [...edits].sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.to + text.slice(e.end)
    planned.push({ path, text, before })
  }
  for (const p of planned) if (!replaceFile(p.path, p.text, p.before)) return refuse(`Unexpected ${p.path} changed while \`--renumber\` was writing, expected it as read: run it again`)
  replaceFile(lockPath, formatLock(paragraphsOf(assembled)!))
  const changed = renumbering.edits.map((e) => ({ file: e.file.path, line: e.at.start.line, column: e.at.start.column, from: e.from, to: e.to }))
  return done(true, [], changed, true)
}

/** The article's paragraphs' texts, when it parsed. */
function paragraphsOf(assembled: ReturnType<typeof assembleModule>): string[] | undefined {
  return assembled.article?.paragraphs.map((p) => p.text)
}
