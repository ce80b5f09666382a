// A student's quiz tree made by substituting their name and id into the version's tree
// is exactly the tree that filling and parsing their own Markdown gives.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Root } from 'mdast'
import type { Module } from '../src/assemble.js'
import type { Selection } from '../src/select/model.js'
import { fillDocument, type PageContext } from '../src/pack/document.js'
import { studentMeta } from '../src/pack/plan.js'
import { PersonalTrees, quizTrees } from '../src/pack/students.js'
import { personalize } from '../src/pack/personalize.js'
import { coverView, quizView, type Student } from '../src/view/quiz.js'
import { BUILTIN_TEMPLATES } from '../src/paths.js'
import { studentOf, type AssignedStudent } from '../src/roster/model.js'
import { toString } from 'mdast-util-to-string'
import { tempDir } from './helpers/fixtures.js'
import { demoVersions, quizContext } from './helpers/quiz-context.js'

const HOSTILE = [
  "O'Brien, Seán",
  'Zoë/../../x',
  'Дмитрий Шостакович',
  '*star* _under_ `code`',
  '<script>alert(1)</script>',
  '&amp; &#65; &copy',
  '[link](http://example.org) ![img](x.png)',
  ':abc[x]{y=1} ::leaf',
  '# heading',
  '1. list',
  '- item',
  '> quote',
  '\\back\\slash\\',
  '  spaced   out  \t tabs ',
  'Ñoño ¿qué? «guillemets» „quotes“',
  'Wang 王小明',
  '***',
  '===',
  '__init__',
  'a*b*c',
  '`',
  '~~strike~~',
  '| table | row |',
  '<http://example.org>',
  'x'.repeat(120),
  'Line\nbreak',
  'Ünïcödé — dash – dash … ellipsis',
  '¡Hola! ¿Qué tal?',
  '‘single’ “double”'
]

let module: Module
let selection: Selection
let ctx: PageContext

beforeAll(() => {
  ;({ module, selection } = demoVersions())
  ctx = quizContext([BUILTIN_TEMPLATES])
})

/** Each version's quiz view for no student, as the pack's plan holds them. */
function versions() {
  return { versions: selection.versions.map((v) => ({ quiz: quizView(module, v, null, null, null), cover: null })), personalize: true }
}

function student(name: string, id: string | null, version = 0, group: string | null = null): AssignedStudent {
  return { name, id, group, line: 2, version, base: 'quiz/001-x' }
}

/** The tree the straightforward path makes: fill and parse this student's own quiz. */
function parsed(s: AssignedStudent, c = ctx): Root | undefined {
  return fillDocument(c, studentMeta(module, s, selection.versions[s.version]!), quizView(module, selection.versions[s.version]!, null, null, studentOf(s)))
}

function substituted(trees: PersonalTrees, s: AssignedStudent): Root | undefined {
  return trees.tree(s.version, studentOf(s), studentMeta(module, s, selection.versions[s.version]!))
}

describe('personalized quiz trees', () => {
  it('equal the parsed trees for hostile names, ids and groups, with and without an id or a group, in every version', () => {
    const trees = quizTrees(ctx, versions())
    for (const [i, name] of HOSTILE.entries()) {
      for (const [j, id] of [null, String(1000 + i), `#${i}*`, `  ${i}  `].entries()) {
        for (const version of [0, 1]) {
          // No group, a plain one or a hostile one, in turn: every name meets each.
          const group = [null, '9b', HOSTILE[(i + 1) % HOSTILE.length]!][(i + j + version) % 3] ?? null
          const s = student(name, id, version, group)
          expect(substituted(trees, s), `${name} ${id} ${version} ${group}`).toEqual(parsed(s))
        }
      }
    }
  })

  it('print the roster\'s group as the class, in the line a student would otherwise fill in', () => {
    const trees = quizTrees(ctx, versions())
    const text = (s: AssignedStudent): string => toString(substituted(trees, s)!)
    const grouped = text(student('Ada', '7', 0, '9b'))
    // A no-break space keeps the class with its label (a long Name line broke between them).
    expect(grouped).toContain('Class:\u00a09b')
    expect(grouped).not.toMatch(/^Class$/m)
    expect(text(student('Ada', '7'))).not.toContain('Class:')
  })

  it('are made by substitution, not by parsing, for the built-in template', () => {
    const trees = quizTrees(ctx, versions())
    const meta = studentMeta(module, student('x', '1'), selection.versions[0]!)
    for (const key of ['0:id:group', '0:no-id:no-group', '1:id:no-group', '1:no-id:group']) {
      const shape = trees.shape(key, Number(key[0]), meta)
      expect(shape, key).not.toBeNull()
      expect(shape!.paths.length).toBeGreaterThan(0)
    }
    // Every node without the name is shared between two students' trees.
    const shape = trees.shape('0:id:group', 0, meta)!
    const a = personalize(shape, { name: 'Ada', id: '1', group: '9b' })!
    const b = personalize(shape, { name: 'Bea', id: '2', group: '9c' })!
    const shared = a.children.filter((node, i) => node === b.children[i])
    expect(shared.length).toBe(a.children.length - 1)
  })

  it('equal the parsed trees for arbitrary names and ids', () => {
    const trees = quizTrees(ctx, versions())
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.fullUnicodeString({ minLength: 1, maxLength: 20 }), fc.stringMatching(/^[ -~]{1,30}$/))
    fc.assert(
      fc.property(text, fc.option(text), fc.nat(1), fc.option(text), (name, id, version, group) => {
        // The roster never gives an empty (or all-space) name; ids and groups are trimmed, empty is none.
        fc.pre(name.trim() !== '' && !name.includes('\0'))
        const s = student(name.trim(), id === null ? null : id.trim() || null, version, group === null ? null : group.trim() || null)
        expect(substituted(trees, s)).toEqual(parsed(s))
      }),
      { numRuns: 200 }
    )
  })

  it('fall back to parsing where a template puts the name next to Markdown syntax', () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'partials'))
    writeFileSync(join(dir, 'partials', 'header.md.hbs'), readFileSync(join(BUILTIN_TEMPLATES, 'partials', 'header.md.hbs')))
    const quiz = readFileSync(join(BUILTIN_TEMPLATES, 'quiz.md.hbs'), 'utf8')
    writeFileSync(join(dir, 'quiz.md.hbs'), quiz.replace('{{student.name}}', '*{{student.name}}*'))
    const custom = quizContext([dir, BUILTIN_TEMPLATES])
    const trees = quizTrees(custom, versions())
    const s = student('_Ada_', '7')
    expect(trees.shape('0:id:no-group', 0, studentMeta(module, s, selection.versions[0]!))).toBeNull()
    expect(substituted(trees, s)).toEqual(parsed(s, custom))
  })

  it('serve cover sheets too', () => {
    const covers = new PersonalTrees(ctx, (v, who: Student) => coverView(module, selection.versions[v]!, null, null, who), true)
    for (const name of HOSTILE) {
      for (const group of [null, name]) {
        const s = student(name, '42', 0, group)
        const meta = { ...studentMeta(module, s, selection.versions[0]!), template: 'cover.md.hbs', kind: 'cover' }
        expect(covers.tree(0, studentOf(s), meta)).toEqual(fillDocument(ctx, meta, coverView(module, selection.versions[0]!, null, null, studentOf(s))))
      }
    }
  })
})
