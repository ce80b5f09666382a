// Position: in which part of the article's argument is this claim made? The options are the
// article's parts (the opening and each subhead's section), the key the claim's; the
// distractors are the neighbouring parts first. Needs an article with two subheads or more. A subhead
// is quoted by its first words, so parts with long and short subheads read about as long as
// each other; a claim that shares a word with its own subhead and none of the others' is
// left out ("household water bills" under "The cost to households": matching the word would
// answer it, not knowing the argument).
import { curlApostrophes } from '../lang/marks.js'
import type { Section } from '../article/model.js'
import type { AnchoredClaim } from '../claims/model.js'
import { makeItem, quoted } from './common.js'
import { keyStandsOut, pickFitting } from './fair.js'
import { contentWords } from '../lint/text.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { generatedId } from './names.js'
import { single } from '../types/single.js'

/** Subheads longer than this (characters) are quoted by their first words and "…". */
const HEADING = 40
/** Words a cut subhead does not end on. */
const DANGLING = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'as', 'from', 'than', 'that'])

export const position: Generator = {
  name: 'position',
  asks: "in which part of the article's argument the claim is made: under which subhead",
  items(input, next) {
    // With one subhead the answer is one of two, and the subhead's option stands out by its length.
    if (input.article.sections.length < 3) return []
    const items: GeneratedItem[] = []
    for (const claim of input.claims) {
      const item = positionItem(input, claim, next(generatedId('position', claim.id)))
      if (item) items.push(item)
    }
    return items
  }
}

/** A word without an English plural, possessive or third-person ending: "households" meets "household", "Trump’s" "Trump". */
const root = (word: string): string => word.replace(/['’]s$/, '').replace(/(?<=[^aeiou])ies$/, 'y').replace(/(?<=s|x|z|ch|sh)es$/, '').replace(/(?<![su])s$/, '')
/**
 * A word's root and, for a noun of one who does ("dissenters", "renters", "lenders", "writers"),
 * the word it is made from: "The dissenters warn …" under “The dissent” is answered by the word
 * as surely as a plural is.
 */
const forms = (word: string): string[] => {
  const r = root(word)
  return /^\p{L}{4,}er$/u.test(r) ? [r, r.slice(0, -2), r.slice(0, -1)] : [r]
}
const roots = (text: string): Set<string> => new Set([...contentWords(text)].flatMap(forms))

/** Whether the stem shares a word with the key's subhead that no distractor's holds: one word is enough, a subhead has few. */
function subheadEchoed(stem: string, key: string, distractors: readonly string[]): boolean {
  const inStem = roots(stem)
  const elsewhere = new Set(distractors.flatMap((d) => [...roots(d)]))
  return [...roots(key)].some((w) => inStem.has(w) && !elsewhere.has(w))
}

/** A part of the article as an option: the opening, or the subhead (its first words when long). */
export function partLabel(section: Section): string {
  // Asked for every section, for every claim's distractors, on every `check`.
  let label = labels.get(section)
  if (label === undefined) labels.set(section, (label = labelOf(section)))
  return label
}
const labels = new WeakMap<Section, string>()

function labelOf(section: Section): string {
  if (section.heading === null) return 'In the opening, before the first subhead'
  const heading = section.heading.trim().replace(/[.:]$/, '')
  if (heading.length <= HEADING) return `Under the subhead “${heading}”`
  const cut: string[] = []
  for (const word of heading.split(/\s+/)) {
    if (cut.length && [...cut, word].join(' ').length > HEADING - 4) break
    cut.push(word)
  }
  while (cut.length > 1 && DANGLING.has(cut[cut.length - 1]!.toLowerCase())) cut.pop()
  return `Under the subhead “${cut.join(' ').replace(/[,;:]$/, '')}…”`
}

/** Where a part is, in feedback: the subhead in full. */
function partWhere(section: Section): string {
  return section.heading === null ? 'in the opening, before the first subhead' : `under the subhead “${section.heading.trim().replace(/[.:]$/, '')}”`
}

function positionItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem | undefined {
  const sections = input.article.sections
  const key = sections[claim.anchor.section]!
  const text = claim.status === 'suggested' ? quoted(claim.anchor.shown ?? claim.anchor.text) : curlApostrophes(claim.paraphrase.trim().replace(/\s+/g, ' '))
  // A quoted claim ends with its quotation mark, and needs the full stop after it all the same.
  const stem = `The claim: ${/[.!?][”’]?$/.test(text) ? text : `${text}.`} In which part of the article is it made?`
  const others = sections.filter((s) => s !== key)
  const distractors = pickFitting(partLabel(key), [others.filter((s) => Math.abs(s.index - key.index) === 1), others], 3, partLabel, next)
  if (distractors.length === 0 || keyStandsOut(partLabel(key), distractors.map(partLabel))) return undefined
  if (subheadEchoed(stem, partLabel(key), distractors.map(partLabel))) return undefined
  const where = partWhere(key)
  return makeItem({
    id: generatedId('position', claim.id),
    generated: 'position',
    type: single.name,
    stem,
    claims: [claim.id],
    difficulty: 'easy',
    bloom: 'remember',
    points: 1,
    tag: 'structure',
    options: [key, ...distractors]
      .sort((a, b) => a.index - b.index)
      .map((s) => ({
        text: partLabel(s),
        correct: s === key,
        feedback: s === key ? `The article makes this claim in ¶${claim.anchor.paragraph}, ${where}.` : `The article makes this claim in ¶${claim.anchor.paragraph}, ${where}.`
      }))
  })
}
