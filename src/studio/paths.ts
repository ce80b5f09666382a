// Where the studio may read and write: inside one folder (the module's, or the built pack's)
// and nowhere else. A path from a request is decoded segment by segment, `.`, `..`, empty
// segments and encoded slashes are refused outright, and what is left is resolved on the
// disk as it is: a link that leads out of the folder is refused too (real paths compared).
import { lstatSync, realpathSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'

/** A path from a request that stays inside the folder, or why it does not. */
export type Inside = { ok: true; path: string; relative: string } | { ok: false; reason: string }

/**
 * Resolve `urlPath` (`claims.yaml`, `sub/file.txt`, still percent-encoded as it came in
 * the request) inside `root`. The file need not exist (a write may create it), but every
 * folder on the way must, and must lead to a real path inside `root`.
 */
export function resolveInside(root: string, urlPath: string): Inside {
  const refuse = (why: string): Inside => ({ ok: false, reason: `Unexpected path ${JSON.stringify(urlPath)}, expected ${why}` })
  const segments: string[] = []
  for (const raw of urlPath.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return refuse('a path with valid percent-encoding')
    }
    if (segment === '' || segment === '.' || segment === '..') return refuse('a path inside the folder, without `.` or `..`')
    if (/[\\/\0]/.test(segment) || isAbsolute(segment)) return refuse('plain names separated by `/`')
    segments.push(segment)
  }
  if (segments.length === 0) return refuse('a file name')
  let realRoot: string
  try {
    realRoot = realpathSync(root)
  } catch {
    return refuse('a folder that exists')
  }
  const path = join(realRoot, ...segments)
  // The real path of the deepest part that exists: links anywhere on the way are followed.
  let real: string
  try {
    real = realpathSync(path)
  } catch {
    try {
      lstatSync(path)
      return refuse('no link that leads nowhere')
    } catch {
      // Absent: its folder must exist and be inside.
    }
    try {
      real = join(realpathSync(join(realRoot, ...segments.slice(0, -1))), segments.at(-1)!)
    } catch {
      return refuse('a file in a folder that exists')
    }
  }
  const rel = relative(realRoot, real)
  if (rel === '' || rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) return refuse('a path that stays inside the folder (links are followed)')
  return { ok: true, path: real, relative: rel.split(sep).join('/') }
}
