// A chunk of text cut into runs by the face that draws them: the main face (DejaVu), or
// a fallback face for a script it lacks (scripts.ts, fallback.ts).
//
// A chunk is what pdfkit lays out at once and what classpack measures at once: a piece of
// text up to and including a space or tab (fonts.ts `advance`). Measuring and drawing
// both cut a chunk here, so a text is drawn exactly as wide as it was measured.
import { fallbackFace, type FallbackFace, type Weight } from './fallback.js'
import { shapeRun } from './clusters.js'
import { facesFor, isNeutral, mayNeedFallback, scriptOf } from './scripts.js'

/** A run of a chunk in one face: `face` null for the main face. */
export interface FontRun {
  readonly text: string
  readonly face: FallbackFace | null
}

const cache: Record<Weight, Map<string, readonly FontRun[] | null>> = { regular: new Map(), bold: new Map() }
const CACHE_LIMIT = 50_000

/**
 * The runs of `chunk` by face, the fallback faces in `weight`; null when the main face
 * draws all of it (most text: nothing is read or shaped for it).
 */
export function fontRuns(chunk: string, weight: Weight): readonly FontRun[] | null {
  if (!mayNeedFallback(chunk)) return null
  const runs = cache[weight]
  let found = runs.get(chunk)
  if (found === undefined) {
    found = cut(chunk, charFaces(chunk, weight))
    if (runs.size >= CACHE_LIMIT) runs.clear()
    runs.set(chunk, found)
  }
  return found
}

/** Width of `run` in a fallback face, in thousandths of an em. */
export function runAdvance(face: FallbackFace, text: string): number {
  return (shapeRun(face, text).advanceWidth * 1000) / face.font.unitsPerEm
}

/**
 * The face of each character of `chunk` (by code point): a fallback face, or null for
 * the main face. A character of a script with a face goes to the first of its faces that
 * has it; a neutral one (space, punctuation, digit, mark) to the face of the character
 * before it, or failing that after it, if that face has it, so that a word's spaces and
 * marks are shaped with it; anything else to the main face.
 */
export function charFaces(chunk: string, weight: Weight): Array<FallbackFace | null> {
  const chars = [...chunk]
  const faces: Array<FallbackFace | null | undefined> = chars.map((char) => {
    const cp = char.codePointAt(0)!
    const script = scriptOf(cp)
    if (script !== null) {
      for (const name of facesFor(script, chunk)) {
        const face = fallbackFace(name, weight)
        if (face.font.hasGlyphForCodePoint(cp)) return face
      }
      return null
    }
    return isNeutral(char) ? undefined : null
  })
  const takes = (face: FallbackFace | null | undefined, char: string): face is FallbackFace =>
    face != null && (face.font.hasGlyphForCodePoint(char.codePointAt(0)!) || FORMAT.test(char))
  for (let i = 0; i < chars.length; i++) {
    if (faces[i] !== undefined) continue
    const char = chars[i]!
    const before = i > 0 ? faces[i - 1] : undefined
    let after: FallbackFace | null | undefined
    for (let j = i + 1; j < chars.length && after === undefined; j++) after = faces[j]
    faces[i] = takes(before, char) ? before : takes(after, char) ? after : null
  }
  return faces as Array<FallbackFace | null>
}

const FORMAT = /^\p{Cf}$/u

function cut(chunk: string, faces: ReadonlyArray<FallbackFace | null>): readonly FontRun[] | null {
  if (faces.every((face) => face === null)) return null
  const runs: FontRun[] = []
  let text = ''
  let face: FallbackFace | null | undefined
  let i = 0
  for (const char of chunk) {
    const f = faces[i++]!
    if (face !== undefined && f !== face) {
      runs.push({ text, face })
      text = ''
    }
    face = f
    text += char
  }
  if (face !== undefined) runs.push({ text, face })
  return runs
}
