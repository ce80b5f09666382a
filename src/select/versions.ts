// Versions of a quiz. Every printed quiz has its options shuffled from the seed, one version
// or many (pinned options stay last; a type may keep its options in order, as true/false
// keeps True, False), and the keys of its single-choice items are dealt so that each letter
// holds its share (see balance.ts). With several versions, or one per student, each version
// also shuffles the order of the questions. Exports leave shuffling to the LMS, but where a
// platform shows parts as written, they write them in an order of their own (exportPieces).
import { LANGUAGES, type UiStrings } from '../lang/index.js'
import type { Option, QuizItem } from '../questions/model.js'
import { citedClaim, typeOf, wordsOf } from '../types/index.js'
import { dealKeyPositions, type FixedKey } from './balance.js'
import type { PlacedItem, PlacedOption, PlacedPiece, Version } from './model.js'
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

/**
 * What the deal of key positions takes of a single-choice item: how many positions its key
 * may take (its options that are not pinned), or where its key stands when it cannot move
 * (pinned last, or the type keeps its options in order), as `arrange` prints it: the deal
 * counts such a key, so the dealt ones do not pile onto its letter. Undefined for other items.
 */
function keySlot(item: QuizItem, options: readonly Option[]): number | FixedKey | undefined {
  const type = typeOf(item)
  const key = options.find((o) => o.correct)
  if (type.answerKind !== 'one-key' || key === undefined) return undefined
  if (!type.shuffles) return { at: options.indexOf(key), width: options.length }
  const free = options.filter((o) => o.pin !== 'last')
  if (key.pin !== 'last') return free.length
  return { at: free.length + options.filter((o) => o.pin === 'last').indexOf(key), width: options.length }
}

/** Options in print order: the key at `keyAt` (when dealt), the rest shuffled, pinned options last. */
function arrange(item: QuizItem, options: readonly Option[], keyAt: number | undefined, next: () => number): Option[] {
  if (!typeOf(item).shuffles) return [...options]
  const pinned = options.filter((o) => o.pin === 'last')
  const free = options.filter((o) => o.pin !== 'last')
  if (keyAt !== undefined) {
    const key = free.find((o) => o.correct)!
    const rest = shuffle(free.filter((o) => o !== key), next)
    return [...rest.slice(0, keyAt), key, ...rest.slice(keyAt), ...pinned]
  }
  // Multiple select: keys that fill exactly the first positions are a pattern students learn,
  // so shuffle again (a few times, seeded) while some other order is possible.
  let order = shuffle(free, next)
  const keys = free.filter((o) => o.correct).length
  const avoidable = keys > 0 && keys < free.length
  for (let tries = 0; avoidable && tries < 20 && order.slice(0, keys).every((o) => o.correct); tries++) order = shuffle(free, next)
  return [...order, ...pinned]
}

/** The orders of an item's pieces earlier versions printed (piece indexes joined by spaces), in turn and as a set. */
export interface Printed {
  orders: string[]
  all: Set<string>
}

/** How many orders of `n` pieces there are besides the authored one; counting stops at a million. */
function otherOrders(n: number): number {
  let f = 1
  for (let k = 2; k <= n && f < 1e6; k++) f *= k
  return f - 1
}

/**
 * How many orders of `n` pieces give nothing away when `answering` of them answer the item
 * (arrangePieces): all but those with the answers in the key's order among the others (from
 * three answers), or first in that order (two), or the key's order itself (fewer).
 */
function freeOrders(n: number, answering: number): number {
  const orders = otherOrders(n) + 1
  if (answering >= 3) return orders - Math.round(orders / (otherOrders(answering) + 1))
  if (answering === 2) return orders - (otherOrders(n - 2) + 1)
  return orders - 1
}

/** The next order of `order` in lexicographic order, the first after the last. */
function nextOrder(order: readonly number[]): number[] {
  const out = [...order]
  let i = out.length - 2
  while (i >= 0 && out[i]! > out[i + 1]!) i--
  if (i < 0) return out.reverse()
  let j = out.length - 1
  while (out[j]! < out[i]!) j--
  ;[out[i], out[j]] = [out[j]!, out[i]!]
  return [...out.slice(0, i + 1), ...out.slice(i + 1).reverse()]
}

/**
 * A type's pieces (a word bank, matching responses, ordering steps) in an order of their
 * own: shuffled from the item's own stream, and shuffled again (a few times, seeded) while
 * they stand in the order that answers the item, or begin with its answering pieces in that
 * order, or hold three or more of them in that order among the rest, which would give it away, or in an order
 * an earlier version of the quiz printed (`earlier`, as piece indexes): two versions with
 * one order share one key, which a neighbour can copy. Where there are fewer orders than
 * versions, a version avoids only the versions just before it. Seeded tries can miss the
 * last free order of three steps, so the orders are then walked in turn from the last try:
 * same seed, same order.
 */
export function arrangePieces(item: QuizItem, seed: number, earlier: Printed = { orders: [], all: new Set() }): PlacedPiece[] {
  const texts = typeOf(item).pieces(item)
  const next = random(seed)
  const authored = [...texts.keys()]
  // Nor with the answering pieces first in the key's order (a word bank listing the gaps'
  // words in gap order, then its distractors): filling the blanks in the bank's order would
  // score. A single answering piece may stand first: barring the first place would be the cue.
  const answering = Math.min(texts.length, typeOf(item).answering?.(item) ?? texts.length)
  const free = freeOrders(texts.length, answering)
  // All earlier orders while there are orders enough for them (kept as a set: a roster of a
  // thousand students asks once each), else the few just before.
  const avoid = earlier.orders.length <= free - 1 ? earlier.all : new Set(earlier.orders.slice(earlier.orders.length - Math.max(0, free - 1)))
  const head = answering >= 2 ? answering : texts.length
  // Nor with the answering pieces in the key's order among the others (matching's `1A 2B 3D`,
  // the distractor between): read down the list, skipping one, answered the item. From three
  // answering pieces: of two, barring one of their two orders would give the other away.
  const keyed = (order: readonly number[]): boolean => answering >= 3 && order.filter((i) => i < answering).every((i, n) => i === n)
  const bad = (order: readonly number[]): boolean => order.slice(0, head).every((i, n) => i === n) || keyed(order) || avoid.has(order.join(' '))
  let order = shuffle(authored, next)
  for (let tries = 0; texts.length > 1 && tries < 20 && bad(order); tries++) order = shuffle(authored, next)
  for (let walked = 0; texts.length > 1 && walked <= otherOrders(texts.length) && bad(order); walked++) order = nextOrder(order)
  return order.map((index, n) => ({ letter: letter(n), text: texts[index]!, index }))
}

/**
 * A type's pieces (a word bank, ordering steps) in the order the exports write them: a
 * platform may show them as written (Canvas never shuffles the rows of a matching question,
 * which an ordering item becomes there), so they are in an order of their own, seeded from
 * the seed and the item's id as a version's are, and so never the order that answers the item.
 */
export function exportPieces(item: QuizItem, seed: number): PlacedPiece[] {
  return arrangePieces(item, deriveSeed(seed, `pieces export ${item.id}`))
}

/**
 * Each item's options in print order, `authored` arranged from `next`: the keys of
 * single-choice items dealt over the letters (balance.ts), the rest shuffled, pinned options last.
 */
function arrangeOptions(items: readonly QuizItem[], authored: ReadonlyArray<readonly Option[]>, next: () => number): Option[][] {
  const slots = items.map((item, i) => keySlot(item, authored[i]!))
  const positions = dealKeyPositions(slots.filter((s) => s !== undefined), next)
  let slot = 0
  return items.map((item, i) => {
    const s = slots[i]
    const at = s === undefined ? undefined : positions[slot++]
    // Only a dealt key is placed; a fixed one stands where `arrange` keeps it.
    const keyAt = typeof s === 'number' ? at : undefined
    return arrange(item, authored[i]!, keyAt, next)
  })
}

/** One printed quiz of `items` in this order, its options arranged from `next`, its pieces from `pieceSeed(item)`, unlike `printed` (each item's earlier orders, which it adds to). */
function placeAll(items: readonly QuizItem[], next: () => number, strings: UiStrings, pieceSeed: (item: QuizItem) => number, printed = new Map<string, Printed>()): PlacedItem[] {
  const arranged = arrangeOptions(items, items.map((item) => authoredOptions(item, strings)), next)
  return items.map((item, i) => {
    const placed: PlacedOption[] = arranged[i]!.map((o, n) => ({ letter: letter(n), text: o.text, correct: o.correct, feedback: o.feedback, claim: citedClaim(item, o) }))
    let earlier = printed.get(item.id)
    if (earlier === undefined) printed.set(item.id, (earlier = { orders: [], all: new Set() }))
    const pieces = arrangePieces(item, pieceSeed(item), earlier)
    const order = pieces.map((p) => p.index).join(' ')
    earlier.orders.push(order)
    earlier.all.add(order)
    return { number: i + 1, item, options: placed, pieces }
  })
}

/**
 * The options of `items` as an export writes them where the platform will not shuffle them
 * (Moodle keeps an item with a pinned option in order, Canvas every item of a quiz that holds
 * one): arranged as a printed quiz arranges them, from the seed's own stream, so that pinned
 * options stay last and keys are spread over the letters as on paper. Not turned away from
 * where they are written: teachers mostly write the key first, and a key never at A is a cue
 * too. By item id, each option's authored index; the authored order for a type that keeps it
 * (true/false).
 */
export function exportOptions(items: readonly QuizItem[], seed: number, strings: UiStrings): Map<string, number[]> {
  const authored = items.map((item) => authoredOptions(item, strings))
  const arranged = arrangeOptions(items, authored, random(deriveSeed(seed, 'options export')))
  return new Map(items.map((item, i) => [item.id, arranged[i]!.map((o) => authored[i]!.indexOf(o))]))
}

/**
 * Make `count` versions of a quiz of `items` (already in the set's order). With one version
 * and `shuffleEach` false, the questions keep the set's order; otherwise each version
 * shuffles them from its own seed. Options are always arranged from the seed. Options are
 * worded in `strings`' language (true/false's True and False). Same seed, same versions.
 */
export function makeVersions(items: readonly QuizItem[], count: number, seed: number, shuffleEach: boolean, strings: UiStrings): Version[] {
  // Pieces have a stream per item and version, so that adding an item to the bank leaves the others' as they were.
  const pieceSeed = (version: string) => (item: QuizItem) => deriveSeed(seed, `pieces ${version} ${item.id}`)
  if (count <= 1 && !shuffleEach) return [{ id: null, items: placeAll(items, random(deriveSeed(seed, 'options')), strings, pieceSeed('')) }]
  const versions: Version[] = []
  const printed = new Map<string, Printed>()
  for (let v = 0; v < Math.max(1, count); v++) {
    const id = count <= 1 ? null : letter(v)
    const next = random(deriveSeed(seed, `version ${letter(v)}`))
    versions.push({ id, items: placeAll(shuffle(items, next), next, strings, pieceSeed(letter(v)), printed) })
  }
  return versions
}

/** The answer a grader checks: letters of the correct options ("B", "A,C"), a cloze's words, a number, or the model answer. */
export function answerOf(placed: PlacedItem): string {
  return typeOf(placed.item).answer(placed)
}

/** What a student sees of a version: its questions in order, each with its options' and pieces' order. */
function versionPrint(version: Version): string {
  return JSON.stringify(version.items.map((p) => [p.item.id, p.options.map((o) => o.text), p.pieces.map((x) => x.index)]))
}

/**
 * Versions that print the same quiz, as groups of two or more ids (["A", "C"]): a quiz of
 * few items has few orders (2 items, 2 orders), and options that cannot move (true/false
 * keeps True, False) or only a few (a key dealt to the same letter) add few more. Such
 * versions share one key, which a neighbour can copy.
 */
export function identicalVersions(versions: readonly Version[]): string[][] {
  const groups = new Map<string, string[]>()
  for (const v of versions) {
    const print = versionPrint(v)
    const group = groups.get(print)
    if (group) group.push(v.id ?? '')
    else groups.set(print, [v.id ?? ''])
  }
  return [...groups.values()].filter((g) => g.length > 1)
}

/** How many orders `items` can be printed in, counted from questions and options that move (stops counting at a million). */
export function printableOrders(items: readonly QuizItem[], strings: UiStrings = LANGUAGES[0]!): { questions: number; movable: number } {
  let questions = 1
  for (let k = 2; k <= items.length && questions < 1e6; k++) questions *= k
  const movable = items.filter((item) => {
    const type = typeOf(item)
    const options = type.options(item, wordsOf(type, strings))
    const free = options.filter((o) => o.pin !== 'last').length
    return (type.shuffles && free >= 2) || type.pieces(item).length >= 2
  }).length
  return { questions, movable }
}
