// Multiple select: every right option among 2 to 8, at least one.
import { error } from '../messages.js'
import { placeOf } from '../yaml/decode.js'
import { checkOptions, choiceType, warnAllCorrect, type ChoiceItem } from './choice.js'

export interface MultipleItem extends ChoiceItem {
  type: 'multiple'
}

export const multiple = choiceType<MultipleItem>('multiple', {
  description: 'every right option among 2 to 8',
  itemName: 'a multiple-select item',
  check(item, context) {
    if (!item.options.some((o) => o.correct)) {
      error(context.file, `Unexpected multiple-select item \`${item.id}\` with no correct option, expected at least one \`correct: true\``, placeOf(item, 'options'), 'no-correct-option')
    }
    warnAllCorrect(item, context.file)
    checkOptions(item, context)
  },
  qti: { type: 'multiple_answers_question', cardinality: 'Multiple' }
})
