// Shaping kept between builds. A rebuild after one student's name changed renders that
// quiz alone, in a fresh process: fontkit shaped every word of it afresh there, decoding
// its GSUB and GPOS lookups as it went (about 100 ms, a sixth of the rebuild). The shaping
// of a chunk of text depends on the face and the text alone (glyphs.ts: as a freshly parsed
// font shapes it), so each face's shaped chunks are kept in the build's document cache
// (write/cache.ts, whose keys hold classpack's code, fontkit and the fonts as installed)
// and handed to the face when it is first parsed; only text new to the cache is shaped.
//
// This module does not load fontkit: the pack's renderer names the store before any PDF
// is rendered and asks for what to keep after the last (pack/render.ts); fonts.ts reads
// and reports through it.
import type { Shaped } from './glyphs.js'

/** Where kept shaping is read and written: the build's document cache. */
export interface ShapingStore {
  get(key: string, file: false): Uint8Array | undefined
  put(key: string, bytes: Uint8Array): void
}

/** Each face's shaped chunks that fonts.ts offers to keep (those worth writing again: fonts.ts). */
type Collect = () => Iterable<readonly [face: string, runs: Iterable<readonly [string, Shaped]>]>

/** Chunks kept per face at most: the demo pack, every document, has about 4,000 in its regular face. */
export const KEPT_RUNS = 20_000
const FORMAT = 'shaping 1'
/** Glyphs in a chunk kept at most. */
const LONGEST = 40

let store: ShapingStore | undefined
let collect: Collect | undefined

/** Read and keep shaping through `next` (undefined: neither): the build's cache, for the rest of its rendering. */
export function useShapingStore(next: ShapingStore | undefined): void {
  store = next
}

/** fonts.ts: how to find the chunks to keep. */
export function collectShapingWith(next: Collect): void {
  collect = next
}

const keyOf = (face: string): string => `${FORMAT} ${face}`

/** A face's chunks kept by earlier builds, each decoded when first asked for. */
export interface KeptShaping {
  get(text: string): Shaped | undefined
  /** Every chunk kept, decoded. */
  entries(): Iterable<readonly [string, Shaped]>
  readonly size: number
}

const NONE: KeptShaping = { get: () => undefined, entries: () => [], size: 0 }

/** The chunks kept for `face` by earlier builds (none when there are none, or they cannot be read). */
export function keptShaping(face: string): KeptShaping {
  const bytes = store?.get(keyOf(face), false)
  return bytes === undefined ? NONE : (decodeRuns(bytes) ?? NONE)
}

/** Keep the chunks fonts.ts offers. */
export function keepShaping(): void {
  if (store === undefined || collect === undefined) return
  for (const [face, runs] of collect()) store.put(keyOf(face), encodeRuns(runs))
}

// The format: "CPS1", the number of chunks and the byte length of their texts (a JSON
// array), the texts, then 32-bit integers: where each chunk's numbers start, and each
// chunk's numbers. A chunk's numbers: its glyph count, whether any glyph moves off its
// line (then each glyph has all four position values, else its x advance alone), the
// run's advance width, per glyph its id, advance width and position, then its glyph
// requests: their count, and per request the id, the count of its code points and them.
// A texts' index is read first; a chunk's numbers only when it is asked for.
const MAGIC = 0x31535043 // "CPS1", little-endian

/** Whether `n` is kept exactly as a 32-bit integer (-0 is not). */
const exact = (n: number): boolean => Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff && !Object.is(n, -0)

/** `runs` in the format above, the last KEPT_RUNS of them; a chunk any of whose numbers is no 32-bit integer is left out (it is shaped afresh). */
export function encodeRuns(runs: Iterable<readonly [string, Shaped]>): Uint8Array {
  const all = [...runs]
  const texts: string[] = []
  const numbers: number[] = []
  const starts: number[] = []
  for (const [text, run] of all.slice(Math.max(0, all.length - KEPT_RUNS))) {
    // A word too long for a line (a URL) is measured at many of its beginnings as it is
    // broken: long chunks seldom met again, each shaped in a moment once the face's tables are read.
    if (run.glyphs.length > LONGEST) continue
    const start = numbers.length
    const offLine = run.positions.some((p) => p.yAdvance !== 0 || p.xOffset !== 0 || p.yOffset !== 0)
    numbers.push(run.glyphs.length, offLine ? 1 : 0, run.advanceWidth)
    run.glyphs.forEach((glyph, i) => {
      const p = run.positions[i]!
      numbers.push(glyph.id, glyph.advanceWidth, p.xAdvance)
      if (offLine) numbers.push(p.yAdvance, p.xOffset, p.yOffset)
    })
    numbers.push(run.requests.length)
    for (const [id, codePoints] of run.requests) numbers.push(id, codePoints.length, ...codePoints)
    if (run.glyphs.length !== run.positions.length || !numbers.slice(start).every(exact)) {
      numbers.length = start
      continue
    }
    texts.push(text)
    starts.push(start)
  }
  const json = new TextEncoder().encode(JSON.stringify(texts))
  const head = 12 + json.byteLength
  const at = head + ((4 - (head % 4)) % 4)
  const bytes = new Uint8Array(at + 4 * (starts.length + numbers.length))
  const view = new DataView(bytes.buffer)
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, texts.length, true)
  view.setUint32(8, json.byteLength, true)
  bytes.set(json, 12)
  const ints = new Int32Array(bytes.buffer, at, starts.length + numbers.length)
  ints.set(starts.map((s) => s + starts.length))
  ints.set(numbers, starts.length)
  return bytes
}

/** The chunks `encodeRuns` wrote, or null for bytes it did not write. */
export function decodeRuns(bytes: Uint8Array): KeptShaping | null {
  if (bytes.byteLength < 12) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = view.getUint32(4, true)
  const length = view.getUint32(8, true)
  if (view.getUint32(0, true) !== MAGIC || 12 + length > bytes.byteLength) return null
  let texts: unknown
  try {
    texts = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)))
  } catch {
    return null
  }
  const head = 12 + length
  const at = head + ((4 - (head % 4)) % 4)
  if (!Array.isArray(texts) || texts.length !== count || (bytes.byteLength - at) % 4 !== 0) return null
  // Copied once, so the integers are aligned whatever the buffer they came in (not by
  // `slice`, which on a Node Buffer copies nothing).
  const aligned = new Uint8Array(bytes.byteLength - at)
  aligned.set(bytes.subarray(at))
  const ints = new Int32Array(aligned.buffer)
  const index = new Map<string, number>()
  texts.forEach((text, i) => typeof text === 'string' && index.set(text, i))
  const decode = (i: number): Shaped | undefined => {
    let k = ints[i]
    if (k === undefined || k < count || k >= ints.length) return undefined
    const glyphCount = ints[k++]!
    const offLine = ints[k++] === 1
    const advanceWidth = ints[k++]!
    // Counts that run past the end are damage: nothing is made of them.
    if (glyphCount < 0 || k + glyphCount * (offLine ? 6 : 3) >= ints.length) return undefined
    const glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }> = []
    const positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }> = []
    for (let g = 0; g < glyphCount; g++) {
      glyphs.push({ id: ints[k++]!, advanceWidth: ints[k++]!, codePoints: [] })
      const xAdvance = ints[k++]!
      positions.push(offLine ? { xAdvance, yAdvance: ints[k++]!, xOffset: ints[k++]!, yOffset: ints[k++]! } : { xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 })
    }
    const requests: Array<readonly [number, number[]]> = []
    const requestCount = ints[k++]!
    if (requestCount < 0 || k + 2 * requestCount > ints.length) return undefined
    for (let r = 0; r < requestCount; r++) {
      const id = ints[k++]!
      const n = ints[k++]!
      if (n < 0 || k + n > ints.length) return undefined
      requests.push([id, Array.from(ints.subarray(k, (k += n)))])
    }
    for (const glyph of glyphs) glyph.codePoints = requests.find(([id]) => id === glyph.id)?.[1] ?? []
    return { glyphs, positions, advanceWidth, requests }
  }
  return {
    size: index.size,
    get(text) {
      const i = index.get(text)
      return i === undefined ? undefined : decode(i)
    },
    *entries() {
      for (const [text, i] of index) {
        const run = decode(i)
        if (run !== undefined) yield [text, run] as const
      }
    }
  }
}
