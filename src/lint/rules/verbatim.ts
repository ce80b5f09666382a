// Copying cues: the key that repeats the article's or the stem's words where the
// distractors do not can be found without understanding either.
import type { ChoiceItem, Option } from '../../questions/model.js'
import { placeOf } from '../../yaml/decode.js'
import { distractors, keys, oneKey, withOptions } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { MIN_BANK, named, share } from '../stats.js'
import { mentionedWords } from '../mentioned.js'
import { namesEchoed } from '../names.js'
import { contentWords, longestSharedRun, words } from '../text.js'

const oneKeyItems = (context: LintContext): ChoiceItem[] => context.module.questions.quiz.flatMap((q) => (oneKey(q) ? [oneKey(q)!] : []))

export const keyMostVerbatim = rule('key-most-verbatim', 'warning', 'The key copies a run of the article 3 or more words longer than any distractor does', (context) => {
  const { meta, paragraphs } = context.module.article
  const source = [meta.title, meta.standfirst ?? '', ...paragraphs.map((p) => p.text)].map(words)
  const out: Finding[] = []
  const cued: string[] = []
  let counted = 0
  const items = oneKeyItems(context)
  for (const item of items) {
    const key = keys(item)[0]
    if (!key || distractors(item).length === 0) continue
    const k = longestSharedRun(words(key.text), source)
    const d = Math.max(...distractors(item).map((o) => longestSharedRun(words(o.text), source)))
    if (!context.ignored('key-most-verbatim', item.id)) counted++
    if (k - d < 3) continue
    if (!context.ignored('key-most-verbatim', item.id)) cued.push(item.id)
    out.push({ rule: 'key-most-verbatim', file: 'questions', place: placeOf(key, 'text'), item: item.id, reason: `Unexpected key copying ${k} words in a row from the article in \`${item.id}\` against at most ${d} for any distractor, expected the key paraphrased, or distractors drawn from the article's wording too` })
  }
  if (counted >= MIN_BANK && cued.length / counted > 0.3) {
    out.push({ rule: 'key-most-verbatim', file: 'questions', place: placeOf(items.find((q) => q.id === cued[0])!), items: cued, reason: `Unexpected key copying the most article wording in ${share(cued.length, counted)} single-choice items (${named(cued)}), expected at most 30%` })
  }
  return out
})

export const keyMostStemOverlap = rule('key-most-stem-overlap', 'warning', 'The key shares more content words with the stem than any distractor, names someone the stem names when no distractor does, or holds a word the stem gives as an example or quotes (“likely”) that no distractor holds', (context) => [
  ...context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = withOptions(q)
    return item ? mentionedInKeys(item) : []
  }),
  ...oneKeyItems(context).flatMap((item): Finding[] => {
    const key = keys(item)[0]
    if (!key || distractors(item).length === 0) return []
    // One shared name is enough: "Haverford said …" answers "Who …?" when only Tom Haverford is on offer.
    const names = namesEchoed(item.stem, key.text, distractors(item).map((o) => o.text), context.module.actors)
    if (names.length > 0) {
      return [{ rule: 'key-most-stem-overlap', file: 'questions', place: placeOf(key, 'text'), item: item.id, reason: `Unexpected key naming someone the stem of \`${item.id}\` names (${names.map((w) => '"' + w + '"').join(', ')}) where no distractor names anyone it names, expected the stem to name no one on offer, or more than one` }]
    }
    const stem = contentWords(item.stem)
    const overlap = (text: string): string[] => [...contentWords(text)].filter((w) => stem.has(w))
    const k = overlap(key.text)
    const d = Math.max(...distractors(item).map((o) => overlap(o.text).length))
    // One shared word is chance; a key that echoes the stem by two words more than any distractor is a cue.
    if (k.length < 2 || k.length - d < 2) return []
    return [{ rule: 'key-most-stem-overlap', file: 'questions', place: placeOf(key, 'text'), item: item.id, reason: `Unexpected key sharing ${k.length} content words with the stem of \`${item.id}\` (${k.map((w) => '"' + w + '"').join(', ')}) against at most ${d} for any distractor, expected the stem's words in the distractors too, or in none` }]
  })
])

/**
 * The words the stem mentions ("a word such as perhaps, may or likely", “likely”) that stand in
 * a key and in no distractor: one message an item, at the first key holding one. An item whose
 * stem the rule below also faults gets both: two cues, two fixes.
 */
function mentionedInKeys(item: ChoiceItem): Finding[] {
  const wrong = distractors(item)
  if (wrong.length === 0) return []
  const mentioned = [...mentionedWords(item.stem)]
  const holds = (o: Option, w: string): boolean => words(o.text).includes(w)
  const cues = mentioned.filter((w) => keys(item).some((o) => holds(o, w)) && !wrong.some((o) => holds(o, w)))
  if (cues.length === 0) return []
  const key = keys(item).find((o) => cues.some((w) => holds(o, w)))!
  return [{ rule: 'key-most-stem-overlap', file: 'questions', place: placeOf(key, 'text'), item: item.id, reason: `Unexpected ${cues.map((w) => '"' + w + '"').join(', ')} in the stem of \`${item.id}\` and in a key but in no distractor, expected the stem to name no word of the options, or one that distractors hold too: students match it` }]
}
