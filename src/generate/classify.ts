// Classify: a matching item of claims and the kinds of claim they make. Premises are claims
// of different kinds in the article's own words (a window of a long quote), in reading
// order; responses are the five kinds, so at least one is left over. Each pair rests on its
// claim, and its reason says what the claim does.
import { KINDS, type AnchoredClaim, type Kind } from '../claims/model.js'
import { matching, type MatchingItem } from '../types/matching.js'
import { pick, quoted } from './common.js'
import type { GeneratedItem, Generator } from './model.js'
import { generatedId } from './names.js'
import { KIND_WORDS } from './words.js'

/** Claims matched in one item, and the fewest worth an item. */
const MOST = 4
const FEWEST = 3
/** A quote longer than this many words is shown by its first words. */
const WINDOW = 14

export const classify: Generator = {
  name: 'classify',
  asks: 'what kind of claim each of several claims makes (matching claims to kinds)',
  items(input, next) {
    // Claims in groups of distinct kinds, in reading order; each claim in one group at most.
    const left = [...input.claims]
    const items: GeneratedItem[] = []
    while (left.length > 0) {
      const first = left[0]!
      const random = next(generatedId('classify', first.id))
      const byKind = new Map<Kind, AnchoredClaim[]>()
      for (const c of left) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c])
      if (byKind.size < FEWEST) break
      // The first claim left always, then one claim of each of other kinds, drawn from the seed.
      const kinds = pick([[...byKind.keys()].filter((k) => k !== first.kind)], MOST - 1, random)
      const group = [first, ...kinds.map((k) => pick([byKind.get(k)!], 1, random)[0]!)].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start)
      items.push(classifyItem(group))
      for (const c of group) left.splice(left.indexOf(c), 1)
    }
    return items
  }
}

/**
 * Words that often carry a claim's kind: its modal or causal verb, its "should". A long
 * quote is shown from a few words before the first of them (or of the claim's own hedges
 * and boosters) when its first words would leave it out: "Dr. Priya Raman, a pulmonologist
 * at Millbrook General Hospital, told the council that the …" hid the "may aggravate" that
 * makes the claim causal.
 */
const KIND_CUE = /^(?:should|must|ought|need|needs|will|would|could|can|may|might|because|cause|causes|caused|leads?|led|so|therefore|expects?|expected|likely|probably|perhaps)$/i
/**
 * The cues that carry each kind, and whether the claim's own hedges and boosters count as
 * cues too. A word that carries another kind does not move the window: "The decision ends a
 * three-year debate over how the coastal city … should prepare for longer droughts" (a fact)
 * was shown as "… how the coastal city … should prepare for longer droughts", a premise that
 * reads as normative beside the key "empirical"; "Heat … has to pass through the ice before it
 * can escape …, and the thicker the ice, the slower that happens" was cut to "… the ice before
 * it can escape into the cold air, and the thicker the …". A fact or a reading of someone's
 * mind is shown from its start, where its subject and verb stand; the hedge of a prediction, a
 * cause or a recommendation ("may aggravate", "any school could adopt") is part of how it is put.
 */
const CUES: Record<Kind, { cue: RegExp | undefined; own: boolean }> = {
  empirical: { cue: undefined, own: false },
  interpretive: { cue: undefined, own: false },
  normative: { cue: /^(?:should|must|ought|need|needs)$/i, own: true },
  predictive: { cue: /^(?:will|would|could|can|may|might|expects?|expected|likely|probably|perhaps)$/i, own: true },
  causal: { cue: /^(?:because|cause|causes|caused|leads?|led|so|therefore)$/i, own: true }
}
/** Words shown before the cue, for its context. */
const LEAD = 4

/**
 * A claim shown by its words: whole, or a window of them with an ellipsis where it is cut.
 * The words as the teacher quotes them: with a `[sic]` the quote puts after the article's slip.
 * Without a kind, any word that often carries one is a cue.
 */
export function shown(claim: Pick<AnchoredClaim, 'anchor' | 'hedges' | 'boosters'> & { kind?: Kind }): string {
  // Split at white space but the no-break space that holds a [sic] to its word.
  const words = (claim.anchor.shown ?? claim.anchor.text).trim().split(/[^\S\u00a0]+/u)
  if (words.length <= WINDOW) return `¶${claim.anchor.paragraph}: ${quoted(words.join(' '))}`
  const { cue: kindCue, own: ownCount } = claim.kind === undefined ? { cue: KIND_CUE, own: true } : CUES[claim.kind]
  const own = new Set(ownCount ? [...claim.hedges, ...claim.boosters].flatMap((h) => h.toLowerCase().split(/\s+/)) : [])
  const bare = (word: string): string => word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  const cue = words.findIndex((w) => kindCue?.test(bare(w)) === true || own.has(bare(w)))
  // From the start where the cue is among the first words; else from a few words before it.
  const from = cue < 0 || cue < WINDOW - 2 ? 0 : Math.min(cue - LEAD, words.length - WINDOW)
  const window = words.slice(from, from + WINDOW).join(' ').replace(/[,;:.]+$/, '')
  const text = `${from > 0 ? '… ' : ''}${window}${from + WINDOW < words.length ? ' …' : ''}`
  return `¶${claim.anchor.paragraph}: ${quoted(text)}`
}

function classifyItem(group: readonly AnchoredClaim[]): GeneratedItem {
  const item: MatchingItem & { generated: 'classify' } = {
    id: generatedId('classify', group[0]!.id),
    generated: 'classify',
    type: matching.name,
    stem: 'Match each passage of the article to the kind of claim it makes. One kind or more is left over.',
    claims: group.map((c) => c.id),
    difficulty: 'hard',
    bloom: 'analyse',
    points: group.length,
    tags: ['kind'],
    excludes: [],
    pairs: group.map((c) => ({ premise: shown(c), response: KIND_WORDS[c.kind].option, claim: c.id, feedback: `It ${KIND_WORDS[c.kind].does}.` })),
    // The kinds no premise has, in their usual order.
    distractors: KINDS.filter((k) => !group.some((c) => c.kind === k)).map((k) => KIND_WORDS[k].option)
  }
  return item
}
