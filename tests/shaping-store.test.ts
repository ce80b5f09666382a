// Shaping kept between builds (src/render/pdf/shaping-store.ts): each face's shaped chunks
// go into the build's cache and seed the face in the next build's process, so a rebuild
// after a name changed shapes the name alone. What must hold: a kept chunk reads back as
// exactly the shaping fontkit gives; a rebuild seeded from it writes the bytes of a build
// from nothing; it shapes so little that it writes nothing back; damaged kept bytes
// cost only time. No timing here: `npm run bench` times the rebuild.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { freshShaping, type Shaped } from '../src/render/pdf/glyphs.js'
import { font } from '../src/render/pdf/fonts.js'
import { decodeRuns, encodeRuns, KEPT_RUNS } from '../src/render/pdf/shaping-store.js'
import { CACHE_FOLDER } from '../src/write/cache.js'
import { formatMessages } from '../src/index.js'
import { TINY, tempDir } from './helpers/fixtures.js'
import { packFiles } from './helpers/pack.js'

/** Chunks as pdfkit lays text out: space-terminated pieces. */
const CORPUS = [
  'AVATAR Typography, café naïve façade — “quoted” ‘words’ … 12½% 1,234.56',
  'Дмитрий Шостакович, Ελληνικά γράμματα, Łódź Świętokrzyskie Ørsted Ærø',
  // Combining marks, which DejaVu positions with GPOS mark attachment (offsets off the line).
  'e\u0301 a\u0308 o\u0302\u0323 n\u0303 Ǻ Ṩ',
  'Seán Ó Súilleabháin, Zoë Ng, Anna-Lena, O’Brien, x² H₂O ﬁ ﬂ',
  'https://www.example.com/a/very/long/path/that/is/one/word/with/no/spaces/at/all'
].flatMap((line) => line.split(/(?<= )/))

/** Each chunk of CORPUS as a freshly parsed `face` shapes it. */
function shapings(face: 'regular' | 'bold' | 'oblique'): Map<string, Shaped> {
  const fresh = freshShaping(font(face))
  return new Map(CORPUS.map((text) => [text, fresh(text)]))
}

/** A Shaped as plain data: what the drawing code reads of it. */
const plain = (run: Shaped) => ({
  glyphs: run.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth })),
  positions: run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset })),
  advanceWidth: run.advanceWidth,
  requests: run.requests.map(([id, codePoints]) => [id, [...codePoints]])
})

describe('kept shaping', () => {
  it('reads back as the shaping fontkit gives, glyph for glyph, offsets and requests too', () => {
    for (const face of ['regular', 'bold', 'oblique'] as const) {
      const runs = shapings(face)
      const kept = decodeRuns(encodeRuns(runs))!
      let offLine = 0
      for (const [text, run] of runs) {
        if (run.glyphs.length > 40) {
          // Too long to keep (a URL measured at each of its beginnings): shaped afresh.
          expect(kept.get(text)).toBeUndefined()
          continue
        }
        expect(plain(kept.get(text)!), text).toEqual(plain(run))
        // Each glyph answers with the code points of its first request, as fontkit's do.
        for (const glyph of kept.get(text)!.glyphs) expect(glyph.codePoints).toEqual(run.requests.find(([id]) => id === glyph.id)![1])
        if (run.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0)) offLine++
      }
      // The corpus reaches the glyphs set off the line, not only the plain path.
      expect(offLine).toBeGreaterThan(0)
      expect(kept.size).toBe([...runs.values()].filter((r) => r.glyphs.length <= 40).length)
      expect([...kept.entries()].map(([text]) => text)).toEqual([...runs.keys()].filter((t) => runs.get(t)!.glyphs.length <= 40))
    }
  })

  it('leaves out what it could not read back exactly, and keeps the last chunks when there are too many', () => {
    const run = (x: number): Shaped => ({ glyphs: [{ id: 5, advanceWidth: 600, codePoints: [65] }], positions: [{ xAdvance: x, yAdvance: 0, xOffset: 0, yOffset: 0 }], advanceWidth: x, requests: [[5, [65]]] })
    const kept = decodeRuns(encodeRuns(new Map([['minus zero', run(-0)], ['half', run(600.5)], ['huge', run(2 ** 40)], ['fine', run(-40)]])))!
    expect([...kept.entries()].map(([text]) => text)).toEqual(['fine'])
    expect(Object.is(kept.get('fine')!.positions[0]!.xAdvance, -40)).toBe(true)
    const many = new Map(Array.from({ length: KEPT_RUNS + 5 }, (_, i) => [`w${i} `, run(600)] as const))
    const last = decodeRuns(encodeRuns(many))!
    expect(last.size).toBe(KEPT_RUNS)
    expect(last.get('w4 ')).toBeUndefined()
    expect(last.get(`w${KEPT_RUNS + 4} `)).toBeDefined()
  })

  it('is not read from bytes it did not write', () => {
    const bytes = encodeRuns(shapings('regular'))
    expect(decodeRuns(bytes.subarray(0, 8))).toBeNull()
    expect(decodeRuns(new TextEncoder().encode('{"tree": 1}'))).toBeNull()
    const other = bytes.slice()
    other[0] = 0x58
    expect(decodeRuns(other)).toBeNull()
    // Texts cut short.
    const cut = bytes.slice()
    new DataView(cut.buffer).setUint32(8, bytes.byteLength, true)
    expect(decodeRuns(cut)).toBeNull()
  })

  it('makes nothing of counts that run past the end (a glyph count of two billion is no run, and no hang)', () => {
    const runs = shapings('regular')
    const bytes = encodeRuns(runs)
    const count = new DataView(bytes.buffer).getUint32(4, true)
    const textsLength = new DataView(bytes.buffer).getUint32(8, true)
    const at = 12 + textsLength + ((4 - ((12 + textsLength) % 4)) % 4)
    const ints = new DataView(bytes.buffer, at)
    const first = ints.getInt32(0, true)
    for (const damage of [0x7fffffff, -1]) {
      const damaged = bytes.slice()
      // The first chunk's glyph count, far past the end, then below zero.
      new DataView(damaged.buffer, at).setInt32(first * 4, damage, true)
      const kept = decodeRuns(damaged)!
      expect(kept.size).toBe(count)
      expect(kept.get([...runs.keys()][0]!)).toBeUndefined()
      expect(kept.get([...runs.keys()][1]!)).toBeDefined()
    }
  })
})

describe('a rebuild in a fresh process', () => {
  const NAMES = ['Ada Lovelace', 'Seán Ó Súilleabháin', 'Zoë Ng', 'Grace Hopper']
  const roster = (names: readonly string[]): string => {
    const path = join(tempDir(), 'roster.csv')
    writeFileSync(path, ['name,id', ...names.map((n, i) => `${n},${100 + i}`)].join('\n') + '\n')
    return path
  }
  /** Build with modules loaded afresh, as a new `classpack build` process has them: no face parsed, nothing shaped. */
  async function freshBuild(out: string, names: readonly string[], cache = true): Promise<string> {
    vi.resetModules()
    const { buildPack } = await import('../src/index.js')
    const result = await buildPack({ dir: TINY, out, versions: 2, seed: 3, formats: new Set(['pdf']), roster: roster(names), overrides: {}, cache })
    expect(formatMessages(result.files).split('\n').filter((l) => l.includes(': error:'))).toEqual([])
    return result.target!
  }
  /** The kept shaping entries of the cache in `out`: name, and the file's inode (a rewrite renames a new file into place). */
  const keptEntries = (out: string): Map<string, number> => {
    const dir = join(out, CACHE_FOLDER)
    return new Map(
      readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isFile() && readFileSync(join(dir, name)).subarray(32, 36).toString() === 'CPS1')
        .map((name) => [name, statSync(join(dir, name)).ino])
    )
  }

  it('shapes only what is new, writes nothing back, and writes what a build from nothing writes', async () => {
    const out = tempDir()
    await freshBuild(out, NAMES)
    const kept = keptEntries(out)
    // The faces the quizzes use (regular, bold at least) are kept.
    expect(kept.size).toBeGreaterThanOrEqual(2)
    const changed = NAMES.map((n, i) => (i === 2 ? 'Zoëlle Ng-Okafor' : n))
    const again = await freshBuild(out, changed)
    // Only the new name was shaped: too little to write the faces' chunks again.
    expect(keptEntries(out)).toEqual(kept)
    const reference = packFiles(await freshBuild(tempDir(), changed, false))
    const rebuilt = packFiles(again)
    expect([...rebuilt.keys()]).toEqual([...reference.keys()])
    for (const [name, bytes] of reference) expect(rebuilt.get(name)!.equals(bytes), name).toBe(true)
  })

  it('shapes afresh, to the same bytes, when the kept chunks are damaged', async () => {
    const out = tempDir()
    await freshBuild(out, NAMES)
    for (const name of keptEntries(out).keys()) {
      const path = join(out, CACHE_FOLDER, name)
      const bytes = readFileSync(path)
      bytes[bytes.length - 1]! ^= 0xff
      writeFileSync(path, bytes)
    }
    const changed = NAMES.map((n, i) => (i === 0 ? 'Ada King' : n))
    const again = packFiles(await freshBuild(out, changed))
    const reference = packFiles(await freshBuild(tempDir(), changed, false))
    for (const [name, bytes] of reference) expect(again.get(name)!.equals(bytes), name).toBe(true)
  })
})
