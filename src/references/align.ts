// Which paragraph of the article now is which paragraph of the record (paragraphs.lock):
// the texts that stand unchanged, in order, are the anchors (a longest common subsequence);
// a text that stands unchanged elsewhere moved (two that swapped places are one move each
// way); between two anchors, the old and new paragraphs left are paired by the words they
// share, so a reworded paragraph stays the same paragraph, changed, a split one maps to its
// parts and merged ones to the one they became. What is left is deleted or inserted. Pure.
import { normalize } from '../article/normalize.js'

export interface Alignment {
  /** For each recorded paragraph (index 0 is ¶1): the numbers of the paragraphs it is now, in order; empty when it was deleted. */
  oldTo: number[][]
  /** For each paragraph now: the recorded paragraphs it was; empty when it is new. */
  newFrom: number[][]
  /** Recorded paragraphs (numbers) found elsewhere, out of the order the others keep. */
  moved: Set<number>
  /** Recorded paragraphs (numbers) whose text changed: reworded, split or merged. */
  changed: Set<number>
}

/** Share of one paragraph's words another must hold to be taken for it, reworded, split or merged. */
const SIMILAR = 0.5
/** For a lone old and a lone new paragraph between the same two anchors, a lower share will do: nothing else could be it. */
const SIMILAR_ALONE = 0.3
/** For an old and a new paragraph in different places, a higher share both ways: moved and reworded, not merely alike. */
const SIMILAR_MOVED = 0.7

/** Map the recorded paragraphs `old` onto the article's `now` (texts, in order). */
export function alignParagraphs(old: readonly string[], now: readonly string[]): Alignment {
  // Normalized as quotes are matched (normalize folds and trims white space itself), cached per text.
  const key = (text: string): string => normalize(text).text
  const a = old.map(key)
  const b = now.map(key)
  const oldTo: number[][] = a.map(() => [])
  const newFrom: number[][] = b.map(() => [])
  const link = (i: number, j: number): void => {
    oldTo[i]!.push(j + 1)
    newFrom[j]!.push(i + 1)
  }
  const anchors = lcs(a, b)
  for (const [i, j] of anchors) link(i, j)
  // Moves: an unmatched old text that stands unmatched elsewhere, as it was.
  const moved = new Set<number>()
  const freeNew = (j: number): boolean => newFrom[j]!.length === 0
  for (let i = 0; i < a.length; i++) {
    if (oldTo[i]!.length) continue
    const j = b.findIndex((text, k) => freeNew(k) && text === a[i])
    if (j >= 0) {
      link(i, j)
      moved.add(i + 1)
    }
  }
  // Between each two anchors, the paragraphs left on either side, paired by the words they share.
  const changed = new Set<number>()
  const bounds = [[-1, -1], ...anchors, [a.length, b.length]] as const
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [i0, j0] = bounds[k]!
    const [i1, j1] = bounds[k + 1]!
    const olds = range(i0 + 1, i1).filter((i) => oldTo[i]!.length === 0)
    const news = range(j0 + 1, j1).filter((j) => newFrom[j]!.length === 0)
    if (olds.length === 0 || news.length === 0) continue
    const oldBags = new Map(olds.map((i) => [i, bag(a[i]!)]))
    const newBags = new Map(news.map((j) => [j, bag(b[j]!)]))
    const oldWords = (i: number): Map<string, number> => oldBags.get(i)!
    const newWords = (j: number): Map<string, number> => newBags.get(j)!
    const pairs = new Set<string>()
    const pair = (i: number, j: number): void => {
      if (pairs.has(`${i},${j}`)) return
      pairs.add(`${i},${j}`)
      changed.add(i + 1)
    }
    const threshold = olds.length === 1 && news.length === 1 ? SIMILAR_ALONE : SIMILAR
    // Each new paragraph to the old one that holds most of its words (a part of a split one, a reworded one)…
    for (const j of news) {
      const best = bestOf(olds, (i) => contained(newWords(j), oldWords(i)))
      if (best && best.score >= threshold) pair(best.item, j)
    }
    // …and each old one left to the new one that holds most of its words (one merged into it).
    for (const i of olds) {
      if ([...pairs].some((p) => p.startsWith(`${i},`))) continue
      const best = bestOf(news, (j) => contained(oldWords(i), newWords(j)))
      if (best && best.score >= threshold) pair(i, best.item)
    }
    for (const p of [...pairs].map((s) => s.split(',').map(Number)).sort((x, y) => x[1]! - y[1]! || x[0]! - y[0]!)) link(p[0]!, p[1]!)
  }
  // Moved and reworded at once (two paragraphs swapped, a figure in one of them updated): left
  // in different gaps, each was taken for one deleted and one inserted, and every reference to
  // it for one to a deleted paragraph. An old and a new paragraph still unpaired, each holding
  // most of the other's words, are one paragraph moved and changed; the most alike first.
  const lone = (list: number[][], texts: readonly string[]): Array<[number, Map<string, number>]> => list.flatMap((l, k) => (l.length === 0 ? [[k, bag(texts[k]!)] as [number, Map<string, number>]] : []))
  const lonely = lone(newFrom, b)
  const candidates = lone(oldTo, a).flatMap(([i, old]) => lonely.map(([j, now]) => ({ i, j, score: Math.min(contained(old, now), contained(now, old)) })))
  for (const { i, j, score } of candidates.sort((x, y) => y.score - x.score)) {
    if (score < SIMILAR_MOVED || oldTo[i]!.length || newFrom[j]!.length) continue
    link(i, j)
    moved.add(i + 1)
    changed.add(i + 1)
  }
  for (const list of [...oldTo, ...newFrom]) list.sort((x, y) => x - y)
  return { oldTo, newFrom, moved, changed }
}

/** Whether every recorded paragraph is the one of the same number now, and no paragraph was added. */
export function isIdentity(alignment: Alignment): boolean {
  const { oldTo, newFrom } = alignment
  return oldTo.length === newFrom.length && oldTo.every((to, i) => to.length === 1 && to[0] === i + 1) && newFrom.every((from, j) => from.length === 1 && from[0] === j + 1)
}

/** A change to the numbering, in plain words, and the first paragraph (now) it touches. */
export interface NumberingChange {
  words: string
  at: number
}

/**
 * What changed in the numbering, in order: "a paragraph inserted as ¶1", "¶17 and ¶18
 * swapped", "¶10 split into ¶10–¶11", "¶3 and ¶4 merged into ¶3", "¶5 deleted". Paragraphs
 * that only moved along with them are not named, nor is a paragraph merely reworded.
 */
export function describeChanges(alignment: Alignment): NumberingChange[] {
  const { oldTo, newFrom, moved } = alignment
  const out: NumberingChange[] = []
  const runs = (numbers: number[]): number[][] => {
    const out: number[][] = []
    for (const n of numbers) {
      const last = out.at(-1)
      if (last && last.at(-1) === n - 1) last.push(n)
      else out.push([n])
    }
    return out
  }
  const span = (run: readonly number[]): string => (run.length === 1 ? `¶${run[0]}` : `¶${run[0]}–¶${run.at(-1)}`)
  // Where a deleted paragraph was, in the numbering now: the first paragraph after it that is still there.
  const nowAfter = (n: number): number => {
    for (let i = n; i < oldTo.length; i++) if (oldTo[i]!.length) return Math.min(...oldTo[i]!)
    return Math.max(1, newFrom.length)
  }
  for (const run of runs(newFrom.flatMap((from, j) => (from.length === 0 ? [j + 1] : [])))) {
    out.push({ words: `${run.length === 1 ? 'a paragraph' : `${run.length} paragraphs`} inserted as ${span(run)}`, at: run[0]! })
  }
  for (const run of runs(oldTo.flatMap((to, i) => (to.length === 0 ? [i + 1] : [])))) out.push({ words: `${span(run)} deleted`, at: nowAfter(run.at(-1)!) })
  oldTo.forEach((to, i) => {
    if (to.length > 1) out.push({ words: `¶${i + 1} split into ${contiguous(to) ? span(to) : to.map((n) => `¶${n}`).join(', ')}`, at: to[0]! })
  })
  newFrom.forEach((from, j) => {
    if (from.length > 1) out.push({ words: `${contiguous(from) ? (from.length === 2 ? `¶${from[0]} and ¶${from[1]}` : span(from)) : from.map((n) => `¶${n}`).join(', ')} merged into ¶${j + 1}`, at: j + 1 })
  })
  const said = new Set<number>()
  for (const n of [...moved].sort((x, y) => x - y)) {
    if (said.has(n)) continue
    const to = oldTo[n - 1]![0]!
    // Swapped: the paragraph that stood where this one went now stands where it stood.
    const partner = oldTo[to - 1]
    if (to !== n && partner?.length === 1 && partner[0] === n) {
      said.add(to)
      out.push({ words: `¶${Math.min(n, to)} and ¶${Math.max(n, to)} swapped`, at: Math.min(n, to) })
    } else out.push({ words: `¶${n} moved to ¶${to}`, at: Math.min(n, to) })
  }
  return out.sort((x, y) => x.at - y.at)
}

const contiguous = (numbers: readonly number[]): boolean => numbers.every((n, k) => k === 0 || n === numbers[k - 1]! + 1)

/** Index pairs of a longest common subsequence of `a` and `b`, in order. */
export function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const rows = a.length + 1
  const cols = b.length + 1
  const table = new Uint16Array(rows * cols)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!)
    }
  }
  const out: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push([i, j])
      i++
      j++
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++
    else j++
  }
  return out
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k)

/** A text's words (letters and digits, lower case), counted. */
function bag(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) out.set(w, (out.get(w) ?? 0) + 1)
  return out
}

/** The share of `part`'s words that `whole` holds too. */
function contained(part: Map<string, number>, whole: Map<string, number>): number {
  let total = 0
  let shared = 0
  for (const [w, n] of part) {
    total += n
    shared += Math.min(n, whole.get(w) ?? 0)
  }
  return total === 0 ? 0 : shared / total
}

function bestOf<T>(items: readonly T[], score: (item: T) => number): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined
  for (const item of items) {
    const s = score(item)
    if (!best || s > best.score) best = { item, score: s }
  }
  return best
}
