// ¶ numbers as a reader scans them: runs compressed into ranges.

/** Compress ¶ numbers into ranges: [1,2,3,7] → "¶1–3, ¶7". */
export function paragraphRanges(ns: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < ns.length; i++) {
    let j = i
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++
    parts.push(j === i ? `¶${ns[i]}` : `¶${ns[i]}–${ns[j]}`)
    i = j
  }
  return parts.join(', ')
}
