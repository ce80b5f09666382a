// Whose words init says a block quote gives, and how it names a speaker the article describes
// rather than names. A trial gave a delegate's letter, set as a block quote after "One delegate
// wrote to his brother:", to the author (a voice question then keyed "The author"), and named
// actors "City planner there" and "One delegate", as handouts and quiz options then printed them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { planModule } from '../src/init/index.js'
import { ROOT } from './helpers/fixtures.js'

const FIXTURES = join(ROOT, 'tests/fixtures/init')

interface Claims {
  actors?: Array<{ id: string; name: string }>
  claims: Array<{ id: string; quote: string; asserted_by: string; evidence: string }>
}

async function suggest(name: string): Promise<{ data: Claims; text: string; warnings: string[] }> {
  const plan = await planModule({ path: name, bytes: readFileSync(join(FIXTURES, name)), into: 'm' })
  const text = plan.files.find((f) => f.name === 'claims.yaml')!.text
  const warnings = plan.checked.flatMap((f) => f.messages.map((m) => `${m.ruleId} ${m.reason}`))
  return { data: YAML.parse(text) as Claims, text, warnings }
}

const nameOf = (data: Claims, id: string): string | undefined => (id === 'author' ? 'author' : data.actors?.find((a) => a.id === id)?.name)

describe('init gives a block quote to the speaker the line before it names', () => {
  it('"A fisherman wrote to the harbour board:" and "In a letter …, Mayor Ruth Ames set out her case:": theirs, reported statements', async () => {
    const { data } = await suggest('block-quotes.md')
    const letter = data.claims.find((c) => c.quote.startsWith('It may keep the water out'))!
    expect(nameOf(data, letter.asserted_by)).toBe('A fisherman')
    expect(letter.evidence).toBe('reported-statement')
    const mayor = data.claims.find((c) => c.quote.startsWith('The town cannot afford'))!
    expect(nameOf(data, mayor.asserted_by)).toBe('Ruth Ames')
    expect(mayor.evidence).toBe('reported-statement')
    // The introducing line frames the quotation: no claim of its own.
    expect(data.claims.some((c) => /wrote to the harbour board|set out her case/.test(c.quote))).toBe(false)
  })

  it('a block quote whose speaker it does not find is not the author’s unsaid: the comment asks, and check warns', async () => {
    const { data, text, warnings } = await suggest('block-quotes.md')
    const notice = data.claims.find((c) => c.quote.startsWith('Repairs will likely close the quay'))!
    expect(notice.evidence).toBe('reported-statement')
    const lines = text.split('\n')
    const comment = lines[lines.indexOf(`  - id: ${notice.id}`) - 1]!
    expect(comment).toContain('speaker was not found: set `asserted_by`')
    expect(warnings.filter((w) => w.startsWith('reported-as-author')).join('\n')).toContain(`claim \`${notice.id}\`, whose quote has words of the block quote`)
  })
})

describe('init names a speaker the article describes as the article would', () => {
  it('keeps "A" and drops a trailing adverb ("A city planner there told me"), and reads "One engineer" as "An engineer"', async () => {
    const { data } = await suggest('descriptors.md')
    const names = (data.actors ?? []).map((a) => a.name)
    expect(names).toContain('A city planner')
    expect(names).toContain('An engineer')
    expect(names).not.toContain('City planner there')
    // "One of the traders" is no "A of the traders".
    expect(names).toContain('One of the traders')
  })

  it('does the same for the delegate of a letter in a block quote', async () => {
    const { data } = await suggest('block-quotes.md')
    expect((data.actors ?? []).map((a) => a.name)).not.toContain('Fisherman')
  })
})

describe('init gives a list to the speaker the line before it names, as a block quote', () => {
  const plan = async (text: string): Promise<Claims> => {
    const planned = await planModule({ path: 'list.md', bytes: Buffer.from(text), into: 'm' })
    return YAML.parse(planned.files.find((f) => f.name === 'claims.yaml')!.text) as Claims
  }

  it('"The report also found that:" frames its items, which are the report’s findings, not the author’s (a health story’s trial)', async () => {
    const data = await plan(
      '# Hot nights\n\nBy Ann Example\n\nThe council met on Tuesday in the old town hall.\n\nThe report also found that:\n\n- students in top-floor flats lost roughly twice as much sleep;\n- a fan reduced the loss by about a third, but did not remove it;\n- the effect lasted into the next night.\n\nThe mayor said the town should act because the heat may rise.\n'
    )
    expect(data.claims.some((c) => /also found that/.test(c.quote))).toBe(false)
    const fan = data.claims.find((c) => c.quote.startsWith('a fan reduced the loss'))!
    expect(fan).toBeDefined()
    expect(nameOf(data, fan.asserted_by)).not.toBe('author')
    expect(fan.evidence).toBe('reported-statement')
  })

  it('leaves a list after a line that reports no one as the author’s', async () => {
    const data = await plan('# Hot nights\n\nBy Ann Example\n\nThe council met on Tuesday in the old town hall.\n\nThree steps help:\n\n- closing curtains may reduce the heat by day;\n- opening windows at night helps.\n')
    const step = data.claims.find((c) => c.quote.startsWith('closing curtains'))
    if (step) expect(step.asserted_by).toBe('author')
  })
})
