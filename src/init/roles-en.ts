// Who an English speaker is, as the sentence says it with their name: a title after the verb
// ("said board chair Denise Okafor"), a capitalised title before the name ("Council Member
// Rosa Delgado", "City Manager Ellen Porter"), one in lower case opening the sentence, an
// honorific perhaps after it ("Marine biologist Dr. Alan Cho said") or an apposition after the name ("Dr. Aisha
// Mensah, the county's deputy health officer, said"; "Tom Hargreaves, president of the
// association, said"). German has its own (speakers-de.ts), the title
// coming first there too but capitalised. The role is the article's own words, so init writes
// it for the actor instead of a placeholder comment.
import nlp from 'compromise'
import type { Named } from './named.js'

/** Words that may stand between a verb and a name without being a title ("said on Tuesday"). */
const NOT_TITLE = /^(?:on|in|at|to|of|for|by|with|from|that|this|it|he|she|they|then|also|later|earlier|yesterday|today|and|but|or|as|when|while|after|before|who|which)$/u
/**
 * A verb of saying, then up to four lower-case words, then perhaps an honorific, right before
 * the name. Case matters (no `i` flag): a capitalised word there is part of a name, not a title.
 */
const TITLE_AFTER_VERB = /\b(?:said|says|told|added|argued|insisted|warned|explained|stated|announced|acknowledged|admitted)\s+((?:the\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){1,4})(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u

/**
 * A capitalised title before a name is who they are, not part of their name: a trial named
 * an actor "Member Rosa Delgado" ("said Council Member Rosa Delgado"). Its last word says the
 * office ("Member", "Manager", "Chief"), the words before it whose ("Council", "City", "Police").
 */
const TITLE_HEAD = 'President|Chair|Chairman|Chairwoman|Chairperson|Member|Manager|Chief|Senator|Representative|Rep|Sen|Superintendent|Principal|Director|Commissioner|Mayor|Secretary|Minister|Attorney|Clerk|Treasurer|Administrator|Officer|Judge|Justice|Sheriff|Governor|Councillor|Councilor|Councilman|Councilwoman|Councilmember|Cllr|Alderman|Alderwoman|Supervisor|Inspector|Detective|Sergeant|Captain|Lieutenant|Professor|Executive|Trustee|Chancellor|General|Coach|Spokesperson|Spokesman|Spokeswoman'
const TITLE_WORD = `(?:Vice|Deputy|Assistant|Associate|Acting|Interim|Former|State|City|County|Town|Village|Police|Fire|School|Board|Council|Executive|Chief|Managing|Attorney|District|Prime|Health|Education|Finance|Transport|${TITLE_HEAD})`
/** A title, perhaps after an honorific ("Dr.", which says no office), at the start of a name; [1] the title. */
const TITLE_BEFORE = new RegExp(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+)?((?:${TITLE_WORD}\\s+){0,3}(?:${TITLE_HEAD})\\.?)\\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+)?(?=\\p{Lu})`, 'u')
/** The title words that stand right before a name in its sentence ("City Manager " before "Ellen Porter"). */
const TITLE_WORDS_BEFORE = new RegExp(`(?:(?:${TITLE_WORD}|Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+)+$`, 'u')

/** Whether `text`, the words between "according to" and a name, are only titles ("Professor ", " the Council Member "). */
export const onlyTitles = (text: string): boolean => ONLY_TITLES.test(text)
const ONLY_TITLES = new RegExp(`^\\s+(?:the\\s+)?${TITLE_WORDS_BEFORE.source}`, 'u')

/**
 * `person` without the title before their name, which becomes their role: "Member Rosa Delgado"
 * (after "Council ") is Rosa Delgado, Council Member. Unchanged when no title stands there, or
 * when nothing that reads as a name would be left.
 */
export function untitled(sentence: string, person: Named): Named {
  const lead = TITLE_WORDS_BEFORE.exec(sentence.slice(0, person.start))?.[0] ?? ''
  const whole = `${lead}${person.name}`
  const title = TITLE_BEFORE.exec(whole)
  if (!title || title[0].length < lead.length) return person
  const name = whole.slice(title[0].length)
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.test(name)) return person
  const start = person.start - lead.length + title[0].length
  // "Professor Helen Achebe, a historian at the University of Leeds, said": a rank says less
  // than the apposition after the name, which says what she is a professor of, and where.
  const apposed = RANK.test(title[1]!) ? appositionRole(sentence.slice(person.end), SAID_BEFORE.test(sentence.slice(0, person.start - lead.length))) : undefined
  return { ...person, name, key: name.split(/\s+/).pop()!, start, end: start + name.length, role: apposed ?? title[1]! }
}

/** A title that is an academic rank alone, which an apposition after the name says better. */
const RANK = /^(?:(?:Associate|Assistant|Visiting|Emeritus)\s+)?(?:Professor|Prof)\.?$/u

/** The words of a title before a name ("the board chair "), less "the"; undefined when one of them is no title's ("on", "later"). */
export function titleWords(text: string): string[] | undefined {
  const words = text.trim().split(/\s+/).filter((w, i) => w !== '' && !(i === 0 && w === 'the'))
  return words.length > 0 && !words.some((w) => NOT_TITLE.test(w) || /ly$/u.test(w)) ? words : undefined
}

/** The role of `person`, named at its offsets in `sentence`, or undefined when the sentence gives none. */
export function roleOf(sentence: string, person: Named): string | undefined {
  // "said board chair Denise Okafor": lower-case words between the verb and the name.
  const before = TITLE_AFTER_VERB.exec(sentence.slice(0, person.start))
  if (before) {
    const words = titleWords(before[1]!)
    if (words) return words.join(' ')
  }
  // "Aisha Mensah, the county's deputy health officer, said": an apposition closed by a comma,
  // opened by an article or by the office itself ("Tom Hargreaves, president of the association,
  // said"); a relative clause in it says what they did, not who they are.
  // After a verb of saying the apposition may end the sentence ("…,” said Dr. Helen Okonkwo, a
  // freshwater scientist at Northern Plains State College who advised the council."): it did not
  // end at a comma, and the actor got no role.
  const said = SAID_BEFORE.test(sentence.slice(0, person.start))
  return appositionRole(sentence.slice(person.end), said) ?? openingTitle(sentence.slice(0, person.start)) ?? officeClause(sentence.slice(person.end))
}

/** A verb that says what office someone holds, and the office's noun ("who chairs the society": chair). */
const OFFICE_VERBS: Record<string, string> = { chairs: 'chair', heads: 'head', leads: 'leader', directs: 'director', manages: 'manager', owns: 'owner', founded: 'founder', 'co-founded': 'co-founder', coaches: 'coach', edits: 'editor', represents: 'representative' }
const OFFICE_CLAUSE = new RegExp(`^,\\s+who\\s+(${Object.keys(OFFICE_VERBS).join('|')})\\s+((?:the|a|an)\\s+[^,;:“”"„«»()]{3,80}?|\\p{Lu}[^,;:“”"„«»()]{2,80}?),`, 'u')

/**
 * The office a relative clause after the name says someone holds: "Okonkwo, who chairs the
 * Wexley Civic Society, added …" is chair of the Wexley Civic Society. What they did ("who
 * voted against") says no office.
 */
function officeClause(rest: string): string | undefined {
  const m = OFFICE_CLAUSE.exec(rest)
  return m && m[2]!.split(/\s+/).length <= 8 ? `${OFFICE_VERBS[m[1]!]} of ${m[2]}` : undefined
}

/** A verb of saying, perhaps an honorific, right before a name ("said Dr. "). */
const SAID_BEFORE = /\b(?:said|says|told|added|argued|insisted|warned|explained|stated|announced|acknowledged|admitted)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?$/u

/**
 * A title in lower case that opens the sentence before the name, an honorific perhaps between
 * them: "Marine biologist Dr. Alan Cho", "Board member Lena Ortiz". [1] the title, its first
 * word capitalised only as the sentence's first. Or that opens the words after a quotation,
 * in lower case ("“…,” owner Lucia Ferreira said"): [2].
 */
const TITLE_OPENING = /(?:^|[.;!?]\s+)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3})\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?$|[,!?]\s*[”"’]\s+(\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,3})\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?$/u

/**
 * An honorific alone, written without a full stop as British style has it: "Ms Tau said" opens
 * the sentence with "Ms", which is no title (a trial's actors got the roles "ms" and "mr").
 */
const HONORIFIC_ALONE = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)$/iu

/** Words that open a sentence as adverbs, nouns though compromise may take them for ("a still"). */
const OPENS_NO_TITLE = /^(?:still|yet|so|now|thus|hence|even|only|here|there|again|next|first|last|once|soon|indeed|instead)(?:\s|$)/iu

/** The title opening the sentence before a name (`before`, the text up to it), in lower case ("marine biologist"); undefined when none does. */
function openingTitle(before: string): string | undefined {
  const m = TITLE_OPENING.exec(before)
  const found = m?.[1] ?? m?.[2]
  if (!found || !titleWords(found) || OPENS_NO_TITLE.test(found) || HONORIFIC_ALONE.test(found)) return undefined
  // Only a sentence's first word is capitalised there: "Marine biologist" is "marine biologist", "NASA engineer" stays.
  const title = found.replace(/^\p{Lu}\p{Ll}+(?=\s|$)/u, (w) => w.toLowerCase())
  // Nouns, the last one the office ("Board member", "Retired teacher"): not "But", "Today" or "Meanwhile".
  // Tagged after "a", as a noun phrase: alone, compromise takes "resident" for an adjective.
  const terms = (nlp(`a ${title}`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>).slice(1).map((t) => new Set(t.terms[0]?.tags ?? []))
  const last = terms[terms.length - 1]
  if (!last?.has('Noun') || last.has('Pronoun') || last.has('Date') || terms.some((t) => t.has('Adverb') || t.has('Conjunction') || t.has('Preposition') || t.has('Determiner'))) return undefined
  return title
}

/**
 * The role an apposition gives, in the text after a name (", the county's deputy health
 * officer, said"); undefined when it gives none. `last`: the apposition may end the sentence
 * (the name came after a verb of saying, which the apposition then cannot be waiting for).
 */
export function appositionRole(rest: string, last = false): string | undefined {
  const role = apposition(rest, last)
  return role !== undefined && role.split(/\s+/).length <= ROLE_WORDS ? role : undefined
}

/**
 * The most words a role from an apposition has: an office at a body with a long name is one
 * ("chief economist at the Kessel Institute for Economic Research", nine words, was none at
 * eight, and the handout printed the economist by name alone). Its 80 characters bound it too.
 */
const ROLE_WORDS = 12

/**
 * The words of an apposition after a name that says who someone is, however many: the name
 * before it is then whose words a verb after it gives ("Marcus Bellweather, chief economist at
 * Harrow & Finch Bank in London, said"), even where the role is too long to print (appositionRole).
 */
export function apposition(rest: string, last = false): string | undefined {
  // A relative clause may run on before the comma ("an epidemiologist at … who has studied heat for fifteen years,"): no part of the role.
  const end = last ? '(?:,|\\.?["”’]?\\s*$)' : ','
  const after = new RegExp(`^,\\s+(?:the|a|an)\\s+([^,;:“”"„«»()]{3,80}?)(?:\\s+(?:who|which|whose|that)\\s[^,;:“”"„«»()]{0,120})?${end}`, 'u').exec(rest) ?? bareApposition(rest, end)
  return after ? after[1]!.split(/\s+(?:who|which|whose|that)\s/u)[0]!.trim() : undefined
}

/**
 * Words that open an apposition without saying who someone is: a relative clause ("who voted
 * against"), "several of whom", an adverb ("Porter, however, said"), a participle ("speaking
 * after the vote", "asked about the fund").
 */
const NOT_ROLE = /^(?:who|whom|whose|which|that|where|when|while|however|meanwhile|though|although|too|also|instead|then|now|still|in|on|at|for|by|with|after|before|like|unlike|as|and|but|or|if|he|she|they|it|we|you|his|her|their|its|our|my|your|this|these|those|several|many|some|most|all|both|none|one|each|not)\b|^\p{Ll}+(?:ly|ing|ed)\b/u

/**
 * "…, president of the association," with no article: a lower-case office after the name, with
 * no verb in it ("According to Bell, prices will rise, and …" names no office).
 */
function bareApposition(rest: string, end = ','): RegExpExecArray | null {
  // After a verb of saying it may end the sentence, as one opened by an article may ("…,” said
  // Dr Hamid Sorensen, chief economist at the Kessel Institute for Economic Research.").
  const m = new RegExp(`^,\\s+(\\p{Ll}[^,;:“”"„«»()]{2,80}?)${end}`, 'u').exec(rest)
  return m && !NOT_ROLE.test(m[1]!) && !nlp(m[1]!).has('#Verb') ? m : null
}
