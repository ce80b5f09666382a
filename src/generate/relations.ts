// Relations: how does claim X relate to claim Y? One item for each relation claims.yaml
// records (X supports, qualifies or contrasts with Y); the options are the three
// relations, the key the recorded one. Pairs recorded with more than one relation are
// left out: their answer would not be one.
import { curlApostrophes } from '../lang/marks.js'
import { RELATIONS, type AnchoredClaim, type Relation } from '../claims/model.js'
import { makeItem, quoted } from './common.js'
import type { GeneratedItem, Generator } from './model.js'
import { generatedId } from './names.js'
import { RELATION_WORDS } from './words.js'
import { single } from '../types/single.js'

export const relations: Generator = {
  name: 'relations',
  asks: 'how one claim relates to another: supports, qualifies or contrasts with it',
  items(input) {
    const byId = new Map(input.claims.map((c) => [c.id, c]))
    const items: GeneratedItem[] = []
    const ids = new Set<string>()
    for (const claim of input.claims) {
      for (const relation of RELATIONS) {
        // A target listed twice (warned of by check) is one relation, and one item.
        for (const target of new Set(claim.relations[relation])) {
          const other = byId.get(target)
          if (!other || other === claim) continue
          const recorded = RELATIONS.filter((r) => claim.relations[r].includes(target))
          if (recorded.length > 1) continue
          let id = generatedId('relations', claim.id, target)
          // Ids are made of ids joined by hyphens, so two pairs could spell the same one.
          for (let n = 2; ids.has(id); n++) id = `${generatedId('relations', claim.id, target)}-${n}`
          ids.add(id)
          items.push(relationItem(id, claim, other, relation))
        }
      }
    }
    return items
  }
}

/** How a claim is shown in a relations stem: the teacher's paraphrase (the quote while suggested), with its ¶. */
function shown(claim: AnchoredClaim): string {
  const text = claim.status === 'suggested' ? quoted(claim.anchor.shown ?? claim.anchor.text) : curlApostrophes(claim.paraphrase.trim().replace(/\s+/g, ' '))
  return `${text.replace(/[.]$/, '')} (¶${claim.anchor.paragraph})`
}

function relationItem(id: string, claim: AnchoredClaim, other: AnchoredClaim, relation: Relation): GeneratedItem {
  const is = RELATION_WORDS[relation]
  return makeItem({
    id,
    generated: 'relations',
    type: single.name,
    stem: `First claim: ${shown(claim)}. Second claim: ${shown(other)}. In the article’s argument, how does the first claim relate to the second?`,
    claims: [claim.id, other.id],
    difficulty: 'hard',
    bloom: 'analyse',
    points: 1,
    tag: 'relations',
    options: RELATIONS.map((r: Relation) => ({
      text: RELATION_WORDS[r].option,
      correct: r === relation,
      feedback: r === relation ? `The first claim ${is.does} the second: ${is.meaning}.` : `The first claim ${is.does} the second rather than ${RELATION_WORDS[r].doing} it: ${is.meaning}.`
    }))
  })
}
