// The word that puts a claim with the opposite confidence, in the same place in the sentence:
// the distractor of a markers cloze. A markers item asks how confidently the article puts a
// claim, so its bank's other word must change that: "the exhaust ___ aggravate asthma" from
// "may · could" had two right answers; from "may · will" it has one. A hedge is answered by a
// booster or a word of certainty of its own kind (a modal by a modal, an adverb by an adverb,
// "about" before a figure by "exactly"), a booster by a hedge. A marker whose kind is not known
// here has no contrast, and its claim no markers item. English and German: generated items
// quote German articles too.

/** A marker's contrast, whatever follows it; keys in lower case, as `contrastOf` looks them up. */
const CONTRAST: Record<string, string> = {
  // Modals: possibility against certainty.
  may: 'will', might: 'will', could: 'will', can: 'will', will: 'may',
  könnte: 'wird', könnten: 'werden', dürfte: 'wird', dürften: 'werden', wird: 'könnte', werden: 'könnten',
  // Adverbs of the sentence.
  perhaps: 'certainly', maybe: 'certainly', probably: 'certainly', possibly: 'certainly', presumably: 'certainly', apparently: 'clearly', arguably: 'certainly', conceivably: 'certainly', potentially: 'certainly', reportedly: 'certainly', allegedly: 'certainly', supposedly: 'certainly', 'more likely': 'certainly', 'most likely': 'certainly',
  surely: 'perhaps', clearly: 'perhaps', certainly: 'perhaps', undoubtedly: 'perhaps', obviously: 'perhaps', definitely: 'perhaps', evidently: 'perhaps', plainly: 'perhaps', 'of course': 'perhaps', 'no doubt': 'perhaps', 'without doubt': 'perhaps', 'almost certainly': 'perhaps',
  vielleicht: 'sicher', möglicherweise: 'sicher', wahrscheinlich: 'sicher', vermutlich: 'sicher', voraussichtlich: 'sicher', eventuell: 'sicher', womöglich: 'sicher', offenbar: 'sicher', anscheinend: 'sicher', angeblich: 'sicher',
  sicherlich: 'vielleicht', sicher: 'vielleicht', eindeutig: 'vielleicht', zweifellos: 'vielleicht', offensichtlich: 'vielleicht', gewiss: 'vielleicht', 'ohne zweifel': 'vielleicht',
  // Degree and frequency.
  partly: 'wholly', largely: 'entirely', mostly: 'entirely', 'in part': 'in full', deeply: 'slightly', rarely: 'never', seldom: 'never', sometimes: 'always', often: 'always', usually: 'always', always: 'sometimes', never: 'rarely',
  teilweise: 'vollständig', immer: 'manchmal', nie: 'selten', niemals: 'selten',
  // Verbs of evidence, and belief against knowledge.
  suggests: 'shows', suggest: 'show', 'i think': 'I know', 'i suspect': 'I know', 'ich glaube': 'ich weiß', 'ich denke': 'ich weiß'
}

/** Approximations, against exactness: only before a figure ("about $18,000"), where "exactly" fits too ("about the people" has no contrast). */
const APPROXIMATE: Record<string, string> = {
  about: 'exactly', roughly: 'exactly', approximately: 'exactly', around: 'exactly', nearly: 'exactly', almost: 'exactly', some: 'exactly', exactly: 'about', precisely: 'about',
  rund: 'genau', etwa: 'genau', ungefähr: 'genau', circa: 'genau', knapp: 'genau', fast: 'genau', beinahe: 'genau', genau: 'etwa'
}
const FIGURE = /^\s*(?:[$£€]\s?)?\d|^\s*(?:a |an |ein |eine |die )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|quarter|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig|hundert|tausend|Million|Milliarde|Hälfte|Drittel|Viertel)(?![\p{L}])/iu

/**
 * A word that approximates a figure ("roughly 280,000 people", "about 11 percent"): a hedge
 * there, as `contrastOf` reads them. One pattern, compiled once: `check` runs it over every
 * claim, and a pattern made per call is compiled per call.
 */
const APPROXIMATING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(APPROXIMATE)
    .filter((w) => !['exactly', 'precisely', 'genau'].includes(w))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu'
)

/**
 * Whether `text` puts a figure approximately: "roughly 280,000", "about a third", "etwa 30
 * Prozent". The hedges generator offers no such passage as one "put without a hedge": a
 * markers item calls the same "about" a hedge.
 */
export function approximates(text: string): boolean {
  const lower = text.toLowerCase()
  for (const m of lower.matchAll(APPROXIMATING)) if (FIGURE.test(lower.slice(m.index + m[0].length))) return true
  return false
}

/**
 * "likely" as an adjective ("is likely to rise", "likely that") against "certain"; as an adverb
 * ("will likely rise") against "certainly". After a determiner, a degree word or not between
 * ("the most likely explanation", "a likely cause"), it describes the noun after it: an
 * adjective too ("the most certainly explanation" was a bank word no reader would take).
 */
const likely = (after: string, before: string): string => (/^\s*(?:to|that)(?![\p{L}])/u.test(after) || ATTRIBUTIVE.test(before) ? 'certain' : 'certainly')
const ATTRIBUTIVE = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+(?:(?:more|most|less|least|very|quite|highly)\s+)?$/iu

/** The word of opposite confidence that fits where `marker` stands, between the texts `before` and `after`; undefined when none is known. */
export function contrastOf(marker: string, after: string, before = ''): string | undefined {
  const key = marker.trim().replace(/\s+/g, ' ').toLowerCase()
  if (key === 'likely') return likely(after, before)
  // "the most likely explanation" with "most likely" the marker: "the most certain explanation".
  if ((key === 'most likely' || key === 'more likely') && ATTRIBUTIVE.test(before)) return `${key.split(' ')[0]} certain`
  const approximate = APPROXIMATE[key]
  if (approximate !== undefined) return FIGURE.test(after) ? approximate : undefined
  return CONTRAST[key]
}
