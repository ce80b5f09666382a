// Test fixtures: copies of the demo module in temp folders, edited per test, and ways to
// check them through the library or run the real command on them.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { inject } from 'vitest'
import { runCommand } from '../../src/command.js'
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

/** `dir` without its paragraphs.lock: a module as written before the record, whose references are checked by inference. */
export function withoutRecord(dir: string): string {
  rmSync(join(dir, 'paragraphs.lock'), { force: true })
  return dir
}

/** Check a module folder (as `classpack check` does) and return the result with all messages as text lines. */
export function assemble(dir: string) {
  const result = checkModule(dir)
  const text = formatMessages(result.files)
  return { ...result, text, lines: text ? text.split('\n') : [] }
}

/** What a run of the command printed, and its exit code. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Run the `classpack` command in this process, as src/cli.ts runs it: `args` after
 * `classpack`, in the folder `cwd`, with `env` over this process's environment. What it
 * prints is captured (not a terminal, as in a pipe); `studio` stops as soon as it has
 * started. The command as a process of its own is tests/bundle.test.ts's to compare, with
 * the tests of signals, pipes and kills.
 */
export async function run(args: string[], cwd = ROOT, env: Record<string, string> = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const before = process.cwd()
  // Files share a process but run one test at a time, so the folder is this run's alone.
  process.chdir(cwd)
  try {
    const code = await runCommand(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: { ...process.env, ...env },
      stopped: () => Promise.resolve()
    })
    return { code, stdout, stderr }
  } finally {
    process.chdir(before)
  }
}

/** Run the command as installed, in a process of its own: the bundle package.json names. */
export function runInstalled(args: string[], cwd = ROOT, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`not found: ${needle}`)
  return text.slice(0, at).split('\n').length
}
