// Load stage: a module folder's files, found by convention, into vfiles. The only
// reading of a module's inputs from disk.
import { existsSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { VFile } from 'vfile'
import { displayPath, readText, refuseConflict } from './text.js'

declare module 'vfile' {
  interface DataMap {
    /** The file is not in the module folder; a later stage says whether it had to be (questions.yaml need not be when a set draws on generated items). */
    missing: boolean
    /** The file holds no YAML document (nothing, or comments only): for questions.yaml, no questions yet. */
    empty: boolean
  }
}

/** The inputs of one module, found by convention in its folder. */
export interface ModuleFiles {
  /** The module's folder, as given. */
  dir: string
  /** The module's name: its folder's name, used for `out/<name>`. */
  name: string
  article: VFile
  claims: VFile
  /** questions.yaml; when the folder has none, an empty file marked `data.missing`. */
  questions?: VFile
  module?: VFile
  /** paragraphs.lock, the numbering the ¶ references were written against, when the module has one. */
  lock?: VFile
}

/** Read the files of the module in `dir`. Missing required files become messages on the file that was expected. */
export function loadModule(dir: string, cwd = process.cwd()): ModuleFiles {
  const read = (name: string, required: boolean): VFile => {
    const file = readText(resolve(cwd, dir, name), required, EXPECTED[name])
    // Messages name files as the user would type them: relative to where they stand.
    file.path = displayPath(resolve(cwd, dir, name), cwd)
    // Both versions of a merge conflict: said once, at its first marker, and the file read no further.
    refuseConflict(file, name === 'article.md')
    return file
  }
  const article = read('article.md', true)
  const claims = read('claims.yaml', true)
  // Without questions.yaml a quiz can still be made of generated items: selection says
  // whether the chosen set needs the file (and then that it is missing, not that the set is empty).
  const questions = existsSync(resolve(cwd, dir, 'questions.yaml')) ? read('questions.yaml', true) : missingFile(displayPath(resolve(cwd, dir, 'questions.yaml'), cwd))
  const module = existsSync(resolve(cwd, dir, 'module.yaml')) ? read('module.yaml', false) : undefined
  const lock = existsSync(resolve(cwd, dir, 'paragraphs.lock')) ? read('paragraphs.lock', false) : undefined
  return { dir, name: basename(join(cwd, dir)), article, claims, questions, module, ...(lock ? { lock } : {}) }
}

/**
 * What stands at `path` when it is no folder: nothing (or a path through a file), or a file
 * (any other kind of entry too). Undefined for a folder, and when the system will not say
 * (no permission): the read that follows reports that in its own words.
 */
export function notAFolder(path: string, cwd = process.cwd()): 'nothing' | 'a file' | 'a loop of symbolic links' | undefined {
  try {
    return statSync(resolve(cwd, path)).isDirectory() ? undefined : 'a file'
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'nothing' : code === 'ELOOP' ? 'a loop of symbolic links' : undefined
  }
}

/** What `notAFolder` found, after "there is": `nothing at that path`, `a file there`. */
export function thereIs(kind: NonNullable<ReturnType<typeof notAFolder>>): string {
  return kind === 'nothing' ? 'nothing at that path' : `${kind} there`
}

/** An empty stand-in for a file the folder does not have. */
function missingFile(path: string): VFile {
  const file = new VFile({ path, value: '' })
  file.data.missing = true
  return file
}

/** What each file of a module holds, for the message when it is missing. */
const EXPECTED: Record<string, string> = {
  'article.md': 'the article as Markdown with front matter (`classpack init ARTICLE` makes one from a text, web page or Word file)',
  'claims.yaml': 'the key claims of the article beside article.md (`classpack init ARTICLE` writes a first one)',
  'questions.yaml': 'the quiz items and discussion questions beside article.md (`classpack init ARTICLE` writes a first one)'
}
