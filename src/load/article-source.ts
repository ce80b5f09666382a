// Load stage: the article `classpack init` starts a module from, as bytes. A saved web page
// or a Word file is read whole here (decoding is the reader's: a page declares its charset,
// a .docx is a zip); problems with the file itself are errors on a vfile named as given.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import { error } from '../messages.js'
import { systemReason } from '../system-error.js'
import { readBytes } from './text.js'

/** Largest article source `init` reads: a saved page carries its scripts and styles inline, a Word file its images. */
export const MAX_ARTICLE_SOURCE_BYTES = 32 * 1024 * 1024

export interface ArticleSource {
  /** The article's file, named as given, with an error on it when it cannot be read. */
  file: VFile
  /** Its bytes, when it was read. */
  bytes?: Uint8Array
}

/** Read the article at `path` (relative to `cwd`). */
export function readArticleSource(path: string, cwd = process.cwd()): ArticleSource {
  const file = new VFile({ path })
  const full = resolve(cwd, path)
  try {
    const stat = statSync(full)
    if (stat.isDirectory()) {
      error(file, 'Unexpected folder, expected the article file to start the module from', undefined, 'file-unreadable')
      return { file }
    }
    // A pipe or a device is refused, and the read bounded, there (it would never end).
    const bytes = readBytes(file, full, MAX_ARTICLE_SOURCE_BYTES)
    return bytes === undefined ? { file } : { file, bytes }
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT'
    error(file, missing ? 'Missing file, expected the article to start the module from' : `Cannot read the article: ${systemReason(cause as NodeJS.ErrnoException)}`, undefined, 'file-unreadable')
    return { file }
  }
}
