// A small clean module (tests/fixtures/lint/clean) copied to a temp folder and edited one
// item at a time, then checked in-process: what the lint finds, and where.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkModule, type CheckOptions } from '../../src/index.js'
import type { Reported } from '../../src/lint/run.js'
import { lineOf, ROOT, tempDir } from '../helpers/fixtures.js'

export const CLEAN = join(ROOT, 'tests/fixtures/lint/clean')

export type Edits = Partial<Record<'article.md' | 'claims.yaml' | 'questions.yaml' | 'module.yaml', (text: string) => string>>

/** A copy of `from` (the clean module by default) with `edits` applied; its folder. */
export function bank(edits: Edits = {}, from = CLEAN): string {
  const dir = join(tempDir('classpack-lint-'), 'library')
  cpSync(from, dir, { recursive: true })
  for (const [name, edit] of Object.entries(edits)) {
    const path = join(dir, name)
    writeFileSync(path, edit!(readFileSync(path, 'utf8')))
  }
  return dir
}

/** Check `dir`; its findings, a file's text, and the findings of one rule. */
export function lint(dir: string, options: CheckOptions = {}) {
  const result = checkModule(dir, options)
  const text = (name: string): string => readFileSync(join(dir, name), 'utf8')
  const of = (rule: string): Reported[] => (result.lint ?? []).filter((f) => f.rule === rule)
  return { result, findings: result.lint ?? [], text, of }
}

/** Edit of questions.yaml: the item `id` (from its `- id:` line to the next item) replaced by `yaml`, or changed by a function. */
export function item(id: string, change: string | ((block: string) => string)): (text: string) => string {
  return (text) => {
    const start = text.indexOf(`  - id: ${id}\n`)
    if (start < 0) throw new Error(`no item ${id}`)
    const next = text.indexOf('\n  - id: ', start + 1)
    const end = next < 0 ? text.length : next + 1
    const block = text.slice(start, end)
    const replaced = typeof change === 'string' ? change : change(block)
    return text.slice(0, start) + replaced + text.slice(end)
  }
}

/** Replace `from` by `to` in a file's text, failing when it is not there (so a test cannot pass on a stale fixture). */
export function swap(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`not found: ${from}`)
    return text.replace(from, to)
  }
}

/** The line a finding points at. */
export const line = (f: Reported): number | undefined => f.place?.start.line

export { lineOf }
