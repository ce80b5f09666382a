// Checked paragraph references: a `¶N` in claims.yaml or questions.yaml must exist, an
// item's must be the paragraph of a claim it rests on (a claim-less neighbour is a
// warning), and a quotation cited with a ¶ must stand in that paragraph; so inserting a
// paragraph into the article makes `check` name every stale ¶, with the right one.
import { describe, expect, it } from 'vitest'
import { findReferences, paragraphsOf } from '../src/references/parse.js'
import { assemble, DEMO, demoCopy as recordedCopy, lineOf, withoutRecord } from './helpers/fixtures.js'

// The inference that checks the references of a module without paragraphs.lock (as every
// module was before it): the demo copied without its record. tests/renumber.test.ts checks
// the references against the record.
const demoCopy = (edit: Parameters<typeof recordedCopy>[0] = {}): string => withoutRecord(recordedCopy(edit))
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const refs = (text: string): Array<[string, number[]]> => findReferences(text).map((r) => [r.text, paragraphsOf(r)])

/** The files of `dir` with the changes a renumbering message lists made (those on lines `only` accepts), as a teacher would, by line and column. */
function applyListed(message: string, dir: string, only: (line: string) => boolean = () => true): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of message.split('references to update: ')[1]!.split(/; (?=[\w-]+\.yaml )/)) {
    const name = part.slice(0, part.indexOf(' '))
    const lines = (out[name] ?? readFileSync(join(dir, name), 'utf8')).split('\n')
    const changes = [...part.matchAll(/(\d+):(\d+) `(¶[^`]+)` → `(¶[^`]+)`/g)].filter((m) => only(lines[Number(m[1]) - 1]!))
    // From the last, so each earlier column still stands where it was listed.
    for (const [, line, column, from, to] of changes.reverse()) {
      const text = lines[Number(line) - 1]!
      const at = Number(column) - 1
      expect(text.slice(at, at + from!.length)).toBe(from)
      lines[Number(line) - 1] = text.slice(0, at) + to + text.slice(at + from!.length)
    }
    out[name] = lines.join('\n')
  }
  return out
}

/** A YAML file's lines that are not comments: a comment's ¶ is no reference. */
const withoutComments = (text: string): string => text.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n')

describe('reading ¶ references', () => {
  it('reads single paragraphs, ranges and lists in the forms teachers write', () => {
    expect(refs('see ¶3 and ¶5.')).toEqual([['¶3 and ¶5', [3, 5]]])
    expect(refs('developed in ¶3–¶6')).toEqual([['¶3–¶6', [3, 4, 5, 6]]])
    expect(refs('(¶13–14)')).toEqual([['¶13–14', [13, 14]]])
    expect(refs('¶3-5, then ¶9')).toEqual([['¶3-5', [3, 4, 5]], ['¶9', [9]]])
    expect(refs('¶¶3, 5 and 7')).toEqual([['¶¶3, 5 and 7', [3, 5, 7]]])
    expect(refs('¶¶12–14')).toEqual([['¶¶12–14', [12, 13, 14]]])
    expect(refs('¶1..¶21')).toEqual([['¶1..¶21', Array.from({ length: 21 }, (_, i) => i + 1)]])
    expect(refs('¶ 4')).toEqual([['¶ 4', [4]]])
    // A number after a comma belongs to the list only after ¶¶ or with its own ¶.
    expect(refs('in ¶1, 2 people')).toEqual([['¶1', [1]]])
    expect(refs('no references here, 12 of them')).toEqual([])
  })
})

describe('checking ¶ references', () => {
  it('finds nothing to report in the demo module', () => {
    const r = assemble(DEMO)
    expect(r.lines.filter((l) => l.includes('paragraph-reference'))).toEqual([])
  })

  it('a paragraph the article does not have is an error where it is written, in any text field', () => {
    const dir = demoCopy({
      'claims.yaml': (t) => t.replace('rather than interpret them.', 'rather than interpret them (¶25).'),
      'questions.yaml': (t) => t.replace('      The article opens with two reasons', '      The article opens (¶0) with two reasons')
    })
    const r = assemble(dir)
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const at = (text: string, needle: string): string => {
      const line = lineOf(text, needle)
      return `${line}:${text.split('\n')[line - 1]!.indexOf(needle) + 1}`
    }
    expect(r.lines).toContain(`${join(dir, 'claims.yaml')}:${at(claims, '¶25')}: error: Unexpected \`¶25\` in claim \`leader-deals-worldview\`, expected a paragraph from ¶1 to ¶21: the article has 21 (¶25 is not one)  [paragraph-reference]`)
    expect(r.lines).toContain(`${join(dir, 'questions.yaml')}:${at(questions, '¶0')}: error: Unexpected \`¶0\` in item \`q-two-reasons-short\`, expected a paragraph from ¶1 to ¶21: the article has 21 (¶0 is not one)  [paragraph-reference]`)
  })

  it("an item's ¶ must be a paragraph of a claim it rests on: an error with the right ¶ as the hint", () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('      According to the author, what is perhaps the key reason', '      In ¶12, according to the author, what is perhaps the key reason') })
    const r = assemble(dir)
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const line = lineOf(questions, 'In ¶12, according')
    expect(r.lines).toContain(`${join(dir, 'questions.yaml')}:${line}:10: error: Unexpected \`¶12\` in item \`q-key-reason\`, expected ¶13 (claim \`white-house-clash\`), the nearest of the paragraphs item \`q-key-reason\` rests on: ¶1, ¶2, ¶13, ¶19 (if ¶12 is meant, name its claim, \`backstop-not-out-of-question\`, in the item's \`claims\`)  [paragraph-reference]`)
    expect(r.module).toBeUndefined()
  })

  it("an item's ¶ that no claim anchors, away from its own, is told both mends: the number, or a claim there", () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('      According to the author, what is perhaps the key reason', '      In ¶5, according to the author, what is perhaps the key reason') })
    const r = assemble(dir)
    const said = r.lines.filter((l) => l.includes('`¶5` in item `q-key-reason`'))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/: error: .*expected ¶2 \(claim `[^`]+`\).* \(if ¶5 is meant, curate a claim in it and name that in the item's `claims`\)  \[paragraph-reference\]$/)
  })

  it("a claim-less paragraph next to the item's claim is a warning, and a range spanning its claim's ¶ is fine", () => {
    // ¶5 holds no claim and lies next to ¶6 (putin-deterred-by-trump); ¶4–¶6 spans ¶6.
    const item = (stem: string): string =>
      `  - id: q-neighbour\n    type: single\n    stem: "${stem}"\n    claims: [putin-deterred-by-trump]\n    difficulty: easy\n    bloom: understand\n    options:\n      - { text: One, correct: true, feedback: Yes. }\n      - { text: Two, feedback: No. }\n`
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/\nquiz:\n/, `\nquiz:\n${item('Read ¶5. What follows?')}${item('Read ¶4–¶6. What follows?').replace('q-neighbour', 'q-range')}`) })
    const r = assemble(dir)
    const found = r.lines.filter((l) => l.includes('paragraph-reference'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/: warning: Unexpected `¶5` in item `q-neighbour`, expected ¶6, the paragraph of claim `putin-deterred-by-trump` that item `q-neighbour` rests on; no claim anchors ¶5/)
    expect(r.module).toBeDefined()
  })

  it("a claim's paraphrase must cite its own paragraph or a related claim's", () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('      The author suggests that the main reason Trump', '      The author suggests (¶5) that the main reason Trump') })
    const r = assemble(dir)
    // Its relations reach ¶12 and ¶17 (claims it supports or that support it).
    const line = lineOf(readFileSync(join(dir, 'claims.yaml'), 'utf8'), 'The author suggests (¶5)')
    expect(r.lines).toContain(`${join(dir, 'claims.yaml')}:${line}:28: error: Unexpected \`¶5\` in the paraphrase of claim \`deal-ends-involvement\`, expected ¶1 (claim \`deal-ends-involvement\`), the nearest of the paragraphs the paraphrase of claim \`deal-ends-involvement\` rests on: ¶1, ¶12, ¶17  [paragraph-reference]`)
  })

  // An insertion near the top once gave 14 errors, a removal 22, and none named the cause.
  it.each([
    ['inserting', (t: string) => t.replace('he does believe it.\n', 'he does believe it.\n\nA paragraph inserted by an editor.\n'), 1],
    ['removing', (t: string) => t.replace('\nWhy?\n', '\n'), -1]
  ])('%s a paragraph is one error at the first paragraph renumbered, listing every stale reference with its new number', (_, edit, shift) => {
    const dir = demoCopy({ 'article.md': edit })
    const r = assemble(dir)
    const stale = r.lines.filter((l) => l.includes('paragraph-reference') && l.includes(': error: '))
    expect(stale).toHaveLength(1)
    // The article's number for the first paragraph renumbered, and the number the files still write for it.
    const [, line, first, cited, now] = /article\.md:(\d+):1: error: Unexpected numbering from ¶(\d+) on: claims\.yaml, module\.yaml and questions\.yaml cite the article's ¶\d+ as ¶(\d+), .* expected each ¶N written from ¶(\d+) on to be ¶N/.exec(stale[0]!)!.map(Number) as number[]
    expect(first).toBe((now as number) + shift)
    expect(cited).toBe(now)
    // Where to look: before that paragraph (no quoted words confirm where exactly).
    expect(stale[0]).toContain(`(a paragraph ${shift > 0 ? 'inserted or split' : 'removed or merged'} `)
    // At that paragraph's first line.
    const article = readFileSync(join(dir, 'article.md'), 'utf8').split('\n')
    expect(article[(line as number) - 1]!.length).toBeGreaterThan(0)
    expect(article[(line as number) - 2]).toBe('')
    // Each reference listed stands where it is said to, and is renumbered by the shift.
    const files = { 'claims.yaml': readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n'), 'module.yaml': readFileSync(join(dir, 'module.yaml'), 'utf8').split('\n'), 'questions.yaml': readFileSync(join(dir, 'questions.yaml'), 'utf8').split('\n') }
    let listed = 0
    for (const part of stale[0]!.split('references to update: ')[1]!.split('; ')) {
      const name = part.slice(0, part.indexOf(' ')) as keyof typeof files
      for (const m of part.matchAll(/(\d+):(\d+) `(¶[^`]+)` → `(¶[^`]+)`/g)) {
        listed++
        expect(files[name][Number(m[1]) - 1]!.slice(Number(m[2]) - 1)).toMatch(new RegExp(`^${m[3]}`))
        expect(m[4]).toBe(m[3]!.replace(/\d+/g, (d) => String(Number(d) >= (now as number) ? Number(d) + shift : Number(d))))
      }
    }
    expect(listed).toBeGreaterThanOrEqual(8)
    expect(stale[0]).toContain(`${listed} references to update`)
    // The words the editors quote are among them, with where they now are.
    expect(stale[0]).toMatch(new RegExp(`\`¶19\` → \`¶${19 + shift}\``))
    // And every other ¶ from there on, in prose or beside another of its item's claims: a
    // teacher who makes the changes listed has the files as they were, each number from the
    // first renumbered on shifted, and check passes. Once, the listed ones alone passed
    // check and left "¶4 or ¶4" on the quiz.
    expect(stale[0]).toMatch(/ \(\d+ of them by the count alone: no quoted words or claim place them\)/)
    const changed = applyListed(stale[0]!, dir)
    for (const name of ['claims.yaml', 'module.yaml', 'questions.yaml']) {
      const shifted = readFileSync(join(DEMO, name), 'utf8').replace(/¶+[\d\s,.–—-]*\d/g, (ref) => ref.replace(/\d+/g, (d) => String(Number(d) >= (now as number) ? Number(d) + shift : Number(d))))
      expect(withoutComments(changed[name]!), name).toBe(withoutComments(shifted))
    }
    for (const [name, text] of Object.entries(changed)) writeFileSync(join(dir, name), text)
    expect(assemble(dir).lines.filter((l) => l.includes('paragraph-reference'))).toEqual([])
  })

  // An insertion at the top: the first reference the checks catch was ¶6, and notes citing
  // ¶1–¶5 went unlisted (then check passed with them a paragraph early).
  it('names each reference between the last paragraph confirmed and the first renumbered, to read against the article', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('Perhaps the key reason Trump', 'An editor’s note opens the article.\n\nPerhaps the key reason Trump') })
    const said = assemble(dir).lines.filter((l) => l.includes('Unexpected numbering'))
    expect(said).toHaveLength(1)
    const part = /; and (\d+) that cite ¶1–¶(\d+), which moved too if the change is before them: (.*) {2}\[paragraph-reference\]$/.exec(said[0]!)
    expect(part, said[0]).not.toBeNull()
    const named = [...part![3]!.matchAll(/([\w-]+\.yaml) (\d+):(\d+) `(¶[^`]+)`/g)]
    expect(named).toHaveLength(Number(part![1]))
    for (const [, name, line, column, ref] of named) {
      const text = readFileSync(join(dir, name!), 'utf8').split('\n')[Number(line) - 1]!
      expect(text.slice(Number(column) - 1)).toMatch(new RegExp(`^${ref}`))
      expect(Math.min(...[...ref!.matchAll(/\d+/g)].map((m) => Number(m[0])))).toBeLessThanOrEqual(Number(part![2]))
    }
  })

  it('lists only what quoted words or claims place, and says to look for the rest, when the files already cite a paragraph after the change by its new number', () => {
    // After inserting a paragraph, a teacher updated the ¶ after words a discussion question quotes, then ran check.
    const dir = demoCopy({ 'article.md': (t) => t.replace('he does believe it.\n', 'he does believe it.\n\nA paragraph inserted by an editor.\n') })
    const before = assemble(dir).lines.find((l) => l.includes('Unexpected numbering'))!
    writeFileSync(join(dir, 'questions.yaml'), applyListed(before, dir, (line) => line.includes('“From Trump’s perspective” (¶19)'))['questions.yaml']!)
    const after = assemble(dir).lines.filter((l) => l.includes('Unexpected numbering'))
    expect(after).toHaveLength(1)
    // The others could be in either numbering: only quoted words and claims say which.
    expect(after[0]).not.toContain('by the count alone')
    expect(after[0]).toContain('(a ¶ that prose cites without quoted words is not checked: look for ¶')
    expect(Number(/(\d+) references to update/.exec(after[0]!)![1])).toBeLessThan(Number(/(\d+) references to update/.exec(before)![1]) - 50)
  })

  // A revised figure broke a claim's quote; the ¶ an item cites for that claim was then
  // judged against the item's other claims, and called stale ("expected ¶4") beside the real error.
  it("judges no ¶ of an item one of whose claims does not anchor: where that claim stood is the quote's error to settle", () => {
    const item = `  - id: q-two-paragraphs\n    type: single\n    stem: "Why does ¶1 matter for the worldview in ¶2?"\n    claims: [deal-ends-involvement, leader-deals-worldview]\n    difficulty: easy\n    bloom: understand\n    options:\n      - { text: One, correct: true, feedback: Yes. }\n      - { text: Two, feedback: No. }\n`
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/\nquiz:\n/, `\nquiz:\n${item}`), 'claims.yaml': (t) => t.replace('Perhaps the key reason Trump', 'Perhaps the main reason Trump') })
    const r = assemble(dir)
    expect(r.lines.filter((l) => l.includes('[quote-not-found]'))).toHaveLength(1)
    expect(r.lines.filter((l) => l.includes('paragraph-reference'))).toEqual([])
    // With the claim anchored, the ¶s are judged as ever: ¶3 is neither claim's.
    const fine = demoCopy({ 'questions.yaml': (t) => t.replace(/\nquiz:\n/, `\nquiz:\n${item.replace('¶2?', '¶3?')}`) })
    expect(assemble(fine).lines.filter((l) => l.includes('paragraph-reference'))).toEqual([expect.stringContaining('Unexpected `¶3` in item `q-two-paragraphs`')])
  })

  // "Unexpected `¶20` … in claims.yaml" named the file, not the entry.
  it('names the glossary term, theme or actor whose text cites a paragraph the article does not have', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('(spelled “reassurace” in ¶20)', '(spelled “reassurace” in ¶30)') })
    const said = assemble(dir).lines.filter((l) => l.includes('[paragraph-reference]'))
    expect(said).toEqual([expect.stringMatching(/claims\.yaml:168:\d+: error: Unexpected `¶30` in glossary term `[^`]+`, expected a paragraph from ¶1 to ¶21/)])
  })

  // The answer key and facilitator edition print module.yaml's reasons for rules set aside; their ¶s went unchecked.
  it("checks the ¶s of module.yaml's reasons for lint rules set aside, where they are written", () => {
    const dir = demoCopy({ 'module.yaml': (t) => t.replace('¶5 is the one-word question', '¶25 is the one-word question') })
    const text = readFileSync(join(dir, 'module.yaml'), 'utf8').split('\n')
    const line = text.findIndex((l) => l.includes('¶25 is the one-word')) + 1
    const said = assemble(dir).lines.filter((l) => l.includes('[paragraph-reference]'))
    expect(said).toEqual([expect.stringContaining(`module.yaml:${line}:${text[line - 1]!.indexOf('¶25') + 1}: error: Unexpected \`¶25\` in module.yaml, expected a paragraph from ¶1 to ¶21`)])
  })

  // Quoted words the article had lost passed check, and the note went on quoting them.
  it('says once that quoted words before a ¶ are no longer in the article: as the misquotation, or as the ¶ warning where that rule is set aside', () => {
    const reworded = (t: string): string => t.replace('From Trump’s perspective', 'From the President’s point of view')
    const dir = demoCopy({ 'article.md': reworded })
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const line = questions.split('\n').findIndex((l) => l.includes('“From Trump’s perspective” (¶19)')) + 1
    // The misquotation error (the lint's, at the facilitator notes) is the one message: the ¶
    // warning that the same words stand before ¶19 said its cause again.
    const said = assemble(dir).lines.filter((l) => l.includes('d-steelman-thesis') && l.includes('From Trump’s perspective'))
    expect(said).toEqual([expect.stringMatching(/questions\.yaml:\d+:\d+: error: Unexpected quotation `From Trump’s perspective` in the facilitator notes of `d-steelman-thesis` that the article does not contain.* {2}\[quote-not-in-source\]$/)])
    // So too where another error keeps the lint from running, and check finds the misquotation itself.
    const stopped = demoCopy({ 'article.md': reworded, 'module.yaml': (t) => t.replace(/^default_set: .*$/m, 'default_set: nosuch') })
    const stoppedSaid = assemble(stopped).lines.filter((l) => l.includes('d-steelman-thesis') && l.includes('From Trump’s perspective'))
    expect(stoppedSaid).toEqual([expect.stringMatching(/: error: Unexpected quotation `From Trump’s perspective` in the facilitator notes of `d-steelman-thesis`.* {2}\[quote-not-in-source\]$/)])
    // With the rule set aside for the question, the ¶ warning says it.
    const aside = demoCopy({
      'article.md': reworded,
      'questions.yaml': (t) => t.replace('  - id: d-steelman-thesis\n', '  - id: d-steelman-thesis\n    lint:\n      ignore:\n        quote-not-in-source: "Kept as the author first wrote it, for the discussion."\n')
    })
    const warned = assemble(aside).lines.filter((l) => l.includes('d-steelman-thesis') && l.includes('From Trump’s perspective'))
    expect(warned).toEqual([expect.stringMatching(new RegExp(`questions\\.yaml:${line + 3}:\\d+: warning: Unexpected words \`“From Trump’s perspective”\` before \`¶19\` in discussion question \`d-steelman-thesis\`, expected words the article has: they are not in it \\(reworded or cut\\?\\), so readers will not find them at ¶19 or anywhere {2}\\[paragraph-reference\\]$`))])
  })

  // A plain search for `¶12` found it inside an earlier `¶12–¶19` of the same note, and pointed there.
  it('points at the ¶ that follows the quoted words, not the same number earlier in a range', () => {
    // ¶12's "perhaps" reworded: the note's “perhaps” in ¶12 no longer stands there.
    const dir = demoCopy({ 'article.md': (t) => t.replace('minerals, and perhaps', 'minerals, and possibly') })
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8').split('\n')
    const line = questions.findIndex((l) => l.includes('“perhaps” in ¶12')) + 1
    expect(questions.slice(line - 5, line - 1).join('\n')).toContain('¶12–¶19')
    const said = assemble(dir).lines.filter((l) => l.includes('`¶12` for the words `“perhaps”`'))
    expect(said).toHaveLength(1)
    expect(said[0]).toContain(`questions.yaml:${line}:${questions[line - 1]!.indexOf('¶12') + 1}: error:`)
  })
})

describe('quotations in quiz items after the article changes', () => {
  /** `line:column` of the value of the option whose text starts with `text`. */
  const optionAt = (questions: string, text: string): string => {
    const line = lineOf(questions, `- text: ${text}`)
    return `${line}:${questions.split('\n')[line - 1]!.indexOf(text) + 1}`
  }

  it('a changed word in a sentence an option quotes fails check at that option', () => {
    // The option quotes more of ¶17 than any claim does, so the claims still anchor: the lint finds it.
    const dir = demoCopy({ 'article.md': (t) => t.replace('to provide reassurance to Ukraine’s armed forces', 'to provide support to Ukraine’s armed forces') })
    const r = assemble(dir)
    expect(r.ok).toBe(false)
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const at = optionAt(questions, '“would offer troops and air cover to provide reassurance')
    expect(r.lines).toContainEqual(expect.stringMatching(new RegExp(`^${join(dir, 'questions.yaml')}:${at}(-\\d+:\\d+)?: error: Unexpected quotation \`would offer troops and air cover to provide reassurance[^\`]*\` in option \\d of \`q-predictions-multi\` that the article does not contain, expected the article's words exactly .*; closest: ¶17 \`would offer troops and air cover to provide support to Ukraine’s armed forces\``)))
  })

  it('and so does one in a sentence a claim quotes too: the claim and every item quoting it, at once', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('deeply colours his approach', 'deeply shapes his approach') })
    const r = assemble(dir)
    expect(r.ok).toBe(false)
    expect(r.lines.some((l) => l.includes('[quote-not-found]') && l.includes('attitude-colours-approach'))).toBe(true)
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const at = optionAt(questions, '“This attitude of Trump’s deeply colours his approach”')
    const line = r.lines.find((l) => l.startsWith(`${join(dir, 'questions.yaml')}:${at}`))
    expect(line).toMatch(/: error: Unexpected quotation `This attitude of Trump’s deeply colours his approach` in option \d of `q-hedges-multi` that the article does not contain, .*; closest: ¶7 `This attitude of Trump’s deeply shapes his approach/)
    expect(line).toMatch(/\[quote-not-in-source\]$/)
  })
})
