// The few statistics the lint needs: χ² against a uniform spread, Cramér's V, shares.

/** χ² critical values at p = 0.05 for 1 to 10 degrees of freedom. */
const CRITICAL_05 = [3.841, 5.991, 7.815, 9.488, 11.07, 12.592, 14.067, 15.507, 16.919, 18.307]

/** The χ² critical value at p = 0.05 (df beyond the table: the Wilson–Hilferty approximation). */
export function chiSquareCritical(df: number): number {
  if (df >= 1 && df <= CRITICAL_05.length) return CRITICAL_05[df - 1]!
  const z = 1.6449
  return df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3
}

/** χ² of observed counts against expected ones (positions expected to hold nothing are left out), and its df. */
export function chiSquare(observed: readonly number[], expected: readonly number[]): { chi2: number; df: number } {
  let chi2 = 0
  let cells = 0
  expected.forEach((e, i) => {
    if (e <= 0) return
    cells++
    chi2 += (observed[i]! - e) ** 2 / e
  })
  return { chi2, df: Math.max(1, cells - 1) }
}

/** Cramér's V of two labellings of the same items (0: independent, 1: one fixes the other). */
export function cramersV(a: readonly string[], b: readonly string[]): number {
  const rows = [...new Set(a)]
  const cols = [...new Set(b)]
  const n = a.length
  if (n === 0 || rows.length < 2 || cols.length < 2) return 0
  const count = (r: string, c: string): number => a.filter((x, i) => x === r && b[i] === c).length
  let chi2 = 0
  for (const r of rows) {
    const rn = a.filter((x) => x === r).length
    for (const c of cols) {
      const e = (rn * b.filter((y) => y === c).length) / n
      chi2 += (count(r, c) - e) ** 2 / e
    }
  }
  return Math.sqrt(chi2 / (n * (Math.min(rows.length, cols.length) - 1)))
}

/** "7 of 12 (58%)". */
export const share = (part: number, whole: number): string => `${part} of ${whole} (${Math.round((100 * part) / Math.max(1, whole))}%)`

/** Ids for a message: `a`, `b` and `c`, shortened after `max`. */
export function named(ids: readonly string[], max = 8): string {
  const shown = ids.slice(0, max).map((id) => '`' + id + '`')
  return ids.length > max ? `${shown.join(', ')} and ${ids.length - max} more` : shown.join(', ')
}

/** Thresholds hold for banks of this many items or more (ITEM-WRITING.md): fewer are left to chance. */
export const MIN_BANK = 8
