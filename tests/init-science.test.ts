// Whose words init gives, and what it says of them, in patterns a teacher's trial with a
// science explainer (a study of school start times and teenage sleep) got wrong. Each case is a
// few sentences, not the trial's article.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/article/parse.js'
import { planModule } from '../src/init/index.js'
import { findMarkers } from '../src/init/markers.js'
import { claimWith, initPlan } from './helpers/init-plan.js'

const plan = initPlan('# A study of sleep\n\nBy Ann Example', 'sleep.md')

const FILLER = 'The study followed pupils at thirty schools for three years.'

describe('an apposition with a relative clause before “said”', () => {
  it('gives the words to the person it describes, with the role, not to the body inside it', async () => {
    const data = await plan(
      FILLER,
      'Prof. Hannah Lindqvist, an epidemiologist at the Ashby Institute of Public Health who was not involved in the study, said the headline figure should be treated with caution.'
    )
    expect(claimWith(data, 'headline figure').by).toBe('Hannah Lindqvist')
    expect(data.actors.find((a) => a.name === 'Hannah Lindqvist')?.role).toBe('epidemiologist at the Ashby Institute of Public Health')
  })
})

describe('“such a change may” after a verb', () => {
  const kinds = (sentence: string): string[] => findMarkers(sentence).map((m) => `${m.kind} ${m.text}`)

  it('is a hedge of what the subject before it may be, no proposal’s prediction', () => {
    expect(kinds('Schools willing to make such a change may differ from those that are not.')).toEqual(['hedge may'])
    expect(kinds('Parents who asked for the change could see it differently.')).toEqual(['hedge could'])
    // The proposal as the subject still predicts.
    expect(kinds('Officials believe such a change may save the district money.')).toEqual(['belief believe', 'predictive may', 'hedge may'])
    expect(kinds('Supporters say the change could save the district $2.1 million a year.')).toEqual(['reporting say', 'predictive could', 'hedge could'])
  })
})

describe('“too early to say”', () => {
  it('is a hedge of the claim it opens, no verb of saying', async () => {
    const sentence = '“It is too early to say that later start times cause better sleep,” Lindqvist said.'
    expect(findMarkers(sentence).map((m) => `${m.kind} ${m.text}`)).toEqual(['hedge too early to say', 'causal cause', 'reporting said'])
    expect(findMarkers('It is too soon to tell whether the scheme works.').map((m) => `${m.kind} ${m.text}`)).toEqual(['hedge too soon to tell'])
    const data = await plan(FILLER, `Prof. Hannah Lindqvist, an epidemiologist, was cautious. ${sentence}`)
    const claim = claimWith(data, 'too early to say') as { by?: string; hedges?: string[] }
    expect([claim.by, claim.hedges]).toEqual(['Hannah Lindqvist', ['too early to say']])
  })
})

describe('“could” in a question someone asked', () => {
  const hedges = (sentence: string): string[] => findMarkers(sentence).filter((m) => m.kind === 'hedge').map((m) => m.text)

  it('asks leave or ability, and hedges nothing; “whether it could” elsewhere still hedges', () => {
    expect(hedges('She got a call from researchers asking whether they could follow her pupils for three years.')).toEqual([])
    expect(hedges('The parents asked if the school could open later.')).toEqual([])
    expect(hedges('He wondered whether the new timetable could be ready by autumn.')).toEqual([])
    expect(hedges('It is unclear whether the scheme could work in larger schools.')).toEqual(['could'])
    expect(hedges('Officials asked for money that could pay for buses.')).toEqual(['could'])
  })
})

describe('a name compromise does not know, after the office it holds', () => {
  it('is a person, with that office for a role, and speaks for the “she said” after it', async () => {
    const data = await plan(
      FILLER,
      'For Alder Vale’s head teacher, Carys Penhallow, the question is already settled. “Our pupils may arrive awake at last,” she said.',
      'Its chair, Mereana Tau, was pleased. “We have the figures we wanted,” she said.',
      'In the capital, Buenos Aires, the question is settled.'
    )
    expect(claimWith(data, 'Our pupils may arrive').by).toBe('Carys Penhallow')
    const roles = Object.fromEntries(data.actors.map((a) => [a.name, a.role]))
    // "Its chair" is whose chair only with the sentence before: the comment asks for the role.
    expect(roles).toEqual({ 'Carys Penhallow': 'Alder Vale’s head teacher', 'Mereana Tau': undefined })
  })
})

describe('the paragraph where the role comment says a person is named', () => {
  it('is where the article first names them in full, though they speak later', async () => {
    const text = ['# A study of sleep', '', 'The team, led by Dr. Ines Varga of the Northmoor Centre for Sleep, recruited 4,200 pupils.', '', FILLER, '', '“Teenagers’ body clocks may shift later during puberty,” Varga said.', ''].join('\n')
    const planned = await planModule({ path: 'sleep.md', bytes: Buffer.from(text), into: 'm' })
    const claims = planned.files.find((f) => f.name === 'claims.yaml')!.text
    expect(claims).toMatch(/ {4}name: Ines Varga\n {4}# role: who they are, in a few words \(named in ¶1\)\n/)
  })
})

describe('a plain-text table whose columns are set apart by spaces', () => {
  const planText = async (...blocks: string[]) => {
    const planned = await planModule({ path: 'sleep.txt', bytes: Buffer.from(`A study of sleep\n\nBy Ann Example\n\n${blocks.join('\n\n')}\n`), into: 'm' })
    const markdown = planned.files.find((f) => f.name === 'article.md')!.text
    const article = parseArticle(new VFile({ path: 'article.md', value: markdown }))!
    return { paragraphs: article.paragraphs.map((p) => p.text), markdown, guesses: planned.guesses.filter((g) => g.what === 'left out').map((g) => g.value.split(' (')[0]) }
  }

  it('is a table, as tab-separated rows are, not one ¶ of its cells run together', async () => {
    const table = ['Measure                         Later start (14 schools)  Unchanged (16 schools)', 'School-night sleep              7 h 26 min                6 h 52 min', 'Pupils sleeping under 7 hours   38%                       61%'].join('\n')
    const p = await planText(FILLER, table, 'The share sleeping less than seven hours fell from 61% to 38%.')
    expect(p.paragraphs).toEqual([FILLER, 'The share sleeping less than seven hours fell from 61% to 38%.'])
    expect(p.guesses).toEqual(['a table of 3 rows × 3 columns, after ¶1'])
    expect(p.markdown).toContain('| School-night sleep | 7 h 26 min | 6 h 52 min |')
  })

  it('leaves a paragraph typed with two spaces after its full stops a paragraph', async () => {
    const p = await planText(FILLER, 'The study ran for three years.  It followed 4,200 pupils.\nMost of them wore monitors.  Some kept diaries too.')
    expect(p.paragraphs).toEqual([FILLER, 'The study ran for three years. It followed 4,200 pupils. Most of them wore monitors. Some kept diaries too.'])
    expect(p.guesses).toEqual([])
  })
})

describe('verbs of saying that science writing uses', () => {
  it('report the speaker’s words: added, noted, explained, cautioned, stressed, with “that” or a quotation', async () => {
    const data = await plan(
      FILLER,
      'Prof. Hannah Lindqvist, an epidemiologist, was cautious. She added that the interval may be too wide to guide families.',
      'Dr. Ines Varga, who led the study, noted that the effect could be smaller in younger children.',
      'Dr. Samuel Achterberg explained that tired pupils may learn less.',
      'Dr. Ines Varga stressed that the later start probably helps most in winter.',
      '“Some of it may be the season,” Achterberg cautioned.'
    )
    expect(claimWith(data, 'interval may be too wide').by).toBe('Hannah Lindqvist')
    expect(claimWith(data, 'effect could be smaller').by).toBe('Ines Varga')
    expect(claimWith(data, 'tired pupils may learn less').by).toBe('Samuel Achterberg')
    expect(claimWith(data, 'probably helps most').by).toBe('Ines Varga')
    expect(claimWith(data, 'may be the season').by).toBe('Samuel Achterberg')
    for (const words of ['interval may be too wide', 'effect could be smaller', 'tired pupils']) expect(claimWith(data, words).evidence).toBe('reported-statement')
  })

  it('say nothing where they do not report words: “added £2m”, “as noted above”, “explained 40% of the variation”', () => {
    const reporting = (sentence: string): string[] => findMarkers(sentence).filter((m) => m.kind === 'reporting').map((m) => m.text)
    expect(reporting('The council added £2m to the budget, which may help.')).toEqual([])
    expect(reporting('As noted above, the effect may be small.')).toEqual([])
    expect(reporting('Sleep explained 40% of the variation in grades.')).toEqual([])
  })
})

describe('a quotation that opens with “Some of” or “Many in”', () => {
  it('is the words of whoever the tag after it names, not of a part of a group', async () => {
    const data = await plan(FILLER, 'Dr. Samuel Achterberg led the survey.', '“Some of our pupils may simply have slept in,” Achterberg said.', '“Many in the team were surprised,” said Dr. Ines Varga.')
    expect(claimWith(data, 'Some of our pupils').by).toBe('Samuel Achterberg')
  })
})
