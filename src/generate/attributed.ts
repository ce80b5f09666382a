// Words that say who speaks: "Mensah said", "she said", "said board chair Denise Okafor",
// "according to the board". An evidence item quoting them asks "what support does the
// article give?" of a quote that shows the answer ("Reported words") on its face.

/** Verbs (and "according to") that report speech. */
const VERB = '(?:says|said|say|has said|have said|told|tells|argued|argues|insisted|insists|claimed|claims|announced|stated|states|warned|warns|added|adds|explained|explains|noted|notes|wrote|writes|indicated|according to)'
/** Who may speak: a pronoun, a capitalised name, or "the" and a noun ("the chair"). */
const SPEAKER = String.raw`(?:he|she|they|we|I|it|\p{Lu}[\p{L}'’.-]*|the \p{L}+)`

/** Verbs that stand before their speaker ("said Okafor"): not "claims" or "notes", which are nouns as often, nor "told" (its object follows: "told Putin"). */
const VERB_FIRST = '(?:said|says|wrote|added|[Aa]ccording to)'
/** A speaker after the verb: a name, or "the" and a noun; not a pronoun ("said that it"). */
const NAMED = String.raw`(?:\p{Lu}[\p{L}'’.-]*|the \p{L}+)`

/** A speaker just before the verb ("Mensah said", "she said", "the chair said"), or just after it ("said Okafor", "said board chair Denise Okafor", "according to the board"). */
const ATTRIBUTION = new RegExp(String.raw`(?<![\p{L}])${SPEAKER}\s+${VERB}(?![\p{L}])|(?<![\p{L}])${VERB_FIRST}\s+(?:(?!that\s)\p{Ll}+\s+){0,3}${NAMED}(?![\p{L}])`, 'u')

/** Whether a quote says who speaks in it. */
export function attributed(quote: string): boolean {
  return ATTRIBUTION.test(quote)
}
