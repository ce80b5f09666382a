// `quote-not-in-source` where the plain cases of rules.test.ts do not reach: the quotations
// a grader reads (a model answer, a rubric's criteria), which the answer key prints, and a
// quotation with words left out, whose parts must stand in the article's order in one place.
import { describe, expect, it } from 'vitest'
import type { Reported } from '../../src/lint/run.js'
import { bank, lint, swap } from './helpers.js'

const MODEL = 'model_answer: Nobody has counted the visitors, so the council would decide without knowing how much the library is used; the schools have not been asked either.'
const CRITERION = 'criterion: Mentions asking the schools'

/** The findings of `quote-not-in-source` in the clean bank with `from` written as `to` in questions.yaml, and the file's text. */
function misquoted(from: string, to: string): { found: Reported[]; questions: string } {
  const { of, text } = lint(bank({ 'questions.yaml': swap(from, to) }))
  return { found: of('quote-not-in-source'), questions: text('questions.yaml') }
}

/** Line and column (1-based) where `value` starts, in the first line of `text` that holds `field`. */
function placeOf(text: string, field: string, value: string): [number, number] {
  const lines = text.split('\n')
  const n = lines.findIndex((l) => l.includes(field))
  return [n + 1, lines[n]!.indexOf(value) + 1]
}

const at = (f: Reported): [number, number] => [f.place!.start.line, f.place!.start.column]

describe('quote-not-in-source in what a grader reads', () => {
  it('reports a model answer that quotes words the article does not hold, at the model answer', () => {
    const wrong = 'model_answer: The author says the council should "hire every driver before the launch", because nobody has counted the visitors.'
    const { found, questions } = misquoted(MODEL, wrong)
    expect(found.map((f) => f.reason)).toEqual([expect.stringMatching(/^Unexpected quotation `hire every driver before the launch` in the model answer of `w-delay` that the article does not contain, expected the article's words exactly/)])
    expect(found.map((f) => [f.item, f.severity])).toEqual([['w-delay', 'error']])
    expect(at(found[0]!)).toEqual(placeOf(questions, 'model_answer: The author says', 'The author says'))
  })

  it('reports a rubric criterion that quotes words the article does not hold, at the criterion', () => {
    const { found, questions } = misquoted(CRITERION, 'criterion: Quotes the author’s “ask every school first”')
    expect(found.map((f) => f.reason)).toEqual([expect.stringMatching(/^Unexpected quotation `ask every school first` in the criterion of rubric line 2 of `w-delay` that the article does not contain/)])
    expect(at(found[0]!)).toEqual(placeOf(questions, 'criterion: Quotes the author', 'Quotes the author'))
  })

  it('lets a model answer and a criterion quote the article, with words left out and added', () => {
    expect(misquoted(MODEL, 'model_answer: The author says the council "should delay the vote until [it] has counted the visitors" and asked the schools.').found).toEqual([])
    expect(misquoted(CRITERION, 'criterion: Quotes “asked the schools”').found).toEqual([])
  })
})

describe('quote-not-in-source on a quotation with words left out', () => {
  const STEM = 'stem: When will the council vote on the library?'
  const stem = (quote: string): string => `stem: The author writes that “${quote}”. When will the council vote?`

  it('reports parts from two paragraphs, in reverse order, naming where each stands', () => {
    const { found, questions } = misquoted(STEM, stem('delay the vote … on whether to close the town library'))
    expect(found.map((f) => f.reason)).toEqual([
      "Unexpected quotation `delay the vote … on whether to close the town library` in the stem of `s-vote` that joins words from different places (`delay the vote` from ¶8 and `on whether to close the town library` from ¶1), expected the parts around … in the article's order within one paragraph: quote each passage on its own"
    ])
    expect(at(found[0]!)).toEqual(placeOf(questions, 'stem: The author writes', 'The author writes'))
  })

  it('reports parts of one paragraph in another order', () => {
    expect(misquoted(STEM, stem('has counted the visitors … should delay the vote')).found.map((f) => f.reason)).toEqual([
      "Unexpected quotation `has counted the visitors … should delay the vote` in the stem of `s-vote` that puts words of ¶8 in another order (`has counted the visitors` and `should delay the vote`), expected the parts around … in the article's order within one paragraph: quote each passage on its own"
    ])
  })

  it('lets the parts of one paragraph pass in its order', () => {
    expect(misquoted(STEM, stem('should delay the vote … has counted the visitors')).found).toEqual([])
  })
})

describe('quote-not-in-source on a quotation inside a quotation', () => {
  const STEM = 'stem: When will the council vote on the library?'
  /** The clean bank with a paragraph of quoted speech at the end, and `stem` for s-vote's. */
  const speech = (stem: string): Reported[] => {
    const edits = { 'article.md': (t: string) => `${t.trimEnd()}\n\n“We will not close it,” said the mayor, who chairs the council.\n`, 'questions.yaml': swap(STEM, stem) }
    return lint(bank(edits)).of('quote-not-in-source')
  }

  it('takes its marks turned from double to single as the article\'s words, as German and American quoting nest them', () => {
    expect(speech('stem: „‚We will not close it,‘ said the mayor“. When will the council vote?')).toEqual([])
    expect(speech('stem: The article reports “‘We will not close it,’ said the mayor”. When will the council vote?')).toEqual([])
  })

  it('still reports other words in it', () => {
    expect(speech('stem: „‚We will never close it,‘ said the mayor“. When will the council vote?').map((f) => f.item)).toEqual(['s-vote'])
  })
})
