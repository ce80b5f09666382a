// The reading copy sets each paragraph back in the lists and block quotes it stands in.
// article/parse.ts numbers every paragraph of a list item or a quote as a ¶ of its own, and
// the template writes one line per ¶; so each ¶ carries the Markdown that opens its line in
// its containers (`> `, `- `, `3. `, nested `> 1. ` or `   - `), and what the blank line after
// it holds so that the next ¶ stays in the same quote (`>`). Every item is then a paragraph of
// its own in a loose list, as every ¶ is in the body. A paragraph of the body has neither, so
// the reading copy of an article without lists or quotes is filled as it always was.
import type { Container, ListItemContainer, Paragraph } from '../article/model.js'

/** Where a ¶ stands, as Markdown: what opens its line, and what the blank line after it holds. */
export interface Placing {
  lead: string
  gap: string
}

const NONE: Placing = { lead: '', gap: '' }

/** Each paragraph's placing, by ¶ number; a paragraph of the body is given none. */
export function placings(paragraphs: readonly Paragraph[]): Map<number, Placing> {
  const out = new Map<number, Placing>()
  // The marker each list is written with: Markdown reads two lists side by side as one unless
  // their markers differ (`-` then `*`, `1.` then `1)`).
  const markers = new Map<number, string>()
  const opened = new Set<number>()
  const markerOf = (item: ListItemContainer, depth: number, chain: readonly Container[], before: readonly Container[]): string => {
    let mark = markers.get(item.list)
    if (mark === undefined) {
      const [first, second] = item.ordered ? ['.', ')'] : ['-', '*']
      const previous = before[depth]
      const sameParent = chain.slice(0, depth).every((c, i) => same(c, before[i]))
      const beside = sameParent && previous?.kind === 'item' && previous.list !== item.list && previous.ordered === item.ordered
      mark = beside && markers.get(previous.list) === first ? second : first
      markers.set(item.list, mark)
    }
    return item.ordered ? `${item.number}${mark} ` : `${mark} `
  }
  paragraphs.forEach((p, i) => {
    const chain = p.within ?? []
    if (chain.length === 0) return
    const before = paragraphs[i - 1]?.within ?? []
    let lead = ''
    chain.forEach((c, depth) => {
      if (c.kind === 'quote') {
        lead += '> '
        return
      }
      const marker = markerOf(c, depth, chain, before)
      lead += opened.has(c.id) ? ' '.repeat(marker.length) : marker
      opened.add(c.id)
    })
    out.set(p.n, { lead, gap: '' })
  })
  // The blank line after a ¶ continues the containers it shares with the next ¶ of its section.
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1]
    const placing = out.get(p.n)
    if (placing === undefined || next === undefined || next.section !== p.section) return
    const chain = p.within ?? []
    const after = next.within ?? []
    let gap = ''
    for (let depth = 0; depth < chain.length && same(chain[depth]!, after[depth]); depth++) {
      const c = chain[depth]!
      gap += c.kind === 'quote' ? '> ' : ' '.repeat(markerOf(c, depth, chain, []).length)
    }
    placing.gap = gap.trimEnd()
  })
  return out
}

/** A paragraph's placing (none for a paragraph of the body). */
export const placingOf = (all: ReadonlyMap<number, Placing>, n: number): Placing => all.get(n) ?? NONE

const same = (a: Container, b: Container | undefined): boolean => b !== undefined && a.kind === b.kind && a.id === b.id

// A list written inside a paragraph: lines that each start with a bullet character or a
// number (`• alpha`, `3. third` after a line of text, which Markdown does not read as a
// list), one ¶ as classpack counts it. Folded into one line they ran together ("Steps:
// 3. third 4. fourth"); the reading copy keeps them a line each. Two such lines at least,
// alike (the same bullet, or numbers), so a hard-wrapped sentence whose next line happens to
// start with "2019." keeps its flow.
const ITEM_LINE = /^[ \t]*(?:([•◦▪‣●○■–*+-])|\d{1,9}[.)])[ \t]+\S/

/** The offsets in `text` of the line breaks that start a line of a list written inside the paragraph; none when it holds no such list. */
export function itemLineBreaks(text: string): number[] {
  const starts = [-1, ...[...text.matchAll(/\n/g)].map((m) => m.index)]
  const kinds = new Map<string, number[]>()
  for (const at of starts) {
    const m = ITEM_LINE.exec(text.slice(at + 1))
    if (m === null) continue
    const kind = m[1] ?? 'number'
    kinds.set(kind, [...(kinds.get(kind) ?? []), at])
  }
  return [...kinds.values()]
    .filter((lines) => lines.length >= 2)
    .flat()
    .filter((at) => at >= 0)
    .sort((a, b) => a - b)
}
