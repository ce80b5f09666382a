// The lint reads items by how they are answered (a type's `answerKind`), never by type name:
// a new type with options and one key is linted as single choice is.
import type { Option, QuizItem } from '../questions/model.js'
import type { ChoiceItem, ClozeItem, MatchingItem, NumericItem, ShortItem, TrueFalseItem } from '../types/index.js'
import { typeOf, type AnswerKind, type ItemText } from '../types/index.js'
import { isFunctionWord, ngrams, words } from './text.js'

export const kindOf = (item: QuizItem): AnswerKind => typeOf(item).answerKind

/** An item with options and one key. */
export const oneKey = (item: QuizItem): ChoiceItem | undefined => (kindOf(item) === 'one-key' ? (item as ChoiceItem) : undefined)

/** An item with options and any number of keys. */
export const severalKeys = (item: QuizItem): ChoiceItem | undefined => (kindOf(item) === 'several-keys' ? (item as ChoiceItem) : undefined)

/** An item with options to choose from (one key or several). */
export const withOptions = (item: QuizItem): ChoiceItem | undefined => oneKey(item) ?? severalKeys(item)

/** A statement judged true or false. */
export const statement = (item: QuizItem): TrueFalseItem | undefined => (kindOf(item) === 'statement' ? (item as TrueFalseItem) : undefined)

/** A written answer with a model answer and a rubric. */
export const written = (item: QuizItem): ShortItem | undefined => (kindOf(item) === 'written' ? (item as ShortItem) : undefined)

/** A passage with gaps. */
export const gapped = (item: QuizItem): ClozeItem | undefined => (kindOf(item) === 'gaps' ? (item as ClozeItem) : undefined)

/** Premises matched to responses. */
export const paired = (item: QuizItem): MatchingItem | undefined => (kindOf(item) === 'pairs' ? (item as MatchingItem) : undefined)

/** A number to give. */
export const numbered = (item: QuizItem): NumericItem | undefined => (kindOf(item) === 'number' ? (item as NumericItem) : undefined)

/** `figure` as it stands in `text`, whole: with a decimal point or a decimal comma ("0.5", "0,5"), as the text's language writes it. */
export function figureIn(text: string, figure: string): string | undefined {
  return new RegExp(`(?<![\\d.])(?<!\\d,)${figure.replace('.', '[.,]')}(?![\\d]|[.,]\\d)`).exec(text)?.[0]
}

/**
 * Answers of one figure (0 to 9) stand in many texts by chance ("2 March", "one of 3"): only
 * an answer of two figures or more, or with decimals, is looked for in other items.
 */
export const telling = (answer: number): boolean => !Number.isInteger(answer) || Math.abs(answer) >= 10

/** Whether a student reads numeric item `answering`'s answer in `item`'s stem or options (not its feedback). */
export function printsAnswerOf(item: QuizItem, answering: NumericItem): boolean {
  return telling(answering.answer) && textsOf(item).some((text) => !text.feedback && figureIn(text.text, String(answering.answer)) !== undefined)
}

export const keys = (item: ChoiceItem): Option[] => item.options.filter((o) => o.correct)
export const distractors = (item: ChoiceItem): Option[] => item.options.filter((o) => !o.correct)

/** A part of an item as a message names it after "in": "option 2", but "the stem", "the feedback of option 2". */
export const thePart = (what: string): string => (/^(?:option|premise|distractor|step|gap|follow-up|misreading) \d+$/.test(what) ? what : `the ${what}`)

/** The claim an option rests on: its own, else the item's first. */
export const claimOf = (item: QuizItem, option: Option): string => option.claim ?? item.claims[0]!

/** Every text a student reads in an item and every text of its feedback, with where each is (the stem first, then as its type lists them). */
export function textsOf(item: QuizItem): ItemText[] {
  const stem: ItemText = { text: item.stem, owner: item, key: 'stem', what: 'stem', claim: item.claims[0]!, feedback: false, isKey: statement(item) !== undefined }
  return [stem, ...typeOf(item).texts(item)]
}

/** The texts only a grader reads (a written answer's model answer and rubric criteria), which the answer key prints. */
export const graderTextsOf = (item: QuizItem): ItemText[] => typeOf(item).graderTexts?.(item) ?? []

/** Words in a row that a stem repeats of another item's key, for the stem to give its answer (`cross-item-answer-leak`). */
const LEAK = 6

/**
 * The texts that give an item's answer, or that a stem must not settle: its keys, its
 * true/false statement (true or false), a cloze's passage, a written answer's model answer.
 */
function keyTexts(item: QuizItem): ItemText[] {
  // No student reads a model answer, but a stem that repeats it writes the answer out.
  return [...textsOf(item), ...graderTextsOf(item)].filter((t) => t.isKey && !t.feedback)
}

/**
 * A key shorter than that, given whole in a stem, gives the answer too: "…comes from farmland
 * in the catchment" beside a key "Farmland in the catchment". From 3 words with 2 that are not
 * function words: "The council" in a stem is no giveaway.
 */
const WHOLE = 3

/** The runs of words whose repetition in a stem gives an item's answer away. */
export const answerGrams = (item: QuizItem): ReadonlySet<string> => {
  const texts = keyTexts(item).map((t) => t.text)
  return texts.length === 1 ? keyGrams(texts[0]!) : new Set(texts.flatMap((t) => [...keyGrams(t)]))
}

/** The first of an item's `keyTexts` that holds `gram` (one of its `answerGrams`), for a message to name. */
export const keyTextHolding = (item: QuizItem, gram: string): ItemText | undefined => keyTexts(item).find((t) => keyGrams(t.text).has(gram))

/** The runs of words of an item's stem that could give another item's answer away: of 6 words, and of fewer, which a short key may be whole. */
export const stemGrams = (item: QuizItem): ReadonlySet<string> => {
  let found = stemRuns.get(item.stem)
  if (found === undefined) {
    if (stemRuns.size >= 10_000) stemRuns.clear()
    const list = words(item.stem)
    const runs = new Set(textGrams(item.stem))
    for (let n = WHOLE; n < LEAK; n++) for (const g of ngrams(list, n)) runs.add(g)
    stemRuns.set(item.stem, (found = runs))
  }
  return found
}
const stemRuns = new Map<string, ReadonlySet<string>>()

/** A key text's runs: of 6 words, or the whole text when it is shorter and says something (see WHOLE). */
function keyGrams(text: string): ReadonlySet<string> {
  const list = words(text)
  if (list.length >= LEAK || list.length < WHOLE) return textGrams(text)
  return list.filter((w) => !isFunctionWord(w)).length >= 2 ? new Set([list.join(' ')]) : textGrams(text)
}

// A text's runs, made once: `check` asks for every item's both when generated items choose
// what they exclude and again in the lint. Bounded, for the studio's long-lived process.
const grams = new Map<string, ReadonlySet<string>>()
function textGrams(text: string): ReadonlySet<string> {
  let found = grams.get(text)
  if (found === undefined) {
    if (grams.size >= 10_000) grams.clear()
    grams.set(text, (found = ngrams(words(text), LEAK)))
  }
  return found
}
