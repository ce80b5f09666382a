// Names as a cue: a key that names someone the stem names too, where no other option names
// anyone the stem does, is found by matching names, whatever the item asks. A stem seldom
// names a person in full: "Haverford said …" names Tom Haverford, and "the chair said" names
// the actor whose role is "chair of the water board" (the handout prints roles beside names).
import { normalizedText } from '../article/normalize.js'
import type { Actor } from '../claims/model.js'
import { contentWords } from './text.js'

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu
const CAPITAL = /^\p{Lu}/u

/** The words of a text as written (case kept). */
const written = (text: string): string[] => normalizedText(text).match(WORD) ?? []

/**
 * Where a role's first phrase ends: "chair | of the water board", "board member | who voted
 * against", "US President | and the article's central figure". Its last word is the head noun,
 * the word a stem names the actor by ("the chair", "the president").
 */
const PHRASE_END = /[,;:.()–—]|\s(?:of|who|whose|which|that|and|at|in|for|from|with)\s/iu

/** A role's head noun, in lower case, or none. */
function head(role: string): string | undefined {
  const phrase = written(role.split(PHRASE_END)[0] ?? '')
  const last = phrase.at(-1)?.toLowerCase()
  return last && contentWords(last).has(last) ? last : undefined
}

/**
 * The words by which a stem names an actor, in lower case: each capitalised word of the name
 * the stem writes with its capital ("Haverford", never the "water" of "drinking water" for
 * the Water Board), and the head noun of the role, or of the name where it is a role ("The
 * education secretary") or a body's ("Northfield education authority", "National Bank of Brennmark"), where
 * the stem has "the" or a possessive ("its authors") up to three words before it.
 */
function callings(actor: Actor, stem: readonly string[]): Set<string> {
  const out = new Set<string>()
  const name = written(actor.name).filter((w) => CAPITAL.test(w) && contentWords(w).size > 0)
  for (const w of name) if (stem.includes(w)) out.add(w.toLowerCase())
  // A name whose last word is in lower case ("Northfield education authority", "Harbor City
  // school board") is a body named by a place and a common noun: "the authority", "the local
  // education authority" names it as "the chair" names a chair (a handout printed "The local
  // education authority says …" above the blank for who asserts it).
  // So is a body whose name ends in its head noun, capitalised ("Brennmark Mortgage Lenders'
  // Association", "National Bank of Brennmark"): "The association says …", "The bank's own
  // forecast …" name it as "the authority" does (a voice item quoting them offered the one body
  // of that name). A person's name has no such noun: no stem says "the sorensen".
  for (const noun of [actor.role ?? '', actor.name].map(head)) {
    if (!noun) continue
    stem.forEach((w, i) => {
      // "The bank's own forecast": the possessive names the body as "the bank" does.
      if (w.toLowerCase().replace(/'s$/u, '') === noun && stem.slice(Math.max(0, i - 3), i).some((x) => DEFINITE.has(x.toLowerCase()))) out.add(noun)
    })
  }
  return out
}

/**
 * Words that make a head noun name someone in particular: "the" and the possessives. "Its
 * authors say the findings should change …" names the study's authors as "the authors" does;
 * a voice item asking who says it, beside the option "The study's authors", gave its answer.
 */
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'our'])

/** The actors an option names: every content word of the actor's name is in it (a name with none, like "them", names no one). */
function namedIn(text: string, actors: readonly Actor[]): Actor[] {
  const inText = contentWords(text)
  return actors.filter((a) => {
    const name = [...contentWords(a.name)]
    return name.length > 0 && name.every((w) => inText.has(w))
  })
}

/**
 * The words by which `stem` names someone the key names, when it names no one a distractor
 * names (a stem that names two of the people on offer leaves the choice to the reader); none
 * otherwise. A word that names people in two options ("president" for two presidents) names
 * neither.
 */
export function namesEchoed(stem: string, key: string, distractors: readonly string[], actors: readonly Actor[]): string[] {
  const inStem = written(stem)
  const words = [key, ...distractors].map((text) => new Set(namedIn(text, actors).flatMap((a) => [...callings(a, inStem)])))
  const own = words.map((set, i) => [...set].filter((w) => !words.some((other, j) => j !== i && other.has(w))))
  return own.slice(1).some((ws) => ws.length > 0) ? [] : own[0]!
}

/** Whether `text` names `actor`, by a capitalised word of the name or by "the" and the role's head noun, as a stem names someone above. */
export function names(text: string, actor: Actor): boolean {
  return callings(actor, written(text)).size > 0
}
