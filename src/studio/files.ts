// Reading and writing a module's files for the studio. The page holds a file's sha256 from
// when it read it and sends it back with an edit: when the file changed on disk since (the
// teacher saved it in an editor), the write is refused and nothing is lost, since the page
// keeps the edit and the file keeps the teacher's. A write goes to a temporary file in the
// same folder and is renamed over the file, so a crash leaves the old file or the new one.
import { randomBytes } from 'node:crypto'
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { sha256 } from '../sha256.js'

/** The sha256 of `bytes`, hex; of an absent file, `absent`. */
export function hashOf(bytes: Uint8Array | string | undefined): string {
  return bytes === undefined ? 'absent' : sha256(bytes)
}

/** The text and hash of the file at `path`; `text` undefined when there is no file. */
export function readWithHash(path: string): { text: string | undefined; hash: string } {
  try {
    const bytes = readFileSync(path)
    return { text: bytes.toString('utf8'), hash: hashOf(bytes) }
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { text: undefined, hash: hashOf(undefined) }
    throw cause
  }
}

/** Thrown when the file is not as the page read it: the write did not happen. */
export class StaleFile extends Error {
  constructor(readonly file: string) {
    super(`Unexpected changes to ${file} since the page read it, expected the file as the page last saw it: it was saved elsewhere (an editor?), so the studio wrote nothing; your edit is still in the page, try again on the new version`)
    this.name = 'StaleFile'
  }
}

/**
 * Replace the file at `path` with `text`, when its bytes still hash to `base`. Atomic: a
 * temporary file beside it, renamed into place. Refuses a link or anything but a file.
 */
export function writeIfUnchanged(path: string, text: string, base: string): void {
  const name = basename(path)
  let stat: Stats | undefined
  try {
    stat = lstatSync(path)
  } catch {
    stat = undefined
  }
  if (stat && !stat.isFile()) throw new TypeError(`classpack studio: ${name} is not a plain file; it writes only plain files`)
  const current = readWithHash(path)
  if (current.hash !== base) throw new StaleFile(name)
  text = sameLineEnds(current.text, text)
  const temp = join(dirname(path), `.${name}.classpack-studio-${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    writeFileSync(temp, text, { flag: 'wx', mode: stat ? stat.mode & 0o777 : 0o644 })
    // Checked again at the last moment: an editor may have saved while this was written.
    if (readWithHash(path).hash !== base) throw new StaleFile(name)
    renameSync(temp, path)
  } finally {
    rmSync(temp, { force: true })
  }
}

/**
 * `text` with the line ends of the file it replaces: the edits are spliced in with `\n`, so a
 * file saved with CRLF (Windows editors) would come back with its old lines CRLF and the new
 * ones LF. A file whose every line ends in CRLF gets its new lines so too; any other is left.
 */
export function sameLineEnds(before: string | undefined, text: string): string {
  if (!before?.includes('\r\n') || /(^|[^\r])\n/.test(before)) return text
  return text.replace(/\r?\n/g, '\r\n')
}
