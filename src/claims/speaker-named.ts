// Whose words a quote gives when a reporting verb stands in it with a name: "“…,” said board
// chair Denise Okafor", "Dr. Aisha Mensah, the county's deputy health officer, said". One rule
// for two users: `check` warns (reported-as-author) when such a quote is given to the author,
// and `init` takes the same name as the speaker when its own rules found none, so init does not
// write what check then warns of.

/** A verb of saying, English or German, outside quotation marks. */
export const SPEECH_VERB = /\b(?:says|said|told|argued|insisted|claimed|announced|stated|warned|sagte|sagt|betont|betonte|erklärte|erklärt)\b/iu

/** The quote without its quoted words: inside quotation marks the words are the speaker's anyway. */
export function outsideQuotes(quote: string): string {
  return quote.replace(/[“"«„][^”"»“]*(?:[”"»“]|$)/gu, ' ')
}

/** The first of `names` that the quote names outside quotation marks, with a verb of saying there too; undefined otherwise. */
export function namedSpeaker<T extends { name: string }>(quote: string, names: readonly T[]): T | undefined {
  const bare = outsideQuotes(quote)
  return SPEECH_VERB.test(bare) ? names.find((n) => n.name.length > 2 && bare.includes(n.name)) : undefined
}

/**
 * A speaker the quote refers to by pronoun beside a verb of saying, outside quotation marks
 * ("…, she said", "he told reporters", "sagte sie"): undefined when there is none. The
 * pronoun tells a reader the speaker's gender, which is a clue where the options differ in it.
 */
export function pronounSpeaker(quote: string): string | undefined {
  const bare = outsideQuotes(quote)
  const m = PRONOUN_SAID.exec(bare)
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase() : undefined
}

/** Verbs of saying for a speaker the article describes rather than names. */
const SAYING = 'said|say|says|told|tell|tells|argued|argue|argues|insisted|insist|insists|claimed|claim|claims|warned|warn|warns|stated|announced|added|explained|complained|complain|complains|acknowledged|admitted|noted|testified|contended|maintained'
/** A pronoun beside a verb of saying: "she said", "he has told", "…, said he.", "sagte sie" (pronounSpeaker). */
const PRONOUN_SAID = new RegExp(`\\b(?:(he|she)\\s+(?:(?:also|later|then|has|had)\\s+)?(?:${SAYING})|\\b(?:said|says)\\s+(he|she)(?=\\s*[.,;]))\\b|\\b(?:(er|sie)\\s+(?:sagte|sagt|betonte|erklärte)|(?:sagte|sagt|betonte|erklärte)\\s+(er|sie))\\b`, 'iu')
/**
 * A speaker described, not named, opening the quote: a capitalised common noun with lower-case
 * words after it ("Owners of small landscaping firms", "City officials", "Residents", "Several
 * parents", "A city planner"), perhaps an apposition or a relative clause between commas
 * ("…, several of whom spoke at the meeting,"), then a verb of saying. [1] is the description.
 */
const DESCRIBED = new RegExp(`^(?:(?:But|And|Yet|Still)\\s+)?(?:The\\s+)?((?:(?:A|An)\\s+)?\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?:\\s+\\p{Ll}[\\p{Ll}'’-]*){0,6})(?:,\\s+[^,;:“”"]{2,120},)?\\s+(?:(?:have|has|had|also|often|repeatedly)\\s+)*(?:${SAYING})\\b`, 'u')
/** Words that make the phrase no description of someone: a pronoun, a time, a preposition, a verb or a conjunction in it. */
const NOT_DESCRIBED = /^(?:It|He|She|They|We|I|You|This|That|These|Those|There|Here|What|Who|Which|If|When|While|As|In|On|At|For|After|Before|Under|By|With|From|Yesterday|Today|Tomorrow|Now|Then|Later|Earlier|Meanwhile|However|Also|Last|Next)\b|\s(?:and|or|but|nor|that|which|who|whom|is|are|was|were|be|been|will|would|could|should|can|may|might|must|do|does|did|not|to|it|they|he|she|we|i)(?:\s|$)|^(?:Some|Many|Most|Others|Few|Several|Both|All|People|One|None|Each|Nobody|Everyone|Everybody|Someone|Somebody|Anyone)$/u

/**
 * The speaker a quote describes at its start, outside quotation marks ("Owners of small
 * landscaping firms, several of whom spoke, said the switch would be expensive"): the
 * description as the article writes it, less "The", and where it stands. Undefined when the
 * quote opens with no such speaker.
 */
export function describedSpeaker(quote: string): { name: string; start: number; end: number } | undefined {
  const m = DESCRIBED.exec(quote)
  if (!m || NOT_DESCRIBED.test(m[1]!)) return undefined
  const start = quote.indexOf(m[1]!)
  return { name: m[1]!, start, end: start + m[1]!.length }
}
