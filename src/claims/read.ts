// Decode claims.yaml against its schema; every problem is reported at its line:col.
import type { VFile } from 'vfile'
import { readYaml } from '../yaml/read.js'
import { date, decodeRoot, id, list, object, oneOf, optional, required, string } from '../yaml/decode.js'
import { EVIDENCE, KINDS, type ClaimsFile } from './model.js'

const ids = list(id)
const none = (): string[] => []

const contextNote = object('a context note', {
  note: required(string()),
  as_of: required(date)
})

const claim = object('a claim', {
  id: required(id),
  quote: required(string()),
  paraphrase: required(string()),
  kind: required(oneOf(KINDS)),
  asserted_by: required(id),
  hedges: required(list(string())),
  evidence: required(oneOf(EVIDENCE)),
  evidence_note: optional(string()),
  actors: optional(ids, none),
  themes: required(list(id, { min: 1 })),
  relations: optional(
    object('claim relations', {
      supports: optional(ids, none),
      qualifies: optional(ids, none),
      contrasts_with: optional(ids, none)
    }),
    () => ({ supports: [], qualifies: [], contrasts_with: [] })
  ),
  context: optional(list(contextNote), () => []),
  teaching_note: optional(string())
})

const schema = object('claims.yaml', {
  themes: optional(list(object('a theme', { id: required(id), label: required(string()) })), () => []),
  actors: optional(list(object('an actor', { id: required(id), name: required(string()), role: required(string()) })), () => []),
  glossary: optional(
    list(object('a glossary entry', { term: required(string()), definition: required(string()), source: required(oneOf(['article', 'outside'] as const)) })),
    () => []
  ),
  claims: required(list(claim, { min: 1 }))
})

/** Read claims.yaml; undefined when it cannot be read at all (problems are on `file`). */
export function readClaims(file: VFile): ClaimsFile | undefined {
  const src = readYaml(file)
  return src && decodeRoot(src, schema, 'a mapping with `claims` (and optionally `themes`, `actors`, `glossary`)')
}
