// A zip archive that is the same bytes every time for the same files: a fixed date on
// every entry, entries in the order given, DEFLATE at a fixed level. Used for the Canvas
// QTI package and the pack archive.
import { zipSync, type Zippable } from 'fflate'

/** A file to put in an archive: its path inside the archive (`/`-separated) and its bytes. */
export interface ZipEntry {
  path: string
  bytes: Uint8Array
}

// 1980-01-01 00:00:00, the earliest date a zip entry can carry. fflate writes the DOS date
// from the local-time getters, so the date is built in local time: every time zone then
// writes the same bytes.
const EPOCH = new Date(1980, 0, 1, 0, 0, 0)

/**
 * Zip `files`, in the order given (callers pass them sorted). Throws a TypeError for a path
 * that is empty, absolute, climbs out with `..`, uses backslashes or appears twice.
 */
export function zip(files: ReadonlyArray<ZipEntry>): Uint8Array {
  // No prototype, so a path such as `__proto__` is an entry like any other.
  const entries: Zippable = Object.create(null) as Zippable
  for (const { path, bytes } of files) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
      throw new TypeError(`classpack: ${JSON.stringify(path)} is not a relative path inside an archive`)
    }
    // An all-digit name would be an array index, which JavaScript lists before every other key.
    if (/^\d+$/.test(path)) throw new TypeError(`classpack: ${JSON.stringify(path)} cannot keep its place in an archive`)
    if (Object.hasOwn(entries, path)) throw new TypeError(`classpack: ${JSON.stringify(path)} appears twice in an archive`)
    entries[path] = bytes
  }
  return zipSync(entries, { level: 6, mtime: EPOCH })
}
