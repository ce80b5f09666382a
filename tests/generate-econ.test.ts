// Generated items a teacher's trial with a figures-heavy economics news analysis (a central
// bank's rate cut, mortgages and rents) found a cue in. A module of a few paragraphs, not the
// trial's article.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule } from '../src/index.js'
import { names } from '../src/lint/names.js'
import { tempDir } from './helpers/fixtures.js'

const ARTICLE = `---
title: The bank cuts its rate
author: Ann Example
---

The bank cut its main rate to 3.25% on Wednesday.

## The dissent

Two members voted against the cut, fearing that prices would rise again.

## Why rents may not follow

Rents rose 7.8% in a year, and economists expect them to keep rising.

## What comes next

The next decision is due in January.
`

const claim = (id: string, quote: string, paraphrase: string, theme: string): string => `  - id: ${id}
    quote: "${quote}"
    paraphrase: ${paraphrase}
    kind: empirical
    asserted_by: author
    hedges: []
    evidence: none
    themes: [${theme}]
`

function module(claims: string): string {
  const dir = join(tempDir(), 'rates')
  mkdirSync(dir)
  writeFileSync(join(dir, 'article.md'), ARTICLE)
  writeFileSync(join(dir, 'claims.yaml'), `themes:\n  - { id: t, label: The cut }\nclaims:\n${claims}`)
  writeFileSync(join(dir, 'module.yaml'), 'sets:\n  s:\n    generated: [position]\n')
  return dir
}

describe('a position item', () => {
  it('is left out where a noun of one who does echoes the key’s subhead (“dissenters” under “The dissent”)', () => {
    const dir = module(
      claim('dissenters-fear', 'Two members voted against the cut', 'The dissenters fear that prices would rise again.', 't') +
        claim('renters-pay', 'Rents rose 7.8% in a year', 'Renters pay 7.8% more than a year before.', 't') +
        claim('next-decision', 'The next decision is due in January', 'The bank decides again in January.', 't')
    )
    const ids = checkModule(dir).module!.generated.filter((i) => i.generated === 'position').map((i) => i.id)
    expect(ids).not.toContain('gen-position-dissenters-fear')
    expect(ids).not.toContain('gen-position-renters-pay')
    expect(ids).toContain('gen-position-next-decision')
  })
})

describe('a hedges item', () => {
  it('cuts a long passage after a full stop without the full stop before its “…”', () => {
    const dir = join(tempDir(), 'rates')
    mkdirSync(dir)
    // Long passages, each cut after its first 18 words: the hedged and the plain alike.
    const passages: Array<[string, string, string?]> = [
      ['refix', 'Someone who fixed at 0.9% in 2022 could be looking at 3.6–3.9% next year, even after today’s cut. That is an extra €280 to €350 a month on an average loan', 'could'],
      ['rents-may', 'Rents in the city may rise by four to six per cent a year until at least 2028, economists say. Only a building boom would change that, and none is in sight', 'may'],
      ['cut', 'The bank cut its rate to 3.25% on Wednesday, its first cut since March 2022, after inflation fell sharply. Five of the seven members of its committee voted for the cut'],
      ['rose', 'Average rents in the city rose 7.8% in the year to September, to €1,420 a month for a flat. The statistics office published the figures on Tuesday morning'],
      ['wages', 'Wages rose 5.2% in the third quarter, faster than productivity, according to the figures published on Monday. Services inflation, at 3.7%, remains well above the target'],
      ['debt', 'The state pays about €6bn a year in interest on its debt of €212bn, the finance ministry said. The cut will lower that bill by a small amount next year']
    ]
    writeFileSync(join(dir, 'article.md'), `---\ntitle: The bank cuts its rate\nauthor: Ann Example\n---\n\n${passages.map(([, text]) => `${text}.`).join('\n\n')}\n`)
    const claims = passages.map(([id, text, hedge]) => claim(id, text, 'A claim.', 't').replace('hedges: []', `hedges: [${hedge ?? ''}]`)).join('')
    writeFileSync(join(dir, 'claims.yaml'), `themes:\n  - { id: t, label: The cut }\nclaims:\n${claims}`)
    writeFileSync(join(dir, 'module.yaml'), 'sets:\n  s:\n    generated: [hedges]\n')
    const items = checkModule(dir).module!.generated.filter((i) => i.generated === 'hedges') as Array<{ options: Array<{ text: string }> }>
    const shown = items.flatMap((i) => i.options.map((o) => o.text))
    expect(shown.some((t) => t.includes('even after today’s cut…'))).toBe(true)
    expect(shown.filter((t) => /[.,;:]…/u.test(t))).toEqual([])
  })
})

describe('a body named by the head noun of its name', () => {
  const association = { id: 'bmla', name: "Brennmark Mortgage Lenders' Association" }
  const bank = { id: 'nbb', name: 'National Bank of Brennmark', role: "Brennmark's central bank" }
  const person = { id: 'hs', name: 'Hamid Sorensen', role: 'chief economist at the Kessel Institute' }

  it('is named by “the association”, “the bank’s”, as by a capitalised word of the name', () => {
    expect(names('“The association says some 310,000 fixed-rate deals are due to expire in 2027”', association)).toBe(true)
    expect(names('“The bank’s own forecast, published with the decision, puts inflation at 2.1–2.3%”', bank)).toBe(true)
    expect(names('“The Brennmark figures are estimates”', bank)).toBe(true)
    // Without “the” or a possessive the noun names no one in particular.
    expect(names('“Any bank would lend more”', bank)).toBe(false)
    expect(names('“The economist said so”', person)).toBe(true)
  })

  it('is no voice item’s key where the quoted words name it', () => {
    const dir = join(tempDir(), 'rates')
    mkdirSync(dir)
    writeFileSync(
      join(dir, 'article.md'),
      "---\ntitle: The bank cuts its rate\nauthor: Ann Example\n---\n\nThe association says some 310,000 fixed-rate deals are due to expire in 2027.\n\nThe bank's own forecast puts inflation at 2.1–2.3% by the end of 2027.\n\nRents rose 7.8% in the year to September, said Hamid Sorensen.\n"
    )
    const said = (id: string, quote: string, by: string): string => claim(id, quote, 'A claim.', 't').replace('asserted_by: author', `asserted_by: ${by}`).replace('evidence: none', 'evidence: reported-statement')
    writeFileSync(
      join(dir, 'claims.yaml'),
      `themes:\n  - { id: t, label: The cut }\nactors:\n  - { id: bmla, name: "Brennmark Mortgage Lenders' Association" }\n  - { id: nbb, name: National Bank of Brennmark }\n  - { id: hs, name: Hamid Sorensen }\nclaims:\n${said('deals', 'The association says some 310,000 fixed-rate deals are due to expire in 2027', 'bmla')}${said('forecast', "The bank's own forecast puts inflation at 2.1–2.3% by the end of 2027", 'nbb')}${said('rents', 'Rents rose 7.8% in the year to September', 'hs')}`.replace(/"The bank's/, "\"The bank's")
    )
    writeFileSync(join(dir, 'module.yaml'), 'sets:\n  s:\n    generated: [voice]\n')
    const ids = checkModule(dir).module!.generated.filter((i) => i.generated === 'voice').map((i) => i.id)
    expect(ids).toEqual(['gen-voice-rents'])
  })
})

describe('a kind item on a schedule', () => {
  it('offers no “Predictive” for “due to expire”, whose “due” gives no cause; beside “due to the strike” no “Causal”', () => {
    const dir = join(tempDir(), 'rates')
    mkdirSync(dir)
    writeFileSync(join(dir, 'article.md'), '---\ntitle: The bank cuts its rate\nauthor: Ann Example\n---\n\nSome 310,000 fixed-rate deals are due to expire in 2027.\n\nThe delay was due to the strike.\n')
    writeFileSync(join(dir, 'claims.yaml'), `themes:\n  - { id: t, label: The cut }\nclaims:\n${claim('deals', 'Some 310,000 fixed-rate deals are due to expire in 2027', 'Deals end.', 't')}${claim('delay', 'The delay was due to the strike', 'A strike.', 't')}`)
    writeFileSync(join(dir, 'module.yaml'), 'sets:\n  s:\n    generated: [kind]\n')
    const options = (id: string): string[] => (checkModule(dir).module!.generated.find((i) => i.id === id) as { options: Array<{ text: string }> }).options.map((o) => o.text.split(':')[0]!)
    expect(options('gen-kind-deals')).not.toContain('Predictive')
    expect(options('gen-kind-deals')).toContain('Causal')
    expect(options('gen-kind-delay')).not.toContain('Causal')
  })
})
