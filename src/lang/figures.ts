// A numeric answer as a class writes it on paper, in a language's own figures: its decimal
// mark, and digits grouped from five on ("11.000", "18,000"), four standing as a year is
// written ("2014", not "2.014"). Shared by the catalogues; each passes its locale.

/**
 * The writer of figures for `locale`; its formats are made on first use (number data costs a
 * `check` that prints none). 15 significant digits, as the exports write them (types/numeric.ts).
 */
export function paperFigures(locale: string): (n: number) => string {
  let formats: Intl.NumberFormat[] | undefined
  return (n) => (formats ??= [false, true].map((useGrouping) => new Intl.NumberFormat(locale, { maximumSignificantDigits: 15, maximumFractionDigits: 100, useGrouping })))[Math.abs(n) < 10_000 ? 0 : 1]!.format(n)
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

/**
 * A count said with "about": to the nearest ten from 100 up ("about 600 words"). The word count
 * is the reader's estimate of the article's length, and "about 597 words" read as exact.
 */
export function roughly(n: number): number {
  return n < 100 ? n : Math.round(n / 10) * 10
}
