// Making a folder and the folders above it, one at a time. Node's mkdirSync with
// `recursive: true` never returns where mkdir answers ENOENT though the parent is there
// (/proc: `--out /proc/x` spun at full CPU until killed): here each level is made once, and
// the system's answer is the error (the CLI prints it, nothing is written).
import { lstatSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** Make `path` and any missing folders above it; returns the first folder made, or undefined when it was there (as mkdirSync with `recursive` does). */
export function makeFolders(path: string): string | undefined {
  const full = resolve(path)
  const missing: string[] = []
  for (let at = full; ; at = dirname(at)) {
    try {
      lstatSync(at)
      break
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) throw cause
      missing.push(at)
    }
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder)
    } catch (cause) {
      // Made meanwhile by another build: as good as made here.
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause
    }
  }
  return missing[0]
}
