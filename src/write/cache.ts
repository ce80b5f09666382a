// The store of rendered documents (pack/cache.ts says what a key is made of), a folder
// `.classpack-cache/` beside the packs in the output folder (`out/.classpack-cache/`).
// There, not in a pack: a pack's manifest lists every file in it, and the writer swaps a
// pack folder whole. Beside the packs it serves, it goes when they go (`rm -rf out`),
// needs no project folder around it (npx, a global install, a temporary --out), and
// every module built into one output folder shares it.
//
// Safe to delete at any time, never stale: each file is named by the hash of its key
// and of classpack itself (its version, its code, each dependency as installed, theirs in
// turn, the font packages among them, and Node's version), so new code or fonts never
// meet an old entry, and it holds a hash of its bytes, checked on
// every read: a damaged or truncated entry is ignored (and replaced by the render).
// Entries are written to a temporary file and renamed, so two builds at once see whole
// ones. Kept to MAX_BYTES, least recently used first out.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cacheKey, type DocumentCache } from '../pack/cache.js'
import { CACHE_FOLDER, ROOT } from '../paths.js'
import { makeFolders } from './folders.js'

export { CACHE_FOLDER }
/** The cache's size at most, in bytes (a 1,000-student pack takes about 60 MB). */
export const MAX_BYTES = 512 * 1024 * 1024
/** Below this many entries the size is not worked out: they cannot come near MAX_BYTES. */
const PRUNE_FROM = 2000
const DIGEST = 32

/** An open cache: `close` when the build is done, to keep the folder to its size. */
export interface CacheStore extends DocumentCache {
  /** Files of a pack found intact (the fit is not counted: pack/cache.ts), and entries written, so far. */
  readonly hits: number
  readonly writes: number
  close(): void
}

let fingerprint: string | undefined

/**
 * classpack itself, as far as output can depend on it: its package.json (version, pinned
 * dependencies), its code as it runs (the bundle, or every compiled or source module),
 * the package.json of each dependency it reads from node_modules as installed, and of
 * theirs in turn (pdfkit, fontkit, hyphen's patterns, bidi-js, the fonts: DejaVu and every
 * fallback face; run from source, every dependency), and Node's version (its zlib deflates
 * the PDFs).
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint
  const here = fileURLToPath(import.meta.url)
  const bundled = here.endsWith('.cjs')
  // The bundle (dist/bin/cli.cjs) holds all the code beside it, hashed when it was made
  // (scripts/bundle.mjs: 15 ms a build saved); else the src/ or dist/src/ tree.
  const code = bundled ? [join(dirname(here), 'code.sha256')] : files(dirname(dirname(here)), true)
  const pkg = readFileSync(join(ROOT, 'package.json'))
  // Bundled, only what the bundles leave to node_modules runs from there (scripts/bundle.mjs
  // lists it): its package.json files are read, not every dependency's (190 files, 15 ms).
  const roots = bundled ? (JSON.parse(readFileSync(join(dirname(here), 'runtime-packages.json'), 'utf8')) as string[]) : dependenciesOf(pkg.toString())
  fingerprint = cacheKey('classpack', process.version, process.versions.zlib ?? '', pkg, ...code.flatMap((path) => [path.slice(ROOT.length), readFileSync(path)]), ...installed(ROOT, roots))
  return fingerprint
}

/** The names a package.json's `dependencies` and `optionalDependencies` list. */
function dependenciesOf(json: string): string[] {
  const { dependencies = {}, optionalDependencies = {} } = JSON.parse(json) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
  return Object.keys({ ...dependencies, ...optionalDependencies })
}

/**
 * The package.json of each of the packages `names`, as installed where Node looks from `dir`,
 * and of their dependencies in turn, each once; a dependency not found counts by its name.
 */
function installed(dir: string, names: readonly string[], seen = new Set<string>()): string[] {
  const found: string[] = []
  for (const name of [...names].sort()) {
    const place = locate(dir, name)
    if (place === undefined) {
      found.push(`missing ${name}`)
      continue
    }
    if (seen.has(place)) continue
    seen.add(place)
    const text = readFileSync(join(place, 'package.json'), 'utf8')
    found.push(text, ...installed(place, dependenciesOf(text), seen))
  }
  return found
}

/** The folder of package `name` as Node finds it from `dir`, if installed. */
function locate(dir: string, name: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const place = join(at, 'node_modules', name)
    if (existsSync(join(place, 'package.json'))) return place
    if (dirname(at) === at) return undefined
  }
}

/** Every file under `dir` (sorted; into subfolders when `deep`). */
function files(dir: string, deep: boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: deep })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/** Open (and make, on the first write) the cache at `dir`, for classpack as `code` fingerprints it. */
export function openCache(dir: string, code = codeFingerprint()): CacheStore {
  const nameOf = (key: string): string => join(dir, cacheKey(code, key))
  const used = new Set<string>()
  let hits = 0
  let writes = 0
  let made = existsSync(dir)
  return {
    get hits() {
      return hits
    },
    get writes() {
      return writes
    },
    has(key) {
      return existsSync(nameOf(key))
    },
    get(key, file = true) {
      const path = nameOf(key)
      let data: Buffer
      try {
        data = readFileSync(path)
      } catch {
        return undefined
      }
      const bytes = data.subarray(DIGEST)
      if (data.byteLength < DIGEST || !createHash('sha256').update(bytes).digest().equals(data.subarray(0, DIGEST))) return undefined
      if (file) hits++
      used.add(path)
      return bytes
    },
    put(key, bytes) {
      const path = nameOf(key)
      try {
        if (!made) makeFolders(dir)
        made = true
        const temp = `${path}.${process.pid}.tmp`
        writeFileSync(temp, Buffer.concat([createHash('sha256').update(bytes).digest(), bytes]))
        renameSync(temp, path)
        writes++
        used.add(path)
      } catch {
        // A cache that cannot be written (a read-only folder, a full disk) only costs time.
      }
    },
    close() {
      try {
        prune(dir, used)
      } catch {
        // As above: pruning is housekeeping.
      }
    }
  }
}

/** Mark what this build used as recent; past PRUNE_FROM entries, delete the least recent beyond MAX_BYTES. */
function prune(dir: string, used: ReadonlySet<string>): void {
  if (!existsSync(dir)) return
  const now = new Date()
  for (const path of used) utimesSync(path, now, now)
  const names = readdirSync(dir)
  if (names.length < PRUNE_FROM) return
  const entries = names.map((name) => {
    const path = join(dir, name)
    const stat = statSync(path)
    return { path, size: stat.size, time: stat.mtimeMs }
  })
  entries.sort((a, b) => b.time - a.time)
  let total = 0
  for (const entry of entries) {
    total += entry.size
    if (total > MAX_BYTES && !used.has(entry.path)) rmSync(entry.path, { force: true })
  }
}
