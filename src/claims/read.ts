// Decode claims.yaml against its schema; every problem is reported at its line:col.
import type { VFile } from 'vfile'
import { error } from '../messages.js'
import { readYaml } from '../yaml/read.js'
import { date, decodeRoot, id, list, object, oneOf, oneOrList, optional, placeOf, required, sections, stoodIn, string } from '../yaml/decode.js'
import { EVIDENCE, KINDS, STATUSES, type ClaimsFile } from './model.js'

const ids = list(id)
const none = (): string[] => []

const contextNote = object('a context note', {
  note: required(string()),
  as_of: required(date),
  source: optional(string())
})

const claim = object('a claim', {
  id: required(id),
  status: optional(oneOf(STATUSES), () => 'reviewed' as const),
  quote: required(string()),
  // Required once a claim is reviewed; see `readClaims`.
  paraphrase: optional(string()),
  gist: optional(string()),
  kind: required(oneOf(KINDS)),
  asserted_by: required(oneOrList(id)),
  hedges: required(list(string())),
  boosters: optional(list(string()), () => []),
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

const theme = object('a theme', { id: required(id), label: required(string()) })
// An actor's role is optional: `init` names who the article names and leaves the role to the
// teacher (a comment in claims.yaml), and the handout prints an actor without one by name alone.
const actor = object('an actor', { id: required(id), name: required(string()), role: optional(string()) })
const term = object('a glossary entry', {
  term: required(string()),
  definition: required(string()),
  source: required(oneOf(['article', 'outside'] as const)),
  reference: optional(string())
})

const schema = sections(
  object('claims.yaml', {
    themes: optional(list(theme), () => []),
    actors: optional(list(actor), () => []),
    glossary: optional(list(term), () => []),
    claims: required(list(claim, { min: 1 }))
  }),
  {
    themes: { noun: 'theme', plural: 'themes', fields: theme.fields! },
    actors: { noun: 'actor', plural: 'actors', fields: actor.fields! },
    glossary: { noun: 'glossary entry', plural: 'glossary entries', fields: term.fields! },
    claims: { noun: 'claim', plural: 'claims', fields: claim.fields! }
  }
)

/** Read claims.yaml; undefined when it cannot be read at all (problems are on `file`). */
export function readClaims(file: VFile): ClaimsFile | undefined {
  const src = readYaml(file)
  const data = src && decodeRoot(src, schema, 'a mapping with `claims` (and optionally `themes`, `actors`, `glossary`)', '`claims:`')
  if (!data) return undefined
  // A paraphrase is the teacher's to write: until a claim is reviewed, its quote stands in.
  data.claims.forEach((c, i) => {
    if (c.paraphrase !== undefined) return
    // Named by its id, as a teacher knows it (its index in the list was "a claim at `claims[7]`").
    const which = typeof c.id === 'string' && c.id ? `claim \`${c.id}\`` : `the claim at \`claims[${i}]\``
    if (c.status !== 'suggested' && !stoodIn(c, 'paraphrase')) error(file, `Missing field \`paraphrase\` in ${which}, expected the claim in your own words (a reviewed claim needs one; \`status: suggested\` lets its quote stand in)`, placeOf(c), 'schema-missing-field')
    c.paraphrase = c.status === 'suggested' ? c.quote : ''
  })
  return data as ClaimsFile
}

/** The schema of claims.yaml, for its JSON Schema (src/schemas/). */
export { schema as claimsSchema }
