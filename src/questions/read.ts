// Decode questions.yaml against its schema; every problem is reported at its line:col.
import type { VFile } from 'vfile'
import { readYaml } from '../yaml/read.js'
import { decodeRoot, id, integer, list, object, oneOf, optional, required, string, variant, type Decoder } from '../yaml/decode.js'
import { TYPES } from '../types/index.js'
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

// Each type's shape: `type`, the fields every item has, then the type's own (src/types/).
const item = variant<QuizItem>(
  'a quiz item',
  'type',
  Object.fromEntries(TYPES.map((type) => [type.name, object(type.itemName, { type: required(oneOf([type.name])), ...common, ...type.fields }) as Decoder<QuizItem>]))
)

const schema = object('questions.yaml', {
  discussion: optional(list(discussion), () => []),
  quiz: optional(list(item), () => [])
})

/** Read questions.yaml; undefined when it cannot be read at all (problems are on `file`). */
export function readQuestions(file: VFile): QuestionBank | undefined {
  const src = readYaml(file)
  return src && decodeRoot(src, schema, 'a mapping with `discussion` and `quiz` lists')
}
