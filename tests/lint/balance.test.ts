// Balanced, seeded option order in every printed quiz (issue 11, Build 1): each letter
// holds its share of the single-choice keys, no three in a row where a swap avoids it,
// multiple-select keys not parked first, same seed same bytes; the exports keep the
// authored order for the LMS to shuffle.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPack, checkModule } from '../../src/index.js'
import { dealKeyPositions } from '../../src/select/balance.js'
import { random } from '../../src/select/random.js'
import { DEMO, tempDir } from '../helpers/fixtures.js'
import { LANGUAGES } from '../../src/lang/index.js'
import type { Version } from '../../src/select/model.js'
import { makeVersions } from '../../src/select/versions.js'
import { bank, item } from './helpers.js'

/** Every file of a folder, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out.set(relative(dir, p), readFileSync(p))
    }
  }
  walk(dir)
  return out
}

describe('dealKeyPositions', () => {
  it('counts the keys it cannot move: keeps them, fills other letters first, and leaves no three in a row where no three fixed keys stand', () => {
    const withFixed = fc.integer({ min: 3, max: 5 }).chain((k) =>
      fc.record({
        k: fc.constant(k),
        // A key pinned last where true; never three in a row (those only the teacher can break).
        pinned: fc.array(fc.boolean(), { minLength: 3, maxLength: 30 }).filter((p) => !p.some((x, i) => x && p[i - 1] && p[i - 2])),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 })
      })
    )
    fc.assert(
      fc.property(withFixed, ({ k, pinned, seed }) => {
        const positions = dealKeyPositions(pinned.map((p) => (p ? { at: k - 1, width: k } : k)), random(seed))
        const n = pinned.length
        pinned.forEach((p, i) => (p ? expect(positions[i]).toBe(k - 1) : expect(positions[i]).toBeLessThan(k)))
        const fixed = pinned.filter(Boolean).length
        for (let p = 0; p < k; p++) expect(positions.filter((x) => x === p).length).toBeLessThanOrEqual(p === k - 1 ? Math.max(fixed, Math.ceil(n / k)) : Math.ceil(n / k))
        for (let i = 2; i < n; i++) expect(positions[i] === positions[i - 1] && positions[i] === positions[i - 2], positions.join('')).toBe(false)
      }),
      { numRuns: 500 }
    )
    // Three options, the last full: the dealt keys have two letters, and three of them in a row need both.
    const pinned = { at: 2, width: 3 }
    for (let seed = 0; seed < 1000; seed++) expect(new Set(dealKeyPositions([pinned, pinned, 3, 3, 3, pinned, pinned], random(seed)).slice(2, 5)).size, `seed ${seed}`).toBe(2)
  })

  it('gives each position its share (never more than its share plus one), the same for the same seed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (choices, seed) => {
        const positions = dealKeyPositions(choices, random(seed))
        expect(dealKeyPositions(choices, random(seed))).toEqual(positions)
        positions.forEach((p, i) => expect(p).toBeLessThan(choices[i]!))
        const width = Math.max(...choices)
        for (let p = 0; p < width; p++) {
          const share = choices.reduce((s, m) => s + (p < m ? 1 / m : 0), 0)
          expect(positions.filter((x) => x === p).length).toBeLessThanOrEqual(Math.ceil(share - 1e-9) + (choices.every((m) => m === choices[0]) ? 0 : 1))
        }
      })
    )
  })

  it('leaves no three in a row with the same key when every item has 3 options or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 3, max: 30 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (k, n, seed) => {
        const positions = dealKeyPositions(new Array<number>(n).fill(k), random(seed))
        for (let i = 2; i < n; i++) expect(positions[i] === positions[i - 1] && positions[i] === positions[i - 2], positions.join('')).toBe(false)
      })
    )
  })
})

/** The share of the most used letter among the single-choice keys of a printed version. */
const topShare = (version: { items: Array<{ item: { type: string }; options: Array<{ correct: boolean; letter: string }> }> }): number => {
  const keys = version.items.filter((p) => p.item.type === 'single').map((p) => p.options.find((o) => o.correct)!.letter)
  const counts = new Map<string, number>()
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1)
  return Math.max(...counts.values()) / keys.length
}

describe('the demo, as printed', () => {
  it('holds no more than 40% of the single-choice keys at one letter, in the default pack and in every set and version', () => {
    const checked = checkModule(DEMO)
    expect(topShare(checked.selection!.versions[0]!)).toBeLessThanOrEqual(0.4)
    for (const set of ['seminar', 'quick-check', 'reading-skills', 'full']) {
      for (const seed of [1, 7, 2025]) {
        const { selection } = checkModule(DEMO, { set, seed })
        for (const v of selection!.versions) expect(topShare(v), `${set} seed ${seed}`).toBeLessThanOrEqual(0.4)
      }
    }
  })

  it('a 30-student roster build: no letter over 40% in any student\'s quiz, and two builds give the same bytes', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name,id', ...Array.from({ length: 30 }, (_, i) => `Student ${i + 1},S${100 + i}`)].join('\n') + '\n')
    const build = () => buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['html']), roster, set: 'full', versions: 3, workers: 0 })
    const [a, b] = [await build(), await build()]
    const manifest = JSON.parse(readFileSync(join(a.target!, 'manifest.json'), 'utf8')) as { versions: Array<{ id: string; items: Array<{ id: string; answer: string }> }>; students: Array<{ version: string }> }
    expect(manifest.students).toHaveLength(30)
    const single = new Set(checkModule(DEMO).module!.questions.quiz.filter((q) => q.type === 'single').map((q) => q.id))
    for (const student of manifest.students) {
      const keys = manifest.versions.find((v) => v.id === student.version)!.items.filter((i) => single.has(i.id)).map((i) => i.answer)
      const top = Math.max(...['A', 'B', 'C', 'D', 'E'].map((l) => keys.filter((k) => k === l).length))
      expect(top / keys.length).toBeLessThanOrEqual(0.4)
    }
    const [fa, fb] = [files(a.target!), files(b.target!)]
    expect([...fa.keys()]).toEqual([...fb.keys()])
    for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true)
  })

  it('the default pack is the same, byte for byte, built twice', async () => {
    const [a, b] = [await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['html']) }), await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['html']) })]
    const [fa, fb] = [files(a.target!), files(b.target!)]
    for (const [path, bytes] of fa) expect(bytes.equals(fb.get(path)!), path).toBe(true)
  })

  it('shuffles options in a single version too, and keeps multiple-select keys off the first places', () => {
    const { selection, module } = checkModule(DEMO, { set: 'full' })
    const authored = new Map(module!.questions.quiz.map((q) => [q.id, q]))
    const moved = selection!.versions[0]!.items.filter((p) => 'options' in p.item && p.options.some((o, i) => o.text !== (authored.get(p.item.id) as { options: Array<{ text: string }> }).options[i]!.text))
    expect(moved.length).toBeGreaterThan(10)
    const multi = selection!.versions[0]!.items.filter((p) => p.item.type === 'multiple')
    const prefixed = multi.filter((p) => {
      const m = p.options.filter((o) => o.correct).length
      return p.options.slice(0, m).every((o) => o.correct)
    })
    expect(prefixed).toEqual([])
  })
})

describe('a quiz whose keys are pinned last in a row of single-choice items', () => {
  // s-reason, s-who, s-study and s-saving: four of the clean bank's eight, one after another.
  const PINNED = ['s-reason', 's-who', 's-study', 's-saving']
  const dir = bank({ 'questions.yaml': (t) => PINNED.reduce((text, id) => item(id, (b) => b.replace('        correct: true\n', '        correct: true\n        pin: last\n'))(text), t) })
  const { module } = checkModule(dir)
  const quiz = module!.questions.quiz

  /** Each single-choice item's key letter as a version prints it, by id. */
  const keyLetters = (version: Version): Array<[string, string]> => version.items.filter((p) => p.item.type === 'single').map((p) => [p.item.id, p.options.find((o) => o.correct)!.letter])

  it('deals no other key to D, which the pinned keys already overfill: no longer run, no bias', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 2025]) {
      for (const [count, shuffled] of [[1, false], [3, true]] as const) {
        for (const version of makeVersions(quiz, count, seed, shuffled, LANGUAGES[0]!)) {
          const letters = keyLetters(version)
          expect(letters.filter(([, l]) => l === 'D').map(([id]) => id).sort(), `seed ${seed}, ${count} version(s): ${letters.map(([, l]) => l).join('')}`).toEqual([...PINNED].sort())
        }
      }
      const printed = checkModule(dir, { seed })
      expect(printed.lint!.filter((f) => f.rule === 'key-position-bias'), `seed ${seed}`).toEqual([])
      // The four pinned D's in a row are the teacher's to break; the deal adds none to them.
      expect(printed.lint!.filter((f) => f.rule === 'key-position-run').map((f) => f.items)).toEqual([PINNED])
    }
  })
})

describe('the exports', () => {
  it('write the authored order and leave shuffling to the LMS', async () => {
    const built = await buildPack({ dir: bank(), out: tempDir(), formats: new Set(['html', 'gift']) })
    const gift = readFileSync(join(built.target!, readdirSync(built.target!).find((f) => f.endsWith('.gift.txt') || f.endsWith('.gift'))!), 'utf8')
    // s-cost as written: Ten, Forty (the key), Four hundred, Nothing.
    expect(gift).toMatch(/~Ten thousand pounds[^\n]*\n\t=Forty thousand pounds[^\n]*\n\t~Four hundred pounds a week/)
    const quiz = readFileSync(join(built.target!, 'quiz.html'), 'utf8')
    expect(quiz).toContain('Forty thousand pounds')
  })
})
