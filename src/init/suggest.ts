// Suggest the article's key claims: the sentences whose wording marks them (hedged or
// boosted, reported, causal, normative, predictive), at most one per paragraph, the
// strongest first while every section keeps one. Each comes with a verbatim quote that
// classpack's own anchoring finds exactly once, a kind, its hedges, who asserts it and
// what support the sentence shows. All of it is a suggestion for the teacher to review.
import { VFile } from 'vfile'
import type { Article, Paragraph } from '../article/model.js'
import { anchorClaims } from '../claims/anchor.js'
import type { Claim, Evidence, Kind } from '../claims/model.js'
import { isGerman } from '../roster/filenames.js'
import { describedSpeaker, namedSpeaker } from '../claims/speaker-named.js'
import { namedIn, pronounSubject, speaker, subjectPronoun, unsaidAt, WEEKDAY, type Named } from './actors.js'
import { blockQuoteVoices } from './block-quotes.js'
import { interviewOf } from './interview.js'
import { findMarkers, type Marker, perfectAuxiliary } from './markers.js'
import { roleOf } from './roles-en.js'
import { slug, uniqueId } from './slug.js'
import { describedAfter, invertedAt, splitTitle } from './speakers-de.js'
import { escapeRegExp } from '../regexp.js'

export interface SuggestedActor {
  id: string
  name: string
  kind: Named['kind']
  /** ¶ where the article first names them. */
  paragraph: number
  /** Who they are, where the article says it with their name ("VDV-Präsident"). */
  role?: string
}

export interface Suggestion {
  id: string
  quote: string
  kind: Kind
  hedges: string[]
  /** Boosting words as written ("Of course"): the comment names them, so the claim records them too. */
  boosters: string[]
  /** `author` or an actor id. */
  asserted_by: string
  evidence: Evidence
  actors: string[]
  theme: string
  paragraph: number
  /** Why it was suggested, for a comment: "hedge “perhaps”, causal “because”". */
  why: string
}

export interface Suggestions {
  claims: Suggestion[]
  actors: SuggestedActor[]
  themes: Array<{ id: string; label: string }>
}

/** How many to suggest: about one for every second paragraph, within these bounds. */
const FEWEST = 8
const MOST = 15
/** A quote longer than this is cut to the clause that holds its markers. */
const LONGEST_QUOTE = 45
const SHORTEST_QUOTE = 5

const WEIGHTS: Record<Marker['kind'], number> = { hedge: 2, booster: 2, reporting: 2, belief: 1, causal: 2, normative: 3, predictive: 1, example: 1, indirect: 2 }

interface Candidate {
  paragraph: Paragraph
  quote: string
  markers: Marker[]
  score: number
  /** Whose statement the sentence reports. */
  speaker?: Named
  /** Whose belief or motive the author reads (an interpretive claim of the author's). */
  believer?: Named
  /** Direct speech whose speaker was not found: not the author's, the teacher must say whose. */
  unattributed?: boolean
  /** Unattributed as indirect speech ("…, die Schicht sei abgedichtet"), not quoted words: its comment says so. */
  reported?: boolean
  /** An interviewee's answer (interview.ts): their own words, not a statement the author reports. */
  answer?: boolean
}

/** A sentence that opens or closes with a quotation mark: someone's words, quoted. */
const SPEECH = /^\s*[“"«„‘]|[”"»’]\s*$|[,!?]\s*[”"»]/u

/** Later mentions of people already named, by surname ("Okafor" for "Margaret Okafor"). */
function mentionsOf(sentence: string, people: readonly Named[]): Named[] {
  const found: Named[] = []
  for (const p of people) {
    const m = new RegExp(`(?<![\\p{L}])${escapeRegExp(p.key)}(?![\\p{L}])`, 'u').exec(sentence)
    if (m) found.push({ ...p, start: m.index, end: m.index + p.key.length })
  }
  return found
}

/**
 * A body called by its head noun ("The association says", as subjectOf names a subject in lower
 * case) that is the one body named before whose name ends in that noun ("Brennmark Mortgage
 * Lenders' Association"): that body, at this place. It was an actor of its own, "The association".
 */
function namedBefore(n: Named, bodies: readonly Named[]): Named {
  const head = n.kind === 'organisation' ? /^The (\p{Ll}[\p{L}-]*)$/u.exec(n.name)?.[1] : undefined
  const same = head === undefined ? [] : bodies.filter((b) => /^\p{Lu}/u.test(b.key) && b.key.toLowerCase() === head)
  return same.length === 1 ? { ...same[0]!, start: n.start, end: n.end } : n
}

/** A person named by a single word who is someone named in full before: that person, at this place. */
function fuller(n: Named, people: readonly Named[]): Named {
  if (n.kind !== 'person' || /\s/u.test(n.name)) return n
  const p = people.find((q) => q.key === n.name && q.name !== n.name)
  return p ? { ...p, start: n.start, end: n.end } : n
}

/** The person a pronoun speaker at offset `at` of a sentence stands for ("“…,” she said"), if any. */
type PersonBefore = (at: number) => Named | undefined

/** Whose words the sentences before gave, within the paragraph. */
interface Voices {
  /** The speaker of a reporting verb that reported nothing in the sentence just before ("Auch der VCD warnt vor den Folgen."): the words that follow are theirs. */
  frame?: Named
  /** Who spoke or was named last: German indirect speech without a verb of its own ("Der Preis sei attraktiv") is theirs. */
  voice?: Named
}

/** Whose words a reporting marker gives: named with it, or a pronoun for a person named before. */
function speakerAt(sentence: string, names: readonly Named[], m: Marker, personBefore: PersonBefore, lang: string): Named | undefined {
  // German perfect: the subject stands around the auxiliary ("Lange hat … gesagt", "…, hat Lange
  // gesagt"), as around "sagte", not the participle; read without the participle (blanked, so
  // offsets hold), a subject after the auxiliary ends its clause as after "sagte".
  const aux = isGerman(lang) ? perfectAuxiliary(sentence, m) : undefined
  if (aux) return speakerAt(`${sentence.slice(0, m.at)}${' '.repeat(m.text.length)}${sentence.slice(m.at + m.text.length)}`, names, aux, personBefore, lang)
  const who = speaker(sentence, names, m.at, m.text, lang) ?? (pronounSubject(sentence, m.at, m.at + m.text.length, lang) ? personBefore(m.at) : undefined)
  // German: a title alone after the verb ("…, sagte die Ministerin") with no one named before is who it describes.
  return who ?? (isGerman(lang) && invertedAt(sentence, m.at) ? describedAfter(sentence, m.at + m.text.length) : undefined)
}

/**
 * Verbs of saying outside quotation marks before those inside: in "“A study like this suggests a
 * direction …,” Professor Lindqvist said" the quoted "suggests" is part of what the professor
 * said, and its subject ("A study like this") was made the speaker, an actor of its own.
 */
function outsideFirst(sentence: string, verbs: readonly Marker[]): Marker[] {
  const marks = quotations(sentence)
  const inside = verbs.filter((m) => withinQuotation(sentence, marks, m.at))
  return [...verbs.filter((m) => !inside.includes(m)), ...inside]
}

/** Whose words a sentence reports, when it reports any. */
function speakerOf(sentence: string, names: readonly Named[], personBefore: PersonBefore, lang: string): Named | undefined {
  const verbs = outsideFirst(sentence, findMarkers(sentence, lang).filter((x) => x.kind === 'reporting' && !unsaidAt(sentence, x.at)))
  for (const m of verbs) {
    const who = speakerAt(sentence, names, m, personBefore, lang)
    if (who) return who
  }
  return verbs.length ? (namedPerson(sentence, names) ?? describedIn(sentence)) : undefined
}

/**
 * A person the sentence names, outside quotation marks, with a verb of saying, when the rules
 * above found no speaker ("“…,” said board chair Denise Okafor"): check's reported-as-author
 * warning names them by this same rule, so init gives them the words rather than the author.
 */
function namedPerson(sentence: string, names: readonly Named[]): Named | undefined {
  // Whom someone told or asked is who heard it: "if he had told Putin that …, Putin would have
  // backed off" gave Putin the words, named again later in the sentence.
  const heard = new Set(names.filter((n) => TOLD.test(sentence.slice(0, n.start))).map((n) => n.key))
  return namedSpeaker(sentence, names.filter((n) => n.kind === 'person' && !heard.has(n.key)))
}

/** A verb of telling right before a name: the one told follows it. */
const TOLD = /\b(?:told|tells|tell|asked|asks|warned|warns|urged|urges|assured|assures|reminded|reminds|informed|informs|promised|promises)\s+$/iu

/**
 * A speaker the sentence describes at its start, by check's same rule ("Owners of small
 * landscaping firms, several of whom spoke, said"): a group, named as the article writes it.
 */
function describedIn(sentence: string): Named | undefined {
  const found = describedSpeaker(sentence)
  return found && { ...found, key: found.name.split(/\s+/).pop()!, kind: 'organisation' }
}

/** The speaker with the role the sentence gives them with their name ("said board chair Denise Okafor"), in English; German's come with it (speakers-de.ts). */
function withRole(sentence: string, who: Named, lang: string): Named {
  // Only a name in this sentence: a pronoun's speaker was named in one before.
  if (isGerman(lang) || who.kind !== 'person' || who.role || !sentence.slice(who.start, who.end).includes(who.key)) return who
  const role = roleOf(sentence, who)
  return role ? { ...who, role } : who
}

/**
 * True when the sentence's only marker is a reporting verb that reports nothing: no quotation,
 * no clause, only what it is about ("Auch der VCD warnt vor den Folgen", "Critics warned of
 * the risks"). It is no claim; what it frames follows in the next sentence, which is the claim.
 */
function bareFrame(sentence: string, markers: readonly Marker[]): boolean {
  if (markers.length === 0 || markers.some((m) => m.kind !== 'reporting') || /[“”"„«»:,;]/u.test(sentence)) return false
  const last = markers[markers.length - 1]!
  const rest = sentence.slice(last.at + last.text.length).replace(/[.!?]\s*$/u, '').trim()
  const words = rest.split(/\s+/).length
  return rest === '' || (/^(?:vor|über|von|gegen|davor|darüber|of|about|against)\s/iu.test(rest) && words <= 4) || (/^sich\s/u.test(rest) && words <= 3)
}

/** Suggest claims for `article` (parsed from `file`). */
export function suggestClaims(article: Article, file: VFile, opening = 'The opening, before the first subhead', whole = 'The whole article'): Suggestions {
  const best = new Map<number, Candidate>()
  const candidates: Candidate[] = []
  // The people named so far, across paragraphs: a news report names a speaker once ("Margaret
  // Okafor") and later by surname alone ("Okafor is optimistic").
  const people: Named[] = []
  // The bodies named so far, across paragraphs: a report names a body once ("the Brennmark
  // Mortgage Lenders' Association") and later by its head noun ("The association says").
  const bodies: Named[] = []
  // Everyone named who speaks, picked or not: each is an actor (a voice item's distractors).
  const speakers: Spoken[] = []
  const lang = article.meta.lang
  // A block quote's words are whoever the line before it names ("One delegate wrote:"), never the author's unsaid.
  const blockQuotes = blockQuoteVoices(article, lang)
  // Whose quotation the paragraph before left open, to go on in the next (continuedBy).
  let open: Named | undefined
  // The pronoun the article gives each person it reports with one ("“…,” she said"), by key;
  // and the last person the paragraph before reported, with theirs: news style goes on with
  // "She added that …" in a paragraph of its own.
  const pronouns = new Map<string, 'he' | 'she'>()
  let carried: { speaker: Named; pronoun: 'he' | 'she' } | undefined
  // An interview's answers are the interviewee's, though no verb of saying gives them (interview.ts).
  const interview = interviewOf(article)
  for (const i of interview?.interviewees ?? []) speakers.push(i)
  for (const paragraph of article.paragraphs) {
    const turn = interview?.turns.get(paragraph.n)
    // The paragraph's quotation marks, paired once for the questions below.
    const marks = quotations(paragraph.text)
    const continued = continuedBy(paragraph.text, marks, open)
    // A pronoun speaker ("“…,” she said") is the person last named before it in the SAME
    // paragraph, or no one: a guess across paragraphs gave a councillor's words to a parent
    // quoted two paragraphs earlier. Unguessed, the quotation is left for the teacher to attribute.
    // A paragraph that goes on with someone's quotation goes on with them.
    // Or a paragraph that opens with the pronoun the article gave the person the paragraph before
    // reported last ("She added that …" after "“…,” she said"): them, and no one else's words.
    const opening = carried && !isGerman(lang) && paragraph.sentences[0] ? subjectPronoun(paragraph.sentences[0].text) : undefined
    let lastPerson: Named | undefined = continued?.speaker.kind === 'person' ? continued.speaker : opening !== undefined && opening === carried?.pronoun ? carried.speaker : undefined
    carried = undefined
    const voices: Voices = {}
    const judged: Array<{ candidate: Candidate | undefined; speech: boolean; speaker: Named | undefined }> = []
    paragraph.sentences.forEach((sentence, k) => {
      // A turn's label ("Q: ", "Marsh: ") says who speaks and is none of the words: read without it.
      const text = turn && sentence.start < turn.label ? sentence.text.slice(turn.label - sentence.start) : sentence.text
      // German names a person in full once, then by surname ("Jonas Weber", later "erklärte Weber"): the surname is them.
      const names = namedIn(text, lang).map((n) => (isGerman(lang) ? fuller(n, people) : n))
      const mentions = mentionsOf(text, people)
      const mentioned = [...names.filter((n) => n.kind === 'person'), ...mentions].sort((a, b) => a.start - b.start)
      const previous = lastPerson
      // A person the article gave another pronoun is not who "he" or "she" stands for.
      const pronoun = isGerman(lang) ? undefined : subjectPronoun(text)
      const personBefore: PersonBefore = (at) => {
        const before = mentioned.filter((n) => n.end <= at).pop() ?? previous
        const theirs = before && pronouns.get(before.key)
        return theirs !== undefined && pronoun !== undefined && theirs !== pronoun ? undefined : before
      }
      // A later mention by surname ("…, sagte Scharf") is a name the speaker rules may take.
      const known = [...names, ...mentions.filter((m) => !names.some((n) => m.start < n.end && m.end > n.start))].sort((a, b) => a.start - b.start)
      const judgedHere = judge(paragraph, text, known, personBefore, lang, voices)
      // "One delegate wrote to his brother:" frames the block quote after it and claims nothing itself.
      const framing = blockQuotes.frames.has(paragraph.n) && k === paragraph.sentences.length - 1 && judgedHere?.markers.every((m) => m.kind === 'reporting')
      const candidate = framing ? undefined : judgedHere
      const found = candidate?.speaker ?? speakerOf(text, known, personBefore, lang)
      const said = found && namedBefore(found, bodies)
      if (candidate && candidate.speaker === found) candidate.speaker = said
      for (const n of [...names, ...(said ? [said] : [])]) if (n.kind === 'organisation' && !bodies.some((b) => b.name === n.name)) bodies.push(n)
      // A speaker the reporting verb names ("said Councillor Priya Raman", "Councillor Raman
      // said") is a person named here too, though compromise did not find them.
      if (said && said !== previous && said.kind === 'person' && !mentioned.some((n) => n.key === said.key)) mentioned.push(said)
      mentioned.sort((a, b) => a.start - b.start)
      for (const n of mentioned) if (!people.some((p) => p.key === n.key)) people.push(n)
      lastPerson = mentioned[mentioned.length - 1] ?? lastPerson
      // A person reported by pronoun here ("“…,” she said" after her name): that is their pronoun.
      if (said?.kind === 'person' && pronoun !== undefined && !names.some((n) => n.key === said.key)) pronouns.set(said.key, pronoun)
      if (said?.kind === 'person' && pronouns.has(said.key)) carried = { speaker: said, pronoun: pronouns.get(said.key)! }
      else if (said) carried = undefined
      const frame = bareFrame(text, findMarkers(text, lang))
      voices.frame = frame ? said : undefined
      voices.voice = said ?? mentioned[mentioned.length - 1] ?? voices.voice
      // Named: compromise finds them in this sentence, or a title came with the name ("Councillor
      // Raman said"); a capitalised word before "say" ("Riders say") is no name.
      if (said?.kind === 'person' && (said.role || names.some((n) => n.kind === 'person' && n.key === said.key))) speakers.push({ named: withRole(text, said, lang), paragraph: paragraph.n })
      // Inside a quotation that opened in a sentence before ("“At sixteen, … school. Someone
      // reminds them.”"), a sentence is speech though it has no mark of its own.
      const speech = SPEECH.test(text) || withinQuotation(paragraph.text, marks, sentence.start)
      // Inside the quotation the paragraph before left open, it is that speaker's.
      const goesOn = continued !== undefined && sentence.start < continued.end ? continued.speaker : undefined
      judged.push({ candidate, speech, speaker: said ?? goesOn })
    })
    // A quotation left open at the end goes on in the next paragraph: whose it is.
    open = leftOpen(paragraph.text, marks) ? ([...judged].reverse().find((j) => j.speech && j.speaker)?.speaker ?? continued?.speaker) : undefined
    const quoted = blockQuotes.voices.get(paragraph.n)
    judged.forEach((j, i) => {
      const candidate = j.candidate
      if (!candidate) return
      if (quoted && !candidate.speaker) {
        if (quoted.speaker) candidate.speaker = quoted.speaker
        else candidate.unattributed = true
      }
      // Direct speech is never the author's voice: a quoted sentence with no reporting verb of
      // its own ("“Children seem …”") continues the quotation attributed next to it.
      if (j.speech && !candidate.speaker) {
        const near = j.speaker ? j : [...judged.slice(0, i).reverse(), ...judged.slice(i + 1)].find((o) => o.speech && o.speaker)
        if (near?.speaker) candidate.speaker = near.speaker
        else candidate.unattributed = true
      }
      // An answer's sentence that reports no one else is the interviewee's own; unnamed, the teacher says whose.
      if (turn?.by === 'interviewee' && !candidate.speaker && !candidate.unattributed) {
        candidate.answer = true
        if (turn.speaker) candidate.speaker = turn.speaker
        else candidate.unattributed = true
      }
      candidates.push(candidate)
    })
  }
  // Only a quote the article holds once can be a claim (describe keeps no other): a sentence the
  // article repeats is passed over here, so its paragraph and section fall back on another
  // sentence rather than losing their claim after the choice is made.
  for (const candidate of anchoring(article, file, candidates)) {
    const held = best.get(candidate.paragraph.n)
    if (!held || candidate.score > held.score) best.set(candidate.paragraph.n, candidate)
  }

  // Every section with a claimable sentence keeps one (the README's promise), even past MOST.
  const sections = new Set([...best.values()].map((c) => c.paragraph.section)).size
  const want = Math.max(sections, Math.min(MOST, Math.max(FEWEST, Math.round(article.paragraphs.length / 2))))
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.paragraph.n - b.paragraph.n)
  const chosen = new Set<Candidate>()
  // Every section with a candidate keeps its strongest, so the suggestions cover the argument.
  for (const section of article.sections) {
    const top = ranked.find((c) => c.paragraph.section === section.index)
    if (top) chosen.add(top)
  }
  for (const c of ranked) if (chosen.size < want) chosen.add(c)
  let picked = [...chosen].sort((a, b) => a.paragraph.n - b.paragraph.n)
  // An article with no marked sentence still needs one claim to build: its opening sentence.
  if (picked.length === 0) {
    const first = article.paragraphs[0]!
    const opening = trimQuote(first.sentences[0]?.text ?? first.text)
    picked = [{ paragraph: first, quote: balanced(opening, first.text) ?? opening, markers: [], score: 0 }]
  }
  // An article without a subhead has no opening before one: its one theme is the whole article.
  const untitled = article.sections.length === 1 ? whole : opening
  return describe(article, file, picked, untitled, speakers)
}

/** The candidates whose quote classpack's own anchoring finds exactly once in the article. */
function anchoring(article: Article, file: VFile, candidates: readonly Candidate[]): Candidate[] {
  const probe: Claim[] = candidates.map((c, i) => probeClaim(`c${i}`, c.quote))
  const anchored = new Set(anchorClaims(article, file, probe, new VFile({ path: 'claims.yaml' })).map((c) => c.id))
  return candidates.filter((_, i) => anchored.has(`c${i}`))
}

/** A claim holding only `quote`, for anchoring to test. */
function probeClaim(id: string, quote: string): Claim {
  return { id, status: 'suggested', quote, paraphrase: quote, kind: 'empirical', asserted_by: ['author'], hedges: [], boosters: [], evidence: 'none', actors: [], themes: ['t'], relations: { supports: [], qualifies: [], contrasts_with: [] }, context: [] }
}

/** A sentence as a candidate, or undefined when its wording marks nothing. */
function judge(paragraph: Paragraph, sentence: string, names: readonly Named[], personBefore: PersonBefore, lang: string, voices: Voices): Candidate | undefined {
  // A reporting verb negated or after a modal ("the board has not said how", "the board should
  // say so") reports no one's words: the sentence is the author's, so it counts neither for
  // whose claim it is nor as a report.
  let markers = findMarkers(sentence, lang).filter((m) => m.kind !== 'reporting' || !unsaidAt(sentence, m.at))
  if (markers.length === 0 || bareFrame(sentence, markers)) return undefined
  // A question asks; it claims nothing, and the answer that follows it is the claim: "Why
  // should a sixteen-year-old care?" was suggested as a normative claim, and a draft item
  // asked what kind of claim the question was. So is a quoted one ("“Should we wait?” she asked").
  if (/\?[”"’»]?$/u.test(sentence.trim()) || /^\s*[“"„«][^“”"„«»]*\?[”"“»]/u.test(sentence)) return undefined
  // Whose words: the subject of a reporting verb ("“…,” he said" after a named speaker). A verb of
  // belief with a named subject ("Trump believes") is the author's reading of that person instead.
  let who: Named | undefined
  let verb: Marker | undefined
  for (const m of outsideFirst(sentence, markers.filter((x) => x.kind === 'reporting'))) {
    who = speakerAt(sentence, names, m, personBefore, lang)
    verb = m
    if (who) break
  }
  if (!who && verb) who = namedPerson(sentence, names) ?? describedIn(sentence)
  if (who) who = withRole(sentence, who, lang)
  // A word of the lexicon inside the speaker's name is the name: "Never Okonkwo said" opens with
  // no booster. Only a name in this sentence: a pronoun's speaker was named in one before.
  const speaking = who
  if (speaking?.kind === 'person' && sentence.slice(speaking.start, speaking.end) === speaking.name) markers = markers.filter((m) => m.at < speaking.start || m.at + m.text.length > speaking.end)
  // German indirect speech (Konjunktiv I) is the words of whoever spoke or was named last in
  // the paragraph; a sentence after a bare frame ("Auch der VCD warnt vor den Folgen.") the framer's.
  const indirect = markers.find((m) => m.kind === 'indirect')
  if (!who && indirect) who = names.filter((n) => n.kind === 'person' && n.end <= indirect.at).pop() ?? voices.voice
  if (!who && voices.frame && !SPEECH.test(sentence)) who = voices.frame
  if (!who) who = introducedBy(sentence, names)
  // Reported with a verb of saying or in Konjunktiv I, the clause is in the mood of reported
  // speech; after "laut", "nach Angaben" or a frame it keeps its own (indicative, or a hedge).
  const saying = (verb !== undefined && !/^(?:laut|zufolge|nach\s)/iu.test(verb.text)) || indirect !== undefined
  if (who && saying && isGerman(lang)) markers = markers.filter((m) => !reportedMood(m))
  const own = trimQuote(clauseOf(sentence, markers))
  const quote = balanced(own, paragraph.text)
  if (quote === undefined || quote.split(/\s+/).length < SHORTEST_QUOTE) return undefined
  const inQuote = [...markers.filter((m) => quote.includes(m.text))]
  // A quote that took in the rest of a quotation (balanced) holds another sentence of it: its
  // hedges and boosters are the claim's too ("…is very unlikely to make anyone sick. This is
  // about…"), in their place before or after this sentence's.
  // This sentence's words without the quotation marks and stop that balanced may have moved.
  const core = own.replace(/^[\s“"„«‘]+|[\s.,;:!?”"’»“]+$/gu, '')
  const at = quote.indexOf(core)
  if (quote !== own && at >= 0) {
    // A word this sentence has already ("Could costs go up? Of course they could") is recorded once, as this sentence writes it.
    const has = new Set(inQuote.map((m) => m.text.toLowerCase()))
    const others = findMarkers(quote, lang).filter((m) => (m.kind === 'hedge' || m.kind === 'booster') && (m.at < at || m.at >= at + core.length) && !has.has(m.text.toLowerCase()) && !(who && saying && isGerman(lang) && reportedMood(m)))
    inQuote.unshift(...others.filter((m) => m.at < at))
    inQuote.push(...others.filter((m) => m.at >= at + core.length))
  }
  const kinds = new Set(inQuote.map((m) => m.kind))
  // Each kind of marker counts once; a second or third hedge adds a little (hedges stacked are worth teaching).
  let score = [...kinds].reduce((s, k) => s + WEIGHTS[k], 0) + Math.max(0, Math.min(inQuote.filter((m) => m.kind === 'hedge').length - 1, 2))
  if (paragraph.n === 1) score += 1 // the opening often states the thesis
  let believer: Named | undefined
  for (const m of who ? [] : markers.filter((x) => x.kind === 'belief')) {
    believer = speaker(sentence, names, m.at, m.text, lang)
    if (believer) break
  }
  if (score < 2) return undefined
  // Indirect speech whose speaker was not found is still not the author's: the teacher says whose.
  const unattributed = !who && indirect !== undefined
  return { paragraph, quote, markers: inQuote, score, ...(who ? { speaker: who } : {}), ...(believer ? { believer } : {}), ...(unattributed ? { unattributed, reported: true } : {}) }
}

/**
 * The one person named before a colon that opens a quotation ending the sentence, with no
 * verb of saying ("Councillor Hayward was blunt: “We are not ready.”", "Her answer, Roe says
 * now, was simple: …" has one): the quotation is theirs, as a block quote after such a line is
 * (block-quotes.ts). It was the author's, "speaker not found".
 */
function introducedBy(sentence: string, names: readonly Named[]): Named | undefined {
  const intro = /^([^“”"„«»:]+):\s*[“"„«][^“”"„«»]+[”"“»][.!?]?\s*$/u.exec(sentence.trim())
  if (!intro) return undefined
  const at = sentence.indexOf(intro[1]!)
  const people = names.filter((n) => n.kind === 'person' && n.start >= at && n.end <= at + intro[1]!.length)
  return people.length === 1 ? people[0] : undefined
}

/**
 * In German reported speech, "könnten" stands in for Konjunktiv I, whose plural ("können")
 * would read as the indicative: "Die Länder könnten die Mehrkosten nicht allein tragen, sagte
 * sie" reports that they cannot, and hedges nothing. "könnte" is no such stand-in (Konjunktiv I
 * is "könne"): it stays a hedge, the speaker's, as "wahrscheinlich" or "dürfte" do.
 */
function reportedMood(m: Marker): boolean {
  return m.kind === 'hedge' && /^könnten$/i.test(m.text)
}

/** The sentence, or for a long one the clause that holds most of its markers. */
function clauseOf(sentence: string, markers: readonly Marker[]): string {
  if (sentence.split(/\s+/).length <= LONGEST_QUOTE) return sentence
  const parts: Array<{ text: string; start: number }> = []
  // A dash or colon between digits joins them: a score or range ("voted 6–3", "12–18 months",
  // "1990–95"), a time ("8:45 a.m."). Cut there, a quote began "3 on Tuesday night…".
  let from = 0
  for (const m of sentence.matchAll(/[;:—–]/g)) {
    if (/\d\s?$/u.test(sentence.slice(0, m.index)) && /^\s?\d/u.test(sentence.slice(m.index + 1))) continue
    parts.push({ text: sentence.slice(from, m.index), start: from })
    from = m.index + 1
  }
  parts.push({ text: sentence.slice(from), start: from })
  let best = { text: sentence, count: -1 }
  for (const p of parts) {
    const count = markers.filter((m) => m.at >= p.start && m.at < p.start + p.text.length).length
    if (count > best.count && p.text.split(/\s+/).length >= SHORTEST_QUOTE + 3) best = { text: p.text, count }
  }
  return best.text
}

/** A quote without surrounding space and a closing full stop (quotes read as fragments). */
function trimQuote(text: string): string {
  return unquote(text.trim()).replace(/[.,;:—–]$/, '').trim()
}

/**
 * `quote` with its quotation marks in pairs. A sentence cut out of a quotation of two
 * sentences carries one mark of the pair (“Deshalb muss … nicht“, sagte …”, in a stem then
 * ‚Deshalb muss … nicht“, sagte …‘): the quote takes in the whole quotation from `paragraph`
 * when that stays short enough to read as one claim, else it is cut at the lone mark, keeping
 * the longer side. Undefined when no side is long enough to quote.
 */
function balanced(quote: string, paragraph: string): string | undefined {
  if (loneMarks(quote).length === 0) return quote
  const at = paragraph.indexOf(quote)
  if (at >= 0) {
    let start = at
    let end = at + quote.length
    // Take in every quotation the quote cuts, until none is cut.
    for (let changed = true; changed; ) {
      changed = false
      for (const [open, close] of markPairs(paragraph)) {
        if ((open < start && close >= start && close < end) || (open >= start && open < end && close >= end)) {
          ;[start, end, changed] = [Math.min(start, open), Math.max(end, close + 1), true]
        }
      }
    }
    const whole = trimQuote(paragraph.slice(start, end))
    if (loneMarks(whole).length === 0 && whole.split(/\s+/).length <= LONGEST_QUOTE) return whole
  }
  const lone = loneMarks(quote)[0]!
  const sides = [quote.slice(0, lone), quote.slice(lone + 1)].map((side) => trimQuote(side.replace(/^[\s,;:.—–]+/, ''))).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)
  const side = sides[0]!
  return side.split(/\s+/).length >= SHORTEST_QUOTE ? balanced(side, paragraph) : undefined
}

/**
 * The double quotation marks of `text` that pair, as [opening, closing] offsets, and those
 * that do not, in English (“…”, "…"), German („…“, »…«) and French («…») style. Single marks
 * are left alone: ’ is also the apostrophe.
 */
function quotations(text: string): { pairs: Array<[number, number]>; lone: number[] } {
  const pairs: Array<[number, number]> = []
  const lone: number[] = []
  const open: Array<{ mark: string; at: number }> = []
  const close = (at: number, opens: string): boolean => {
    const top = open[open.length - 1]
    if (!top || !opens.includes(top.mark)) return false
    pairs.push([open.pop()!.at, at])
    return true
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '„') open.push({ mark: c, at: i })
    else if (c === '“') close(i, '„') || open.push({ mark: c, at: i })
    // A pair typed in two styles (“…" or "…”, „…" in German), as an editor's autocorrect or a
    // retyped quotation mixes them, is one quotation: else the straight marks paired with each
    // other across the words between two quotations, and a quote ran on to the next one's mark.
    else if (c === '”') close(i, '“„"') || lone.push(i)
    else if (c === '"') close(i, '"“„') || open.push({ mark: c, at: i })
    else if (c === '«') close(i, '»') || open.push({ mark: c, at: i })
    else if (c === '»') close(i, '«') || open.push({ mark: c, at: i })
  }
  return { pairs, lone: [...lone, ...open.map((o) => o.at)].sort((a, b) => a - b) }
}

const markPairs = (text: string): Array<[number, number]> => quotations(text).pairs
const loneMarks = (text: string): number[] => quotations(text).lone

/** True when the lone mark at `i` opens a quotation never closed: not a closing mark, nor an inch mark ("a 12" pipe"). */
const opensUnclosed = (text: string, i: number): boolean => text[i] !== '”' && !(text[i] === '"' && /\d/.test(text[i - 1] ?? ''))

/** The quotation marks of a text, paired (`quotations`). */
type Marks = ReturnType<typeof quotations>

/** True when the paragraph ends inside a quotation: its last lone mark opens one. */
function leftOpen(text: string, { lone }: Marks): boolean {
  return lone.length > 0 && opensUnclosed(text, lone[lone.length - 1]!)
}

/** True when offset `at` lies inside a quotation of `text` (one closed later, or one never closed). */
function withinQuotation(text: string, { pairs, lone }: Marks, at: number): boolean {
  return pairs.some(([open, close]) => open < at && at < close) || lone.some((i) => i < at && opensUnclosed(text, i))
}

/**
 * News style quotes a speaker over paragraphs: the first leaves its quotation open, and the
 * next opens with a quotation mark again (“… to the polling station. / “At nineteen or twenty
 * …”). That paragraph names no one, so sentence by sentence it read as the author's (a voice
 * item keyed "the author" for a researcher's words). Its opening quotation is `speaker`'s,
 * up to `end`, where it closes (or the paragraph ends).
 */
function continuedBy(text: string, marks: Marks, speaker: Named | undefined): { speaker: Named; end: number } | undefined {
  const first = /^\s*[“"„«»]/u.exec(text)
  if (!speaker || !first) return undefined
  const start = first[0].length - 1
  return { speaker, end: marks.pairs.find(([open]) => open === start)?.[1] ?? text.length }
}

/** Which mark closes a quotation each opening mark opens (a straight and a curly one pair too, as in `quotations`). */
const CLOSING: Record<string, string> = { '“': '”"', '"': '"”', '„': '“”"', '«': '»', '‘': '’' }

/**
 * A sentence that is one quoted utterance, without its quotation marks: the claim quotes the
 * speaker's words, and a stem that sets the quote in marks of its own printed ‘"…"’. A
 * sentence that holds more than the utterance ("“…,” she said") keeps its marks.
 */
function unquote(text: string): string {
  const m = /^([“"„«‘])([^“”"„«»]+)([”"“»’])$/u.exec(text)
  if (!m || !CLOSING[m[1]!]!.includes(m[3]!) || (m[1] === '‘' && m[2]!.includes('‘'))) return text
  return m[2]!.trim()
}

/** A person named as speaking in ¶`paragraph`. */
interface Spoken {
  named: Named
  paragraph: number
}

function describe(article: Article, file: VFile, picked: readonly Candidate[], opening: string, speakers: readonly Spoken[]): Suggestions {
  // Ids are spelled as the article's language does without its letters (slug.ts).
  const lang = article.meta.lang
  const actors: SuggestedActor[] = []
  const actorFor = (named: Named, paragraph: number): string => {
    // A German title is who they are, not their name: "VDV-Präsident Ingo Wortmann" is Ingo Wortmann, VDV-Präsident.
    const titled = isGerman(lang) && named.kind === 'person' ? splitTitle(named.name) : { name: named.name }
    const name = titled.name
    const role = named.role ?? titled.role
    const known = actors.find((a) => a.name === name || a.name.split(/\s+/).pop() === named.key)
    if (known) {
      known.role ??= role
      // Met first by the surname ("…,” Delgado said), the whole name later ("Council Member Rosa
      // Delgado, …, said"): the actor is named in full, as the handout and the options print it.
      if (named.kind === 'person' && name.endsWith(` ${known.name}`)) known.name = name
      return known.id
    }
    const id = uniqueId(slug(name, 4, lang) || 'actor', actors.map((a) => a.id).concat(['author']))
    actors.push({ id, name, kind: named.kind, paragraph, ...(role ? { role } : {}) })
    return id
  }
  const themes = new Map<number, { id: string; label: string }>()
  const themeFor = (section: number): string => {
    const held = themes.get(section)
    if (held) return held.id
    const heading = article.sections[section]?.heading
    const label = heading ?? opening
    const id = uniqueId(slug(heading ?? (article.sections.length === 1 ? opening : 'opening'), 4, lang) || 'theme', [...themes.values()].map((t) => t.id))
    themes.set(section, { id, label })
    return id
  }

  // German: a speaker's full name makes the actor, though a claim names them by surname first.
  if (isGerman(lang)) for (const s of speakers) actorFor(s.named, s.paragraph)
  const ids: string[] = []
  const claims: Suggestion[] = []
  for (const c of picked) {
    const kinds = new Set(c.markers.map((m) => m.kind))
    // "We have not shown that anyone will avoid diabetes … because of it", "There is no evidence
    // that the timetable caused the delays": the cause or the future after a denial of evidence
    // is what is not shown; the claim is about the evidence (a kind item keyed "causal" for a
    // researcher's disclaimer). Markers before the denial still count.
    const denial = isGerman(lang) ? null : DENIAL.exec(c.quote)
    if (denial) {
      const before = new Set(findMarkers(c.quote.slice(0, denial.index), lang).map((m) => m.kind))
      for (const k of ['causal', 'predictive'] as const) if (!before.has(k)) kinds.delete(k)
    }
    const asserter = c.speaker ? actorFor(c.speaker, c.paragraph.n) : 'author'
    // Not the speaker again, nor a part of the speaker's name ("National Center" of "the National Center for Education Statistics").
    const others = [...(c.believer ? [c.believer] : []), ...namedIn(c.quote, lang)]
      .filter((n) => !(c.speaker?.name.includes(n.name) ?? false))
      .map((n) => actorFor(n, c.paragraph.n))
    const id = uniqueId(slug(c.quote, 5, lang) || `claim-${c.paragraph.n}`, ids)
    ids.push(id)
    claims.push({
      id,
      quote: c.quote,
      kind: c.believer ? 'interpretive' : kindOf(kinds),
      hedges: uniqueWords(c.markers.filter((m) => m.kind === 'hedge').map((m) => m.text)),
      boosters: uniqueWords(c.markers.filter((m) => m.kind === 'booster').map((m) => m.text)),
      asserted_by: asserter,
      // Quoted words are a report even before the teacher names whose: their quote no longer shows the marks.
      // An interviewee's answer gives its own support (a reason, an example), as the author's words do.
      evidence: evidenceOf(kinds, c.quote, !c.answer && (asserter !== 'author' || c.unattributed === true)),
      actors: [...new Set(asserter === 'author' ? others : [asserter, ...others])],
      theme: themeFor(c.paragraph.section),
      paragraph: c.paragraph.n,
      why: (c.markers.length ? markerList(c.markers) : 'the opening sentence (no marked wording found)') + (c.unattributed ? (c.answer ? '; an answer in the interview, whose interviewee was not found: set `asserted_by` to who answers' : c.reported && !SPEECH.test(c.quote) ? '; reported speech whose speaker was not found: set `asserted_by` to who says it' : '; quoted words whose speaker was not found: set `asserted_by` to who says them') : '')
    })
  }

  // Keep only what classpack's own anchoring finds exactly once in the article.
  const scratch = new VFile({ path: 'claims.yaml' })
  const probe: Claim[] = claims.map((c) => probeClaim(c.id, c.quote))
  const anchored = new Set(anchorClaims(article, file, probe, scratch).map((c) => c.id))
  const kept = claims.filter((c) => anchored.has(c.id))
  const usedActors = new Set(kept.flatMap((c) => c.actors))
  // A named speaker no suggested claim quotes is an actor too, named where they first speak; a
  // trial left "City Manager Ellen Porter said" out of the actors.
  for (const s of speakers) {
    const id = actorFor(s.named, s.paragraph)
    usedActors.add(id)
    const actor = actors.find((a) => a.id === id)!
    actor.paragraph = Math.min(actor.paragraph, s.paragraph)
  }
  // A person named in full once where compromise saw no name ("Its chair, Mereana Tau,
  // travelled"), then by honorific and surname ("Ms Tau said"), was the actor "Tau", which the
  // handout and the options print: the article's first "Given Surname" names them in full.
  // (German names a speaker by surname after the full name, which fuller() above resolves.)
  // A person the article names in full before they speak ("The team, led by Dr. Ines Varga of
  // …" in ¶3, "Varga said" in ¶9) is named first there, where it says who they are: the comment
  // that asks for the role pointed to ¶9, which says nothing of it.
  for (const a of actors) {
    if (a.kind !== 'person') continue
    if (!isGerman(lang) && !/\s/u.test(a.name)) a.name = fullNameIn(article, a.name) ?? a.name
    a.paragraph = Math.min(a.paragraph, firstNamedIn(article, a.name) ?? a.paragraph)
  }
  const usedThemes = new Set(kept.map((c) => c.theme))
  return {
    claims: kept,
    actors: actors.filter((a) => usedActors.has(a.id)).sort((a, b) => a.paragraph - b.paragraph),
    themes: [...themes.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t).filter((t) => usedThemes.has(t.id))
  }
}

/** The first ¶ whose text holds `name` as whole words, if any does. */
function firstNamedIn(article: Article, name: string): number | undefined {
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'u')
  return article.paragraphs.find((p) => pattern.test(p.text))?.n
}

/** Words before a surname that are no given name: an honorific, a title, a sentence's opening word, a month (or a day: WEEKDAY). */
const NOT_GIVEN = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Councillor|Cllr|Council|President|Minister|Secretary|Mayor|Judge|Justice|Chair|Chairman|Chairwoman|Director|Senator|Governor|Officer|Detective|Sergeant|Captain|General|Chief|Coach|Principal|Superintendent|Commissioner|Herr|Frau|The|A|An|And|But|Or|So|Yet|Its|His|Her|Their|Our|My|Your|In|On|At|For|Of|By|From|To|With|As|When|While|If|After|Before|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December)$/u

/** The first "Given Surname" of the article for a person known by `surname` alone, if it names one. */
function fullNameIn(article: Article, surname: string): string | undefined {
  const escaped = escapeRegExp(surname)
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’.-])(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*)\\s+${escaped}(?![\\p{L}\\p{M}'’-])`, 'gu')
  for (const paragraph of article.paragraphs) {
    for (const m of paragraph.text.matchAll(pattern)) {
      // "Harwick Museum": a capitalised word before it too makes a longer name, no person's; so
      // does one after it ("the Family Law Act" for Ms Law), and "the" before it names a thing
      // ("the Home Rule debate" for Mr Rule, "the Highway Code" for Ms Code).
      const before = paragraph.text.slice(0, m.index)
      const after = paragraph.text.slice(m.index + m[0].length)
      if (!NOT_GIVEN.test(m[1]!) && !WEEKDAY.test(m[1]!) && !/\p{Lu}[\p{L}'’-]*\s+$/u.test(before) && !/^\s+\p{Lu}/u.test(after) && !/(?:^|[^\p{L}])(?:the|a|an|this|that|these|those)\s+$/iu.test(before)) return `${m[1]} ${surname}`
    }
  }
  return undefined
}

/** Words once each, whatever their case, as first written. */
/** The wording a claim was suggested for, each kind and word once ("Partly because … and partly because" named each twice). */
function markerList(markers: readonly Marker[]): string {
  const seen = new Set<string>()
  const said = markers.filter((m) => {
    const key = `${m.kind} ${m.text.toLowerCase()}`
    return !seen.has(key) && seen.add(key)
  })
  return said.map((m) => `${m.kind} “${m.text}”`).join(', ')
}

function uniqueWords(words: readonly string[]): string[] {
  const seen = new Set<string>()
  return words.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()))
}

/** A denial that evidence shows what follows: "have not shown that", "does not show that", "no evidence that", "it is unknown whether". */
const DENIAL = /(?<![\p{L}])(?:(?:(?:have|has|had|do|does|did|could|can)\s*(?:not|n['’]t)|cannot)\s+(?:yet\s+)?(?:shown|show|proved|proven|prove|established|establish|demonstrated|demonstrate|found|find)|no\s+(?:evidence|proof)|(?:is|are|remains?)\s+(?:unknown|unclear|not\s+(?:known|clear)))\s+(?:that|whether|if)(?![\p{L}])/iu

/** The kind the wording points to; the strongest signal first. */
function kindOf(kinds: ReadonlySet<Marker['kind']>): Kind {
  if (kinds.has('normative')) return 'normative'
  if (kinds.has('causal')) return 'causal'
  if (kinds.has('predictive')) return 'predictive'
  if (kinds.has('belief')) return 'interpretive'
  return 'empirical'
}

/** The support the sentence itself shows, where its wording says. */
function evidenceOf(kinds: ReadonlySet<Marker['kind']>, quote: string, reported: boolean): Evidence {
  if (reported || kinds.has('reporting')) return 'reported-statement'
  if (kinds.has('example')) return 'example'
  if (kinds.has('causal')) return 'reasoning'
  if (/\b(1[89]|20)\d{2}\b|\d[\d,.]*\s?(%|per\s?cent)|[£$€]\s?\d|\b\d{2,}\b/u.test(quote)) return 'event'
  return 'none'
}
