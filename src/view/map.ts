// The argument map's view: the claims any relation touches (label, ¶, section, a few
// words) and every relation of claims.yaml, in words too, for the `argument-map` partial.
// Null when the module records no relations: there is nothing to draw.
import type { Module } from '../assemble.js'
import { RELATIONS } from '../claims/model.js'
import { relatedClaims } from '../claims/relations.js'
import { token } from '../fill/escape.js'
import type { UiStrings } from '../lang/strings.js'
import { orderedClaims } from './common.js'

/** Words a box shows when a claim has no `gist`: the paraphrase's first ones. */
const GIST_WORDS = 10

export function argumentMapView(module: Module, ui: UiStrings) {
  const related = relatedClaims(module.claims)
  if (related.size === 0) return null
  const claims = orderedClaims(module).filter((c) => related.has(c.claim.id))
  const labels = new Map(claims.map((c) => [c.claim.id, c.label]))
  const once = firstTime()
  return {
    heading: ui.map.heading,
    intro: ui.map.intro,
    worksheetHeading: ui.map.worksheetHeading,
    worksheetIntro: ui.map.worksheetIntro,
    kinds: [...RELATIONS.map((k) => ({ kind: token(k.replace(/_/g, '-')), word: ui.map.kinds[k] })), { kind: token('elsewhere'), word: ui.map.elsewhere }],
    claims: claims.map(({ label, claim }) => ({
      id: token(claim.id),
      label: token(label),
      paragraph: claim.anchor.paragraph,
      section: claim.anchor.section,
      gist: claim.gist ?? shorten(claim.paraphrase)
    })),
    relations: claims.flatMap(({ label, claim }) =>
      RELATIONS.flatMap((kind) =>
        claim.relations[kind]
          .filter((target) => labels.has(target) && once(claim.id, kind, target))
          .map((target) => ({ from: token(claim.id), to: token(target), kind: token(kind.replace(/_/g, '-')), sentence: ui.map.relation(label, kind, labels.get(target)!) }))
      )
    )
  }
}

/**
 * Whether a relation is drawn here for the first time: a target listed twice (which `check`
 * warns of) is one relation, and so is a contrast recorded on both claims ("A contrasts with
 * B" and "B contrasts with A"), drawn as one line with heads at both ends.
 */
function firstTime(): (from: string, kind: string, to: string) => boolean {
  const seen = new Set<string>()
  return (from, kind, to) => {
    const key = kind === 'contrasts_with' ? [from, to].sort().join('\n') : `${from}\n${to}`
    if (seen.has(`${kind}\n${key}`)) return false
    seen.add(`${kind}\n${key}`)
    return true
  }
}

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length <= GIST_WORDS ? words.join(' ') : `${words.slice(0, GIST_WORDS).join(' ').replace(/[,;:.]$/, '')}…`
}
