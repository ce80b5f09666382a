// The generators' names, apart from their code: questions.yaml (`generated:` on an item)
// and module.yaml (`generated:` in a set) name them without loading the generators.

/** Every generator, in the order a set lists and the README documents them. */
export const GENERATORS = ['voice', 'kind', 'hedges', 'evidence', 'relations', 'position', 'markers', 'classify'] as const
export type GeneratorName = (typeof GENERATORS)[number]

/** The asserter id of a claim the author makes in the article's own voice (claims.yaml's `asserted_by`). */
export const AUTHOR = 'author'

/** The id prefix of generated items: `gen-<generator>-<claim id>` (see `generatedId`). */
export const GENERATED_PREFIX = 'gen-'

/** The id of the item `generator` makes for `claim` (and, for relations, the claim it relates to). */
export function generatedId(generator: GeneratorName, claim: string, other?: string): string {
  return `${GENERATED_PREFIX}${generator}-${claim}${other ? `-${other}` : ''}`
}
