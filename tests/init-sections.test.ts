// The README promises init's suggested claims "at most one per paragraph and at least one per
// section". A trial's long article (14 sections) got none in 3 of them: their strongest
// sentences were repeated elsewhere, so anchoring dropped those claims after the choice was
// made, and no other sentence of the section stood in. And past 15 sections the cap cut some.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { planModule } from '../src/init/index.js'
import { ROOT } from './helpers/fixtures.js'

const FIXTURES = join(ROOT, 'tests/fixtures/init')

async function claims(name: string, text?: string): Promise<Array<{ quote: string; themes: string[] }>> {
  const bytes = text === undefined ? readFileSync(join(FIXTURES, name)) : new TextEncoder().encode(text)
  const plan = await planModule({ path: name, bytes, into: 'm' })
  return YAML.parse(plan.files.find((f) => f.name === 'claims.yaml')!.text).claims
}

describe('init suggests at least one claim in every section with a claimable sentence', () => {
  it('passes over a sentence the article repeats and takes the section’s next one', async () => {
    const found = await claims('sections-repeat.md')
    const themes = new Set(found.map((c) => c.themes[0]))
    expect([...themes].sort()).toEqual(['fares', 'future', 'opening', 'timetable'])
    expect(found.some((c) => c.quote.startsWith('Riders say the fares should be lower'))).toBe(false)
  })

  it('keeps one in each of 18 sections, past the usual 15', async () => {
    const sections = Array.from({ length: 18 }, (_, i) => `## Part ${i + 1}\n\nCouncillor number ${i + 1} said the plan for district ${i + 1} should probably wait a year.\n\nThe district has ${i + 3} schools and a library.\n`)
    const found = await claims('many.md', `# Many parts\n\nBy Ann Example\n\n${sections.join('\n')}`)
    expect(new Set(found.map((c) => c.themes[0])).size).toBe(18)
  })
})
