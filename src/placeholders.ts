// Text `classpack init` writes where only the teacher can say what belongs (a short answer's
// model answer). It is one definition, read by the scaffold that writes it and by `check`,
// which warns of any still there once every claim is reviewed (assemble.ts): a reviewed
// module prints it in the answer key.

/**
 * An actor's role as `init` once wrote it (`Named in ¶3; describe their role`), which the
 * students' handout printed as if it were content. `init` now leaves the role out, with a
 * comment asking for it (init/scaffold.ts); `check` still warns of this text in modules made before.
 */
export const ROLE_TO_WRITE = 'describe their role'

/** A model answer's reminder, by scaffold language. */
export const MODEL_ANSWER_TO_WRITE = {
  en: '(Write the model answer once the claim is reviewed.)',
  de: '(Die Musterantwort schreiben, sobald die Aussage geprüft ist.)'
} as const

export const PLACEHOLDERS: readonly string[] = Object.values(MODEL_ANSWER_TO_WRITE)

/**
 * A model answer without init's reminder: what the answer key, the manifest and the exports
 * give. The reminder is for the teacher in questions.yaml (check warns of it once the claims
 * are reviewed); printed, it read as part of the answer.
 */
export function withoutReminder(text: string): string {
  let out = text
  for (const reminder of PLACEHOLDERS) out = out.split(reminder).join('')
  return out === text ? text : out.replace(/[ \t]{2,}/g, ' ').trim()
}
