// What single-choice and multiple-select items share: authored options, each with its
// feedback, graded by letters. `single.ts` and `multiple.ts` make their types from this.
import { x } from 'xastscript'
import { normalize } from '../article/normalize.js'
import { code, error, warn } from '../messages.js'
import type { ItemBase, Option } from '../questions/model.js'
import { boolean, id, list, object, oneOf, optional, placeOf, required, string } from '../yaml/decode.js'
import type { Placed, QuestionTypeModule, RuleContext } from './type.js'

export interface ChoiceItem extends ItemBase {
  type: 'single' | 'multiple'
  options: Option[]
}

/** A choice type's words: how to answer. */
export interface ChoiceStrings {
  instruction: string
}

const option = object('an option', {
  text: required(string()),
  correct: optional(boolean, () => false),
  feedback: required(string()),
  claim: optional(id),
  pin: optional(oneOf(['last'] as const))
})

/** The schema fields of a choice item. */
export const choiceFields = { options: required(list(option, { min: 2, max: 8 })) }

/** The letters of the correct options: "B", "A,C". */
export const correctLetters = (placed: Placed<unknown>): string =>
  placed.options
    .filter((o) => o.correct)
    .map((o) => o.letter)
    .join(',')

/** Options that differ, their claims known, at most one pinned last. */
export function checkOptions(item: ChoiceItem, { file, claim }: RuleContext): void {
  const texts = new Map<string, number>()
  item.options.forEach((o, i) => {
    claim(o, 'claim', o.claim)
    const key = normalize(o.text).text.toLowerCase()
    const first = texts.get(key)
    if (first !== undefined) error(file, `Unexpected duplicate option ${code(o.text)} in item \`${item.id}\`, expected options that differ (same as option ${first + 1})`, placeOf(o, 'text'), 'duplicate-option')
    else texts.set(key, i)
  })
  const pinned = item.options.filter((o) => o.pin === 'last')
  if (pinned.length > 1) error(file, `Unexpected ${pinned.length} options pinned last in item \`${item.id}\`, expected at most one`, placeOf(pinned[1]!, 'pin'), 'pin-conflict')
}

/** Report a multiple-select item where every option is right. */
export function warnAllCorrect(item: ChoiceItem, file: RuleContext['file']): void {
  if (item.options.every((o) => o.correct)) warn(file, `Unexpected multiple-select item \`${item.id}\` where every option is correct, expected at least one wrong option`, placeOf(item, 'options'), 'all-options-correct')
}

/** The answer grades Moodle accepts (its question_bank fraction options), in percent, largest first. */
const GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5]

/**
 * The grade of each option of a choice item, in authored order, in percent as Moodle
 * accepts it. Single choice: 100 for the right option, 0 for the others. Multiple answers:
 * the correct options share 100 equally (50, 33.33333, 25, …) and each wrong option takes
 * away 100 divided by the number of wrong options (rounded up in size to a grade Moodle
 * accepts), so that ticking every option scores 0 and ticking every wrong one costs it all.
 */
export function moodleGrades(item: ChoiceItem): string[] {
  if (item.type === 'single') return item.options.map((o) => (o.correct ? '100' : '0'))
  const right = item.options.filter((o) => o.correct).length
  const wrong = item.options.length - right
  const plus = GRADES.find((g) => Math.abs(g - 100 / right) < 1e-4)
  // questions.yaml allows at most 8 options, and 100/1 … 100/8 are all Moodle grades.
  if (plus === undefined) throw new TypeError(`classpack: Moodle has no grade for one of ${right} correct options`)
  const minus = [...GRADES].reverse().find((g) => g > 100 / wrong - 1e-4) ?? 100
  return item.options.map((o) => (o.correct ? String(plus) : String(-minus)))
}

/** A choice type: everything but its name, its rules and how it is scored. */
export function choiceType<I extends ChoiceItem>(
  name: I['type'],
  parts: Pick<QuestionTypeModule<I, ChoiceStrings>, 'description' | 'itemName' | 'check'> & {
    /** Canvas's question type and how many options a student picks there. */
    qti: { type: string; cardinality: 'Single' | 'Multiple' }
  }
): QuestionTypeModule<I, ChoiceStrings> {
  return {
    name,
    description: parts.description,
    itemName: parts.itemName,
    fields: choiceFields,
    check: parts.check,
    options: (item) => item.options,
    shuffles: true,
    answer: correctLetters,
    instruction: (words) => words.instruction,
    answerLines: () => 0,
    key: () => ({ modelAnswer: null, rubric: null }),
    gradingCell: correctLetters,
    moodle: {
      type: 'multichoice',
      // Moodle's default: a third off per wrong try.
      penalty: '0.3333333',
      body(item, _words, kit) {
        const grades = moodleGrades(item)
        return [
          x('single', String(item.type === 'single')),
          // Moodle cannot keep one answer last, so an item with a pinned option ("None of these") is not shuffled.
          x('shuffleanswers', String(!item.options.some((o) => o.pin === 'last'))),
          x('answernumbering', 'ABCD'),
          ...item.options.map((o, i) => kit.answer(grades[i]!, 'html', kit.cdata(kit.html(o.text)), kit.html(kit.feedback(o))))
        ]
      }
    },
    gift(item, _words, kit) {
      const grades = moodleGrades(item)
      const lines = item.options.map((o, i) => {
        // Single choice marks its answer with `=`; multiple answers weigh every option (`~%50%`),
        // which is also how Moodle tells the two apart.
        const mark = item.type === 'single' ? (o.correct ? '=' : '~') : `~%${grades[i]}%`
        return `\t${mark}${kit.text(o.text)}#${kit.text(kit.feedback(o))}`
      })
      return `{\n${[...lines, `\t${kit.general(kit.tests)}`].join('\n')}\n}`
    },
    qti: {
      type: parts.qti.type,
      response: (_item, kit) => kit.choice(parts.qti.cardinality),
      scoring(_item, kit) {
        const right = kit.ids.filter((_, i) => kit.options[i]!.correct)
        if (parts.qti.cardinality === 'Single') return kit.score([kit.chosen(right[0]!)], true)
        // Canvas's own form: every right option chosen and no wrong one.
        return kit.score([x('and', kit.ids.map((id, i) => (kit.options[i]!.correct ? kit.chosen(id) : x('not', [kit.chosen(id)]))))], true)
      },
      general: () => ''
    }
  }
}
