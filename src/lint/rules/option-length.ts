// Length cues: test-wise students pick the longest option, because writers qualify the
// right answer until it is unassailable.
import type { ChoiceItem, QuizItem } from '../../questions/model.js'
import { placeOf } from '../../yaml/decode.js'
import { distractors, keys, oneKey, severalKeys, withOptions } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { length } from '../text.js'
import { ITEM_MARGIN, ITEM_MARGIN_CHARS, KEYS_MARGIN, SHORT, SPREAD } from '../thresholds.js'
import { MIN_BANK, named, share } from '../stats.js'
import { allOrNoneOption } from './options.js'
import { wordingOf } from '../wording/index.js'

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)


const oneKeyItems = (context: LintContext): ChoiceItem[] => context.module.questions.quiz.flatMap((q) => (oneKey(q) ? [oneKey(q)!] : []))

export const keyStrictlyLongest = rule('key-strictly-longest', 'warning', 'The key is the longest option (an item by a margin; the bank by share or mean ratio)', (context) => {
  const out: Finding[] = []
  const items = oneKeyItems(context)
  const longest: string[] = []
  const ratios: number[] = []
  const ratioOf = new Map<string, number>()
  for (const item of items) {
    const key = keys(item)[0]
    const others = distractors(item).map((o) => length(o.text))
    if (!key || others.length === 0) continue
    const k = length(key.text)
    const max = Math.max(...others)
    if (!context.ignored('key-strictly-longest', item.id)) {
      if (k > max) longest.push(item.id)
      ratios.push(k / mean(others))
      ratioOf.set(item.id, k / mean(others))
    }
    if (k >= ITEM_MARGIN * max && k - max >= ITEM_MARGIN_CHARS) {
      out.push({ rule: 'key-strictly-longest', file: 'questions', place: placeOf(key, 'text'), item: item.id, reason: `Unexpected key of ${k} characters in \`${item.id}\`, the longest by far (the longest distractor has ${max}), expected options of similar length: shorten the key or lengthen a distractor` })
    }
  }
  // The bank's pattern, not one item's: each item counts at most ITEM_MARGIN, so one key far
  // longer than its distractors (reported above, on its own line) does not make a bank of
  // fair items an error, while keys longer throughout still do.
  const ratio = mean(ratios.map((r) => Math.min(r, ITEM_MARGIN)))
  const n = ratios.length
  if (n >= MIN_BANK && (longest.length / n > 0.4 || ratio > 1.1)) {
    // At the item whose key stands out most: where a writer would start.
    const worst = [...longest].sort((a, b) => ratioOf.get(b)! - ratioOf.get(a)!)[0]
    out.push({
      rule: 'key-strictly-longest',
      severity: 'error',
      file: 'questions',
      place: placeOf(items.find((q) => q.id === worst) ?? items[0]!),
      items: longest,
      reason: `Unexpected key strictly the longest option in ${share(longest.length, n)} single-choice items (${named(longest)}), mean key length ${ratio.toFixed(2)} × the distractors' (each item counted at most ${ITEM_MARGIN} ×), expected at most 40% and at most 1.10 ×`
    })
  }
  return out
})


export const optionLengthSpread = rule('option-length-spread', 'warning', 'The longest option is more than 1.5 × the shortest', (context) => {
  const wording = wordingOf(context)
  return context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = withOptions(q)
    if (!item) return []
    const options = item.options.filter((o) => !allOrNoneOption(o, wording))
    if (options.length < 2) return []
    const lengths = options.map((o) => length(o.text))
    const [min, max] = [Math.min(...lengths), Math.max(...lengths)]
    if (max <= SHORT || max <= SPREAD * min) return []
    const longest = options[lengths.indexOf(max)]!
    return [{ rule: 'option-length-spread', file: 'questions', place: placeOf(longest, 'text'), item: item.id, reason: `Unexpected options from ${min} to ${max} characters in \`${item.id}\` (${(max / min).toFixed(1)} ×), expected the longest at most 1.5 × the shortest` }]
  })
})

export const multiKeysLonger = rule('multi-keys-longer', 'warning', 'Multiple-select keys are longer than the distractors on average', (context) =>
  context.module.questions.quiz.flatMap((q: QuizItem): Finding[] => {
    const item = severalKeys(q)
    if (!item || keys(item).length === 0 || distractors(item).length === 0) return []
    const k = mean(keys(item).map((o) => length(o.text)))
    const d = mean(distractors(item).map((o) => length(o.text)))
    // Among short options (names, figures) a few letters are no cue: "Tallinn" and "Dunkirk"
    // against "Lyon" and "Bristol", as option-length-spread and key-strictly-longest judge.
    if (k <= KEYS_MARGIN * d || (item.options.every((o) => length(o.text) <= SHORT) && k - d < ITEM_MARGIN_CHARS)) return []
    return [{ rule: 'multi-keys-longer', file: 'questions', place: placeOf(item, 'options'), item: item.id, reason: `Unexpected keys of ${Math.round(k)} characters on average in \`${item.id}\` against ${Math.round(d)} for the distractors, expected at most 1.10 × as long` }]
  })
)
