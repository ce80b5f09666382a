// The writer of a new module (`classpack init`): it fills only a folder that is absent or
// empty, all or nothing. The files go into a staging folder beside the target, which is
// renamed into place: a rename never replaces a file, a link or a folder that holds
// anything, so if something appeared at the target while init was working, the rename
// fails, the staging folder goes, and what appeared is left exactly as it is.
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { TargetProblem } from '../guard.js'
import { makeFolders } from './folders.js'

/** The staging folder's name beside a module folder `name`, before the process id. */
const STAGING = (name: string): string => `.${name}.init-`

/** A step of writing a module, for fault-injection tests: after every file is in the staging folder. */
export type ModuleWriteStep = 'staged'

export interface ModuleWriteOptions {
  /** The folder `dir` is relative to (default `process.cwd()`). */
  cwd?: string
  /** Called at each step; a test makes something appear at the target there. */
  onStep?: (step: ModuleWriteStep) => void
}

/** Whether `dir` already holds a module (an `article.md`). */
export function holdsModule(dir: string, cwd = process.cwd()): boolean {
  return existsSync(join(resolve(cwd, dir), 'article.md'))
}

/**
 * What stands at `dir` that a new module must not replace: a file, a link, or a folder
 * holding anything (its entries are named, so the teacher knows what init saw). An empty
 * list when `dir` is absent or an empty folder.
 */
export function checkFree(dir: string, cwd = process.cwd()): TargetProblem[] {
  const what = occupant(resolve(cwd, dir))
  return what ? [taken(dir, what, '')] : []
}

/**
 * Write `files` as the new module folder `dir`. Returns the problems that stopped it (an
 * empty list when the module was written): something stood at `dir` when the staging
 * folder was to be renamed there. Other failures (a full disk) throw; either way nothing
 * is left behind but what was there before.
 */
export function writeModule(dir: string, files: ReadonlyArray<{ name: string; text: string }>, options: ModuleWriteOptions = {}): TargetProblem[] {
  const cwd = options.cwd ?? process.cwd()
  const target = resolve(cwd, dir)
  const parent = dirname(target)
  makeFolders(parent)
  recover(target)
  const staging = join(parent, `${STAGING(basename(target))}${process.pid}`)
  mkdirSync(staging)
  try {
    for (const file of files) writeFileSync(join(staging, file.name), file.text)
    options.onStep?.('staged')
    try {
      // Replaces an empty folder; fails on anything else.
      renameSync(staging, target)
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code ?? ''
      if (!['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EPERM'].includes(code)) throw cause
      const what = occupant(target)
      if (!what) throw cause
      return [taken(dir, what, ', which appeared while init was working')]
    }
    return []
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

/** Remove staging folders an interrupted earlier init left beside `target` (only names this writer makes). */
function recover(target: string): void {
  const prefix = STAGING(basename(target))
  for (const entry of readdirSync(dirname(target))) {
    if (entry.startsWith(prefix) && /^\d+$/.test(entry.slice(prefix.length))) rmSync(join(dirname(target), entry), { recursive: true, force: true })
  }
}

/** What is at `target`, worded for a message ("folder holding `a`, `b`"), or undefined when it is absent or an empty folder. */
function occupant(target: string): string | undefined {
  let entries: string[]
  try {
    const stat = lstatSync(target)
    if (stat.isSymbolicLink()) return 'symlink'
    if (!stat.isDirectory()) return 'file'
    entries = readdirSync(target).sort()
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw cause
  }
  if (entries.length === 0) return undefined
  return 'folder holding ' + entries.slice(0, 6).map((n) => `\`${n}\``).join(', ') + (entries.length > 6 ? ` and ${entries.length - 6} more` : '')
}

function taken(dir: string, what: string, when: string): TargetProblem {
  return { path: dir, ruleId: 'init-exists', reason: `Unexpected existing ${what}${when}, expected a new or empty folder for the module: nothing was written (choose another with --into)` }
}
