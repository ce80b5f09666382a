// Decode questions.yaml against its schema; every problem is reported at its line:col.
import type { VFile } from 'vfile'
import { readYaml } from '../yaml/read.js'
import { boolean, decodeRoot, id, integer, list, object, oneOf, optional, required, string, variant, type Decoder } from '../yaml/decode.js'
import { BLOOM, DIFFICULTY, PURPOSES, type QuestionBank, type QuizItem } from './model.js'

const none = (): string[] => []
const tags = optional(list(string()), none)

const discussion = object('a discussion question', {
  id: required(id),
  prompt: required(string()),
  claims: required(list(id, { min: 1 })),
  bloom: required(oneOf(BLOOM)),
  purpose: required(oneOf(PURPOSES)),
  minutes: optional(integer(1, 180)),
  follow_ups: required(list(string(), { min: 1, max: 3 })),
  facilitator_notes: required(string()),
  misreadings: optional(list(string()), none),
  tags
})

const common = {
  id: required(id),
  stem: required(string()),
  claims: required(list(id, { min: 1 })),
  difficulty: required(oneOf(DIFFICULTY)),
  points: optional(integer(1, 100), () => 1),
  bloom: required(oneOf(BLOOM)),
  tags
}

const option = object('an option', {
  text: required(string()),
  correct: optional(boolean, () => false),
  feedback: required(string()),
  claim: optional(id),
  pin: optional(oneOf(['last'] as const))
})

const choice = (type: 'single' | 'multiple'): Decoder<QuizItem> =>
  object(`a ${type === 'single' ? 'single-choice' : 'multiple-select'} item`, {
    type: required(oneOf([type])),
    ...common,
    options: required(list(option, { min: 2, max: 8 }))
  }) as Decoder<QuizItem>

const item = variant<QuizItem>('a quiz item', 'type', {
  single: choice('single'),
  multiple: choice('multiple'),
  'true-false': object('a true/false item', {
    type: required(oneOf(['true-false'] as const)),
    ...common,
    answer: required(boolean),
    feedback: required(object('true/false feedback', { if_true: required(string()), if_false: required(string()) }))
  }) as Decoder<QuizItem>,
  short: object('a short-answer item', {
    type: required(oneOf(['short'] as const)),
    ...common,
    model_answer: required(string()),
    rubric: required(list(object('a rubric line', { points: required(integer(0, 100)), criterion: required(string()) }), { min: 1 })),
    lines: optional(integer(1, 30), () => 4)
  }) as Decoder<QuizItem>
})

const schema = object('questions.yaml', {
  discussion: optional(list(discussion), () => []),
  quiz: optional(list(item), () => [])
})

/** Read questions.yaml; undefined when it cannot be read at all (problems are on `file`). */
export function readQuestions(file: VFile): QuestionBank | undefined {
  const src = readYaml(file)
  return src && decodeRoot(src, schema, 'a mapping with `discussion` and `quiz` lists')
}
