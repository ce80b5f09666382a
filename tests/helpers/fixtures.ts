// Test fixtures: copies of the demo module in temp folders, edited per test, and ways to
// check them through the library or run the real command on them.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { inject } from 'vitest'
import { checkModule, formatMessages } from '../../src/index.js'

export const ROOT = resolve(import.meta.dirname, '../..')
export const DEMO = join(ROOT, 'source/us-backstop-ukraine')
/** The smallest module that builds: for tests of the command rather than of the pack. */
export const TINY = join(ROOT, 'tests/fixtures/tiny')
export const CLI = join(ROOT, 'dist/src/cli.js')
/** The command as package.json installs it: the bundle of dist/src/cli.js (tests/bundle.test.ts holds them to the same output). */
export const BIN = join(ROOT, 'dist/bin/classpack.cjs')

let ownRoot: string | undefined

/** The run's temp folder, which tests/setup/global.ts makes and removes (or one for this process, without it). */
export function runDir(): string {
  const root = inject('tmpRoot') ?? (ownRoot ??= mkdtempSync(join(tmpdir(), 'classpack-tests-')))
  mkdirSync(root, { recursive: true })
  return root
}

/** A fresh temp folder inside the run's. */
export function tempDir(prefix = 'classpack-'): string {
  return mkdtempSync(join(runDir(), prefix))
}

/** A copy of the demo module in a temp folder (named like the demo), edited by `edit`. */
export function demoCopy(edit: Record<string, (text: string) => string> = {}): string {
  const dir = join(tempDir(), 'us-backstop-ukraine')
  cpSync(DEMO, dir, { recursive: true })
  for (const [name, change] of Object.entries(edit)) {
    const path = join(dir, name)
    writeFileSync(path, change(readFileSync(path, 'utf8')))
  }
  return dir
}

/** Check a module folder (as `classpack check` does) and return the result with all messages as text lines. */
export function assemble(dir: string) {
  const result = checkModule(dir)
  const text = formatMessages(result.files)
  return { ...result, text, lines: text ? text.split('\n') : [] }
}

/** Run the `classpack` command as installed (its bundle, which starts in half the time of dist/src/cli.js). */
export function run(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`not found: ${needle}`)
  return text.slice(0, at).split('\n').length
}
