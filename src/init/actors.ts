// Named people and organisations in a sentence, and which of them a reporting verb
// belongs to ("Councillor Daniel Reyes told…", "according to the Local Government
// Association"). compromise finds most names; a capitalised name right before the verb
// ("Trump has often said") catches those it misses.
import nlp from 'compromise'
import { isGerman } from '../roster/filenames.js'
import { findMarkers } from './markers.js'
import type { Named } from './named.js'
import { apposition, onlyTitles, titleWords, untitled } from './roles-en.js'
import { appositionRoleDe, articleBefore, between, describedAfter, invertedAt, nominativeDe, nominativeTitle, nounPhraseDe, openingPronoun, PRONOUN_DE, splitTitle, subjectAfter, titledPeople } from './speakers-de.js'

export type { Named } from './named.js'

const HONORIFICS = /^(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Prime Minister|Minister|Senator|Chancellor|Governor|Mayor|General|Judge|Justice|King|Queen|Pope|Rev|Reverend|Secretary|Chairman|Chair|Chief Executive)\.?\s+)+/
/** Month names (English, German), which compromise may take for first names: "10 June", "Mai 2025". */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)$/
/**
 * The words a month follows in a date without a day: "Im August mussten …", "seit dem vergangenen
 * Juli", "in August", "last May". After them a month alone is a time, not a person called August.
 */
const BEFORE_MONTH = /(?:^|\s)(?:[Ii][nm]|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Zz]um|[Aa]nfang|[Mm]itte|[Ee]nde|since|until|last|next|this|early|late|\p{Ll}+e[mn])\s+$/u
/** Days of the week (English, German): never a name, whatever compromise takes them for ("a report published on Monday found"). */
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)$/
/**
 * The words that end an organisation's name, which compromise may leave off ("Harwick Unified
 * School" for "Harwick Unified School District"): taken on when they follow its name directly.
 */
const ORGANISATION_TAIL = /^\s+((?:(?:District|Board|Council|Authority|Department|Trust|Association|Union|Committee|Commission|Institute|Foundation|Agency|Office|Service|Services|Bureau|Ministry|Federation|Alliance|Coalition|Network|Society|Partnership|Group|Fund|Corporation|Company|Museum|Gallery|Library|Hospital|Theatre|Theater|Archives?|Inc|Ltd)\b\.?\s*)+)(?![\p{L}])/u
/**
 * A body's name that "of" or "for" may continue ("Institute for Fiscal Studies", "University of
 * Leeds", "Harwick Museum of World Cultures": a trial's actor was "Harwick", the city).
 */
const ORGANISATION_END = /\b(?:Institute|Centre|Center|Council|Foundation|Association|Society|Department|Ministry|Office|Agency|Commission|Federation|Academy|College|University|School|Bureau|Board|Trust|Fund|Alliance|Union|Coalition|Museum|Gallery|Library|Archives?)$/u
/** A body's head noun and "of" or "for" right before a name compromise found: "Friends of ", "Society for the ". */
const ORGANISATION_HEAD = /(?<![\p{L}])((?:Friends|Society|Association|Union|League|Federation|Alliance|Coalition|Campaign|Committee|Board|Department|Ministry|Office|Institute|Academy|Chamber|Guild|Trust|Foundation|Movement|University|College)\s+(?:of|for)\s+(?:the\s+)?)$/u

/** "of"/"for" and capitalised words after a body's name, joined by "and" at most once: " for Climate and Health". */
const ORGANISATION_OF = /^\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*)?/u
/** Initials (with their full stops) right before a name, and a name that is initials alone. */
const INITIALS_BEFORE = /(?:\p{Lu}\.\s?)+$/u
const INITIALS_ON = /^(?:\p{Lu}\.?\s?)*(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+/u

/** A person's name with the initials around it that compromise left off, and where it starts. */
function withInitials(sentence: string, name: string, offset: number): { name: string; offset: number } {
  let start = offset
  // Initials just before the name ("J." before "K. Rowling"), not a title's ("Dr.", two letters).
  const before = INITIALS_BEFORE.exec(sentence.slice(Math.max(0, start - 20), start))
  if (before && /\p{Lu}\.\s?$/u.test(sentence.slice(0, start)) && !/\p{L}$/u.test(sentence.slice(0, start - before[0].length))) start -= before[0].length
  // The name as initials through to the surname ("R. J. Whitfield" for "R").
  const whole = INITIALS_ON.exec(sentence.slice(start))
  if (whole && start + whole[0].length >= offset + name.length) return { name: whole[0], offset: start }
  return { name, offset }
}

/**
 * An honorific before capitalised words, one to three: [1] the name ("Dr. Helen Marsh", "Ms
 * O’Neill"). Not a possessive ("Dr. Marsh's co-author, Prof. Daniel Osei, said" names Osei as
 * speaking), and not part of a longer run of capitalised words.
 */
const HONORIFIC_NAME = /(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor)\.?\s+(\p{Lu}[\p{L}\p{M}-]*(?:['’]\p{Lu}[\p{L}\p{M}-]*)?(?:\s+\p{Lu}[\p{L}\p{M}-]*(?:['’]\p{Lu}[\p{L}\p{M}-]*)?){0,2})(?!['’]s\b|\s+\p{Lu}|[\p{L}\p{M}-])/gu

/**
 * A full stop after a word of two letters or more, not an abbreviation ("Dr.", "St."), then a
 * capital: a sentence ends there, inside what compromise took for one name.
 */
const SENTENCE_IN_NAME = /(?<!(?:^|[^\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|Rev|Gen|Sen|Rep|Gov|Capt|Lt|Col|Sgt|Mt|Ft))(?<=\p{L}{2})\.\s+(?=\p{Lu})/u

const STARTERS = new Set(['The', 'A', 'An', 'But', 'And', 'Yet', 'So', 'Or', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'If', 'When', 'While', 'As', 'In', 'On', 'At', 'For', 'Of', 'Nobody', 'Everyone', 'Some', 'Many', 'Most', 'Others', 'There', 'Here', 'What', 'Why', 'How', 'Who', 'Perhaps', 'Still', 'Now', 'Then', 'Even', 'Only', 'Each', 'None'])

/** People and organisations named in `sentence` (in the language `lang`), in order. */
export function namedIn(sentence: string, lang?: string): Named[] {
  const doc = nlp(sentence)
  const german = isGerman(lang)
  // German names people after their title, which compromise misses or takes into the name.
  const found: Named[] = german ? titledPeople(sentence) : []
  const add = (text: string, start: number, kind: Named['kind']): void => {
    let name = clean(text)
    let role: string | undefined
    if (german && kind === 'person') ({ name, role } = splitTitle(name))
    // "Der Vereinsvorsitzende Klaus Rettenmaier": the role as it reads alone, "Vereinsvorsitzender".
    if (german && role) role = nominativeTitle(articleBefore(sentence, start), role)
    // A name is capitalised throughout ("Local Government Association"); "Property development" is not one.
    if (!name || STARTERS.has(name) || WEEKDAY.test(name) || (german && PRONOUN_DE.test(name)) || !name.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|for|and|de|van|von|da|al|le|la|du)$/.test(w))) return
    let offset = sentence.indexOf(name, start)
    // "Dr. R. J. Whitfield", "J. K. Rowling": compromise gives the first initial ("R") or leaves
    // the initials off ("K. Rowling"); the name is the initials and the surname together.
    if (kind === 'person' && offset >= 0) ({ name, offset } = withInitials(sentence, name, offset))
    const at = offset >= 0 ? offset : start
    const tail = kind === 'organisation' && offset >= 0 ? ORGANISATION_TAIL.exec(sentence.slice(at + name.length)) : null
    if (tail) name = clean(`${name} ${tail[1]!.trim()}`)
    // "the Northfield Institute for Climate and Health": compromise stops at "for"; a body whose
    // name ends in such a word goes on through "of" or "for" and the capitalised words after it.
    const joined = kind === 'organisation' && offset >= 0 && ORGANISATION_END.test(name) ? ORGANISATION_OF.exec(sentence.slice(at + name.length)) : null
    if (joined) name = `${name}${joined[0]}`
    // "the Friends of Harwick Museum", "the Society for the Protection of …": compromise finds the
    // name after "of" (a trial's actor was "Harwick Museum"); a body's head noun before it is its name's start.
    const headed = kind === 'organisation' && offset >= 0 ? ORGANISATION_HEAD.exec(sentence.slice(0, at)) : null
    const from = headed ? at - headed[1]!.length : at
    if (headed) name = `${headed[1]}${name}`
    // "published on 10 June", "by May 2026": a date, not a person called June or May.
    // "Im August", "im vergangenen August": a month too, with no day beside it.
    if (MONTH.test(name) && (/\d\.?\s*$/.test(sentence.slice(0, at)) || /^\s*\d/.test(sentence.slice(at + name.length)) || BEFORE_MONTH.test(sentence.slice(0, at)))) return
    if (found.some((f) => from < f.end && from + name.length > f.start)) return
    const named: Named = { name, key: name.split(/\s+/).pop()!, kind, start: from, end: from + name.length, ...(role ? { role } : {}) }
    // "Der Vorsitzende des Landeselternbeirats, Jonas Weber, begrüßte": the apposition says who they are.
    if (german && kind === 'person' && !role) {
      const apposed = appositionRoleDe(sentence, named)
      if (apposed) named.role = apposed
    }
    // "Council Member Rosa Delgado" is Rosa Delgado, whose role is Council Member (German's splitTitle above).
    found.push(!german && kind === 'person' ? untitled(sentence, named) : named)
  }
  type Match = { text: string; offset: { start: number } }
  for (const m of doc.people().json({ offset: true }) as Match[]) {
    // "“My rent went up in August. Nobody is talking about it,” she said": compromise may read
    // a name across a quotation's full stop ("August. Nobody", an actor of the trial's). Each
    // part is a name only if it reads as one alone ("in Kessel. Marcus Bellweather" is Bellweather).
    const parts = m.text.split(SENTENCE_IN_NAME)
    if (parts.length === 1) add(m.text, m.offset.start, 'person')
    else {
      let from = m.offset.start
      for (const part of parts) {
        const at = sentence.indexOf(part, from)
        if (at < 0) break
        if (nlp(part).has('#Person')) add(part, at, 'person')
        from = at + part.length
      }
    }
  }
  for (const m of doc.organizations().json({ offset: true }) as Match[]) add(m.text, m.offset.start, 'organisation')
  // An honorific says a person follows, where compromise knows no first name nor takes the
  // surname for one: "Dr. Helen Marsh" (a marsh), "Ms Rowan Field". The honorific is no part of the name.
  if (!german) for (const m of sentence.matchAll(HONORIFIC_NAME)) add(m[1]!, m.index + m[0].length - m[1]!.length, 'person')
  if (!german) for (const held of heldOffices(sentence)) if (!found.some((f) => held.start < f.end && held.end > f.start)) found.push(held)
  return found.sort((a, b) => a.start - b.start)
}

/**
 * A person's office and, between commas, their name ("Alder Vale’s head teacher, Carys
 * Penhallow,", "Its chair, Mereana Tau,"): an apposition that says a person follows, where
 * compromise knows neither name ("Carys"), and the "she said" after it was no one's. Only an
 * office that is a person's (compromise's #Actor, or PERSON_OFFICE): "the capital, Buenos
 * Aires," names a place. The office is their role, with a capitalised owner before it.
 */
const OFFICE_NAME = /(?<![\p{L}'’-])(?:(?:the|its|their|his|her|our|The|Its|Their|His|Her|Our)|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s))\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*),\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}),/gu
const PERSON_OFFICE = new Set(['chair', 'chairman', 'chairwoman', 'chairperson', 'principal', 'headteacher', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'owner', 'coach', 'co-author', 'governor', 'president', 'secretary', 'treasurer', 'manager', 'deputy', 'neighbour', 'neighbor'])

function heldOffices(sentence: string): Named[] {
  const held: Named[] = []
  for (const m of sentence.matchAll(OFFICE_NAME)) {
    const office = m[2]!
    const head = office.split(/\s+/).pop()!
    if (!PERSON_OFFICE.has(head) && !nlp(`a ${office}`).has('#Actor')) continue
    const name = m[3]!
    if (STARTERS.has(name.split(/\s+/)[0]!) || name.split(/\s+/).some((w) => MONTH.test(w) || WEEKDAY.test(w))) continue
    const start = m.index + m[0].length - name.length - 1
    // "For Alder Vale’s": a sentence's opening word is no part of the owner's name. "Its chair"
    // is whose chair only with the sentence before: no role, and the comment asks for one.
    const owner = m[1]?.split(/\s+/).filter((w, i) => i > 0 || !STARTERS.has(w)).join(' ')
    const pronoun = /^(?:its|their|his|her|our)\s/iu.test(m[0])
    held.push({ name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, ...(pronoun ? {} : { role: owner ? `${owner} ${office}` : office }) })
  }
  return held
}

/**
 * True when the reporting verb at `at` reports nothing said: negated ("the board has not said
 * how", "she never claimed", "officials haven't said") or after a modal ("the board should say
 * so plainly", "critics might argue"), a recommendation or a supposition. Either is the
 * author's own statement, and names no one who speaks. So is a verb whose object is nothing
 * ("Es sagt nichts darüber, was nach Schulschluss geschieht", "the report says nothing about
 * costs", "erklärt nicht, warum"): German negates after the verb, and a ban's silence on the
 * evening was a reported statement, the author's, with no one who said it.
 */
export function unsaidAt(sentence: string, at: number): boolean {
  if (/^\p{L}+\s+(?:nothing|nichts|keine[nmrs]?|nicht(?=\s*,|\s+(?:ob|wie|was|wer|warum|weshalb|wann|wo\p{Ll}*|dass|da(?:r)?\p{Ll}+)(?![\p{L}])))(?![\p{L}])/iu.test(sentence.slice(at))) return true
  return /(?:\b(?:not|never|should|must|ought\s+to|would|could|might|may|will|shall|can)|n['’]t)\s+(?:(?:yet|so\s+far|publicly|actually|also|still)\s+)?$/iu.test(sentence.slice(0, at))
}

/** A study, report, survey or figures before whose they are: "einer Studie des", "a report by the", "figures from the", "Zahlen des". */
const DOCUMENT = /^\s+(?:(?:einer|eines|einem|der|dem|des|a|an|the)\s+)?(?:\p{Ll}+\s+)?(?:Studie|Umfrage|Bericht|Berichts|Analyse|Untersuchung|Prognose|Mitteilung|Erhebung|Zahlen|Daten|Schätzungen|study|report|survey|analysis|review|figures|data|estimates|statistics|research|polling|modelling|modeling)\s+(?:des|der|vom|von|by|from|of)\s+/u

/** Markers whose speaker follows them: "according to the council", "in the words of Ingrid Solberg", "laut dem Umweltbundesamt", "nach Angaben des Verbands". */
const ACCORDING = /^(?:according\s+to|in\s+the\s+words\s+of|laut|nach\s+\p{L}+)$/iu

/**
 * Nouns for bodies and offices that speak, beside those compromise tags as people by what they
 * do (#Actor: "the mayor", "critics", "researchers"). A plan, a schedule or figures speak for no one.
 */
const OFFICES = new Set(['council', 'councils', 'committee', 'board', 'government', 'ministry', 'department', 'agency', 'union', 'unions', 'police', 'authority', 'authorities', 'official', 'officials', 'office', 'company', 'association', 'court', 'administration', 'party', 'opposition', 'campaigners', 'organisers', 'organizers', 'residents', 'experts', 'governor', 'headteacher', 'principal', 'spokesman', 'spokeswoman', 'chair', 'chairman', 'chairwoman', 'staff', 'trust', 'charity', 'regulator', 'inspectors', 'teachers', 'parents', 'students', 'owners'])

/**
 * The body or office a lower-case phrase right after "according to" names, when it is the whole
 * phrase up to the clause's end ("according to the mayor.", "According to the city council, …",
 * "according to local officials"): named as written, "The" capitalised, as a subject before
 * "said" is (subjectOf). Undefined for what speaks for no one ("according to the plan").
 */
function officeAfter(sentence: string, end: number): Named | undefined {
  const m = /^\s+((?:the\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,2}(\p{Ll}[\p{L}'’-]*))(?=\s*(?:[,.;:!?)]|$))/u.exec(sentence.slice(end))
  if (!m) return undefined
  // "according to the museum’s own figures": figures speak for no one, but whose they are does,
  // the body the possessive names ("The museum"); left to the author, check then warned of it.
  const owner = /^((?:the\s+)?\p{Ll}[\p{L}-]*)['’]s\s+(?:own\s+|latest\s+|new\s+|official\s+)?(?:figures|data|statistics|numbers|estimates|records|research|survey|count|accounts)$/u.exec(m[1]!)
  if (owner) {
    const start = sentence.indexOf(owner[1]!, end)
    const name = owner[1]![0]!.toUpperCase() + owner[1]!.slice(1)
    return { name, key: owner[1]!.split(/\s+/).pop()!, kind: 'organisation', start, end: start + name.length }
  }
  const head = m[2]!
  if (!OFFICES.has(head) && !nlp(head).has('#Actor')) return undefined
  const start = sentence.indexOf(m[1]!, end)
  const name = m[1]![0]!.toUpperCase() + m[1]!.slice(1)
  return { name, key: head, kind: 'organisation', start, end: start + name.length }
}

/**
 * A study, a report or a survey right after "according to", whose no body's name follows ("according
 * to a study of older adults published on Wednesday in …", "according to a new report"): the
 * document is the source, named as written ("A study", "A new report", "The survey"), as "The study
 * found" makes "The study" one (subjectOf). Left to the author, check warned of it (reported-as-author);
 * figures, a plan or data speak for no one and are not taken here.
 */
function documentAfter(sentence: string, end: number): Named | undefined {
  const m = /^\s+((?:a|an|the|this|one)\s+(?:(?:new|recent|latest|large|small|major|separate|published|government|international|national|local|annual)\s+)?(study|report|survey|poll|review|analysis|paper|trial))(?![\p{L}'’-])/iu.exec(sentence.slice(end))
  if (!m) return undefined
  const start = sentence.indexOf(m[1]!, end)
  const words = m[1]!.replace(/^one\s+/iu, 'A ')
  const name = words[0]!.toUpperCase() + words.slice(1)
  return { name, key: m[2]!.toLowerCase(), kind: 'organisation', start, end: start + m[1]!.length }
}

/** Whose words a reporting marker at `at` gives: the name just before it, or after "according to" (or, in German, after the verb). */
export function speaker(sentence: string, names: readonly Named[], at: number, marker: string, lang?: string): Named | undefined {
  const who = speakerIn(sentence, names, at, marker, lang)
  // "The Highway Code says drivers must …": a law or a code by its name, "the" before it, is no
  // speaker either (subjectOf's lower-case "the rules say"); "Mr Code", "Grace Law" are people.
  if (who && NAMED_VOICELESS.test(who.name.split(/\s+/).pop()!) && /(?:^|[^\p{L}])(?:the|die|der|das)\s+$/iu.test(sentence.slice(0, who.start))) return undefined
  // A title the rules took into the name ("Council Member Gary Oduya said") is the role.
  if (!who || !isGerman(lang)) return who?.kind === 'person' ? untitled(sentence, who) : who
  // "Der Sprecher des Kultusministeriums erklärte", "laut einer Studie des Instituts für …": a
  // name right after "des" is a body's, in the genitive; it is the actor as it is called
  // ("Kultusministeriums" was one). A person's name follows their title there ("des Bürgermeisters Peter Roth").
  return /(?:^|[^\p{L}])(?:des|eines)\s+$/iu.test(sentence.slice(0, who.start)) ? { ...nominativeDe(who), kind: 'organisation' } : who
}

function speakerIn(sentence: string, names: readonly Named[], at: number, marker: string, lang?: string): Named | undefined {
  if (unsaidAt(sentence, at)) return undefined
  if (!isGerman(lang) && relativeAfterReport(sentence, at, lang)) return undefined
  // German: „…“, sagte VDV-Präsident Ingo Wortmann; …, so Knie; Am Montag erklärte Scharf. A
  // pronoun there ("sagte sie") is pronounSubject's; nothing found after the verb, the rules
  // below may still find the speaker: after it in an apposition ("sagte der Vorsitzende des
  // Handelsverbands, Peter Braun"), or before it ("Scharf sagte", "Der Verband erklärte").
  if (isGerman(lang) && !ACCORDING.test(marker) && !/^zufolge$/i.test(marker) && invertedAt(sentence, at)) {
    const after = subjectAfter(sentence, names, at + marker.length)
    if (after === 'pronoun') return undefined
    if (after) return after
    // No name, but a group or an office: "…, warnte die Opposition", "…, so der Ortsvorsteher".
    const described = describedAfter(sentence, at + marker.length)
    if (described) return described
  }
  // "Er warnte jedoch…", "Sie warnten": a pronoun is no one's name; "er" and "sie" are pronounSubject's.
  if (isGerman(lang) && /(?:^|[.;:!?,]\s+|\b(?:und|aber|doch)\s+)(?:[Ee]r|[Ss]ie|[Ee]s|[Ii]ch|[Ww]ir|[Ii]hr|[Mm]an)\s+(?:\p{Ll}+\s+)*$/u.test(sentence.slice(0, at))) return undefined
  // "at an estimated cost", "the reported figure": a participle that describes, said by no one.
  if (/\b(?:a|an|the)\s+$/iu.test(sentence.slice(0, at))) return undefined
  if (ACCORDING.test(marker)) {
    // A body compromise does not know ("laut dem Umweltbundesamt", "according to the Rural Parents' Network"): its capitalised words.
    // "laut einer Studie des Instituts für Energiewirtschaft", "according to a report by the
    // Resolution Foundation": the body whose study or report it is.
    // "nach Ansicht von Medienpädagoge Martin Oßwald", "nach Angaben vom Verband": whose view
    // follows "von"; read past it, the name was not found and the words were the author's.
    const von = isGerman(lang) && /^nach\s/iu.test(marker) ? (/^\s+vo[nm](?=\s)/u.exec(sentence.slice(at + marker.length))?.[0].length ?? 0) : 0
    const rest = sentence.slice(at + marker.length + von).replace(DOCUMENT, ' ')
    const body = /^\s+(?:(?:the|dem|der|den|des)\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of\s+|for\s+|für\s+)?\p{Lu}[\p{L}'’-]*){0,4})/u.exec(rest)
    const name = body ? clean(body[1]!) : ''
    // German: after the title found with the name ("laut Gutachter Dr. Thomas Sommer").
    // English: after a title ("according to Professor Helen Achebe"), which untitled makes the role.
    const after = names.find((n) => n.start >= at + marker.length + von && (n.start - (at + marker.length + von) <= 6 || (n.kind === 'person' && (isGerman(lang) ? between(sentence.slice(at + marker.length + von, n.start), n.role) : onlyTitles(sentence.slice(at + marker.length, n.start))))))
    // A name found cut at "of" or "for" ("National Center" of "the National Center for
    // Education Statistics") is the body's whole name.
    if (after && name.length > after.name.length && name.startsWith(after.name)) {
      const start = sentence.indexOf(name, at + marker.length)
      return { name, key: name.split(/\s+/).pop()!, kind: 'organisation', start, end: start + name.length }
    }
    if (after) return after
    // "according to the mayor", "according to local officials": a body or an office in lower case;
    // "according to a study of older adults published in …": the study itself, when no body's it is.
    if (!name && !isGerman(lang)) return officeAfter(sentence, at + marker.length) ?? documentAfter(sentence, at + marker.length)
    if (!name || STARTERS.has(name)) return undefined
    const start = sentence.indexOf(name, at + marker.length)
    return { name, key: name.split(/\s+/).pop()!, kind: 'organisation', start, end: start + name.length }
  }
  const before = sentence.slice(0, at)
  // "“…,” said Dr Helen Arkwright": after a quotation the verb may come first, the speaker after it.
  // German closes a quotation with “ („…“, sagte …), French with ».
  if (/[,!?]\s*[”"’“»]\s*$|[”"’“»]\s*,\s*$/u.test(before)) {
    const rest = sentence.slice(at + marker.length)
    // The name may follow a title or an apposition: "said the network's chair, Daniel Fenwick".
    const named = names.find((n) => n.start >= at + marker.length && /^[\s,]*(?:[^.;:!?“”"]{0,60},\s+)?(?:(?:\p{Lu}[\p{L}]*\.?)\s+)*$/u.test(sentence.slice(at + marker.length, n.start)))
    if (named) return named
    const m = /^\s+((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,4}\p{Lu}[\p{L}'’-]+)/u.exec(rest)
    const name = m ? clean(m[1]!) : ''
    if (name && !STARTERS.has(name.split(/\s+/)[0]!)) {
      const start = sentence.indexOf(name, at + marker.length)
      return { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length }
    }
  }
  // "“…,” said engineer Lena Park", "…, said board chair Denise Okafor": a title in lower case
  // between the verb and the name (roles-en.ts takes it as the role).
  const titled = /[,!?]\s*[”"’“»]\s*$|[”"’“»]\s*,\s*$/u.test(before) ? /^\s+((?:the\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){1,4}?)((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,.;!?]|$))/u.exec(sentence.slice(at + marker.length)) : null
  if (titled && titleWords(titled[1]!) && !STARTERS.has(titled[2]!.split(/\s+/)[0]!)) {
    const name = clean(titled[2]!)
    const start = sentence.indexOf(name, at + marker.length)
    return names.find((n) => n.start === start) ?? { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length }
  }
  // "Kwame Boateng, an urban economist who studies fares, argued": a name opening the clause,
  // then an apposition opened by an article; the capitalised words inside it (a university)
  // are who they are, not who speaks.
  // With no article the apposition is an office ("Tom Hargreaves, president of the association,
  // said"), not a clause with a verb; a title before the name ("Council Member") is untitled's.
  // A relative clause may run on after the office, as appositionRole reads it ("an
  // epidemiologist at the Ashby Institute of Public Health who was not involved in the study,"):
  // over 80 characters whole, it was no apposition, and the body inside it spoke.
  // Nor need it be short enough to print as a role: "Marcus Bellweather, chief economist at
  // Harrow & Finch Bank in London, said" (nine words) gave the words to "London".
  const apposed = /(?:^|[.;:]\s+|\b(?:and|but)\s+)((?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,4})(,\s+(?:(?:the|a|an)\s+[^,;:“”"]{3,80}?(?:\s+(?:who|which|whose|that)\s[^,;:“”"]{0,120})?|\p{Ll}[^,;:“”"]{2,80}),)\s*$/u.exec(before)
  if (apposed && !STARTERS.has(apposed[1]!.split(/\s+/)[0]!) && apposition(apposed[2]!) !== undefined) {
    const name = clean(apposed[1]!)
    const start = before.lastIndexOf(name, apposed.index + apposed[0].length)
    return names.find((n) => n.start === start) ?? { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length }
  }
  // "Tomás Ferreira, whose son attends Harwick High, said": the subject stands before the
  // relative clause; a name inside the clause (the school) is not who speaks. Read the
  // sentence as if the clause were not there.
  // So is "Owners of small landscaping firms, several of whom spoke at the meeting, said".
  // An aside between dashes or in brackets, commas and all ("Councillor Hayward — who has
  // served the ward for twelve years, and whom I voted for — told the committee"), is read the
  // same way: without it, the subject stands right before the verb (else the words were the author's).
  const aside = /(?:\s?—[^—“”"]+—|\s–\s[^–“”"]+\s–|\s\([^()“”"]+\))\s*$/u.exec(before)
  if (aside && /\p{L}/u.test(before.slice(0, aside.index))) {
    const cut = aside.index
    return speaker(`${sentence.slice(0, cut)} ${sentence.slice(at)}`, names.filter((n) => n.end <= cut), cut + 1, marker, lang)
  }
  const relative = /,\s+(?:who|whose|whom|which|where|(?:\p{Ll}+\s+)?of\s+(?:whom|which))\s[^,;:“”"]*,\s*$/u.exec(before)
  if (relative) {
    const cut = relative.index
    return speaker(`${sentence.slice(0, cut)} ${sentence.slice(at)}`, names.filter((n) => n.end <= cut), cut + 1, marker)
  }
  // "Sabine Lorch von der Kreisgruppe sagte", "Peter Roth vom Naturschutzbund hat gesagt": the
  // person before "von", "vom" or "aus" speaks; the body after it is where they come from (it
  // was taken for the speaker, being the name nearest the verb).
  if (isGerman(lang)) {
    const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf(','), before.lastIndexOf('„'), before.lastIndexOf('“'))
    const from = names.find((n) => n.kind === 'person' && n.start > clauseStart && n.end <= at && /^\s+(?:vo[nm]|aus)\s+[^,.;:!?“”"„]{1,60}$/u.test(sentence.slice(n.end, at)))
    if (from) return from
  }
  // "Some at the Department of Education say", "Manche im Gemeinderat sagen": part of a body,
  // said as the phrase that names it (subjectOf), not the body's name inside it.
  // A closing quotation mark ends a clause too: in "“Some of our pupils may …,” Achterberg said"
  // the words quoted are not the verb's subject ("Some of" read as a part of a group, no one).
  const clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), before.lastIndexOf('“'), before.lastIndexOf('"'), before.lastIndexOf('”'))
  if (QUANTIFIED.test(before.slice(Math.max(clause, before.lastIndexOf(', ')) + 1).trimStart())) return subjectOf(sentence, names, at, clause, lang)
  // "Dr Helen Marsh of the Institute for Fiscal Studies said": a name joined by "of", "for"…
  // Its head is the speaker when it is a person's name ("Helen Marsh"); else the whole is a
  // body ("Institute for Fiscal Studies said"), never its last capitalised words alone.
  const joined = /(?:^|[^\p{L}'’-])((?:\p{Lu}[\p{L}'’.-]*\s+)+(?:(?:of|for|and|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*)+\p{Lu}[\p{L}'’-]+),?\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:\p{Ll}+ly\s+)?$/u.exec(before)
  if (joined && !STARTERS.has(joined[1]!.split(/\s+/)[0]!)) {
    const whole = joined[1]!
    const head = clean(whole.split(/\s+(?:of|for|and|on)\s+/)[0]!)
    const start = before.lastIndexOf(whole)
    if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(head) && (HONORIFICS.test(whole) || names.some((n) => n.kind === 'person' && n.name === head) || / of /.test(whole))) {
      const at0 = before.indexOf(head, start)
      return { name: head, key: head.split(/\s+/).pop()!, kind: 'person', start: at0, end: at0 + head.length }
    }
    const body = clean(whole)
    if (body.split(/\s+/).length >= 2) return names.find((n) => n.name === body) ?? { name: body, key: body.split(/\s+/).pop()!, kind: 'organisation', start: before.indexOf(body, start), end: before.indexOf(body, start) + body.length }
  }
  // "Trump has often said": a capitalised name right before the verb (and its auxiliary).
  const m = /((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+),?\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:\p{Ll}+ly\s+)?$/u.exec(before)
  if (m) {
    const name = clean(m[1]!.split(/\s+/).filter((w, i) => i > 0 || !STARTERS.has(w)).join(' '))
    if (name && !STARTERS.has(name) && !WEEKDAY.test(name)) {
      const start = before.lastIndexOf(name)
      // "Economist Alan Cho said", "Today Alan Cho said": a person compromise found at the end of
      // the words is the name; the word before it is who they are (roles-en.ts), or no one's.
      const inside = names.find((n) => n.kind === 'person' && n.start > start && n.end === start + name.length)
      return names.find((n) => n.start <= start && n.end >= start + name.length) ?? inside ?? { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length }
    }
  }
  // "Its chair, Councillor Daniel Reyes, told…": the nearest name in the same clause before the verb.
  const near = [...names].reverse().find((n) => n.end <= at && n.start > clause && /^[\s,]*(?:who\b[^,]*,\s*)?(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?$/u.test(sentence.slice(n.end, at)))
  return near ?? subjectOf(sentence, names, at, clause, lang)
}

/**
 * The subject of a reporting verb when it is not a name: "Research from the University of
 * Leeds suggests" gives the name inside it, "Head teachers say" the group itself. A short
 * phrase that opens its clause only, and not a pronoun: the words are someone's, not the author's.
 */
function subjectOf(sentence: string, names: readonly Named[], at: number, clause: number, lang?: string): Named | undefined {
  // After the clause's start or the last comma before the verb, whichever is later.
  const comma = sentence.lastIndexOf(', ', at)
  const from = Math.max(clause + 1, comma < 0 ? 0 : comma + 2)
  let phrase = sentence.slice(from, at).replace(/\s+(?:(?:has|have|had|also|now|often|recently|repeatedly|publicly|already|both|all|jointly)\s+)*$/u, '').trim()
  // "This matches what surveys elsewhere have found": the subject is what follows the last
  // relative word; "And the critics…": a leading conjunction is no part of it. A relative word
  // right before the verb is its subject ("testing last autumn that found PFAS"): it stands for
  // a thing or an event named before it, no one who speaks, and leaves no phrase.
  const relative = /.*\b(?:what|that|which|who|whom|whose|where|when|because|if|whether|how)(?:\s+|$)/isu.exec(phrase)
  if (relative) phrase = phrase.slice(relative[0].length)
  // A conjunction alone ("… said the study was "careful work" but warned"): the verb shares the
  // subject of the clause before it, and "but" is no one (it was an actor named "But").
  phrase = afterItsNoun(phrase.replace(/^(?:and|but|so|yet|or)(?:\s+|$)/iu, ''))
  const words = phrase.split(/\s+/)
  // German: a noun phrase ("Viele Eltern"), never a verb's words ("lasse sich aber nicht").
  if (isGerman(lang) && !nounPhraseDe(phrase)) return undefined
  if (phrase === '' || words.length > 7 || STARTERS.has(words[0]!) && words.length === 1) return undefined
  if (/^(?:I|we|you|he|she|they|it|this|that|these|those|some|many|most|others|people|nobody|everyone)$/i.test(phrase)) return undefined
  // "at an" (estimated), "The council also asked for quarterly" (reports): a phrase that opens
  // with a preposition or holds a verb in the past is no one who speaks, and the marker no verb.
  if (/^(?:at|in|on|by|for|with|from|of|to|into|over|under|after|before|during|about|against|among|between|through|without)\s/iu.test(`${phrase} `) || nlp(phrase).has('#PastTense')) return undefined
  // A pronoun or a verb in it ("It should", "the critics are right to"): not a subject phrase.
  // "Their report says", "This study finds": someone named before, not a new actor.
  if (/^(?:I|we|you|he|she|they|it|this|that|these|those|there|here|their|his|her|its|our|my|your)\b/i.test(phrase) || /\b(?:is|are|was|were|be|been|should|would|could|must|may|might|will|can|to)\b/i.test(phrase)) return undefined
  // "Manche im Gemeinderat sagen", "Some at the Department of Education say": some of a body are
  // not the body (the name inside was the actor, the village itself for "Viele im Dorf").
  const inside = QUANTIFIED.test(phrase) ? undefined : names.find((n) => n.start >= from && n.end <= at)
  if (inside) return inside
  // A group ("Head teachers", "Critics", "The council's finance committee"): named as written,
  // less "The" and an adverb after it ("A city planner there told me"). One person described,
  // not named, keeps "a" ("A city planner"), and "One delegate" is "A delegate": the name is
  // printed as it is in handouts and quiz options, where "City planner there" reads as no one.
  // "The study also found", "The council said": one body, which keeps "The" ("Study" read as a
  // name on the handout, and "Asserted by: Study" as no one in particular); a group is named
  // without it ("Critics", "Head teachers").
  // "Critics like him say": those like someone just named are the critics ("Critics like him" was an actor's name).
  const bare = phrase.replace(/(?:\s+(?:there|here|then|too|also|now|again|once|later|himself|herself|themselves))+$/iu, '').replace(/\s+like\s+(?:him|her|them|us|me|you)$/iu, '')
  const name = /^The\s+/.test(bare) && singularHead(bare) ? bare : bare.replace(/^The\s+/, '')
  if (!/^[\p{L}]/u.test(name) || /[.!?:;"“”]/.test(name)) return undefined
  // "For seventy years, zoning codes have told builders …", "the rules say": what a law or a
  // rule requires, which the author describes; no one who speaks (parking's actor "Zoning codes").
  if (VOICELESS.test(bare.split(/\s+/).pop()!)) return undefined
  const start = sentence.indexOf(name, from)
  const one = /^one\s+(?!(?:of|in|or|and|more|another|other)\b)(?=\p{Ll})/iu.exec(name)
  const written = one ? `${/^[aeiou]/iu.test(name.slice(one[0].length)) ? 'An' : 'A'} ${name.slice(one[0].length)}` : name
  const named = written[0]!.toUpperCase() + written.slice(1)
  return { name: named, key: named.split(/\s+/).pop()!, kind: 'organisation', start, end: start + name.length }
}

/** Heads of subjects that say what they require, not what anyone claims: laws, rules, codes, signs. */
const VOICELESS = /^(?:codes?|rules?|laws?|regulations?|guidelines?|statutes?|ordinances?|bylaws?|by-laws?|signs?|labels?|maps?|policy|policies|constitution|contracts?|timetables?|schedules?|Gesetze?|Regeln?|Vorschriften?|Verordnungen?|Schilder)$/u

/** The same heads in a name: "the Highway Code", "the Harbour Rules". */
const NAMED_VOICELESS = new RegExp(VOICELESS.source, 'iu')

/** A part of a group, by a word of quantity and where they are: "Some on the council", "Viele im Dorf". */
const QUANTIFIED = /^(?:some|many|most|several|a\s+few|few|others|manche|viele|einige|mehrere|wenige|die\s+meisten|andere|etliche)\s+(?:of|in|on|at|from|within|im|in\s+der|in\s+den|aus|vom|von\s+der|von\s+den|bei|beim)\s/iu

/** Whether a phrase's last word, its head, is a singular common noun ("the study", "the city's finance committee"). */
function singularHead(phrase: string): boolean {
  const last = phrase.split(/\s+/).pop()!
  if (!/^\p{Ll}/u.test(last)) return false
  const tags = nlp(phrase).terms().last().json()[0]?.terms?.[0]?.tags as string[] | undefined
  return tags?.includes('Singular') === true && !tags.includes('Plural')
}

/**
 * The speakers of a relative clause without "that" ("…, a project supporters say will…", "a
 * change parents say could…", "a plan the mayor says"): "a" and its noun are what they speak of,
 * and the speakers follow. An article for one cannot open a phrase whose head is plural or that
 * holds a second determiner; "a group of parents", "a few residents" and "a city planner" are one
 * phrase, and left whole.
 */
function afterItsNoun(phrase: string): string {
  if (!/^an?\s/iu.test(phrase)) return phrase
  type Term = { text: string; offset: { start: number }; terms: Array<{ tags: string[] }> }
  const terms = (nlp(phrase).terms().json({ offset: true }) as Term[]).map((t) => ({ text: t.text, at: t.offset.start, tags: new Set(t.terms[0]?.tags ?? []) }))
  let i = 1
  while (i < terms.length && (terms[i]!.tags.has('Adjective') || terms[i]!.tags.has('Value') || terms[i]!.tags.has('Money'))) i++
  const noun = terms[i]
  const rest = terms.slice(i + 1)
  if (!noun?.tags.has('Singular') || rest.length === 0 || rest[0]!.tags.has('Preposition')) return phrase
  if (!rest[0]!.tags.has('Determiner') && !rest[rest.length - 1]!.tags.has('Plural')) return phrase
  return phrase.slice(rest[0]!.at)
}

/**
 * True when the reporting marker attributes a quotation to a pronoun ("“…,” he said"), or opens
 * with "he" or "she" ("She argued that…"): the speaker is the person named before. Other
 * pronoun subjects are left to the author's voice.
 */
export function pronounSubject(sentence: string, at: number, end = at, lang?: string): boolean {
  // German: „…“, sagte sie; …, sagte die Ministerin.
  if (isGerman(lang)) return invertedAt(sentence, at) ? subjectAfter(sentence, [], end) === 'pronoun' : openingPronoun(sentence.slice(0, at), sentence.slice(at, end))
  const before = sentence.slice(0, at)
  return /[”"]\s*(he|she|they)\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+)?$/iu.test(before) || OPENING_PRONOUN.test(before)
}

/** Where a clause's subject stands first: the sentence's start, after a sentence's end, or after "and" or "but". */
const CLAUSE_OPENS = String.raw`(?:^|[.;!?]\s+|\b(?:and|but)\s+)`

/**
 * "He" or "she" opening a clause before the verb ("She argued that…", "…, and he warned that…"):
 * one person, the one named before. "They" may be a group, and is left to the author's voice.
 */
const OPENING_PRONOUN = new RegExp(String.raw`${CLAUSE_OPENS}(?:he|she)\s+(?:(?:also|later|then|has|had)\s+)*(?:\p{Ll}+ly\s+)?$`, 'iu')

/** "he" or "she" where pronounSubject looks for a speaker: after a closing quotation mark, or opening a clause (OPENING_PRONOUN), anywhere in a sentence. */
const SUBJECT_PRONOUN = new RegExp(String.raw`(?:[”"]\s*|${CLAUSE_OPENS})(he|she)\s+`, 'iu')

/** The pronoun a sentence gives a speaker, "he" or "she", where pronounSubject would find one; undefined for neither. */
export function subjectPronoun(sentence: string): 'he' | 'she' | undefined {
  const found = SUBJECT_PRONOUN.exec(sentence)
  return found ? (found[1]!.toLowerCase() as 'he' | 'she') : undefined
}

/**
 * True when the reporting verb at `at` is in a relative clause ("…, which the transport office
 * estimates would cost…") after another verb of saying: the sentence reports that verb's
 * subject ("She argued that…"); the clause's subject speaks of one thing in it, not for the sentence.
 */
function relativeAfterReport(sentence: string, at: number, lang?: string): boolean {
  const before = sentence.slice(0, at)
  const clause = /(?:,\s+(?:which|that|whom)|\b(?:which|whom))\s+(?:[\p{L}'’-]+\s+){1,5}$/u.exec(before)
  return clause !== null && findMarkers(before.slice(0, clause.index), lang).some((m) => m.kind === 'reporting' && !unsaidAt(sentence, m.at))
}

function clean(text: string): string {
  // German's articles too: "Der Niedersächsische Städtetag warnte" names the Städtetag, and
  // "Dem Landesschülerrat zufolge" the Landesschülerrat, not an actor "Dem Landesschülerrat"
  // the handout printed ("Den", "Des" start names: Den Haag, Des Moines).
  return text.replace(/[\s,.;:!?)"”’]+$/u, '').replace(/['’]s$/u, '').replace(/^(?:the|The|Der|Die|Das|Dem)\s+/, '').replace(HONORIFICS, '').trim()
}
