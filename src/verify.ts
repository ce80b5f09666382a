// Verify a pack on disk against its manifest: every listed file present with the sha256
// the manifest gives, and no file the manifest does not list. A command, like the writer:
// it reads the disk, and reports problems as data for the CLI to print.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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
  if (!existsSync(path)) throw new Error(`Unexpected folder without ${MANIFEST}, ${NOT_A_PACK}`)
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

/** Every file under `dir`, as `/`-separated paths relative to `root`. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')]
  })
}

/** Verify the pack in `dir` against its manifest.json. Throws an Error when `dir` holds no readable manifest. */
export function verifyPack(dir: string): PackVerification {
  const listed = listedFiles(dir)
  const problems: PackProblem[] = []
  for (const { path, sha256 } of listed) {
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
    .filter((path) => !known.has(path))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  problems.push(...unlisted.map((path) => ({ path, problem: 'unlisted' as const })))
  return { ok: problems.length === 0, checked: listed.length, problems }
}
