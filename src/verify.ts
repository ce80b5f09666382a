// Verify a pack on disk against its manifest: every listed file present with the sha256
// the manifest gives, and no file the manifest does not list. A command, like the writer:
// it reads the disk, and reports problems as data for the CLI to print.
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { sha256 as hashOf } from './sha256.js'

export interface PackProblem {
  /** The file's path inside the pack, `/`-separated as in the manifest. */
  path: string
  /** `missing`: listed but absent; `changed`: its sha256 differs; `unlisted`: present but not in the manifest. */
  problem: 'missing' | 'changed' | 'unlisted'
  /** For `changed`: the sha256 the manifest lists, and the file's. */
  expected?: string
  actual?: string
  /**
   * What stands there when it is no file. For `changed`: what stands where a file was listed
   * (`symlink to \`/elsewhere\` where manifest.json lists a file`; `path` is then where it
   * stands). For `unlisted`: `symlink to \`/elsewhere\``, `empty folder`.
   */
  found?: string
}

export interface PackVerification {
  /** True when there is no problem. */
  ok: boolean
  /** How many files the manifest lists. */
  checked: number
  /** Listed files' problems in the manifest's order, then unlisted files in path order. */
  problems: PackProblem[]
}

const MANIFEST = 'manifest.json'
const NOT_A_PACK = 'expected a pack built by classpack'

/** The manifest's file list; throws an Error a user can act on when there is none or it is malformed. */
function listedFiles(dir: string): Array<{ path: string; sha256: string }> {
  const path = join(dir, MANIFEST)
  if (!existsSync(dir)) throw new Error(`Missing folder, ${NOT_A_PACK} (such as \`out/<module>\`)`)
  if (!statSync(dir).isDirectory()) {
    // `--format …,zip` writes the archive beside the folder it was made from, manifest and all.
    const archive = dir.endsWith('.zip') ? `; for this archive, the folder beside it, \`${dir.slice(0, -'.zip'.length)}\`, or the folder it unzips to` : ''
    throw new Error(`Unexpected file, ${NOT_A_PACK}: a folder, such as \`out/<module>\`${archive}`)
  }
  if (!existsSync(path)) {
    // The output folder (`out`) holds packs: name them, as the teacher likely meant one.
    const packs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, MANIFEST))).map((e) => `\`${join(dir, e.name)}\``)
    const inside = packs.length ? `: the packs inside it are ${packs.slice(0, 5).join(', ')}${packs.length > 5 ? ` and ${packs.length - 5} more` : ''}` : ''
    throw new Error(`Unexpected folder without ${MANIFEST}, ${NOT_A_PACK}${inside}`)
  }
  const stat = lstatSync(path)
  if (!stat.isFile()) throw new Error(`Unexpected ${MANIFEST} that is ${stat.isSymbolicLink() ? `a symlink to \`${readlinkSync(path)}\`` : stat.isDirectory() ? 'a folder' : 'no file'}, ${NOT_A_PACK} (its manifest is a file it wrote)`)
  let manifest: unknown
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'))
  } catch (cause) {
    throw new Error(`Unexpected ${MANIFEST} that is not JSON, ${NOT_A_PACK}`, { cause })
  }
  const { classpack, files } = (manifest ?? {}) as { classpack?: unknown; files?: unknown }
  if (typeof classpack !== 'number' || !Array.isArray(files)) throw new Error(`Unexpected ${MANIFEST} without \`classpack\` and a \`files\` list, ${NOT_A_PACK}`)
  return files.map((file: unknown, i) => {
    const { path, sha256 } = (file ?? {}) as { path?: unknown; sha256?: unknown }
    // A listed path must stay inside the pack: verifying never reads beyond the folder.
    const inside = typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.includes('\\') && !path.split('/').some((part) => part === '' || part === '.' || part === '..')
    if (!inside || typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
      throw new Error(`Unexpected entry ${i + 1} of \`files\` in ${MANIFEST}, expected a \`path\` inside the pack and a \`sha256\` of 64 hex digits`)
    }
    return { path, sha256 }
  })
}

/** Every file, link and empty folder under `dir`, as `/`-separated paths relative to `root` (as the writer's guard sees a pack). */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    const below = entry.isDirectory() ? filesUnder(root, path) : []
    return below.length ? below : [relative(root, path).split(sep).join('/')]
  })
}

/** When the listed `path` is not a regular file reached without links: where the first thing that is not stands, and what it is. */
function notAFile(dir: string, path: string): { path: string; found: string } | undefined {
  const parts = path.split('/')
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/')
    let stat: ReturnType<typeof lstatSync>
    try {
      stat = lstatSync(join(dir, at))
    } catch {
      return undefined // missing: the read says so
    }
    if (stat.isSymbolicLink()) return { path: at, found: `symlink to \`${readlinkSync(join(dir, at))}\` where manifest.json lists ${i < parts.length ? 'a folder of files' : 'a file'}` }
    if (i < parts.length) continue
    if (stat.isDirectory()) return { path: at, found: 'folder where manifest.json lists a file' }
    if (!stat.isFile()) return { path: at, found: 'device or pipe where manifest.json lists a file' }
  }
  return undefined
}

/** What an unlisted entry is when it is no file: a link (named with its target) or an empty folder. */
function unlistedKind(path: string): { found: string } | undefined {
  const stat = lstatSync(path)
  if (stat.isSymbolicLink()) return { found: `symlink to \`${readlinkSync(path)}\`` }
  if (stat.isDirectory()) return { found: 'empty folder' }
  return stat.isFile() ? undefined : { found: 'device or pipe' }
}

/** Verify the pack in `dir` against its manifest.json. Throws an Error when `dir` holds no readable manifest. */
export function verifyPack(dir: string): PackVerification {
  const listed = listedFiles(dir)
  const problems: PackProblem[] = []
  // A link is never what classpack wrote, even to a file of the same bytes (and a link to a
  // device would be read without end): it is said once, where it stands, and not followed.
  const odd = new Set<string>()
  for (const { path, sha256 } of listed) {
    const other = notAFile(dir, path)
    if (other) {
      if (!odd.has(other.path)) problems.push({ path: other.path, problem: 'changed', found: other.found })
      odd.add(other.path)
      continue
    }
    let bytes: Buffer
    try {
      bytes = readFileSync(join(dir, path))
    } catch {
      problems.push({ path, problem: 'missing' })
      continue
    }
    const actual = hashOf(bytes)
    if (actual !== sha256) problems.push({ path, problem: 'changed', expected: sha256, actual })
  }
  const known = new Set([MANIFEST, ...listed.map((f) => f.path)])
  const unlisted = filesUnder(dir)
    .filter((path) => !known.has(path) && !odd.has(path))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  problems.push(...unlisted.map((path) => ({ path, problem: 'unlisted' as const, ...unlistedKind(join(dir, path)) })))
  return { ok: problems.length === 0, checked: listed.length, problems }
}
