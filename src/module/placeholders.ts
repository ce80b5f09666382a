// Text `classpack init` writes where only the teacher can say what belongs (an actor's role,
// a short answer's model answer). It is one definition, read by the scaffold that writes it
// and by `check`, which warns of any still there once every claim is reviewed (assemble.ts):
// a reviewed module prints it in the students' handout and in the answer key.

/** An actor's role as the scaffold leaves it: `Named in ¶3; describe their role`. */
export const ROLE_TO_WRITE = 'describe their role'

/** A model answer's reminder, by scaffold language. */
export const MODEL_ANSWER_TO_WRITE = {
  en: '(Write the model answer once the claim is reviewed.)',
  de: '(Die Musterantwort schreiben, sobald die Aussage geprüft ist.)'
} as const

export const PLACEHOLDERS: readonly string[] = [ROLE_TO_WRITE, ...Object.values(MODEL_ANSWER_TO_WRITE)]
