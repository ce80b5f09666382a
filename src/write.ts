// The writer: the only stage that touches out/. A pack is written into a staging folder
// beside its destination and swapped into place only when every file is written, so a
// failure at any point leaves the earlier pack exactly as it was. It replaces only what
// classpack wrote: what is at the destination is checked (src/guard.ts) at the last moment
// before the swap, since a build takes a while and a teacher may have saved a file there.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { PackFile } from './pack/build.js'
import { checkPack, entryKind, type TargetProblem } from './guard.js'
import { checkArchive } from './guard/target.js'
import { makeFolders } from './write/folders.js'
import { escapeRegExp } from './regexp.js'

const STAGING = '.classpack-staging-'
const RETIRED = '.classpack-old-'

/** A step of writing: after the staging folder is made, after each `file`, once all are `staged`, after the earlier pack is `retired` (moved aside), `swapped` (the new one in place), `done`; for the archive, its `archive-temp` file written and the `archive` in place. */
export type WriteStep = 'staging' | 'file' | 'staged' | 'retired' | 'swapped' | 'done' | 'archive-temp' | 'archive'
/** Called at each step of writing; for fault-injection tests, which throw or kill the process there. */
export type OnWriteStep = (step: WriteStep, path?: string) => void

/** Thrown when what is at the destination is not classpack's to replace; `problems` say what and why. */
export class TargetRefused extends Error {
  constructor(readonly problems: TargetProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.reason}`).join('\n'))
    this.name = 'TargetRefused'
  }
}

/** Remove what an interrupted earlier run left beside `target`, restoring a pack it had moved aside. */
export function recover(target: string): void {
  const parent = dirname(target)
  if (!present(parent)) return
  const name = target.slice(parent.length + 1)
  // Only names this writer makes (a process id at the end): a teacher's file is never debris.
  const ours = (prefix: string, suffix = '') => new RegExp(`^${escapeRegExp(prefix)}(\\d+)${escapeRegExp(suffix)}$`)
  const staging = ours(`${STAGING}${name}-`)
  const retired = ours(`${RETIRED}${name}-`)
  const archiveTemp = ours(`${name}.zip.`, '.tmp')
  for (const entry of readdirSync(parent)) {
    const path = join(parent, entry)
    // A build still running (another terminal, the studio's Build) is writing there: its
    // staging folder is work in progress, not debris. Removing it made that build re-create
    // the folder and swap in a pack missing every file staged before (manifest and all).
    const pid = (staging.exec(entry) ?? retired.exec(entry) ?? archiveTemp.exec(entry))?.[1]
    if (pid === undefined || running(Number(pid))) continue
    if (staging.test(entry) || archiveTemp.test(entry)) removeDebris(path)
    else if (retired.test(entry)) {
      // Killed between the two renames: the earlier pack is here, put it back.
      if (!present(target)) renameSync(path, target)
      else removeDebris(path)
    }
  }
}

/**
 * Write `files` as the pack at `target`. `keep` is asked once all files are written:
 * when it answers false (a problem was reported while building), the staged pack is
 * discarded. Returns whether the pack was put in place. Throws `TargetRefused` when
 * something at `target` is not a pack classpack wrote (see `checkPack`), touching nothing of it.
 */
export async function writePack(target: string, files: AsyncIterable<PackFile>, keep: () => boolean, onStep?: OnWriteStep): Promise<boolean> {
  recover(target)
  const parent = dirname(resolve(target))
  makeFolders(parent)
  const name = resolve(target).slice(parent.length + 1)
  const staging = join(parent, `${STAGING}${name}-${process.pid}`)
  mkdirSync(staging)
  try {
    onStep?.('staging')
    for await (const file of files) {
      const path = resolve(staging, file.path)
      // File names come from rosters; never let one escape the pack.
      if (!path.startsWith(staging + sep)) throw new TypeError(`classpack: file name ${JSON.stringify(file.path)} leaves the pack folder`)
      // makeFolders says the first folder it had to make: the staging folder itself (or above)
      // means it was removed under us, and a pack staged anew from here would lack what came before.
      const made = makeFolders(dirname(path))
      if (made !== undefined && !made.startsWith(staging + sep)) throw Object.assign(new Error(`ENOENT: the staging folder ${staging} was removed while the pack was written into it`), { code: 'ENOENT', syscall: 'mkdir', path: staging })
      writeFileSync(path, file.bytes)
      onStep?.('file', file.path)
    }
    if (!keep()) {
      rmSync(staging, { recursive: true, force: true })
      return false
    }
    onStep?.('staged')
    const refused = checkPack(target)
    if (refused.length) throw new TargetRefused(refused)
    const retired = join(parent, `${RETIRED}${name}-${process.pid}`)
    const had = present(target)
    if (had) {
      renameSync(target, retired)
      onStep?.('retired')
    }
    renameSync(staging, target)
    onStep?.('swapped')
    // The new pack is in place: what is left of the old one is debris, not a failed build
    // (checkPack found its folders writable; one made read-only since is left for recover()).
    if (had) removeDebris(retired)
    onStep?.('done')
    return true
  } catch (cause) {
    rmSync(staging, { recursive: true, force: true })
    throw cause
  }
}

/** Zip the pack at `dir` into `file`, atomically (a temporary file renamed into place). Throws `TargetRefused` when `file` is not an archive classpack wrote. */
export async function writeArchive(dir: string, file: string, onStep?: OnWriteStep): Promise<void> {
  const { zip } = await import('./export/zip.js')
  const files: Array<{ path: string; bytes: Uint8Array }> = []
  const visit = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name
      if (entry.isDirectory()) visit(rel)
      else files.push({ path: rel, bytes: readFileSync(join(dir, rel)) })
    }
  }
  visit('')
  const temp = `${file}.${process.pid}.tmp`
  try {
    writeFileSync(temp, zip(files))
    onStep?.('archive-temp')
    const refused = checkArchive(file)
    if (refused.length) throw new TargetRefused(refused)
    renameSync(temp, file)
    onStep?.('archive')
  } catch (cause) {
    rmSync(temp, { force: true })
    throw cause
  }
}

/**
 * Remove the archive at `file` when it is one classpack wrote (a build without `zip` after one
 * with it): it holds the earlier pack, and beside the new folder it would be taken for this one.
 * Anything else there is left alone. Returns whether an archive was removed.
 */
export function retireArchive(file: string): boolean {
  if (entryKind(file) !== 'file' || checkArchive(file).length) return false
  rmSync(file, { force: true })
  return true
}

/** Remove what a run left beside a pack; one the disk will not let go (read-only) stays, in no build's way. */
function removeDebris(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true })
  } catch {
    // a name no build uses: it harms nothing where it is
  }
}

/** True when the process `pid` is alive (signal 0 checks without sending; EPERM: alive, another user's). A process that has ended, and whose id is not yet reused, is not. */
function running(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** True when something (even a dangling link) is at `path`. */
function present(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

