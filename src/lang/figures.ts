// A numeric answer as a class writes it on paper, in a language's own figures: its decimal
// mark, and digits grouped from five on ("11.000", "18,000"), four standing as a year is
// written ("2014", not "2.014"). Shared by the catalogues; each passes its locale.

/**
 * The writer of figures for `locale`; its formats are made on first use (number data costs a
 * `check` that prints none). 15 significant digits, as the exports write them (types/numeric.ts).
 */
export function paperFigures(locale: string): (n: number, decimals?: number) => string {
  // By grouping and the decimal places a figure is written with ("6.40" keeps its 0).
  const formats = new Map<string, Intl.NumberFormat>()
  return (n, decimals = 0) => {
    const useGrouping = Math.abs(n) >= 10_000
    const key = `${useGrouping} ${decimals}`
    let format = formats.get(key)
    // Significant digits would win over fraction digits (Intl rounds by one or the other):
    // with places to keep, the figure is rounded to 15 digits first, then formatted by places.
    const options = decimals > 0 ? { minimumFractionDigits: decimals, maximumFractionDigits: 20 } : { maximumSignificantDigits: 15, maximumFractionDigits: 100 }
    if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { ...options, useGrouping })))
    return format.format(decimals > 0 ? Number(n.toPrecision(15)) : n)
  }
}

/** Numbers with each run of consecutive ones as a range ("2–3"), joined by `join`: "2–4 and 6". */
export function ranged(numbers: readonly number[], join: (parts: string[]) => string): string {
  const parts: string[] = []
  for (let i = 0; i < numbers.length; i++) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++
    parts.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`)
    i = j
  }
  return join(parts)
}
