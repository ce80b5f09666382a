// "should" says what ought to be (deontic: "the council should publish the figures") or what
// is to be expected (epistemic: "the board's plan should do that", "the filters should be
// ready by June"). Read as normative throughout, an expectation became a normative claim, and a
// question on kind keyed "what should be" for a prediction. The rule is kept narrow: only a
// thing (a plan, a measure, "this") as the subject, and a verb of outcome after it; a person or
// an institution before "should" ought to act, and every other "should" stays normative.

/** Heads of subjects that cannot be obliged to act: a plan, a measure, what it brings about. */
const THING = /^(?:plan|plans|proposal|proposals|policy|policies|measure|measures|change|changes|scheme|schemes|system|systems|filter|filters|programme|programmes|program|programs|project|projects|upgrade|upgrades|investment|investments|work|works|cut|cuts|increase|increases|rise|grant|grants|money|funding|budget|deal|reform|reforms|technology|treatment|therapy|vaccine|drug|process|approach|strategy|step|steps|move|units?|plant|plants|timetable|schedule|service|services|route|routes|network|line|station|road|bridge|levy|tax|taxes|fee|fees|rate|rates|price|prices|bill|bills|cost|costs|law|laws|rule|rules|ban|cap|limit|target|repair|repairs|economy|market|weather|it|this|that)$/iu
/** Verbs of outcome after "should": what the thing will do or come to, not an act someone owes. */
const OUTCOME = /^(?:not\s+|also\s+|still\s+|soon\s+)?(?:do|help|reduce|lower|cut|ease|bring|mean|make|improve|save|last|arrive|start|begin|open|finish|come|fall|drop|rise|work|pay|remove|halve|take|be\s+(?:ready|complete|completed|finished|done|enough|available|over|able|running|operational|in\s+place|up\s+and\s+running))\b/iu

/** True when the "should" at `at` in `sentence` says what is expected of a thing, not what someone ought to do. */
export function expectedShould(sentence: string, at: number): boolean {
  if (sentence.slice(at, at + 6) !== 'should') return false
  const after = sentence.slice(at + 6).trimStart()
  if (!OUTCOME.test(after)) return false
  // The subject's last word, right before "should"; a relative "that"/"which" stands for the noun before it.
  const words = sentence.slice(0, at).trim().split(/\s+/).map((w) => w.replace(/^[“"‘(]+|[”"’),]+$/gu, ''))
  let head = words.pop() ?? ''
  if (/^(?:that|which)$/iu.test(head) && /[\p{L}]$/u.test(words[words.length - 1] ?? '')) head = words.pop() ?? ''
  // "the board's plan": the head is "plan", whoever's it is.
  return THING.test(head)
}

/**
 * Words that take a question as their object: "a debate over how the city should prepare",
 * "asked whether the board should wait", "has not decided what it should do"; and a question
 * that is what something is about, whatever is about it ("spoke to the Courier about what the
 * city should do", "a row over whether the school must close").
 */
const ASKING = '(?:debat(?:e|es|ed|ing)|question(?:s|ed|ing)?|ask(?:s|ed|ing)?|decid(?:e|es|ed|ing)|decisions?|wonder(?:s|ed|ing)?|discuss(?:es|ed|ing)?|discussions?|disagree(?:s|d|ing|ments?)?|disputes?|argu(?:e|es|ed|ing)|arguments?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|determin(?:e|es|ed|ing)|unclear|uncertain|unsure|sure|know(?:s|n)?|knew|idea|views?|opinions?|advice|guidance|choices?|rul(?:e|es|ed|ing)|vot(?:e|es|ed|ing)|split|divided)'
/** The wh-word opening the question, after one of those words and perhaps a preposition ("over", "about", "on", "as to"). */
const QUESTION_OPENS = new RegExp(String.raw`(?:\b${ASKING}\s+(?:(?:over|about|on|of|as\s+to|into)\s+)?|\b(?:about|over|as\s+to)\s+)(?:how|whether|what|when|where|why|which|who|if)\b[^;:.!?]*$`, 'iu')

/**
 * True when the modal at `at` ("should", "must", "ought to") is inside a question that a noun or
 * verb of asking or deciding takes as its object ("ends a three-year debate over how the city
 * should prepare"): the sentence reports the question, and the author prescribes nothing.
 */
export function questionedShould(sentence: string, at: number): boolean {
  const question = QUESTION_OPENS.exec(sentence.slice(0, at))
  // Not past a clause of its own: "the debate over how to pay is settled, and the city should act".
  // A list of questions goes on past its commas: "about what went wrong, what went right, and what the city should do".
  return question !== null && !/,\s+(?:and|but|so|yet|while|though|although)\s(?!(?:how|whether|what|when|where|why|which|who|if)\b)/iu.test(question[0])
}
