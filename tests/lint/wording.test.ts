// The rules that read an item's words read a German module's in German: "nicht", "außer",
// "Alle oben genannten", "immer". A module in a language the lint has no words for is told,
// once, which rules find nothing there.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'
import { tryBuild } from '../helpers/pack.js'
import { bank, line, lineOf, lint, swap } from './helpers.js'

const GERMAN = join(ROOT, 'tests/fixtures/german')

describe('the lint in a German module', () => {
  it('reports the cues a German teacher writes, at their lines', () => {
    const { of, text } = lint(
      bank(
        {
          'questions.yaml': (t) =>
            [
              swap('stem: Welche Gründe für die Brunnen nennt der Text?', 'stem: Welche Gründe für die Brunnen nennt der Text nicht?'),
              swap('text: Mehr Umsatz für Cafés', 'text: Alle oben genannten'),
              swap('text: Geringere Kosten', 'text: Immer geringe Kosten'),
              swap('stem: Die Autorin schlägt vor, Cafés und Geschäfte um kostenloses Leitungswasser zu bitten.', 'stem: Die Autorin hält Cafés nicht für einen Ersatz.')
            ].reduce((s, edit) => edit(s), t)
        },
        GERMAN
      )
    )
    const at = (rule: string) => of(rule).map((f) => [line(f), f.severity])
    const yaml = text('questions.yaml')
    // NOT in a multiple-select stem: an error, as in English.
    expect(at('negative-stem-unemphasised')).toEqual([[lineOf(yaml, 'nennt der Text nicht?'), 'error']])
    expect(at('all-or-none-of-the-above')).toEqual([[lineOf(yaml, 'Alle oben genannten'), 'error']])
    expect(of('specific-determiner').map(line)).toContain(lineOf(yaml, 'Immer geringe Kosten'))
    expect(at('negated-tf-statement')).toEqual([[lineOf(yaml, 'hält Cafés nicht'), 'warning']])
  })

  it('takes `immer` before a comparative or `noch`, `wieder`, `mehr`, `weniger` for a trend, not an absolute', () => {
    for (const trend of ['Immer geringere Kosten', 'Immer weniger Kosten', 'Immer noch hohe Kosten', 'Kosten, die immer wieder steigen', 'Immer teurere Brunnen']) {
      const { of, text } = lint(bank({ 'questions.yaml': swap('text: Geringere Kosten', `text: ${trend}`) }, GERMAN))
      expect(of('specific-determiner').map(line), trend).not.toContain(lineOf(text('questions.yaml'), trend))
    }
  })

  it('takes `nicht mehr` in a stem for "no longer", as English takes "no longer", not for a negative to set in capitals', () => {
    const stem = 'stem: Welche Gründe für die Brunnen nennt der Text nicht mehr?'
    expect(lint(bank({ 'questions.yaml': swap('stem: Welche Gründe für die Brunnen nennt der Text?', stem) }, GERMAN)).of('negative-stem-unemphasised')).toEqual([])
  })

  it('leaves the same items alone with the negative in capitals and no cue', () => {
    const { of, findings } = lint(bank({ 'questions.yaml': swap('stem: Welche Gründe für die Brunnen nennt der Text?', 'stem: Welche Gründe für die Brunnen nennt der Text NICHT?') }, GERMAN))
    expect(of('negative-stem-unemphasised')).toEqual([])
    expect(findings.filter((f) => ['all-or-none-of-the-above', 'negated-tf-statement'].includes(f.rule))).toEqual([])
  })

  it('names once the rules that read English words only', () => {
    const reasons = lint(bank({}, GERMAN)).of('wording-language').map((f) => f.reason)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toContain('`positional-claim`')
    expect(reasons[0]).toContain('`negative-stem-unemphasised`, `negated-tf-statement`, `all-or-none-of-the-above` and `specific-determiner` read `de` as well')
  })
})

describe('the lint in an English module built with --lang de', () => {
  // --lang changes the pack's own words, not the article's: "forty thousand pounds" is still
  // forty, read in the article's English. It was read with German number words, so the
  // numeric item's right answer was reported as a figure the article does not give.
  it('reads the figures the article spells out in the article’s language', async () => {
    const numeric =
      '\n  - id: n-cost\n    type: numeric\n    stem: How many thousand pounds a year does the library cost, as Amin says?\n    claims: [costs-money]\n    difficulty: easy\n    bloom: remember\n    answer: 40\n    feedback: Amin gives forty thousand pounds.\n'
    const dir = bank({ 'questions.yaml': (t) => t + numeric })
    expect(lint(dir).of('numeric-answer-not-in-article')).toEqual([])
    const built = await tryBuild({ dir, lang: 'de', formats: ['moodle'] })
    expect(built.lines.filter((l) => l.includes('[numeric-answer-not-in-article]'))).toEqual([])
    expect(built.target).toBeDefined()
  })
})
