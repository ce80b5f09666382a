// `excludes:` keeps two questions that answer each other out of one quiz: in any set, any
// sample, any version, any student's quiz. It holds both ways, and a set that asks for
// both is an error.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPack, checkModule } from '../../src/index.js'
import { lineOf, tempDir } from '../helpers/fixtures.js'
import { bank, item, swap } from './helpers.js'

// w-delay excludes t-roads (written on one side only), and s-signatures excludes m-facts.
const EXCLUDING = {
  'questions.yaml': (t: string) =>
    item('s-signatures', (b) => b.replace('    bloom: remember\n', '    bloom: remember\n    excludes: [m-facts]\n'))(item('w-delay', (b) => b.replace('    lines: 3\n', '    lines: 3\n    excludes: [t-roads]\n'))(t)),
  'module.yaml': (t: string) => `${t}  sample:\n    title: A sample\n    count: 12\n    order: shuffled\n  points:\n    title: By points\n    points: 12\n`
}
const PAIRS = [['w-delay', 't-roads'], ['s-signatures', 'm-facts']] as const
const together = (ids: readonly string[]): boolean => PAIRS.some(([a, b]) => ids.includes(a) && ids.includes(b))

describe('excludes', () => {
  const dir = bank(EXCLUDING)

  it('never samples both items of a pair into one quiz, whatever the set or seed', () => {
    fc.assert(
      fc.property(fc.constantFrom('lesson', 'sample', 'points'), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (set, seed) => {
        const { selection, ok } = checkModule(dir, { set, seed })
        expect(ok).toBe(true)
        expect(together(selection!.items.map((q) => q.id))).toBe(false)
        for (const v of selection!.versions) expect(together(v.items.map((p) => p.item.id))).toBe(false)
      }),
      { numRuns: 40 }
    )
  })

  it('keeps the pair apart in every student\'s quiz of a roster build with versions', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name', ...Array.from({ length: 12 }, (_, i) => `Student ${i + 1}`)].join('\n') + '\n')
    for (const seed of [1, 2, 3]) {
      const built = await buildPack({ dir, out: tempDir(), formats: new Set(['html']), roster, set: 'sample', versions: 4, seed, workers: 0 })
      const manifest = JSON.parse(readFileSync(join(built.target!, 'manifest.json'), 'utf8')) as { versions: Array<{ id: string; items: Array<{ id: string }> }>; students: Array<{ version: string }> }
      for (const s of manifest.students) expect(together(manifest.versions.find((v) => v.id === s.version)!.items.map((i) => i.id))).toBe(false)
    }
  })

  it('in a set that takes every match, keeps the one that comes first in the bank', () => {
    const ids = checkModule(dir, { set: 'lesson' }).selection!.items.map((q) => q.id)
    expect(ids).toContain('s-signatures')
    expect(ids).not.toContain('m-facts')
    expect(ids).toContain('t-roads')
    expect(ids).not.toContain('w-delay')
  })

  it('is an error in a set that includes both, at the second of them', () => {
    const both = bank({ ...EXCLUDING, 'module.yaml': (t) => `${EXCLUDING['module.yaml'](t)}  pair:\n    include: [t-roads, w-delay]\n` })
    const result = checkModule(both, { set: 'pair' })
    expect(result.ok).toBe(false)
    const m = result.messages.find((x) => x.ruleId === 'set-excludes')!
    expect(m.reason).toBe('Unexpected `w-delay` and `t-roads` both in `include` of set `pair`, expected at most one of them: one `excludes` the other in questions.yaml')
    expect(m.line).toBe(lineOf(readFileSync(join(both, 'module.yaml'), 'utf8'), 'include: [t-roads, w-delay]'))
  })

  it('names an unknown question id, and a question that excludes itself', () => {
    const wrong = bank({ 'questions.yaml': item('w-delay', (b) => b.replace('    lines: 3\n', '    lines: 3\n    excludes: [t-road, w-delay]\n')) })
    const result = checkModule(wrong)
    expect(result.messages.map((m) => [m.ruleId, m.reason])).toEqual([
      ['unknown-question-id', 'Unexpected question id `t-road` in `excludes` of `w-delay`, expected `t-roads` or another question id from questions.yaml'],
      ['excludes-self', 'Unexpected `excludes` of question `w-delay` itself, expected the id of another question']
    ])
  })

  it('silences the answer leak between the two, since they never meet', () => {
    const leak = swap('stem: Why does the author want the vote delayed?', "stem: Rachel Amin wants to spend the library's money on roads. Why does the author want the vote delayed?")
    expect(checkModule(bank({ 'questions.yaml': leak })).lint!.filter((f) => f.rule === 'cross-item-answer-leak')).toHaveLength(1)
    expect(checkModule(bank({ 'questions.yaml': (t) => EXCLUDING['questions.yaml'](leak(t)) })).lint!.filter((f) => f.rule === 'cross-item-answer-leak')).toEqual([])
  })
})
