// The question types. Adding one: a module like `short.ts` (the compiler asks for every
// piece of `QuestionTypeModule`), one line in TYPES below, and its words in each src/lang/ module
// (the compiler asks for those too).
import type { UiStrings } from '../lang/strings.js'
import { cloze } from './cloze.js'
import { matching } from './matching.js'
import { multiple } from './multiple.js'
import { numeric } from './numeric.js'
import { ordering } from './ordering.js'
import { short } from './short.js'
import { single } from './single.js'
import { trueFalse } from './true-false.js'
import type { QuestionTypeModule, RuleContext } from './type.js'

/** Every question type, in the order questions.yaml's messages and the usage list them. */
export const TYPES = [single, multiple, trueFalse, short, cloze, matching, ordering, numeric] as const

type Registered = (typeof TYPES)[number]
// A type's item and words, read off the pieces that take them.
type ItemOf<T> = T extends { check(item: infer I, context: RuleContext): void } ? I : never
type WordsOf<T> = T extends { instruction(words: infer S): string } ? S : never

/** A quiz item of any registered type. */
export type QuizItem = ItemOf<Registered>
/** A registered type's name: `single`, `true-false`, … */
export type QuestionType = QuizItem['type']
/** Each type's words, as a UI language module supplies them. */
export type TypeStrings = { [T in Registered as T['name']]: WordsOf<T> }

/** The names `type:` and `--types` take. */
export const QUESTION_TYPES: readonly QuestionType[] = TYPES.map((t) => t.name)

/** A type, called on items whose type is only known at run time (its words come from `wordsOf`). */
export type AnyType = QuestionTypeModule<QuizItem, unknown>

const byName = new Map<string, AnyType>(TYPES.map((t) => [t.name, t as unknown as AnyType]))

/** The type of `item`. */
export function typeOf(item: QuizItem): AnyType {
  const type = byName.get(item.type)
  // Items come from the schema, which only admits registered types.
  if (!type) throw new TypeError(`classpack: no question type \`${item.type}\``)
  return type
}

/** The words of `type` in a UI language. */
export function wordsOf(type: AnyType, strings: UiStrings): unknown {
  return (strings.types as Record<string, unknown>)[type.name]
}

/**
 * Whether `stem` already says how to answer, `instruction` being the type's own words for it
 * ("Select all that apply."): in those words, or in words of its own that the type's language
 * knows ("In zwei bis drei Sätzen erläutern."). The quiz and the exports then do not add it.
 */
export function stemInstructs(type: AnyType, strings: UiStrings, stem: string, instruction: string): boolean {
  if (stem.toLowerCase().includes(instruction.toLowerCase().replace(/[.?]$/, ''))) return true
  return type.instructed?.(stem, wordsOf(type, strings)) === true
}

export { citedClaim } from './choice.js'
export type { ChoiceItem } from './choice.js'
export type { SingleItem } from './single.js'
export type { MultipleItem, MultipleStrings } from './multiple.js'
export type { TrueFalseItem } from './true-false.js'
export type { ShortItem, RubricLine } from './short.js'
export type { ClozeItem, ClozePassage, ClozeStrings, Gap } from './cloze.js'
export type { MatchingItem, MatchingStrings, Pair } from './matching.js'
export type { OrderingItem, OrderingStrings, Step } from './ordering.js'
export type { NumericItem, NumericStrings } from './numeric.js'
export type { QuestionTypeModule, AnswerKind, Placed, KeyPieces, ExportOrder, MoodleKit, GiftKit, QtiKit, Qti21Kit, RuleContext, MarkdownKit, ItemText, ClaimRef, ExportName, TypeLimit } from './type.js'
