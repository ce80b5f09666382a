// Generated items a teacher's trial with a figures-heavy economics news analysis (a central
// bank's rate cut, mortgages and rents) found a cue in. A module of a few paragraphs, not the
// trial's article.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule } from '../src/index.js'
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
