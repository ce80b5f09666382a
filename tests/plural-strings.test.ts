// The pack's English agrees a count with its noun: a class of one is "1 student", not "1 students".
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { de } from '../src/lang/de.js'
import { en } from '../src/lang/en.js'
import { LANGUAGES } from '../src/lang/index.js'
import { DEMO, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'

/** A roster of these names. */
function roster(names: string[]): string {
  const file = join(tempDir(), 'roster.csv')
  writeFileSync(file, `name,id\n${names.map((n, i) => `${n},S${i + 1}`).join('\n')}\n`)
  return file
}

describe('counts in the pack’s English', () => {
  it.each([
    [['Ada'], 'One quiz per student (1 student) in the'],
    [['Ada', 'Ben'], 'One quiz per student (2 students) in the']
  ])('the index of a class of %j says "%s"', async (names, said) => {
    const pack = await build({ dir: DEMO, roster: roster(names), formats: ['html'] })
    expect(readHtml(readFileSync(join(pack, 'index.html'), 'utf8')).mainText.replace(/\s+/g, ' ')).toContain(said)
  }, 120_000)
})

describe('English UI strings', () => {
  const en = LANGUAGES.find((l) => l.lang === 'en')!
  it('say "about 1 minute" and a short answer of "1 point" in the grading sheet', () => {
    expect(en.aboutMinutes(1)).toBe('about 1 minute')
    expect(en.aboutMinutes(12)).toBe('about 12 minutes')
    expect(en.types.short.gradingCell(1)).toBe('short answer (1 point; see key)')
    expect(en.types.short.gradingCell(3)).toBe('short answer (3 points; see key)')
  })
})

describe('a module with one key claim', () => {
  const counts = { title: 'T', author: null, quizCount: 1, discussionCount: 0, seed: 1, versions: null, students: null, studentQuizzes: null, paragraphsCovered: '¶2', paragraphsLeftOut: null }
  it.each([
    ['en', 'They cover the key claim and paragraphs ¶2.', 'They cover 3 of the 4 key claims and paragraphs ¶2.'],
    ['de', 'Die Fragen decken die Kernaussage und die Absätze ¶2 ab.', 'Die Fragen decken 3 der 4 Kernaussagen und die Absätze ¶2 ab.']
  ])('is covered by "the key claim" in %s, not "1 of the 1"', (lang, one, several) => {
    const strings = LANGUAGES.find((l) => l.lang === lang)!
    expect(strings.index({ ...counts, claimsCovered: 1, claimsTotal: 1 }).coverage).toBe(one)
    expect(strings.index({ ...counts, claimsCovered: 3, claimsTotal: 4 }).coverage).toBe(several)
  })
})

describe('a claim’s sentences, as the handout cites them', () => {
  it('are one sentence, a run (2–3), or a list, in each language', () => {
    expect([[2], [2, 3], [2, 4], [1, 2, 3, 5]].map((ns) => en.sentences(ns))).toEqual(['sentence\u00a02', 'sentences\u00a02–3', 'sentences\u00a02 and 4', 'sentences\u00a01–3 and 5'])
    expect([[2], [2, 3], [2, 4]].map((ns) => de.sentences(ns))).toEqual(['Satz\u00a02', 'Sätze\u00a02–3', 'Sätze\u00a02 und 4'])
  })
})

describe('the byline under a document’s heading', () => {
  it('quotes the article’s title in each language, a quotation inside it in single marks', () => {
    const key = (lang: string, title: string, author: string | null) => LANGUAGES.find((l) => l.lang === lang)!.answerKey({ title, author, version: null, items: 1, points: 1, options: true }).byline
    expect(key('en', 'Why cities need water', 'Mia Keller')).toBe('“Why cities need water” by Mia Keller')
    expect(key('en', 'The “peace plan” nobody read', null)).toBe('“The ‘peace plan’ nobody read”')
    expect(key('de', 'Warum Städte Wasser brauchen', 'Mia Keller')).toBe('„Warum Städte Wasser brauchen“ von Mia Keller')
    expect(key('de', 'Der „Friedensplan“ im Test', null)).toBe('„Der ‚Friedensplan‘ im Test“')
  })
})

describe('the select-all scoring in the German key', () => {
  it('agrees with one right answer and with several', () => {
    expect(de.types.multiple.keyScoring(1, 2)).toBe('Bewertung: 1 richtige Antwort; das richtige Kreuz bringt 2 Punkte, jedes falsche kostet 2 Punkte; mindestens 0 Punkte.')
    expect(de.types.multiple.keyScoring(3, 2)).toBe('Bewertung: 3 richtige Antworten; jedes richtige Kreuz bringt 2/3 Punkt, jedes falsche kostet 2/3 Punkt; mindestens 0 Punkte.')
    expect(de.types.multiple.keyScoring(2, 1)).toBe('Bewertung: 2 richtige Antworten; jedes richtige Kreuz bringt 0,5 Punkte, jedes falsche kostet 0,5 Punkte; mindestens 0 Punkte.')
  })
})

describe('the answer key’s intro', () => {
  const intro = (lang: string, options: boolean) => LANGUAGES.find((l) => l.lang === lang)!.answerKey({ title: 'T', author: null, version: null, items: 2, points: 4, options }).intro
  it('promises why each option is right or wrong only when an item has options', () => {
    expect(intro('en', true)).toBe('2 questions, 4 points. For each question: the answer, why each option is right or wrong, and the claim and paragraph (¶) it tests.')
    expect(intro('en', false)).toBe('2 questions, 4 points. For each question: the answer and the claim and paragraph (¶) it tests.')
    expect(intro('de', true)).toContain('die Lösung, warum jede Option richtig oder falsch ist, und welche Aussage')
    expect(intro('de', false)).toContain('die Lösung und welche Aussage in welchem Absatz (¶) sie prüft.')
  })
})

describe('the claims an item tests, in an export’s feedback', () => {
  const one = [{ label: 'C2', paragraph: 2, paraphrase: 'Hitze.' }]
  const two = [...one, { label: 'C5', paragraph: 3, paraphrase: 'Wasser.' }]
  it('are one line each in English, and in German one line for one claim, a heading over several', () => {
    expect(en.exports.tests(two)).toEqual(['Tests C2 (¶2): Hitze.', 'Tests C5 (¶3): Wasser.'])
    expect(de.exports.tests(one)).toEqual(['Geprüfte Aussage C2 (¶2): Hitze.'])
    expect(de.exports.tests(two)).toEqual(['Geprüfte Aussagen:', 'C2 (¶2): Hitze.', 'C5 (¶3): Wasser.'])
    expect(de.exports.tests([])).toEqual([])
  })
})

describe('the teacher’s reading copy, of one key claim or several', () => {
  const note = (lang: string, claims: number) => LANGUAGES.find((l) => l.lang === lang)!.article({ author: null, publication: null, published: null, paragraphs: 9, claims }).teacherNote
  it('names the one claim’s label alone, and the labels of several', () => {
    expect(note('de', 1)).toBe('Die Kernaussage ist im Text markiert und mit ihrer Kennung (C1) versehen, unter der sie auch in Handout, Diskussionsfragen und Lösungsschlüssel erscheint.')
    expect(note('de', 12)).toBe('Jede der 12 Kernaussagen ist im Text markiert und mit ihrer Kennung (C1, C2, …) versehen, unter der sie auch in Handout, Diskussionsfragen und Lösungsschlüssel erscheint.')
    expect(note('en', 1)).toContain('after its label (C1) as')
    expect(note('en', 12)).toContain('after its label (C1, C2, …) as')
  })
})

describe('a test’s questions in German', () => {
  it('are "Aufgaben" wherever a quiz, its key and its cover count or name them; a discussion’s are "Fragen"', () => {
    const sample = { title: 'T', author: null, version: null, items: 6, points: 8, minutes: null }
    expect(de.quiz({ ...sample, marks: { one: true, all: false, other: false } }).intro).toBe('6 Aufgaben, 8 Punkte. Alle Aufgaben bearbeiten; die Punkte stehen jeweils in Klammern.')
    expect(de.quiz({ ...sample, items: 1, marks: { one: true, all: false, other: false } }).intro).toMatch(/^1 Aufgabe, /)
    expect(de.cover(sample).intro).toBe('6 Aufgaben, 8 Punkte.')
    expect(de.keyQuestion(3)).toBe('Aufgabe 3')
    expect(de.answerKey({ ...sample, options: true }).question).toBe('Aufgabe')
    expect(de.grading.question(2)).toBe('Aufgabe 2')
    expect(de.setAside.question('q-kosten')).toBe('Aufgabe q-kosten')
    expect(de.setAside.discussion('d-hitze')).toBe('Diskussionsfrage d-hitze')
    expect(de.discussion({ title: 'T', author: null, count: 2, minutes: null, timed: 0, misreadings: false }).intro).toMatch(/^2 Fragen\. Zu jeder Frage /)
  })
})
