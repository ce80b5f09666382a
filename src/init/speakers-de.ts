// Who speaks in a German sentence. German writes a person's title before the name
// ("VDV-Präsident Ingo Wortmann", "die bayerische Verkehrsministerin Ulrike Scharf"), which
// compromise (trained on English) reads as part of the name or misses, so the title became part
// of the actor's name; and German puts the speaker after the verb whenever something else comes
// first („…“, sagte sie; …, so Knie; Am Montag erklärte Scharf), where the English rules look
// before it and gave such words to the author.
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
  const titles = words.slice(0, i).filter(isTitle)
  return { name: words.slice(i).join(' '), ...(titles.length ? { role: titles.join(' ') } : {}) }
}

/**
 * A name's words: "Ulrike", "Müller-Lüdenscheidt", with "von", "van", "de" or "zu" only after
 * the first name ("Ulrich von Alemann"): after the surname it starts what they belong to
 * ("Mara Schulz von der Universität Göttingen").
 */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`
const FULL_NAME = String.raw`${NAME}(?:\s+(?:von|van|de|zu))?\s+${NAME}(?:\s+${NAME})?`
/** A title, with an adjective after an article ("die bayerische Verkehrsministerin"), and a name of two or three words after it. */
const TITLED = new RegExp(String.raw`(?<![\p{L}-])(?:(?<=\b(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en|[Dd]es|[Ee]in|[Ee]ine|[Ee]iner|[Ee]ines)\s+)(\p{Ll}+e[nrs]?)\s+)?(\p{Lu}[\p{L}-]*)\s+(${FULL_NAME})(?![\p{L}])`, 'gu')

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
    found.push({ name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, role: [m[1], m[2]].filter(Boolean).join(' ') })
  }
  return found
}

/** Words that open a German clause without being its subject, so that the subject follows the verb ("Am Montag erklärte Scharf"). */
const FRONTED = /^(?:Am|Im|Beim|Vom|Zum|Zur|Nach|In|Auf|Bei|Mit|Seit|Gegenüber|Dazu|Zudem|Außerdem|Deshalb|Daher|Dabei|Darauf|Gestern|Heute|Später|Zuletzt|Zuvor|Bereits|Dort|Hier|Allerdings|Jedoch|Trotzdem|Dennoch)\b/u

/** True when the subject of the verb at `at` comes after it: after a quotation or a clause ("…, sagte sie"), or a fronted phrase. */
export function invertedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at)
  if (/[,“”"»:]\s*$/u.test(before)) return true
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1).trim()
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
  const named = names.find((n) => n.start >= end && between(sentence.slice(end, n.start)))
  if (named) return named
  // The name in an apposition: "sagte der Vorsitzende des Handelsverbands, Peter Braun".
  const apposed = names.find((n) => n.start >= end && /^\s+(?:der|die)\s+[^.;:!?“”"„]{0,60},\s+$/u.test(sentence.slice(end, n.start)))
  if (apposed) return apposed
  if (/^\s+(?:der|die)\s+(?:\p{Ll}+e[nrs]?\s+)?(\p{Lu}[\p{L}-]*)(?=\s*(?:[.,;!?]|$)|\s+\p{Ll})/u.test(rest) && isTitle(/(\p{Lu}[\p{L}-]*)/u.exec(rest)![1]!)) return 'pronoun'
  // A name compromise missed, after titles only: "sagte Jürgen Schäfer am Dienstag", "so Dr. Anna Berg".
  const full = new RegExp(String.raw`^\s+((?:\S+\s+){0,2}?)(${FULL_NAME})(?=\s*(?:[.,;:!?]|$)|\s+\p{Ll})`, 'u').exec(rest)
  if (full && full[1]!.trim().split(/\s+/).filter(Boolean).every((w) => isTitle(w) || HONORIFIC.test(w))) {
    const titles = full[1]!.trim().split(/\s+/).filter(isTitle)
    const name = full[2]!
    const start = sentence.indexOf(name, end)
    return { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, ...(titles.length ? { role: titles.join(' ') } : {}) }
  }
  // A surname alone at the sentence's end ("…, sagte Scharf."), the article not having named them before.
  const alone = /^\s+((?:(?:Dr\.|Prof\.)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*(?:[.!?]\s*)?$/u.exec(rest)
  if (alone) {
    const { name, role } = splitTitle(alone[1]!.replace(/^(?:Dr\.|Prof\.)\s+/u, ''))
    const start = sentence.indexOf(name, end)
    return { name, key: name.split(/\s+/).pop()!, kind: 'person', start, end: start + name.length, ...(role ? { role } : {}) }
  }
  return undefined
}

/** True when the words between a verb and a name are only its title, an article, an adjective or an honorific. */
function between(gap: string): boolean {
  const words = gap.trim().split(/\s+/).filter(Boolean)
  return words.length <= 4 && words.every((w) => ARTICLE.test(w) || isTitle(w) || HONORIFIC.test(w) || /^\p{Ll}+e[nrs]?$/u.test(w))
}
