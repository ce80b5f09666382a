// Questions generated from claims: who asserts a claim, its kind, hedges, evidence,
// relations and place in the argument. Adding a generator: a module like `kind.ts` (a
// `Generator`), its name in `names.ts`, one line in GENERATOR_MODULES (`generate.ts`),
// and its row in the README's table.
export { GENERATOR_MODULES, generateItems } from './generate.js'
export { GENERATORS, GENERATED_PREFIX, generatedId, type GeneratorName } from './names.js'
export type { GeneratedItem, GenerateInput, Generator } from './model.js'
