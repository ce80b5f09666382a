// Generated items never share a quiz with an item they answer. A voice item quotes a claim's
// words in its stem; a hedges item may offer those very words as a key; an authored item may
// too, and any item may print a numeric item's answer. The lint's `cross-item-answer-leak`
// and `numeric-answer-elsewhere` find such pairs; here each generated item
// `excludes` the items it would answer or be answered by, by the lint's own measure, so a
// set drawing on generated items keeps only one of each pair (the one met first: authored
// items come before generated ones, and generators in their registry order).
//
// The pairs are worked out when an item's `excludes` is first read, for every item at once:
// a module's sets draw on few generators or none, and `check` (run on every start) need not
// measure the other items at all. Selection reads `excludes` of the items a set can draw only
// (select/select.ts).
import type { Actor } from '../claims/model.js'
import { answerGrams, distractors, numbered, oneKey, printsAnswerOf, stemGrams } from '../lint/items.js'
import { names } from '../lint/names.js'
import { plain } from '../lint/text.js'
import type { QuizItem } from '../questions/model.js'

/**
 * `generated`, each excluding the items of `authored` and of `generated` whose answer its stem
 * gives, that give its answer, or that ask it in the same words. The items are changed in
 * place: they are this assembly's own (generateItems made them for it, and nothing else holds
 * them), and a copy of each cost `check` more than the rest of generation (an object built
 * from property descriptors takes V8's slow path: about 10 ms for 168 items).
 */
export function excludeAnswering(generated: readonly QuizItem[], authored: readonly QuizItem[], actors: readonly Actor[] = []): QuizItem[] {
  let related: ReadonlyArray<readonly string[]> | undefined
  generated.forEach((g, k) => {
    const written = g.excludes
    writtenExcludes.set(g, written)
    let own: readonly string[] | undefined
    Object.defineProperty(g, 'excludes', {
      enumerable: true,
      configurable: true,
      get: () => (own ??= (related ??= relations(generated, authored, actors))[k]!.length ? [...related[k]!] : written)
    })
  })
  return [...generated]
}

const writtenExcludes = new WeakMap<QuizItem, readonly string[] | undefined>()

/**
 * The `excludes` a generated item had before excludeAnswering made it worked out when read:
 * `{ excludes }` for an item it was given, else undefined. A build's checks kept in the cache
 * (check-cache.ts) keep this and make it lazy again, rather than work out every item's pairs.
 */
export function excludesAsWritten(item: QuizItem): { excludes: readonly string[] | undefined } | undefined {
  return writtenExcludes.has(item) ? { excludes: writtenExcludes.get(item) } : undefined
}

/** For each of `generated`, the ids of the items it answers or is answered by, in bank order. */
function relations(generated: readonly QuizItem[], authored: readonly QuizItem[], actors: readonly Actor[]): string[][] {
  const all: QuizItem[] = [...authored, ...generated]
  // Each claim's items: an item meets only those sharing a claim with it (speakerNamed).
  const byClaim = new Map<string, number[]>()
  all.forEach((q, i) => {
    for (const c of q.claims) byClaim.set(c, [...(byClaim.get(c) ?? []), i])
  })
  // Indexes from each gram to the items whose stem / answer holds it, so each item meets only
  // the items it shares a gram with, not every other item.
  const byStem = new Map<string, Set<number>>()
  const byAnswer = new Map<string, Set<number>>()
  const index = (into: Map<string, Set<number>>, grams: Iterable<string>, i: number): void => {
    for (const g of grams) {
      let items = into.get(g)
      if (!items) into.set(g, (items = new Set()))
      items.add(i)
    }
  }
  const stems = all.map((q, i) => {
    const grams = stemGrams(q)
    index(byStem, grams, i)
    return grams
  })
  const answers = all.map((q, i) => {
    const grams = answerGrams(q)
    index(byAnswer, grams, i)
    return grams
  })
  // Two items asking the same question ("Which words in ¶3 hedge …?" of two claims of one
  // paragraph) read as one question printed twice: the same stem counts as answering.
  const byStemText = new Map<string, number[]>()
  all.forEach((q, i) => {
    const key = plain(q.stem)
    byStemText.set(key, [...(byStemText.get(key) ?? []), i])
  })
  // A numeric item's answer is a figure of its claim, which a generated item of that claim may
  // print ("… warms by 10 degrees"): the lint warned and asked the teacher for `excludes`.
  const numeric = all.flatMap((q, i) => {
    const item = numbered(q)
    return item ? [{ item, i }] : []
  })
  return generated.map((g, k) => {
    const self = authored.length + k
    const related = new Set<number>(byStemText.get(plain(g.stem)))
    for (const { item, i } of numeric) if (printsAnswerOf(g, item)) related.add(i)
    for (const gram of stems[self]!) for (const i of byAnswer.get(gram) ?? []) related.add(i)
    for (const gram of answers[self]!) for (const i of byStem.get(gram) ?? []) related.add(i)
    for (const i of speakerNamed(all, self, actors, byClaim)) related.add(i)
    related.delete(self)
    return [...related].sort((a, b) => a - b).map((i) => all[i]!.id)
  })
}

/**
 * The items of `all` that share a claim with item `self` and name in their stem the person
 * its key names (and no distractor does), or whose key names so a person `self`'s stem
 * names: "Who makes this claim?" beside a kind item of the same claim that quotes it with
 * "…,” Cho said". Unlike the lint's measure within one item, a stem naming others too still
 * counts: the other item prints the words beside the name.
 */
function speakerNamed(all: readonly QuizItem[], self: number, actors: readonly Actor[], byClaim: ReadonlyMap<string, readonly number[]>): number[] {
  if (actors.length === 0) return []
  const own = all[self]!
  const sharing = new Set(own.claims.flatMap((c) => byClaim.get(c) ?? []))
  sharing.delete(self)
  return [...sharing].filter((i) => keyPeople(own, actors).some((a) => names(all[i]!.stem, a)) || keyPeople(all[i]!, actors).some((a) => names(own.stem, a)))
}

/** The people a one-key item's key names and none of its distractors does: who it asks for. */
function keyPeople(item: QuizItem, actors: readonly Actor[]): readonly Actor[] {
  let found = people.get(item)
  if (found === undefined) {
    const choice = oneKey(item)
    const key = choice?.options.find((o) => o.correct)
    const wrong = choice ? distractors(choice) : []
    found = key === undefined || wrong.length === 0 ? [] : actors.filter((a) => names(key.text, a) && !wrong.some((o) => names(o.text, a)))
    people.set(item, found)
  }
  return found
}
const people = new WeakMap<QuizItem, readonly Actor[]>()
