// Items that answer each other: one's stem holds another's key, or several items test the
// same claim for the same skill. `excludes:` keeps such items out of one quiz.
import { placeOf } from '../../yaml/decode.js'
import type { QuizItem } from '../../questions/model.js'
import { answerGrams, stemGrams } from '../items.js'
import { rule, type Finding } from '../model.js'
import { named } from '../stats.js'

export const crossItemLeak = rule('cross-item-answer-leak', 'warning', 'A stem repeats 6 words of another item\'s key (a short answer\'s key is its model answer), and the two can share a quiz', (context) => {
  const quiz = context.module.questions.quiz
  // Which items' keys hold each run, so a stem meets only the items it shares a run with.
  const byAnswer = new Map<string, number[]>()
  quiz.forEach((q, i) => {
    for (const g of answerGrams(q)) {
      const items = byAnswer.get(g)
      if (items) items.push(i)
      else byAnswer.set(g, [i])
    }
  })
  const out: Finding[] = []
  for (const a of quiz) {
    // Each other item whose key the stem repeats, with the first run of the stem that does.
    const sharedWith = new Map<number, string>()
    for (const g of stemGrams(a)) for (const i of byAnswer.get(g) ?? []) if (!sharedWith.has(i)) sharedWith.set(i, g)
    for (const [i, shared] of [...sharedWith].sort((x, y) => x[0] - y[0])) {
      const b = quiz[i]!
      if (a === b || context.excluded.get(a.id)?.has(b.id)) continue
      out.push({ rule: 'cross-item-answer-leak', file: 'questions', place: placeOf(a, 'stem'), item: a.id, items: [a.id, b.id], reason: `Unexpected "${shared}" in the stem of \`${a.id}\`, which is the answer of \`${b.id}\`, expected stems that give no other item's answer: reword it, or add \`excludes: [${b.id}]\` so the two never share a quiz` })
    }
  }
  return out
})

const SKILLS = ['voice', 'hedging', 'kind', 'evidence']

export const sameClaimSameSkill = rule('same-claim-same-skill', 'info', 'Three or more items of a set test one claim for the same skill', (context) => {
  const sets = context.sets.length ? context.sets : [{ name: context.selection.name, items: context.selection.items, place: undefined }]
  return sets.flatMap((s): Finding[] => {
    const groups = new Map<string, QuizItem[]>()
    for (const item of s.items) {
      for (const skill of item.tags.filter((t) => SKILLS.includes(t))) {
        const key = `${item.claims[0]} ${skill}`
        groups.set(key, [...(groups.get(key) ?? []), item])
      }
    }
    return [...groups].flatMap(([key, items]): Finding[] => {
      if (items.length < 3) return []
      const [claim, skill] = key.split(' ')
      const ids = items.map((q) => q.id)
      return [{ rule: 'same-claim-same-skill', file: 'questions', place: placeOf(items[0]!), set: s.name, items: ids, reason: `Unexpected ${items.length} items of set \`${s.name}\` testing claim \`${claim}\` for ${skill} (${named(ids)}), expected at most 2: knowing one answer gives the others` }]
    })
  })
})
