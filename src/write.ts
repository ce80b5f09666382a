// The writer: the only stage that touches out/. A pack is written into a staging folder
// beside its destination and swapped into place only when every file is written, so a
// failure at any point leaves the earlier pack exactly as it was.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'
import type { PackFile } from './pack/build.js'

const STAGING = '.classpack-staging-'
const RETIRED = '.classpack-old-'

/** Remove what an interrupted earlier run left beside `target`, restoring a pack it had moved aside. */
export function recover(target: string): void {
  const parent = dirname(target)
  if (!existsSync(parent)) return
  const name = target.slice(parent.length + 1)
  for (const entry of readdirSync(parent)) {
    const path = join(parent, entry)
    if (entry.startsWith(`${STAGING}${name}-`)) rmSync(path, { recursive: true, force: true })
    else if (entry.startsWith(`${RETIRED}${name}-`)) {
      // Killed between the two renames: the earlier pack is here, put it back.
      if (!existsSync(target)) renameSync(path, target)
      else rmSync(path, { recursive: true, force: true })
    }
  }
}

/**
 * Write `files` as the pack at `target`. `keep` is asked once all files are written:
 * when it answers false (a problem was reported while building), the staged pack is
 * discarded. Returns whether the pack was put in place.
 */
export async function writePack(target: string, files: AsyncIterable<PackFile>, keep: () => boolean): Promise<boolean> {
  recover(target)
  const parent = dirname(resolve(target))
  mkdirSync(parent, { recursive: true })
  const name = resolve(target).slice(parent.length + 1)
  const staging = join(parent, `${STAGING}${name}-${process.pid}`)
  mkdirSync(staging)
  try {
    for await (const file of files) {
      const path = resolve(staging, file.path)
      // File names come from rosters; never let one escape the pack.
      if (!path.startsWith(staging + sep)) throw new TypeError(`classpack: file name ${JSON.stringify(file.path)} leaves the pack folder`)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.bytes)
    }
    if (!keep()) {
      rmSync(staging, { recursive: true, force: true })
      return false
    }
    const retired = join(parent, `${RETIRED}${name}-${process.pid}`)
    const had = existsSync(target)
    if (had) renameSync(target, retired)
    renameSync(staging, target)
    if (had) rmSync(retired, { recursive: true, force: true })
    return true
  } catch (cause) {
    rmSync(staging, { recursive: true, force: true })
    throw cause
  }
}

/** Zip the pack at `dir` into `file`, atomically (a temporary file renamed into place). */
export async function writeArchive(dir: string, file: string): Promise<void> {
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
    renameSync(temp, file)
  } catch (cause) {
    rmSync(temp, { force: true })
    throw cause
  }
}
