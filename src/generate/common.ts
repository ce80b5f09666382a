// What the generators share: how a claim is shown (its ¶ and the article's own words),
// who asserts it, seeded choice of distractors, and the item's frame.
import type { Actor, AnchoredClaim } from '../claims/model.js'
import type { Bloom, Difficulty, Option } from '../questions/model.js'
import type { ChoiceItem } from '../types/choice.js'
import { curlApostrophes, curlDoubleQuotes } from '../lang/marks.js'
import { findReferences, paragraphsOf } from '../references/parse.js'
import { shuffle } from '../select/random.js'
import type { GeneratedItem } from './model.js'
import type { GeneratorName } from './names.js'

/** "In ¶3, the article says: “…”": the claim in the article's own words, with its ¶. */
export function saying(claim: AnchoredClaim, text = claim.anchor.shown ?? claim.anchor.text): string {
  const words = quoted(text)
  // A quote that is not a whole sentence still ends the sentence that shows it.
  return `In ¶${claim.anchor.paragraph}, the article says: ${words}${/[.!?…]["”’']*$/.test(words) ? '' : '.'}`
}

/**
 * The article's words in quotation marks. Words that hold quotation marks of their own
 * (reported speech, a phrase the author marks) go in single marks, as British usage nests
 * them: the inner marks curled (lang/marks.ts), and the reader still sees where its words begin.
 */
export function quoted(text: string): string {
  // classpack's own words beside it have curly apostrophes (“the article’s own voice”).
  const words = curlApostrophes(text.trim())
  return /[“”"]/.test(words) ? `‘${curlDoubleQuotes(words)}’` : `“${words}”`
}

/**
 * Who asserts a claim, as a list: `author`, one actor id, or several when actors assert it
 * jointly. (claims.yaml may give `asserted_by` as one id or, for joint asserters, a list.)
 */
export function asserters(claim: { asserted_by: string | readonly string[] }): string[] {
  return ([] as string[]).concat(claim.asserted_by)
}

/** An actor's name by id; the id itself when claims.yaml does not declare it (check reports that). */
export function actorName(actors: readonly Actor[], id: string): string {
  return actors.find((a) => a.id === id)?.name ?? id
}

/**
 * A name as it reads inside a sentence: a leading "The", "A" or "An" before a lower-case
 * word is a role, not part of a proper name, and is lower-cased ("to the education
 * secretary"); "The Guardian" keeps its capital.
 */
export function inSentence(name: string, texts: readonly string[] = []): string {
  // A speaker described, not named (init's "Supporters", "City officials"): a common noun, in lower case mid-sentence.
  // Unless the article itself writes the first word with its capital inside a sentence: "The
  // Northfield education authority said" names a place ("not to northfield education authority"
  // stood in an answer key), where "City officials said" opens its sentence.
  if (DESCRIBED_HEAD.test(name) || (/^\p{Lu}\p{Ll}+(?: \p{Ll}[\p{L}'’-]*)+$/u.test(name) && !capitalInside(name, texts))) return name.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
  return name.replace(/^(The|A|An)(?= \p{Ll})/u, (article) => article.toLowerCase())
}

/** Whether one of `texts` writes `name`'s first word with its capital inside a sentence (after a word in lower case, or "the"). */
function capitalInside(name: string, texts: readonly string[]): boolean {
  const first = name.split(' ')[0]!
  const inside = INSIDE.get(first) ?? new RegExp(`(?:\\b\\p{Ll}[\\p{L}'’-]*|\\bThe)[ \\u00a0]${first}(?![\\p{L}])`, 'u')
  INSIDE.set(first, inside)
  return texts.some((text) => inside.test(text))
}

/** `capitalInside`'s pattern by first word: the voice items ask it of every option they weigh, and a pattern is compiled where it is made. */
const INSIDE = new Map<string, RegExp>()

/** The nouns a description of people opens with, as a name alone ("Supporters", "Residents"). */
const DESCRIBED_HEAD = /^(?:Supporters|Opponents|Critics|Residents|Parents|Teachers|Officials|Experts|Economists|Analysts|Researchers|Scientists|Students|Campaigners|Activists|Protesters|Owners|Workers|Doctors|Nurses|Locals|Voters|Members|Families|Neighbours|Neighbors|Commuters|Landlords|Tenants|Employers|Unions|Shopkeepers|Retailers|Farmers)$/u

/** "A", "A and B", "A, B and C" (each name after the first as inside a sentence). */
export function names(list: readonly string[], texts: readonly string[] = []): string {
  const all = list.map((name, i) => (i === 0 ? name : inSentence(name, texts)))
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`
}

/**
 * Up to `count` distractors: the first tier (most plausible) shuffled by the seed, then
 * the next, and so on. Seeded, so the same seed picks the same ones.
 */
export function pick<T>(tiers: ReadonlyArray<readonly T[]>, count: number, next: () => number): T[] {
  const seen = new Set<T>()
  const out: T[] = []
  for (const tier of tiers) {
    for (const value of shuffle(tier, next)) {
      if (out.length >= count) return out
      if (seen.has(value)) continue
      seen.add(value)
      out.push(value)
    }
  }
  return out
}

/** Sort `values` into the order of `canonical` (values it lacks go last, in their own order). */
export function inOrder<T>(values: readonly T[], canonical: readonly T[]): T[] {
  const rank = (v: T): number => {
    const i = canonical.indexOf(v)
    return i < 0 ? canonical.length : i
  }
  return [...values].sort((a, b) => rank(a) - rank(b))
}

export interface ItemFrame {
  id: string
  generated: GeneratorName
  type: ChoiceItem['type']
  stem: string
  /** The claims it rests on, the one it asks about first. */
  claims: string[]
  difficulty: Difficulty
  bloom: Bloom
  points: number
  tag: string
  options: Option[]
}

/** A generated item from its frame: an ordinary bank item, tagged with its skill. */
export function makeItem(frame: ItemFrame): GeneratedItem {
  const { tag, ...rest } = frame
  return { ...rest, tags: [tag], excludes: [] } as GeneratedItem
}

/**
 * A claim's evidence note as a sentence to add to feedback, or nothing. References in
 * brackets ("(¶3–¶6)") are left out: they point beyond the item's own claim, whose ¶ the
 * key cites. A note that cites other paragraphs in its running text is left out whole,
 * so a generated item never carries a ¶ it does not rest on.
 */
export function note(claim: AnchoredClaim): string {
  let text = claim.evidence_note?.trim().replace(/\s+/g, ' ') ?? ''
  text = text.replace(/\s*\((¶[^()]*)\)/g, (whole, inner: string) => (findReferences(inner).reduce((rest, r) => rest.replace(r.text, ''), inner).replace(/[\s,;]|and/g, '') === '' ? '' : whole))
  if (findReferences(text).some((r) => paragraphsOf(r).some((n) => n !== claim.anchor.paragraph))) return ''
  return text ? ` ${/[.!?]$/.test(text) ? text : text + '.'}` : ''
}

/** " In other words: <paraphrase>" for feedback, when the teacher has written one (a suggested claim's stands in for its quote). */
export function restated(claim: AnchoredClaim): string {
  const text = curlApostrophes(claim.paraphrase.trim().replace(/\s+/g, ' '))
  if (claim.status === 'suggested' || text === '' || text === curlApostrophes(claim.quote.trim())) return ''
  return ` In other words: ${/[.!?]$/.test(text) ? text : text + '.'}`
}
