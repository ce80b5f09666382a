// Where classpack's own files live, whether run from src/ (tests) or dist/src/ (the command).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir)
    if (up === dir) throw new Error('classpack: cannot find its package.json')
    dir = up
  }
  return dir
}

/** The classpack package's root folder. */
export const ROOT = packageRoot()
/** The built-in templates. */
export const BUILTIN_TEMPLATES = join(ROOT, 'templates')
/** The JSON Schemas of the YAML files, made by `npm run build` (scaffolded files name them). */
export const SCHEMAS = join(ROOT, 'schemas')

/** The folder of the cache of earlier builds, in the output folder (src/write/cache.ts). */
export const CACHE_FOLDER = '.classpack-cache'

/** classpack's version, from its own package.json (what this copy is, installed or cloned). */
export function classpackVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
}
