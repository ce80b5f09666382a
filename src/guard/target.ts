// What a build may replace where a pack's zip goes (`<out>/<module>.zip`), and the whole
// check of a build's target. Apart from guard.ts because reading a zip needs fflate, whose
// tables and worker_threads cost every `classpack check` start some 5 ms it never uses:
// only build and the writer import this, behind build's lazy import.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { unzipSync } from 'fflate'
import { displayPath } from '../load.js'
import { checkPack, checkPlace, entryKind, LEAVE, MANIFEST, manifestFiles, type PlaceOptions, type TargetProblem } from '../guard.js'

/**
 * Everything wrong with writing a pack folder at `target` (`<out>/<module>`) and, when
 * `archive`, its zip `<target>.zip`: the place (`checkPlace`) and what is there now
 * (`checkPack`, `checkArchive`). An empty list means the build may write.
 */
export function checkTarget(target: string, options: PlaceOptions & { archive?: boolean }): TargetProblem[] {
  const place = checkPlace(target, options)
  if (place.length) return place
  return [...checkPack(target, options.cwd), ...(options.archive ? checkArchive(`${target}.zip`, options.cwd) : [])]
}

/**
 * Problems with replacing `file`, a pack's archive: anything there must be a zip classpack
 * wrote, holding its manifest.json (with classpack's signature) and only files it lists.
 */
export function checkArchive(archive: string, cwd = process.cwd()): TargetProblem[] {
  const file = resolve(cwd, archive)
  const kind = entryKind(file)
  if (kind === undefined) return []
  const path = displayPath(file, cwd)
  const expected = 'expected a zip classpack wrote, or nothing'
  if (kind === 'link') return [{ path, ruleId: 'out-symlink', reason: `Unexpected symlink where the pack's archive goes, ${expected}: classpack does not replace links; delete the link yourself or choose another --out` }]
  const what = kind === 'folder' ? 'folder' : kind === 'file' && isOurZip(file) ? undefined : 'file that classpack did not write'
  return what ? [{ path, ruleId: 'out-not-a-pack', reason: `Unexpected ${what} where the pack's archive goes, ${expected}: classpack leaves it alone; ${LEAVE}` }] : []
}

/** True when `file` is a zip holding a classpack manifest.json that lists every other entry. */
function isOurZip(file: string): boolean {
  const names: string[] = []
  let unzipped: Record<string, Uint8Array>
  try {
    const bytes = readFileSync(file)
    if (bytes.readUInt32LE(0) !== 0x04034b50) return false
    // Only the manifest is inflated; the other entries are only named.
    unzipped = unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name)
        return entry.name === MANIFEST
      }
    })
  } catch {
    return false
  }
  const manifest = unzipped[MANIFEST]
  const listed = manifest && manifestFiles(Buffer.from(manifest).toString('utf8'))
  return Boolean(listed) && names.every((name) => name === MANIFEST || listed!.has(name))
}
