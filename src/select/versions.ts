// Versions of a quiz: each shuffles question order and option order from the seed;
// pinned options stay last, and a type may keep its options in order (true/false).
import { LANGUAGES, type UiStrings } from '../lang/index.js'
import type { Option, QuizItem } from '../questions/model.js'
import { typeOf, wordsOf } from '../types/index.js'
import type { PlacedItem, PlacedOption, Version } from './model.js'
import { deriveSeed, random, shuffle } from './random.js'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** The letter of the n-th version or option (0 → A … 25 → Z, 26 → AA). */
export function letter(n: number): string {
  return n < 26 ? LETTERS[n]! : letter(Math.floor(n / 26) - 1) + LETTERS[n % 26]!
}

/** Options of an item in authored order, worded in `strings`' language (true/false's two: True, False). */
export function authoredOptions(item: QuizItem, strings: UiStrings = LANGUAGES[0]!): Option[] {
  const type = typeOf(item)
  return type.options(item, wordsOf(type, strings))
}

function place(item: QuizItem, number: number, next: (() => number) | null, strings: UiStrings): PlacedItem {
  let options = authoredOptions(item, strings)
  if (next && typeOf(item).shuffles) {
    const pinned = options.filter((o) => o.pin === 'last')
    options = [...shuffle(options.filter((o) => o.pin !== 'last'), next), ...pinned]
  }
  const placed: PlacedOption[] = options.map((o, i) => ({ letter: letter(i), text: o.text, correct: o.correct, feedback: o.feedback, claim: o.claim ?? item.claims[0]! }))
  return { number, item, options: placed }
}

/**
 * Make `count` versions of a quiz of `items` (already in the set's order). With one
 * version and `shuffle` false, the quiz is the set as ordered; otherwise each version
 * shuffles questions and options from its own seed derived from `seed`. Options are worded
 * in `strings`' language (true/false's True and False).
 */
export function makeVersions(items: readonly QuizItem[], count: number, seed: number, shuffleEach: boolean, strings: UiStrings): Version[] {
  if (count <= 1 && !shuffleEach) return [{ id: null, items: items.map((item, i) => place(item, i + 1, null, strings)) }]
  const versions: Version[] = []
  for (let v = 0; v < Math.max(1, count); v++) {
    const id = count <= 1 ? null : letter(v)
    const next = random(deriveSeed(seed, `version ${letter(v)}`))
    const order = shuffle(items, next)
    versions.push({ id, items: order.map((item, i) => place(item, i + 1, next, strings)) })
  }
  return versions
}

/** The answer a grader checks: letters of the correct options ("B", "A,C"), or the model answer. */
export function answerOf(placed: PlacedItem): string {
  return typeOf(placed.item).answer(placed)
}
