// Multiple select: every right option among 2 to 8, at least one. Its scoring rule is
// written here once; the quiz and the answer key print it, and every export states it in
// its own terms so that the platform computes the same score as a teacher with the key.
import { error, warn } from '../messages.js'
import { placeOf } from '../yaml/decode.js'
import { checkOptions, choiceType, unsure, warnAllCorrect, type ChoiceItem, type ChoiceStrings } from './choice.js'

export interface MultipleItem extends ChoiceItem {
  type: 'multiple'
}

/** How to answer, and the scoring rule as the quiz and the answer key print it. */
export interface MultipleStrings extends ChoiceStrings {
  /** The rule for students, on the quiz (it does not say how many options are right). */
  scoring: string
  /** The rule for the grader, on the key: `correct` right options sharing `points`. */
  keyScoring(correct: number, points: number): string
  /**
   * Whether a stem already asks for every answer that applies ("Choose every one that it
   * says."), so that the quiz adds no "Select all that apply." of its own after it.
   */
  instructs(stem: string): boolean
}

/**
 * The multiple-select scoring rule. With k correct options, each correct option ticked
 * earns 1/k of the item's points and each wrong option ticked takes 1/k away; the item
 * scores the sum, never below 0 (nor, since only k options earn, above its points). Ticking
 * nothing, or as many wrong options as right ones, scores 0. This is Canvas's own rule for
 * multiple-answer questions, and what Moodle computes from per-option grades of ±1/k.
 * Returns what ticking each option earns, in authored order, as a fraction of the points.
 */
export function multipleCredit(item: ChoiceItem): number[] {
  const k = item.options.filter((o) => o.correct).length
  return item.options.map((o) => (o.correct ? 1 / k : -1 / k))
}

export const multiple = choiceType<MultipleItem, MultipleStrings>('multiple', {
  description: 'every right option among 2 to 8',
  itemName: 'a multiple-select item',
  // Timing, weighing every option: about two minutes.
  minutes: () => 2,
  answerKind: 'several-keys',
  check(item, context) {
    if (!item.options.some((o) => o.correct) && !unsure(item)) {
      error(context.file, `Unexpected multiple-select item \`${item.id}\` with no correct option, expected at least one \`correct: true\``, placeOf(item, 'options'), 'no-correct-option')
    }
    // One right option: students told to tick every right one look for a second, and a type
    // named as another tool names it (`multiple-choice`) is often a single-choice item.
    if (item.options.filter((o) => o.correct).length === 1 && item.options.length > 2 && !unsure(item)) {
      warn(context.file, `Unexpected multiple-select item \`${item.id}\` with one correct option, expected \`type: single\` for one right answer, or another \`correct: true\`: students told to tick every right option look for a second`, placeOf(item, 'type') ?? placeOf(item, 'options'), 'one-correct-option')
    }
    warnAllCorrect(item, context.file)
    checkOptions(item, context)
  },
  instructed: (stem, words) => words.instructs(stem),
  credit: multipleCredit,
  scoring: (item, words) => ({ quiz: words.scoring, key: words.keyScoring(item.options.filter((o) => o.correct).length, item.points) }),
  qti: { type: 'multiple_answers_question', cardinality: 'Multiple' }
})
