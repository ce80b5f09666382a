// Build packs through the library (in this process, from the sources) and read their
// files back. Builds that several tests only read are made once per run (sharedPack).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect } from 'vitest'
import { buildPack, formatMessages, type BuildPackRequest, type Format } from '../../src/index.js'
import { CACHE_FOLDER } from '../../src/write/cache.js'
import { runInstalled, runDir, tempDir } from './fixtures.js'

/** A build request as tests write it: formats as a list (default html and pdf), no output folder. */
export type PackRequest = Omit<BuildPackRequest, 'out' | 'formats'> & { formats?: Format[] }

/**
 * A fresh output folder whose document cache is the run's: builds in fresh folders share
 * what they render, as builds into one output folder do. A document's key names every
 * input and the code (src/pack/cache.ts), so a test reads the bytes a render of its own
 * inputs gives; tests of the cache itself build into folders of their own.
 */
export function sharedCacheOut(): string {
  const out = tempDir('classpack-out-')
  const cache = join(runDir(), 'document-cache')
  mkdirSync(cache, { recursive: true })
  symlinkSync(cache, join(out, CACHE_FOLDER))
  return out
}

/** What the library reports for `request` built into `out` (by default a fresh folder sharing the run's cache): messages as text, and the pack folder if written. */
export async function tryBuild(request: PackRequest, out = sharedCacheOut()) {
  const { formats = ['html', 'pdf'], ...rest } = request
  const result = await buildPack({ ...rest, formats: new Set(formats), out })
  const text = formatMessages(result.files)
  return { ...result, text, lines: text ? text.split('\n') : [] }
}

/** Build `request` into a fresh folder; returns the pack folder. Fails the test if the build reports an error. */
export async function build(request: PackRequest): Promise<string> {
  const result = await tryBuild(request)
  expect(result.lines.filter((l) => l.includes(': error:'))).toEqual([])
  expect(result.target).toBeDefined()
  return result.target!
}

/**
 * The pack of `request`, built once per run and shared between test files: read it, never
 * change it (copy it first). Safe when two files ask at once: each builds into its own
 * folder and the first to finish publishes it; the output is the same bytes either way.
 */
export async function sharedPack(request: PackRequest): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify(request, (_, v) => (v instanceof Set ? [...v] : v))).digest('hex').slice(0, 16)
  const cache = join(runDir(), 'packs')
  const home = join(cache, key)
  if (!existsSync(home)) {
    const pack = await build(request)
    mkdirSync(cache, { recursive: true })
    try {
      renameSync(join(pack, '..'), home)
    } catch (cause) {
      // Another file published the same pack first.
      if (!existsSync(home)) throw cause
    }
  }
  const name = readdirSync(home).find((n) => !n.startsWith('.') && statSync(join(home, n)).isDirectory())!
  return join(home, name)
}

/** Build `dir` with the command as installed, in a process of its own (`classpack build dir --out … args`); returns the pack folder. Fails the test if the command does. */
export function cliBuild(dir: string, args: string[] = [], env: Record<string, string> = {}): string {
  const out = tempDir('classpack-out-')
  const result = runInstalled(['build', dir, '--out', out, ...args], undefined, env)
  expect(result.stderr.split('\n').filter((l) => l.includes(': error:'))).toEqual([])
  expect(result.code).toBe(0)
  const name = readdirSync(out).find((n) => !n.startsWith('.'))!
  return join(out, name)
}

/** Every file of a pack, by relative path, with its bytes. */
export function packFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const visit = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry)
      if (statSync(path).isDirectory()) visit(path)
      else files.set(relative(dir, path), readFileSync(path))
    }
  }
  visit(dir)
  return files
}

/** Text with all white space removed, to compare the same words in the same order. */
export const squash = (text: string): string => text.replace(/\s+/g, '')
