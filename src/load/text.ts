// Load stage: one input file into a vfile. Problems with the bytes themselves (binary,
// not UTF-8, too large) are reported here, so later stages only ever see text.
import { closeSync, lstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from 'node:fs'
import { basename, isAbsolute, relative } from 'node:path'
import { VFile } from 'vfile'
import { error } from '../messages.js'
import { systemReason } from '../system-error.js'
import { binaryFormat } from './binary-format.js'

/** Largest input classpack reads; an article is a few thousand words, and this leaves room for long ones. */
export const MAX_INPUT_BYTES = 1024 * 1024

/** Read one text file into a vfile; a problem leaves the vfile empty with an error on it. `expected` says what a missing file should hold. */
export function readText(path: string, required: boolean, expected = 'it in the module folder', options: { normalize?: boolean; spreadsheet?: boolean } = {}): VFile {
  const file = new VFile({ path, value: '' })
  // A roster past the limit is a school system's export with every column it keeps (addresses,
  // parents, emails): the three classpack reads fit many times over.
  const smaller = options.spreadsheet ? ': keep only the name, id and group columns (save a copy without the others)' : ''
  const bytes = readBytes(file, path, MAX_INPUT_BYTES, required ? expected : undefined, smaller)
  if (bytes === undefined) return file
  const text = decodeUtf8(file, bytes, options.spreadsheet)
  if (text === undefined) return file
  // A carriage return alone ends a line (an old Mac's files, some exports): read as a line feed,
  // one character for one, so every offset in the file stays where it was.
  const bare = text.replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n')
  // Composed (NFC): "ä" typed on one machine and "a" + U+0308 pasted from a PDF or saved on
  // a Mac are one letter to a reader, so a quote must find it either way.
  file.value = options.normalize === false ? bare : bare.normalize('NFC')
  return file
}

/**
 * The bytes of the regular file at `path`, at most `max` of them; undefined, with an error
 * on `file`, when it is missing, a folder, not a regular file or larger. A named pipe or a
 * device (a link to /dev/zero, /dev/stdin) has no size to check and never ends: reading
 * one would hang or fill the memory, so it is refused before it is opened; and the read
 * stops past `max` whatever the size said (a file that grows while it is read). `smaller`
 * follows the message of a file too large: how to make this kind of file smaller.
 */
export function readBytes(file: VFile, path: string, max: number, expected?: string, smaller = ''): Uint8Array | undefined {
  let stat: Stats
  try {
    stat = statSync(path)
  } catch (cause) {
    unreadable(file, path, cause, expected)
    return undefined
  }
  if (stat.isDirectory()) {
    error(file, `Unexpected folder \`${basename(path)}\`, expected a file`, undefined, 'file-unreadable')
    return undefined
  }
  if (!stat.isFile()) {
    const what = stat.isFIFO() ? 'named pipe' : stat.isSocket() ? 'socket' : 'device'
    error(file, `Unexpected ${what} at \`${basename(path)}\`, expected a regular file: classpack reads only files`, undefined, 'file-unreadable')
    return undefined
  }
  const tooLarge = (size: number): undefined => {
    // In bytes where megabytes to one decimal would read the same as the limit (1.0 MB against 1 MB).
    const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`
    const [found, most] = mb(size) === mb(max) || Number((size / 1024 / 1024).toFixed(1)) === max / 1024 / 1024 ? [`${size.toLocaleString('en')} bytes`, `${max.toLocaleString('en')} bytes (${max / 1024 / 1024} MB)`] : [mb(size), `${max / 1024 / 1024} MB`]
    error(file, `Unexpected file of ${found}, expected at most ${most}${smaller}`, undefined, 'file-too-large')
    return undefined
  }
  if (stat.size > max) return tooLarge(stat.size)
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    let buffer = Buffer.alloc(Math.min(max + 1, Math.max(stat.size + 1, 64 * 1024)))
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        // Grown since the stat: read on, up to one byte past the limit.
        if (length > max) return tooLarge(length)
        const bigger = Buffer.alloc(Math.min(max + 1, length * 2))
        buffer.copy(bigger)
        buffer = bigger
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) return buffer.subarray(0, length)
      length += n
    }
  } catch (cause) {
    unreadable(file, path, cause, expected)
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function unreadable(file: VFile, path: string, cause: unknown, expected: string | undefined): void {
  const why = (cause as NodeJS.ErrnoException).code
  const target = why === 'ENOENT' ? danglingTarget(path) : undefined
  const reason =
    target !== undefined
      ? `Unexpected symlink \`${basename(path)}\` to \`${target}\`, where there is no file, expected ${expected ?? 'a file'}`
      : why === 'ENOENT'
        ? `Missing file \`${basename(path)}\`${expected ? `, expected ${expected}` : ''}`
        : why === 'EISDIR'
          ? `Unexpected folder \`${basename(path)}\`, expected a file`
          : why === 'ELOOP'
            ? `Unexpected loop of symbolic links at \`${basename(path)}\`, expected ${expected ?? 'a file'}: the link leads back to itself; put the file in its place`
            : `Cannot read \`${basename(path)}\`: ${systemReason(cause as NodeJS.ErrnoException)}`
  error(file, reason, undefined, 'file-unreadable')
}

/** Where the link at `path` points when it is a link to nothing (the file moved or was deleted); else undefined. */
function danglingTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined
  } catch {
    return undefined
  }
}

/**
 * Decode UTF-8 strictly; binary content and invalid bytes are errors at the first bad byte.
 * `spreadsheet`: the file is one a spreadsheet saves (the roster; by default a `.csv`), so the
 * way out is said in Excel's words.
 */
export function decodeUtf8(file: VFile, bytes: Uint8Array, spreadsheet = /\.csv$/i.test(file.path)): string | undefined {
  // Excel's way out only for what Excel saves: a YAML or Markdown file comes from an editor.
  const how = spreadsheet ? 'save it as UTF-8; in Excel, as "CSV UTF-8"' : 'save it as UTF-8 in your editor'
  // A workbook or a PDF is named as such, with what to save it as, not as its first odd byte.
  const format = binaryFormat(bytes)
  if (format !== undefined) {
    const save = !spreadsheet ? 'save it as UTF-8 text' : format.spreadsheet ? 'open it and save it as CSV; in Excel, as "CSV UTF-8"' : 'put the names in a spreadsheet and save it as CSV; in Excel, as "CSV UTF-8"'
    error(file, `Unexpected ${format.what}, expected a UTF-8 text file (${save})`, { line: 1, column: 1 }, 'file-binary')
    return undefined
  }
  // UTF-32 (a byte-order mark of four bytes, or three NULs to each character): named as such, not as UTF-16.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) || (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) || (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] !== 0)) {
    error(file, `Unexpected UTF-32 text, expected a UTF-8 text file (${how})`, { line: 1, column: 1 }, 'file-encoding')
    return undefined
  }
  // Excel's "Unicode Text" and Notepad's "Unicode" are UTF-16: a byte-order mark, or every other byte NUL.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length >= 4 && (bytes[1] === 0 && bytes[3] === 0) !== (bytes[0] === 0 && bytes[2] === 0))) {
    error(file, `Unexpected UTF-16 text, expected a UTF-8 text file (${how})`, { line: 1, column: 1 }, 'file-encoding')
    return undefined
  }
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    error(file, 'Unexpected binary content (a NUL byte), expected a UTF-8 text file', pointAt(bytes, nul), 'file-binary')
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Find the first invalid byte by decoding growing prefixes' valid part.
    const bad = firstInvalidUtf8(bytes)
    error(file, `Unexpected byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} that is not UTF-8, expected a UTF-8 text file (save it as UTF-8${spreadsheet ? '; in Excel, as "CSV UTF-8"' : ''})`, pointAt(bytes, bad), 'file-encoding')
    return undefined
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (n === 0 || i + n > bytes.length) return i
    for (let k = 1; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    i += n
  }
  return i
}

function pointAt(bytes: Uint8Array, index: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, index))
  // A carriage return alone ends a line, as readText reads it: Excel for Mac's "CSV (Macintosh)"
  // ends every line so, and its Mac Roman "é" was reported on line 1, at column 18.
  const lines = before.split(/\r\n|\r|\n/)
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 }
}

/** A path as a user would type it: relative when under `cwd`, absolute otherwise. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

/** A line git leaves where a merge put both versions of some lines: `<<<<<<< HEAD`, `|||||||`, `=======`, `>>>>>>> branch`. */
const CONFLICT_MARKER = /^(?:(?:<{7}|\|{7}|>{7})(?:[ \t][^\r\n]*)?|={7})\r?$/gm

/**
 * When `file` holds the markers of a git merge conflict: one error, at the first marker,
 * and the file left empty, so nothing read from the text both versions make says more.
 * In Markdown a line of `=======` alone underlines a heading: there a conflict is one that
 * has its `<<<<<<<` or `>>>>>>>` too.
 */
export function refuseConflict(file: VFile, markdown = false): void {
  const text = String(file.value)
  if (!text.includes('=======') && !text.includes('<<<<<<<') && !text.includes('>>>>>>>') && !text.includes('|||||||')) return
  const markers = [...text.matchAll(CONFLICT_MARKER)]
  if (markers.length === 0 || (markdown && markers.every((m) => m[0].startsWith('=')))) return
  const lineAt = (index: number): number => text.slice(0, index).split('\n').length
  const first = markers[0]!
  const marker = first[0].replace(/\r$/, '').trimEnd()
  const shown = marker.length > 50 ? `${marker.slice(0, 49)}…` : marker
  const lines = markers.map((m) => lineAt(m.index))
  const also = lines.length > 1 ? ` (markers on lines ${lines.length > 2 ? `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}` : `${lines[0]} and ${lines[1]}`})` : ''
  const line = lines[0]!
  error(
    file,
    `Unexpected merge-conflict marker \`${shown}\`, expected the lines of one version only: a git merge left both versions here${also}; keep the one you want and delete the markers`,
    { start: { line, column: 1 }, end: { line, column: marker.length + 1 } },
    'file-conflict'
  )
  file.value = ''
}
