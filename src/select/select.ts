// Choose the questions of a set: filter the bank, sample a count (keeping each theme
// represented where possible) or a points total, and order the result. Pure and seeded.
// Generated items join the bank only for a set that asks for their generator (or
// includes one by id), so a set that does not ask is chosen exactly as before.
import type { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { code, counted, error, warn, type Place } from '../messages.js'
import type { QuestionSet } from '../module/model.js'
import type { DiscussionQuestion, QuizItem } from '../questions/model.js'
import { optionWording } from './wording.js'
import { closest, placeOf } from '../yaml/decode.js'
import { deriveSeed, random, shuffle } from './random.js'
import { exclusions, keepCompatible } from './excludes.js'

/** Where a set came from, for messages: module.yaml (with positions) or the command line. */
export interface SetOrigin {
  file: VFile
  /** The decoded set from module.yaml, for positions of its fields; absent for flags. */
  node?: object
  /** No set and no flag asked: the quiz is the whole bank of questions.yaml (`file`). */
  wholeBank?: true
}

export interface Chosen {
  items: QuizItem[]
  discussion: DiscussionQuestion[]
}

/** Where `field` of the set stands in module.yaml, else the set itself (none for a set from flags alone). */
function fieldPlace(origin: SetOrigin, field: string): Place | undefined {
  return origin.node ? (placeOf(origin.node, field) ?? placeOf(origin.node)) : undefined
}

/** Apply `set` (named `name`) to the module's bank; problems are reported on `origin.file`. */
export function selectQuestions(module: Module, name: string, set: QuestionSet, seed: number, origin: SetOrigin): Chosen | undefined {
  const at = (field: string): Place | undefined => fieldPlace(origin, field)
  const claimThemes = new Map(module.claims.map((c) => [c.id, c.themes]))
  const claimParagraph = new Map(module.claims.map((c) => [c.id, c.anchor.paragraph]))
  const themesOf = (q: { claims: string[] }): Set<string> => new Set(q.claims.flatMap((c) => claimThemes.get(c) ?? []))
  let ok = knownSetIds(module, name, set, origin)
  if (!ok) return undefined
  const bank = [...module.questions.quiz, ...module.generated]

  // An id both asked for and left out is a contradiction, not a choice for `exclude` to win.
  set.include?.forEach((id, i) => {
    if (!set.exclude?.includes(id)) return
    ok = false
    error(origin.file, `Unexpected \`${id}\` in both \`include\` and \`exclude\` of set \`${name}\`, expected it in one of them`, (set.include && placeOf(set.include, i)) ?? at('include'), 'set-excludes')
  })
  // Questions that answer each other never share a pack: a set may not ask for both. Only
  // the items this set can draw are asked (a generated item works its pairs out when first
  // asked, generate/excludes.ts): the others never enter the pool, so their pairs change nothing.
  const drawable = (q: QuizItem): boolean => q.generated === undefined || set.include?.includes(q.id) === true || set.generated?.includes(q.generated) === true
  const excluded = exclusions([...bank.filter(drawable), ...module.questions.discussion])
  set.include?.forEach((a, i) => {
    const other = set.include!.slice(0, i).find((b) => excluded.get(a)?.has(b))
    if (other === undefined) return
    ok = false
    // A generated item's exclusions are worked out, not written: questions.yaml holds none to find.
    const generated = bank.some((q) => (q.id === a || q.id === other) && q.generated !== undefined)
    const why = generated ? 'one gives the other\'s answer (a generated item is kept apart from the items it answers or that answer it)' : 'one `excludes` the other in questions.yaml'
    error(origin.file, `Unexpected \`${a}\` and \`${other}\` both in \`include\` of set \`${name}\`, expected at most one of them: ${why}`, (set.include && placeOf(set.include, i)) ?? at('include'), 'set-excludes')
  })
  if (!ok) return undefined
  const compatible = <T extends { id: string }>(qs: readonly T[]): T[] => keepCompatible(qs, excluded)
  const includedFirst = <T extends { id: string }>(qs: readonly T[]): T[] => [...qs.filter((q) => set.include?.includes(q.id)), ...qs.filter((q) => !set.include?.includes(q.id))]

  const matches = (q: QuizItem | DiscussionQuestion, isQuiz: boolean): boolean => {
    if (set.exclude?.includes(q.id)) return false
    if (set.include?.includes(q.id)) return true
    const generated = isQuiz ? (q as QuizItem).generated : undefined
    if (generated && !set.generated?.includes(generated)) return false
    if (set.include && !hasFilters(set) && !generated) return false
    if (isQuiz && set.types && !set.types.includes((q as QuizItem).type)) return false
    if (set.claims && !q.claims.some((c) => set.claims!.includes(c))) return false
    if (set.themes) {
      const themes = themesOf(q)
      if (!set.themes.some((t) => themes.has(t))) return false
    }
    if (set.bloom && !set.bloom.includes(q.bloom)) return false
    if (isQuiz && set.difficulty && !set.difficulty.includes((q as QuizItem).difficulty)) return false
    if (set.tags && !q.tags.some((t) => set.tags!.includes(t))) return false
    return true
  }

  const pool = bank.filter((q) => matches(q, true))
  // No item matching is the filters' doing, whatever the count asks: said as such, with a tag
  // no item carries named (tags are free words, so a typo matches nothing).
  if (pool.length === 0) {
    const tags = new Set(bank.flatMap((q) => q.tags))
    const unknownTag = set.tags?.findIndex((t) => !tags.has(t)) ?? -1
    if (unknownTag >= 0) {
      const tag = set.tags![unknownTag]!
      const hint = closest(tag, [...tags])
      error(origin.file, `Unexpected tag ${code(tag)} in set \`${name}\`, expected ${hint ? code(hint) + ' or another ' : 'a '}tag an item of this module carries`, placeOf(set.tags!, unknownTag) ?? at('tags'), 'unknown-tag')
    } else if (origin.wholeBank) {
      // No set was written, so none is empty: the file that has no quiz items is.
      const place = placeOf(module.questions.quiz)
      const asked = `for the quiz${set.generated ? '' : ' (or a set in module.yaml that draws on generated items with `generated:`)'}`
      if (place) error(origin.file, `Unexpected empty \`quiz\` list, expected at least one quiz item ${asked}`, place, 'set-empty')
      else error(origin.file, `Missing \`quiz\` list, expected quiz items under \`quiz:\` ${asked}`, { line: 1, column: 1 }, 'set-empty')
    } else if (!bank.some(drawable)) {
      // No item to draw at all is no filter's doing: "no item is left after `exclude`" blamed one the set may not have.
      const none = set.generated ? `questions.yaml has no quiz items, and \`generated: [${set.generated.join(', ')}]\` makes none from these claims` : 'questions.yaml has no quiz items'
      error(origin.file, `Unexpected empty set \`${name}\`, expected at least one quiz item to match its filters: ${none} (write some under \`quiz:\`${set.generated ? '' : ', or draw on generated items with `generated:`'})`, at(''), 'set-empty')
    } else {
      error(origin.file, `Unexpected empty set \`${name}\`, expected at least one quiz item to match its filters (the bank has ${module.questions.quiz.length}; no item is ${describeFilters(set)})`, at(''), 'set-empty')
    }
    return undefined
  }
  const next = random(deriveSeed(seed, `set ${name}`))
  let items = compatible(includedFirst(pool))
  if (set.count !== undefined) {
    const sampled = compatible(balancedOrder(pool, set, module.themes.map((t) => t.id), themesOf, next))
    // The most this set can hold is what can stand together, not what matches: said at once,
    // so that the number a first message gives is not refused by a second.
    if (set.count > pool.length && sampled.length === pool.length) {
      error(origin.file, `Unexpected count ${set.count} for set \`${name}\`, expected at most ${pool.length}: only ${pool.length} quiz ${pool.length === 1 ? 'item matches' : 'items match'} its filters`, at('count'), 'set-count')
      return undefined
    }
    if (set.count > sampled.length) {
      error(origin.file, `Unexpected count ${set.count} for set \`${name}\`, expected at most ${sampled.length}: ${pool.length} quiz items match its filters, but some \`excludes\` others, and this sample held only ${sampled.length} that can stand together`, at('count'), 'set-count')
      return undefined
    }
    items = sampled.slice(0, set.count)
  } else if (set.points !== undefined) {
    const picked = byPoints(pool, set.points, set, module.themes.map((t) => t.id), themesOf, next, excluded)
    if (!picked) {
      const available = pool.reduce((s, q) => s + q.points, 0)
      error(origin.file, `Unexpected points total ${set.points} for set \`${name}\`, expected a total its ${counted(pool.length, 'matching item')} can make exactly (they hold ${counted(available, 'point')} in all)`, at('points'), 'set-points')
      return undefined
    }
    items = picked
  }
  if (set.count !== undefined && set.points !== undefined) {
    const total = items.reduce((s, q) => s + q.points, 0)
    if (total !== set.points) {
      error(origin.file, `Unexpected points total ${total} for the ${counted(set.count, 'item')} of set \`${name}\`, expected ${set.points}: give \`count\` or \`points\`, or make them agree`, at('points'), 'set-points')
      return undefined
    }
  }
  // Keep the bank's order unless asked otherwise; sampling must not reorder by accident.
  const authored = new Map(bank.map((q, i) => [q.id, i]))
  items = [...items].sort((a, b) => authored.get(a.id)! - authored.get(b.id)!)
  const firstParagraph = (q: QuizItem): number => Math.min(...q.claims.map((c) => claimParagraph.get(c) ?? Infinity))
  if (set.order === 'paragraph') items.sort((a, b) => firstParagraph(a) - firstParagraph(b) || authored.get(a.id)! - authored.get(b.id)!)
  if (set.order === 'shuffled') items = shuffle(items, next)

  let discussion = compatible(includedFirst(module.questions.discussion.filter((q) => matches(q, false))))
  // More than match is said: a set quietly printing fewer than it names is not the set written.
  // A warning, not an error as `count` is: the quiz is whole, and a bank with no discussion
  // questions yet (a module drawing on generated items) still builds. A number module.yaml
  // writes is the lint's to say (set-feasibility, which a teacher may set aside); this one says
  // a number given otherwise (the library's `overrides`, the studio), which nothing else does.
  const written = (origin.node as { discussion?: number } | undefined)?.discussion
  if (set.discussion !== undefined && set.discussion !== written && set.discussion > discussion.length) {
    warn(origin.file, `Unexpected discussion ${set.discussion} for set \`${name}\`, expected at most ${discussion.length}: only ${counted(discussion.length, 'discussion question')} match${discussion.length === 1 ? 'es' : ''} its filters, and the pack has ${discussion.length === 1 ? 'it' : discussion.length === 0 ? 'none' : 'those'}`, at('discussion'), 'set-discussion')
  }
  if (set.discussion !== undefined) discussion = discussion.slice(0, set.discussion)
  return { items, discussion }
}

/**
 * Report every id `set` names that the module lacks (its themes, claims, include and exclude),
 * each at its place; true when there is none. A typo must not silently shrink a quiz, and a
 * build or check of one set says so of every set in module.yaml (see resolve.ts).
 */
export function knownSetIds(module: Module, name: string, set: QuestionSet, origin: SetOrigin): boolean {
  let ok = true
  const at = (field: string): Place | undefined => fieldPlace(origin, field)
  const known = (field: keyof QuestionSet, values: readonly string[] | undefined, ids: readonly string[], what: string): void => {
    values?.forEach((v, i) => {
      if (ids.includes(v)) return
      ok = false
      const hint = closest(v, ids)
      const list = set[field] as object | undefined
      error(origin.file, `Unexpected ${what} ${code(v)} in set \`${name}\`, expected ${hint ? code(hint) + ' or another ' : 'a '}${what} of this module`, (list && placeOf(list, i)) ?? at(field), `unknown-${what.replace(/ /g, '-')}`)
    })
  }
  const questionIds = [...module.questions.quiz, ...module.generated, ...module.questions.discussion].map((q) => q.id)
  known('themes', set.themes, module.themes.map((t) => t.id), 'theme id')
  known('claims', set.claims, module.claims.map((c) => c.id), 'claim id')
  known('include', set.include, questionIds, 'question id')
  known('exclude', set.exclude, questionIds, 'question id')
  return ok
}

/** The set's filters in words, for a set no item matches: "at Bloom level `remember` and of difficulty `hard`". */
function describeFilters(set: QuestionSet): string {
  const list = (values: readonly string[]): string => values.map((v) => code(v)).join(' or ')
  const parts = [
    set.types && `of type ${list(set.types)}`,
    set.claims && `on claim ${list(set.claims)}`,
    set.themes && `in theme ${list(set.themes)}`,
    set.bloom && `at Bloom level ${list(set.bloom)}`,
    set.difficulty && `of difficulty ${list(set.difficulty)}`,
    set.tags && `tagged ${list(set.tags)}`,
    set.include && `among those included by id`
  ].filter((p): p is string => Boolean(p))
  return parts.length ? parts.join(' and ') : 'left after `exclude`'
}

/** Whether a set filters by anything but `include` (with none, `include` is the whole set). */
export function hasFilters(set: QuestionSet): boolean {
  return Boolean(set.types || set.claims || set.themes || set.bloom || set.difficulty || set.tags)
}

/** The themes a sample should cover: the set's own, or every theme of the module. */
function wantedThemes(set: QuestionSet, all: readonly string[]): string[] {
  return set.themes ?? [...all]
}

/**
 * Items in sampling order: included ids first; then the teacher's own items, one per wanted
 * theme (while there is one), then the rest of them at random; then generated items, one per
 * theme still uncovered, then the rest. A set that drew on both sampled them alike, and since
 * the claims give many generated items, a teacher's nine questions came out as one among
 * eleven generated; covering a theme with a generated item before the teacher's own were all
 * in still left one of two out. Within each step an item on a claim already tested waits
 * while items on claims not yet tested remain.
 */
function balancedOrder(pool: readonly QuizItem[], set: QuestionSet, themes: readonly string[], themesOf: (q: QuizItem) => Set<string>, next: () => number): QuizItem[] {
  const shuffled = shuffle(pool, next)
  const picked: QuizItem[] = []
  const taken = new Set<string>()
  // How many items taken so far test each claim: the generators make several items of one
  // claim (its voice, kind, evidence…), and a 12-item quiz spent three on one claim of 14.
  const uses = new Map<string, number>()
  const repeats = (q: QuizItem): number => Math.max(0, ...q.claims.map((c) => uses.get(c) ?? 0))
  // And how often each option's words were already the key: generated voice items all offer
  // "The author, in their own voice", and a draft of an opinion piece drew four keyed so,
  // which a student who always picks it scores without reading (lint: key-text-repeated).
  // Two of a key are free; a third waits while items of other keys remain.
  const keyed = new Map<string, number>()
  const keyRepeats = (q: QuizItem): number => {
    const key = keyWords(q)
    return key === undefined ? 0 : Math.max(0, (keyed.get(key) ?? 0) - 1)
  }
  const take = (q: QuizItem): void => {
    picked.push(q)
    taken.add(q.id)
    for (const c of q.claims) uses.set(c, (uses.get(c) ?? 0) + 1)
    const key = keyWords(q)
    if (key !== undefined) keyed.set(key, (keyed.get(key) ?? 0) + 1)
  }
  const cost = (q: QuizItem): number => repeats(q) + keyRepeats(q)
  /** The first of `qs` (in the seeded order) not yet taken whose claims and key were taken least. */
  const leastRepeated = (qs: readonly QuizItem[]): QuizItem | undefined => {
    let best: QuizItem | undefined
    for (const q of qs) if (!taken.has(q.id) && (best === undefined || cost(q) < cost(best))) best = q
    return best
  }
  for (const q of shuffled) if (set.include?.includes(q.id)) take(q)
  for (const group of [shuffled.filter((q) => q.generated === undefined), shuffled.filter((q) => q.generated !== undefined)]) {
    for (const theme of wantedThemes(set, themes)) {
      if (picked.some((q) => themesOf(q).has(theme))) continue
      const candidate = leastRepeated(group.filter((q) => themesOf(q).has(theme)))
      if (candidate) take(candidate)
    }
    for (let q = leastRepeated(group); q; q = leastRepeated(group)) take(q)
  }
  return picked
}

/** The words of a generated item's one key, as a student compares options; undefined for items of the teacher's own, or of several keys or none. */
function keyWords(q: QuizItem): string | undefined {
  if (q.generated === undefined || !('options' in q) || !Array.isArray(q.options)) return undefined
  const keys = (q.options as ReadonlyArray<{ text: string; correct?: boolean }>).filter((o) => o.correct === true)
  return keys.length === 1 ? optionWording(keys[0]!.text) : undefined
}

/**
 * Pick items in balanced order whose points add up to exactly `target`, none excluding another,
 * or undefined if no such choice exists. Greedy choice alone (take each item that still fits)
 * refused totals the pool can make: items of 3, 5 and 1 point taken first leave 9 of 10 with
 * only 2s and 3s to come. So the search goes back on its choices; its first attempt is the
 * greedy one, so a total greedy choice reaches gets the same items as before.
 */
function byPoints(pool: readonly QuizItem[], target: number, set: QuestionSet, themes: readonly string[], themesOf: (q: QuizItem) => Set<string>, next: () => number, excluded: ReadonlyMap<string, ReadonlySet<string>>): QuizItem[] | undefined {
  const order = balancedOrder(pool, set, themes, themesOf, next)
  // Points still to come from item i on: a branch that cannot reach the target is cut.
  const after: number[] = []
  for (let i = order.length - 1, sum = 0; i >= 0; i--) after[i] = sum += order[i]!.points
  const picked: QuizItem[] = []
  // A bound on the work, so that a large bank and an unreachable total cannot hang a build.
  let steps = 0
  const search = (i: number, total: number): boolean => {
    if (Math.abs(total - target) < 1e-9) return true
    if (i >= order.length || total + after[i]! < target - 1e-9 || ++steps > 200_000) return false
    const q = order[i]!
    if (total + q.points <= target + 1e-9 && !picked.some((p) => excluded.get(q.id)?.has(p.id))) {
      picked.push(q)
      if (search(i + 1, total + q.points)) return true
      picked.pop()
    }
    return search(i + 1, total)
  }
  return search(0, 0) ? picked : undefined
}
