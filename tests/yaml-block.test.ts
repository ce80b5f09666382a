// The fast block-YAML reader must give what `yaml`'s parseDocument gives, value for value and
// range for range, or give up. Compared on every YAML file and front matter in the repository
// and on generated documents in the styles teachers write.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import { readBlockYaml } from '../src/yaml/block.js'

const OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const
const ROOT = join(import.meta.dirname, '..')

/** What the rest of classpack reads of a node: its kind, value, type and range. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined) return null
  const n = node as YamlNode
  if (isMap(n)) return { map: n.range, items: n.items.map((pair) => [shape(pair.key), shape(pair.value)]) }
  if (isSeq(n)) return { seq: n.range, flow: n.flow ?? false, items: n.items.map(shape) }
  if (isScalar(n)) return { value: n.value, type: n.type, source: n.source, range: n.range, format: n.format }
  return { other: String(n) }
}

/** The full parser's reading, or undefined when it has errors or warnings (the fast reader must then give up). */
function full(text: string): unknown {
  const doc = parseDocument(text, OPTIONS)
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined
  return shape(doc.contents)
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist' || name === 'out') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files(path, out)
    else if (/\.(ya?ml|md)$/.test(name)) out.push(path)
  }
  return out
}

function yamlOf(path: string): string | undefined {
  const text = readFileSync(path, 'utf8')
  if (!path.endsWith('.md')) return text
  const front = /^---\n([\s\S]*?)\n---/.exec(text)
  return front?.[1]
}

describe('the fast block-YAML reader', () => {
  it('reads every YAML file and front matter of the repository as parseDocument does', () => {
    let read = 0
    for (const path of [...files(join(ROOT, 'source')), ...files(join(ROOT, 'tests/fixtures')), ...files(join(ROOT, 'templates'))]) {
      const text = yamlOf(path)
      if (text === undefined) continue
      const fast = readBlockYaml(text, OPTIONS)
      if (fast === undefined) continue
      read++
      expect(shape(fast), path).toEqual(full(text))
    }
    expect(read).toBeGreaterThan(20)
  })

  it('reads the demo module with no fallback to the full parser', () => {
    for (const name of ['module.yaml', 'claims.yaml', 'questions.yaml']) {
      const text = readFileSync(join(ROOT, 'source/us-backstop-ukraine', name), 'utf8')
      expect(readBlockYaml(text, OPTIONS), name).toBeDefined()
    }
  })

  const cases: Record<string, string> = {
    scalars: 'a: 1\nb: 0x1F\nc: 1.50\nd: true\ne: ~\nf: null\ng: .inf\nh: -2\ni: 1e3\nj: 0o17\nk: yes\nl: 2026-11-30\n',
    empty: 'a:\nb:\n  c:\nd: x\n',
    emptyLast: 'a: 1\nb:\n',
    quoted: `a: "x \\"y\\" \\u00e9 \\t z"\nb: 'it''s'\nc: "two\n  lines\n\n  here"\nd: 'one\n\n\n  two'\n`,
    comments: '# head\na: 1 # one\n\n# between\nb:   two   # two\nc: "q" #x\n',
    lists: 'a:\n  - x\n  - y: 1\n    z: |\n      hi\n      there\n\n  - "q"\nb:\n- 1\n- 2\nc: [p, "q", 3, \'r s\' ]\nd: []\n',
    nested: '- - a\n',
    blocks: 'a: |\n  one\n  two\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\n\nd: |+\n  keep\n\n\ne: >-\n  x\n',
    keepAtEnd: 'a: |+\n  keep\n\n',
    plainLines: 'a: first line\n  second line\n\n  after blank\nb: x\n',
    keyed: '"quoted key": 1\n\'single\': 2\nplain key: 3\n12: n\n',
    listOfMaps: 'items:\n  - id: a\n    text: >-\n      some folded\n      text\n    tags: [x, y]\n  -\n    id: b\n',
    colonInValue: 'a: http://example.com/x\nb: "x: y"\n',
    duplicate: 'a: 1\na: 2\n',
    tab: 'a:\n\t- x\n',
    anchor: 'a: &x 1\nb: *x\n',
    badIndent: 'a:\n    b: 1\n  c: 2\n',
    emptyDoc: '# only a comment\n',
    commentAfterKey: 'a: # c\n  b: 1\n',
    commentEmpty: 'a: # c\nb: 1\n',
    noNewline: 'a: 1',
    blockAtEnd: 'a: |\n  x',
    trailingSpaces: 'a: x   \nb: "y"  \n',
    seqInSeqMap: '- a: 1\n  b:\n    - 2\n- c\n',
    // YAML folds lines around spaces and tabs only: a no-break or ideographic space stays.
    unicodeSpaces: 'title: Bike lanes\n  \u3000quiz\nnote: foo\u00a0\n  bar\nq: "x\u2003\n  y"\ns: \'a\n  \u00a0b\'\n'
  }
  for (const [name, text] of Object.entries(cases)) {
    it(`agrees on ${name}`, () => {
      const fast = readBlockYaml(text, OPTIONS)
      const expected = full(text)
      if (fast !== undefined) expect(shape(fast)).toEqual(expected)
      // Whatever the full parser reports on, the fast reader leaves to it.
      if (expected === undefined) expect(fast).toBeUndefined()
    })
  }

  // The reader skips the schema's patterns for a scalar that cannot start a null, a boolean or a
  // number; each way such a scalar is written, in every case, as a key and as a value, must
  // still read as the full parser reads it.
  it('reads nulls, booleans and numbers in every spelling as parseDocument does', () => {
    const spellings = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', '0', '7', '-3', '+3', '012', '0o17', '0O17', '0x1f', '0X1F', '1.5', '.5', '-.5', '5.', '1e3', '1E-3', '+1.5e+3', '.inf', '-.inf', '+.Inf', '.INF', '.nan', '.NaN', '.NAN', 'nan', 'inf', 'Infinity', '١٢', '１２', 'Ｔrue', 'ⅻ', '²']
    for (const word of spellings) {
      for (const text of [`k: ${word}\n`, `${word || "''"}: v\n`, `- ${word}\n`]) {
        const fast = readBlockYaml(text, OPTIONS)
        if (fast !== undefined) expect(shape(fast), JSON.stringify(text)).toEqual(full(text))
      }
    }
  })

  it('agrees on generated documents', () => {
    const words = fc.constantFrom('x', '\u00a0', 'a\u3000', '\u2003b', 'two words', '12', '-3', '1.50', 'true', 'null', '~', 'yes', 'a: b', 'a #b', 'it\'s', 'say "hi"', 'é ß —', '#x', '- y', '[z]', 'http://a.b', 'tail:', '', ' lead', 'trail ', '0x1A', '.5', '1e3', 'b\\c', "''", '@x', '%y', '`z')
    const text = fc.array(words, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '))
    const style = fc.constantFrom('plain', 'single', 'double', 'literal', 'folded', 'strip', 'lines')
    const scalar = fc.tuple(text, style, fc.array(text, { maxLength: 3 }))
    type Tree = { kind: 'scalar'; value: [string, string, string[]] } | { kind: 'map'; entries: [string, Tree][] } | { kind: 'seq'; items: Tree[] } | { kind: 'flow'; items: string[] }
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((value) => ({ kind: 'scalar' as const, value })),
        fc.array(fc.tuple(fc.constantFrom('id', 'text', 'a b', 'x1', '3', 'true', 'k'), tie('tree')), { minLength: 1, maxLength: 4 }).map((entries) => ({ kind: 'map' as const, entries: entries as [string, Tree][] })),
        fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'seq' as const, items })),
        fc.array(fc.constantFrom('a', 'b c', '"q"', "'r'", '2', 'null'), { maxLength: 3 }).map((items) => ({ kind: 'flow' as const, items }))
      )
    }))
    const render = (node: Tree, indent: number, inline: boolean): string => {
      const pad = ' '.repeat(indent)
      if (node.kind === 'scalar') {
        const [value, how, more] = node.value
        const lines = [value, ...more]
        switch (how) {
          case 'single':
            return `'${lines.join(`\n${pad}  `).replace(/'/g, "''")}'\n`
          case 'double':
            return `"${lines.join(`\n${pad}  `).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`
          case 'literal':
          case 'folded':
          case 'strip':
            return `${how === 'literal' ? '|' : how === 'folded' ? '>' : '|-'}\n${lines.map((line) => `${pad}  ${line}`).join('\n')}\n`
          case 'lines':
            return `${lines.join(`\n${pad}  `)}\n`
          default:
            return `${value}\n`
        }
      }
      if (node.kind === 'flow') return `[${node.items.join(', ')}]\n`
      const body =
        node.kind === 'map'
          ? node.entries.map(([key, value], i) => `${i === 0 && inline ? '' : pad}${key}:${value.kind === 'map' || value.kind === 'seq' ? `\n${render(value, indent + 2, false)}` : ` ${render(value, indent, true)}`}`)
          : node.items.map((item, i) => `${i === 0 && inline ? '' : pad}-${item.kind === 'seq' ? `\n${render(item, indent + 2, false)}` : ` ${render(item, indent + 2, true)}`}`)
      return body.join('')
    }
    let read = 0
    let runs = 0
    fc.assert(
      fc.property(tree, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.boolean()), { maxLength: 3 }), (node, inserts) => {
        // Comment and blank lines at any indent between the lines.
        const lines = render(node, 0, false).split('\n')
        for (const [at, indent, comment] of inserts) lines.splice(at % lines.length, 0, `${' '.repeat(indent)}${comment ? '# note' : ''}`)
        const source = lines.join('\n')
        const fast = readBlockYaml(source, OPTIONS)
        const expected = full(source)
        runs++
        if (fast === undefined) return
        read++
        expect(shape(fast), source).toEqual(expected)
      }),
      { numRuns: 1500, seed: 20261130 }
    )
    // The reader must not get there by giving up on everything.
    expect(read / runs).toBeGreaterThan(0.3)
  })
})
