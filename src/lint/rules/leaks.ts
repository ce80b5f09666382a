// Items that answer each other: one's stem holds another's key, or several items test the
// same claim for the same skill. `excludes:` keeps such items out of one quiz.
import { placeOf } from '../../yaml/decode.js'
import type { QuizItem } from '../../questions/model.js'
import type { ItemText } from '../../types/index.js'
import { answerGrams, keyTextHolding, oneKey, severalKeys, statement, stemGrams, thePart } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { named } from '../stats.js'
import { asWritten } from '../text.js'

const LEAK_RULE = 'cross-item-answer-leak'

/** A stem that repeats a run of words of another item's key text. */
interface Leak {
  /** The item whose stem repeats the words, and its index in the quiz. */
  stem: QuizItem
  at: number
  /** The item whose key text holds them. */
  of: QuizItem
  words: string
  text: ItemText | undefined
}

export const crossItemLeak = rule(LEAK_RULE, 'warning', "A stem repeats 6 words of another item's key or true/false statement (a short answer's key is its model answer), or the whole of one of 3 to 5 words, and the two can share a quiz", (context) => {
  const leaks = stemLeaks(context)
  // Two items that leak into each other are one thing to fix: one message, at the first.
  const byPair = new Map(leaks.map((l) => [`${l.stem.id}\n${l.of.id}`, l]))
  return leaks.flatMap((l): Finding[] => {
    const back = byPair.get(`${l.of.id}\n${l.stem.id}`)
    if (back && back.at < l.at) return []
    const { stem, of } = l
    return [{ rule: LEAK_RULE, file: 'questions', place: placeOf(stem, 'stem'), item: stem.id, items: [stem.id, of.id], reason: leakReason(l, back) }]
  })
})

/** Each stem's repetition of another item's key text (the first run of words it shares with each), in quiz order, but where the two never meet or the stem's item sets the rule aside. */
function stemLeaks(context: LintContext): Leak[] {
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
  // Set aside here rather than after, by item: a pair's one message may stand for both items' stems.
  return quiz.flatMap((a, at): Leak[] => {
    if (context.ignored(LEAK_RULE, a.id)) return []
    const sharedWith = new Map<number, string>()
    for (const g of stemGrams(a)) for (const i of byAnswer.get(g) ?? []) if (!sharedWith.has(i)) sharedWith.set(i, g)
    return [...sharedWith]
      .sort((x, y) => x[0] - y[0])
      .filter(([i]) => quiz[i] !== a && !context.excluded.get(a.id)?.has(quiz[i]!.id))
      .map(([i, words]) => ({ stem: a, at, of: quiz[i]!, words: asWritten(a.stem, words), text: keyTextHolding(quiz[i]!, words) }))
  })
}

/** The message for a leak, and for the leak back the other way when there is one. */
function leakReason(l: Leak, back: Leak | undefined): string {
  const fix = `add \`excludes: [${l.of.id}]\` to \`${l.stem.id}\` so the two never share a quiz`
  const expected = expectation([l, back])
  // Two true/false items, each repeating the other's statement: the statements share the words.
  if (back && statement(l.stem) && statement(l.of)) {
    return `Unexpected "${l.words}" in both the statement of ${verdict(l.stem)} and that of ${verdict(l.of)}, expected ${expected}: reword one, or ${fix}`
  }
  const said = (x: Leak): string => `"${x.words}" in the stem of \`${x.stem.id}\`, words of ${sourceName(x)}`
  return back ? `Unexpected ${said(l)}, and ${said(back)}, expected ${expected}: reword one, or ${fix}` : `Unexpected ${said(l)}, expected ${expected}: reword it, or ${fix}`
}

/** A true/false item with its answer: a false statement is no item's answer, and a message that says it is misleads. */
const verdict = (item: QuizItem): string => `the true/false item \`${item.id}\` (answer: ${statement(item)!.answer ? 'True' : 'False'})`

/** How a message names the key text a stem repeats: "the key of `s-x` (option 2)", "the model answer of `w-x`". */
function sourceName({ of, text }: Leak): string {
  if (statement(of)) return `the statement of ${verdict(of)}`
  if (!text) return `the answer of \`${of.id}\``
  if (oneKey(of)) return `the key of \`${of.id}\` (${text.what})`
  if (severalKeys(of)) return `a key of \`${of.id}\` (${text.what})`
  return `${thePart(text.what)} of \`${of.id}\``
}

/**
 * What the stems should do: give no item's answer, and leave a true/false statement to be
 * judged (a false statement is no answer, but a stem that repeats it tells students what to
 * think of it, or teaches them the falsehood).
 */
function expectation(leaks: ReadonlyArray<Leak | undefined>): string {
  const of = leaks.flatMap((l) => (l ? [l.of] : []))
  const wants = [...(of.some((q) => !statement(q)) ? ["give no other item's answer"] : []), ...(of.some((q) => statement(q)) ? ["leave other items' true/false statements to be judged"] : [])]
  return `stems that ${wants.join(' and ')}`
}

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
