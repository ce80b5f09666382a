// Whose words init gives, and what it takes for a report or a claim, in patterns an opinion
// column's trial (a teacher arguing for votes at sixteen) got wrong: a quotation that runs on
// over two paragraphs, an aside between dashes or in brackets between the speaker and the verb,
// "a say" (the noun) read as a verb of saying, "as X put it" and "in the words of X" not read
// as one, a quotation after a colon with no verb of saying ("Hayward was blunt: “…”"), and a
// rhetorical question suggested as a claim. Each case is a few sentences, not the column.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { planModule } from '../src/init/index.js'
import { claimWith, initPlan, type Planned } from './helpers/init-plan.js'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { findMarkers } from '../src/init/markers.js'
import { ROOT } from './helpers/fixtures.js'

const plan = initPlan('# Votes at sixteen\n\nBy Ann Example', 'column.md')

/** Who asserts the claim quoting `words`: `author` or the actor's name. */
const by = (data: Planned, words: string): string | undefined => claimWith(data, words).by

const FILLER = 'The committee met last month in the town hall.'

describe('a quotation that runs on into the next paragraph', () => {
  it('is the speaker’s in the paragraph that opens with a quotation mark again, straight marks or curly', async () => {
    for (const [open, close] of [['"', '"'], ['“', '”']]) {
      const data = await plan(
        FILLER,
        `Ingrid Solberg has followed first-time voters for a decade. ${open}What matters is where you are when you cast your first vote,${close} she told me. ${open}At sixteen, most young people still live at home.`,
        `${open}At nineteen or twenty they are moving out. They miss their first election, and a missed first election tends to become a missed second one.${close}`
      )
      expect(by(data, 'tends to become'), open).toBe('Ingrid Solberg')
    }
  })

  it('goes on over a third paragraph, and a sentence inside the quotation without a mark of its own is the speaker’s too', async () => {
    const data = await plan(
      FILLER,
      '“The first vote matters most,” said Ingrid Solberg, a political scientist. “At sixteen, most young people still live at home.',
      '“Someone probably reminds them, and that habit will last. It is different at nineteen.',
      '“At nineteen they are often moving out, and a missed first election tends to become a missed second one.”'
    )
    expect(by(data, 'Someone probably reminds them')).toBe('Ingrid Solberg')
    expect(by(data, 'tends to become')).toBe('Ingrid Solberg')
  })

  it('is not the speaker’s when the quotation before was closed: the new one is left for the teacher to name', async () => {
    const data = await plan(
      FILLER,
      '“What matters is where you are when you cast your first vote,” Ingrid Solberg told me.',
      '“At nineteen or twenty they are moving out, and a missed first election tends to become a missed second one.”'
    )
    expect(by(data, 'tends to become')).toBe('author')
  })

  it('is not opened by an inch mark: the sentences after “a 12" pipe” are the author’s own, no quotation', async () => {
    const data = await plan(FILLER, 'The old 12" pipe under Mill Lane burst last winter. The new pipe will probably last much longer, and it should be cheaper to mend.')
    expect(data.claims.find((c) => c.quote.includes('will probably last'))).toMatchObject({ asserted_by: 'author', evidence: 'none' })
  })
})

describe('an aside between the speaker and the verb', () => {
  it('between dashes, commas and all, or in brackets, leaves the words the speaker’s', async () => {
    const data = await plan(
      FILLER,
      'Councillor Peter Hayward — who has served the Eastbrook ward for twelve years, and whom I have voted for twice — told the committee that the change "should come from Parliament, not from a town hall."',
      'Ingrid Solberg (who has advised two governments on turnout) argued that turnout would probably rise.',
      'Tom Reyes – a parent of three – said the meetings should be held in the evening.'
    )
    expect(by(data, 'should come from Parliament')).toBe('Peter Hayward')
    expect(by(data, 'turnout would probably rise')).toBe('Ingrid Solberg')
    expect(by(data, 'meetings should be held')).toBe('Tom Reyes')
  })
})

describe('“a say” in a decision', () => {
  it('is the noun, no verb of saying; “critics say” still is', () => {
    const reports = (sentence: string) => findMarkers(sentence).filter((m) => m.kind === 'reporting').map((m) => m.text)
    expect(reports('It is time they had a say in who runs it.')).toEqual([])
    expect(reports('Residents have no say over the final say on fares.')).toEqual([])
    expect(reports('Critics say the plan is late, and some say it is too dear.')).toEqual(['say', 'say'])
  })

  it('makes no claim a reported statement', async () => {
    const data = await plan(FILLER, 'It is time teenagers had a say in who runs the council.')
    expect(data.claims.find((c) => c.quote.includes('had a say'))!.evidence).toBe('none')
  })
})

describe('a question', () => {
  it('is no claim, the author’s or quoted; the answer after it may be', async () => {
    const data = await plan(
      FILLER,
      'Why should a sixteen-year-old care about the council? Because it will decide whether her library closes.',
      'Is that an argument against letting them vote, or could it be an argument for it?',
      '“Should we really wait another ten years?” asked Tom Reyes, a parent of three.'
    )
    expect(data.claims.map((c) => c.quote).filter((q) => q.includes('?'))).toEqual([])
    expect(by(data, 'Because it will decide')).toBe('author')
  })
})

describe('“as X put it”', () => {
  it('gives the words to X, “put it to me” too; “put it to a vote” reports no one', async () => {
    const data = await plan(
      FILLER,
      'As the economist Jane Roe put it, “a missed first vote is a habit that may last for life.”',
      'Or, as Councillor Peter Hayward puts it, the decision “should come from Parliament.”',
      'They put it to a vote last week, and the plan will probably pass.',
      'As Tom Reyes put it to me, “the council should simply ask.”'
    )
    expect(by(data, 'the council should simply ask')).toBe('Tom Reyes')
    expect(by(data, 'a missed first vote')).toBe('Jane Roe')
    expect(by(data, 'should come from Parliament')).toBe('Peter Hayward')
    expect(data.claims.find((c) => c.quote.includes('put it to a vote'))).toMatchObject({ asserted_by: 'author', evidence: 'none' })
  })
})

describe('“in the words of X”', () => {
  it('gives the words to X, as “according to X” does', async () => {
    const data = await plan(FILLER, 'In the words of Ingrid Solberg, “a missed first vote may become a habit.”', 'In the words of the Electoral Commission, turnout among the young was probably higher.')
    expect(by(data, 'a missed first vote')).toBe('Ingrid Solberg')
    expect(by(data, 'turnout among the young')).toBe('Electoral Commission')
  })
})

describe('a quotation after a colon, with no verb of saying', () => {
  it('is the one person named before the colon; with two named, it is left for the teacher', async () => {
    const data = await plan(
      FILLER,
      'Councillor Peter Hayward was blunt: “We are simply not ready, and we should wait.”',
      'Ingrid Solberg and Tom Reyes agree on one thing: “Turnout may well rise.”'
    )
    expect(by(data, 'simply not ready')).toBe('Peter Hayward')
    expect(by(data, 'Turnout may well rise')).toBe('author')
  })
})

describe('the trial’s column (tests/fixtures/init/opinion-column.md, fictional)', () => {
  it('starts with its first paragraph, gives each quotation its speaker, and suggests no question', async () => {
    const path = join(ROOT, 'tests/fixtures/init/opinion-column.md')
    const planned = await planModule({ path, bytes: readFileSync(path), into: 'm' })
    const article = planned.files.find((f) => f.name === 'article.md')!.text
    expect(article).toMatch(/^standfirst: Teenagers pay the bus fares/m)
    expect(article.split('\n---\n')[1]!.trim()).toMatch(/^I have taught citizenship/)
    const data = YAML.parse(planned.files.find((f) => f.name === 'claims.yaml')!.text) as Planned
    expect(by(data, 'tends to become a missed second one')).toBe('Ingrid Solberg')
    expect(by(data, 'should come from Parliament')).toBe('Peter Hayward')
    expect(data.claims.filter((c) => c.quote.includes('?'))).toEqual([])
    expect(planned.checked.flatMap((f) => f.messages).filter((m) => m.fatal)).toEqual([])
  })
})
