// One message per root cause where a hostile-input trial found a cascade: git's merge-conflict
// markers, an old Mac's carriage returns, a list's first entry indented too far, an entry's
// `- id:` line deleted.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assemble, DEMO, demoCopy } from './helpers/fixtures.js'

const errors = (lines: readonly string[]): string[] => lines.filter((l) => l.includes(': error:'))

/** `text` with the lines of `n` (1-based) in a merge conflict: both versions, between git's markers. */
const conflicted = (text: string, n: number): string => {
  const lines = text.split('\n')
  const line = lines[n - 1]!
  lines.splice(n - 1, 1, '<<<<<<< HEAD', line, '=======', `${line} (theirs)`, '>>>>>>> their-branch')
  return lines.join('\n')
}

describe('git merge-conflict markers', () => {
  // 33–39 syntax errors for claims.yaml, a renumbering of the whole article for article.md, one per line for paragraphs.lock.
  it.each([
    ['claims.yaml', 252],
    ['questions.yaml', 1014],
    ['module.yaml', 20],
    ['article.md', 21],
    ['paragraphs.lock', 9]
  ])('in %s are one error, at the first marker, and nothing else on the file', (file, n) => {
    const dir = demoCopy({ [file]: (t) => conflicted(t, n) })
    const { lines } = assemble(dir)
    const path = join(dir, file)
    const message = `${path}:${n}:1: error: Unexpected merge-conflict marker \`<<<<<<< HEAD\`, expected the lines of one version only: a git merge left both versions here (markers on lines ${n}, ${n + 2} and ${n + 4}); keep the one you want and delete the markers  [file-conflict]`
    expect(errors(lines)).toEqual([message])
    expect(lines.filter((l) => l.startsWith(`${path}:`))).toEqual([message])
  })

  it('a lone marker in a YAML file is one error at it', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.split('\n').map((l, i) => (i === 250 ? `=======\n${l}` : l)).join('\n') })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'claims.yaml')}:251:1: error: Unexpected merge-conflict marker \`=======\`, expected the lines of one version only: a git merge left both versions here; keep the one you want and delete the markers  [file-conflict]`
    ])
  })

  it('a line of `=======` alone in the article is a heading underline, not a conflict', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('\nWhy?\n', '\nWhy?\n=======\n') })
    expect(assemble(dir).lines.join('\n')).not.toContain('merge-conflict')
  })
})

describe('carriage returns alone as line ends (an old Mac\'s files)', () => {
  // claims.yaml and questions.yaml read as empty, module.yaml's settings dropped with a warning, the article misread.
  const demo = demoCopy()
  const expected = assemble(demo)
  it.each(['article.md', 'claims.yaml', 'questions.yaml', 'module.yaml', 'paragraphs.lock'])('%s is read line by line, as with line feeds', (file) => {
    const dir = demoCopy({ [file]: (t) => t.replace(/\r?\n/g, '\r') })
    const found = assemble(dir)
    expect(found.lines.map((l) => l.replaceAll(dir, 'DIR'))).toEqual(expected.lines.map((l) => l.replaceAll(demo, 'DIR')))
    expect(found.module).toBeDefined()
    expect(found.module?.config).toEqual(expected.module?.config)
    expect(found.module?.article.paragraphs.map((p) => p.text)).toEqual(expected.module?.article.paragraphs.map((p) => p.text))
    expect(found.module?.questions.quiz.length).toEqual(expected.module?.questions.quiz.length)
  })
})

describe('the first entry of a list indented too far', () => {
  // 8 errors on the lines after it, each right as read, and the over-indented line never named.
  const line = '      - text: Emmanuel Macron, in Paris, with the backing of Starmer.\n'
  it.each([2, 4])('by %i spaces is one error, at it, with where the entries after it stand', (more) => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(line, ' '.repeat(more) + line) })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'questions.yaml')}:1014:${7 + more}: error: Unexpected indentation of ${6 + more} spaces, expected 6 spaces as the lines after it under \`options:\` (line 1016): YAML reads a block's indentation from its first line, and then finds every line after it out of step  [yaml-syntax]`
    ])
  })

  it('with its fields is one error, at its first line', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(`${line}        feedback:`, `  ${line}          feedback:`) })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'questions.yaml')}:1014:9: error: Unexpected indentation of 8 spaces, expected 6 spaces as the lines after it under \`options:\` (line 1016): YAML reads a block's indentation from its first line, and then finds every line after it out of step  [yaml-syntax]`
    ])
  })
})

describe('an entry whose `- id:` line was deleted', () => {
  // 11–13 "Unexpected key … again in this mapping", one per key of the entry.
  it.each([
    ['claims.yaml', '  - id: putin-keeps-deal\n', 'quote', 471, 495],
    ['questions.yaml', '  - id: q-third-term-short\n', 'type', 1527, 1564]
  ])('in %s is one error, at its first key, that an entry\'s start seems missing above it', (file, deleted, key, first, at) => {
    const dir = demoCopy({ [file]: (t) => t.replace(deleted, '') })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, file)}:${at}:5: error: Unexpected key \`${key}\` again in this mapping (first on line ${first}), expected each key once: an entry's start (\`- id: …\`) seems to be missing above line ${at} (the keys from there on repeat those of the entry above); put it back  [yaml-syntax]`
    ])
  })
})

describe('a `...` line (the end of a YAML document) in the middle of a file', () => {
  // "Source contains multiple documents; please use YAML.parseAllDocuments()", at the line after it.
  it('is one error at it, in words', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.split('\n').map((l, i) => (i === 241 ? `...\n${l}` : l)).join('\n') })
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'claims.yaml')}:242:1: error: Unexpected \`...\`, expected one YAML document: \`...\` ends it, and YAML reads the lines after it as a second one (delete the line)  [yaml-syntax]`
    ])
  })
})

describe('a declaration list under a misspelt name (`theme:` for `themes:`)', () => {
  // The ids it declared were each "unknown" at every claim naming them: 7 messages for one typo.
  it.each([
    ['themes', 'theme'],
    ['actors', 'actor']
  ])('%s is one error, at the name written', (field, typo) => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(new RegExp(`^${field}:`, 'm'), `${typo}:`) })
    const found = errors(assemble(dir).lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(new RegExp(`claims\\.yaml:\\d+:1: error: Unexpected field \`${typo}\` in claims\\.yaml, expected \`${field}\``))
  })
})

describe('YAML tags and keys that are not names', () => {
  // `!!binary` printed as the parser's JSON of a Buffer, `!custom` as "YAML: Unresolved tag", `~:` as field ``.
  it.each([
    ['!!binary aGVsbG8=', '!!binary', 'put text in quotes'],
    ['!!timestamp 2001-12-14', '!!timestamp', 'put text in quotes'],
    ['!custom x', '!custom', 'put text in quotes'],
    ['!!set {a, b}', '!!set', 'delete `!!set`)']
  ])('a value tagged `%s` is one error at the tag, naming it', (value, tag, hint) => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(/^( {4}gist: ).*$/m, `$1${value}`) })
    const { lines } = assemble(dir)
    const line = readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(value)) + 1
    const found = lines.filter((l) => l.startsWith(join(dir, 'claims.yaml')))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`claims.yaml:${line}:11: error: Unexpected YAML tag \`${tag}\``)
    expect(found[0]).toContain(hint)
    expect(found[0]).toContain('[yaml-tag]')
  })

  it.each([
    ['~', '`~`'],
    ['null', '`null`']
  ])('a key `%s:` in a claim is named as written', (key, shown) => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(/^( {4}gist: .*)$/m, `$1\n    ${key}: x`) })
    const found = errors(assemble(dir).lines)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`error: Unexpected field ${shown} in a claim, expected one of`)
  })
})

describe('a merge key (`<<: *anchor`) for fields copied from another entry', () => {
  // Read as a field named `<<`: an unknown field, then each field it was to bring, missing.
  it('is one error at it, naming the anchor, and nothing for the fields it stood for', () => {
    const dir = demoCopy({
      'claims.yaml': (t) =>
        t
          .replace('  - id: deal-ends-involvement\n', '  - &opening\n    id: deal-ends-involvement\n')
          .replace('    kind: causal\n    asserted_by: author\n    hedges: []\n    boosters: []\n    evidence: reasoning\n', '    <<: *opening\n    evidence: reasoning\n')
    })
    const line = readFileSync(join(dir, 'claims.yaml'), 'utf8').split('\n').indexOf('    <<: *opening') + 1
    expect(line).toBeGreaterThan(0)
    expect(errors(assemble(dir).lines)).toEqual([
      `${join(dir, 'claims.yaml')}:${line}:5: error: Unexpected merge key \`<<\`, expected each field written out: classpack's files use no merge keys (write the fields of \`&opening\` here in its place)  [yaml-syntax]`
    ])
  })
})

describe("an entry's keys after its dash line, indented one step deeper together", () => {
  // "Nested mappings are not allowed in compact mappings", then every key of the entry again.
  const DASH = '  - id: leader-deals-worldview'
  /** claims.yaml with `count` lines after that dash line (up to the next entry) 2 spaces deeper. */
  const deeper = (count: number) => (t: string): string => {
    const lines = t.split('\n')
    const dash = lines.indexOf(DASH)
    return lines.map((l, i) => (i > dash && i <= dash + count && l !== '' ? `  ${l}` : l)).join('\n')
  }
  it.each(['all', 'the first 8'])('is one error naming the lines moved (%s)', (which) => {
    const original = readFileSync(join(DEMO, 'claims.yaml'), 'utf8').split('\n')
    const dash = original.indexOf(DASH)
    let end = original.findIndex((l, i) => i > dash && l.startsWith('  - id:'))
    while (original[end - 1] === '') end--
    const count = which === 'all' ? end - dash - 1 : 8
    const dir = demoCopy({ 'claims.yaml': deeper(count) })
    const found = errors(assemble(dir).lines)
    expect(found).toEqual([
      `${join(dir, 'claims.yaml')}:${dash + 2}:7: error: Unexpected indentation of 6 spaces on lines ${dash + 2}–${dash + 1 + count}, expected 4 spaces, in line with \`id:\` after the dash on line ${dash + 1}: an entry's keys stand in one column, and YAML reads a key deeper than the first as part of its value  [yaml-syntax]`
    ])
  })
})

describe('quoted text carried on to a next line no deeper than its key', () => {
  // 9 errors for the one line: "never closed … at the end of the line" (it closes on the next),
  // "Missing closing quote", a key without a colon, then every key of the entry out of place.
  const QUOTE = '    quote: "Perhaps the key reason Trump hasn’t so far offered US security guarantees'
  it.each([
    ['at the left edge', '', 'at the left edge'],
    ['as deep as its key', '    ', 'indented 4 spaces'],
    ["with single quotes, at the left edge", '', 'at the left edge']
  ])('is one error at that line (%s), and the rest of the file is still read', (name, indent, said) => {
    const single = name.startsWith('with single')
    const dir = demoCopy({
      'claims.yaml': (t) => {
        const at = t.indexOf(QUOTE)
        const end = t.indexOf('\n', at)
        const line = t.slice(at, end)
        const broken = `${line.replace(' to cover a', '\n' + indent + 'to cover a')}`
        // A quote left open in another claim: still said, as its own problem.
        const rest = t.slice(end).replace('    quote: "Trump has often said that Putin would not have invaded Ukraine if he, Trump had been in office."', '    quote: "Trump has often said that Putin would not have invaded Ukraine if he, Trump had been in office.')
        return t.slice(0, at) + (single ? broken.replace('quote: "', "quote: '").replace(/"$/, "'") : broken) + rest
      }
    })
    const path = join(dir, 'claims.yaml')
    const text = readFileSync(path, 'utf8')
    const line = text.slice(0, text.indexOf(`\n${indent}to cover a`)).split('\n').length + 1
    const open = text.slice(0, text.indexOf('    quote: "Trump has often said')).split('\n').length
    expect(errors(assemble(dir).lines)).toEqual([
      `${path}:${line}:${indent.length + 1}: error: Unexpected \`to cover a Ukraine peace deal is that the deal is…\` ${said} in the text quoted after \`quote:\` on line ${line - 1}, expected it indented deeper than \`quote:\` (YAML ends the value at a line that is not, and the quote is then never closed), or joined to the line above  [yaml-syntax]`,
      `${path}:${open}:12: error: Unexpected \`"\` that is never closed, expected a \`"\` to end this text: opened here and still open at the end of the line  [yaml-syntax]`
    ])
  })

  it('in a list entry, is one error naming its dash', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('      - "Predictive: a claim about what will happen next"', '      - "Predictive: a claim about\n      what will happen next"') })
    const path = join(dir, 'questions.yaml')
    const line = readFileSync(path, 'utf8').split('\n').indexOf('      what will happen next"') + 1
    expect(errors(assemble(dir).lines)).toEqual([
      `${path}:${line}:7: error: Unexpected \`what will happen next"\` indented 6 spaces in the text quoted in the list entry on line ${line - 1}, expected it indented deeper than its dash (YAML ends the value at a line that is not, and the quote is then never closed), or joined to the line above  [yaml-syntax]`
    ])
  })

  it('indented deeper than its key, is YAML that reads as one line of text', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(`${QUOTE} to cover a`, `${QUOTE}\n      to cover a`) })
    expect(errors(assemble(dir).lines)).toEqual([])
  })
})
