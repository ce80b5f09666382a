// Whose words init gives, and what it says of them, in patterns a teacher's trial with a
// figures-heavy economics news analysis (a central bank's rate cut, mortgages and rents) got
// wrong. Each case is a few sentences, not the trial's article.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { namedIn } from '../src/init/actors.js'
import { findMarkers } from '../src/init/markers.js'
import { planModule } from '../src/init/index.js'
import { ROOT } from './helpers/fixtures.js'
import { claimWith, initPlan } from './helpers/init-plan.js'

const plan = initPlan('# A rate cut\n\nBy Ann Example', 'rates.md')

const FILLER = 'The bank cut its main rate by a quarter of a point on Wednesday.'

describe('an apposition too long to print as a role', () => {
  it('still makes the name before it the speaker, not a place inside it', async () => {
    const data = await plan(
      FILLER,
      'Marcus Bellweather, chief economist at Harrow & Finch Bank in London, said investors had expected the cut. “After today they will probably price in two,” he said.'
    )
    expect(claimWith(data, 'probably price in two').by).toBe('Marcus Bellweather')
    expect(data.actors.map((a) => a.name)).not.toContain('London')
  })
})

describe('“due to” before a verb', () => {
  const kinds = (sentence: string): string[] => findMarkers(sentence).filter((m) => m.kind === 'causal' || m.kind === 'predictive').map((m) => `${m.kind} ${m.text}`)

  it('says what is scheduled, a prediction; before a noun it still gives a cause', () => {
    expect(kinds('Some 310,000 fixed-rate deals are due to expire in 2027.')).toEqual(['predictive due to'])
    expect(kinds('The report is due to be published in May.')).toEqual(['predictive due to'])
    expect(kinds('The council is due to vote on the plan on Friday.')).toEqual(['predictive due to'])
    expect(kinds('The delay was due to the strike.')).toEqual(['causal due to'])
    expect(kinds('Costs rose due to rising demand.')).toEqual(['causal due to'])
    expect(kinds('Prices rose due to inflation.')).toEqual(['causal due to'])
    expect(kinds('Trains were cancelled due to strike action.')).toEqual(['causal due to'])
  })

  it('makes no causal claim of a schedule', async () => {
    const data = await plan(FILLER, 'The association says some 310,000 fixed-rate deals are due to expire in 2027, most of them agreed when rates were below 1%.')
    expect(claimWith(data, 'due to expire').kind).toBe('predictive')
  })
})

describe('a name across a full stop in a quotation', () => {
  it('is no actor; a name after the full stop still is', async () => {
    const data = await plan(FILLER, 'For renters like Sofia Marchetti, the news felt distant. “My rent went up €90 in August. Nobody is talking about bringing it down,” she said.')
    expect(data.actors.map((a) => a.name)).toEqual(['Sofia Marchetti'])
    expect(claimWith(data, 'Nobody is talking').by).toBe('Sofia Marchetti')
    expect(namedIn('“We met in Kessel. Marcus Bellweather was there,” she said.').map((n) => n.name)).toEqual(['Marcus Bellweather'])
    expect(namedIn('“Rents rose in June. Prices fell,” she said.').map((n) => n.name)).toEqual([])
    // Abbreviations and initials stay inside a name.
    expect(namedIn('Dr. Helen Marsh said so.').map((n) => n.name)).toEqual(['Helen Marsh'])
    expect(namedIn('J. K. Rowling said so.').map((n) => n.name)).toEqual(['J. K. Rowling'])
  })
})

describe('a no-break or thin space in a figure', () => {
  const article = async (path: string, text: string): Promise<string> => {
    const planned = await planModule({ path, bytes: Buffer.from(text), into: 'm' })
    return planned.files.find((f) => f.name === 'article.md')!.text
  }

  it('is kept from a web page and from plain text, as from Markdown, so no line parts the figure', async () => {
    const body = 'The target is 35\u2009000 homes, and the saving about €1.4\u00a0bn, or 2\u202f%. Mr\u00a0Ekwall said so.'
    const html = await article('page.html', `<!DOCTYPE html><html lang="en"><head><title>Homes</title></head><body><article><h1>Homes</h1><p>By Ann Example</p><p>${body.replace(/\u00a0/g, '&nbsp;').replace(/\u2009/g, '&thinsp;')}</p><p>A second paragraph, so the page reads as an article with more than one paragraph of text in it.</p></article></body></html>`)
    const text = await article('homes.txt', `Homes\n\nBy Ann Example\n\n${body}\n`)
    for (const md of [html, text]) {
      expect(md).toContain('35\u2009000 homes')
      expect(md).toContain('€1.4\u00a0bn')
      expect(md).toContain('2\u202f%')
      // Beside no figure, a space like any other.
      expect(md).toContain('Mr Ekwall')
    }
  })
})

describe('a body named again by its head noun', () => {
  it('is the body named before, not an actor of its own', async () => {
    const data = await plan(
      'The cut is expected to lower repayments by about €32, according to estimates by the Brennmark Mortgage Lenders’ Association.',
      'The association says some 310,000 fixed-rate deals are due to expire in 2027.'
    )
    expect(claimWith(data, 'The association says').by).toBe('Brennmark Mortgage Lenders’ Association')
    expect(data.actors.map((a) => a.name)).toEqual(['Brennmark Mortgage Lenders’ Association'])
  })

  it('stays as written where two bodies so named came before, or none', async () => {
    const data = await plan(
      'The Kessel Tenants’ Association and the Brennmark Landlords’ Association met on Monday.',
      'The association says rents will rise again next year.'
    )
    expect(claimWith(data, 'The association says').by).toBe('The association')
  })
})

describe('the trial’s article (tests/fixtures/trial/rate-cut.*)', () => {
  it('gives every form the same figures, speakers and kinds', async () => {
    for (const form of ['md', 'txt', 'html']) {
      const name = `rate-cut.${form}`
      const planned = await planModule({ path: name, bytes: new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/trial', name))), into: 'm' })
      const file = (n: string): string => planned.files.find((f) => f.name === n)!.text
      const md = file('article.md')
      expect(md, form).toContain('a government target of 35\u2009000')
      expect(md, form).toContain('3.6–3.9% next year')
      // The table is kept as a comment, its figures as written.
      expect(md, form).toMatch(/2026 \| 3\.25% \| 3\.8% \(est\.\) \| 2\.6% \(est\.\)/)
      const data = YAML.parse(file('claims.yaml')) as { actors: Array<{ id: string; name: string }>; claims: Array<{ quote: string; asserted_by: string; kind: string }> }
      const by = (words: string): string | undefined => {
        const c = data.claims.find((x) => x.quote.includes(words))!
        return data.actors.find((a) => a.id === c.asserted_by)?.name ?? c.asserted_by
      }
      expect(by('probably price in two'), form).toBe('Marcus Bellweather')
      expect(by('The association says'), form).toBe("Brennmark Mortgage Lenders' Association")
      expect(data.claims.find((c) => c.quote.includes('due to expire'))!.kind, form).toBe('predictive')
      expect(data.actors.map((a) => a.name), form).not.toContain('London')
    }
  })
})

describe('a role of nine words or more, or after the verb without an article', () => {
  it('is written for the actor, an office at a body with a long name, also where it ends the sentence after the verb', async () => {
    const data = await plan(FILLER, '“Rents are set by what tenants can pay,” said Dr Hamid Sorensen, chief economist at the Kessel Institute for Economic Research.')
    expect(data.actors.find((a) => a.name === 'Hamid Sorensen')?.role).toBe('chief economist at the Kessel Institute for Economic Research')
    const before = await plan(FILLER, 'Marcus Bellweather, chief economist at Harrow & Finch Bank in London, said investors had expected the cut. “After today they will probably price in two,” he said.')
    expect(before.actors.find((a) => a.name === 'Marcus Bellweather')?.role).toBe('chief economist at Harrow & Finch Bank in London')
  })
})
