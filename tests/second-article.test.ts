// A second article, not the demo's: a bank written to the item-writing rules gets no lint
// finding at all (a lint that cries wolf loses the teacher), and the article revised as a
// newspaper revises a story gets one message per change, at its place, while every claim the
// change did not touch still anchors.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule } from '../src/index.js'
import { assemble, DEMO, demoCopy, lineOf, ROOT, tempDir, withoutRecord } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'

const SECOND = join(ROOT, 'tests/fixtures/second-article')
const claimsText = readFileSync(join(SECOND, 'claims.yaml'), 'utf8')

/** A copy of the second article's module with its article.md changed by `edit`. */
function revised(edit: (text: string) => string): string {
  const dir = join(tempDir('classpack-second-'), 'buses')
  cpSync(SECOND, dir, { recursive: true })
  const path = join(dir, 'article.md')
  const before = readFileSync(path, 'utf8')
  const after = edit(before)
  expect(after).not.toBe(before)
  writeFileSync(path, after)
  return dir
}

const errors = (lines: string[]): string[] => lines.filter((l) => l.includes(': error:'))

describe('a second article with a well-written bank', () => {
  it('gets no lint error or warning, even with --strict', () => {
    const result = checkModule(SECOND, { strict: true })
    expect(result.messages).toEqual([])
    expect((result.lint ?? []).filter((f) => f.severity !== 'info')).toEqual([])
    expect(result.ok).toBe(true)
  })
})

describe('the second article’s quiz', () => {
  it('ends a completion stem with an ellipsis before the instruction, as the options go on it', async () => {
    const pack = await build({ dir: SECOND, formats: ['html'] })
    const quiz = readHtml(readFileSync(join(pack, 'quiz.html'), 'utf8')).mainText.replaceAll('\u00a0', ' ')
    expect(quiz).toContain('is travelling to train as a … Choose one answer.')
  })
})

describe('the second article, revised', () => {
  it('a typo fixed in a quoted passage: one error, at the quote, showing the changed word', () => {
    const { lines } = assemble(revised((t) => t.replace('housholds', 'households')))
    const found = errors(lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`claims.yaml:${lineOf(claimsText, 'fewer than half of housholds do')}:`)
    expect(found[0]).toContain('claim `east-no-car`')
    expect(found[0]).toContain('which has `…households do.` where the quote has `…housholds do`')
  })

  it('a sentence reworded: one error at its claim, pointing at the reworded sentence', () => {
    const { lines } = assemble(
      revised((t) =>
        t.replace(
          "The bus operator, Northway, and the drivers' union have both said that free fares would need at least 30 more drivers.",
          "Northway, the bus operator, and the drivers' union both say free fares would require at least 30 more drivers."
        )
      )
    )
    const found = errors(lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`claims.yaml:${lineOf(claimsText, 'have both said that free fares')}:`)
    expect(found[0]).toMatch(/closest: ¶8 `Northway, the bus operator/)
  })

  it('a paragraph removed: its claim says no passage is close, rather than sending the teacher to another paragraph', () => {
    // Without its record (paragraphs.lock): the inference's account; tests/renumber.test.ts has the record's.
    const { lines } = assemble(withoutRecord(revised((t) => t.replace(/\nCloser to home, Kellsbridge[^\n]*\n/, ''))))
    const found = lines.filter((l) => l.includes('[quote-not-found]'))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`claims.yaml:${lineOf(claimsText, 'the trial had cost twice')}:`)
    expect(found[0]).toContain('no passage of the article is close to it: if its passage was cut, delete claim `kellsbridge-cost` or quote words the article has')
    expect(found[0]).not.toContain('closest:')
    // Every later paragraph moved up one: one error says so, naming each ¶ written after it with its new number.
    const renumbered = lines.filter((l) => l.includes('[paragraph-reference]'))
    expect(renumbered).toHaveLength(1)
    // The facilitator's notes too, which cite the car ownership figure (¶9, now ¶8) and the close (¶13, now ¶12) without quoted words.
    expect(renumbered[0]).toMatch(/article\.md:\d+:1: error: Unexpected numbering from ¶\d+ on: .*to be ¶N−1: 6 references to update: /)
    expect([...renumbered[0]!.matchAll(/→ `(¶[^`]+)`/g)].map((m) => m[1])).toEqual(['¶2, ¶12', '¶8', '¶9', '¶8', '¶8', '¶11'])
    expect(renumbered[0]).toContain('(2 of them by the count alone: no quoted words or claim place them)')
  })

  it('a paragraph split: every claim still anchors; a ¶ written after the split is named with its new number', () => {
    const dir = withoutRecord(revised((t) => t.replace('the council makes least. A 17-year-old', 'the council makes least.\n\nA 17-year-old')))
    const { lines } = assemble(dir)
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    // The trainee's fare is now ¶11 (was ¶10); the pensioners' ¶12 is now ¶13.
    expect(errors(lines)).toEqual([
      expect.stringMatching(new RegExp(`questions\\.yaml:${lineOf(questions, 'The article says so in ¶10')}:\\d+: error: Unexpected \`¶10\` .*expected ¶11`)),
      expect.stringMatching(new RegExp(`questions\\.yaml:${lineOf(questions, 'comparison in ¶12')}:\\d+: error: Unexpected \`¶12\` .*expected ¶13`))
    ])
  })

  it('straight quotes and apostrophes made curly: nothing breaks', () => {
    const dir = revised((t) => {
      const end = t.indexOf('\n---', 4) + 4
      return t.slice(0, end) + t.slice(end).replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’')
    })
    const result = checkModule(dir, { strict: true })
    expect(result.messages).toEqual([])
    expect(result.ok).toBe(true)
  })
})

describe('the demo article after a site’s editor changed its dashes', () => {
  // " - " made " – " throughout (a CMS's typography) gave 3 errors and 20 warnings.
  it('spaced hyphens made en or em dashes: nothing breaks', () => {
    for (const [from, to] of [
      [/ - /g, ' – '],
      [/ - /g, ' — ']
    ] as const) {
      const dir = demoCopy({ 'article.md': (t) => t.replace(from, to) })
      expect(readFileSync(join(dir, 'article.md'), 'utf8')).not.toBe(readFileSync(join(DEMO, 'article.md'), 'utf8'))
      const result = checkModule(dir)
      expect(result.messages.map((m) => m.reason)).toEqual(checkModule(DEMO).messages.map((m) => m.reason))
      expect(result.ok).toBe(true)
    }
  })
})
