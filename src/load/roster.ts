// Load stage: a roster CSV into a vfile (roster/read.ts reads its rows).
import { resolve } from 'node:path'
import type { VFile } from 'vfile'
import { displayPath, readText } from './text.js'

/** Read the roster at `path`, named in messages as the user would type it. */
export function loadRoster(path: string, cwd = process.cwd()): VFile {
  const file = readText(resolve(cwd, path), true, 'the roster CSV at this path (columns: name, and optionally id, group)')
  file.path = displayPath(resolve(cwd, path), cwd)
  return file
}
