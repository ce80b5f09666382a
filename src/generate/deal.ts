// Where a generated item's key stands as written (the order the exports write; printed
// quizzes deal their own). A generator writes its options in a canonical order (kinds as
// claims.yaml lists them, the author before the actors …), and the same key is often right:
// most claims are the author's own, so the author's option would be A again and again. So
// the keys of a generator's single-choice items are dealt over the letters as a printed
// quiz's are (src/select/balance.ts), and the distractors keep their canonical order around
// the key.
import type { Option } from '../questions/model.js'
import { oneKey } from '../lint/items.js'
import { dealKeyPositions } from '../select/balance.js'
import type { GeneratedItem } from './model.js'

/** `items` with the key of each single-choice item moved to a dealt position. Seeded by `next`. */
export function dealKeys(items: readonly GeneratedItem[], next: () => number): GeneratedItem[] {
  // Items with one key among their options (single choice), as the lint reads them.
  type WithOptions = GeneratedItem & { options: Option[] }
  const single = items.flatMap((item) => (oneKey(item) !== undefined ? [item as WithOptions] : []))
  const positions = dealKeyPositions(single.map((item) => item.options.length), next)
  const at = new Map<GeneratedItem, number>(single.map((item, i) => [item, positions[i]!]))
  return items.map((item) => (at.has(item) ? { ...item, options: keyAt((item as WithOptions).options, at.get(item)!) } : item))
}

/** The options with the key at `position`, the distractors in their order around it. */
function keyAt(options: readonly Option[], position: number): Option[] {
  const key = options.find((o) => o.correct)!
  const rest = options.filter((o) => o !== key)
  return [...rest.slice(0, position), key, ...rest.slice(position)]
}
