// Where the keys stand: as each version prints them (the deal of balance.ts should leave no
// bias; a key pinned last can), and in the authored order, which the exports write.
import type { Option, QuizItem } from '../../questions/model.js'
import { counted } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import { letter } from '../../select/versions.js'
import type { Version } from '../../select/model.js'
import { keys, oneKey, severalKeys } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { chiSquare, chiSquareCritical, MIN_BANK, named, share } from '../stats.js'

/** A one-key item's key as placed: its position among `width` options. */
interface Keyed {
  item: QuizItem
  position: number
  width: number
}

const keyedOf = (item: QuizItem, options: ReadonlyArray<{ correct: boolean }>): Keyed => ({ item, position: options.findIndex((o) => o.correct), width: options.length })

/** One-key items of a printed version, in print order. */
const printed = (version: Version): Keyed[] => version.items.filter((p) => oneKey(p.item)).map((p) => keyedOf(p.item, p.options))

/** One-key items of the bank in authored order. */
const authored = (context: LintContext): Keyed[] => context.module.questions.quiz.flatMap((q) => (oneKey(q) ? [keyedOf(q, oneKey(q)!.options)] : []))

interface Bias {
  position: number
  observed: number
  expected: number
  chi2: number
  critical: number
  items: string[]
}

/** The bias of key positions against each item's options being equally likely, or undefined if within bounds. */
export function keyBias(keyed: readonly Keyed[]): Bias | undefined {
  const n = keyed.length
  if (n < MIN_BANK) return undefined
  const width = Math.max(...keyed.map((k) => k.width))
  const observed = new Array<number>(width).fill(0)
  const expected = new Array<number>(width).fill(0)
  for (const k of keyed) {
    observed[k.position]!++
    for (let p = 0; p < k.width; p++) expected[p]! += 1 / k.width
  }
  const { chi2, df } = chiSquare(observed, expected)
  const critical = chiSquareCritical(df)
  const over = observed.map((o, p) => o / n - expected[p]! / n)
  const position = over.indexOf(Math.max(...over))
  if (chi2 <= critical && over[position]! <= 0.25) return undefined
  return { position, observed: observed[position]!, expected: expected[position]!, chi2, critical, items: keyed.filter((k) => k.position === position).map((k) => k.item.id) }
}

const describe = (b: Bias, n: number): string =>
  `${share(b.observed, n)} single-choice keys at ${letter(b.position)} (${named(b.items)}), expected about ${b.expected.toFixed(1)} (χ² ${b.chi2.toFixed(1)} against ${b.critical.toFixed(2)} at p = 0.05)`

const at = (id: string | undefined, context: LintContext) => {
  const item = context.module.questions.quiz.find((q) => q.id === id)
  return item ? placeOf(item) : undefined
}

const versionName = (v: Version): string => (v.id ? `version ${v.id}` : 'the printed quiz')

export const keyPositionBias = rule('key-position-bias', 'error', 'Keys of single-choice items bunch at one letter as printed', (context) =>
  context.selection.versions.flatMap((v): Finding[] => {
    const keyed = printed(v)
    const b = keyBias(keyed)
    if (!b) return []
    return [{ rule: 'key-position-bias', file: 'questions', place: at(b.items[0], context), set: context.selection.name, items: b.items, reason: `Unexpected ${describe(b, keyed.length)} in ${versionName(v)} of set \`${context.selection.name}\`, expected keys spread over the letters: unpin the keys (\`pin: last\`) or vary the options` }]
  })
)

export const keyPositionRun = rule('key-position-run', 'warning', 'Four or more single-choice items in a row share a key letter as printed', (context) =>
  context.selection.versions.flatMap((v): Finding[] => {
    const keyed = printed(v)
    const out: Finding[] = []
    for (let i = 0; i < keyed.length; ) {
      let j = i
      while (j + 1 < keyed.length && keyed[j + 1]!.position === keyed[i]!.position) j++
      if (j - i + 1 >= 4) {
        const items = keyed.slice(i, j + 1).map((k) => k.item.id)
        out.push({ rule: 'key-position-run', file: 'questions', place: at(items[0], context), set: context.selection.name, items, reason: `Unexpected run of ${items.length} single-choice items keyed ${letter(keyed[i]!.position)} in a row in ${versionName(v)} (${named(items)}), expected no more than 3` })
      }
      i = j + 1
    }
    return out
  })
)

/** Whether a multiple-select item's keys fill exactly its first positions. */
const prefixKeyed = (options: ReadonlyArray<{ correct: boolean }>): boolean => {
  const m = options.filter((o) => o.correct).length
  return m > 0 && m < options.length && options.slice(0, m).every((o) => o.correct)
}

export const multiKeysPrefix = rule('multi-keys-prefix', 'error', 'Multiple-select keys fill the first positions in most items as printed', (context) =>
  context.selection.versions.flatMap((v): Finding[] => {
    const multi = v.items.filter((p) => severalKeys(p.item))
    const prefixed = multi.filter((p) => prefixKeyed(p.options)).map((p) => p.item.id)
    if (multi.length < 2 || prefixed.length <= multi.length / 2) return []
    return [{ rule: 'multi-keys-prefix', file: 'questions', place: at(prefixed[0], context), set: context.selection.name, items: prefixed, reason: `Unexpected keys filling the first positions in ${share(prefixed.length, multi.length)} multiple-select items of ${versionName(v)} (${named(prefixed)}), expected at most half` }]
  })
)

export const keyPositionAuthored = rule('key-position-authored', 'warning', 'Keys bunch at one letter in the authored order, which the exports write', (context) => {
  const out: Finding[] = []
  const keyed = authored(context)
  const b = keyBias(keyed)
  const exports = 'the authored order, which the Moodle, GIFT and QTI exports write (an LMS that does not shuffle shows it as written)'
  if (b) out.push({ rule: 'key-position-authored', file: 'questions', place: at(b.items[0], context), items: b.items, reason: `Unexpected ${describe(b, keyed.length)} in ${exports}, expected keys spread over the letters as written` })
  const multi = context.module.questions.quiz.flatMap((q) => (severalKeys(q) ? [severalKeys(q)!] : []))
  const prefixed = multi.filter((q) => prefixKeyed(q.options)).map((q) => q.id)
  if (multi.length >= 2 && prefixed.length > multi.length / 2) {
    out.push({ rule: 'key-position-authored', file: 'questions', place: at(prefixed[0], context), items: prefixed, reason: `Unexpected keys written first in ${share(prefixed.length, multi.length)} multiple-select items (${named(prefixed)}) in ${exports}, expected at most half` })
  }
  return out
})

export const unshuffledPrint = rule('unshuffled-print', 'error', 'A printed quiz keeps the authored option order while the authored keys are biased', (context) => {
  const b = keyBias(authored(context))
  if (!b) return []
  const same = (a: readonly Option[], placed: ReadonlyArray<{ text: string }>): boolean => a.every((o, i) => o.text === placed[i]?.text)
  return context.selection.versions.flatMap((v): Finding[] => {
    const single = v.items.filter((p) => oneKey(p.item))
    if (single.length < MIN_BANK || !single.every((p) => same(oneKey(p.item)!.options, p.options))) return []
    return [{ rule: 'unshuffled-print', file: 'questions', place: at(b.items[0], context), set: context.selection.name, items: b.items, reason: `Unexpected authored option order in ${versionName(v)} while ${describe(b, authored(context).length)}, expected options the build can shuffle (unpin them)` }]
  })
})

export const multiKeyCountConstant = rule('multi-key-count-constant', 'warning', 'Every multiple-select item has the same number of keys', (context) => {
  const multi = context.module.questions.quiz.flatMap((q) => (severalKeys(q) ? [severalKeys(q)!] : []))
  const counts = new Set(multi.map((q) => keys(q).length))
  if (multi.length < 4 || counts.size !== 1) return []
  return [{ rule: 'multi-key-count-constant', file: 'questions', place: placeOf(multi[0]!), items: multi.map((q) => q.id), reason: `Unexpected ${counted([...counts][0]!, 'key')} in every one of the ${multi.length} multiple-select items (${named(multi.map((q) => q.id))}), expected the number of keys to vary so it gives nothing away` }]
})
