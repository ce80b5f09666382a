// Wording cues in options: "all of the above", absolute words, grammar that fits only some
// options, keys that share a form no distractor has, typography that differs.
import type { ChoiceItem, Option } from '../../questions/model.js'
import { andList, code } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import { distractors, keys, severalKeys, statement, textsOf, withOptions } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { MIN_BANK, named, share } from '../stats.js'
import { MODAL, NEGATIVE_FORM, startsWithLetter, withoutQuotations, words } from '../text.js'
import { wordingOf, type Wording } from '../wording/index.js'

const choiceItems = (context: LintContext): ChoiceItem[] => context.module.questions.quiz.flatMap((q) => (withOptions(q) ? [withOptions(q)!] : []))

// An opening ("None of these") counts only where no word of content follows: "None of them
// had driven" is a statement about people. Case-insensitive patterns over \p{L} cost V8
// milliseconds to compile, so the letter after an opening is tested apart.
/** The words that make `text` an "all of the above" option, or undefined. */
function allOrNoneWords(text: string, wording: Wording): string | undefined {
  const phrase = wording.allNone.exec(text)?.[0]
  if (phrase !== undefined) return phrase
  const opening = wording.opensAllNone.exec(text)?.[0]
  return opening !== undefined && !startsWithLetter(text.slice(opening.length).trimStart()) ? opening.trim() : undefined
}

/** An "all of the above" option: an error of its own, so no other rule weighs its words or its length. */
export const allOrNoneOption = (o: Option, wording: Wording): boolean => allOrNoneWords(o.text, wording) !== undefined

export const allOrNone = rule('all-or-none-of-the-above', 'error', 'An option is "all of the above", "all the above", "neither of these" or the like', (context) => {
  const wording = wordingOf(context)
  return choiceItems(context).flatMap((item) =>
    item.options.flatMap((o): Finding[] => {
      const phrase = allOrNoneWords(o.text, wording)
      if (phrase === undefined) return []
      return [{ rule: 'all-or-none-of-the-above', file: 'questions', place: placeOf(o, 'text'), item: item.id, reason: `Unexpected option ${code(o.text)} in \`${item.id}\`, expected an option that stands on its own: "${phrase}" rewards partial knowledge and reads differently once options are shuffled` }]
    })
  )
})

/**
 * The absolute word `text` uses outside quotations and outside `names`, if any: "Never
 * Okonkwo, as the article reports" names a person and overstates nothing.
 */
const absoluteIn = (text: string, wording: Wording, names: readonly string[]): string | undefined =>
  wording.absolute.exec(names.reduce((rest, name) => rest.replaceAll(name, ' '), withoutQuotations(text)))?.[1]

export const specificDeterminer = rule('specific-determiner', 'warning', 'A distractor, or a false true/false statement, uses an absolute word (always, never, only, any …)', (context) => {
  const out: Finding[] = []
  const wording = wordingOf(context)
  // The actors whose names hold such a word ("Never Okonkwo", "Only Fools Theatre").
  const names = context.module.actors.map((a) => a.name).filter((name) => wording.absolute.test(name))
  const absolute = (o: Option): string | undefined => absoluteIn(o.text, wording, names)
  const items = choiceItems(context)
  for (const item of items) {
    for (const o of distractors(item)) {
      const word = allOrNoneOption(o, wording) ? undefined : absolute(o)
      if (word) out.push({ rule: 'specific-determiner', file: 'questions', place: placeOf(o, 'text'), item: item.id, reason: `Unexpected absolute word ${code(word)} in a distractor of \`${item.id}\`, expected a distractor that is wrong for what it says, not for overstating it` })
    }
  }
  // A false true/false statement is the distractor itself: "Heat pumps always lower bills" is
  // false for its "always", which a test-wise student marks False without reading.
  for (const q of context.module.questions.quiz) {
    const item = statement(q)
    if (!item || item.answer) continue
    const word = absoluteIn(item.stem, wording, names)
    if (word) out.push({ rule: 'specific-determiner', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected absolute word ${code(word)} in the false statement of true/false item \`${item.id}\`, expected a statement that is false for what it says, not for overstating it` })
  }
  const counted = items.filter((q) => !context.ignored('specific-determiner', q.id))
  const inDistractors = counted.filter((q) => distractors(q).some((o) => !allOrNoneOption(o, wording) && absolute(o))).map((q) => q.id)
  const inKeys = counted.filter((q) => keys(q).some((o) => absolute(o)))
  if (counted.length >= MIN_BANK && inDistractors.length / counted.length > 0.3 && inKeys.length / counted.length < 0.1) {
    out.push({ rule: 'specific-determiner', file: 'questions', place: placeOf(items.find((q) => q.id === inDistractors[0])!), items: inDistractors, reason: `Unexpected absolute words in the distractors of ${share(inDistractors.length, counted.length)} choice items (${named(inDistractors)}) and in the keys of ${inKeys.length}, expected no pattern a student can learn` })
  }
  return out
})

// A vowel sound: "an idea", "an hour", but "a European", "a union", "a one-off".
const VOWEL_SOUND = /^(?:[ai]|e(?!u)|o(?!ne\b)|u(?!ni|s[eu]|ti|ri))|^(?:hour|honest|honou?r|heir)/i

/**
 * Whether `word` is said starting with a vowel: for a number, as it is read aloud. "an 8",
 * "an 80", "an 800", "an 18-year-old", "an 11,000-strong crowd" (eight…, eleven…, eighteen…);
 * but "a 110", "a 1,800" (one hundred…, one thousand…).
 */
function vowelSound(word: string): boolean {
  const digits = /^\d[\d,]*/.exec(word)?.[0].replaceAll(',', '')
  if (digits === undefined) return VOWEL_SOUND.test(word)
  return digits.startsWith('8') || (/^1[18]/.test(digits) && digits.length % 3 === 2)
}

/** Options named in a message: `A`, `B` and `C`. */
const listed = (options: readonly Option[]): string => andList(options.map((o) => code(o.text)))

// One message for each cue an item gives, however many options it concerns: one cause, one
// fix (the stem's article, its "is", the options' endings), so a finding per option only
// repeats it. Each message names every option concerned.
export const grammaticalCue = rule('grammatical-cue', 'warning', 'The stem\'s grammar fits only some options, or options end differently', (context) =>
  choiceItems(context).flatMap((item): Finding[] => {
    const out: Finding[] = []
    // The stem's last three characters hold "a" or "an" and what stands before it (the pattern,
    // anchored at the end, would otherwise try every position of the stem).
    const article = /\b(a|an)$/i.exec(item.stem.trim().slice(-3))?.[1]?.toLowerCase()
    if (article) {
      // An acronym may be read letter by letter ("an MOT", "an FBI agent") or as a word ("a NATO
      // summit"): either article can be right, so it is no cue.
      const misfits = item.options.filter((o) => !/^[^\p{L}\p{N}]*\p{Lu}{2,}/u.test(o.text.trim()) && (article === 'a') === vowelSound(words(o.text)[0] ?? ''))
      if (misfits.length) {
        out.push({ rule: 'grammatical-cue', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected option${misfits.length === 1 ? '' : 's'} ${listed(misfits)} after the stem of \`${item.id}\` ending "${article}", expected every option to follow it grammatically: end the stem before the article` })
      }
    }
    // "Which" first, in a pattern V8 compiles at once: the full one (case-insensitive, over \p{L}) costs a millisecond or more.
    if (severalKeys(item) && /^which\s/i.test(item.stem.trim()) && /^which(?:\s+[\p{L}'’-]+){1,4}?\s+(is|was)\b/iu.test(item.stem.trim())) {
      out.push({ rule: 'grammatical-cue', file: 'questions', place: placeOf(item, 'stem'), item: item.id, reason: `Unexpected singular "Which … is" in multiple-select item \`${item.id}\`, expected a stem that allows several answers ("Which … are")` })
    }
    // The last two characters hold the stop and a closing quote, if any: the pattern, anchored at the end, need not try the rest.
    // A question or exclamation mark inside closing quotation marks is the quoted words' own
    // (a subhead quoted whole, Under the subhead “What are we afraid of?”), not the option's
    // sentence ending: a position item quoting one was reported beside its unstopped neighbours.
    const stopped = item.options.filter((o) => /(?:[.!?]|\.["”’'])$/.test(o.text.trim().slice(-2)))
    const open = item.options.filter((o) => !stopped.includes(o))
    if (stopped.length && open.length) {
      out.push({ rule: 'grammatical-cue', file: 'questions', place: placeOf(item, 'options'), item: item.id, reason: `Unexpected options in \`${item.id}\` where ${listed(stopped)} end${stopped.length === 1 ? 's' : ''} with a full stop and ${listed(open)} ${open.length === 1 ? 'does' : 'do'} not, expected the same ending punctuation for every option` })
    }
    return out
  })
)

export const mixedTypography = rule('mixed-typography', 'info', 'Straight and curly quotes or apostrophes are mixed in one item', (context) =>
  context.module.questions.quiz.flatMap((item): Finding[] => {
    const text = textsOf(item).map((t) => t.text).join('\n')
    const mixed = /'/.test(text) && /[‘’]/.test(text) ? 'apostrophes or single quotes' : /"/.test(text) && /[“”]/.test(text) ? 'double quotes' : undefined
    if (!mixed) return []
    return [{ rule: 'mixed-typography', file: 'questions', place: placeOf(item), item: item.id, reason: `Unexpected straight and curly ${mixed} together in \`${item.id}\`, expected one style (an odd one out can mark an option)` }]
  })
)


export const parallelKeyCue = rule('parallel-key-cue', 'error', 'Every key of a multiple-select item shares a first word or a modal that no distractor has', (context) =>
  context.module.questions.quiz.flatMap((q): Finding[] => {
    const item = severalKeys(q)
    if (!item) return []
    const right = keys(item)
    const wrong = distractors(item)
    if (right.length < 2 || wrong.length === 0) return []
    const first = (o: Option): string => words(o.text)[0] ?? ''
    const cue = (what: string): Finding => ({ rule: 'parallel-key-cue', file: 'questions', place: placeOf(item, 'options'), item: item.id, reason: `Unexpected ${what} in every key of \`${item.id}\` and in no distractor, expected options worded in parallel so the form gives no key away` })
    if (new Set(right.map(first)).size === 1 && !wrong.some((o) => first(o) === first(right[0]!))) return [cue(`first word ${code(first(right[0]!))}`)]
    if (right.every((o) => MODAL.test(o.text)) && !wrong.some((o) => MODAL.test(o.text))) return [cue('modal verb (would, could, will, may, might, can)')]
    const negative = (o: Option): boolean => NEGATIVE_FORM.test(o.text)
    if (right.every(negative) && !wrong.some(negative)) return [cue('negative form (not, no, never, n’t)')]
    return []
  })
)
