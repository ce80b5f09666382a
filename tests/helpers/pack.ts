// Build packs with the real command and read their files back.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect } from 'vitest'
import { run, tempDir } from './fixtures.js'

/** Build `dir` with `args` into a fresh folder; returns the pack folder. Fails the test if the build fails. */
export function buildPack(dir: string, args: string[] = [], env: Record<string, string> = {}): string {
  const out = tempDir('classpack-out-')
  const result = run(['build', dir, '--out', out, ...args], undefined, env)
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
