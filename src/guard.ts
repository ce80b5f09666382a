// Where classpack may write, and what it may replace. The writer replaces a pack folder
// wholesale, so before it does, this module makes sure that folder is one classpack wrote
// (its manifest.json, with classpack's signature, lists every file in it, unchanged), and
// that it is not, does not hold and does not sit inside anything a teacher made: a module,
// `source/`, templates, the current folder. Links are not followed: they are refused, and
// every other check is made on real paths, so `..` and links cannot sneak past.
//
// Problems come back as data (a path, an "Unexpected …, expected …" reason, a rule id) for
// the caller to print; nothing here writes. Reuse: anything else that fills a folder
// (`classpack init --into`, the studio) should call `checkPlace` for that folder, and refuse
// to overwrite what a check of its own (like `checkPack` for packs) does not recognize as
// classpack's.
import { sha256 } from './sha256.js'
import { accessSync, closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, type Stats } from 'node:fs'
import { dirname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path'
import { VFile } from 'vfile'
import { displayPath } from './load.js'
import { isLintReport } from './lint/report.js'
import { error } from './messages.js'

export interface TargetProblem {
  /** The path the problem is about, as a user would type it (relative to the current folder when inside it). */
  path: string
  /** "Unexpected …, expected …": what is there, why it is left alone, what to do. */
  reason: string
  ruleId: 'out-protected' | 'out-symlink' | 'out-not-a-folder' | 'out-not-a-pack' | 'out-not-a-report' | 'out-teacher-file' | 'out-changed-file' | 'out-read-only' | 'init-exists'
}

/** A folder a build must leave alone, and how to name it in a message (e.g. "the module `source/m`"). */
export interface ProtectedPlace {
  path: string
  what: string
  /** A target inside it is fine, only being or holding it is refused: a new module goes inside `source/`. */
  insideAllowed?: boolean
}

/** How a refusal names the folder being written and the flag that chooses it; the default speaks of a pack and `--out`. */
export interface PlaceWording {
  /** `pack folder`. */
  folder: string
  /** `--out`. */
  flag: string
  /** Why inputs are kept apart: `a build replaces its pack folder wholesale`. */
  why: string
  /** After "choose another <flag>": ` (the default is \`out\`)`. */
  hint: string
  /** How many names at the end of the folder written the flag does not give: 1 for a pack (`<out>/<module>`), 0 for `--into`. */
  below: number
}

export interface PlaceOptions {
  /** Folders the target must not be, hold or lie inside. The first that applies is reported. */
  protect: readonly ProtectedPlace[]
  /** The current folder (default `process.cwd()`): the target must not be it or hold it. */
  cwd?: string
  /** How messages name the target (default: a pack folder chosen with `--out`). */
  wording?: PlaceWording
}

export const MANIFEST = 'manifest.json'
// classpack writes its manifest with this key first; the signature of a pack it made.
const SIGNATURE = /^\{\n {2}"classpack": \d+,\n/
export const LEAVE = 'choose another --out, or move or delete it yourself'
const PACK: PlaceWording = { folder: 'pack folder', flag: '--out', why: 'a build replaces its pack folder wholesale', hint: ' (the default is `out`)', below: 1 }

/**
 * Problems with `target` as a place to write, whatever is there: a link at the target, at
 * its parent or at any folder between the current folder and it; a file where a folder
 * should be; a target that is, holds or lies inside a protected folder, or is or holds
 * the current folder.
 */
export function checkPlace(target: string, options: PlaceOptions): TargetProblem[] {
  const cwd = realpathSync(options.cwd ?? process.cwd())
  const w = options.wording ?? PACK
  const shown = (path: string) => displayPath(path, cwd)
  const problems: TargetProblem[] = []
  // Walk the path as written, one name at a time, on the disk as it is: `..` goes up from
  // where a link really led, not from where the text says.
  const parts = target.split(/[\\/]+/).filter((part) => part !== '' && part !== '.')
  let real = isAbsolute(target) ? parse(resolve(target)).root : cwd
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (part === '..') {
      real = dirname(real)
      continue
    }
    const next = join(real, part)
    let stat = lstatOr(next)
    if (!stat) {
      real = resolve(next, ...parts.slice(i + 1))
      break
    }
    const isTarget = i === parts.length - 1
    real = next
    if (stat.isSymbolicLink()) {
      // A link at the target, at its parent (the --out folder) or below the current folder
      // is refused. Links elsewhere (macOS's /tmp, a linked home folder) are the system's
      // and are followed: the checks below see the real path.
      const refused = isTarget || i === parts.length - 2 || inside(next, cwd)
      const to = realOr(next)
      if (refused || to === undefined) {
        const where = isTarget ? `where the ${w.folder} goes` : `in the path of ${w.flag}`
        // The real folder to pass is the link's target with the names after it that the flag
        // gives (`--out a/link/b` is `/real/b`, not `/real`), and only where it may be written:
        // advice that the next run refuses (the module a link leads to) is no way out.
        const real = to === undefined ? undefined : resolve(to, ...parts.slice(i + 1, parts.length - w.below))
        const passable = !isTarget && to !== undefined && checkPlace(resolve(to, ...parts.slice(i + 1)), options).length === 0
        const advice = !passable ? `delete the link yourself or choose another ${w.flag}` : `pass the real folder (\`${w.flag} ${real}\`) or choose another`
        problems.push({ path: shown(next), ruleId: 'out-symlink', reason: `Unexpected symlink${to ? ` to \`${to}\`` : ' that leads nowhere'} ${where}, expected a folder: classpack does not write through links, so it leaves this one alone; ${advice}` })
        return problems
      }
      real = to
      stat = lstatSync(to)
    }
    if (!isTarget && !stat.isDirectory()) {
      problems.push({ path: shown(next), ruleId: 'out-not-a-folder', reason: `Unexpected file in the path of ${w.flag}, expected a folder: choose another ${w.flag}` })
      return problems
    }
  }
  const shownTarget = shown(resolve(cwd, target))
  for (const place of options.protect) {
    // A protected folder that does not exist holds nothing to lose.
    const guarded = realOr(resolve(cwd, place.path))
    if (guarded === undefined) continue
    const how = real === guarded ? 'that is' : inside(real, guarded) && !place.insideAllowed ? 'inside' : inside(guarded, real) ? 'that holds' : undefined
    if (how) {
      problems.push({ path: shownTarget, ruleId: 'out-protected', reason: `Unexpected ${w.folder} ${how} ${place.what}, expected a folder apart from the inputs: ${w.why}, so classpack will not write there; choose another ${w.flag}${w.hint}` })
      return problems
    }
  }
  if (real === cwd || inside(cwd, real)) {
    const how = real === cwd ? 'that is' : 'that holds'
    problems.push({ path: shownTarget, ruleId: 'out-protected', reason: `Unexpected ${w.folder} ${how} the current folder, expected a folder below it: ${w.why}, so classpack will not write there; choose another ${w.flag}${w.hint}` })
  }
  return problems
}

/**
 * Problems with replacing the folder at `target`: anything there must be a pack classpack
 * wrote, holding only the files its manifest.json lists, each with the sha256 listed. A
 * teacher's file inside (notes.txt) is named, so that it can be moved out, never lost.
 */
export function checkPack(folder: string, cwd = process.cwd()): TargetProblem[] {
  const target = resolve(cwd, folder)
  const shown = (path: string) => displayPath(path, cwd)
  const stat = lstatOr(target)
  if (!stat) return []
  const expected = 'expected a pack folder classpack wrote, or nothing'
  if (stat.isSymbolicLink()) return [{ path: shown(target), ruleId: 'out-symlink', reason: `Unexpected symlink where the pack folder goes, ${expected}: classpack does not replace links; delete the link yourself or choose another --out` }]
  if (!stat.isDirectory()) return [{ path: shown(target), ruleId: 'out-not-a-pack', reason: `Unexpected file where the pack folder goes, ${expected}: classpack did not make it, so it leaves it alone; ${LEAVE}` }]
  const listed = manifestFiles(readOr(join(target, MANIFEST)))
  if (!listed) {
    const what = lstatOr(join(target, MANIFEST)) ? `folder whose ${MANIFEST} lacks classpack's signature` : `folder without classpack's ${MANIFEST}`
    return [{ path: shown(target), ruleId: 'out-not-a-pack', reason: `Unexpected ${what} where the pack folder goes, ${expected}: a build replaces that folder wholesale and classpack did not make this one, so it leaves it alone; ${LEAVE}` }]
  }
  const pack = shown(target)
  const foreign = (path: string, what: string): TargetProblem => ({
    path: shown(join(target, path)),
    ruleId: 'out-teacher-file',
    reason: `Unexpected ${what} that classpack did not write in the pack \`${pack}\`, expected only the files its ${MANIFEST} lists: a rebuild replaces the pack folder wholesale, so classpack stops rather than delete it; move it out of the pack (or delete it) and build again`
  })
  const problems: TargetProblem[] = []
  const found = entries(target)
  for (const { path, stat } of found) {
    if (path === MANIFEST && stat.isFile()) continue
    const sha256 = listed.get(path)
    if (stat.isDirectory()) problems.push(foreign(path, 'empty folder'))
    else if (stat.isSymbolicLink()) problems.push(foreign(path, 'symlink'))
    else if (!stat.isFile() || sha256 === undefined) problems.push(foreign(path, 'file'))
    else if (digest(join(target, path), stat) !== sha256) {
      problems.push({ path: shown(join(target, path)), ruleId: 'out-changed-file', reason: `Unexpected changes to a file of the pack \`${pack}\` (its sha256 differs from ${MANIFEST}), expected the file as classpack wrote it: a rebuild would overwrite them; copy it out of the pack (or delete it) and build again` })
    }
  }
  // Replacing the pack removes the earlier one's files, which a folder of it that cannot be
  // written (made read-only to keep it, copied from read-only media) refuses: found after the
  // swap, that left the new pack in place and the old beside it, and every later build failing.
  // The pack's folders, from the paths just read (parents before their children: `quiz`, `quiz/a`).
  const folders = [...new Set(found.flatMap(({ path }) => path.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))))].sort()
  let locked: string | undefined
  for (const folder of ['', ...folders]) {
    if (locked !== undefined && (folder + '/').startsWith(locked + '/')) continue
    if (writable(join(target, folder))) continue
    locked = folder
    problems.push({ path: shown(join(target, folder)), ruleId: 'out-read-only', reason: `Unexpected read-only folder ${folder === '' ? 'as' : 'in'} the pack \`${pack}\` (permission denied), expected a folder classpack may write: a rebuild removes the earlier pack's files; make it writable (\`chmod -R u+w\`) or choose another --out` })
  }
  return problems
}

/** Whether this process may add and remove entries of the folder `path`. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Problems with writing `check --report FILE` at `report`: nothing there, or a report
 * classpack wrote (its mark and title near the top; not a pack's page), is replaced; a teacher's file never is
 * (`--report m/claims.yaml` once replaced the claims with the report), nor a folder or a link.
 */
export function checkReport(report: string, cwd = process.cwd()): TargetProblem[] {
  const file = resolve(cwd, report)
  const stat = lstatOr(file)
  if (!stat) {
    // A report in a folder that is not there: said as such, not as the system's "cannot open … (ENOENT)".
    // (Not made: a mistyped folder would be made with it.)
    const folder = dirname(file)
    let above = folder
    while (!lstatOr(above) && dirname(above) !== above) above = dirname(above)
    if (above === folder && lstatOr(folder)?.isDirectory() !== false) return []
    const shown = displayPath(folder, cwd)
    if (above !== folder) return [{ path: displayPath(file, cwd), ruleId: 'out-not-a-folder', reason: `Missing folder \`${shown}\` for --report, expected a folder that exists: make it first, or name a report in ${above === resolve(cwd) ? 'this folder' : `\`${displayPath(above, cwd)}\``}` }]
    return [{ path: displayPath(file, cwd), ruleId: 'out-not-a-folder', reason: `Unexpected file \`${shown}\` where --report's folder should be, expected a folder` }]
  }
  const path = displayPath(file, cwd)
  const expected = 'expected a new file or a report classpack wrote'
  if (stat.isSymbolicLink()) return [{ path, ruleId: 'out-symlink', reason: `Unexpected symlink where --report writes, ${expected}: classpack does not write through links; choose another --report` }]
  if (stat.isDirectory()) return [{ path, ruleId: 'out-not-a-report', reason: `Unexpected folder where --report writes, ${expected}: name a file, such as \`${join(report, 'report.html')}\`` }]
  const head = stat.isFile() ? readHead(file) : undefined
  if (head !== undefined && isLintReport(head)) return []
  return [{ path, ruleId: 'out-not-a-report', reason: `Unexpected file that classpack did not write where --report writes, ${expected}: the report would replace it, so classpack leaves it alone; choose another --report, such as \`report.html\`` }]
}

/** The first kilobytes of `file` as text, or undefined where it cannot be read. */
function readHead(file: string): string | undefined {
  try {
    const fd = openSync(file, 'r')
    try {
      const bytes = Buffer.alloc(2048)
      return bytes.toString('utf8', 0, readSync(fd, bytes, 0, bytes.length, 0))
    } finally {
      closeSync(fd)
    }
  } catch {
    return undefined
  }
}

/** A manifest's files by path with their sha256, when `text` is a manifest classpack wrote. */
export function manifestFiles(text: string | undefined): Map<string, string> | undefined {
  if (text === undefined || !SIGNATURE.test(text)) return undefined
  try {
    const { classpack, files } = JSON.parse(text) as { classpack?: unknown; files?: unknown }
    if (typeof classpack !== 'number' || !Array.isArray(files)) return undefined
    const listed = new Map<string, string>()
    for (const entry of files as Array<{ path?: unknown; sha256?: unknown }>) {
      if (typeof entry?.path !== 'string' || typeof entry.sha256 !== 'string') return undefined
      listed.set(entry.path, entry.sha256)
    }
    return listed
  } catch {
    return undefined
  }
}

// A pack is checked when a build starts and again just before the swap: the second time,
// a file whose inode, size and times are unchanged is not read again (a 1,000-student
// pack is 100 MB). Kept small, for a long-running process.
const digests = new Map<string, string>()

/** What a file's digest is remembered under: its path and what a change to it changes (no tool sets ctime). */
const digestKey = (path: string, stat: Stats): string => `${path}\0${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`

/**
 * The digests of the pack at `folder` as its manifest lists them, under each file's place
 * and lstat as it is now: for a build to keep in its cache after writing the pack, and the
 * next build, another process, to hand to `rememberDigests` rather than read the pack again.
 * Undefined when there is no pack there.
 */
export function packDigests(folder: string, cwd = process.cwd()): Record<string, string> | undefined {
  const target = resolve(cwd, folder)
  const listed = manifestFiles(readOr(join(target, MANIFEST)))
  if (!listed) return undefined
  const known: Record<string, string> = {}
  for (const [path, sha256] of listed) {
    const stat = lstatOr(join(target, path))
    if (stat?.isFile()) known[digestKey(join(target, path), stat)] = sha256
  }
  return known
}

/** Digests `packDigests` gave in an earlier process, as JSON: a file found with the same place and lstat is not read again. Anything else is ignored. */
export function rememberDigests(json: string): void {
  let known: unknown
  try {
    known = JSON.parse(json)
  } catch {
    return
  }
  if (typeof known !== 'object' || known === null) return
  for (const [key, sha256] of Object.entries(known)) if (typeof sha256 === 'string') digests.set(key, sha256)
}

/** The sha256 of the file at `path`, whose lstat is `stat`. */
function digest(path: string, stat: Stats): string {
  const key = digestKey(path, stat)
  let hex = digests.get(key)
  if (hex === undefined) {
    hex = sha256(readFileSync(path))
    if (digests.size > 50_000) digests.clear()
    digests.set(key, hex)
  }
  return hex
}

/** Every file, link and empty folder under `dir`, `/`-separated, without following links. */
function entries(dir: string, sub = ''): Array<{ path: string; stat: Stats }> {
  const found: Array<{ path: string; stat: Stats }> = []
  for (const name of readdirSync(join(dir, sub)).sort()) {
    const path = sub ? `${sub}/${name}` : name
    const stat = lstatSync(join(dir, path))
    const below = stat.isDirectory() ? entries(dir, path) : []
    found.push(...(below.length ? below : [{ path, stat }]))
  }
  return found
}

/** True when `path` lies strictly inside `folder` (both absolute and real). */
function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel)
}


function lstatOr(path: string): Stats | undefined {
  try {
    return lstatSync(path)
  } catch {
    return undefined
  }
}

/** What is at `path`, links not followed; undefined for nothing. (No node:fs type in guard.ts's exports: they are the library's, src/index.ts.) */
export function entryKind(path: string): 'link' | 'folder' | 'file' | 'other' | undefined {
  const stat = lstatOr(path)
  return stat === undefined ? undefined : stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other'
}

function realOr(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

function readOr(path: string): string | undefined {
  try {
    return lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined
  } catch {
    return undefined
  }
}

/** Why `check --report` may not write at `report`, as vfile messages (none: it may). */
export function reportRefusals(report: string, cwd = process.cwd()): VFile[] {
  return refusalFiles(checkReport(report, cwd))
}

/** Problems with a target as vfile messages, one file per path, for the CLI to print. */
export function refusalFiles(problems: readonly TargetProblem[]): VFile[] {
  const files = new Map<string, VFile>()
  for (const p of problems) {
    const file = files.get(p.path) ?? new VFile({ path: p.path })
    files.set(p.path, file)
    error(file, p.reason, undefined, p.ruleId)
  }
  return [...files.values()]
}
