// A segment of a line in drawing order: its pieces by face, right-to-left stretches
// reversed (Unicode Bidirectional Algorithm, bidi-js), each piece as wide as it was
// measured.
//
// Documents are left to right; a name in Arabic or Hebrew inside one is a right-to-left
// stretch, whose words go from right to left. Text comes in logical order (as written),
// is cut into space-terminated chunks and runs by face exactly as it was measured
// (itemize.ts), and the runs are put in visual order by their embedding levels (rule L2):
// a right-to-left run's glyphs come from shaping already in visual order.
import { createRequire } from 'node:module'
import { shapeRun, type ShapedRun } from './clusters.js'
import type { FallbackFace, Weight } from './fallback.js'
import { fontRuns } from './itemize.js'
import { mayNeedFallback } from './scripts.js'

/** A piece of a segment in one face and direction: the main face's text, or a fallback face's shaped runs. */
export interface Piece {
  readonly text: string
  readonly face: FallbackFace | null
  /** For a fallback face: the piece shaped, run by run, in visual order. */
  readonly runs: readonly ShapedRun[]
  readonly level: number
}

// bidi-js is a UMD script whose typings declare an ES default export; loaded as what it is.
type BidiFactory = typeof import('bidi-js').default
const require = createRequire(import.meta.url)
let bidi: ReturnType<BidiFactory> | undefined

/** Logical pieces of one chunk: runs by face, split where the embedding level changes. */
interface Logical {
  text: string
  face: FallbackFace | null
  level: number
}

/**
 * The pieces of `text` (one segment of a line, in one style whose fallback faces are
 * `weight`'s) left to right; null when the main face draws all of it.
 */
export function visualSegment(text: string, weight: Weight): Piece[] | null {
  if (!mayNeedFallback(text)) return null
  const chunks = text.split(/(?<=[ \t])/)
  const runs = chunks.map((chunk) => fontRuns(chunk, weight) ?? [{ text: chunk, face: null }])
  if (runs.every((r) => r.every((run) => run.face === null))) return null
  bidi ??= (require('bidi-js') as BidiFactory)()
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr')
  const logical: Logical[] = []
  let at = 0
  for (const chunk of runs) {
    for (const run of chunk) {
      // Split where the level changes (digits in a right-to-left name, a trailing space).
      let start = 0
      for (let i = 1; i <= run.text.length; i++) {
        if (i === run.text.length || levels[at + i] !== levels[at + start]) {
          // Never split a surrogate pair.
          if (i < run.text.length && isLowSurrogate(run.text.charCodeAt(i))) continue
          logical.push({ text: run.text.slice(start, i), face: run.face, level: levels[at + start] ?? 0 })
          start = i
        }
      }
      at += run.text.length
    }
  }
  const visual = reorder(logical)
  // Neighbours in one fallback face are drawn as one piece (one text object).
  const pieces: Piece[] = []
  for (const p of visual) {
    const shaped = p.face === null ? null : shapeRun(p.face, p.text)
    const last = pieces[pieces.length - 1]
    if (shaped !== null && last !== undefined && last.face === p.face) {
      pieces[pieces.length - 1] = { text: last.text + p.text, face: p.face, runs: [...last.runs, shaped], level: last.level }
    } else pieces.push({ text: p.text, face: p.face, runs: shaped === null ? [] : [shaped], level: p.level })
  }
  return pieces
}

/** Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or higher. */
function reorder(pieces: readonly Logical[]): Logical[] {
  const out = [...pieces]
  let highest = 0
  let lowestOdd = Infinity
  for (const p of out) {
    highest = Math.max(highest, p.level)
    if (p.level % 2 === 1) lowestOdd = Math.min(lowestOdd, p.level)
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < out.length; ) {
      if (out[i]!.level < level) {
        i++
        continue
      }
      let j = i
      while (j < out.length && out[j]!.level >= level) j++
      const reversed = out.slice(i, j).reverse()
      out.splice(i, j - i, ...reversed)
      i = j
    }
  }
  return out
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
