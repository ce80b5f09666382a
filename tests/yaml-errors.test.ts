// YAML errors where the mistake is: an unclosed `[`, `{` or quote is reported once, at the
// opener, with where the parser gave up; a colon inside plain text gets the hint to quote
// it; a missing file is reported as missing, not as an empty set.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { formatMessages } from '../src/messages.js'
import { readQuestions } from '../src/questions/read.js'
import { readYaml } from '../src/yaml/read.js'
import { assemble, demoCopy, lineOf, run, tempDir, TINY } from './helpers/fixtures.js'

/** Insert `line` as line `n` (1-based) of `text`. */
const insertAt = (text: string, n: number, line: string): string => {
  const lines = text.split('\n')
  lines.splice(n - 1, 0, line)
  return lines.join('\n')
}

/** The messages of reading `text` as YAML, as printed. */
function problems(text: string): string[] {
  const file = new VFile({ path: 'x.yaml', value: text })
  readYaml(file)
  return formatMessages([file]).split('\n').filter(Boolean)
}

const errors = (lines: readonly string[]): string[] => lines.filter((l) => l.includes(': error:'))

describe('a value of the wrong type', () => {
  // "Unexpected `8`, expected a number" named the very thing it refused: the 8 was in quotes.
  it.each([
    ['    answer: 8\n', '    answer: "8"\n', ['Unexpected `"8"` at `quiz[', '].answer`, expected a number']],
    ['    answer: 8\n', "    answer: '8'\n", ["Unexpected `'8'` at `quiz[", '].answer`, expected a number']],
    ['    answer: 8\n', '    answer: .inf\n', ['Unexpected `.inf` at `quiz[', '].answer`, expected a number']],
    ['    answer: 8\n', '    answer: 1e400\n', ['Unexpected `1e400` at `quiz[', '].answer`, expected a number']],
    ['    answer: false\n', '    answer: "false"\n', ['Unexpected `"false"` at `quiz[', '].answer`, expected `true` or `false`']]
  ])('is shown as written: %j as %j', (from, to, [before, after]) => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(from, to) })
    const found = errors(assemble(dir).lines)
    expect(found).toHaveLength(1)
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    expect(found[0]).toMatch(new RegExp(`${escape(before!)}\\d+${escape(after!)}`))
  })
})

describe('a closing bracket that closes nothing', () => {
  // The parser stops at a stray `]` and finds every later line unexpected: 985 errors in the demo's questions.yaml.
  it.each([
    ['questions.yaml', '    claims: [deal-ends-involvement]', ']'],
    ['claims.yaml', '    themes: [trump-putin]', ']']
  ])('in the demo %s (%s plus one) gives one error, at the bracket, and the rest of the file is read', (file, line, char) => {
    const dir = demoCopy({ [file]: (t) => t.replace(`${line}\n`, `${line}${char}\n`) })
    const text = readFileSync(join(dir, file), 'utf8')
    const row = text.split('\n').indexOf(`${line}${char}`) + 1
    expect(row).toBeGreaterThan(0)
    const found = errors(assemble(dir).lines)
    expect(found).toEqual([`${join(dir, file)}:${row}:${line.length + 1}: error: Unexpected \`${char}\` that closes nothing, expected no \`${char}\` here (one too many, or its \`[\` is missing): delete it, or if it is part of the text put the whole value in quotes  [yaml-syntax]`])
  })

  it('of a flow mapping is said the same way', () => {
    expect(errors(problems('a:\n  b: {x: 1}}\n  c: 2\n'))).toEqual(['x.yaml:2:12: error: Unexpected `}` that closes nothing, expected no `}` here (one too many, or its `{` is missing): delete it, or if it is part of the text put the whole value in quotes  [yaml-syntax]'])
  })
})

describe('a quote left open inside a list', () => {
  // Once said as the list's `[` twenty times over, once per repair tried.
  it('is named at its column, and nothing is said twice', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('    tags: [core]\n', '    tags: ["core]\n') })
    const found = errors(assemble(dir).lines)
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThanOrEqual(2)
    expect(new Set(found).size).toBe(found.length)
    expect(found.some((l) => /questions\.yaml:\d+:12: error: Unexpected `"` that is never closed/.test(l))).toBe(true)
  })
})

describe('an unclosed flow collection or quote', () => {
  it('in the demo claims.yaml at line 4 gives exactly one error, at line 4', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => insertAt(t, 4, 'broken: [unclosed') })
    const found = errors(assemble(dir).lines)
    expect(found).toHaveLength(1)
    // Where the parser gave up depends on the file's content; the place of the mistake does not.
    expect(found[0]).toMatch(/claims\.yaml:4:9: error: Unexpected `\[` that is never closed, expected a `\]` to end this list: opened here and still open at line \d+ \(if the `\[` is part of the text, put the whole value in quotes\) {2}\[yaml-syntax\]$/)
  })

  it('and so does classpack check, which exits 1', async () => {
    const dir = demoCopy({ 'claims.yaml': (t) => insertAt(t, 4, 'broken: [unclosed') })
    const result = await run(['check', dir])
    expect(result.code).toBe(1)
    expect(errors(result.stderr.split('\n'))).toHaveLength(1)
    expect(result.stderr).toContain('claims.yaml:4:9: error: Unexpected `[` that is never closed')
  })

  it('reports `{` at its opening line and column', () => {
    expect(errors(problems('a: 1\nb: {x: 1\nc: 3\nd: 4\n'))).toEqual([
      'x.yaml:2:4: error: Unexpected `{` that is never closed, expected a `}` to end this mapping: opened here and still open at line 3 (if the `{` is part of the text, put the whole value in quotes)  [yaml-syntax]'
    ])
  })

  it('reports a flow list over several lines at its opener', () => {
    expect(errors(problems('a: 1\nb: [x,\n  y\nc: 3\n'))).toEqual([
      'x.yaml:2:4: error: Unexpected `[` that is never closed, expected a `]` to end this list: opened here and still open at line 4 (if the `[` is part of the text, put the whole value in quotes)  [yaml-syntax]'
    ])
  })

  it('reports an unclosed double or single quote at the quote', () => {
    expect(errors(problems('a: 1\nb: "x y\nc: 3\nd: 4\n'))).toEqual(['x.yaml:2:4: error: Unexpected `"` that is never closed, expected a `"` to end this text: opened here and still open at the end of the file  [yaml-syntax]'])
    expect(errors(problems("a: 1\nb: 'x y\nc: 3\n"))).toEqual(["x.yaml:2:4: error: Unexpected `'` that is never closed, expected a `'` to end this text: opened here and still open at the end of the file  [yaml-syntax]"])
  })

  it('reports an unclosed quote in a claim of the demo at its line, once', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('    kind: causal', '    kind: "causal') })
    const r = assemble(dir)
    const line = errors(r.lines)
    expect(line).toHaveLength(1)
    expect(line[0]).toMatch(/claims\.yaml:\d+:11: error: Unexpected `"` that is never closed, expected a `"` to end this text: opened here and still open at the end of the line/)
  })

  it('reports a tab in a claim\'s indentation once, at its line, and nothing that follows from it', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    kind: causal', '\n\tkind: causal') })
    const lines = errors(assemble(dir).lines)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/claims\.yaml:\d+:1: error: Unexpected tab in the indentation, expected spaces/)
  })

  it('reports a file indented with tabs throughout once, at its first tab, with how many lines', () => {
    const text = 'claims:\n\t- id: x\n\t  kind: b\n\t- id: y\n\t  kind: c\n\t- id: z\n'
    expect(errors(problems(text))).toEqual([
      'x.yaml:2:1: error: Unexpected tab in the indentation, expected spaces: YAML reads indentation by spaces only (indent as the lines around it do); so are 4 more lines, the last at line 6: indent the file with spaces throughout  [yaml-syntax]'
    ])
  })

  it('reports a key indented to no level of the entry once, with the level meant, and a later problem too', () => {
    const text = 'quiz:\n  - id: q\n    type: single\n   difficulty: easy\n    points: 1\n  - id: r\n    points: 1\n    points: 2\n'
    expect(errors(problems(text))).toEqual([
      'x.yaml:4:4: error: Unexpected indentation of 3 spaces, expected 4 spaces as the lines of this entry above it: YAML reads what belongs together from the indentation  [yaml-syntax]',
      'x.yaml:8:5: error: Unexpected key `points` again in this mapping (first on line 7), expected each key once: keep one and merge what the two say  [yaml-syntax]'
    ])
  })

  it('reports a list item indented short of its siblings once, not as text to quote', () => {
    const text = 'options:\n  - text: A\n    feedback: Yes.\n - text: B\n    feedback: No.\n  - text: C\n    feedback: No.\n'
    expect(errors(problems(text))).toEqual([
      'x.yaml:4:2: error: Unexpected indentation of 1 space, expected 2 spaces as the lines of this entry above it: YAML reads what belongs together from the indentation  [yaml-syntax]'
    ])
    // Lines of a block scalar, at any depth past its first, are no misplaced lines.
    expect(errors(problems('a:\n  b: |\n      six\n        eight\n       seven\n  c: text\n    more text\n  d: 1\n  d: 2\n'))).toEqual([
      'x.yaml:9:3: error: Unexpected key `d` again in this mapping (first on line 8), expected each key once: keep one and merge what the two say  [yaml-syntax]'
    ])
  })

  it('reports a key out of the column of the keys on both sides of it once, with their column, deeper or shallower', () => {
    const entry = (kind: string, asserted = '    asserted_by: author\n') => `claims:\n  - id: x\n    quote: "Small modules build fast."\n    paraphrase: The author says that small modules build quickly.\n${kind}${asserted}    hedges: []\n  - id: y\n    quote: "Tests wait."\n`
    const message = (line: number, indent: number, after = '') => `x.yaml:${line}:${indent + 1}: error: Unexpected indentation of ${indent} spaces, expected 4 spaces as the lines of this entry above it: YAML reads what belongs together from the indentation${after}  [yaml-syntax]`
    const maybeText = ' (if `kind:` is part of the text above, put that text in quotes)'
    // Deeper than plain text above: YAML reads it as more of that text, which may be what was meant.
    expect(errors(problems(entry('     kind: empirical\n')))).toEqual([message(5, 5, maybeText)])
    expect(errors(problems(entry('       kind: empirical\n')))).toEqual([message(5, 7, maybeText)])
    // Deeper than a word, or than quoted text: nothing goes on.
    expect(errors(problems(entry('    kind: empirical\n', '      asserted_by: author\n')))).toEqual([message(6, 6)])
    expect(errors(problems(entry('    kind: empirical\n').replace('    paraphrase:', '      paraphrase:')))).toEqual([message(4, 6)])
    // Shallower: at the list's dash, or at the top.
    expect(errors(problems(entry('    kind: empirical\n', '  asserted_by: author\n')))).toEqual([message(6, 2)])
    expect(errors(problems(entry('    kind: empirical\n', 'asserted_by: author\n')))).toEqual([message(6, 0)])
    // A comment between changes nothing; a later problem is still said.
    expect(errors(problems(entry('    # what kind\n      kind: empirical\n').replace('    paraphrase: The author says that small modules build quickly.\n', '    paraphrase: "The author says that small modules build quickly."\n') + '  - id: z\n    id: w\n'))).toEqual([
      message(6, 6),
      'x.yaml:12:5: error: Unexpected key `id` again in this mapping (first on line 11), expected each key once: keep one and merge what the two say  [yaml-syntax]'
    ])
    // The same shapes, valid: a nested mapping under a key with no value, text going on under a key.
    expect(problems('claims:\n  - id: x\n    evidence:\n      type: data\n    kind: empirical\n    paraphrase: The author says that\n      small modules build quickly.\n    hedges: []\n')).toEqual([])
  })

  it('says text that starts with `*`, a backquote or `@` needs quotes, once (not also an alias to no anchor)', () => {
    expect(errors(problems('a: 1\nfeedback: *Not* what the article says.\nb: 2\n'))).toEqual([
      'x.yaml:2:11: error: Unexpected `*` at the start of the text `*Not* what the article says.`, expected the whole text in quotes ("*Not* what the article says."): at the start of a value YAML reads `*` as the start of an alias (a reference to a value marked `&`)  [yaml-syntax]'
    ])
    expect(errors(problems('options:\n  - text: `fast` is the word\n    correct: true\n'))).toEqual([
      'x.yaml:2:11: error: Unexpected backquote at the start of the text “`fast` is the word”, expected the whole text in quotes ("`fast` is the word"): at the start of a value YAML reads a backquote as a character it keeps for itself  [yaml-syntax]'
    ])
    // An alias alone is one, said as such; an anchor or a quoted `*` is fine.
    expect(errors(problems('x: *missing\n'))).toEqual(['x.yaml:1:4: error: Unexpected alias `*missing` to no anchor, expected an anchor `&missing` on a value above it  [yaml-alias]'])
    expect(problems('x: &a text\ny: *a\nz: "*Not* this"\n')).toEqual([])
  })

  it('says text after a quote or bracket that closes early is text of the value, with how to write it, once', () => {
    expect(errors(problems("a:\n  paraphrase: 'The author's view is that slow tests go unrun.'\n  b: 1\n"))).toEqual([
      "x.yaml:2:27: error: Unexpected text `s view is that slow tests go unrun.'` after `'The author'`, expected the whole text in one value: inside single quotes an apostrophe is written `''`, or put the whole text in double quotes  [yaml-syntax]"
    ])
    expect(errors(problems('stem: "Small" modules: what does\n'))).toEqual([
      'x.yaml:1:15: error: Unexpected text `modules: what does` after `"Small"`, expected the whole text in one value: inside double quotes a quotation mark is written `\\"` (or use “ ”), or put the whole text in single quotes  [yaml-syntax]'
    ])
    expect(errors(problems('feedback: [sic] the article says the opposite.\n'))).toEqual([
      'x.yaml:1:17: error: Unexpected text `the article says the opposite.` after `[sic]`, expected the whole text in one value: a value that starts with `[` is a list in YAML, so put the whole text in quotes  [yaml-syntax]'
    ])
  })

  it('reports a list entry out of the column of its siblings once, with theirs, and a key left at a dash', () => {
    const options = (second: string) => `quiz:\n  - id: q\n    options:\n      - text: They build fast.\n        correct: true\n${second}        feedback: No.\n      - text: They never build.\n        feedback: No.\n`
    const message = (line: number, indent: number, expected: number) => `x.yaml:${line}:${indent + 1}: error: Unexpected indentation of ${indent} spaces, expected ${expected} spaces as the lines of this entry above it: YAML reads what belongs together from the indentation  [yaml-syntax]`
    // A dash line short of its list's column is said against the list's other entries.
    const entry = (line: number, indent: number, expected: number) => message(line, indent, expected).replace('as the lines of this entry above it', "as the list's other entries")
    expect(errors(problems(options('    - text: They build slowly.\n')))).toEqual([entry(6, 4, 6)])
    expect(errors(problems(options('        - text: They build slowly.\n')))).toEqual([message(6, 8, 6)])
    expect(errors(problems('claims:\n  - id: a\n    kind: x\n\n    - id: b\n    kind: y\n'))).toEqual([message(5, 4, 2)])
    expect(errors(problems('themes:\n  - id: speed\n  label: Fast\nclaims: []\n'))).toEqual([message(3, 2, 4)])
    // A key that opens a block, short of the fields of the one above: a sibling of that one.
    expect(errors(problems('sets:\n  seminar:\n    count: 10\n\n   quick:\n    count: 5\n'))).toEqual([message(5, 3, 2)])
    // Lists at the column of their key, and after it: valid, and nothing said.
    expect(problems('claims:\n- id: a\n  kind: x\n- id: b\nthemes:\n- id: t\nitems:\n  # first\n  - a\n  - b\n')).toEqual([])
  })

  it('reports an entry moved whole, or its dash alone, once at the dash, with comments above it or not', () => {
    const message = (line: number, indent: number, expected: number) => `x.yaml:${line}:${indent + 1}: error: Unexpected indentation of ${indent} spaces, expected ${expected} spaces as the lines of this entry above it: YAML reads what belongs together from the indentation  [yaml-syntax]`
    const options = (moved: string) => `quiz:\n  - id: q\n    options:\n      - text: A\n        feedback: Yes.\n${moved}      - text: C\n        feedback: No.\n  - id: r\n    type: single\n`
    // An entry moved whole is said with its lines, against the list's other entries.
    const moved = (line: number, last: number, indent: number, expected: number) => `x.yaml:${line}:${indent + 1}: error: Unexpected indentation of ${indent} spaces on lines ${line}–${last}, expected ${expected} spaces as the list's other entries: YAML reads what belongs together from the indentation  [yaml-syntax]`
    // The second option, dash and fields, 2 deeper and 2 less: its lines move with it, said once.
    expect(errors(problems(options('        - text: B\n          feedback: No.\n          correct: false\n')))).toEqual([moved(6, 8, 8, 6)])
    expect(errors(problems(options('    - text: B\n      feedback: No.\n      correct: false\n')))).toEqual([moved(6, 8, 4, 6)])
    // A follow-up in `>-` text moved whole, its text lines with it; or its dash alone (the key after it is its list's key's sibling, no field of it).
    expect(errors(problems('d:\n  - id: d1\n    follow_ups:\n      - One?\n    - >-\n      Two,\n      three?\n    minutes: 5\n'))).toEqual([moved(5, 7, 4, 6)])
    expect(errors(problems('d:\n  - id: d1\n    follow_ups:\n      - One?\n    - >-\n        Two,\n        three?\n    minutes: 5\n'))).toEqual([message(5, 4, 6).replace('as the lines of this entry above it', "as the list's other entries")])
    // The dash alone, 2 deeper, its fields left at the column of the others': first entry, later entry, after a comment.
    expect(errors(problems('claims:\n    - id: a\n    kind: x\n    quote: y\n  - id: b\n    kind: z\n'))).toEqual([message(2, 4, 2)])
    expect(errors(problems('quiz:\n  - id: a\n    type: single\n    points: 1\n\n  # the next\n    - id: b\n    type: short\n    points: 2\n'))).toEqual([message(7, 4, 2)])
    // The first key of a mapping one deeper than every later one: the first is out of place.
    expect(errors(problems('sets:\n  # the usual\n   seminar:\n    count: 10\n\n  quick:\n    count: 5\n  full:\n    count: 20\n'))).toEqual([message(3, 3, 2)])
  })

  it('says text on the line of a key that has a list below it once, not each line of the list', () => {
    expect(errors(problems('quiz:\n  - id: q\n    options: They build fast.\n      - text: They build fast.\n        correct: true\n      - text: They build slowly.\n        feedback: No.\n    bloom: remember\nbad: [\n'))).toEqual([
      'x.yaml:3:14: error: Unexpected text `They build fast.` after `options:`, which has a list below it, expected one or the other: a key holds a value on its line or the lines below it (move the text into the list, or delete it)  [yaml-syntax]',
      'x.yaml:9:6: error: Unexpected `[` that is never closed, expected a `]` to end this list: opened here and still open at the end of the file (if the `[` is part of the text, put the whole value in quotes)  [yaml-syntax]'
    ])
  })

  it('says a key needs a space after its colon', () => {
    expect(errors(problems('- id: x\n  kind:causal\n  quote: y\n'))).toEqual([
      'x.yaml:2:3: error: Unexpected `kind:causal`, expected a space after the colon (`kind: causal`): without it YAML reads the whole line as text  [yaml-syntax]'
    ])
  })

  // The parser said "Implicit keys need to be on a single line" for the commonest slip of all.
  it('says a key needs its colon, with the line as it should be', () => {
    expect(errors(problems('- id: x\n  kind causal\n  quote: y\n'))).toEqual([
      'x.yaml:2:3: error: Unexpected `kind causal` without a colon, expected `kind: causal`: a key needs a colon and a space after it  [yaml-syntax]'
    ])
    expect(errors(problems('paper a4\nseed: 1\n'))).toEqual(['x.yaml:1:1: error: Unexpected `paper a4` without a colon, expected `paper: a4`: a key needs a colon and a space after it  [yaml-syntax]'])
  })

  // `kind = empirical` suggested `kind: = empirical`.
  it('says an equals sign stands for the colon, with the line as it should be', () => {
    for (const line of ['kind = empirical', 'kind=empirical', 'kind =empirical'])
      expect(errors(problems(`- id: x\n  ${line}\n  quote: y\n`))).toEqual([
        `x.yaml:2:3: error: Unexpected \`=\` in \`${line}\`, expected a colon and a space for it (\`kind: empirical\`): a key is followed by a colon in YAML  [yaml-syntax]`
      ])
    expect(errors(problems('paper = a4\nseed: 1\n'))).toEqual(['x.yaml:1:1: error: Unexpected `=` in `paper = a4`, expected a colon and a space for it (`paper: a4`): a key is followed by a colon in YAML  [yaml-syntax]'])
  })

  it('says a second document is one, not how to parse several', () => {
    expect(errors(problems('seed: 1\n---\npaper: a4\n'))).toEqual(['x.yaml:2:1: error: Unexpected `---` starting a second document, expected one document per file: delete the line  [yaml-syntax]'])
  })

  it('points at the text out of step, not at the blank column before it', () => {
    const said = errors(problems('claims:\n  - id: a\n    paraphrase: >-\n    hedges: []\n      The text\n'))
    expect(said[0]).toBe(
      'x.yaml:5:7: error: Unexpected `The text` indented 6 spaces, expected it in line with the keys above it, or indented under the key it belongs to (text under `key: >-` goes right below that key, before any other key)  [yaml-syntax]'
    )
  })

  it('names a key given twice in one mapping, and where it first stands', () => {
    const text = 'quiz:\n  - id: q\n    points: 1\n    bloom: remember\n    points: 2\n'
    expect(errors(problems(text))).toEqual([
      'x.yaml:5:5: error: Unexpected key `points` again in this mapping (first on line 3), expected each key once: keep one and merge what the two say  [yaml-syntax]'
    ])
  })

  it('gives one message per unclosed opener, each at its own place, and nothing for the lines between', () => {
    const text = 'claims:\n  - id: x\n    quote: [a\n    kind: b\n  - id: y\n    quote: c\n    themes: {t\n    kind: d\n'
    expect(errors(problems(text)).map((l) => l.split(': error:')[0])).toEqual(['x.yaml:3:12', 'x.yaml:7:13'])
  })

  it('still reports an unrelated problem after the repaired one', () => {
    const lines = errors(problems('a: [x\nb: 1\nb: 2\n'))
    expect(lines.map((l) => l.split(': error:')[0])).toEqual(['x.yaml:1:4', 'x.yaml:3:1'])
    expect(lines[1]).toContain('Unexpected key `b` again in this mapping (first on line 2)')
  })

  it('points into article.md when the front matter has the mistake', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('author: Derrick Wyatt', 'author: [Derrick Wyatt') })
    const r = assemble(dir)
    expect(errors(r.lines)).toEqual([
      `${join(dir, 'article.md')}:4:9: error: Unexpected \`[\` that is never closed, expected a \`]\` to end this list: opened here and still open at line 5 (if the \`[\` is part of the text, put the whole value in quotes)  [yaml-syntax]`
    ])
  })
})

describe('a colon inside plain text', () => {
  it('gets the hint to quote the text, at the colon', () => {
    expect(errors(problems('- id: x\n  paraphrase: The author says: this is it\n  kind: causal\n'))).toEqual([
      'x.yaml:2:30: error: Unexpected `: ` inside the text `The author says: this is it`, expected the text in quotes ("The author says: this is it"): a colon followed by a space starts a key in YAML  [yaml-syntax]'
    ])
  })

  it('in a file with Windows line endings, at the same place', () => {
    const text = '- id: x\n  paraphrase: The author says: this is it\n  kind: causal\n'
    expect(errors(problems(text.replaceAll('\n', '\r\n')))).toEqual(errors(problems(text)))
    expect(errors(problems('a: The author\r\n  says: this\r\n'))[0]).toContain('x.yaml:2:7: error: Unexpected `: ` inside the text `The author says: this`, expected the text in quotes')
  })

  it('also in an option of a list, and on a continuation line', () => {
    expect(errors(problems('- text: Right: this is it\n  feedback: ok\n'))[0]).toContain('x.yaml:1:14: error: Unexpected `: ` inside the text `Right: this is it`, expected the text in quotes')
    expect(errors(problems('a: The author\n  says: this\n'))[0]).toContain('x.yaml:2:7: error: Unexpected `: ` inside the text `The author says: this`, expected the text in quotes')
  })

  it('in an option of the demo questions.yaml, at its line', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('      - text: The deal should bring', '      - text: In short: the deal should bring') })
    const r = assemble(dir)
    expect(errors(r.lines)).toEqual([
      `${join(dir, 'questions.yaml')}:${lineOf(readFileSync(join(dir, 'questions.yaml'), 'utf8'), 'In short: the deal')}:23: error: Unexpected \`: \` inside the text \`In short: the deal should bring US involvement in…\`, expected the text in quotes ("In short: the deal should bring US involvement in…"): a colon followed by a space starts a key in YAML  [yaml-syntax]`
    ])
  })
})

describe('a missing file', () => {
  it('claims.yaml is reported as missing, by name', () => {
    const dir = demoCopy()
    rmSync(join(dir, 'claims.yaml'))
    const r = assemble(dir)
    expect(errors(r.lines)).toEqual([`${join(dir, 'claims.yaml')}: error: Missing file \`claims.yaml\`, expected the key claims of the article beside article.md (\`classpack init ARTICLE\` writes a first one)  [file-unreadable]`])
  })

  it('questions.yaml is reported as missing, not as an empty set', async () => {
    const dir = demoCopy()
    rmSync(join(dir, 'questions.yaml'))
    const result = await run(['check', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${join(dir, 'questions.yaml')}: error: Missing file \`questions.yaml\`, expected the quiz items and discussion questions beside article.md`)
    expect(result.stderr).not.toContain('set-empty')
    expect(result.stderr).not.toContain('[claim-unasked]')
  })
})

describe('what a list expects, in messages', () => {
  it('puts the noun in the plural, not the last word of its description', async () => {
    const { listOf } = await import('../src/yaml/decode.js')
    expect(listOf('an id of lower-case letters, digits and hyphens')).toBe('a list of ids of lower-case letters, digits and hyphens')
    expect(listOf('a claim id')).toBe('a list of claim ids')
    expect(listOf('an entry')).toBe('a list of entries')
    expect(listOf('a match')).toBe('a list of matches')
    expect(listOf('one of `a`, `b`')).toBe('a list, each one of `a`, `b`')
  })
})

describe('a number written where text is expected', () => {
  it('is read as written, by either YAML reader: 0.50 stays 0.50, 012 stays 012', async () => {
    const { VFile } = await import('vfile')
    const { readYaml } = await import('../src/yaml/read.js')
    const { decodeRoot, id, object, required, string } = await import('../src/yaml/decode.js')
    const shape = object('a test', { a: required(string()), b: required(string()), c: required(id), d: required(string()), e: required(string()) })
    // The second text holds an anchor: the full parser reads it, not the fast one.
    for (const text of ['a: 0.50\nb: 1e3\nc: 012\nd: 0x10\ne: 7\n', 'a: 0.50\nb: 1e3\nc: 012\nd: 0x10\ne: &seven 7\n']) {
      const file = new VFile({ path: 'x.yaml', value: text })
      expect(decodeRoot(readYaml(file)!, shape, 'a test'), text).toEqual({ a: '0.50', b: '1e3', c: '012', d: '0x10', e: '7' })
      expect(file.messages).toEqual([])
    }
  })
})

describe('a key left empty', () => {
  it('is "nothing" in the message, not `null`', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(/\n(\s+)hedges: \[[^\]\n]*\]/, '\n$1hedges:   # none yet') })
    const line = errors(assemble(dir).lines).find((l) => l.includes('.hedges`'))
    expect(line).toMatch(/error: Unexpected nothing at `claims\[\d+\]\.hedges`, expected a list of strings/)
  })
})

describe('an alias to no anchor', () => {
  it('is reported at the alias, once, and nothing follows from it', () => {
    const lines = errors(problems('themes:\n  - id: politics\n    name: &pol Politics\nclaims:\n  - id: c\n    themes: *politcs\n'))
    expect(lines).toEqual(['x.yaml:6:13: error: Unexpected alias `*politcs` to no anchor, expected an anchor `&politcs` on a value above it  [yaml-alias]'])
  })
})

describe('a mapping written as something else', () => {
  // Each is one error at the value, and the checks of the rest of the module still run
  // (on empty stand-ins) rather than failing on the missing mapping.
  const relations = (value: string) => demoCopy({ 'claims.yaml': (t) => t.replace(/\n    relations:\n(      \w+: .*\n)+/, `\n    relations:${value}\n`) })
  const feedback = (value: string) => demoCopy({ 'questions.yaml': (t) => t.replace(/\n    feedback:\n      if_true: >-\n(        .*\n)+      if_false: >-\n(        .*\n)+/, `\n    feedback:${value}\n`) })

  it.each([
    ['claim relations left empty', () => relations(''), /claims\.yaml:\d+:\d+: error: Unexpected nothing at `claims\[\d+\]\.relations`, expected a mapping \(claim relations\) {2}\[schema-type\]/],
    ['claim relations as a list', () => relations('\n      - supports'), /claims\.yaml:\d+:\d+: error: Unexpected list at `claims\[\d+\]\.relations`, expected a mapping \(claim relations\) {2}\[schema-type\]/],
    // Text or nothing where a small mapping is wanted: the keys it needs are named.
    ['true/false feedback as a sentence', () => feedback(' It is his claim.'), /questions\.yaml:\d+:\d+: error: Unexpected `It is his claim\.` at `quiz\[\d+\]\.feedback`, expected a mapping \(true\/false feedback\): `if_true: …` and `if_false: …` {2}\[schema-type\]/],
    ['true/false feedback left empty', () => feedback(''), /questions\.yaml:\d+:\d+: error: Unexpected nothing at `quiz\[\d+\]\.feedback`, expected a mapping \(true\/false feedback\): `if_true: …` and `if_false: …` {2}\[schema-type\]/]
  ])('%s: one error, no crash', async (_, make, message) => {
    const dir = make()
    const found = errors(assemble(dir).lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(message)
    const result = await run(['check', dir])
    expect(result.code).toBe(1)
    expect(result.stderr).not.toMatch(/TypeError|\n\s+at /)
  })
})

describe('the sets of module.yaml written as something else', () => {
  // "Unexpected value at `sets`" named none of them: what is there is said, as elsewhere.
  it.each([
    ['a list', 'sets:\n  - name: quiz\n    count: 1\n', 'list'],
    ['a number', 'sets: 5\n', '`5`'],
    ['nothing', 'seed: 2\nsets:\n', 'nothing']
  ])('%s: one error naming it', (_, text, got) => {
    const dir = demoCopy({ 'module.yaml': () => text })
    expect(errors(assemble(dir).lines)).toEqual([expect.stringMatching(new RegExp(`module\\.yaml:\\d+:\\d+: error: Unexpected ${got} at \`sets\`, expected a mapping of set names to question sets {2}\\[schema-type\\]$`))])
  })
})

describe('a file that is its list alone', () => {
  // "Unexpected list, expected a mapping (claims.yaml)" said what, not how to mend it.
  it.each([
    ['claims.yaml', (t: string) => t.slice(t.indexOf('\nclaims:\n') + '\nclaims:\n'.length), '`claims:`'],
    ['questions.yaml', (t: string) => t.slice(t.indexOf('\nquiz:\n') + '\nquiz:\n'.length), '`quiz:` (or `discussion:`)']
  ])('%s: says which line to put above the list', (file, edit, key) => {
    const dir = demoCopy({ [file]: edit })
    const found = errors(assemble(dir).lines).filter((l) => l.includes(file))
    expect(found).toEqual([expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}:\\d+:\\d+: error: Unexpected list at the top of the file, expected .*: put ${key.replace(/[()]/g, '\\$&')} on a line of its own above the list, and indent the list under it {2}\\[schema-type\\]$`))])
  })
})

describe('brackets nested deeper than any module needs', () => {
  it('are one error at the bracket that goes too deep, however deep, and quoted or commented brackets do not count', () => {
    for (const depth of [101, 5_000, 200_000]) {
      expect(errors(problems(`title: x\ncourse: ${'['.repeat(depth)}${']'.repeat(depth)}\n`))).toEqual([
        'x.yaml:2:109: error: Unexpected `[` nested 101 deep, expected lists and mappings nested at most 100 deep  [yaml-syntax]'
      ])
    }
    expect(problems(`a: ${'['.repeat(100)}${']'.repeat(100)}\nb: "${'['.repeat(300)}"\nc: '${'{'.repeat(300)}'\n# ${'['.repeat(300)}\n`)).toEqual([])
  })
})

describe('a field indented into the `>-` text above it', () => {
  it('is said where it is written: an error when that leaves a required field missing (and no "missing" besides), a warning otherwise', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    gist: "Trump wants the deal to end US involvement"\n    kind: causal\n', '\n      gist: "Trump wants the deal to end US involvement"\n      kind: causal\n') })
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const lines = assemble(dir).lines.filter((l) => l.includes('claims.yaml:'))
    const line = (needle: string): number => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1
    expect(lines).toEqual([
      expect.stringContaining(`claims.yaml:${line('      gist:')}:7: warning: Unexpected \`gist:\` inside the text of \`paraphrase\` in a claim, expected \`gist\` as a field of its own: lines indented deeper than \`paraphrase:\` belong to its text, so indent \`gist:\` as \`paraphrase:\` is  [yaml-swallowed-field]`),
      expect.stringContaining(`claims.yaml:${line('      kind:')}:7: error: Unexpected \`kind:\` inside the text of \`paraphrase\` in a claim, expected \`kind\` as a field of its own`)
    ])
  })

  it('is not a colon in the text\'s prose, or a word that is no field', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('      involvement in Ukraine’s security rather than prolong it indefinitely.\n', '      involvement in Ukraine’s security rather than prolong it indefinitely: in short,\n      reason: the deal.\n') })
    expect(assemble(dir).lines.filter((l) => l.includes('swallowed'))).toEqual([])
  })
})

describe("a field's own fields written at its indentation, not below it", () => {
  it('is one error at the first of them, that they belong indented below it: no "nothing" for the field nor an unknown field each', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    relations:\n      supports: [putin-keeps-deal]\n', '\n    relations:\n    supports: [putin-keeps-deal]\n') })
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const line = text.split('\n').findIndex((l) => l === '    supports: [putin-keeps-deal]') + 1
    expect(line).toBeGreaterThan(0)
    const errors = assemble(dir).lines.filter((l) => l.includes(': error:'))
    expect(errors).toEqual([
      expect.stringContaining(`claims.yaml:${line}:5: error: Unexpected \`supports:\` at the indentation of \`relations:\`, expected it indented below \`relations:\`, as a field of it: YAML reads \`relations:\` as empty and \`supports:\` as a field of a claim (indent it two spaces more)  [yaml-syntax]`)
    ])
  })

  it('is not said of an empty field followed by fields of its own mapping', () => {
    // `relations:` left empty, then `context:` of the claim: an empty relations mapping is the only problem.
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    relations:\n      supports: [leader-deals-worldview]\n    context:\n', '\n    relations:\n    context:\n') })
    const errors = assemble(dir).lines.filter((l) => l.includes(': error:'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('[schema-type]')
  })
})

describe('plain text that YAML reads otherwise than it looks', () => {
  it('warns of a list entry indented into the text above, which would print as part of it', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('\n      - What would the European force do', '\n    - What would the European force do') })
    const text = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const line = text.split('\n').findIndex((l) => l.startsWith('    - What would the European force do')) + 2
    expect(assemble(dir).lines.filter((l) => /error|yaml-/.test(l))).toEqual([
      expect.stringContaining(`questions.yaml:${line}:7: warning: Unexpected \`- \` starting a line inside the text at \`discussion[0].follow_ups[0]\`, expected it to start an entry of its own`)
    ])
  })

  it('warns of a comma that cuts a follow-up in a list in brackets in two, and not of one between sentences', () => {
    // `[What would the European force do, and on what condition?]` printed as two follow-ups,
    // the second "and on what condition?", on the discussion page and the facilitator's.
    const split = '\n    follow_ups: [What would the European force do, and on what condition?]\n'
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/\n {4}follow_ups:\n(?: {6}- .*\n| {8}.*\n)+/, split) })
    const text = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const line = text.split('\n').findIndex((l) => l.startsWith('    follow_ups: [What would')) + 1
    expect(assemble(dir).lines.filter((l) => l.includes('yaml-flow-comma'))).toEqual([
      `${join(dir, 'questions.yaml')}:${line}:50: warning: Unexpected comma ending \`discussion[0].follow_ups[0]\` at \`What would the European force do,\`, expected one sentence: in a list in brackets each comma ends an item, so the rest, \`and on what condition?\`, prints as an item of its own (put the whole sentence in quotes, or write the list one item a line, \`- …\`)  [yaml-flow-comma]`
    ])
    // Sentences that end where the comma is, ids and words are items as meant.
    const fine = demoCopy({ 'questions.yaml': (t) => t.replace(/\n {4}follow_ups:\n(?: {6}- .*\n| {8}.*\n)+/, '\n    follow_ups: [What would the force do?, and then?, Why not]\n') })
    expect(assemble(fine).lines.filter((l) => l.includes('yaml-flow-comma'))).toEqual([])
  })

  it('warns of a comment that cuts the text, where `#` has no space after it; a comment that reads as one is fine', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/\n( {4}bloom: \w+)\n/, '\n$1  # as asked\n') })
    expect(assemble(dir).lines.filter((l) => l.includes('yaml-comment'))).toEqual([])
    const cut = demoCopy({ 'article.md': (t) => t.replace(/^title: .*$/m, 'title: Why small modules are #1 for tests') })
    expect(assemble(cut).lines.filter((l) => l.includes('yaml-comment'))).toEqual([
      'article.md:2:30: warning: Unexpected comment `#1 for tests` after the text `Why small modules are` at `title`, expected the whole text in quotes if `#` is part of it: in YAML ` #` starts a comment, which is left out of the text  [yaml-comment-in-text]'.replace('article.md', join(cut, 'article.md'))
    ])
  })
})

describe('a misspelt field', () => {
  it('is one error naming the field meant, not also that field missing', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    paraphrase: >-\n      The author suggests', '\n    paraphase: >-\n      The author suggests').replace('\n    kind: causal\n', '\n    kidn: causal\n') })
    const found = errors(assemble(dir).lines)
    expect(found).toEqual([
      expect.stringMatching(/claims\.yaml:\d+:5: error: Unexpected field `paraphase` in a claim, expected `paraphrase` or one of .* {2}\[schema-unknown-field\]$/),
      expect.stringMatching(/claims\.yaml:\d+:5: error: Unexpected field `kidn` in a claim, expected `kind` or one of .* {2}\[schema-unknown-field\]$/)
    ])
  })
})

describe('a question id mistyped where it is declared', () => {
  // Each `excludes` naming the id as meant was an error that offered the typo as the fix.
  it('is one error at the declaration, with the id its references name, and none at them', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/^ {2}- id: q-key-reason$/m, '  - id: q-key-reasn') })
    const text = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const line = lineOf(text, '  - id: q-key-reasn')
    const found = errors(assemble(dir).lines)
    expect(found).toEqual([expect.stringMatching(new RegExp(`questions\\.yaml:${line}:9: error: Unexpected question id \`q-key-reasn\`, expected \`q-key-reason\`: \\d+ references name \`q-key-reason\` \\(the first at questions\\.yaml:\\d+:\\d+\\) and none names \`q-key-reasn\`; correct the id here, or else the references {2}\\[unknown-question-id\\]$`))])
  })
})

describe('a quiz item whose type or id is wrong', () => {
  const first = (t: string, from: string, to: string): string => t.replace(from, to)

  it('is one error, with the type meant, and no other item\'s reference to it is an error too', () => {
    for (const [label, edit, message] of [
      ['a misspelt type', (t: string) => first(t, '    type: single\n', '    type: singel\n'), /error: Unexpected `singel` at `quiz\[0\]\.type`, expected `single` \(one of `single`, `multiple`, .*\) {2}\[schema-enum\]$/],
      // `multiple-choice` suggested `multiple` (select-all) alone, where one right answer is as likely meant.
      ['a type named as other tools name it', (t: string) => first(t, '    type: single\n', '    type: multiple-choice\n'), /error: Unexpected `multiple-choice` at `quiz\[0\]\.type`, expected `single` for one right option among 2 to 8 or `multiple` for every right option among 2 to 8 \(one of `single`, `multiple`, .*\) {2}\[schema-enum\]$/],
      ['a type under another name', (t: string) => first(t, '    type: single\n', '    kind: single\n'), /error: Missing field `type` in a quiz item at `quiz\[0\]`, expected one of .*: `kind: single` names one under another field, so write `type: single` {2}\[schema-missing-field\]$/],
      ['an id in capitals', (t: string) => first(t, '  - id: q-key-reason\n', '  - id: Q-Key-Reason\n'), /error: Unexpected `Q-Key-Reason` at `quiz\[0\]\.id`, expected an id of lower-case letters, digits and hyphens \(like `q-key-reason`\) {2}\[schema-pattern\]$/]
    ] as const) {
      const dir = demoCopy({ 'questions.yaml': edit })
      expect(errors(assemble(dir).lines), label).toEqual([expect.stringMatching(message)])
    }
  })

  it('is one message for a claim id mistyped or written as no list where it is used, or a top-level list misspelt', () => {
    const tiny = (file: string, from: string, to: string): string[] => {
      const dir = join(tempDir(), 'tiny')
      cpSync(TINY, dir, { recursive: true })
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to))
      // Every message but the fixture's own warning about `never`.
      return assemble(dir).lines.filter((l) => !l.includes('[specific-determiner]'))
    }
    expect(tiny('questions.yaml', 'claims: [small-fast]', 'claims: [small-fats]')).toEqual([expect.stringContaining('error: Unexpected claim id `small-fats`, expected `small-fast` or another claim id from claims.yaml  [unknown-claim-id]')])
    expect(tiny('questions.yaml', 'claims: [small-fast]', 'claims: small-fast')).toEqual([expect.stringContaining('error: Unexpected `small-fast` at `quiz[0].claims`, expected a list of ids')])
    expect(tiny('questions.yaml', '\nquiz:\n', '\nquizz:\n')).toEqual([expect.stringContaining('error: Unexpected field `quizz` in questions.yaml, expected `quiz` or `discussion`  [schema-unknown-field]')])
    // The claims unread: no reference to one, and no theme, is judged unknown or unused.
    expect(tiny('claims.yaml', '\nclaims:\n', '\nclaim:\n')).toEqual([expect.stringContaining('error: Unexpected field `claim` in claims.yaml, expected `claims` or one of `themes`, `actors`, `glossary`  [schema-unknown-field]')])
  })

  it('still asks about the claims it names: no "no question asks about" for a claim only it names', () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const path = join(dir, 'questions.yaml')
    const text = readFileSync(path, 'utf8')
    expect(assemble(dir).lines.filter((l) => l.includes('[claim-unasked]'))).toEqual([])
    // The fixture's first quiz item is the one question on its claim.
    writeFileSync(path, text.replace('    type: single\n', '    type: singel\n'))
    const lines = assemble(dir).lines
    expect(errors(lines)).toEqual([expect.stringContaining('error: Unexpected `singel` at `quiz[0].type`')])
    expect(lines.filter((l) => l.includes('[claim-unasked]'))).toEqual([])
    // With the item gone, its claim is unasked, and said so.
    writeFileSync(path, text.replace(/\n {2}- id: q-[^\n]*\n {4}type: single\n( {4,}.*\n)*/, '\n'))
    expect(errors(assemble(dir).lines)).toEqual([])
    expect(assemble(dir).lines.filter((l) => l.includes('[claim-unasked]'))).toHaveLength(1)
    // Unless a set asks about it with the items generated from it.
    writeFileSync(join(dir, 'module.yaml'), 'sets:\n  lesson:\n    title: Lesson, about 20 minutes\n    generated: [voice, kind, evidence]\n')
    expect(errors(assemble(dir).lines)).toEqual([])
    expect(assemble(dir).lines.filter((l) => l.includes('[claim-unasked]'))).toEqual([])
    // And while an error elsewhere stands (another claim's quote no longer in the article),
    // which the generated items ask cannot be known: still no claim-unasked.
    const article = join(dir, 'article.md')
    writeFileSync(article, readFileSync(article, 'utf8').replace('A test that waits is a test nobody runs.', 'A test that waits is a test nobody reads.'))
    const broken = assemble(dir).lines
    expect(errors(broken)).toEqual([expect.stringContaining('claims.yaml:')])
    expect(broken.filter((l) => l.includes('[claim-unasked]'))).toEqual([])
  })
})

describe('a field with an error of its own', () => {
  it('is the one message: no rule then judges its stand-in (no "0 correct options", no "rubric total 0", no unknown default set)', () => {
    for (const [label, files, message] of [
      ['options renamed', { 'questions.yaml': (t: string) => t.replace('    options:\n', '    choices:\n') }, /questions\.yaml:\d+:5: error: Unexpected field `choices` in a single-choice item, expected `options`, which is missing, or one of .* {2}\[schema-unknown-field\]$/],
      ['correct: yes', { 'questions.yaml': (t: string) => t.replace('        correct: true\n', '        correct: yes\n') }, /questions\.yaml:\d+:18: error: Unexpected `yes` at `quiz\[0\]\.options\[\d\]\.correct`, expected `true` or `false` {2}\[schema-type\]$/],
      ['a rubric in words', { 'questions.yaml': (t: string) => t.replace(/\n {4}rubric:\n( {6}- .*\n( {8}.*\n)*)+/, '\n    rubric: 1 point for each reason\n') }, /questions\.yaml:\d+:13: error: Unexpected `1 point for each reason` at `quiz\[\d+\]\.rubric`, expected a list of mappings \(a rubric line\) \(at least 1\) {2}\[schema-type\]$/],
      ['the default set as a list', { 'module.yaml': (t: string) => t.replace(/\n {2}seminar:\n( {4}.*\n)+/, '\n  seminar: [single]\n') }, /module\.yaml:\d+:\d+: error: Unexpected list at `sets\.seminar`, expected a mapping \(a question set\) {2}\[schema-type\]$/],
      // It brought a rubric total error against a 1 the teacher never wrote.
      ['a short answer worth 2.5 points', { 'questions.yaml': (t: string) => t.replace(/(id: q-thesis-short\n(?: {4}.*\n)*? {4}points: )3\n/, '$12.5\n') }, /questions\.yaml:\d+:13: error: Unexpected `2\.5` at `quiz\[\d+\]\.points`, expected a whole number from 1 to 100 {2}\[schema-type\]$/]
    ] as const) {
      const dir = demoCopy(files)
      expect(errors(assemble(dir).lines), label).toEqual([expect.stringMatching(message)])
    }
  })
})

// "Missing field `answer` in a true/false item at `quiz[23]`" made the teacher count items to find it.
describe('a missing field', () => {
  it('names the entry by its id, with its place in the list', () => {
    const dir = demoCopy({ 'questions.yaml': (t: string) => t.replace(/(id: q-putin-invaded-tf\n(?: {4}.*\n)*?) {4}answer: false\n/, '$1') })
    const said = errors(assemble(dir).lines)
    expect(said).toEqual([expect.stringMatching(/error: Missing field `answer` in .*`q-putin-invaded-tf` at `quiz\[\d+\]`, expected /)])
  })
})

describe('a short answer without its points', () => {
  it('is judged against the default, and the message says it is one', () => {
    const dir = demoCopy({ 'questions.yaml': (t: string) => t.replace(/(id: q-thesis-short\n(?: {4}.*\n)*?) {4}points: 3\n/, '$1') })
    expect(errors(assemble(dir).lines)).toEqual([expect.stringMatching(/error: Unexpected rubric total 3 for item `q-thesis-short`, expected it to equal the item's `points` \(1, the default: the item gives none\) {2}\[rubric-total\]$/)])
  })
})

describe('a control character', () => {
  it('is an error where it is written, in YAML text (raw or escaped) and in the article', () => {
    const dir = demoCopy({
      'questions.yaml': (t) => t.replace('      According to the author, what is perhaps the key reason', '      According to the author,\u000c what is perhaps the key reason').replace('    tags: [core]\n', '    tags: ["a\\abell"]\n'),
      'article.md': (t) => t.replace('\nWhy?\n', '\nWhy?\u0007\n')
    })
    const found = errors(assemble(dir).lines)
    expect(found).toEqual([
      expect.stringMatching(/article\.md:\d+:\d+: error: Unexpected control character U\+0007, expected text that prints: delete it {2}\[article-control\]$/),
      expect.stringMatching(/questions\.yaml:\d+:\d+: error: Unexpected control character U\+0007 at `discussion\[\d+\]\.tags\[0\]`, expected text that prints/),
      expect.stringMatching(/questions\.yaml:\d+:\d+: error: Unexpected control character U\+000C at `quiz\[0\]\.stem`, expected text that prints: delete it \(a line break or a tab is fine\) {2}\[schema-control\]$/)
    ])
  })
})

describe('a direction override or isolate', () => {
  it('is one error per value in YAML text (raw or escaped) and per run in the article, at the character; the marks U+200E and U+200F are fine', () => {
    // U+202E was taken: the stem came out reversed in the quiz page, moodle.xml and GIFT.
    const dir = demoCopy({
      'questions.yaml': (t) =>
        t
          .replace('      According to the author, what is perhaps the key reason', '      According \u202eto the author\u202e, what is perhaps the key reason')
          .replace('    tags: [core]\n', '    tags: ["x \\\\u202E \\u2066\\u2069core", "\u200f\u0645\u062d\u0645\u062f\u200e"]\n'),
      'article.md': (t) => t.replace('title: ', 'title: A\u202b').replace('\nWhy?\n', '\nWhy\u2067\u2069? \u200fYes,\u202e no\n')
    })
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const stem = lineOf(questions, 'According \u202eto')
    const tags = lineOf(questions, 'tags: ["x')
    const why = lineOf(readFileSync(join(dir, 'article.md'), 'utf8'), 'Why\u2067')
    const advice = 'expected text without direction controls: delete it (right-to-left text needs none; the marks U+200E and U+200F are fine)'
    expect(errors(assemble(dir).lines)).toEqual([
      expect.stringContaining(`article.md:2:9: error: Unexpected right-to-left embedding U+202B at \`title\`, ${advice}  [schema-control]`),
      expect.stringContaining(`article.md:${why}:4: error: Unexpected right-to-left isolate U+2067 and pop directional isolate U+2069, expected text without direction controls: delete them (right-to-left text needs none; the marks U+200E and U+200F are fine)  [article-control]`),
      expect.stringContaining(`article.md:${why}:13: error: Unexpected right-to-left override U+202E, ${advice}  [article-control]`),
      // `\\u202E` is a backslash and letters, not the character: the escape after it is found.
      expect.stringContaining(`questions.yaml:${tags}:23: error: Unexpected left-to-right isolate U+2066 and pop directional isolate U+2069 at \`discussion[1].tags[0]\`, expected text without direction controls: delete them`),
      expect.stringContaining(`questions.yaml:${stem}:17: error: Unexpected right-to-left override U+202E at \`quiz[0].stem\`, ${advice}  [schema-control]`)
    ])
  })
})

describe('a text of invisible characters only', () => {
  it('is empty, as one of spaces is: an error naming them, where a required text is written', () => {
    // `stem: "\u200b\u00ad "` was taken, and the quiz printed "Question 1" with no question.
    const stem = '      According to the author, what is perhaps the key reason Trump has so far held back\n      from offering US security guarantees for a Ukraine peace deal?'
    const dir = demoCopy({
      'questions.yaml': (t) =>
        t
          .replace(`    stem: >-\n${stem}`, '    stem: "\\u200b\\u00ad "')
          .replace('      - text: Trump trusts Putin to keep a peace deal the two leaders seal face to face.', '      - text: "\u2060\ufeff\u200d"')
          // Among letters, a zero-width space is text as before.
          .replace('      - text: The deal should bring US involvement', '      - text: The\u200b deal should bring US involvement')
    })
    const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    expect(errors(assemble(dir).lines)).toEqual([
      expect.stringContaining(`questions.yaml:${lineOf(questions, 'stem: "\\u200b')}:11: error: Unexpected text of invisible characters only (U+200B U+00AD U+0020) at \`quiz[0].stem\`, expected a string, not an empty one  [schema-empty]`),
      expect.stringContaining(`questions.yaml:${lineOf(questions, '- text: "\u2060')}:15: error: Unexpected text of invisible characters only (U+2060 U+FEFF U+200D) at \`quiz[0].options[0].text\`, expected a string, not an empty one  [schema-empty]`)
    ])
    // The same message as for a stem of spaces.
    const spaces = demoCopy({ 'questions.yaml': (t) => t.replace(`    stem: >-\n${stem}`, '    stem: "   "') })
    expect(errors(assemble(spaces).lines)).toEqual([expect.stringMatching(/questions\.yaml:\d+:11: error: Unexpected ` ` at `quiz\[0\]\.stem`, expected a string, not an empty one {2}\[schema-empty\]$/)])
    // And an empty one is said to be empty ("Unexpected ``" showed nothing to look for).
    const empty = demoCopy({ 'questions.yaml': (t) => t.replace(`    stem: >-\n${stem}`, '    stem: ""') })
    expect(errors(assemble(empty).lines)).toEqual([expect.stringMatching(/questions\.yaml:\d+:11: error: Unexpected empty text at `quiz\[0\]\.stem`, expected a string, not an empty one {2}\[schema-empty\]$/)])
  })
})

describe('a list entry without a space after its dash', () => {
  it('is one error at the dash, not the parser\'s complaint about every line after it', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('  - id: leader-deals-worldview\n', '  -id: leader-deals-worldview\n') })
    const line = readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n').indexOf('  -id: leader-deals-worldview') + 1
    expect(errors(assemble(dir).lines)).toEqual([
      expect.stringContaining(`claims.yaml:${line}:3: error: Unexpected \`-id:\`, expected a space after the dash (\`- id:\`): without it YAML reads \`-id\` as a key, not as a new entry of the list  [yaml-syntax]`)
    ])
  })
})

describe('a tab among the spaces of one line', () => {
  it('is one error at the tab, in a mapping and in a >- text, not the parser\'s complaints about the lines after it', () => {
    for (const [label, edit, needle] of [
      ['among spaces before a key', (t: string) => t.replace('\n    kind: causal\n', '\n  \t  kind: causal\n'), '  \t  kind: causal'],
      ['starting a line of a >- text', (t: string) => t.replace('\n      The author suggests that the main reason', '\n\tThe author suggests that the main reason'), '\tThe author suggests that the main reason']
    ] as const) {
      const dir = demoCopy({ 'claims.yaml': edit })
      const lines = readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n')
      const line = lines.findIndex((l) => l.startsWith(needle)) + 1
      const column = lines[line - 1]!.indexOf('\t') + 1
      expect(errors(assemble(dir).lines), label).toEqual([
        expect.stringContaining(`claims.yaml:${line}:${column}: error: Unexpected tab in the indentation, expected spaces: YAML reads indentation by spaces only (indent as the lines around it do)  [yaml-syntax]`)
      ])
    }
  })
})

describe('an entry of a list without its dash', () => {
  it('is one error at its first key, naming the entry it runs into, not one per key given twice', () => {
    for (const [label, file, entry] of [
      ['a claim', 'claims.yaml', '  - id: leader-deals-worldview'],
      ['a question', 'questions.yaml', '  - id: q-worldview'],
      ['an option', 'questions.yaml', '      - text: The deal should bring US involvement']
    ] as const) {
      const dir = demoCopy({ [file]: (t: string) => t.replace(`\n${entry}`, `\n${entry.replace('- ', '  ')}`) })
      const text = readFileSync(join(dir, file), 'utf8')
      const line = lineOf(text, entry.replace('- ', '  '))
      const key = entry.trim().slice(2, entry.trim().indexOf(':'))
      let above = 0
      text.split('\n').slice(0, line - 1).forEach((l, i) => {
        if (l.startsWith(entry.slice(0, entry.indexOf('-') + 2))) above = i + 1
      })
      expect(errors(assemble(dir).lines), label).toEqual([
        expect.stringContaining(`${file}:${line}:${entry.indexOf('-') + 3}: error: Unexpected \`${key}:\` again in the entry that starts on line ${above}, expected \`- ${key}:\` to start a new entry: without its dash, YAML reads this entry's keys as more of the one above, each given twice  [yaml-syntax]`)
      ])
    }
  })

  it('is one error at the first entry of a list when it is the one without its dash', () => {
    // The list's every line was an error: 23 for the demo's first claim, 106 for its first quiz item.
    for (const [file, entry] of [
      ['claims.yaml', '  - id: deal-ends-involvement'],
      ['questions.yaml', '  - id: q-key-reason']
    ] as const) {
      const dir = demoCopy({ [file]: (t: string) => t.replace(`\n${entry}\n`, `\n${entry.replace('- ', '  ')}\n`) })
      const text = readFileSync(join(dir, file), 'utf8')
      const said = errors(assemble(dir).lines)
      expect(said, file).toEqual([expect.stringContaining(`${file}:${lineOf(text, entry.replace('- ', '  '))}:5: error: Unexpected \`id:\` without a dash as the first entry of the list, expected \`- id:\` as the entries after it have (line `)])
    }
  })

  it('is one error for each of two entries in a row without their dashes', () => {
    const text = 'themes:\n  - id: a\n    label: A\n    id: b\n    label: B\n    id: c\n    label: C\n  - id: d\n    label: D\n'
    expect(errors(problems(text))).toEqual([4, 6].map((line) => `x.yaml:${line}:5: error: Unexpected \`id:\` again in the entry that starts on line 2, expected \`- id:\` to start a new entry: without its dash, YAML reads this entry's keys as more of the one above, each given twice  [yaml-syntax]`))
  })

  it('leaves a key given twice in one entry as it was said', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    kind: causal\n', '\n    kind: causal\n    kind: causal\n') })
    expect(errors(assemble(dir).lines)).toEqual([expect.stringContaining('Unexpected key `kind` again in this mapping')])
  })
})

describe('a key without its colon above what it holds', () => {
  it('is one error at the key, not the parser\'s complaints about each line below it', () => {
    for (const [file, key] of [
      ['questions.yaml', 'options'],
      ['claims.yaml', 'context'],
      // Over a list of plain items, too.
      ['questions.yaml', 'follow_ups']
    ] as const) {
      const dir = demoCopy({ [file]: (t: string) => t.replace(`\n    ${key}:\n`, `\n    ${key}\n`) })
      const line = lineOf(readFileSync(join(dir, file), 'utf8'), `    ${key}\n`)
      expect(errors(assemble(dir).lines), key).toEqual([
        expect.stringContaining(`${file}:${line}:5: error: Unexpected \`${key}\` without a colon, with what it holds below it, expected \`${key}:\`: without the colon YAML reads the word as text, and the lines below as more of it  [yaml-syntax]`)
      ])
    }
  })
})

describe('a space or colon that only looks like YAML\'s', () => {
  it('is one error naming the character, where YAML reads structure, not the parser\'s complaints about the lines it spans', () => {
    // A word processor's no-break space, a Chinese or Japanese keyboard's full-width colon and space.
    const RETYPE = 'YAML reads its structure from ASCII spaces and colons only, so it takes this line for text (retype it; a word processor or a keyboard layout put it there)  [yaml-syntax]'
    for (const [label, from, to, said] of [
      ['a no-break space after a key', '\n    kind: causal\n', '\n    kind:\u00a0causal\n', 'Unexpected no-break space (U+00A0) after `kind:`, expected an ordinary space'],
      ['a full-width colon', '\n    kind: causal\n', '\n    kind\uff1acausal\n', 'Unexpected full-width colon (U+FF1A) after `kind`, expected an ordinary colon `:`'],
      ['a no-break space in the indentation', '\n    kind: causal\n', '\n\u00a0   kind: causal\n', 'Unexpected no-break space (U+00A0) in the indentation, expected ordinary spaces'],
      ['a full-width space in the indentation', '\n    kind: causal\n', '\n\u3000   kind: causal\n', 'Unexpected full-width space (U+3000) in the indentation, expected ordinary spaces'],
      ['a no-break space after a dash', '\n  - id: ', '\n  -\u00a0id: ', 'Unexpected no-break space (U+00A0) after the dash, expected an ordinary space']
    ] as const) {
      const dir = demoCopy({ 'claims.yaml': (t) => t.replace(from, to) })
      const text = readFileSync(join(dir, 'claims.yaml'), 'utf8')
      const at = text.indexOf(to) + 1
      const line = text.slice(0, at).split('\n').length
      const char = to.search(/[\u00a0\u3000\uff1a]/)
      expect(errors(assemble(dir).lines), label).toEqual([expect.stringContaining(`claims.yaml:${line}:${char}: error: ${said}: ${RETYPE}`)])
    }
  })

  it('before a top-level key, which YAML reads as a key of its own, is one error and the field read', () => {
    // It was "Unexpected field ` actors`", and every claim's actor then unknown.
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\nactors:\n', '\n\u00a0actors:\n') })
    const line = lineOf(readFileSync(join(dir, 'claims.yaml'), 'utf8'), '\u00a0actors:')
    expect(errors(assemble(dir).lines)).toEqual([expect.stringContaining(`claims.yaml:${line}:1: error: Unexpected no-break space (U+00A0) before \`actors\`, expected the key alone: YAML takes the character for part of the key (retype it; a word processor or a keyboard layout put it there)  [yaml-syntax]`)])
  })

  it('is said with any other mistake of the file, each once', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('\n    kind: causal\n', '\n    kind:\u00a0causal\n').replace(/themes: \[(?=[^\n]*\n[\s\S]*$)/, 'themes: [[') })
    const found = errors(assemble(dir).lines)
    expect(found.map((l) => l.replace(/^.*?error: (Unexpected \S+ \S+).*$/, '$1'))).toEqual(['Unexpected no-break space', 'Unexpected `[` that'])
  })
})

describe('items written as plain text where each should be a mapping', () => {
  it('are one error, at the first, that counts the others', () => {
    // A teacher writes options as a list of sentences, as in a word processor.
    const dir = demoCopy({
      'questions.yaml': (t) => t.replace(/( {4}options:\n)((?: {6}- text: .*\n(?: {8}.*\n)*)+)/, (_all, head: string) => `${head}      - The first option\n      - The second option\n      - The third option\n`)
    })
    const found = errors(assemble(dir).lines)
    const line = lineOf(readFileSync(join(dir, 'questions.yaml'), 'utf8'), '      - The first option')
    expect(found).toEqual([
      `${join(dir, 'questions.yaml')}:${line}:9: error: Unexpected \`The first option\` at \`quiz[0].options[0]\`, expected a mapping (an option): \`text: …\` and \`feedback: …\`; the 2 items after it in \`quiz[0].options\` are written as plain text too  [schema-type]`
    ])
  })
})

describe('an emptied module.yaml', () => {
  // It built silently with the defaults, and the course's sets and seed were gone from the pack.
  it('builds with the defaults, and says so at its first line', () => {
    for (const text of ['', '# settings to come\n']) {
      const dir = demoCopy({ 'module.yaml': () => text })
      const lines = assemble(dir).lines.filter((l) => l.includes('module.yaml'))
      expect(lines).toEqual([expect.stringMatching(/module\.yaml:1:1: warning: Unexpected module\.yaml without settings, expected course details and `sets`: the pack is built with the defaults \(set `default` of every question, seed 1, A4 paper\), as without the file {2}\[empty-file\]$/)])
    }
  })
})

describe('a single-choice item with two right options', () => {
  // The error stood at the first option and named neither.
  it('names the options marked right, and stands at the second `correct: true`', () => {
    const option = '      - text: Zelensky refused to sign the minerals deal at the White House meeting.\n'
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(option, `${option}        correct: true\n`) })
    const text = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const said = errors(assemble(dir).lines).filter((l) => l.includes('[several-correct-options]'))
    expect(said).toHaveLength(1)
    const [, line] = /questions\.yaml:(\d+):\d+: error: Unexpected 2 correct options in single-choice item `q-key-reason`, expected exactly one `correct: true` \(options [A-H] at line \d+, [A-H] at line (\d+)\): keep `correct: true` on the right one, or make it a `multiple` item if all of them are right/.exec(said[0]!)!
    expect(said[0]).toContain(`questions.yaml:${line}:`)
    expect(text.split('\n')[Number(line) - 1]!.trim()).toBe('correct: true')
  })
})

describe('a date of the right form that names no day', () => {
  // Month 13 in module.yaml was "expected a date written YYYY-MM-DD", though it was written so.
  it('is said to be no day there is, in module.yaml as in the article', () => {
    for (const date of ['2026-13-45', '2026-02-30']) {
      const dir = demoCopy({ 'module.yaml': (t) => t.replace(/^date: .*$/m, `date: ${date}`) })
      expect(errors(assemble(dir).lines)).toEqual([expect.stringMatching(new RegExp(`module\\.yaml:\\d+:7: error: Unexpected \`${date}\` at \`date\`, expected a date there is \\(${date} is not one\\), written YYYY-MM-DD {2}\\[schema-pattern\\]$`))])
    }
  })
})

describe('one value where a list of values is wanted', () => {
  // "expected a list of ids …" did not say that brackets are all it takes.
  it('shows it in brackets, and only where that would do', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('    claims: [deal-ends-involvement]\n', '    claims: deal-ends-involvement\n') })
    expect(errors(assemble(dir).lines)).toEqual([expect.stringMatching(/questions\.yaml:\d+:13: error: Unexpected `deal-ends-involvement` at `quiz\[\d+\]\.claims`, expected a list of ids of lower-case letters, digits and hyphens \(at least 1\): write it in brackets, `\[deal-ends-involvement\]` {2}\[schema-type\]$/)])
    // Not for a list of mappings (a rubric): brackets around words would not make one.
    const rubric = demoCopy({ 'questions.yaml': (t) => t.replace(/\n {4}rubric:\n( {6}- .*\n( {8}.*\n)*)+/, '\n    rubric: 1 point for each reason\n') })
    expect(errors(assemble(rubric).lines).join('\n')).not.toContain('write it in brackets')
  })
})

/** A copy of the tiny module in a temp folder, edited by `edit`. */
function tinyCopy(edit: Record<string, (text: string) => string>): string {
  const dir = join(tempDir(), 'tiny')
  cpSync(TINY, dir, { recursive: true })
  for (const [name, change] of Object.entries(edit)) writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')))
  return dir
}

describe('entries under the wrong list', () => {
  // Deleting `quiz:` put the quiz items under `discussion:`: 17 messages on tiny, 425 lines on
  // the demo, a missing `prompt` and an unknown `type` for every item.
  it('are one error at the first of them when the line naming their list is missing, in either file, either way round', () => {
    const quiz = tinyCopy({ 'questions.yaml': (t) => t.replace('\nquiz:\n', '\n') })
    expect(errors(assemble(quiz).lines)).toEqual([
      `${join(quiz, 'questions.yaml')}:10:5: error: Unexpected 2 quiz items (with \`type\`, \`stem\`, \`difficulty\`) under \`discussion:\` on lines 10–33, expected them under \`quiz:\` (is the \`quiz:\` line above them missing?)  [schema-wrong-list]`
    ])
    const claims = tinyCopy({ 'claims.yaml': (t) => t.replace('\nclaims:\n', '\n') })
    expect(errors(assemble(claims).lines)).toEqual([
      `${join(claims, 'claims.yaml')}:5:5: error: Unexpected 2 claims (with \`quote\`, \`paraphrase\`, \`kind\`) under \`themes:\` on lines 5–20, expected them under \`claims:\` (is the \`claims:\` line above them missing?)  [schema-wrong-list]`
    ])
    // Discussion questions after the quiz, their line deleted.
    const reversed = tinyCopy({ 'questions.yaml': (t) => t.slice(t.indexOf('quiz:\n')) + t.slice(0, t.indexOf('quiz:\n')).replace('discussion:\n', '') })
    expect(errors(assemble(reversed).lines)).toEqual([
      `${join(reversed, 'questions.yaml')}:26:5: error: Unexpected discussion question (with \`prompt\`, \`purpose\`, \`minutes\`) under \`quiz:\`, expected it under \`discussion:\` (is the \`discussion:\` line above it missing?)  [schema-wrong-list]`
    ])
    const demo = demoCopy({ 'questions.yaml': (t) => t.replace('\nquiz:\n', '\n') })
    const text = readFileSync(join(demo, 'questions.yaml'), 'utf8')
    const from = lineOf(text, '  - id: q-key-reason')
    const said = errors(assemble(demo).lines)
    expect(said).toHaveLength(1)
    expect(said[0]).toContain(`questions.yaml:${from}:5: error: Unexpected `)
    expect(said[0]).toMatch(/ \d+ quiz items \(with `type`, `stem`, `difficulty`\) under `discussion:` on lines (\d+)–\d+, expected them under `quiz:` \(is the `quiz:` line above them missing\?\) {2}\[schema-wrong-list\]$/)
    const glossary = demoCopy({ 'claims.yaml': (t) => t.replace('\nclaims:\n', '\n') })
    expect(errors(assemble(glossary).lines)).toEqual([expect.stringMatching(/claims\.yaml:\d+:5: error: Unexpected \d+ claims \(with `id`, `quote`, `paraphrase`\) under `glossary:` on lines \d+–\d+, expected them under `claims:` \(is the `claims:` line above them missing\?\)/)])
  })

  // Deleting a file's first key left its entries indented with nothing to hold them: three
  // "indentation of 0 spaces" errors on the demo, one at each key after them, none at the mistake.
  it("is one error at the first line when the file's first key is deleted, or indented, and what else is wrong is still said", () => {
    const tiny = tinyCopy({ 'claims.yaml': (t) => t.replace('\nthemes:\n', '\n') })
    expect(errors(assemble(tiny).lines)).toEqual([
      `${join(tiny, 'claims.yaml')}:2:3: error: Unexpected \`- id: speed\` indented 2 spaces at the top of the file, with no key above it to hold it, expected the key that names what it is on a line of its own before it, at the left edge (as \`claims:\` on line 4 stands): YAML cannot place lines that no key holds, nor the keys after them  [yaml-syntax]`
    ])
    const demo = demoCopy({ 'claims.yaml': (t) => t.replace('\nthemes:\n', '\n') })
    const text = readFileSync(join(demo, 'claims.yaml'), 'utf8')
    expect(errors(assemble(demo).lines)).toEqual([
      `${join(demo, 'claims.yaml')}:${lineOf(text, '  - id: us-guarantees')}:3: error: Unexpected \`- id: us-guarantees\` indented 2 spaces at the top of the file, with no key above it to hold it, expected the key that names what it is on a line of its own before it, at the left edge (as \`actors:\` on line ${lineOf(text, 'actors:')} stands): YAML cannot place lines that no key holds, nor the keys after them  [yaml-syntax]`
    ])
    const indented = tinyCopy({ 'claims.yaml': (t) => t.replace('\nthemes:\n', '\n  themes:\n') })
    expect(errors(assemble(indented).lines)).toEqual([
      `${join(indented, 'claims.yaml')}:2:3: error: Unexpected indentation of 2 spaces before \`themes:\` at the top of the file, expected \`themes:\` at the left edge, as \`claims:\` on line 5 stands: YAML reads the keys after it as out of place  [yaml-syntax]`
    ])
    // A mistake of its own further down is said too, where it is.
    const two = tinyCopy({ 'claims.yaml': (t) => t.replace('\nthemes:\n', '\n').replace('    hedges: []\n', '    hedges: [may\n') })
    const said = errors(assemble(two).lines)
    expect(said).toHaveLength(2)
    expect(said[0]).toContain('claims.yaml:2:3: error: Unexpected `- id: speed` indented 2 spaces at the top of the file')
    expect(said[1]).toMatch(/claims\.yaml:\d+:13: error: Unexpected `\[` that is never closed/)
  })

  it('is one error for one item pasted under the other list, and the item is read where it belongs', () => {
    const dir = tinyCopy({
      'questions.yaml': (t) => {
        const item = t.slice(t.indexOf('  - id: q-fast'), t.indexOf('  - id: q-unrun')).replace('q-fast', 'q-fast-again')
        return t.replace('quiz:\n', `${item}quiz:\n`)
      }
    })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'questions.yaml')}:10:5: error: Unexpected quiz item (with \`type\`, \`stem\`, \`difficulty\`) under \`discussion:\`, expected it under \`quiz:\`: move it there  [schema-wrong-list]`
    ])
    const read = readQuestions(new VFile({ path: 'questions.yaml', value: readFileSync(join(dir, 'questions.yaml'), 'utf8') }))
    expect(read?.quiz.map((q) => q.id)).toEqual(['q-fast-again', 'q-fast', 'q-unrun'])
    expect(read?.discussion.map((q) => q.id)).toEqual(['d-why'])
  })
})

describe('an entry whose dash was deleted, its key left where the dash stood', () => {
  // `  - id: q-unrun` → `  id: q-unrun`: the indentation message, then five raw "Map keys must be unique".
  it('is one error at the key, saying `- id:` starts an entry, at the dash\'s column or between it and the fields', () => {
    for (const [indent, column] of [
      ['  ', 3],
      ['   ', 4]
    ] as const) {
      const dir = tinyCopy({ 'questions.yaml': (t) => t.replace('  - id: q-unrun', `${indent}id: q-unrun`) })
      expect(errors(assemble(dir).lines)).toEqual([
        `${join(dir, 'questions.yaml')}:25:${column}: error: Unexpected \`id:\` without a dash, expected \`- id:\` to start a new entry, as the one on line 11 does: without its dash, YAML reads this entry's keys as more of the one above  [yaml-syntax]`
      ])
    }
  })
})

describe('an entry whose fields are all indented short', () => {
  // Lines 26–32 at 2 spaces instead of 4 were seven identical messages, one per line.
  it('is one error at its first field, naming the lines', () => {
    const dir = tinyCopy({
      'questions.yaml': (t) =>
        t
          .split('\n')
          .map((line, i) => (i >= 25 && i <= 31 ? line.replace(/^ {4}/, '  ') : line))
          .join('\n')
    })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'questions.yaml')}:26:3: error: Unexpected indentation of 2 spaces on lines 26–32, expected 4 spaces as the lines of this entry above it: YAML reads what belongs together from the indentation  [yaml-syntax]`
    ])
  })
})

describe('an item whose type was changed without its fields', () => {
  // `type: single` → `type: true-false` with its `options` left: three messages, none at `type:`.
  it('is one error at the type, naming the types its fields fit and what the type it names has', () => {
    const choice = tinyCopy({ 'questions.yaml': (t) => t.replace('type: single', 'type: true-false') })
    expect(errors(assemble(choice).lines)).toEqual([
      `${join(choice, 'questions.yaml')}:12:11: error: Unexpected \`true-false\` at \`quiz[0].type\` for an item with \`options\`, expected \`single\` or \`multiple\` (a true/false item has \`answer\` and \`feedback\`)  [schema-enum]`
    ])
    // Fields that only one type reads as written (`answer: true` is no number): that type, and the item read as one.
    const trueFalse = tinyCopy({ 'questions.yaml': (t) => t.replace('type: true-false', 'type: single') })
    expect(errors(assemble(trueFalse).lines)).toEqual([
      `${join(trueFalse, 'questions.yaml')}:26:11: error: Unexpected \`single\` at \`quiz[1].type\` for an item with \`answer\` and \`feedback\`, expected \`true-false\` (a single-choice item has \`options\`)  [schema-enum]`
    ])
    const read = readQuestions(new VFile({ path: 'questions.yaml', value: readFileSync(join(trueFalse, 'questions.yaml'), 'utf8') }))
    expect(read?.quiz.map((q) => [q.id, q.type])).toEqual([
      ['q-fast', 'single'],
      ['q-unrun', 'true-false']
    ])
  })
})

describe('a language tag of the wrong form', () => {
  // `lang: English` was said twice: the form, and "`` is none" with the value lost.
  it('is one error, its form', () => {
    const dir = tinyCopy({ 'article.md': (t) => t.replace('lang: en-GB', 'lang: English') })
    expect(errors(assemble(dir).lines)).toEqual([`${join(dir, 'article.md')}:4:7: error: Unexpected \`English\` at \`lang\`, expected a language tag like \`en-GB\`  [schema-pattern]`])
  })
})

describe('text with a colon in it that YAML reads as a mapping', () => {
  // `- Think: what would make it stop?` is valid YAML, a mapping: "Unexpected mapping …, expected a string" gave no hint to quote it.
  it('gets the hint to quote it, at the colon, as a key\'s text does', () => {
    const dir = tinyCopy({ 'questions.yaml': (t) => t.replace('    follow_ups: [What would make it run?]\n', '    follow_ups:\n      - Think: what would make it stop?\n') })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'questions.yaml')}:9:14: error: Unexpected \`: \` inside the text \`Think: what would make it stop?\` at \`discussion[0].follow_ups[0]\`, expected the text in quotes ("Think: what would make it stop?"): a colon followed by a space starts a key in YAML  [yaml-syntax]`
    ])
    // A mapping in braces, or over several lines, is no text.
    const braces = tinyCopy({ 'questions.yaml': (t) => t.replace('    follow_ups: [What would make it run?]\n', '    follow_ups:\n      - {a: b}\n') })
    expect(errors(assemble(braces).lines)).toEqual([expect.stringContaining('Unexpected mapping at `discussion[0].follow_ups[0]`, expected a string')])
  })
})

describe('a value on a key\'s line and an indented block below it', () => {
  // Raw parser text, a column inside the block, or advice that merged two follow-ups into one text.
  it('is one error at the key: it holds two values, keep one', () => {
    const keep = 'expected one or the other: a key holds a value on its line or the lines below it (keep one, and delete the other)  [yaml-syntax]'
    const feedback = tinyCopy({ 'questions.yaml': (t) => t.replace('    feedback:\n      if_true:', '    feedback: plain text\n      if_true:') })
    expect(errors(assemble(feedback).lines)).toEqual([`${join(feedback, 'questions.yaml')}:32:5: error: Unexpected text \`plain text\` on the line of \`feedback:\`, which has a mapping indented below it, ${keep}`])
    const hedges = tinyCopy({ 'claims.yaml': (t) => t.replace('    hedges: []\n', '    hedges: []\n      - Small\n') })
    expect(errors(assemble(hedges).lines)).toEqual([`${join(hedges, 'claims.yaml')}:11:5: error: Unexpected \`[]\` on the line of \`hedges:\`, which has a list indented below it, ${keep}`])
    const followUps = tinyCopy({ 'questions.yaml': (t) => t.replace('    follow_ups: [What would make it run?]\n', '    follow_ups: What would make it run?\n      - And what else?\n') })
    expect(errors(assemble(followUps).lines)).toEqual([`${join(followUps, 'questions.yaml')}:8:5: error: Unexpected text \`What would make it run?\` on the line of \`follow_ups:\`, which has a list indented below it, ${keep}`])
    // Prose run on over a line that holds a colon is still text to quote.
    expect(errors(problems('a:\n  stem: The author says\n    that: the deal ends\n')).join('\n')).toContain('expected the text in quotes')
  })
})
