// Whose words init gives, and what it says of them, in patterns a teacher's trial with a
// figures-heavy economics news analysis (a central bank's rate cut, mortgages and rents) got
// wrong. Each case is a few sentences, not the trial's article.
import { describe, expect, it } from 'vitest'
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
