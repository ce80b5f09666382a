// English wording that makes a claim causal or predictive where the lexicon's words alone do
// not (markers.ts). A trial read "the exhaust may aggravate asthma" as empirical, though a verb
// of bringing about is "X leading to Y" (the README's causal), and "officials said they expect
// demand to be uneven and that the council could add money next year" as empirical, though it
// says what will happen; "could kill fish larvae" and "may harm seagrass beds" as empirical,
// though harm is brought about. Each rule is narrow: "increase", "reduce" and "worsen" also name
// changes that nothing causes ("complaints increased by 40%"), "could" also a present possibility.
import { DUE_TO_VERB } from '../generate/words.js'

/** Verbs that always say one thing brings about another ("may aggravate asthma", "triggered floods"). */
const BRINGS_ABOUT = /(?<![\p{L}])(?:aggravat(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|contribut(?:e|es|ed|ing)\s+to)(?![\p{L}])/giu
/**
 * Verbs of harm, which bring about what they name ("could kill fish larvae", "may harm seagrass
 * beds", "threatens the bay"): a verb only with an object (not "the damage to homes", "killed in
 * the crash", "threatened to resign"). harm, damage, hurt and kill are nouns too ("storm damage
 * costs"), so they count only after what a verb has before it (below).
 */
const HARMS = /(?<![\p{L}])(?:kill(?:s|ed|ing)?|harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|injur(?:e|es|ed|ing)|hurt(?:s|ing)?|threaten(?:s|ed|ing)?|endanger(?:s|ed|ing)?|pollut(?:e|es|ed|ing)|contaminat(?:e|es|ed|ing)|poison(?:s|ed|ing)?|devastat(?:e|es|ed|ing)|undermin(?:e|es|ed|ing)|jeopardi[sz](?:e|es|ed|ing)|impair(?:s|ed|ing)?|weaken(?:s|ed|ing)?)(?![\p{L}])/giu
/** The forms of HARMS that are also nouns ("no harm", "pay damages"). */
const HARM_NOUN = /^(?:kill|harm|damages?|hurt|poison)$/iu
/** What stands before a verb and not a noun: a modal or auxiliary, "to", "not", a pronoun or relative, an adverb, a plural subject ("the pipes kill"). */
const VERB_BEFORE = /(?:\b(?:could|may|might|will|would|can|cannot|must|should|shall|to|not|does|do|did|also|they|it|which|that|who|he|she|we|you|I)|n['’]t|\p{Ll}+ly|\p{L}{3,}[^s\W]s)\s+$/u
/** An auxiliary before a participle: "is killing", "has damaged". */
const AUXILIARY = /\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\p{Ll}+ly\s+)?$/u

/** Verbs that bring about a change only with an object ("reduce the exposure", "worsen the shortage"; not "complaints increased by 40%", "the traffic would worsen"). */
const CHANGES = /(?<![\p{L}])(?:reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|worsen(?:s|ed|ing)?)(?![\p{L}])/giu
/** What a noun or adjective use has before it: "a reduced fare", "an increase", "the 5% increase". */
const NOUN_BEFORE = /(?:\b(?:a|an|the|this|that|any|no|its|their|his|her|our|your|each|every)|\d%?|per\s*cent)\s+$/iu
/** Words after the verb that leave it without an object: a change's size or time ("by 10%", "in 2024", "sharply"). */
const NO_OBJECT = /^\s*(?:$|[,.;:!?”"’)—–]|(?:by|to|from|in|of|on|over|since|during|than|and|or|but|as|when|if|because|with|at|for|after|before|again|slightly|sharply|steadily|significantly|dramatically|substantially|rapidly|greatly|further|overall|each|every|year|years|annually)\b|\d|\p{Ll}+ly\b)/iu
/** Determiners and possessives that open an object: a participle before one is a verb ("reduced the risk", "increasing their costs"). */
const OBJECT_OPENS = /^\s*(?:the|a|an|its|their|his|her|our|your|this|that|these|those|some|much|many|demand|pressure|costs?|risks?|emissions?|exposure|pollution|noise)\b/iu

/** A marker as markers.ts has it (its type is not imported: markers.ts imports this file). */
interface KindMarker {
  kind: 'causal' | 'predictive'
  text: string
  at: number
}

/** A hedging modal ("could", "may", "might"), not of the past ("may have", "could not"); "May" capitalised is the month. */
const MODAL = /(?<![\p{L}])(?:[Cc]ould|may|[Mm]ight)(?![\p{L}])(?!\s+(?:not\b|have\b))/gu
/** A time still to come: "next year", "in the coming months", "by 2027", "later this year", "soon". */
const FUTURE = /\b(?:next\s+(?:year|week|month|spring|summer|autumn|fall|winter|decade|session|term|budget)|in\s+the\s+coming\s+\p{L}+|within\s+the\s+next\b|later\s+this\s+(?:year|month|week|spring|summer|autumn|fall|winter)|by\s+(?:the\s+end\s+of\s+)?(?:20\d\d|next\b)|soon)\b/iu
/** "expect demand to be", "expects to come back", "expected that": what someone says will happen. */
const EXPECT = /(?<![\p{L}])expect(?:s|ed)?(?![\p{L}])(?=(?:\s+[\p{L}'’-]+){0,4}?\s+to\s+\p{L}|\s+that\b)/giu
/** A proposal's modal: "the change could", "this plan may", "the ban might" (then a verb). */
const PROPOSAL_COULD = /\b(?:the|this|that|such\s+a)\s+(?:proposed\s+)?(?:change|plan|proposal|scheme|policy|move|ban|law|measure|reform|rule|switch|shift)\s+((?:[Cc]ould|may|might))(?=\s+(?!not\b|have\b)\p{Ll})/gu
/** What may stand before a clause's subject: its start, a punctuation mark, a conjunction, or a verb of saying or thinking whose clause it opens ("Supporters say the change could"). */
const OPENS_CLAUSE = /(?:^|[,;:—–(“"‘]\s*|\b(?:and|but|or|so|yet|because|since|although|though|while|if|unless|when|whether|that|now|then|say|says|said|told|argue[sd]?|warn(?:s|ed)?|think|thinks|thought|believe[sd]?|fear(?:s|ed)?|hope[sd]?|expect(?:s|ed)?|worr(?:y|ies|ied)|suggest(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|predict(?:s|ed)?|admit(?:s|ted)?|agree[sd]?|note[sd]?|add(?:s|ed)?|acknowledge[sd]?|concede[sd]?)\s+)$/iu

/** A verb of saying before the expectation: "officials said they expect" is their prediction; "Trump expects" alone the author's reading of a belief (interpretive). */
const SAID_BEFORE = /\b(?:said|says|say|told|tells|argued|argues|warned|warns|stated|announced|insisted|added)\b/iu

/**
 * Causal and predictive markers in an English sentence that the lexicon misses. Each predictive
 * "could" comes with the lexicon's hedge at the same place: a hedged prediction.
 */
export function kindMarkersEn(sentence: string): KindMarker[] {
  const found: KindMarker[] = []
  for (const m of sentence.matchAll(BRINGS_ABOUT)) if (!NOUN_BEFORE.test(sentence.slice(0, m.index))) found.push({ kind: 'causal', text: m[0], at: m.index })
  for (const m of sentence.matchAll(CHANGES)) {
    const before = sentence.slice(0, m.index)
    const after = sentence.slice(m.index + m[0].length)
    // A participle ("reduced", "increasing") is often an adjective ("reduced fares"): only before a determiner.
    const verb = /(?:ed|ing)$/iu.test(m[0]) ? OBJECT_OPENS.test(after) : !NO_OBJECT.test(after)
    if (verb && !NOUN_BEFORE.test(before)) found.push({ kind: 'causal', text: m[0], at: m.index })
  }
  for (const m of sentence.matchAll(HARMS)) {
    const before = sentence.slice(0, m.index)
    const after = sentence.slice(m.index + m[0].length)
    if (NOUN_BEFORE.test(before) || NO_OBJECT.test(after) || (/^threaten/iu.test(m[0]) && /^\s+to\b/iu.test(after))) continue
    // A participle with an auxiliary ("is killing", "has damaged") or before a determiner; else an adjective ("injured workers").
    if (/(?:ed|ing)$/iu.test(m[0]) && !AUXILIARY.test(before) && !OBJECT_OPENS.test(after)) continue
    if (HARM_NOUN.test(m[0]) && !VERB_BEFORE.test(before)) continue
    found.push({ kind: 'causal', text: m[0], at: m.index })
  }
  const time = FUTURE.exec(sentence)
  if (time) {
    // The modal in the same clause as the time: no semicolon between them.
    for (const m of sentence.matchAll(MODAL)) {
      const [from, to] = m.index < time.index ? [m.index, time.index] : [time.index, m.index]
      if (!/[;:]/u.test(sentence.slice(from, to))) found.push({ kind: 'predictive', text: m[0], at: m.index })
    }
  }
  // What a proposal could do ("the change could save the district $2.1 million a year"): a
  // plan not yet made is in the future, so its "could" is a hedged prediction.
  // Only where the proposal opens its clause, the modal's subject: in "schools willing to make
  // such a change may differ" or "parents who asked for the change could" it is an object, and
  // the modal hedges what the schools or parents are.
  for (const m of sentence.matchAll(PROPOSAL_COULD)) if (OPENS_CLAUSE.test(sentence.slice(0, m.index))) found.push({ kind: 'predictive', text: m[1]!, at: m.index + m[0].length - m[1]!.length })
  // "deals are due to expire in 2027": what is scheduled, a prediction as "is set to" is (the
  // lexicon read the causal "due to" of "due to the strike").
  for (const m of sentence.matchAll(DUE_TO_VERB)) found.push({ kind: 'predictive', text: m[0], at: m.index })
  // "is expected to publish" is a forecast whoever holds it, no one's state of mind.
  for (const m of sentence.matchAll(EXPECT)) if (SAID_BEFORE.test(sentence.slice(0, m.index)) || /\b(?:is|are|was|were|be|been)\s+$/iu.test(sentence.slice(0, m.index))) found.push({ kind: 'predictive', text: m[0], at: m.index })
  return found
}
