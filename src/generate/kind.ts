// Kind: what kind of claim is this? The options are kinds of claim, the key the claim's
// `kind`; distractors are the kinds the module's other claims have first, then the rest.
import { KINDS, type AnchoredClaim, type Kind } from '../claims/model.js'
import { inOrder, makeItem, pick, restated, saying } from './common.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { generatedId } from './names.js'
import { KIND_WORDS } from './words.js'
import { single } from '../types/single.js'

export const kind: Generator = {
  name: 'kind',
  asks: 'what kind of claim this is: empirical, causal, predictive, normative or interpretive',
  items(input, next) {
    return input.claims.map((claim) => kindItem(input, claim, next(generatedId('kind', claim.id))))
  }
}

function kindItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem {
  const used = new Set(input.claims.map((c) => c.kind))
  const others = KINDS.filter((k) => k !== claim.kind)
  const distractors = pick([others.filter((k) => used.has(k)), others], 3, next)
  const choices = inOrder<Kind>([claim.kind, ...distractors], KINDS)
  const is = KIND_WORDS[claim.kind]
  return makeItem({
    id: generatedId('kind', claim.id),
    generated: 'kind',
    type: single.name,
    stem: `${saying(claim)} What kind of claim is this?`,
    claims: [claim.id],
    difficulty: 'medium',
    bloom: 'analyse',
    points: 1,
    tag: 'kind',
    options: choices.map((k) => ({
      text: KIND_WORDS[k].option,
      correct: k === claim.kind,
      feedback: k === claim.kind ? `It ${is.does}.${restated(claim)}` : `It ${KIND_WORDS[k].not}; it ${is.does}.`
    }))
  })
}
