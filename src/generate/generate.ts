// Generate a module's items: every generator over its claims, seeded per item.
import { deriveSeed, random } from '../select/random.js'
import { classify } from './classify.js'
import { dealKeys } from './deal.js'
import { evidence } from './evidence.js'
import { hedges } from './hedges.js'
import { kind } from './kind.js'
import { markers } from './markers.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { GENERATORS } from './names.js'
import { position } from './position.js'
import { relations } from './relations.js'
import { voice } from './voice.js'

/** Every generator, in the order of `GENERATORS`. */
export const GENERATOR_MODULES: readonly Generator[] = [voice, kind, hedges, evidence, relations, position, markers, classify]

/**
 * Every item the generators make for a module, generator by generator, each in the
 * claims' order. Seeded: the same claims and seed give the same items, and each item
 * draws its distractors from a random stream of its own, so one item's choices never
 * shift another's (where keys stand is dealt over each generator's items: `deal.ts`).
 */
export function generateItems(input: GenerateInput, seed: number): GeneratedItem[] {
  const next = (id: string): (() => number) => random(deriveSeed(seed, `generate ${id}`))
  // Each generator's keys are dealt over the letters with a stream of its own.
  return GENERATOR_MODULES.flatMap((g) => dealKeys(g.items(input, next), next(`${g.name} keys`)))
}

// The registry and the names must agree; a mismatch is a programmer's error.
if (GENERATOR_MODULES.map((g) => g.name).join() !== GENERATORS.join()) throw new TypeError('classpack: GENERATOR_MODULES and GENERATORS disagree')
