// A claim id mistyped where it is declared breaks every reference to it: each of them would
// say "unknown claim id, did you mean <the typo>", and the teacher would copy the typo
// everywhere. When several references name the same unknown id and a declared claim that
// nothing references is close to it, the one mistake is the declaration: said once, there,
// and the references' messages are withdrawn.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { error } from '../messages.js'
import { closest, placeOf } from '../yaml/decode.js'
import type { ClaimsFile } from './model.js'

/** The rule of an unknown claim id; its message's `actual` is the id (questions/rules.ts, claims/rules.ts). */
const RULE = 'unknown-claim-id'

/** Fold the references to a mistyped declaration into one error at it; returns the ids so declared (no other message is due about them). */
export function reportRenamedClaims(claimsFile: VFile, data: ClaimsFile, files: readonly VFile[], referenced: ReadonlySet<string>): Set<string> {
  return foldRenamed(claimsFile, files, { rule: RULE, what: 'claim', declared: data.claims, used: referenced })
}

/**
 * The same for a theme or actor id mistyped where claims.yaml declares it: the references
 * that name the id as meant are folded into one error at the declaration, and the warning
 * that the mistyped theme is unused (the same mistake) is withdrawn.
 */
export function reportRenamedDeclarations(claimsFile: VFile, data: ClaimsFile): void {
  foldRenamed(claimsFile, [claimsFile], { rule: 'unknown-theme-id', what: 'theme', declared: data.themes, used: new Set(data.claims.flatMap((c) => c.themes)), unused: 'theme-unused' })
  foldRenamed(claimsFile, [claimsFile], { rule: 'unknown-actor-id', what: 'actor', declared: data.actors, used: new Set(data.claims.flatMap((c) => [...c.asserted_by, ...c.actors])) })
}

/**
 * The same for a question id mistyped where questions.yaml declares it: the `excludes` that
 * name it as meant are folded into one error at the declaration (each said "expected" the typo).
 */
export function reportRenamedQuestions(questionsFile: VFile, bank: { discussion: ReadonlyArray<{ id: string; excludes: readonly string[] }>; quiz: ReadonlyArray<{ id: string; excludes: readonly string[] }> }): void {
  const all = [...bank.discussion, ...bank.quiz]
  foldRenamed(questionsFile, [questionsFile], { rule: 'unknown-question-id', what: 'question', declared: all, used: new Set(all.flatMap((q) => q.excludes)) })
}

interface Declarations {
  /** The rule of a reference to an unknown id of this kind; its message's `actual` is the id. */
  rule: string
  what: string
  declared: ReadonlyArray<{ id: string }>
  /** The ids some reference names. */
  used: ReadonlySet<string>
  /** The rule of the warning that a declared id is unused, withdrawn with the references. */
  unused?: string
}

/** Where several references in `files` name one unknown id close to a declared id none names: one error at the declaration (in `claimsFile`, the declarations' file). */
function foldRenamed(claimsFile: VFile, files: readonly VFile[], kind: Declarations): Set<string> {
  const unknown = new Map<string, Array<{ file: VFile; message: VFileMessage }>>()
  for (const file of files) {
    for (const message of file.messages) {
      if (message.ruleId !== kind.rule || typeof message.actual !== 'string') continue
      unknown.set(message.actual, [...(unknown.get(message.actual) ?? []), { file, message }])
    }
  }
  const unreferenced = kind.declared.filter((d) => d.id && !kind.used.has(d.id)).map((d) => d.id)
  const renamed = new Set<string>()
  for (const [id, refs] of unknown) {
    if (refs.length < 2) continue
    const declared = closest(id, unreferenced.filter((d) => !renamed.has(d)))
    const declaration = declared === undefined ? undefined : kind.declared.find((d) => d.id === declared)
    if (!declaration) continue
    renamed.add(declaration.id)
    const place = placeOf(declaration, 'id')
    for (const { file, message } of refs) file.messages.splice(file.messages.indexOf(message), 1)
    if (kind.unused) claimsFile.messages = claimsFile.messages.filter((m) => !(m.ruleId === kind.unused && m.line === place?.start.line && m.column === place?.start.column))
    error(claimsFile, `Unexpected ${kind.what} id \`${declaration.id}\`, expected \`${id}\`: ${naming(refs, id)} and none names \`${declaration.id}\`; correct the id here, or else the references`, place, kind.rule)
    unknown.delete(id)
  }
  // A declaration renamed to an id another has (`waiting-tests` made `small-fast`): the one
  // duplicate and the one id its references still name are one mistake, said at the duplicate.
  const duplicates = claimsFile.messages.filter((m) => m.ruleId === 'duplicate-id' && m.expected?.[0] === kind.what)
  if (duplicates.length === 1 && unknown.size === 1) {
    const [[id, refs]] = [...unknown] as [[string, Array<{ file: VFile; message: VFileMessage }>]]
    for (const { file, message } of refs) file.messages.splice(file.messages.indexOf(message), 1)
    const duplicate = duplicates[0]!
    // Which of the two was renamed, the text cannot tell: the message says it of one of them.
    duplicate.reason = `${duplicate.reason}; ${naming(refs, id)}, which nothing declares: one of the two was likely \`${id}\`, so give it that id back`
    duplicate.message = duplicate.reason
  }
  return renamed
}

/** "2 references name `id` (the first at questions.yaml:4:14)": the references to an id no declaration has. */
function naming(refs: ReadonlyArray<{ file: VFile; message: VFileMessage }>, id: string): string {
  const first = refs[0]!
  const where = `${first.file.basename}${first.message.line ? `:${first.message.line}:${first.message.column}` : ''}`
  return `${refs.length === 1 ? '1 reference names' : `${refs.length} references name`} \`${id}\` (the first at ${where})`
}
