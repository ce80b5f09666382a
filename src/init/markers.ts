// The wording that makes a sentence a claim worth teaching: how firmly it is put (hedges,
// boosters), whose it is (reporting), and what sort of claim it is (causal, normative,
// predictive). Each marker is found with its exact text and place in the sentence.
import { kindMarkersEn } from './kinds-en.js'
import { expectedShould, questionedShould } from './should.js'
import { escapeRegExp } from '../regexp.js'

export type MarkerKind = 'hedge' | 'booster' | 'reporting' | 'belief' | 'causal' | 'normative' | 'predictive' | 'example' | 'indirect'

export interface Marker {
  kind: MarkerKind
  /** As written in the sentence. */
  text: string
  /** Offset in the sentence. */
  at: number
}

const LEXICON: Record<MarkerKind, readonly string[]> = {
  hedge: ['perhaps', 'maybe', 'may', 'might', 'could', 'likely', 'unlikely', 'probably', 'possibly', 'possible', 'presumably', 'apparently', 'arguably', 'seems', 'seem', 'seemed', 'appears', 'appear', 'appeared', 'suggests', 'suggest', 'suggested', 'somewhat', 'in part', 'partly', 'tends to', 'tend to', 'reportedly', 'allegedly', 'supposedly', 'conceivably', 'potentially', 'almost', 'I think', 'I suspect', 'not necessarily', 'more likely',
    // "It is too early to say that later starts cause better sleep": the speaker withholds the
    // claim, a hedge; its "say" reports no one (longest first, so the phrase wins the overlap).
    'too early to say', 'too early to tell', 'too soon to say', 'too soon to tell'],
  // "almost certainly", "almost surely": near-certainty, a booster whole; read as the hedge
  // "almost" it made a firm prediction look tentative (longest first, so it wins the overlap).
  booster: ['surely', 'clearly', 'certainly', 'undoubtedly', 'obviously', 'of course', 'definitely', 'indeed', 'in fact', 'no doubt', 'without doubt', 'plainly', 'evidently', 'beyond doubt', 'always', 'never', 'almost certainly', 'most certainly', 'almost surely', 'almost definitely', 'almost certain', 'virtually certain'],
  reporting: ['said', 'says', 'say', 'told', 'tells', 'argues', 'argued', 'argue', 'claims', 'claimed', 'insists', 'insisted', 'warned', 'warns', 'warn', 'insist', 'stated', 'states', 'announced', 'announces', 'maintains', 'maintained', 'contends', 'contended', 'contend', 'admitted', 'admits', 'acknowledged', 'acknowledges', 'acknowledge', 'concludes', 'conclude', 'according to', 'wrote', 'writes', 'indicated', 'has said', 'have said', 'pointed out', 'promised', 'denied', 'suggests', 'suggested', 'found', 'finds', 'concluded', 'reports', 'reported', 'estimates', 'estimated', 'read out', 'put it', 'puts it', 'in the words of',
    // Verbs of saying that also mean something else ("added £2m", "as noted above"): each reports
    // only with a clause or a quotation (CLAUSE_VERB). Without them "She added that the interval
    // may be too wide" and "Varga noted that …" were the author's claims.
    // Their plural present too ("The paper’s authors caution that …", "researchers note that …",
    // a science story's commonest): without it the words were the author's. Not "add" nor
    // "stress", whose "that" is as often an object's ("the stress that exams cause").
    'added', 'adds', 'noted', 'notes', 'note', 'explained', 'explains', 'explain', 'cautioned', 'cautions', 'caution', 'stressed', 'stresses', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'emphasise', 'emphasize', 'observed', 'observes', 'observe', 'conceded', 'concedes', 'concede', 'remarked', 'replied'],
  belief: ['believes', 'believe', 'believed', 'thinks', 'think', 'assumes', 'assume', 'assumed', 'wants', 'want', 'wanted', 'hopes', 'hoped', 'fears', 'feared', 'expects', 'expected', 'intends', 'regards', 'sees'],
  causal: ['because', 'so that', 'leads to', 'led to', 'lead to', 'therefore', 'thus', 'hence', 'as a result', 'due to', 'consequently', 'which means', 'means that', 'caused', 'causes', 'cause', 'results in', 'resulted in', 'that is why', 'which is why', 'the reason', 'in order to'],
  normative: ['should', 'must', 'ought to', 'need to', 'needs to', 'have to', 'has to', 'it is time', 'deserves', 'deserve', 'it is essential', 'it is wrong', 'it is right', 'had better'],
  predictive: ['will', "won't", 'would', 'is likely to', 'are likely to', 'is going to', 'are going to', 'is set to', 'are set to', 'is bound to', 'shall', 'in future'],
  example: ['for example', 'for instance', 'such as', 'e.g.'],
  // English marks indirect speech with a reporting verb alone; German by the verb's mood too (below).
  indirect: []
}

// German, the other language classpack prints packs in: without these words a German article
// got one suggested claim (its opening sentence) however hedged and reported it was. Words
// that are mostly something else are left out: "kann", "werden" (also the passive), "will" (wants), "da".
const LEXICON_DE: Record<MarkerKind, readonly string[]> = {
  hedge: ['vielleicht', 'möglicherweise', 'wahrscheinlich', 'vermutlich', 'voraussichtlich', 'offenbar', 'anscheinend', 'scheint', 'scheinen', 'schien', 'könnte', 'könnten', 'dürfte', 'dürften', 'eventuell', 'womöglich', 'angeblich', 'fast', 'beinahe', 'teilweise', 'ich glaube', 'ich denke', 'wohl'],
  booster: ['sicherlich', 'eindeutig', 'zweifellos', 'offensichtlich', 'natürlich', 'tatsächlich', 'ohne Zweifel', 'gewiss', 'immer', 'nie', 'niemals', 'fast sicher', 'fast sicherlich', 'fast gewiss', 'so gut wie sicher'],
  // "so" only as in "…, so Knie" (falseFriend), where it names who said the clause before it.
  reporting: ['sagte', 'sagt', 'sagen', 'sagten', 'erklärte', 'erklärt', 'erklärten', 'betonte', 'betont', 'betonten', 'warnte', 'warnt', 'warnen', 'warnten', 'mahnte', 'mahnt', 'unterstrich', 'ergänzte', 'bekräftigte', 'betonen', 'erklären', 'äußerte', 'äußerten', 'rät', 'raten', 'riet', 'empfiehlt', 'empfehlen', 'empfahl', 'fordert', 'fordern', 'forderte', 'forderten', 'so', 'laut', 'zufolge', 'nach Angaben', 'nach Darstellung', 'nach Ansicht', 'nach Einschätzung', 'nach Auffassung', 'nach Berechnungen', 'nach Schätzungen', 'behauptet', 'behauptete', 'meint', 'meinte', 'schreibt', 'schrieb', 'berichtet', 'berichtete', 'kritisiert', 'kritisierte', 'kritisieren', 'bemängelt', 'bemängeln', 'bemängelte', 'moniert', 'monieren', 'monierte', 'beklagt', 'beklagen', 'argumentiert', 'argumentierte', 'räumte ein', 'fand heraus', 'kommt zu dem Schluss', 'kam zu dem Schluss', 'kommen zu dem Schluss', 'kommt zu dem Ergebnis', 'kam zu dem Ergebnis', 'kommen zu dem Ergebnis', 'kamen zu dem Ergebnis', 'stellt fest', 'stellte fest',
    // The perfect ("hat angekündigt, dass …", "…, hat Lange gesagt"): the participle, with a form of "haben" (falseFriendDe).
    'gesagt', 'gewarnt', 'angekündigt', 'gefordert', 'gemahnt', 'geäußert', 'bekräftigt', 'eingeräumt', 'versprochen', 'unterstrichen'],
  belief: ['glaubt', 'glauben', 'glaubte', 'denkt', 'hofft', 'hoffen', 'fürchtet', 'befürchtet', 'erwartet', 'erwarten'],
  causal: ['weil', 'deshalb', 'daher', 'deswegen', 'folglich', 'führt zu', 'führte zu', 'führen zu', 'aufgrund', 'sodass', 'so dass', 'infolgedessen'],
  normative: ['sollte', 'sollten', 'muss', 'müssen', 'müsste', 'müssten', 'darf nicht', 'dürfen nicht', 'es ist Zeit', 'notwendig', 'nötig'],
  // "soll", "sollen" in a news text say what is planned ("Ab 2027 soll der Preis steigen") or
  // reported, seldom what ought to be: that is "sollte". A plan is about what will happen.
  predictive: ['wird', 'würde', 'würden', 'soll', 'sollen', 'künftig', 'in Zukunft', 'bald'],
  example: ['zum Beispiel', 'beispielsweise', 'z. B.', 'etwa durch'],
  // Konjunktiv I, the mood of reported speech ("Der Preis sei attraktiv, solange er unter den
  // Kosten liege"): the sentence gives someone else's words without a reporting verb of its own.
  // Only forms that differ from the indicative (third person singular, and "seien"); lower-case
  // only, so nouns ("Habe", "Liege") are not taken; "ich habe" and idioms in falseFriend.
  indirect: ['sei', 'seien', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse', 'gebe', 'liege', 'stehe', 'gehe', 'komme', 'bleibe', 'fehle', 'brauche', 'koste', 'lohne', 'helfe', 'trage', 'sehe', 'führe', 'mache', 'zahle', 'halte', 'finde', 'gelte', 'biete', 'steige', 'sinke', 'wachse', 'drohe', 'bedeute', 'gehöre', 'hänge', 'lasse', 'erreiche', 'verliere', 'nutze', 'nütze', 'spare', 'treffe', 'entscheide', 'plane', 'arbeite', 'zeige', 'entstehe', 'bestehe', 'erhalte', 'behalte', 'benötige', 'verdiene', 'leide', 'kenne', 'lebe', 'nehme', 'bekomme', 'scheine']
}

const patternsOf = (lexicon: Record<MarkerKind, readonly string[]>) =>
  Object.entries(lexicon).filter(([, words]) => words.length > 0).map(([kind, words]) => ({
    kind: kind as MarkerKind,
    // Longest first, so "is likely to" wins over "likely"; apostrophes may be straight or curly.
    pattern: new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${[...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  }))
const PATTERNS = patternsOf(LEXICON)
let patternsDe: ReturnType<typeof patternsOf> | undefined

/** Every marker in `sentence` (in the article's language `lang`: German or English), in order of place; overlapping ones keep the longest. */
export function findMarkers(sentence: string, lang = 'en'): Marker[] {
  const german = lang.toLowerCase().split(/[-_]/)[0] === 'de'
  // First, so that at the same place a prediction wins over the belief "expects" and comes before the hedge "could".
  const found: Marker[] = german ? [] : kindMarkersEn(sentence)
  for (const { kind, pattern } of german ? (patternsDe ??= patternsOf(LEXICON_DE)) : PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      if (falseFriend(kind, m[0], sentence, m.index)) continue
      // "a debate over how the city should prepare": a question reported, no one's prescription.
      if (kind === 'normative' && !german && questionedShould(sentence, m.index)) continue
      // An expectation ("the plan should do that") is a prediction, and hedged: less sure than "will".
      if (kind === 'normative' && !german && expectedShould(sentence, m.index)) found.push({ kind: 'predictive', text: m[0], at: m.index }, { kind: 'hedge', text: m[0], at: m.index })
      else found.push({ kind, text: m[0], at: m.index })
    }
  }
  if (german) found.push(...separableDe(sentence), ...futureInReport(found, sentence))
  found.sort((a, b) => a.at - b.at || b.text.length - a.text.length)
  const kept: Marker[] = []
  for (const m of found) {
    const last = kept[kept.length - 1]
    // "is likely to" is both a prediction and a hedge, "suggests" both a hedge and whose words
    // they are (research, a report); other overlaps are one marker.
    const both = (a: MarkerKind, b: MarkerKind): boolean => (m.kind === a && last!.kind === b) || (m.kind === b && last!.kind === a)
    if (last && m.at < last.at + last.text.length && !(m.kind === 'hedge' && last.kind === 'predictive') && !(m.at === last.at && (both('hedge', 'reporting') || both('indirect', 'predictive')))) continue
    kept.push(m)
  }
  return kept
}

/**
 * Konjunktiv I "werde" with an infinitive closing its clause ("Wahrscheinlich werde das Verbot
 * die Konzentration verbessern") is the future of reported speech, as "wird" is of direct
 * speech: a prediction as well as someone's words. It was indirect only, and the claim
 * empirical. With a participle ("das Verbot werde kritisiert", "werde geschlossen") it is the
 * passive, no prediction: a last word with "ge" at its start or after a particle is taken for
 * one ("geschlossen", "angenommen"; an infinitive such as "gelten" or "abgeben" is lost too).
 */
const PARTICIPLE_EN = /^\p{Ll}{0,6}ge\p{Ll}+en$/u
/**
 * A participle in -t ("gebaut", "angekündigt"), as PARTICIPLE_EN one in -en: "ge" at its start or
 * after a particle, or an inseparable prefix ("benachteiligt", "überfordert", "erhöht"), since
 * no infinitive ends in -t.
 */
const PARTICIPLE_T = /^(?:\p{Ll}{0,6}ge\p{Ll}+|(?:be|ver|er|ent|zer|über|miss)\p{Ll}{2,})t$/u
const participle = (word: string): boolean => PARTICIPLE_EN.test(word) || PARTICIPLE_T.test(word)

/**
 * "wird" (or "würde") with a participle is the passive, not the future: the participle just
 * before it, as a subordinate clause ends ("über das gestritten wird"), or closing its clause
 * ("wird im Herbst geschlossen", "Familien würden benachteiligt"). With an infinitive ("wird
 * steigen", "würden steigen") it stays a prediction.
 */
function passiveWird(sentence: string, at: number, length: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(sentence.slice(0, at))?.[1] ?? ''
  const clause = /^[^.,;:!?“”„"–—()]*/u.exec(sentence.slice(at + length))![0].trim()
  const last = /(\p{L}+)$/u.exec(clause)?.[1] ?? ''
  return participle(before) || participle(last)
}

function futureInReport(found: readonly Marker[], sentence: string): Marker[] {
  return found.filter((m) => m.kind === 'indirect' && m.text === 'werde').flatMap((m) => {
    const clause = /^[^.,;:!?“”„"–—()]*/u.exec(sentence.slice(m.at + m.text.length))![0].trim()
    const last = /(\p{L}+)$/u.exec(clause)?.[1] ?? ''
    return /^(?:\p{Ll}+(?:en|ern|eln)|sein|tun)$/u.test(last) && !PARTICIPLE_EN.test(last) ? [{ kind: 'predictive' as const, text: m.text, at: m.at }] : []
  })
}

/**
 * German verbs of saying whose particle closes the clause ("räumte Krämer ein", "fügte sie
 * hinzu", "gab der Minister zu"): the verb, as a reporting marker, when its particle follows
 * it in the same clause. Each verb with the particles it takes.
 */
const SEPARABLE_DE: Record<string, string> = {
  räumte: 'ein', räumt: 'ein', wandte: 'ein', wendet: 'ein', schränkte: 'ein', schränkt: 'ein',
  gab: 'zu|an|bekannt', gibt: 'zu|an|bekannt', fügte: 'hinzu', fügt: 'hinzu', merkte: 'an', merkt: 'an',
  wies: 'hin', weist: 'hin', hob: 'hervor', hebt: 'hervor', stellte: 'klar|fest', stellt: 'klar|fest',
  führte: 'aus', führt: 'aus', teilte: 'mit', teilt: 'mit', kündigte: 'an', kündigt: 'an'
}
const SEPARABLE_VERB = new RegExp(`(?<![\\p{L}])(${Object.keys(SEPARABLE_DE).join('|')})(?![\\p{L}])`, 'giu')

/** The separable verbs of saying in `sentence` whose particle follows them, as reporting markers (the verb alone). */
function separableDe(sentence: string): Marker[] {
  const found: Marker[] = []
  for (const m of sentence.matchAll(SEPARABLE_VERB)) {
    const particles = SEPARABLE_DE[m[1]!.toLowerCase()]!
    const rest = sentence.slice(m.index + m[0].length)
    if (new RegExp(`^[^.;:!?,“”„"]{0,80}?\\s(?:${particles})\\s*(?:[.,;:!?“”"]|$)`, 'u').test(rest)) found.push({ kind: 'reporting', text: m[1]!, at: m.index })
  }
  return found
}

/** A belief denied in the past, whose clause a "would" stands in: "never thought I", "nobody expected that the museum". */
const UNFORESEEN = /\b(?:never|not|n['’]t|nobody|no\s+one|few|none)\s+(?:(?:have|had|ever|really|once|even)\s+)*(?:thought|expected|imagined|believed|dreamed|dreamt|guessed|foresaw|predicted|knew)\b[^.;:!?“”"]*$/iu

/** A verb of asking or wondering, "whether" or "if", and the question's subject (up to four words) right before a modal. */
const ASKED_WHETHER = /\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquired|enquired)\s+(?:\p{L}+\s+)?(?:whether|if)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu

/** Verbs of a physical process after "has to", "must": "pass through", "melt", "be absorbed". */
const PROCESS = /^\s+(?:first\s+)?(?:pass\s+(?:through|into|across)|flow|melt|freeze|cool|warm\s+up|evaporate|condense|escape|diffuse|dissolve|seep|drain|penetrate|travel\s+through|be\s+(?:absorbed|heated|cooled|melted|frozen|dissolved|pumped|filtered|conducted))\b(?!\s+away)/iu

/** Words of the lexicon that are something else here: the month May, "could not" (past ability). */
function falseFriend(kind: MarkerKind, text: string, sentence: string, at: number): boolean {
  const after = sentence.slice(at + text.length, at + text.length + 12)
  // "…, said Will Rule, who runs the site": a word of the lexicon with a capital inside its
  // sentence, a capitalised word after it, is a name ("Will Rule"), not the word.
  if (/^\p{Lu}\p{Ll}/u.test(text) && /\p{L}[\p{L},]*\s+$/u.test(sentence.slice(0, at)) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return true
  if (kind === 'hedge' && text === 'May' && /^\s+\d/.test(after)) return true
  // Within its sentence, after a word, a capital May is the month or a name: "will vote in May",
  // "mid-May", "the May elections", "Professor Jane May said" (the modal there has no capital;
  // it opens its sentence, or a question: "He asked: May we …").
  if (kind === 'hedge' && text === 'May' && (/[\p{L}\p{N},]\s+$/u.test(sentence.slice(0, at)) || /\b(?:in|by|since|until|till|of|from|early|late|mid|last|next|this|during|before|after|through|between|and|or)[\s-]+$/iu.test(sentence.slice(0, at)))) return true
  // "I never thought I would see them", "Nobody expected that the museum would agree": what was
  // not foreseen then, told now; no prediction.
  if (kind === 'predictive' && /^would$/i.test(text) && UNFORESEEN.test(sentence.slice(0, at))) return true
  // "fewer spaces than the old code would have demanded", "it would have been cheaper": what did
  // not happen, in the past; no prediction ("would have to pay" stays: what a change would bring).
  if (kind === 'predictive' && /^would$/i.test(text) && /^\s+(?:(?:not|never|also|still|surely)\s+)?have\s+(?!to\b)\p{L}/iu.test(sentence.slice(at + text.length))) return true
  if (kind === 'hedge' && /^could$/i.test(text) && /^\s+(not|n['’]t)\b/i.test(after)) return true
  // "researchers asking whether they could follow her pupils", "parents asked if the school could
  // open later": the past of "can" in a question someone put, asking leave or ability; no one
  // hedges a claim ("It is unclear whether the scheme could work" still does).
  if (kind === 'hedge' && /^could$/i.test(text) && ASKED_WHETHER.test(sentence.slice(0, at))) return true
  // "ein Thema, über das gestritten wird", "Die Schule wird im Herbst geschlossen", "Familien würden
  // benachteiligt": the passive, no prediction.
  if (kind === 'predictive' && /^(?:wird|würden?)$/iu.test(text) && passiveWird(sentence, at, text.length)) return true
  // "We no longer have to guess": a duty that has ended; "would have to", "would no longer have
  // to guess": what a change would bring about. No one's due now, either.
  if (kind === 'normative' && /^(have|has) to$/i.test(text.replace(/\s+/g, ' ')) && /\b(?:no\s+longer|never\s+again|(?:may|might|could|would|will)\s+(?:(?:no\s+longer|not|never|also|still|then)\s+)?)\s*$/i.test(sentence.slice(Math.max(0, at - 30), at))) return true
  // "Heat leaving the water has to pass through the ice", "the water must evaporate first": how
  // a process goes, what must happen for it, not what anyone ought to do.
  if (kind === 'normative' && /^(?:has|have|must|needs?)(?:\s+to)?$/i.test(text.replace(/\s+/g, ' ')) && PROCESS.test(sentence.slice(at + text.length))) return true
  // "Heat rarely appears on a death certificate", "appeared in court": shows up somewhere, hedging
  // nothing; "appears to", "it appears that", "appears likely" hedge.
  if (kind === 'hedge' && /^appear(?:s|ed)?$/i.test(text) && /^\s+(?:on|in|at|before|onstage|alongside|under|inside|among|beside|next\s+to)\b/i.test(sentence.slice(at + text.length))) return true
  if (kind === 'hedge' && /^almost$/i.test(text) && /^\s+(all|every|no|none|nothing|nobody|everyone|everybody|everything|twice|half)\b/i.test(after)) return true
  // "As Jane Roe put it, …", "put it to me" report her words; "put it to a vote", "put it on hold" do not.
  if (kind === 'reporting' && /^puts?\s+it$/i.test(text) && /^\s+(?:to(?!\s+(?:me|us|him|her|them|you)\b)|in|on|into|back|off|down|up|away|aside|forward|through|out|there|here)\b/i.test(after)) return true
  if (kind === 'reporting' && CLAUSE_VERB.test(text) && !reportsWords(sentence, at, text)) return true
  // "had a say in who runs it", "the final say", "no say": the noun, a voice in a decision, no
  // one's words reported (init suggested "It is time they had a say …" as a reported statement).
  if (kind === 'reporting' && /^say$/i.test(text) && /\b(?:a|the|any|no|their|our|his|her|its|my|your|final|equal|real|direct)\s+$/iu.test(sentence.slice(0, at))) return true
  // "… than supporters suggest", "as critics suggested": people suggesting are whose words
  // they are (a report), not how firmly the author puts the claim; "the figures suggest" hedges.
  if (kind === 'hedge' && /^suggest(?:s|ed)?$/i.test(text) && (/\b(?:than|as)\s+(?:\p{L}+\s+){0,2}$/iu.test(sentence.slice(0, at)) || PEOPLE_BEFORE.test(sentence.slice(0, at)))) return true
  return falseFriendDe(kind, text, sentence, at)
}

/** The verbs of saying that report only with a clause or a quotation (reportsWords). */
const CLAUSE_VERB = /^(?:add(?:ed|s)|notes?|noted|explain(?:ed|s)?|caution(?:ed|s)?|stress(?:ed|es)|emphasi[sz](?:e|ed|es)|observe[sd]?|concede[sd]?|remarked|replied)$/iu

/**
 * True when the verb at `at` gives someone's words: a clause or a quotation follows it ("added
 * that", "noted:", "explained, “…”"), or it tags a quotation before it ("“…,” she added", "“…,”
 * added Varga").
 */
function reportsWords(sentence: string, at: number, text: string): boolean {
  const before = sentence.slice(0, at)
  const after = sentence.slice(at + text.length)
  return /^\s*,?\s*(?:that\b|[:“"‘])/u.test(after) || /[,!?…]\s*[”"’»]\s*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(before)
}

/** People as the subject just before a verb: "supporters", "critics", "officials", "they". */
const PEOPLE_BEFORE = /\b(?:supporters|opponents|critics|officials|experts|analysts|economists|researchers|campaigners|advocates|proponents|residents|parents|they|some|others|many)\s+(?:(?:have|had|also|often)\s+)?$/iu

/** Comparatives after "immer" ("immer teurer": ever dearer), not words that end in -er ("immer der Fall"). */
const NOT_COMPARATIVE = /^(?:der|oder|aber|über|unter|hinter|jeder|dieser|jener|seiner|ihrer|unser|euer|hier|wer|vier)$/i

const PERFECT_PARTICIPLES = new Set(['gesagt', 'gewarnt', 'angekündigt', 'gefordert', 'gemahnt', 'geäußert', 'bekräftigt', 'eingeräumt', 'versprochen', 'unterstrichen'])
/** A form of "haben" earlier in the clause, with the words up to the participle. */
const PERFECT_AUX = /(?<![\p{L}])(hat|haben|hatte|hatten|habe|hätte|hätten)\s+[^.;:!?,“”„"]*$/u

/**
 * The auxiliary of a German participle of saying in the perfect ("Lange hat am Montag
 * gesagt", "…, hat Lange gesagt"): where the finite verb stands, so the subject is looked for
 * around it, as around "sagte"; between it and the participle the subject may stand too.
 */
export function perfectAuxiliary(sentence: string, m: Marker): Marker | undefined {
  if (m.kind !== 'reporting' || !PERFECT_PARTICIPLES.has(m.text)) return undefined
  const aux = PERFECT_AUX.exec(sentence.slice(0, m.at))
  return aux ? { kind: 'reporting', text: aux[1]!, at: aux.index } : undefined
}

/** German words of the lexicon that are something else here. */
function falseFriendDe(kind: MarkerKind, text: string, sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  const after = sentence.slice(at + text.length)
  // "immer noch", "noch immer" (still), "immer wieder" (again and again), "immer mehr", "immer
  // teurer" (more and more), "nicht immer", "wie immer"; "noch nie" (never yet), "fast nie": not boosters.
  if (kind === 'booster' && /^immer$/i.test(text)) {
    const next = /^\s+(\p{L}+)/u.exec(after)?.[1] ?? ''
    if (/^(?:noch|mehr|weniger|wieder|öfter)$/i.test(next) || (/^\p{Ll}{3,}er$/u.test(next) && !NOT_COMPARATIVE.test(next))) return true
    if (/\b(?:noch|nicht|wie|fast|für)\s+$/iu.test(before)) return true
  }
  if (kind === 'booster' && /^nie$/i.test(text) && /\b(?:noch|fast)\s+$/iu.test(before)) return true
  // "so" reports only as "…, so Knie" or "…“, so die Ministerin": after a comma or a quotation, before who said it.
  if (kind === 'reporting' && /^so$/i.test(text)) return !(/[,“”"»]\s*$/u.test(before) && /^\s+(?:(?:der|die|das)\s+)?(?:\p{Ll}+\s+)?\p{Lu}/u.test(after))
  // A participle of saying reports only in the perfect, with "hat", "haben", "hatte" in its
  // clause ("Am 3. März hat das Kultusministerium angekündigt, dass …"); "wie gesagt", "das
  // versprochen Geld" do not. Without these the perfect reported no one: a minister's words
  // ("…, hat Ministerin Petra Lange gesagt") were the author's claim.
  if (kind === 'reporting' && PERFECT_PARTICIPLES.has(text)) return !PERFECT_AUX.test(before)
  // "höher als erwartet", "wie befürchtet": than expected, as feared, by no one in particular.
  if (kind === 'belief' && /\b(?:als|wie)\s+(?:[^\s,;:]+\s+){0,4}$/iu.test(before)) return true
  if (kind === 'indirect') {
    // Lower case only (nouns are capitalised), and not the first person ("ich habe", "habe ich") of quoted words.
    if (text !== text.toLowerCase() || /\bich\s+(?:\S+\s+){0,2}$/iu.test(before) || /^\s+ich\b/iu.test(after)) return true
    // Idioms: "es sei denn" (unless), "sei es … oder" (whether), "wie dem auch sei", "Gott sei Dank".
    if (/^sei$/.test(text) && (/^\s+(?:denn|es)\b/u.test(after) || /\b(?:auch|gott)\s+$/iu.test(before))) return true
  }
  return false
}
