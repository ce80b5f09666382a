// Who speaks in a German sentence. German writes a person's title before the name
// ("VDV-Präsident Ingo Wortmann", "die bayerische Verkehrsministerin Ulrike Scharf"), which
// compromise (trained on English) reads as part of the name or misses, so the title became part
// of the actor's name; and German puts the speaker after the verb whenever something else comes
// first („…“, sagte sie; …, so Knie; Am Montag erklärte Scharf), where the English rules look
// before it and gave such words to the author.
import nlp from 'compromise'
import type { Named } from './named.js'

/** Ends of German words for who someone is: "Verkehrsministerin", "VdK-Präsidentin", "Verkehrsforscher". */
const TITLE_ENDS = [
  'präsident', 'minister', 'kanzler', 'chef', 'sprecher', 'forscher', 'vorsitzende', 'vorsitzender', 'direktor', 'leiter', 'meister', 'professor',
  'experte', 'expertin', 'ökonom', 'wissenschaftler', 'führer', 'abgeordnete', 'abgeordneter', 'beauftragte', 'beauftragter', 'senator', 'sekretär',
  'rektor', 'lehrer', 'analyst', 'politiker', 'gründer', 'berater', 'arzt', 'ärztin', 'anwalt', 'anwältin', 'richter', 'autor', 'journalist',
  'soziologe', 'soziologin', 'psychologe', 'psychologin', 'pädagoge', 'pädagogin', 'vertreter', 'landrat', 'landrätin', 'dezernent', 'referent',
  'koordinator', 'manager', 'vorstand', 'bischof', 'ombudsmann', 'ombudsfrau'
]
const TITLE = new RegExp(`(?:${TITLE_ENDS.join('|')})(?:in|innen|en)?$`, 'iu')
const HONORIFIC = /^(?:Dr\.|Prof\.|Herr|Frau)$/u
const ARTICLE = /^(?:der|die|dem|den|des)$/u

/** A capitalised word that says who someone is ("Verkehrsministerin"), not a name. */
export function isTitle(word: string): boolean {
  return /^\p{Lu}/u.test(word) && TITLE.test(word)
}

/** "VDV-Präsident Ingo Wortmann": the name alone ("Ingo Wortmann") and the title as its role. */
export function splitTitle(name: string): { name: string; role?: string } {
  const words = name.split(/\s+/)
  let i = 0
  while (i < words.length - 1 && (isTitle(words[i]!) || HONORIFIC.test(words[i]!))) i++
  // "Kämmerer Paul Roth", "Gutachter Dr. Thomas Sommer": a word no one is called by, before a
  // first name or an honorific that two words of name follow, says who they are, whatever it ends in.
  const lead = words.findIndex((w, k) => k >= i && (HONORIFIC.test(w) || firstName(w)))
  if (lead > i && words.length - lead >= 2 && words.slice(i, lead).every((w) => /^\p{Lu}[\p{L}-]+$/u.test(w) && !firstName(w))) {
    i = lead
    while (i < words.length - 1 && HONORIFIC.test(words[i]!)) i++
  }
  const titles = words.slice(0, i).filter((w) => !HONORIFIC.test(w))
  return { name: words.slice(i).join(' '), ...(titles.length ? { role: titles.join(' ') } : {}) }
}

/** A first name, as compromise knows them ("Paul", "Sabine"). */
function firstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(word).has('#FirstName')
}

/** German personal pronouns and "man": never anyone's name ("Er warnte", "Sie betonte"). */
export const PRONOUN_DE = /^(?:er|sie|es|ich|du|wir|ihr|man)$/iu

/**
 * "Er" or "Sie" opening a clause before the verb ("Er warnte jedoch…", "…; sie betonte"), an
 * adverb perhaps between: one person, the one named before. "Sie" with a plural verb ("Sie
 * warnten") is a group, left to the author's voice as English leaves "they".
 */
export function openingPronoun(before: string, verb: string): boolean {
  const m = /(?:^|[.;:!?]\s+|\b(?:und|aber|doch)\s+)(er|sie)\s+(?:(?:auch|jedoch|aber|zudem|außerdem|dann|später|bereits|schon|noch|allerdings|ebenfalls)\s+)*$/iu.exec(before)
  return m !== null && !(/^sie$/iu.test(m[1]!) && /n$/u.test(verb))
}

/** Words that open a genitive or a phrase that says whose office it is ("des Landeselternbeirats", "am Markt"). */
const OF = /^(?:des|der|von|vom|im|am|für|beim|zur|zum|in|an|auf|bei|aus)$/u

/**
 * A title with its article as the nominative without it, as a role reads: "der Vorsitzende des
 * Elternbeirats" is "Vorsitzender des Elternbeirats", "der bildungspolitische Sprecher" a
 * "bildungspolitischer Sprecher" (after "der" an adjective ends in -e, alone in -er); "die
 * Landesvorsitzende" stays. Only the words before the genitive change.
 */
export function roleOfTitle(article: string | undefined, phrase: string): string {
  const words = phrase.trim().split(/\s+/)
  const head = words.findIndex((w, k) => k > 0 && OF.test(w))
  const end = head < 0 ? words.length : head
  if (/^der$/iu.test(article ?? '')) {
    for (let k = 0; k < end; k++) {
      const w = words[k]!
      // A lower-case adjective, or one taken for a noun ("Vorsitzende", "Beauftragte", "Abgeordnete"), not a noun in -e ("Experte").
      if (/^\p{Ll}+e$/u.test(w) || /^\p{Lu}\p{Ll}*(?:nde|ete|agte|llte|igte|ierte|liche|ige)$/u.test(w)) words[k] = `${w}r`
    }
  }
  return words.join(' ')
}

/** A German title with an article and what follows it up to a comma: "der Vorsitzende des Landeselternbeirats". [1] the article, [2] the title, [3] its noun, [4] whose office it is. */
const TITLE_PHRASE = String.raw`([Dd]er|[Dd]ie)\s+((?:\p{Ll}+e\s+)?(\p{Lu}[\p{L}-]*)(\s+(?:des|der|von|vom|im|am|für|beim|zur|zum|in|an|auf|bei|aus|dem|den)\s+[^.;:!?“”"„,]{1,50})?)`

/**
 * The role an apposition gives a person named at `named` in `sentence`: before the name ("Der
 * Vorsitzende des Landeselternbeirats, Jonas Weber, begrüßte") or after it ("so Peter Müller,
 * Vorsitzender des Gewerbevereins"). Undefined when there is none.
 */
export function appositionRoleDe(sentence: string, named: Named): string | undefined {
  // A title, or a noun with whose office it is ("der Stadt, Jonas Weber" names no office).
  const before = new RegExp(String.raw`(?:^|[.;:!?]\s+|\s)${TITLE_PHRASE},\s+$`, 'u').exec(sentence.slice(0, named.start))
  if (before && /^,/u.test(sentence.slice(named.end)) && (isTitle(before[3]!) || before[4])) return roleOfTitle(before[1], before[2]!)
  const after = /^,\s+((?:\p{Ll}+er\s+)?(\p{Lu}[\p{L}-]*)(\s+(?:des|der|von|vom|im|am|für|beim|zur|zum|in|an|auf|bei|aus)\s+[^.;:!?“”"„,]{1,50})?)\s*(?:[.;!?]\s*$|,|$)/u.exec(sentence.slice(named.end))
  if (after && (isTitle(after[2]!) || after[3]) && !firstName(after[2]!)) return after[1]!.trim()
  return undefined
}

/** An article, adjectives and a noun, perhaps with a genitive, to the clause's end. */
// Or to a comma or colon that opens what they said ("Am Montag erklärte das Kultusministerium,
// die Preise …"): the clause's end only, and the subject was the fronted "Am Montag", an actor.
const DESCRIBED = /^\s+((?:der|die|das)\s+(?:\p{Ll}+e[nrs]?\s+)*\p{Lu}[\p{L}-]*(?:\s+(?:des|der)\s+(?:\p{Ll}+e[nrs]?\s+)*\p{Lu}[\p{L}-]*)?)\s*(?:[.;!?]\s*$|$|[,:])/u

/**
 * The group or office named after a verb of saying, when no name follows ("…, warnte die
 * Opposition", "…, so der Ortsvorsteher"): an article, adjectives and a noun, perhaps with a
 * genitive, to the clause's end. Named as the article writes it, with its article.
 */
export function describedAfter(sentence: string, end: number): Named | undefined {
  const m = DESCRIBED.exec(sentence.slice(end))
  if (!m) return undefined
  const name = m[1]!
  const start = sentence.indexOf(name, end)
  return { name, key: name.split(/\s+/).pop()!, kind: 'organisation', start, end: start + name.length }
}

/**
 * True when a German phrase before a verb can be its subject, named as a group: a noun phrase
 * ("Viele Eltern", "Der Landeselternbeirat"), whose lower-case words are articles, adjectives or
 * a genitive's, and that ends in a noun. "lasse sich aber nicht" (a verb's words) is none.
 */
export function nounPhraseDe(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0 || !/^\p{Lu}/u.test(words[words.length - 1]!) || PRONOUN_DE.test(words[0]!)) return false
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|viele|einige|mehrere|alle|manche|von|für|und|im|in|aus|vom|beim|bei)$/u.test(w) || /^\p{Ll}+(?:e|en|er|es|em)$/u.test(w))
}

/**
 * A name's words: "Ulrike", "Müller-Lüdenscheidt", with "von", "van", "de" or "zu" only after
 * the first name ("Ulrich von Alemann"): after the surname it starts what they belong to
 * ("Mara Schulz von der Universität Göttingen").
 */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`
const FULL_NAME = String.raw`${NAME}(?:\s+(?:von|van|de|zu))?\s+${NAME}(?:\s+${NAME})?`
/**
 * A title, with an adjective after an article ("die bayerische Verkehrsministerin"), and a name
 * of two or three words after it; an honorific between them ("Medienpädagoge Prof. Martin
 * Oßwald") is neither: without it there, the title was lost and the actor had no role.
 */
const TITLED = new RegExp(String.raw`(?<![\p{L}-])(?:(?<=\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Ee]in|[Ee]ine|[Ee]iner|[Ee]ines)\s+)(\p{Ll}+e[nrs]?)\s+)?(\p{Lu}[\p{L}-]*)\s+(?:(?:Dr\.|Prof\.)\s+)*(${FULL_NAME})(?![\p{L}])`, 'gu')

/**
 * People a German sentence names with their title ("Verkehrsforscher Andreas Knie"), each
 * with the title, and the adjective before it, as their role ("bayerische Verkehrsministerin").
 * A first mention gives the whole name, so two words or three: a title before a single
 * capitalised word is as often a noun ("die Verkehrsminister Bayerns").
 */
export function titledPeople(sentence: string): Named[] {
  const found: Named[] = []
  for (const m of sentence.matchAll(TITLED)) {
    if (!isTitle(m[2]!)) continue
    const name = m[3]!
    const start = m.index + m[0].length - name.length
    found.push({ name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, role: nominativeTitle(articleBefore(sentence, m.index), [m[1], m[2]].filter((w): w is string => Boolean(w)).join(' ')) })
  }
  return found
}

/** The article right before `at` in `sentence` ("der", "dem", "einer"…), if one is there. */
export function articleBefore(sentence: string, at: number): string | undefined {
  return /(?:^|[^\p{L}])([Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Ee]in|[Ee]ine|[Ee]inem|[Ee]inen|[Ee]iner|[Ee]ines)\s+$/u.exec(sentence.slice(0, at))?.[1]
}

/** An adjective, or a title that is one taken for a noun ("Vorsitzende", "Beauftragte"), whose ending follows its article. */
const DECLINED = /^(?:\p{Ll}+|\p{Lu}\p{Ll}*(?:nde|ete|agte|llte|igte|ierte|liche|ige))(?:n)?$/u

/**
 * A title as a role reads, in the nominative, from the article before it: "Der
 * Vereinsvorsitzende Klaus Rettenmaier" is "Vereinsvorsitzender", "mit der Verbandsvorsitzenden
 * Dr. Miriam Haberstroh" (a woman: der with -en) "Verbandsvorsitzende", "dem stellvertretenden
 * Landrat" "stellvertretender Landrat". A noun that declines otherwise is left as written.
 */
export function nominativeTitle(article: string | undefined, title: string): string {
  const a = article?.toLowerCase()
  return title
    .split(/\s+/)
    .map((w) => {
      if (!DECLINED.test(w)) return w
      if ((a === 'der' || a === 'ein') && /e$/u.test(w)) return `${w}r`
      if ((a === 'der' || a === 'einer') && /en$/u.test(w)) return w.slice(0, -1)
      if ((a === 'dem' || a === 'den' || a === 'des' || a === 'einem' || a === 'einen' || a === 'eines') && /en$/u.test(w)) return `${w.slice(0, -1)}r`
      return w
    })
    .join(' ')
}

/** Words that open a German clause without being its subject, so that the subject follows the verb ("Am Montag erklärte Scharf"). */
const FRONTED = /^(?:Am|Im|Beim|Vom|Zum|Zur|Nach|In|Auf|Bei|Mit|Seit|Gegenüber|Dazu|Zudem|Außerdem|Deshalb|Daher|Dabei|Darauf|Gestern|Heute|Später|Zuletzt|Zuvor|Bereits|Dort|Hier|Allerdings|Jedoch|Trotzdem|Dennoch)\b/u

/** True when the subject of the verb at `at` comes after it: after a quotation or a clause ("…, sagte sie"), or a fronted phrase. */
export function invertedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  if (/[,“”"»:]\s*$/u.test(before)) return true
  // A full stop after a digit is an ordinal, not a sentence's end: "Am 3. März erklärte" was cut
  // to "März erklärte", no fronted phrase, and "März" was who spoke.
  const stops = [...before.matchAll(/(?<!\d)\.\s/gu)].map((m) => m.index)
  const clause = before.slice(Math.max(before.lastIndexOf(';'), ...stops) + 1).trim()
  return FRONTED.test(clause)
}

/**
 * Who the verb ending at `end` names after it, in inverted order: a name after its title
 * ("sagte VDV-Präsident Ingo Wortmann", "so Knie"), or `pronoun` for "sie", "er" or a title
 * alone ("sagte die Ministerin"), who is someone named before. Undefined when none is there.
 */
export function subjectAfter(sentence: string, names: readonly Named[], end: number): Named | 'pronoun' | undefined {
  const rest = sentence.slice(end)
  // Lower case: "Sie" after a verb is the formal "you" of quoted words.
  if (/^\s+(?:sie|er)\b/u.test(rest)) return 'pronoun'
  const named = names.find((n) => n.start >= end && between(sentence.slice(end, n.start), n.role))
  if (named) {
    const role = named.role ?? appositionRoleDe(sentence, named)
    return role ? { ...named, role } : named
  }
  // The name in an apposition: "sagte der Vorsitzende des Handelsverbands, Peter Braun", its title the role.
  const apposed = names.find((n) => n.start >= end && /^\s+(?:der|die)\s+[^.;:!?“”"„]{0,60},\s+$/u.test(sentence.slice(end, n.start)))
  if (apposed) {
    const title = /^\s+(der|die)\s+([^.;:!?“”"„]{0,60}),\s+$/u.exec(sentence.slice(end, apposed.start))!
    return { ...apposed, role: apposed.role ?? roleOfTitle(title[1], title[2]!) }
  }
  // One compromise missed ("kritisierte der bildungspolitische Sprecher der FDP-Fraktion, Timm Kern").
  const apposedName = new RegExp(String.raw`^\s+(der|die)\s+([^.;:!?“”"„,]{1,60}),\s+(${FULL_NAME})\s*(?:[.,;!?]|$)`, 'u').exec(rest)
  if (apposedName) {
    const name = apposedName[3]!
    const start = sentence.indexOf(name, end + apposedName[0].indexOf(name))
    return { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, role: roleOfTitle(apposedName[1], apposedName[2]!) }
  }
  if (/^\s+(?:der|die)\s+(?:\p{Ll}+e[nrs]?\s+)?(\p{Lu}[\p{L}-]*)(?=\s*(?:[.,;!?]|$)|\s+\p{Ll})/u.test(rest) && isTitle(/(\p{Lu}[\p{L}-]*)/u.exec(rest)![1]!)) return 'pronoun'
  // A name compromise missed, after titles only: "sagte Jürgen Schäfer am Dienstag", "so Dr. Anna Berg".
  const full = new RegExp(String.raw`^\s+((?:\S+\s+){0,2}?)(${FULL_NAME})(?=\s*(?:[.,;:!?]|$)|\s+\p{Ll})`, 'u').exec(rest)
  if (full && full[1]!.trim().split(/\s+/).filter(Boolean).every((w) => isTitle(w) || HONORIFIC.test(w))) {
    const titled = splitTitle(full[2]!)
    const titles = [...full[1]!.trim().split(/\s+/).filter(isTitle), ...(titled.role ? [titled.role] : [])]
    const name = titled.name
    const start = sentence.indexOf(name, end)
    return { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, ...(titles.length ? { role: titles.join(' ') } : {}) }
  }
  // A surname alone at the sentence's end ("…, sagte Scharf."), the article not having named them before.
  // A separable verb's particle may close the sentence after it ("…, räumte Krämer ein.").
  const alone = /^\s+((?:(?:Dr\.|Prof\.)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+(?:ein|zu|hinzu|an|hin|hervor|klar|aus|mit|bekannt|fest|vor))?\s*(?:[.!?]\s*)?$/u.exec(rest)
  if (alone) {
    const { name, role } = splitTitle(alone[1]!.replace(/^(?:Dr\.|Prof\.)\s+/u, ''))
    const start = sentence.indexOf(name, end)
    return { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, ...(role ? { role } : {}) }
  }
  return undefined
}

/**
 * True when the words between a verb and a name are only its title, an article, an adjective
 * or an honorific; `role`, the title found with the name ("Kämmerer"), is a title there too.
 */
export function between(gap: string, role?: string): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean)
  const own = new Set(role?.split(/\s+/) ?? [])
  return words.length <= 4 && words.every((w) => ARTICLE.test(w) || isTitle(w) || own.has(w) || HONORIFIC.test(w) || /^\p{Ll}+e[nrs]?$/u.test(w))
}

/** Nouns that end in -s in the nominative, which a genitive -s would not be taken from. */
const S_NOMINATIVE = /(?:nis|us|ss|os|as|is|ex|ix)$/u

/**
 * A body named in the genitive after "des" or "eines" ("Kultusministeriums", "Instituts für
 * Schulentwicklung", "Philologenverbandes") as it is called: its head noun, the first word
 * before "für", "der", "von" or the like, without the genitive's -s or -es ("Kultusministerium",
 * "Institut für Schulentwicklung", "Philologenverband"); "-nisses" is "-nis". A word that ends
 * in -s in the nominative (Zirkus, Bündnis) is left as it is. An adjective before the noun takes
 * the nominative's ending where the noun's last part tells its gender (MASCULINE, NEUTER), and
 * stays as written where it does not.
 */
export function nominativeDe(named: Named): Named {
  const words = named.name.split(/\s+/)
  const of = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w))
  // "des Ingenieurbüros Falkner": a body's noun before its proper name is the head, not the name.
  const body = words.findIndex((w, i) => i < words.length - 1 && (of < 0 || i < of - 1) && nominativeWord(w) !== w && (MASCULINE.test(nominativeWord(w)) || NEUTER.test(nominativeWord(w))))
  const head = body >= 0 ? body : of < 0 ? words.length - 1 : of - 1
  const word = words[head]!
  const nominative = nominativeWord(word)
  if (nominative === word) return named
  // "des Deutschen Lehrerverbands" is "Deutscher Lehrerverband", "des Statistischen Bundesamts" "Statistisches Bundesamt".
  const gender = MASCULINE.test(nominative) ? 'er' : NEUTER.test(nominative) ? 'es' : undefined
  const before = words.slice(0, head).map((w) => (gender && /^\p{Lu}\p{Ll}+en$/u.test(w) && !isTitle(w) ? w.slice(0, -1) + gender.slice(1) : w))
  const name = [...before, nominative, ...words.slice(head + 1)].join(' ')
  return { ...named, name, key: name.split(/\s+/).pop()! }
}

/** A noun in the genitive singular as the nominative: "Ministeriums" "Ministerium", "Verbandes" "Verband", "Zeugnisses" "Zeugnis". */
function nominativeWord(word: string): string {
  if (/nisses$/u.test(word)) return word.slice(0, -3)
  // "Büros" is "Büro"'s genitive, though "-os" ends nominatives too ("Kosmos").
  if (/os$/u.test(word) && NEUTER.test(word.slice(0, -1))) return word.slice(0, -1)
  if (/(?:[dtgkbfps]|ß|sch|st|x|z)es$/u.test(word) && !S_NOMINATIVE.test(word)) return word.slice(0, -2)
  if (/[^s]s$/u.test(word) && !S_NOMINATIVE.test(word)) return word.slice(0, -1)
  return word
}

/** Last parts of masculine and neuter nouns of bodies, which tell an adjective's ending in the nominative. */
const MASCULINE = /(?:verband|bund|rat|verein|ausschuss|senat|kreis|tag|konzern|dienst|gerichtshof)$/iu
const NEUTER = /(?:institut|ministerium|amt|gericht|zentrum|forum|bündnis|netzwerk|komitee|büro|kollegium|gremium|parlament|kabinett|unternehmen|werk)$/iu
