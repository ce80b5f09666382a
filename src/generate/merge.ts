// The generated items a module keeps: a teacher pins or edits one by writing an item with
// its id in questions.yaml (that item then stands in its place), or drops one with
// `- { id: gen-…, drop: true }`.
import type { VFile } from 'vfile'
import { code, warn } from '../messages.js'
import type { QuestionBank, QuizItem } from '../questions/model.js'
import { closest, placeOf } from '../yaml/decode.js'
import type { GeneratedItem } from './model.js'

/** `made`, less the items questions.yaml (`file`) writes or drops by id. A drop that names no generated item is a warning. */
export function mergeGenerated(bank: QuestionBank, made: readonly GeneratedItem[], file?: VFile): QuizItem[] {
  const written = new Set(bank.quiz.map((q) => q.id))
  const dropped = new Set((bank.dropped ?? []).map((d) => d.id))
  const ids = made.map((g) => g.id)
  if (file) {
    for (const entry of bank.dropped ?? []) {
      if (ids.includes(entry.id)) continue
      const hint = closest(entry.id, ids)
      warn(file, `Unexpected drop of ${code(entry.id)}, expected the id of an item the generators make${hint ? `, such as ${code(hint)}` : ''} (gen-<generator>-<claim id>): nothing was dropped`, placeOf(entry, 'id'), 'generated-unknown')
    }
  }
  return made.filter((g) => !written.has(g.id) && !dropped.has(g.id))
}
