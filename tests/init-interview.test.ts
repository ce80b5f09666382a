// An interview printed as questions and answers (a teacher's trial: a newspaper interviews an
// epidemiologist after a heatwave). The answers name no one who speaks them, so init gave every
// one to the author, the journalist who asked; the interviewee was no actor; "Q: " and "Marsh: "
// labels opened the quotes and the ids. The trial's article is in three forms, bold questions
// (Markdown), "Q:"/"A:" (plain text) and the paper's and the interviewee's names (a web page),
// in tests/fixtures/init/interview-heat.*; the other cases are a few paragraphs each.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { namedIn } from '../src/init/actors.js'
import { findMarkers } from '../src/init/markers.js'
import { planModule } from '../src/init/index.js'
import { appositionRole } from '../src/init/roles-en.js'
import { ROOT } from './helpers/fixtures.js'
import { claimWith, initPlan, type Planned } from './helpers/init-plan.js'

const by = (data: Planned, words: string): string | undefined => claimWith(data, words).by

async function planned(file: string): Promise<Planned> {
  const path = join(ROOT, 'tests/fixtures/init', file)
  const plan = await planModule({ path, bytes: readFileSync(path), into: 'm' })
  const data = YAML.parse(plan.files.find((f) => f.name === 'claims.yaml')!.text) as Omit<Planned, 'warnings'>
  return { actors: data.actors ?? [], claims: data.claims, warnings: plan.checked.flatMap((f) => f.messages.map((m) => `${m.ruleId} ${m.reason}`)) }
}

// Init gave every answer of a German trial's interview to an actor "August", which showed only in
// claims.yaml: what it prints says it read an interview, and whose the answers are.
describe('what init prints of an interview', () => {
  it('names the interviewee whose the answers are, and where the answers stand; nothing for an article that is no interview', async () => {
    const guessed = async (file: string) => {
      const path = join(ROOT, 'tests/fixtures', file)
      return (await planModule({ path, bytes: readFileSync(path), into: 'm' })).guesses.filter((g) => g.what === 'interview')
    }
    for (const [file, name] of [['init/interview-heat.md', 'Helen Marsh'], ['init/interview-heat.txt', 'Helen Marsh'], ['init/interview-grundwasser.md', 'Miriam Haberstroh']] as const) {
      const [guess, ...more] = await guessed(file)
      expect(more, file).toEqual([])
      expect(guess?.value, file).toBe(`answers by ${name}`)
      expect(guess?.how, file).toMatch(/^its turns of question and answer, the answers in ¶\d+–¶\d+$/)
    }
    expect(await guessed('seed-article.txt')).toEqual([])
  })
})

describe('the trial’s interview (tests/fixtures/init/interview-heat.*, fictional)', () => {
  for (const file of ['interview-heat.md', 'interview-heat.txt', 'interview-heat.html']) {
    it(`${file}: gives the answers to the interviewee, an actor with the role the introduction gives`, async () => {
      const data = await planned(file)
      const marsh = data.actors.find((a) => a.name === 'Helen Marsh')
      expect(marsh).toMatchObject({ role: 'epidemiologist at Carver University’s School of Public Health' })
      for (const words of ['I think it probably did', 'Heat alerts should be rare enough', 'The first hot night is often the most dangerous']) expect(by(data, words), words).toBe('Helen Marsh')
      // Her own reasons are the support the answer gives, not a statement the author reports.
      expect(claimWith(data, 'The first hot night').evidence).toBe('reasoning')
      // A critic she quotes in an answer is the critic's; what a question reports is whoever it reports.
      expect(by(data, 'you can’t bus a 90-year-old')).toBe('Raymond Teague')
      expect(by(data, 'the money would be better spent')).toBe('Critics')
      expect(by(data, 'simply didn’t believe the warnings')).toBe('Some residents')
      // The labels are who speaks, not the words: no quote or id opens with one.
      expect(data.claims.filter((c) => /^(?:Q|A|Marsh|Courier):/u.test(c.quote) || /^(?:q|a|marsh|courier)-/u.test(c.id))).toEqual([])
      expect(data.warnings.filter((w) => !w.startsWith('claim-suggested') && !w.startsWith('article-author'))).toEqual([])
    })
  }
})

// The trial's page with its questions in <strong> and no labels: a web page's reader dropped
// bold, so the page was no interview and every answer went to the author.
describe('a web page whose questions are in bold', () => {
  it('keeps a paragraph wholly in bold as bold in article.md, and reads the page as an interview', async () => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/init/interview-heat.html'), 'utf8')
      .replace(/<p><strong>Courier:<\/strong> (.*?)<\/p>/gu, '<p><b>$1</b></p>')
      .replace(/<p><strong>Marsh:<\/strong> /gu, '<p>')
    const plan = await planModule({ path: 'interview.html', bytes: Buffer.from(html), into: 'm' })
    const article = plan.files.find((f) => f.name === 'article.md')!.text
    expect(article).toContain('\n\n**Who died?**\n\n')
    // A paragraph in bold only in part (a label, a phrase) stays as it was.
    expect(article).not.toMatch(/\*\*Mostly/u)
    const data = YAML.parse(plan.files.find((f) => f.name === 'claims.yaml')!.text) as Omit<Planned, 'warnings'>
    const planned: Planned = { actors: data.actors ?? [], claims: data.claims, warnings: [] }
    for (const words of ['I think it probably did', 'Heat alerts should be rare enough']) expect(by(planned, words), words).toBe('Helen Marsh')
  })
})

const plan = initPlan('# Ten questions about the levy\n\nBy Ann Example', 'levy.md')

describe('questions in bold', () => {
  it('answered in the first person, are an interview: the answers are the interviewee’s the introduction names', async () => {
    const data = await plan(
      'Ruth Ames, who chairs the Harbour Trust, talked to us about the quay.',
      '**Will the quay close?**',
      'I think it probably will close in winter, because the wall is failing.',
      '**And the fishermen?**',
      'We have offered them berths in the old dock, which should be enough for most of them.'
    )
    expect(by(data, 'probably will close')).toBe('Ruth Ames')
    expect(by(data, 'should be enough')).toBe('Ruth Ames')
  })

  it('answered in the author’s own voice, are an explainer’s: the answers stay the author’s', async () => {
    const data = await plan(
      'The council voted on Tuesday, and Councillor Ruth Ames said the levy was overdue.',
      '**What is the levy?**',
      'A charge of £2 a night that hotels will probably pass on to their guests.',
      '**Who pays it?**',
      'Visitors staying in the city, because residents are exempt.'
    )
    expect(by(data, 'probably pass on')).toBe('author')
    expect(by(data, 'residents are exempt')).toBe('author')
  })
})

describe('turns with labels', () => {
  it('"Q:" and "A:" whose interviewee the introduction names not: the answers are left for the teacher, not the author’s', async () => {
    const data = await plan('The harbour has had a difficult year.', 'Q: Will the quay close?', 'A: It will probably close in winter, because the wall is failing.', 'Q: And then?', 'A: Then the boats could move to the old dock.')
    const claim = claimWith(data, 'probably close')
    expect(claim.by).toBe('author')
    expect(claim.evidence).toBe('reasoning')
    expect(data.claims.every((c) => !c.quote.startsWith('A:'))).toBe(true)
  })

  it('of an answer that goes on over a paragraph without one, is the interviewee’s', async () => {
    const data = await plan(
      'Ruth Ames, chair of the Harbour Trust, spoke to the Gazette.',
      'Gazette: Will the quay close?',
      'Ames: It will probably close in winter.',
      'The wall is failing, because nobody has repaired it since 1990.',
      'Gazette: And the fishermen?',
      'Ames: They could move to the old dock.'
    )
    expect(by(data, 'nobody has repaired it')).toBe('Ruth Ames')
    expect(data.actors.find((a) => a.name === 'Ruth Ames')?.role).toBe('chair of the Harbour Trust')
  })

  it('that recur once only, or in prose, make no interview', async () => {
    const data = await plan('Update: the quay will probably close in winter.', 'The board said the wall could fail, because nobody has repaired it.', 'Note: the fishermen may move to the old dock.')
    expect(by(data, 'quay will probably close')).toBe('author')
  })
})

describe('a person named with an honorific', () => {
  it('is a person though compromise knows neither name (“Dr. Helen Marsh”), and the honorific no part of it', () => {
    expect(namedIn('Dr. Helen Marsh says the city should start with a list.', 'en').map((n) => [n.name, n.kind])).toEqual([['Helen Marsh', 'person']])
    expect(namedIn('Ms Rowan Field told the board.', 'en').map((n) => n.name)).toEqual(['Rowan Field'])
  })

  it('is not a possessive’s: “Dr. Marsh’s co-author, Prof. Daniel Osei, said” names Osei', () => {
    expect(namedIn('Dr. Marsh’s co-author, Prof. Daniel Osei, said the numbers matter.', 'en').map((n) => n.name)).not.toContain('Marsh')
  })
})

describe('an apposition with a relative clause before its closing comma', () => {
  it('gives the role without the clause', () => {
    expect(appositionRole(', an epidemiologist at Carver University’s School of Public Health who has studied heat and mortality for fifteen years, spoke to the Courier')).toBe('epidemiologist at Carver University’s School of Public Health')
  })
})

describe('a byline and a dateline on lines of their own under a plain-text standfirst', () => {
  it('are the author and the date, and the line above them the standfirst, not a ¶ “By … July 22, 2024”', async () => {
    const text = 'Heat is a quiet killer\n\nTwenty-three deaths and a warning that came a day late.\n\nBy Nadia Ferreira\nJuly 22, 2024\n\nOn July 14 the thermometer reached 41.2°C. The coroner has so far linked 23 deaths to the heatwave.\n\nThe city may open more cooling centres next year, because the old ones were full.\n'
    const plan = await planModule({ path: 'heat.txt', bytes: Buffer.from(text), into: 'm' })
    const article = plan.files.find((f) => f.name === 'article.md')!.text
    expect(article).toMatch(/^author: Nadia Ferreira$/m)
    expect(article).toMatch(/^published: "2024-07-22"$/m)
    expect(article).toMatch(/^standfirst: Twenty-three deaths/m)
    expect(article).not.toMatch(/^By Nadia/m)
  })
})

describe('wording the trial’s draft misread', () => {
  const kinds = (sentence: string): string[] => findMarkers(sentence, 'en').map((m) => `${m.kind} ${m.text}`)

  it('“appears on a death certificate” shows up somewhere and hedges nothing; “appears to” still hedges', () => {
    expect(kinds('Heat rarely appears on a death certificate; it shows up as a heart attack.')).toEqual([])
    expect(kinds('She appeared in court on Monday.')).toEqual([])
    expect(kinds('The plan appears to work.')).toEqual(['hedge appears'])
    expect(kinds('It appears that the board erred.')).toEqual(['hedge appears'])
  })

  it('“spoke … about what the city should do” reports a question, a list of them too, and prescribes nothing', () => {
    expect(kinds('Dr. Helen Marsh spoke to the Courier about what went wrong, what went right, and what the city should do before next summer.')).toEqual([])
    expect(kinds('There was a row over whether the school must close.')).toEqual([])
    // A clause of its own after the question still prescribes.
    expect(kinds('We talked about the budget, and the city should act.')).toEqual(['normative should'])
    expect(kinds('The debate over how to pay is settled, and the city should act.')).toEqual(['normative should'])
  })
})

describe('an article without subheads', () => {
  it('has one theme, the whole article, not “the opening, before the first subhead” it has none of', async () => {
    const data = YAML.parse((await planModule({ path: 'levy.md', bytes: Buffer.from('# The levy\n\nBy Ann Example\n\nThe levy will probably rise, because costs went up.\n\nThe council should publish the figures.\n'), into: 'm' })).files.find((f) => f.name === 'claims.yaml')!.text)
    expect(data.themes).toEqual([{ id: 'whole-article', label: 'The whole article' }])
    const de = YAML.parse((await planModule({ path: 'abgabe.md', bytes: Buffer.from('---\ntitle: Die Abgabe\nlang: de\n---\n\nDie Abgabe wird wahrscheinlich steigen, weil die Kosten gestiegen sind.\n'), into: 'm' })).files.find((f) => f.name === 'claims.yaml')!.text)
    expect(de.themes).toEqual([{ id: 'ganze-text', label: 'Der ganze Text' }])
  })

  it('with one, keeps the opening before it as a theme of its own', async () => {
    const data = YAML.parse((await planModule({ path: 'levy.md', bytes: Buffer.from('# The levy\n\nBy Ann Example\n\nThe levy will probably rise, because costs went up.\n\n## What next\n\nThe council should publish the figures.\n'), into: 'm' })).files.find((f) => f.name === 'claims.yaml')!.text)
    expect(data.themes.map((t: { label: string }) => t.label)).toEqual(['The opening, before the first subhead', 'What next'])
  })
})

// A German trial's interview (a water board's head, bold questions): the introduction said
// „Der Kurier hat mit … Dr. Miriam Haberstroh gesprochen“, the participle after the name, which
// was no verb of speaking, so the interviewee was the first person named, „Im August“: every
// answer went to an actor August, and Haberstroh was none.
describe('a German interview whose introduction names its interviewee with „gesprochen“', () => {
  const german = initPlan('---\ntitle: Wasser wird knapp\nauthor: Jana Kröger\nlang: de\n---', 'wasser.md')

  it('gives the answers to the interviewee, and takes no month for a person', async () => {
    const data = await german(
      'Im August mussten drei Gemeinden das Rasensprengen verbieten. Der Kurier hat mit der Verbandsvorsitzenden Dr. Miriam Haberstroh gesprochen.',
      '**Wie ernst ist die Lage?**',
      'Ich halte es für wahrscheinlich, dass solche Sommer die Regel werden.',
      '**Reicht ein neuer Tarif?**',
      'Nein, wir brauchen vermutlich auch einen zweiten Brunnen, weil die Spitzen steigen.'
    )
    expect(by(data, 'solche Sommer')).toBe('Miriam Haberstroh')
    expect(by(data, 'zweiten Brunnen')).toBe('Miriam Haberstroh')
    expect(data.actors.map((a) => a.name)).not.toContain('August')
  })

  it('reads a month after „im“, „seit dem vergangenen“ or "in" as a time, and August Bebel still as a person', () => {
    for (const sentence of ['Im August mussten drei Gemeinden sparen.', 'Seit dem vergangenen Juli ist das so.', 'In August the council met.']) {
      expect(namedIn(sentence, sentence.startsWith('In ') ? 'en' : 'de').map((n) => n.name), sentence).toEqual([])
    }
    expect(namedIn('Das sagte August Bebel damals.', 'de').map((n) => n.name)).toContain('August Bebel')
  })
})

// The German trial's interview, in three forms: labels „Kurier:“ and „Haberstroh:“ (plain text),
// bold questions (Markdown, a web page). Fictional: a water board in a valley that is not there.
describe('the German trial’s interview (tests/fixtures/init/interview-grundwasser.*, fictional)', () => {
  for (const file of ['interview-grundwasser.txt', 'interview-grundwasser.md', 'interview-grundwasser.html']) {
    it(`${file}: gives the answers to the interviewee, names each speaker with the role as it reads, and no month`, async () => {
      const data = await planned(file)
      expect(data.actors.find((a) => a.name === 'Miriam Haberstroh')?.role).toBe('Verbandsvorsitzende')
      expect(data.actors.find((a) => a.name === 'Klaus Rettenmaier')?.role).toBe('Vereinsvorsitzender')
      expect(data.actors.map((a) => a.name)).not.toContain('August')
      for (const words of ['Ich halte es deshalb für wahrscheinlich', 'Der Tarif könnte die Spitzen']) expect(by(data, words), words).toBe('Miriam Haberstroh')
      expect(by(data, 'Familien mit Kindern würden benachteiligt')).toBe('Klaus Rettenmaier')
      // „gestritten wird“ is the passive: the opening is no prediction.
      expect(data.claims.filter((c) => c.quote.includes('gestritten wird')).map((c) => c.kind)).not.toContain('predictive')
    })
  }
})
