// A paragraph reworded since paragraphs.lock, with claims anchored in it: one warning at it
// (`article-changed`) naming its claims and the words that changed, nothing for a paragraph
// no claim rests on or for typography alone, and `check --renumber` records the new words,
// which ends it. Run on the demo and two fixtures, each edit made on the paragraph the
// module's own claims choose, and judged against what checkModule reports of that module.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule, renumberModule } from '../src/index.js'
import { describeEdits } from '../src/references/changed.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'

const MODULES = { demo: DEMO, deutschlandticket: join(ROOT, 'tests/fixtures/deutschlandticket'), german: join(ROOT, 'tests/fixtures/german') }
const ADDED = 'Figures updated after publication.'

function copy(source: string): string {
  const dir = join(tempDir(), source.split('/').at(-1)!)
  cpSync(source, dir, { recursive: true })
  return dir
}

/** The module's paragraphs, and the claims anchored in each (by ¶ number). */
function anchored(dir: string): { paragraphs: Array<{ n: number; text: string; line: number }>; claimsAt: Map<number, string[]> } {
  const result = checkModule(dir)
  expect(result.ok, result.messages.map(String).join('\n')).toBe(true)
  const module = result.module!
  const claimsAt = new Map<number, string[]>()
  for (const c of module.claims) claimsAt.set(c.anchor.paragraph, [...(claimsAt.get(c.anchor.paragraph) ?? []), c.id])
  return { paragraphs: module.article.paragraphs.map((p) => ({ n: p.n, text: p.text, line: p.place.start.line })), claimsAt }
}

/** article.md with one line of the body (a paragraph's only line) changed by `edit`. */
function editLine(dir: string, line: number, edit: (text: string) => string): void {
  const file = join(dir, 'article.md')
  const lines = readFileSync(file, 'utf8').split('\n')
  lines[line - 1] = edit(lines[line - 1]!)
  writeFileSync(file, lines.join('\n'))
}

const changedMessages = (dir: string) => checkModule(dir).messages.filter((m) => m.ruleId === 'article-changed')

describe('a paragraph changed since paragraphs.lock', () => {
  for (const [name, source] of Object.entries(MODULES)) {
    it(`is one warning at it, naming its claims and the words added, until --renumber records it (${name})`, () => {
      const dir = copy(source)
      const { paragraphs, claimsAt } = anchored(dir)
      // The paragraph most claims rest on, written on one line, with a sentence added at its end.
      const target = paragraphs.filter((p) => claimsAt.has(p.n) && readFileSync(join(dir, 'article.md'), 'utf8').split('\n')[p.line - 1]!.trim().endsWith(p.text.slice(-12))).sort((a, b) => claimsAt.get(b.n)!.length - claimsAt.get(a.n)!.length)[0]!
      expect(target).toBeDefined()
      editLine(dir, target.line, (text) => `${text} ${ADDED}`)
      const result = checkModule(dir)
      expect(result.messages.filter((m) => m.fatal === true).map(String)).toEqual([])
      const said = result.messages.filter((m) => m.ruleId === 'article-changed')
      expect(said).toHaveLength(1)
      const [message] = said
      expect(message!.fatal).toBe(false)
      expect(message!.file).toMatch(/article\.md$/)
      expect(message!.line).toBe(target.line)
      expect(message!.reason).toContain(`¶${target.n}`)
      expect(message!.reason).toContain(`${ADDED}”`)
      for (const id of claimsAt.get(target.n)!) expect(message!.reason).toContain(`\`${id}\``)
      // No other paragraph is said to have changed, and the renumbering has nothing to say.
      expect(result.messages.filter((m) => m.ruleId === 'paragraphs-renumbered')).toEqual([])

      const renumbered = renumberModule(dir)
      expect(renumbered.ok, renumbered.messages.map(String).join('\n')).toBe(true)
      expect(renumbered.changed).toEqual([])
      expect(readFileSync(join(dir, 'paragraphs.lock'), 'utf8')).toContain(ADDED)
      expect(changedMessages(dir)).toEqual([])
    })
  }

  // The publisher moved the vote from 2 to 9 October; the teacher mended the claim's quote as its
  // error asked, and the warning said only "read them against ¶1": q-vote-date's key "On 2
  // October" went into the answer key once --renumber was run. The old figure is named where an
  // item on the paragraph still prints it.
  it('names a figure the paragraph no longer gives where an item on it still prints it', () => {
    const dir = copy(join(ROOT, 'tests/fixtures/second-article'))
    for (const name of ['article.md', 'claims.yaml']) {
      const file = join(dir, name)
      writeFileSync(file, readFileSync(file, 'utf8').replace('will decide on 2 October', 'will decide on 9 October'))
    }
    const said = changedMessages(dir)
    expect(said).toHaveLength(1)
    expect(said[0]!.reason).toContain('(“2” → “9”)')
    expect(said[0]!.reason).toContain('; `2` in option 2 of `q-vote-date` is a figure ¶1 no longer gives; read them against ¶1 now')
    // A figure the paragraph still gives is no stale one.
    const kept = copy(DEMO)
    const { paragraphs, claimsAt } = anchored(kept)
    const target = paragraphs.find((p) => claimsAt.has(p.n) && /\d/.test(p.text))!
    editLine(kept, target.line, (text) => `${text} ${ADDED}`)
    expect(changedMessages(kept).map((m) => m.reason).join('\n')).not.toContain('no longer gives')
  })

  it('is nothing where no claim rests on the paragraph, or where only its typography changed', () => {
    const dir = copy(DEMO)
    const { paragraphs, claimsAt } = anchored(dir)
    const free = paragraphs.find((p) => !claimsAt.has(p.n))
    expect(free).toBeDefined()
    editLine(dir, free!.line, (text) => `${text} ${ADDED}`)
    expect(changedMessages(dir)).toEqual([])

    const typed = copy(DEMO)
    const withApostrophe = paragraphs.find((p) => claimsAt.has(p.n) && p.text.includes('’'))!
    editLine(typed, withApostrophe.line, (text) => text.replaceAll('’', "'"))
    expect(changedMessages(typed)).toEqual([])
  })
})

describe('describeEdits', () => {
  it('shows a replaced word, an insertion and a deletion with the word before them', () => {
    expect(describeEdits('costs 63 Euro a month', 'costs 65 Euro a month')).toBe('“63” → “65”')
    expect(describeEdits('the key reason', 'the key reason, clearly,')).toBe('“reason” → “reason, clearly,”')
    expect(describeEdits('Perhaps the key reason', 'The key reason')).toBe('“Perhaps the” → “The”')
    expect(describeEdits('one two three', 'one three')).toBe('“one two” → “one”')
  })

  // A sentence moved to the start of another paragraph was shown as “” → “Trump has learned…”,
  // with nothing on the left to find it by.
  it('shows an insertion or a deletion at the paragraph\'s start with the word after it', () => {
    expect(describeEdits('Optics matter.', 'Rules can be broken. Optics matter.')).toBe('“Optics” → “Rules can be broken. Optics”')
    expect(describeEdits('Update: none. The key reason', 'The key reason')).toBe('“Update: none. The” → “The”')
  })

  // A soft hyphen that came with the publisher's copy showed as “indefinite” → “inde­finite”, the same to the eye.
  it('names a character that does not print, where it is all that changed', () => {
    expect(describeEdits('for an indefinite period', 'for an inde\u00adfinite period')).toBe('“indefinite” → “inde\u00adfinite” [an invisible soft hyphen, U+00AD, added]')
    expect(describeEdits('a\u200bb c', 'ab c')).toBe('“a\u200bb” → “ab” [an invisible zero-width space, U+200B, removed]')
    expect(describeEdits('costs 63 Euro', 'costs 6\u00ad5 Euro')).toBe('“63” → “6\u00ad5”')
  })

  it('shows the first two changes and counts the rest, each shortened', () => {
    const before = 'a b c d e f g'
    const after = 'A b C d E f G'
    expect(describeEdits(before, after)).toBe('“a” → “A”, “c” → “C” and 2 more changes')
    const long = Array.from({ length: 12 }, (_, i) => `w${i}`).join(' ')
    expect(describeEdits('start', `start ${long}`)).toBe(`“start” → “start w0 w1 w2 w3 w4 w5 w6 …”`)
  })
})
