// Single choice: one right option among 2 to 8.
import { error } from '../messages.js'
import { placeOf } from '../yaml/decode.js'
import { checkOptions, choiceType, unsure, type ChoiceItem } from './choice.js'

export interface SingleItem extends ChoiceItem {
  type: 'single'
}

export const single = choiceType<SingleItem>('single', {
  description: 'one right option among 2 to 8',
  itemName: 'a single-choice item',
  // Timing, reading and choosing one option: about a minute.
  minutes: () => 1,
  answerKind: 'one-key',
  check(item, context) {
    const correct = item.options.filter((o) => o.correct).length
    // Options (or a `correct`) that had an error of their own are no count to judge.
    if (correct !== 1 && !unsure(item)) {
      // Several: which ones, and where the second `correct: true` stands (the one likely left
      // over from editing); the item type for several answers named, in case that is meant.
      const marked = item.options.flatMap((o, i) => (o.correct ? [{ letter: String.fromCharCode(65 + i), at: placeOf(o, 'correct') }] : []))
      const which = marked.length > 1 ? ` (options ${marked.map((m) => `${m.letter}${m.at ? ` at line ${m.at.start.line}` : ''}`).join(', ')}): keep \`correct: true\` on the right one, or make it a \`multiple\` item if all of them are right` : ''
      error(context.file, `Unexpected ${correct} correct options in single-choice item \`${item.id}\`, expected exactly one \`correct: true\`${which}`, (marked.length > 1 ? marked[1]!.at : undefined) ?? placeOf(item, 'options'), correct === 0 ? 'no-correct-option' : 'several-correct-options')
    }
    checkOptions(item, context)
  },
  // The right option earns the item's points, any other nothing.
  credit: (item) => item.options.map((o) => (o.correct ? 1 : 0)),
  scoring: () => null,
  qti: { type: 'multiple_choice_question', cardinality: 'Single' }
})
