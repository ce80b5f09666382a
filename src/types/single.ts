// Single choice: one right option among 2 to 8.
import { error } from '../messages.js'
import { placeOf } from '../yaml/decode.js'
import { checkOptions, choiceType, type ChoiceItem } from './choice.js'

export interface SingleItem extends ChoiceItem {
  type: 'single'
}

export const single = choiceType<SingleItem>('single', {
  description: 'one right option among 2 to 8',
  itemName: 'a single-choice item',
  check(item, context) {
    const correct = item.options.filter((o) => o.correct).length
    if (correct !== 1) {
      error(context.file, `Unexpected ${correct} correct options in single-choice item \`${item.id}\`, expected exactly one \`correct: true\``, placeOf(item, 'options'), correct === 0 ? 'no-correct-option' : 'several-correct-options')
    }
    checkOptions(item, context)
  },
  qti: { type: 'multiple_choice_question', cardinality: 'Single' }
})
