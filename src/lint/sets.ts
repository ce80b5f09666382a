// Every set of module.yaml as the lint sees it: sampled with the module's seed (what a build
// of that set would hold) and what its filters match before sampling. Problems a set has
// are reported when it is built or checked by name; here they only leave the set out.
import { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { selectQuestions } from '../select/select.js'
import { DEFAULT_SEED } from '../select/resolve.js'
import { placeOf } from '../yaml/decode.js'
import type { LintSet } from './model.js'

/** The sets of `module`'s module.yaml, each sampled as a build would. */
export function lintSets(module: Module): LintSet[] {
  const seed = module.config.seed ?? DEFAULT_SEED
  const out: LintSet[] = []
  for (const [name, set] of Object.entries(module.config.sets)) {
    const scratch = { file: new VFile() }
    const chosen = selectQuestions(module, name, set, seed, scratch)
    const pool = selectQuestions(module, name, { ...set, count: undefined, points: undefined, discussion: undefined }, seed, scratch)
    if (!chosen || !pool) continue
    out.push({ name, set, items: chosen.items, discussion: chosen.discussion, pool, place: placeOf(set) })
  }
  return out
}
