// Runs once before any test file. Two jobs:
// - Compile when dist/ is older than the sources. CLI contract tests spawn the bundled command
//   and rendering threads run compiled code, so without this `npx vitest run` could test
//   yesterday's build while the in-process tests test today's sources.
// - Give the run one temp folder (tempDir() and the shared pack cache live under it),
//   removed when the run ends.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'

const ROOT = resolve(import.meta.dirname, '../..')
/** Folders tsconfig.json compiles into dist/, file for file. */
const SOURCES = ['src', 'bench']

declare module 'vitest' {
  export interface ProvidedContext {
    /** A temp folder for this run; removed at its end. */
    tmpRoot: string
  }
}

function tsFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(dir, name))
}

/** Why dist/ is out of date, or null when every source has a compiled file newer than every source. */
export function staleness(root = ROOT): string | null {
  const sources = SOURCES.flatMap((dir) => tsFiles(join(root, dir)))
  const inputs = [...sources, join(root, 'tsconfig.json')]
  const newestInput = Math.max(...inputs.map((path) => statSync(path).mtimeMs))
  for (const source of sources) {
    const output = join(root, 'dist', relative(root, source).replace(/\.ts$/, '.js'))
    if (!existsSync(output)) return `${relative(root, output)} is missing`
    // tsc rewrites every output, so each must be at least as new as the newest input.
    if (statSync(output).mtimeMs < newestInput) return `${relative(root, output)} is older than the sources`
  }
  // The command's bundle (scripts/bundle.mjs) is made from the compiled files, after them.
  const bundle = join(root, 'dist/bin/classpack.cjs')
  if (!existsSync(bundle)) return 'dist/bin/classpack.cjs is missing'
  if (statSync(bundle).mtimeMs < newestInput) return 'dist/bin/classpack.cjs is older than the sources'
  return null
}

function build(): void {
  const why = staleness()
  if (why === null) return
  process.stderr.write(`tests: compiling (${why})\n`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`tests: \`npm run build\` failed (exit ${result.status ?? result.signal}); the CLI tests need a compiled dist/`)
}

export default function setup(project: TestProject): () => void {
  build()
  const tmpRoot = mkdtempSync(join(tmpdir(), 'classpack-tests-'))
  project.provide('tmpRoot', tmpRoot)
  return () => rmSync(tmpRoot, { recursive: true, force: true })
}
