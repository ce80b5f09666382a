// How the generators word claim kinds, evidence and relations for students: each as an
// option (a label and what it means, parallel in form), as what a claim does, and as
// what it does not. The meanings are claims.yaml's (see src/claims/model.ts). Options of
// one item are about as long as each other, so length gives no key away.
import type { Evidence, Kind, Relation } from '../claims/model.js'

/**
 * "due to" before a verb: what is scheduled ("deals are due to expire in 2027", "the report is due
 * to be published"), a prediction as "is set to" is, where the lexicon read the causal "due to"
 * ("due to the strike", "due to rising costs", "due to inflation": a noun phrase follows). Verbs
 * whose bare form is seldom a noun right after "due to" without a determiner.
 */
export const DUE_TO_VERB = /(?<![\p{L}])due\s+to(?=\s+(?:be|begin|start|open|reopen|close|end|finish|expire|lapse|mature|arrive|return|leave|come|go|meet|vote|decide|rule|report|publish|announce|unveil|release|present|launch|resume|retire|sign|speak|testify|appear|visit|take|hold|give|make|complete|deliver|receive|pay|rise|fall|reach|hear|face|step|enter|join|submit|conclude|graduate|travel|land)(?![\p{L}-]))/giu

export const KIND_WORDS: Record<Kind, { option: string; does: string; not: string }> = {
  empirical: { option: 'Empirical: a claim about what is or was actually the case', does: 'states what is or was the case', not: 'is not mainly about what is or was the case' },
  causal: { option: 'Causal: a claim about what causes what, or what follows', does: 'says why something happens or what it leads to', not: 'is not mainly about causes or effects' },
  predictive: { option: 'Predictive: a claim about what will or would happen next', does: 'says what will or would happen', not: 'is not mainly about what will or would happen' },
  normative: { option: 'Normative: a claim about what should be or should be done', does: 'says what should be or should be done', not: 'is not mainly about what should be done' },
  interpretive: { option: 'Interpretive: a reading of someone’s motives or beliefs', does: 'reads someone’s motives, beliefs or meaning', not: 'is not mainly a reading of motives, beliefs or meaning' }
}

// `rests` and `not` follow "the article": "the article rests this on an event it describes".
export const EVIDENCE_WORDS: Record<Evidence, { option: string; rests: string; not: string }> = {
  none: { option: 'No backing: the article simply asserts it', rests: 'asserts this without support', not: 'does not simply assert it' },
  'reported-statement': { option: 'Reported words: what someone said or wrote', rests: 'rests this on someone’s reported words', not: 'does not rest it on anyone’s reported words' },
  event: { option: 'An event: something the article describes', rests: 'rests this on an event it describes', not: 'does not rest it on an event' },
  example: { option: 'An example: an illustration or an analogy', rests: 'rests this on an example, an illustration or an analogy', not: 'does not rest it on an example' },
  reasoning: { option: 'Reasoning: an argument from its other claims', rests: 'argues for this from its other claims', not: 'does not argue for it from its other claims' }
}

export const RELATION_WORDS: Record<Relation, { option: string; does: string; doing: string; meaning: string }> = {
  supports: { option: 'The first supports the second: it gives reason to accept it', does: 'supports', doing: 'supporting', meaning: 'it gives a reason to accept it' },
  qualifies: { option: 'The first qualifies the second: it adds a limit or condition', does: 'qualifies', doing: 'qualifying', meaning: 'it adds a limit or a condition to it' },
  contrasts_with: { option: 'The first contrasts with the second: it points the other way', does: 'contrasts with', doing: 'contrasting with', meaning: 'the two point different ways' }
}
