// True or false: a statement, and feedback for each answer. Its two options are always
// True then False, never shuffled.
import type { ElementContent } from 'xast'
import type { ItemBase, Option } from '../questions/model.js'
import { boolean, object, required, string } from '../yaml/decode.js'
import { correctLetters, optionsKey } from './choice.js'
import type { QuestionTypeModule } from './type.js'

export interface TrueFalseItem extends ItemBase {
  type: 'true-false'
  answer: boolean
  feedback: { if_true: string; if_false: string }
}

/** How to answer, and the two options' words. */
export interface TrueFalseStrings {
  instruction: string
  true: string
  false: string
}

// Both answers are about the statement, so each one's feedback cites the claim it tests.
const options = (item: TrueFalseItem, words: TrueFalseStrings): [Option, Option] => [
  { text: words.true, correct: item.answer, feedback: item.feedback.if_true, claim: item.claims[0]! },
  { text: words.false, correct: !item.answer, feedback: item.feedback.if_false, claim: item.claims[0]! }
]

// Moodle's import reads a true/false answer by its text, which must be the keyword `true` or
// `false` whatever the language (question/format/xml/format.php, import_truefalse); any other
// text is taken by position, with a warning. So these are never the UI language's words.
const MOODLE_KEYWORDS = ['true', 'false'] as const

export const trueFalse: QuestionTypeModule<TrueFalseItem, TrueFalseStrings> = {
  name: 'true-false',
  description: 'true or false, with feedback for each',
  itemName: 'a true/false item',
  fields: {
    answer: required(boolean),
    feedback: required(object('true/false feedback', { if_true: required(string()), if_false: required(string()) }))
  },
  check: () => undefined,
  claimRefs: () => [],
  texts: (item) =>
    (['if_true', 'if_false'] as const).map((key) => ({
      text: item.feedback[key],
      owner: item.feedback,
      key,
      what: key === 'if_true' ? 'feedback if true' : 'feedback if false',
      claim: item.claims[0]!,
      feedback: true,
      isKey: (key === 'if_true') === item.answer
    })),
  // Judging a statement: about half a minute.
  minutes: () => 0.5,
  options,
  shuffles: false,
  pieces: () => [],
  answerKind: 'statement',
  answer: correctLetters,
  instruction: (words) => words.instruction,
  answerLines: () => 0,
  quiz: () => null,
  key: optionsKey,
  scoring: () => null,
  gradingCell: correctLetters,
  limits: () => [],
  moodle: {
    type: 'truefalse',
    // Moodle's default: no second try at true or false.
    penalty: '1',
    text: (_item, _words, kit) => kit.question,
    body: (item, words, kit) =>
      options(item, words).map((o, i) => {
        const keyword: ElementContent = { type: 'text', value: MOODLE_KEYWORDS[i]! }
        return kit.answer(o.correct ? '100' : '0', 'moodle_auto_format', keyword, kit.html(kit.feedback(o)))
      }),
    general: () => ''
  },
  gift(item, words, kit) {
    // GIFT gives the feedback for a wrong answer first, then the one for a right answer.
    const [yes, no] = options(item, words)
    const [right, wrong] = item.answer ? [yes, no] : [no, yes]
    return `${kit.stem}{${item.answer ? 'TRUE' : 'FALSE'}#${kit.text(kit.feedback(wrong))}#${kit.text(kit.feedback(right))}${kit.general(kit.tests)}}`
  },
  qti: {
    type: 'true_false_question',
    text: (_item, _words, kit) => kit.question,
    response: (_item, _words, kit) => [kit.choice('Single')],
    scoring: (_item, kit) => [kit.score([kit.chosen(kit.ids[kit.options.findIndex((o) => o.correct)]!)], true)],
    general: () => ''
  },
  qti21: {
    response: (_item, kit) => [kit.choices('single')],
    // True stays before False.
    body: (_item, _words, kit) => ({ before: [], after: [kit.choice(1, false)] }),
    scoring: (_item, kit) => [kit.scoreCorrect()],
    general: () => []
  }
}
