// Stems: negatives a reader can miss, double negatives, length, and verbs that claim a
// higher Bloom level than the item asks for.
import { code } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import { severalKeys, statement, withOptions, written } from '../items.js'
import { rule, type Finding } from '../model.js'
import { sentences, withoutQuotations, words } from '../text.js'
import { wordingOf, type Wording } from '../wording/index.js'

/**
 * The sentence that asks: the last one ending in "?" (an instruction may follow it: "Which is
 * not …? Choose one."), with the one before it when the question is elliptical ("… all of
 * these places except two. Which two?"); the last sentence when none asks.
 */
function questionSentence(stem: string): string {
  const all = sentences(stem)
  let at = all.length - 1
  while (at >= 0 && !/\?[”"’')\]]*$/.test(all[at]!)) at--
  if (at < 0) return all.at(-1) ?? stem
  return at > 0 && words(all[at]!).length <= ELLIPTICAL ? `${all[at - 1]} ${all[at]}` : all[at]!
}
/** A question of this many words or fewer leans on the sentence before it: "Which two?", "Why not?". */
const ELLIPTICAL = 3

/**
 * The negative words of a question sentence a reader could miss: any not in capitals,
 * outside quotations. Markdown emphasis does not count: item text is printed as written,
 * so `**not**` reaches students with its asterisks (`marked` says which were so wrapped).
 */
function negatives(stem: string, wording: Wording): { word: string; marked: string | null }[] {
  const text = withoutQuotations(questionSentence(stem))
  const found: { word: string; marked: string | null }[] = []
  // Underscores as spaces for the match (same length, so places hold): `_not_` is a word to `\b`.
  for (const m of text.replaceAll('_', ' ').matchAll(wording.negative)) {
    const word = m[0]
    if (word === word.toUpperCase()) continue
    // The word with its marks as the item writes it: `*not*`, `**not**`, `_not_`.
    const before = /[*_]+$/.exec(text.slice(0, m.index))?.[0]
    const after = /^[*_]+/.exec(text.slice(m.index! + word.length))?.[0]
    found.push({ word, marked: before && after ? `${before}${word}${after}` : null })
  }
  return found
}

export const negativeStem = rule('negative-stem-unemphasised', 'warning', 'A negative in the question sentence (not, never, except, doesn\'t …) is not in capitals', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = withOptions(q)
    if (!item) return []
    const wording = wordingOf(context)
    const found = negatives(item.stem, wording)
    if (found.length === 0) return []
    const severe = found.some((n) => wording.severe.except.test(n.word)) || (severalKeys(item) !== undefined && found.some((n) => wording.severe.not.test(n.word)))
    const { word, marked } = found[0]!
    const reason = marked
      ? `Unexpected ${code(marked)} in the stem of \`${item.id}\`, expected ${word.toUpperCase()} in capitals: item text is printed as written, asterisks included`
      : `Unexpected unemphasised ${code(word)} in the stem of \`${item.id}\`, expected it in capitals (${word.toUpperCase()}) so no reader misses it`
    return [{ rule: 'negative-stem-unemphasised', severity: severe ? 'error' : 'warning', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason }]
  })
)

export const negatedStatement = rule('negated-tf-statement', 'warning', 'A false true/false statement contains a negation (a double negative)', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = statement(q)
    if (!item || item.answer) return []
    const m = wordingOf(context).negation.exec(withoutQuotations(item.stem))
    if (!m) return []
    return [{ rule: 'negated-tf-statement', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected negation ${code(m[0])} in the false statement of \`${item.id}\`, expected a statement without a negation: judging a negated statement false is a double negative` }]
  })
)

export const stemLength = rule('stem-length', 'info', 'A choice stem over 40 words, or a short-answer stem over 60', (context) =>
  context.module.questions.quiz.flatMap((item): Finding[] => {
    const limit = written(item) ? 60 : withOptions(item) ? 40 : undefined
    const n = words(item.stem).length
    if (limit === undefined || n <= limit) return []
    return [{ rule: 'stem-length', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected stem of ${n} words in \`${item.id}\`, expected at most ${limit}: reading time is not what the item tests` }]
  })
)

const HIGH = new Set(['analyse', 'evaluate', 'create'])
const LOW = new Set(['remember', 'understand'])

export const bloomVerb = rule('bloom-verb', 'info', 'The stem\'s wording does not fit its Bloom level', (context) =>
  context.module.questions.quiz.flatMap((item): Finding[] => {
    const stem = item.stem.trim()
    if (/^according to the (article|author|text),?\s+(what|who|which|when|where)\b/i.test(stem) && HIGH.has(item.bloom)) {
      return [{ rule: 'bloom-verb', file: 'questions', place: placeOf(item, 'bloom'), item: item.id, reason: `Unexpected \`bloom: ${item.bloom}\` for \`${item.id}\`, whose stem asks what the article says, expected \`remember\` or \`understand\` (or a stem that asks for analysis)` }]
    }
    const verb = /\b(evaluate|judge|design)\b/i.exec(stem)?.[1]
    if (verb && LOW.has(item.bloom)) {
      return [{ rule: 'bloom-verb', file: 'questions', place: placeOf(item, 'bloom'), item: item.id, reason: `Unexpected \`bloom: ${item.bloom}\` for \`${item.id}\`, whose stem asks students to ${verb.toLowerCase()}, expected \`evaluate\` or above (or a stem that asks for less)` }]
    }
    return []
  })
)
