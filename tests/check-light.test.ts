// `classpack check` stays light: it never loads the PDF backend (pdfkit, fontkit, the
// fonts) or the build's machinery, which only `build` needs, nor init's readers and
// claim suggester (linkedom, Readability, mammoth, compromise), which only `init` needs.
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, ROOT, TINY, tempDir } from './helpers/fixtures.js'

/** The URLs of every module `classpack <args>` imports. */
function loaded(args: string[]): string[] {
  const record = join(tempDir(), 'loaded.txt')
  const result = spawnSync(process.execPath, ['--import', join(ROOT, 'tests/helpers/record-loads.mjs'), CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RECORD_LOADS: record } })
  expect(result.status, result.stderr).toBe(0)
  return readFileSync(record, 'utf8').trim().split('\n')
}

describe('classpack check', () => {
  it('does not load the PDF backend, the build or init', () => {
    const urls = loaded(['check', TINY])
    // The recorder works: check's own modules are there.
    expect(urls.some((u) => u.endsWith('/dist/src/cli.js'))).toBe(true)
    expect(urls.some((u) => u.endsWith('/dist/src/assemble.js'))).toBe(true)
    for (const heavy of ['/render/pdf/', '/node_modules/pdfkit/', '/node_modules/fontkit/', '/node_modules/handlebars/', '/dist/src/pack/build.js', '/dist/src/pack/pipeline.js', '/dist/src/build.js', '/node_modules/linkedom/', '/node_modules/@mozilla/readability/', '/node_modules/mammoth/', '/node_modules/compromise/', '/dist/src/init.js', '/dist/src/init/plan.js']) {
      expect(urls.filter((u) => u.includes(heavy)), heavy).toEqual([])
    }
  })

  it('while build does load them (so the check above would notice)', () => {
    const urls = loaded(['build', TINY, '--out', tempDir(), '--format', 'pdf'])
    expect(urls.some((u) => u.includes('/render/pdf/'))).toBe(true)
    expect(urls.some((u) => u.includes('/node_modules/pdfkit/'))).toBe(true)
  })
})
