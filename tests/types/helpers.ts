// Modules for the tests of the newer question types: the lint's small library article and
// its claims (tests/fixtures/lint/clean), with a quiz of the items under test.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, tempDir } from '../helpers/fixtures.js'

export const LIBRARY = join(ROOT, 'tests/fixtures/lint/clean')

/** A copy of the library module whose quiz is `items` (quiz entries as YAML), `edit` applied to its files; its folder. */
export function library(items: string, edit: Partial<Record<'article.md' | 'claims.yaml', (text: string) => string>> = {}): string {
  const dir = join(tempDir('classpack-types-'), 'library')
  cpSync(LIBRARY, dir, { recursive: true })
  const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
  writeFileSync(join(dir, 'questions.yaml'), `${questions.slice(0, questions.indexOf('quiz:\n'))}quiz:\n${items}`)
  writeFileSync(join(dir, 'module.yaml'), 'date: 2025-04-01\nseed: 11\ndefault_set: all\nsets:\n  all:\n    title: Every item\n    discussion: 1\n')
  for (const [name, change] of Object.entries(edit)) writeFileSync(join(dir, name), change!(readFileSync(join(dir, name), 'utf8')))
  return dir
}

/** `line:col` of the first `needle` in `text` (1-based, as messages give them). */
export function at(text: string, needle: string): string {
  const offset = text.indexOf(needle)
  if (offset < 0) throw new Error(`not found: ${needle}`)
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

/** `line:col` of the last `needle` in `text`. */
export function atLast(text: string, needle: string): string {
  const offset = text.lastIndexOf(needle)
  if (offset < 0) throw new Error(`not found: ${needle}`)
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

/** The fields every quiz item has, for an item of `type` named `id` testing `claims`. */
export const head = (id: string, type: string, claims: string, points = 1): string =>
  `  - id: ${id}\n    type: ${type}\n    stem: Answer ${id} from the article.\n    claims: [${claims}]\n    difficulty: easy\n    points: ${points}\n    bloom: remember\n`
