// Decode module.yaml; a missing file means the defaults.
import type { VFile } from 'vfile'
import { isMap, type Node as YamlNode, type Pair } from 'yaml'
import { readYaml } from '../yaml/read.js'
import { date, decodeRoot, described, id, integer, list, object, oneOf, optional, schemaOf, string, INVALID, type Decoder } from '../yaml/decode.js'
import { code, error, warn } from '../messages.js'
import { BLOOM, DIFFICULTY, QUESTION_TYPES } from '../questions/model.js'
import { GENERATORS } from '../generate/names.js'
import { ORDERS, PAPERS, SEED_BOUNDS, SET_BOUNDS, type ModuleConfig, type QuestionSet } from './model.js'
import { lintSettings } from '../lint/settings.js'

/** The filters and choices of a question set; a request's `overrides` (the CLI's set flags) are judged by it too (request.ts). */
export const questionSet = object('a question set', {
  title: optional(string()),
  types: optional(list(oneOf(QUESTION_TYPES))),
  claims: optional(list(id)),
  themes: optional(list(id)),
  bloom: optional(list(oneOf(BLOOM))),
  difficulty: optional(list(oneOf(DIFFICULTY))),
  tags: optional(list(string())),
  include: optional(list(id)),
  exclude: optional(list(id)),
  generated: optional(list(oneOf(GENERATORS))),
  count: optional(integer(...SET_BOUNDS.count)),
  order: optional(oneOf(ORDERS)),
  points: optional(integer(...SET_BOUNDS.points)),
  discussion: optional(integer(...SET_BOUNDS.discussion)),
  minutes: optional(integer(...SET_BOUNDS.minutes)),
  lint: optional(lintSettings)
}) as Decoder<QuestionSet>

/** A mapping of set names to sets, names being ids. */
const sets: Decoder<Record<string, QuestionSet>> = {
  expected: 'a mapping of set names to question sets',
  empty: {},
  decode(node: YamlNode | null, src, path) {
    node = src.deref(node)
    if (!node || !isMap(node)) {
      error(src.file, `Unexpected ${described(node)} at \`${path}\`, expected ${this.expected}`, src.place(node?.range), 'schema-type')
      return INVALID
    }
    const out: Record<string, QuestionSet> = {}
    for (const pair of node.items as Pair<YamlNode, YamlNode | null>[]) {
      const name = String((pair.key as { value?: unknown }).value ?? '')
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
        error(src.file, `Unexpected set name ${code(name)}, expected lower-case letters, digits and hyphens`, src.place(pair.key?.range), 'schema-pattern')
        continue
      }
      const value = questionSet.decode(pair.value ?? null, src, `${path}.${name}`)
      if (value !== INVALID) out[name] = value
    }
    return out
  },
  toJsonSchema: () => ({ type: 'object', propertyNames: { pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }, additionalProperties: schemaOf(questionSet) })
}

const schema = object('module.yaml', {
  course: optional(string()),
  institution: optional(string()),
  teacher: optional(string()),
  date: optional(date),
  // In any case, as --paper reads it: `A4` is how the paper calls itself.
  paper: optional(oneOf(PAPERS, { anyCase: true }), () => 'a4' as const),
  seed: optional(integer(...SEED_BOUNDS)),
  default_set: optional(id),
  sets: optional(sets, () => ({})),
  lint: optional(lintSettings)
})

/** Read module.yaml, or the defaults when the module has none. */
export function readModuleConfig(file: VFile | undefined): ModuleConfig | undefined {
  if (!file) return { paper: 'a4', sets: {} }
  const src = readYaml(file)
  // An empty module.yaml (comments alone, or a file emptied by mistake) builds with the
  // defaults, as none does; said, since the pack it replaces may have had sets and a seed.
  if (src && src.root === null) {
    warn(file, 'Unexpected module.yaml without settings, expected course details and `sets`: the pack is built with the defaults (set `default` of every question, seed 1, A4 paper), as without the file', { line: 1, column: 1 }, 'empty-file')
    return { paper: 'a4', sets: {} }
  }
  return src && decodeRoot(src, schema, 'a mapping of course details and `sets`')
}

/** The schema of module.yaml, for its JSON Schema (src/schemas/). */
export { schema as moduleSchema }
