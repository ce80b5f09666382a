// Evidence: what support does the text give for this claim? The options are kinds of
// support, the key the claim's `evidence`; the feedback explains it with the evidence note.
// A claim resting on reported words whose quote says who speaks ("Mensah said") is left out:
// the stem would show its own answer.
import { EVIDENCE, type AnchoredClaim, type Evidence } from '../claims/model.js'
import { attributed } from './attributed.js'
import { inOrder, makeItem, note, pick, saying } from './common.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { AUTHOR, generatedId } from './names.js'
import { EVIDENCE_WORDS } from './words.js'
import { single } from '../types/single.js'

export const evidence: Generator = {
  name: 'evidence',
  asks: 'what support the article gives for this claim',
  items(input, next) {
    return input.claims.filter((claim) => !(claim.evidence === 'reported-statement' && attributed(claim.anchor.text))).map((claim) => evidenceItem(input, claim, next(generatedId('evidence', claim.id))))
  }
}

function evidenceItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem {
  const used = new Set(input.claims.map((c) => c.evidence))
  // A claim the article reports (someone else's) stands in the article as their words: "reported
  // words" as a distractor would be marked wrong for what a careful student sees on the page.
  const reported = !claim.asserted_by.includes(AUTHOR)
  const others = EVIDENCE.filter((e) => e !== claim.evidence && !(reported && e === 'reported-statement'))
  const distractors = pick([others.filter((e) => used.has(e)), others], 3, next)
  const choices = inOrder<Evidence>([claim.evidence, ...distractors], EVIDENCE)
  const rests = EVIDENCE_WORDS[claim.evidence].rests
  return makeItem({
    id: generatedId('evidence', claim.id),
    generated: 'evidence',
    type: single.name,
    stem: `${saying(claim)} What support does the article give for this claim?`,
    claims: [claim.id],
    difficulty: 'medium',
    bloom: 'analyse',
    points: 1,
    tag: 'evidence',
    options: choices.map((e) => ({
      text: EVIDENCE_WORDS[e].option,
      correct: e === claim.evidence,
      feedback: e === claim.evidence ? `The article ${rests}.${note(claim)}` : `The article ${EVIDENCE_WORDS[e].not}; it ${rests}.`
    }))
  })
}
