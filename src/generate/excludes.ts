// Generated items never share a quiz with an item they answer. A voice item quotes a claim's
// words in its stem; a hedges item may offer those very words as a key; an authored item may
// too. The lint's `cross-item-answer-leak` finds such pairs; here each generated item
// `excludes` the items it would answer or be answered by, by the lint's own measure, so a
// set drawing on generated items keeps only one of each pair (the one met first: authored
// items come before generated ones, and generators in their registry order).
import { answerGrams, stemGrams } from '../lint/items.js'
import type { QuizItem } from '../questions/model.js'

/** `generated`, each excluding the items of `authored` and of `generated` whose answer its stem gives, or that give its answer. */
export function excludeAnswering(generated: readonly QuizItem[], authored: readonly QuizItem[]): QuizItem[] {
  const all: QuizItem[] = [...authored, ...generated]
  const stems = new Map(all.map((q) => [q.id, stemGrams(q)]))
  const answers = new Map(all.map((q) => [q.id, answerGrams(q)]))
  const gives = (a: QuizItem, b: QuizItem): boolean => [...stems.get(a.id)!].some((g) => answers.get(b.id)!.has(g))
  return generated.map((g) => {
    const excludes = all.filter((q) => q.id !== g.id && (gives(g, q) || gives(q, g))).map((q) => q.id)
    // A copy that keeps what the item derives from the article (a cloze's passage: not enumerable, so not spread).
    return excludes.length ? Object.assign(Object.create(Object.getPrototypeOf(g), Object.getOwnPropertyDescriptors(g)) as QuizItem, { excludes }) : g
  })
}
