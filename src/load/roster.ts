// Load stage: a roster CSV into a vfile (roster/read.ts reads its rows).
import { resolve } from 'node:path'
import type { VFile } from 'vfile'
import { displayPath, readText } from './text.js'

/** Read the roster at `path`, named in messages as the user would type it. */
export function loadRoster(path: string, cwd = process.cwd()): VFile {
  // As written, not composed (NFC) as the module's text is: grading.csv and manifest.json give
  // back each name and id as the roster has it (roster/read.ts composes them for the rest).
  const file = readText(resolve(cwd, path), true, 'the roster CSV at this path (columns: name, and optionally id, group)', { normalize: false, spreadsheet: true })
  file.path = displayPath(resolve(cwd, path), cwd)
  return file
}
