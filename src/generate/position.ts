// Position: where in the article's argument does this claim stand? The options are the
// article's parts (the opening and each subhead's section), the key the claim's; the
// distractors are the neighbouring parts first. Needs an article with subheads.
import type { Section } from '../article/model.js'
import type { AnchoredClaim } from '../claims/model.js'
import { inOrder, makeItem, pick, quoted } from './common.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { generatedId } from './names.js'
import { single } from '../types/single.js'

export const position: Generator = {
  name: 'position',
  asks: "where in the article's argument the claim stands: under which subhead",
  items(input, next) {
    if (input.article.sections.length < 2) return []
    return input.claims.map((claim) => positionItem(input, claim, next(generatedId('position', claim.id))))
  }
}

function label(section: Section): string {
  return section.heading === null ? 'The opening, before the first subhead' : `The part under the subhead ${section.heading.replace(/[.:]$/, '')}`
}

function positionItem(input: GenerateInput, claim: AnchoredClaim, next: () => number): GeneratedItem {
  const sections = input.article.sections
  const key = sections[claim.anchor.section]!
  const others = sections.filter((s) => s !== key)
  const distractors = pick([others.filter((s) => Math.abs(s.index - key.index) === 1), others], 3, next)
  const text = claim.status === 'suggested' ? quoted(claim.anchor.text) : claim.paraphrase.trim().replace(/\s+/g, ' ')
  const where = label(key).replace(/^The /, 'the ')
  return makeItem({
    id: generatedId('position', claim.id),
    generated: 'position',
    type: single.name,
    stem: `Where in the article does this claim stand? ${text}`,
    claims: [claim.id],
    difficulty: 'easy',
    bloom: 'remember',
    points: 1,
    tag: 'structure',
    options: inOrder([key, ...distractors], sections).map((s) => ({
      text: label(s),
      correct: s === key,
      feedback: s === key ? `Right: the article makes this claim in ¶${claim.anchor.paragraph}, in ${where}.` : `No: the article makes this claim in ¶${claim.anchor.paragraph}, in ${where}.`
    }))
  })
}
