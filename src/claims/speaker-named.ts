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
