// One message per root cause where a hostile-input trial found a cascade: git's merge-conflict
// markers, an old Mac's carriage returns, a list's first entry indented too far, an entry's
// `- id:` line deleted.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assemble, demoCopy } from './helpers/fixtures.js'

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
