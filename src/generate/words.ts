// How the generators word claim kinds, evidence and relations for students: each as an
// option (a label and what it means, parallel in form), as what a claim does, and as
// what it does not. The meanings are claims.yaml's (see src/claims/model.ts). Options of
// one item are about as long as each other, so length gives no key away.
import type { Evidence, Kind, Relation } from '../claims/model.js'

export const KIND_WORDS: Record<Kind, { option: string; does: string; not: string }> = {
  empirical: { option: 'Empirical: a claim about what is or was actually the case', does: 'states what is or was the case', not: 'is not mainly about what is or was the case' },
  causal: { option: 'Causal: a claim about what causes what, or what follows', does: 'says why something happens or what it leads to', not: 'is not mainly about causes or effects' },
  predictive: { option: 'Predictive: a claim about what will or would happen next', does: 'says what will or would happen', not: 'is not mainly about what will or would happen' },
  normative: { option: 'Normative: a claim about what should be or should be done', does: 'says what should be or should be done', not: 'is not mainly about what should be done' },
  interpretive: { option: 'Interpretive: a reading of someone’s motives or beliefs', does: 'reads someone’s motives, beliefs or meaning', not: 'is not mainly a reading of motives, beliefs or meaning' }
}

export const EVIDENCE_WORDS: Record<Evidence, { option: string; is: string; not: string }> = {
  none: { option: 'No support: the claim is asserted on its own', is: 'no support for it: the claim is asserted on its own', not: 'the claim is not simply asserted on its own' },
  'reported-statement': { option: 'Reported words: what someone said or wrote', is: 'someone’s reported words', not: 'the article does not rest it on someone’s reported words' },
  event: { option: 'An event: something the article describes', is: 'an event it describes', not: 'the article does not rest it on an event' },
  example: { option: 'An example: an illustration or an analogy', is: 'an example, an illustration or an analogy', not: 'the article does not rest it on an example' },
  reasoning: { option: 'Reasoning: an argument from its other claims', is: 'reasoning from its other claims', not: 'the article does not argue for it from its other claims' }
}

export const RELATION_WORDS: Record<Relation, { option: string; does: string; base: string }> = {
  supports: { option: 'The first supports the second: it gives reason to accept it', does: 'supports', base: 'support' },
  qualifies: { option: 'The first qualifies the second: it adds a limit or condition', does: 'qualifies', base: 'qualify' },
  contrasts_with: { option: 'The first contrasts with the second: it points the other way', does: 'contrasts with', base: 'contrast with' }
}
