// Hedges: which of these passages are hedged? A multiple-select item for each hedged
// claim: its passage and a few other hedged ones are keys, passages of unhedged claims
// the distractors, in reading order. A passage shows the hedge it is keyed by (the
// claim's quote, or the sentences it touches when the hedge stands beside the quote),
// and an unhedged passage that uses a common hedging word is never made a distractor.
import type { AnchoredClaim } from '../claims/model.js'
import { makeItem, pick, quoted } from './common.js'
import { fairSeveral, keysEchoStem } from './fair.js'
import type { GeneratedItem, GenerateInput, Generator } from './model.js'
import { generatedId } from './names.js'
import { multiple } from '../types/multiple.js'
import { single } from '../types/single.js'
import { plain as plainText, wholeWordAt } from '../lint/text.js'
import { approximates } from './contrast.js'

/** Words that hedge in most contexts: a passage using one is never offered as unhedged. */
const HEDGING = ['perhaps', 'maybe', 'may', 'might', 'could', 'likely', 'probably', 'possibly', 'presumably', 'apparently', 'arguably', 'seems', 'seem', 'appears', 'suggests', 'partly', 'reportedly', 'allegedly', 'alleged', 'supposedly', 'supposed', 'conceivably', 'potentially']

/** Longest passage shown whole, in words; longer ones show a window of WINDOW words (more, up to LONGEST, to show a hedge and AFTER words after it). */
const LONGEST = 24
const WINDOW = 18
const AFTER = 3
/** Draws of other passages tried for an item before it is left out. */
const TRIES = 24

export const hedges: Generator = {
  name: 'hedges',
  asks: 'which passages are hedged (multiple select)',
  items(input, next) {
    const words = [...HEDGING, ...input.claims.flatMap((c) => c.hedges)].map(plainText)
    const shown = new Map<string, Passage>()
    for (const claim of input.claims) {
      const passage = claim.hedges.length ? hedgedPassage(input, claim) : plainPassage(claim, words)
      if (passage) shown.set(claim.id, passage)
    }
    const hedged = input.claims.filter((c) => c.hedges.length && shown.has(c.id))
    const plain = input.claims.filter((c) => !c.hedges.length && shown.has(c.id))
    const items: GeneratedItem[] = []
    for (const claim of hedged) {
      const id = generatedId('hedges', claim.id)
      const random = next(id)
      const chosen = fairChoice(claim, hedged, plain, shown, random)
      if (!chosen) continue
      // One key drawn: a single-choice item, not a multiple-select one with one key (students
      // told to tick every right option look for a second, and each wrong tick costs points).
      const one = chosen.filter((c) => c.hedges.length > 0).length === 1
      items.push(
        makeItem({
          id,
          generated: 'hedges',
          type: one ? single.name : multiple.name,
          stem: stemOf(one),
          claims: [claim.id, ...chosen.filter((c) => c !== claim).map((c) => c.id)],
          difficulty: 'medium',
          bloom: 'analyse',
          points: one ? 1 : 2,
          tag: 'hedging',
          options: chosen.map((c) => {
            const passage = shown.get(c.id)!
            return {
              text: optionText(c, passage),
              correct: c.hedges.length > 0,
              feedback: c.hedges.length ? `${passage.hedges.map((h) => `“${h}”`).join(' and ')} ${passage.hedges.length > 1 ? 'put' : 'puts'} the claim tentatively.` : 'The passage puts its claim without a hedge.',
              ...(c === claim ? {} : { claim: c.id })
            }
          })
        })
      )
    }
    return items
  }
}

/**
 * The question, for one key or several. It names no hedging word: the words it gave as
 * examples ("such as perhaps, may or likely") stood in keys and in no distractor, which is
 * just what a distractor may not hold, and students matched them.
 */
const stemOf = (one: boolean): string => `Which ${one ? 'one of these passages does' : 'of these passages does'} the article hedge, putting its claim tentatively?`

/**
 * The claim's passage, up to two other hedged ones (keys) and unhedged ones (distractors),
 * in reading order, drawn until the options are fair (fair.ts): about as long as each other,
 * keys no longer than the distractors, no form that only the keys share. Between one and
 * three keys, so the number of right answers varies from item to item (one makes the item
 * single-choice; fewer keys are drawn fair far more often, so requiring two or more left most
 * articles without a hedges item). Undefined when no draw is fair.
 */
function fairChoice(claim: AnchoredClaim, hedged: readonly AnchoredClaim[], plain: readonly AnchoredClaim[], shown: ReadonlyMap<string, Passage>, random: () => number): AnchoredClaim[] | undefined {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const extra = pick([hedged.filter((c) => c !== claim)], Math.floor(random() * 3), random)
    const distractors = pick([plain], Math.max(2, 4 - extra.length), random)
    if (distractors.length === 0) return undefined
    // One key beside one distractor is a single-choice item of two options, a coin toss (lake-ice
    // has one unhedged passage to offer): drawn again, with other keys beside it.
    if (extra.length === 0 && distractors.length < 2) continue
    const chosen = [claim, ...extra, ...distractors].sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start)
    const options = chosen.map((c) => ({ text: optionText(c, shown.get(c.id)!), correct: c.hedges.length > 0 }))
    if (fairSeveral(options) && !keysEchoStem(stemOf(chosen.filter((c) => c.hedges.length).length === 1), options)) return chosen
  }
  return undefined
}

/** A passage as an option: its ¶, then the article's words in quotation marks, without a closing full stop (so no option ends differently). */
function optionText(claim: AnchoredClaim, passage: Passage): string {
  return `¶${claim.anchor.paragraph}: ${quoted(passage.text.replace(/[.!?]+$/, ''))}`
}

interface Passage {
  text: string
  /** The claim's hedges as the passage writes them. */
  hedges: string[]
}

/** The claim's words with its hedges in view: the quote, else the sentences it touches; none when the hedge is elsewhere. */
function hedgedPassage(input: GenerateInput, claim: AnchoredClaim): Passage | undefined {
  const paragraph = input.article.paragraphs[claim.anchor.paragraph - 1]!
  const sentences = paragraph.sentences.filter((s) => claim.anchor.sentences.includes(s.n))
  for (const text of [claim.anchor.text, paragraph.text.slice(sentences[0]?.start ?? 0, sentences[sentences.length - 1]?.end ?? paragraph.text.length)]) {
    const found = claim.hedges.map((h) => ({ h, at: wordAt(text, h) })).filter((x) => x.at >= 0)
    const shown = found.length ? window(text.trim(), Math.min(...found.map((x) => x.at))) : undefined
    // The feedback names the hedges the option shows, not those the window cut off.
    if (shown !== undefined) return { text: shown, hedges: found.map((x) => x.h).filter((h) => wordAt(shown, h) >= 0) }
  }
  return undefined
}

/**
 * An unhedged claim's quote, unless it uses a hedging word the metadata does not record, or
 * puts a figure approximately ("the coastal city of roughly 280,000 people"): its feedback,
 * "puts its claim without a hedge", would mark wrong a student who ticked the approximation
 * that a markers item calls a hedge.
 */
function plainPassage(claim: AnchoredClaim, hedgingWords: readonly string[]): Passage | undefined {
  const text = claim.anchor.text.trim()
  if (hedgingWords.some((w) => wordAt(text, w) >= 0) || approximates(text)) return undefined
  return { text: window(text, 0)!, hedges: [] }
}

/** Where `word` stands in `text` as whole words (case, white space and quote style aside), as a count of the words before it, or -1. */
function wordAt(text: string, word: string): number {
  // Normalized and lower-cased once per text (plainText caches: every quote meets every hedging word).
  const haystack = plainText(text)
  const at = wholeWordAt(haystack, plainText(word))
  if (at < 0) return -1
  // The normalized text keeps the words in order: count words before the match.
  return haystack.slice(0, at).split(/\s+/).filter(Boolean).length
}

/**
 * `text` whole when short, else its first WINDOW words (more, up to LONGEST, to show word `at`
 * and AFTER words after it), the cut end marked "…"; undefined when word `at` stands later. A
 * window never starts inside the passage: an unhedged passage is shown from its start, and a
 * hedged one cut before its hedge was the one option opening with "…", a cue to the key.
 */
function window(text: string, at: number): string | undefined {
  const words = text.split(/\s+/)
  if (words.length <= LONGEST) return text
  const end = Math.min(words.length, Math.max(WINDOW, at + 1 + AFTER))
  if (end > LONGEST) return undefined
  // Cut after a sentence's full stop or a comma, the mark goes: "today’s cut.…" read as a typo.
  const shown = words.slice(0, end).join(' ')
  return end < words.length ? `${shown.replace(/(?<=\p{L}{2}|\p{N}|[”"’)])[.,;:]$/u, '')}…` : shown
}
