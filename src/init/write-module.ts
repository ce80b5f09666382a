// Write a planned module into a new folder, all or nothing: the files go into a temporary
// folder beside it, which is then renamed into place. A folder that already holds
// anything is never touched.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'

/** What already stands at `dir` that `init` must not overwrite: a file, or a folder's entries; undefined when free (absent or empty). */
export function occupied(dir: string, cwd = process.cwd()): { file: boolean; entries: string[] } | undefined {
  const path = resolve(cwd, dir)
  if (!existsSync(path)) return undefined
  if (!statSync(path).isDirectory()) return { file: true, entries: [] }
  const entries = readdirSync(path).sort()
  return entries.length ? { file: false, entries } : undefined
}

/**
 * Write `files` into the new folder `dir`. Throws (touching nothing) if `dir` holds anything;
 * a failed write leaves no trace but the error.
 */
export function writeModule(dir: string, files: ReadonlyArray<{ name: string; text: string }>, cwd = process.cwd()): void {
  const target = resolve(cwd, dir)
  const there = occupied(dir, cwd)
  if (there) throw new Error(there.file ? `${dir} is a file` : `${dir} already holds ${there.entries.join(', ')}`)
  mkdirSync(dirname(target), { recursive: true })
  const staging = join(dirname(target), `.${basename(target)}.init-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging)
  try {
    for (const file of files) writeFileSync(join(staging, file.name), file.text)
    // An empty folder of the same name may stand there (rename replaces it); a non-empty one was refused above.
    renameSync(staging, target)
  } catch (cause) {
    rmSync(staging, { recursive: true, force: true })
    throw cause
  }
}
