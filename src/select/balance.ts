// Where the keys of single-choice items go in one printed quiz. Shuffling each item on its
// own leaves streaks and lopsided counts to chance (13 items of 4 options put 6 keys on one
// letter about one time in ten); students learn from both. So positions are dealt instead:
// each letter gets its share of the keys (rounded, never more than its share plus one), the
// deal is seeded, and no three items in a row share a key letter where a swap can avoid it.
import { shuffle } from './random.js'

/**
 * A key position for each item of a quiz, in print order. `choices[i]` is how many positions
 * item i's key may take (its options that are not pinned). Same `next`, same positions.
 */
export function dealKeyPositions(choices: readonly number[], next: () => number): number[] {
  const n = choices.length
  if (n === 0) return []
  const width = Math.max(...choices)
  // Each item's key is equally likely at each of its positions: a position's share is the sum.
  const share = Array.from({ length: width }, (_, p) => choices.reduce((s, m) => s + (p < m ? 1 / m : 0), 0))
  const quota = roundShares(share, n, next)

  // Items with fewer positions choose first, so the wider items can still fill the far letters.
  const order = shuffle([...choices.keys()], next).sort((a, b) => choices[a]! - choices[b]!)
  const positions = new Array<number>(n).fill(0)
  const dealt = new Array<number>(width).fill(0)
  for (const i of order) {
    const allowed = [...Array(choices[i]!).keys()]
    const open = allowed.filter((p) => dealt[p]! < quota[p]!)
    const p = open.length ? open[Math.floor(next() * open.length)]! : allowed.reduce((best, q) => (dealt[q]! - share[q]! < dealt[best]! - share[best]! ? q : best))
    positions[i] = p
    dealt[p]!++
  }
  breakRuns(positions, choices, next)
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

/** Swap positions between items until no three in a row are the same, where some swap allows it. */
function breakRuns(positions: number[], choices: readonly number[], next: () => number): void {
  for (let pass = 0; pass < 4; pass++) {
    let changed = false
    for (let i = 2; i < positions.length; i++) {
      if (!runAt(positions, i)) continue
      for (const j of shuffle([...positions.keys()], next)) {
        const [a, b] = [positions[i]!, positions[j]!]
        if (a === b || a >= choices[j]! || b >= choices[i]!) continue
        positions[i] = b
        positions[j] = a
        if (!runAt(positions, i) && !runAt(positions, j)) {
          changed = true
          break
        }
        positions[i] = a
        positions[j] = b
      }
    }
    if (!changed) return
  }
}
