// The writer of `classpack check --renumber`: a module file replaced by its text with the ¶
// references renumbered, and paragraphs.lock written anew. Each goes to a temporary file
// beside it, renamed into place, so a crash leaves the old file or the new one; a file that
// changed since it was read (saved in an editor meanwhile) is left alone.
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** The file's text as the load stage reads it (no byte-order mark), and whether it had one. */
export function readForEdit(path: string): { text: string; bom: boolean } | undefined {
  try {
    const raw = readFileSync(path, 'utf8')
    return { text: raw.replace(/^\uFEFF/, ''), bom: raw.startsWith('\uFEFF') }
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw cause
  }
}

/**
 * Replace the file at `path` with `text` (its byte-order mark kept), when it still reads as
 * `before` (undefined: any file, or none). Returns false, writing nothing, when it does not.
 */
export function replaceFile(path: string, text: string, before?: string): boolean {
  const current = readForEdit(path)
  if (before !== undefined && current?.text !== before) return false
  let mode = 0o644
  try {
    const stat = lstatSync(path)
    if (!stat.isFile()) return false
    mode = stat.mode & 0o777
  } catch {
    // absent: written new
  }
  // No node:crypto for a name: `check` loads none of it (tests/bundle.test.ts); `wx` refuses a name that is taken.
  const temp = join(dirname(path), `.${basename(path)}.classpack-${process.pid}-${Date.now().toString(36)}.tmp`)
  try {
    writeFileSync(temp, (current?.bom ? '\uFEFF' : '') + text, { flag: 'wx', mode })
    renameSync(temp, path)
  } finally {
    rmSync(temp, { force: true })
  }
  return true
}
