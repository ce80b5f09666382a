// Decode questions.yaml against its schema; every problem is reported at its line:col.
import type { VFile } from 'vfile'
import { isMap, isScalar, isSeq } from 'yaml'
import { readYaml } from '../yaml/read.js'
import { boolean, decodeRoot, id, integer, list, object, oneOf, optional, prose, required, schemaOf, sections, stoodIn, string, variant, type Decoder } from '../yaml/decode.js'
import { GENERATORS } from '../generate/names.js'
import { TYPES } from '../types/index.js'
import { lintSettings } from '../lint/settings.js'
import { BLOOM, DIFFICULTY, PURPOSES, type QuestionBank, type QuizItem } from './model.js'

const none = (): string[] => []
const tags = optional(list(string()), none)
const excludes = optional(list(id), none)
const lint = optional(lintSettings)

const discussion = object('a discussion question', {
  id: required(id),
  prompt: required(string()),
  claims: required(list(id, { min: 1 })),
  bloom: required(oneOf(BLOOM)),
  purpose: required(oneOf(PURPOSES)),
  minutes: optional(integer(1, 180)),
  follow_ups: required(list(string(), { min: 1, max: 3, sentences: true })),
  facilitator_notes: required(prose()),
  misreadings: optional(list(string(), { sentences: true }), none),
  tags,
  excludes,
  lint
})

const common = {
  id: required(id),
  stem: required(prose()),
  claims: required(list(id, { min: 1 })),
  difficulty: required(oneOf(DIFFICULTY)),
  points: optional(integer(1, 100), () => 1),
  bloom: required(oneOf(BLOOM)),
  tags,
  generated: optional(oneOf(GENERATORS)),
  excludes,
  lint
}

// Each type's shape: `type`, the fields every item has, then the type's own (src/types/).
const item = variant<QuizItem>(
  'a quiz item',
  'type',
  Object.fromEntries(TYPES.map((type) => [type.name, object(type.itemName, { type: required(oneOf([type.name])), ...common, ...type.fields }) as Decoder<QuizItem>])),
  Object.fromEntries(TYPES.map((type) => [type.name, type.description]))
)

// A generated item the teacher drops: its id and `drop: true`, in place of an item.
const drop = object('a dropped generated item', { id: required(id), drop: required(boolean) })
type Drop = { id: string; drop: boolean }

/** A quiz entry: an item, or a generated item's id with `drop: true`. */
const entry: Decoder<QuizItem | Drop> = {
  expected: item.expected,
  fields: [...item.fields!, ...drop.fields!],
  decode(node, src, path) {
    const target = src.deref(node)
    return target && isMap(target) && target.has('drop') ? drop.decode(node, src, path) : item.decode(node, src, path)
  },
  toJsonSchema: () => ({ anyOf: [schemaOf(item), schemaOf(drop)] })
}

/** The schema of questions.yaml. */
export const questionsSchema = sections(
  object('questions.yaml', {
    discussion: optional(list(discussion), () => []),
    quiz: optional(list(entry), () => [])
  }),
  {
    discussion: { noun: 'discussion question', plural: 'discussion questions', fields: discussion.fields! },
    quiz: { noun: 'quiz item', plural: 'quiz items', fields: entry.fields! }
  }
)

/** Read questions.yaml; undefined when it cannot be read at all (problems are on `file`). */
export function readQuestions(file: VFile): QuestionBank | undefined {
  const src = readYaml(file)
  // No questions yet (an empty file, or comments only): a set that draws on generated items
  // can still make a quiz; selection says when the chosen set needs questions (select/resolve.ts).
  if (src && src.root === null) {
    file.data.empty = true
    return { discussion: [], quiz: [] }
  }
  const data = src && decodeRoot(src, questionsSchema, 'a mapping with `discussion` and `quiz` lists', '`quiz:` (or `discussion:`)')
  if (!data) return undefined
  const isDrop = (e: QuizItem | Drop): e is Drop => 'drop' in e
  const dropped = data.quiz.filter(isDrop)
  const { ids: unread, claims: unreadClaims } = unreadEntries(src.root, [...data.discussion, ...data.quiz])
  const extra = { ...(unread.length ? { unread } : {}), ...(unreadClaims.length ? { unreadClaims } : {}) }
  if (dropped.length === 0) return { ...(data as QuestionBank), ...extra }
  return { discussion: data.discussion, quiz: data.quiz.filter((e): e is QuizItem => !isDrop(e)), dropped: dropped.filter((d) => d.drop), ...extra }
}

/**
 * The `id`s written in the file's `discussion` and `quiz` entries that did not decode, or
 * not as written (their errors are reported), and the claim ids their `claims` name.
 */
function unreadEntries(root: unknown, read: ReadonlyArray<{ id: string }>): { ids: string[]; claims: string[] } {
  const have = new Set(read.map((e) => e.id))
  // An entry read with its `claims` in error (a stand-in) names its claims as written too.
  const standing = new Set(read.filter((e) => stoodIn(e, 'claims')).map((e) => e.id))
  const ids: string[] = []
  const claims = new Set<string>()
  if (!isMap(root)) return { ids, claims: [] }
  for (const list of ['discussion', 'quiz']) {
    const entries = root.get(list, true)
    if (!isSeq(entries)) continue
    for (const entry of entries.items) {
      const id = isMap(entry) ? entry.get('id') : undefined
      if (typeof id !== 'string' || (have.has(id) && !standing.has(id))) continue
      // An id refused for its form (`Q-Key-Reason`) is meant as its lower-case self by the references to it.
      if (!have.has(id)) ids.push(...new Set([id, id.toLowerCase()]))
      const named = isMap(entry) ? entry.get('claims', true) : undefined
      // A list, or one id written where the list goes (`claims: small-fast`, its own error).
      const written = isSeq(named) ? (named.toJSON() as unknown[]) : isScalar(named) ? [named.value] : []
      for (const claim of written) if (typeof claim === 'string') claims.add(claim)
    }
  }
  return { ids, claims: [...claims] }
}
