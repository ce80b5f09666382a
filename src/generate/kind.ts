// Kind: what kind of claim is this? The options are kinds of claim, the key the claim's
// `kind`; distractors are the kinds the module's other claims have first, then the rest.
import { KINDS, type AnchoredClaim, type Kind } from '../claims/model.js'
import { inOrder, makeItem, pick, restated, saying } from './common.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { generatedId } from './names.js'
import { DUE_TO_VERB, KIND_WORDS } from './words.js'
import { single } from '../types/single.js'

export const kind: Generator = {
  name: 'kind',
  asks: 'what kind of claim this is: empirical, causal, predictive, normative or interpretive',
  items(input, next) {
    return input.claims.flatMap((claim) => kindItem(input, claim, next(generatedId('kind', claim.id))) ?? [])
  }
}

/**
 * Words that put a claim in another kind's terms too: a causal claim about a motive ("Putin
 * would not dare because he believes …") reads as interpretive and predictive as well, and a
 * student who picks either can argue for it. Such a kind is no distractor for that claim.
 */
const CUED: Partial<Record<Kind, RegExp>> = {
  normative: /^(?:should|must|ought|need|needs)$/i,
  predictive: /^(?:will|would|won't|shall|going|expects?|expected|likely)$/i,
  causal: /^(?:because|cause|causes|caused|leads?|led|therefore|thus|hence|due|consequently)$/i,
  interpretive: /^(?:believes?|believed|thinks?|thought|wants?|wanted|hopes?|hoped|fears?|feared|assumes?|assumed|intends?|intended|regards?|sees)$/i
}

/** The kinds other than the claim's own that its words also point to. */
function cuedKinds(claim: AnchoredClaim): Set<Kind> {
  const text = claim.anchor.shown ?? claim.anchor.text
  // "deals are due to expire in 2027" is a schedule: its "due" points to what will happen, not
  // to a cause (an empirical claim so worded was offered "Predictive" as a wrong answer).
  const words = text.replace(DUE_TO_VERB, ' ').split(/[^\p{L}'’]+/u).map((w) => w.replace(/['’]s$/u, ''))
  const cued = new Set(KINDS.filter((k) => k !== claim.kind && words.some((w) => CUED[k]?.test(w) === true)))
  if (claim.kind !== 'predictive' && text.search(DUE_TO_VERB) >= 0) cued.add('predictive')
  return cued
}

/** The item, or undefined when fewer than two kinds are left that the claim's words do not also point to. */
function kindItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem | undefined {
  const used = new Set(input.claims.map((c) => c.kind))
  const cued = cuedKinds(claim)
  const others = KINDS.filter((k) => k !== claim.kind && !cued.has(k))
  if (others.length < 2) return undefined
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
