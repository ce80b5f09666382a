// Shares of an item's points as an export writes them. A format writes numbers to a few
// decimals, and equal shares rounded alone miss the whole: 2 points over 3 gaps as three
// 0.666667 make full marks 2.000001, 1 point over 3 pairs as three 0.333333 make 0.999999.
// So the last share takes what rounding leaves, and the shares, as written, add up to
// exactly the points (0.666667, 0.666667, 0.666666).

/** `count` equal fractions of a whole: 1/count each. */
export const equal = (count: number): number[] => Array.from({ length: count }, () => 1 / count)

/**
 * `fractions` of `total` (the positive ones adding up to 1, a wrong tick's cost negative),
 * each rounded to `places` decimals, the last positive one taking what rounding leaves:
 * the positive ones, as written with `places` decimals, add up to exactly `total`.
 */
export function shares(fractions: readonly number[], total: number, places: number): number[] {
  const unit = 10 ** places
  // In whole units of the last decimal, where sums are exact.
  const units = fractions.map((f) => Math.round(f * total * unit))
  let last = -1
  fractions.forEach((f, i) => {
    if (f > 0) last = i
  })
  if (last >= 0) units[last] = Math.round(total * unit) - units.reduce((sum, u, i) => (fractions[i]! > 0 && i !== last ? sum + u : sum), 0)
  return units.map((u) => u / unit)
}
