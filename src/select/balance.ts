// Where the keys of single-choice items go in one printed quiz. Shuffling each item on its
// own leaves streaks and lopsided counts to chance (13 items of 4 options put 6 keys on one
// letter about one time in ten); students learn from both. So positions are dealt instead:
// each letter gets its share of the keys (rounded, never more than its share plus one), the
// deal is seeded, and no three items in a row share a key letter where a swap can avoid it.
// A key pinned last is not dealt but counted: it holds its letter's share and stands in runs,
// so the dealt keys go to the other letters rather than lengthen a row of pinned D's.
import { shuffle } from './random.js'

/**
 * A key the deal cannot move: pinned last (`pin: last`), or in an item that keeps its options
 * in order. `at` is where it stands among its item's `width` options.
 */
export interface FixedKey {
  at: number
  width: number
}

/**
 * A key position for each item of a quiz, in print order. `choices[i]` is how many positions
 * item i's key may take (its options that are not pinned), or where a key that cannot move
 * stands: such a key takes its letter's share and stands in runs as a dealt one does, so the
 * dealt keys make up the balance around it rather than add to its letter. Same `next`, same
 * positions.
 */
export function dealKeyPositions(choices: ReadonlyArray<number | FixedKey>, next: () => number): number[] {
  const n = choices.length
  if (n === 0) return []
  const fixed = choices.map((c) => (typeof c === 'number' ? undefined : c.at))
  // A fixed key's item shows all its options: a student expects its key at any of them.
  const widths = choices.map((c) => (typeof c === 'number' ? c : c.width))
  const width = Math.max(...widths)
  // Each item's key is equally likely at each of its positions: a position's share is the sum.
  const share = Array.from({ length: width }, (_, p) => widths.reduce((s, m) => s + (p < m ? 1 / m : 0), 0))
  const quota = roundShares(share, n, next)

  const positions = new Array<number>(n).fill(0)
  const dealt = new Array<number>(width).fill(0)
  fixed.forEach((at, i) => {
    if (at === undefined) return
    positions[i] = at
    dealt[at]!++
  })
  // Items with fewer positions choose first, so the wider items can still fill the far letters.
  const order = shuffle([...choices.keys()].filter((i) => fixed[i] === undefined), next).sort((a, b) => widths[a]! - widths[b]!)
  for (const i of order) {
    const allowed = [...Array(widths[i]!).keys()]
    const open = allowed.filter((p) => dealt[p]! < quota[p]!)
    const p = open.length ? open[Math.floor(next() * open.length)]! : allowed.reduce((best, q) => (dealt[q]! - share[q]! < dealt[best]! - share[best]! ? q : best))
    positions[i] = p
    dealt[p]!++
  }
  // Where fixed keys overfill a letter, the other letters' quotas hold room the deal left
  // unused, for a dealt key to break a run no swap can (three options, the last one full:
  // the dealt keys share two letters, and a swap among them may change nothing). Without
  // fixed keys the deal stays as it always was.
  const room = fixed.some((at) => at !== undefined) ? quota.map((q, p) => q - dealt[p]!) : undefined
  breakRuns(positions, widths, fixed, room, next)
  return positions
}

/** Shares rounded to whole numbers that add up to `total` (largest remainders; ties broken by `next`). */
function roundShares(share: readonly number[], total: number, next: () => number): number[] {
  const quota = share.map((s) => Math.floor(s + 1e-9))
  let left = total - quota.reduce((a, b) => a + b, 0)
  const byRemainder = shuffle([...share.keys()], next).sort((a, b) => share[b]! - quota[b]! - (share[a]! - quota[a]!))
  for (const p of byRemainder) {
    if (left <= 0) break
    quota[p]!++
    left--
  }
  return quota
}

/** True when items i-2, i-1, i (as far as they exist) hold one key position. */
function runAt(positions: readonly number[], i: number): boolean {
  for (let start = Math.max(0, i - 2); start <= i && start + 2 < positions.length; start++) {
    if (positions[start] === positions[start + 1] && positions[start] === positions[start + 2]) return true
  }
  return false
}

/**
 * Swap positions between items until no three in a row are the same, where some swap allows
 * it; fixed keys stay. With `room` (what each letter may still take), a key no swap moves may
 * move to a letter with room.
 */
function breakRuns(positions: number[], choices: readonly number[], fixed: ReadonlyArray<number | undefined>, room: number[] | undefined, next: () => number): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false
    for (let i = 2; i < positions.length; i++) {
      if (!runAt(positions, i)) continue
      const k = movable(positions, fixed, i)
      if (k === undefined) continue
      if (swapAway(positions, choices, fixed, k, next) || (room !== undefined && moveAway(positions, choices, room, k))) changed = true
    }
    if (!changed) return
  }
}

/** Swap item `k`'s position with another dealt item's so that neither stands in a run; whether one did. */
function swapAway(positions: number[], choices: readonly number[], fixed: ReadonlyArray<number | undefined>, k: number, next: () => number): boolean {
  for (const j of shuffle([...positions.keys()], next)) {
    const [a, b] = [positions[k]!, positions[j]!]
    if (a === b || fixed[j] !== undefined || a >= choices[j]! || b >= choices[k]!) continue
    positions[k] = b
    positions[j] = a
    if (!runAt(positions, k) && !runAt(positions, j)) return true
    positions[k] = a
    positions[j] = b
  }
  return false
}

/** Move item `k`'s key to the first letter with `room` where it stands in no run; whether it moved. */
function moveAway(positions: number[], choices: readonly number[], room: number[], k: number): boolean {
  const a = positions[k]!
  for (let q = 0; q < choices[k]!; q++) {
    if (q === a || room[q]! <= 0) continue
    positions[k] = q
    if (!runAt(positions, k)) {
      room[q]!--
      room[a]!++
      return true
    }
  }
  positions[k] = a
  return false
}

/**
 * The item to move to break a run through item `i`: `i` itself, or, when its key is fixed, a
 * neighbour of the run whose key the deal placed (none when every key of the run is fixed).
 */
function movable(positions: readonly number[], fixed: ReadonlyArray<number | undefined>, i: number): number | undefined {
  if (fixed[i] === undefined) return i
  return [i - 1, i - 2, i + 1, i + 2].find((k) => k >= 0 && k < positions.length && fixed[k] === undefined && positions[k] === positions[i] && runAt(positions, k))
}
