// The wording that makes a sentence a claim worth teaching: how firmly it is put (hedges,
// boosters), whose it is (reporting), and what sort of claim it is (causal, normative,
// predictive). Each marker is found with its exact text and place in the sentence.

export type MarkerKind = 'hedge' | 'booster' | 'reporting' | 'belief' | 'causal' | 'normative' | 'predictive' | 'example'

export interface Marker {
  kind: MarkerKind
  /** As written in the sentence. */
  text: string
  /** Offset in the sentence. */
  at: number
}

const LEXICON: Record<MarkerKind, readonly string[]> = {
  hedge: ['perhaps', 'maybe', 'may', 'might', 'could', 'likely', 'unlikely', 'probably', 'possibly', 'possible', 'presumably', 'apparently', 'arguably', 'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared', 'suggests', 'suggest', 'suggested', 'somewhat', 'in part', 'partly', 'tends to', 'tend to', 'reportedly', 'allegedly', 'supposedly', 'conceivably', 'potentially', 'almost', 'I think', 'I suspect', 'not necessarily', 'more likely'],
  // "almost certainly", "almost surely": near-certainty, a booster whole; read as the hedge
  // "almost" it made a firm prediction look tentative (longest first, so it wins the overlap).
  booster: ['surely', 'clearly', 'certainly', 'undoubtedly', 'obviously', 'of course', 'definitely', 'indeed', 'in fact', 'no doubt', 'without doubt', 'plainly', 'evidently', 'beyond doubt', 'always', 'never', 'almost certainly', 'most certainly', 'almost surely', 'almost definitely', 'almost certain', 'virtually certain'],
  reporting: ['said', 'says', 'say', 'told', 'tells', 'argues', 'argued', 'argue', 'claims', 'claimed', 'insists', 'insisted', 'warned', 'warns', 'stated', 'announced', 'maintains', 'maintained', 'contends', 'admitted', 'acknowledged', 'according to', 'wrote', 'writes', 'indicated', 'has said', 'have said', 'pointed out', 'promised', 'denied', 'suggests', 'suggested', 'found', 'finds', 'concluded', 'reports', 'reported', 'estimates', 'estimated'],
  belief: ['believes', 'believe', 'believed', 'thinks', 'think', 'assumes', 'assume', 'assumed', 'wants', 'want', 'wanted', 'hopes', 'hoped', 'fears', 'feared', 'expects', 'expected', 'intends', 'regards', 'sees'],
  causal: ['because', 'so that', 'leads to', 'led to', 'lead to', 'therefore', 'thus', 'hence', 'as a result', 'due to', 'consequently', 'which means', 'means that', 'caused', 'causes', 'cause', 'results in', 'resulted in', 'that is why', 'which is why', 'the reason', 'in order to'],
  normative: ['should', 'must', 'ought to', 'need to', 'needs to', 'have to', 'has to', 'it is time', 'deserves', 'deserve', 'it is essential', 'it is wrong', 'it is right', 'had better'],
  predictive: ['will', "won't", 'would', 'is likely to', 'are likely to', 'is going to', 'are going to', 'is set to', 'are set to', 'is bound to', 'shall', 'in future'],
  example: ['for example', 'for instance', 'such as', 'e.g.']
}

// German, the other language classpack prints packs in: without these words a German article
// got one suggested claim (its opening sentence) however hedged and reported it was. Words
// that are mostly something else are left out: "kann", "werden" (also the passive), "will" (wants), "da".
const LEXICON_DE: Record<MarkerKind, readonly string[]> = {
  hedge: ['vielleicht', 'möglicherweise', 'wahrscheinlich', 'vermutlich', 'offenbar', 'anscheinend', 'scheint', 'scheinen', 'schien', 'könnte', 'könnten', 'dürfte', 'dürften', 'eventuell', 'womöglich', 'angeblich', 'fast', 'beinahe', 'teilweise', 'ich glaube', 'ich denke', 'wohl'],
  booster: ['sicherlich', 'eindeutig', 'zweifellos', 'offensichtlich', 'natürlich', 'tatsächlich', 'ohne Zweifel', 'gewiss', 'immer', 'nie', 'niemals', 'fast sicher', 'fast sicherlich', 'fast gewiss', 'so gut wie sicher'],
  reporting: ['sagte', 'sagt', 'sagen', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'warnte', 'warnt', 'laut', 'zufolge', 'behauptet', 'behauptete', 'meint', 'meinte', 'schreibt', 'schrieb', 'berichtet', 'berichtete', 'kritisiert', 'kritisierte', 'argumentiert', 'argumentierte', 'räumte ein', 'fand heraus', 'kommt zu dem Schluss'],
  belief: ['glaubt', 'glauben', 'glaubte', 'denkt', 'hofft', 'hoffen', 'fürchtet', 'befürchtet', 'erwartet', 'erwarten'],
  causal: ['weil', 'deshalb', 'daher', 'deswegen', 'folglich', 'führt zu', 'führte zu', 'führen zu', 'aufgrund', 'sodass', 'so dass', 'infolgedessen'],
  normative: ['sollte', 'sollten', 'soll', 'sollen', 'muss', 'müssen', 'müsste', 'müssten', 'darf nicht', 'dürfen nicht', 'es ist Zeit', 'notwendig', 'nötig'],
  predictive: ['wird', 'würde', 'würden', 'künftig', 'in Zukunft', 'bald'],
  example: ['zum Beispiel', 'beispielsweise', 'z. B.', 'etwa durch']
}

const patternsOf = (lexicon: Record<MarkerKind, readonly string[]>) =>
  Object.entries(lexicon).map(([kind, words]) => ({
    kind: kind as MarkerKind,
    // Longest first, so "is likely to" wins over "likely"; apostrophes may be straight or curly.
    pattern: new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  }))
const PATTERNS = patternsOf(LEXICON)
let patternsDe: ReturnType<typeof patternsOf> | undefined

/** Every marker in `sentence` (in the article's language `lang`: German or English), in order of place; overlapping ones keep the longest. */
export function findMarkers(sentence: string, lang = 'en'): Marker[] {
  const found: Marker[] = []
  const german = lang.toLowerCase().split(/[-_]/)[0] === 'de'
  for (const { kind, pattern } of german ? (patternsDe ??= patternsOf(LEXICON_DE)) : PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      if (falseFriend(kind, m[0], sentence, m.index)) continue
      found.push({ kind, text: m[0], at: m.index })
    }
  }
  found.sort((a, b) => a.at - b.at || b.text.length - a.text.length)
  const kept: Marker[] = []
  for (const m of found) {
    const last = kept[kept.length - 1]
    // "is likely to" is both a prediction and a hedge, "suggests" both a hedge and whose words
    // they are (research, a report); other overlaps are one marker.
    const both = (a: MarkerKind, b: MarkerKind): boolean => (m.kind === a && last!.kind === b) || (m.kind === b && last!.kind === a)
    if (last && m.at < last.at + last.text.length && !(m.kind === 'hedge' && last.kind === 'predictive') && !(m.at === last.at && both('hedge', 'reporting'))) continue
    kept.push(m)
  }
  return kept
}

/** Words of the lexicon that are something else here: the month May, "could not" (past ability). */
function falseFriend(kind: MarkerKind, text: string, sentence: string, at: number): boolean {
  const after = sentence.slice(at + text.length, at + text.length + 12)
  if (kind === 'hedge' && text === 'May' && /^\s+\d/.test(after)) return true
  if (kind === 'hedge' && /^could$/i.test(text) && /^\s+(not|n['’]t)\b/i.test(after)) return true
  const before = sentence.slice(Math.max(0, at - 12), at)
  if (kind === 'normative' && /^(have|has) to$/i.test(text.replace(/\s+/g, ' ')) && /\b(may|might|could|would|will)\s+$/i.test(before)) return true
  if (kind === 'hedge' && /^almost$/i.test(text) && /^\s+(all|every|no|none|nothing|nobody|everyone|everybody|everything|twice|half)\b/i.test(after)) return true
  return false
}
