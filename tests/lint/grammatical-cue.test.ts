// grammatical-cue gives one message for each cue an item gives, naming every option it
// concerns: a stem ending "an" that three options do not follow is one fault, not three.
import { describe, expect, it } from 'vitest'
import { bank, item, line, lineOf, lint } from './helpers.js'

/** The s-study item with this stem and these option texts, in the fixture's order. */
const study = (stem: string, texts: string[]) =>
  item('s-study', (b) => {
    let i = 0
    return b.replace('stem: What has the council yet to publish?', `stem: ${stem}`).replace(/text: .*\n/g, () => `text: ${texts[i++]}\n`)
  })

describe('grammatical-cue', () => {
  it('reports a stem ending "an" that several options do not follow once, at the stem, naming them all', () => {
    const { of, text } = lint(bank({ 'questions.yaml': study('The council has yet to publish an', ['estimate of weekly visitors', 'plan for road repairs', 'list of opening hours', 'count of book loans']) }))
    const found = of('grammatical-cue')
    expect(found).toHaveLength(1)
    expect(line(found[0]!)).toBe(lineOf(text('questions.yaml'), 'stem: The council has yet to publish an'))
    expect(found[0]!.reason).toContain('Unexpected options `plan for road repairs`, `list of opening hours` and `count of book loans` after the stem of `s-study` ending "an"')
    expect(found[0]!.reason).not.toContain('estimate')
  })

  it('reports options that end differently once, naming those with a full stop and those without', () => {
    const { of } = lint(bank({ 'questions.yaml': study('What has the council yet to publish?', ['A count of weekly visitors.', 'A plan for road repairs.', "The library's opening hours", 'A list of book loans']) }))
    const found = of('grammatical-cue')
    expect(found).toHaveLength(1)
    expect(found[0]!.reason).toContain("where `A count of weekly visitors.` and `A plan for road repairs.` end with a full stop and `The library's opening hours` and `A list of book loans` do not")
  })

  it('takes a question or exclamation mark inside closing quotation marks for the quoted words’ own, not the option’s ending (a subhead quoted whole)', () => {
    const subheads = ['Under the subhead “What are we afraid of?”', 'Under the subhead “What our council decides”', 'In the opening, before the first subhead', 'Under the subhead “Not in my name!”']
    expect(lint(bank({ 'questions.yaml': study('Under which subhead does the article say so?', subheads) })).of('grammatical-cue')).toEqual([])
    // A full stop inside them still ends the option, as American style sets it.
    const stopped = lint(bank({ 'questions.yaml': study('What has the council yet to publish?', ['A plan it calls “final.”', 'A plan for road repairs', 'A list of opening hours', 'A count of book loans']) })).of('grammatical-cue')
    expect(stopped.map((f) => f.reason)).toEqual([expect.stringContaining('where `A plan it calls “final.”` ends with a full stop')])
  })

  it('gives two causes in one item two messages, one each', () => {
    const { of } = lint(bank({ 'questions.yaml': study('The council has yet to publish an', ['estimate of weekly visitors.', 'plan for road repairs', 'list of opening hours', 'count of book loans']) }))
    const reasons = of('grammatical-cue').map((f) => f.reason)
    expect(reasons).toHaveLength(2)
    expect(reasons.filter((r) => r.includes('ending "an"'))).toHaveLength(1)
    expect(reasons.filter((r) => r.includes('full stop'))).toHaveLength(1)
  })
})

describe('grammatical-cue on numbers', () => {
  it('reads a number as it is said: "an 18-year-old", "an 80", "an 11,000"; but "a 110", "a 1,800"', () => {
    const { of } = lint(bank({ 'questions.yaml': study('The article names an', ['18-year-old apprentice', '80-seat hall', '11,000-strong petition', '8 pm meeting']) }))
    expect(of('grammatical-cue')).toEqual([])
    const wrong = lint(bank({ 'questions.yaml': study('The article names an', ['18-year-old apprentice', '110-year-old building', '1,800-page report', '8 pm meeting']) })).of('grammatical-cue')
    expect(wrong.map((f) => f.reason)).toEqual([expect.stringContaining('Unexpected options `110-year-old building` and `1,800-page report` after the stem')])
  })
})
