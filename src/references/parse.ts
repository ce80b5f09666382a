// Paragraph references as teachers write them in text: `¶3`, `¶ 3`, ranges `¶3–5`,
// `¶3–¶5`, `¶3-5`, `¶3..¶5`, and lists `¶¶3, 5 and 7`, `¶¶12–14`. Each is found with its
// place in the text, so a message can point at it.

/** One reference: where it stands in the text and the paragraphs it names. */
export interface ParagraphReference {
  /** Offsets in the text. */
  start: number
  end: number
  /** As written: `¶3–¶5`. */
  text: string
  /** Each single paragraph or range it names, in order. */
  spans: Array<{ from: number; to: number }>
}

const NUMBER = String.raw`¶?\s?(\d{1,4})`
const RANGE = String.raw`${NUMBER}(?:\s?(?:[–—-]|\.\.)\s?${NUMBER})?`
const REFERENCE = new RegExp(String.raw`¶(?:${RANGE})(?:(?:\s?,\s?|\s(?:and|&)\s)(?=¶|\d)${RANGE})*`, 'gu')

/** Every paragraph reference in `text`, in order. A list (`¶¶3, 5`) is one reference. */
export function findReferences(text: string): ParagraphReference[] {
  const found: ParagraphReference[] = []
  // Most texts cite no paragraph: `matchAll` would copy the pattern to learn that.
  if (!text.includes('¶')) return found
  for (const match of text.matchAll(REFERENCE)) {
    const written = match[0]
    // A bare number after a comma continues the list only after `¶¶` or when it carries its own ¶.
    const spans: Array<{ from: number; to: number }> = []
    const list = /^¶¶/.test(written)
    let kept = written
    for (const part of written.matchAll(new RegExp(RANGE, 'gu'))) {
      const hasMark = /¶/.test(part[0]) || part.index === 1 || part.index === 0
      if (!list && !hasMark && spans.length > 0) {
        kept = written.slice(0, part.index).replace(/(?:\s?,\s?|\s(?:and|&)\s)$/, '')
        break
      }
      const from = Number(part[1])
      const to = part[2] === undefined ? from : Number(part[2])
      spans.push({ from: Math.min(from, to), to: Math.max(from, to) })
    }
    found.push({ start: match.index, end: match.index + kept.length, text: kept, spans })
  }
  return found
}

/** Every paragraph a reference names: `¶3–5` → 3, 4, 5. */
export function paragraphsOf(reference: ParagraphReference): number[] {
  const out: number[] = []
  for (const { from, to } of reference.spans) for (let n = from; n <= to && out.length < 10_000; n++) out.push(n)
  return out
}

/** A number written in a reference: where it stands in the reference's text, and whether it starts or ends a range. */
export interface WrittenNumber {
  start: number
  end: number
  value: number
  /** A range's other end, for `from` and `to`. */
  role: 'alone' | 'from' | 'to'
}

/** The numbers of `reference` as written, in order: `¶3–¶5, ¶9` → 3 (from), 5 (to), 9 (alone). */
export function numbersIn(reference: ParagraphReference): WrittenNumber[] {
  const out: WrittenNumber[] = []
  for (const part of reference.text.matchAll(new RegExp(RANGE, 'gud'))) {
    const [first, second] = [part.indices![1]!, part.indices![2]]
    if (!second) {
      out.push({ start: first[0], end: first[1], value: Number(part[1]), role: 'alone' })
      continue
    }
    const [a, b] = [Number(part[1]), Number(part[2])]
    out.push({ start: first[0], end: first[1], value: a, role: a <= b ? 'from' : 'to' })
    out.push({ start: second[0], end: second[1], value: b, role: a <= b ? 'to' : 'from' })
  }
  return out
}
