// Paragraphs reworded since paragraphs.lock recorded them, said where claims rest on them.
// A publisher's update can keep every quote anchoring and every ¶ right while the words
// around a quote change: a figure ("63 Euro" → "65 Euro"), a hedge dropped ("Perhaps the
// key reason" → "The key reason"), a speaker renamed. The claims' kinds, hedges and notes,
// and the items on them, were written against the old words, and nothing else would say so.
// One warning per such paragraph, at it, with the words that changed; `check --renumber`
// records the article as it is, which ends it. Splits and merges are the renumbering's to
// report (renumber.ts), and a claim whose quote no longer anchors has its own error. Pure.
import type { VFile } from 'vfile'
import type { Article } from '../article/model.js'
import { normalize } from '../article/normalize.js'
import { invisibleName } from '../claims/anchor.js'
import type { Anchor } from '../claims/model.js'
import { andList, code, warn } from '../messages.js'
import { figureIn, textsOf, thePart } from '../lint/items.js'
import type { QuestionBank } from '../questions/model.js'
import { type Alignment, lcs } from './align.js'
import { LOCK_FILE } from './lock.js'

export interface ChangedInput {
  alignment: Alignment
  /** The paragraphs' texts as paragraphs.lock recorded them. */
  record: readonly string[]
  article: Article
  articleFile: VFile
  /** Where each claim that anchors stands now. */
  anchors: ReadonlyMap<string, Anchor>
  bank?: QuestionBank
}

/** Changed stretches shown in a message, at most; the rest are counted. */
const SHOWN = 2
/** Words of a changed stretch shown, at most, on either side of the arrow. */
const WORDS = 8
/** Figures an item still prints that its paragraph no longer gives, named at most; the rest are counted. */
const SHOWN_FIGURES = 4

/** The figures of a text as written ("2", "6.4", "1,250"). */
const figures = (text: string): Set<string> => new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? [])

/** Warn at each paragraph reworded since the record that a claim anchors in. */
export function reportChangedParagraphs({ alignment, record, article, articleFile, anchors, bank }: ChangedInput): void {
  const { oldTo, newFrom, changed } = alignment
  for (const n of [...changed].sort((a, b) => a - b)) {
    const to = oldTo[n - 1]
    // Reworded in place of itself: one paragraph then, one now.
    if (to?.length !== 1 || newFrom[to[0]! - 1]?.length !== 1) continue
    const p = to[0]!
    const paragraph = article.paragraphs[p - 1]
    if (!paragraph) continue
    const claims = [...anchors].filter(([, anchor]) => anchor.paragraph === p).map(([id]) => id)
    if (claims.length === 0) continue
    const resting = new Set(claims)
    const items = bank ? [...bank.quiz, ...bank.discussion].filter((q) => q.claims.some((id) => resting.has(id))).map((q) => code(q.id)) : []
    const named = claims.map((id) => code(id))
    const rest = `${claims.length === 1 ? `claim ${named[0]} rests` : `claims ${andList(named)} rest`} on it${items.length ? `, and ${items.length === 1 ? 'question' : 'questions'} ${andList(items)} on ${claims.length === 1 ? 'it' : 'them'}` : ''}`
    // A figure the paragraph no longer gives, that an item on it still prints: the date the
    // publisher moved ("2 October" → "9 October") stayed the key of q-vote-date, and once the
    // claim's quote was mended and --renumber run, nothing said so.
    const given = figures(paragraph.text)
    const gone = [...figures(record[n - 1]!)].filter((f) => !given.has(f))
    const stale = gone.length && bank ? bank.quiz.filter((q) => q.claims.some((id) => resting.has(id))).flatMap((q) => textsOf(q).flatMap((t) => gone.filter((f) => figureIn(t.text, f) !== undefined).map((f) => `${code(f)} in ${thePart(t.what)} of ${code(q.id)}`))) : []
    const shown = stale.length > SHOWN_FIGURES ? [...stale.slice(0, SHOWN_FIGURES), `${stale.length - SHOWN_FIGURES} more`] : stale
    const figure = stale.length ? `; ${andList(shown)} ${stale.length === 1 ? 'is a figure' : 'are figures'} ¶${p} no longer gives` : ''
    warn(
      articleFile,
      `Unexpected change to ¶${p} since ${LOCK_FILE} (${describeEdits(record[n - 1]!, paragraph.text)}), expected the words its claims were curated against: ${rest}${figure}; read them against ¶${p} now (a figure, a hedge or a speaker may have changed), then run \`classpack check --renumber\` to record the article as it is`,
      paragraph.place,
      'article-changed'
    )
  }
}

/** The words that changed from `before` to `after`, as “old” → “new”, the first few. */
export function describeEdits(before: string, after: string): string {
  const a = before.split(/\s+/).filter(Boolean)
  const b = after.split(/\s+/).filter(Boolean)
  // Compared as quotes are matched: typography alone (’ for ', – for -) is no change.
  const key = (word: string): string => normalize(word).text
  const ka = a.map(key)
  const kb = b.map(key)
  const spans = diffSpans(ka, kb)
  const shown = spans.slice(0, SHOWN).map(([i0, i1, j0, j1]) => {
    // A pure insertion or deletion is shown with the word before it, so it can be found; at
    // the paragraph's start, with the word after it (a sentence moved to the start of another
    // paragraph showed as “” → “Trump has learned…”).
    const pure = i0 === i1 || j0 === j1
    const before = pure && i0 > 0 ? 1 : 0
    const after = pure && i0 === 0 && i1 < a.length ? 1 : 0
    const words = (list: readonly string[], from: number, to: number): string => {
      const taken = list.slice(from - before, to + after)
      return taken.length > WORDS ? `${taken.slice(0, WORDS).join(' ')} …` : taken.join(' ')
    }
    const [was, now] = [words(a, i0, i1), words(b, j0, j1)]
    // Words that differ by a character that does not print look the same on both sides (a soft
    // hyphen pasted in with the publisher's copy showed “indefinite” → “inde­finite”): named.
    const format = /\p{Cf}/gu
    const added = [...now].find((c) => /\p{Cf}/u.test(c) && !was.includes(c))
    const removed = [...was].find((c) => /\p{Cf}/u.test(c) && !now.includes(c))
    const invisible = was.replace(format, '') !== now.replace(format, '') ? '' : added ? ` [an invisible ${invisibleName(added)}, added]` : removed ? ` [an invisible ${invisibleName(removed)}, removed]` : ''
    return `“${was}” → “${now}”${invisible}`
  })
  const more = spans.length - shown.length
  return more > 0 ? `${shown.join(', ')} and ${more} more change${more === 1 ? '' : 's'}` : shown.join(', ')
}

/** Stretches `[i0, i1, j0, j1]` where `a[i0..i1)` became `b[j0..j1)`: the gaps between the words a longest common subsequence keeps. */
function diffSpans(a: readonly string[], b: readonly string[]): Array<[number, number, number, number]> {
  const spans: Array<[number, number, number, number]> = []
  let [i, j] = [0, 0]
  for (const [ki, kj] of [...lcs(a, b), [a.length, b.length] as const]) {
    if (ki > i || kj > j) spans.push([i, ki, j, kj])
    ;[i, j] = [ki + 1, kj + 1]
  }
  return spans
}

/**
 * The paragraph of the record (its number there) that held `quote`, when the article no
 * longer has that paragraph: deleted, not reworded, split or merged (those map to paragraphs
 * now, where the closest passage is the right one to show). Undefined otherwise, and when the
 * record holds the words more than once. For a claim whose quote no longer anchors, so its
 * error says the paragraph was cut rather than offer some other paragraph as the closest.
 * `closest`, the paragraph now most like the quote: when that one is new to the record, the
 * paragraph was more likely moved and reworded at once (the record cannot pair those), and
 * undefined leaves the closest passage to be shown.
 */
export function cutParagraphOf(record: readonly string[], alignment: Alignment): (quote: string, closest?: number) => number | undefined {
  const texts = record.map((text) => normalize(text).text)
  return (quote, closest) => {
    const needle = normalize(quote).text
    if (needle === '') return undefined
    if (closest !== undefined && alignment.newFrom[closest - 1]?.length === 0) return undefined
    const holding = texts.flatMap((text, i) => (text.includes(needle) ? [i + 1] : []))
    return holding.length === 1 && alignment.oldTo[holding[0]! - 1]?.length === 0 ? holding[0] : undefined
  }
}
