// What the lint's rules need in the schema: several asserters for one claim, boosters beside
// hedges, sources for context notes and outside glossary entries, `lint:` settings.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack, checkModule } from '../../src/index.js'
import { lineOf, tempDir } from '../helpers/fixtures.js'
import { bank, swap } from './helpers.js'

describe('claims.yaml', () => {
  it('reads one asserter or a list, and prints a joint statement with every name', async () => {
    const dir = bank()
    const { module } = checkModule(dir)
    expect(module!.claims.find((c) => c.id === 'costs-money')!.asserted_by).toEqual(['amin'])
    expect(module!.claims.find((c) => c.id === 'children-fall-behind')!.asserted_by).toEqual(['teachers', 'parents'])
    const built = await buildPack({ dir, out: tempDir(), formats: new Set(['html']) })
    // Who asserts a claim is for students to find: the teacher edition says it.
    const handout = readFileSync(join(built.target!, 'handout-teacher.html'), 'utf8')
    expect(handout).toContain('local teachers and parents, as reported by the author')
    expect(handout).toContain('Rachel Amin, as reported by the author')
  })

  it('names an unknown asserter in a list at its place', () => {
    const dir = bank({ 'claims.yaml': swap('asserted_by: [teachers, parents]', 'asserted_by: [teachers, parent]') })
    const result = checkModule(dir)
    const m = result.messages.find((x) => x.ruleId === 'unknown-actor-id')!
    expect(m.reason).toBe('Unexpected actor id `parent`, expected `parents` or another actor id declared in claims.yaml')
    expect([m.line, m.column]).toEqual([lineOf(readFileSync(join(dir, 'claims.yaml'), 'utf8'), 'asserted_by: [teachers, parent]'), 29])
  })

  it('checks that each booster stands in the claim\'s paragraph, as hedges do', () => {
    const ok = bank({ 'claims.yaml': swap('    hedges: ["probably", "could"]\n', '    hedges: ["could"]\n    boosters: ["probably"]\n') })
    expect(checkModule(ok).messages).toEqual([])
    const dir = bank({ 'claims.yaml': swap('    hedges: ["probably", "could"]\n', '    hedges: ["probably", "could"]\n    boosters: ["surely"]\n') })
    const result = checkModule(dir)
    const m = result.messages.find((x) => x.ruleId === 'booster-not-found')!
    expect(m.reason).toBe('Unexpected booster `surely` for claim `short-term-saving`, expected words that appear in its paragraph ¶6')
    expect(m.line).toBe(lineOf(readFileSync(join(dir, 'claims.yaml'), 'utf8'), 'boosters: ["surely"]'))
  })

  it('takes a `source` on a context note and a `reference` on a glossary entry, and the handout prints both', async () => {
    const dir = bank()
    const { module } = checkModule(dir)
    expect(module!.claims.find((c) => c.id === 'vote-next-month')!.context[0]!.source).toMatch(/^Millbrook Historical Society/)
    expect(module!.glossary[0]!.reference).toMatch(/^Local Government Act 1972/)
    const built = await buildPack({ dir, out: tempDir(), formats: new Set(['html']) })
    const handout = readFileSync(join(built.target!, 'handout.html'), 'utf8')
    expect(handout).toContain('The library opened in 1921 as a gift of the mill owners. (Source: Millbrook Historical Society, https://example.org/library-history)')
    expect(handout).toContain("The elected body that runs the town's services. (Source: Local Government Act 1972, https://www.legislation.gov.uk/ukpga/1972/70)")
  })
})

describe('lint settings', () => {
  it('must be a mapping of rule ids to reasons', () => {
    const dir = bank({ 'module.yaml': (t) => `lint:\n  ignore: [tf-balance]\n${t}` })
    const result = checkModule(dir)
    expect(result.ok).toBe(false)
    expect(result.messages.map((m) => m.reason)).toContain('Unexpected list at `lint.ignore`, expected a mapping (rules set aside, each `rule-id: reason`)')
  })
})
