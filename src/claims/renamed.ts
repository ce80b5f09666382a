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
  const unknown = new Map<string, Array<{ file: VFile; message: VFileMessage }>>()
  for (const file of files) {
    for (const message of file.messages) {
      if (message.ruleId !== RULE || typeof message.actual !== 'string') continue
      unknown.set(message.actual, [...(unknown.get(message.actual) ?? []), { file, message }])
    }
  }
  const unreferenced = data.claims.filter((c) => c.id && !referenced.has(c.id)).map((c) => c.id)
  const renamed = new Set<string>()
  for (const [id, refs] of unknown) {
    if (refs.length < 2) continue
    const declared = closest(id, unreferenced.filter((c) => !renamed.has(c)))
    const claim = declared === undefined ? undefined : data.claims.find((c) => c.id === declared)
    if (!claim) continue
    renamed.add(claim.id)
    for (const { file, message } of refs) file.messages.splice(file.messages.indexOf(message), 1)
    const first = refs[0]!
    const where = `${first.file.basename}${first.message.line ? `:${first.message.line}:${first.message.column}` : ''}`
    error(claimsFile, `Unexpected claim id \`${claim.id}\`, expected \`${id}\`: ${refs.length === 1 ? '1 reference names' : `${refs.length} references name`} \`${id}\` (the first at ${where}) and none names \`${claim.id}\`; correct the id here, or else the references`, placeOf(claim, 'id'), RULE)
  }
  return renamed
}
