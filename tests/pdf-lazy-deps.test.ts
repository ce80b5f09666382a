// pdfkit's and fontkit's dependencies for features classpack never uses (WOFF2, encryption,
// images, pdfkit's own line breaking) start only when used, and fontkit's tables for complex
// scripts are made only when read (src/render/pdf/lazy-deps.ts):
// a PDF build never compiles them, and a stand-in, once used, is the real package.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, ROOT, tempDir } from './helpers/fixtures.js'

const DEFERRED = /node_modules\/(brotli|@noble\/ciphers|linebreak|png-js)\//

function node(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('pdfkit and fontkit dependencies classpack does not use', () => {
  it('are never compiled by a PDF build, on the main thread or a rendering thread', () => {
    const record = join(tempDir(), 'compiled.txt')
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name,id\nAda Lovelace,1\nAlan Turing,2\n')
    const run = node(['--require', join(ROOT, 'tests/helpers/record-compiles.cjs'), BIN, 'build', join(ROOT, 'tests/fixtures/tiny'), '--out', tempDir(), '--format', 'pdf', '--roster', roster, '--workers', '1', '--no-cache'], { RECORD_LOADS: record })
    expect(run.code, run.stderr).toBe(0)
    const compiled = readFileSync(record, 'utf8').trim().split('\n')
    // The recorder sees pdfkit and fontkit compiled on both threads, so it would see the others.
    expect(compiled.filter((file) => file.endsWith('node_modules/pdfkit/js/pdfkit.js'))).toHaveLength(2)
    expect(compiled.filter((file) => file.endsWith('node_modules/fontkit/dist/main.cjs'))).toHaveLength(2)
    expect(compiled).toContain(join(ROOT, 'dist/bin/worker.cjs'))
    expect(compiled.filter((file) => DEFERRED.test(file))).toEqual([])
  })

  it('are the real packages once used: called, constructed or read', () => {
    // A process of its own: the stand-ins go in only before pdfkit and fontkit first load.
    const script = `
      import { createRequire } from 'node:module'
      import { brotliCompressSync } from 'node:zlib'
      import { createCipheriv } from 'node:crypto'
      const { deferred } = await import(${JSON.stringify(join(ROOT, 'dist/src/render/pdf/lazy-deps.js'))})
      const require = createRequire(import.meta.url)
      const fromPdfkit = createRequire(require.resolve('pdfkit'))
      const fromFontkit = createRequire(require.resolve('fontkit'))
      const report = { deferred: deferred.size, loadedBefore: [...deferred.values()].filter((s) => s.loaded).length }
      const text = Buffer.from('classpack '.repeat(50))
      report.brotli = Buffer.from(fromFontkit('brotli/decompress.js')(brotliCompressSync(text))).equals(text)
      const key = Buffer.alloc(16, 7), block = Buffer.alloc(16, 1)
      const ours = Buffer.from(fromPdfkit('@noble/ciphers/aes').ecb(key, { disablePadding: true }).encrypt(block))
      const node = createCipheriv('aes-128-ecb', key, null).setAutoPadding(false).update(block)
      report.aes = ours.equals(node)
      const Breaker = fromPdfkit('linebreak')
      const breaker = new Breaker('one two three')
      const breaks = []
      for (let b; (b = breaker.nextBreak()); ) breaks.push(b.position)
      report.linebreak = breaks.join(',')
      report.linebreakInstance = breaker instanceof Breaker
      report.png = typeof fromPdfkit('png-js').decode
      report.loadedAfter = [...deferred.values()].filter((s) => s.loaded).length
      report.realAfter = typeof fromPdfkit('linebreak') === 'function' && fromPdfkit('linebreak') !== Breaker
      console.log(JSON.stringify(report))
    `
    const run = node(['--input-type=module', '-e', script])
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ deferred: 4, loadedBefore: 0, brotli: true, aes: true, linebreak: '4,8,13', linebreakInstance: true, png: 'function', loadedAfter: 4, realAfter: true })
  })

  it('leave fontkit’s shaper tables unmade until text in their scripts is shaped, and then shape as fontkit does', () => {
    // Each process shapes Latin, then Arabic and Devanagari, and prints the glyphs and
    // positions; one with the stand-ins, one without (fontkit as it comes).
    const shaping = (deferred: boolean): string => `
      import { createRequire } from 'node:module'
      import { readFileSync } from 'node:fs'
      const lazy = ${deferred} ? await import(${JSON.stringify(join(ROOT, 'dist/src/render/pdf/lazy-deps.js'))}) : null
      const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})
      const fontkit = require('fontkit')
      const counts = [lazy && { ...lazy.tries }]
      const face = (path) => fontkit.create(readFileSync(require.resolve(path)))
      const shaped = (font, text) => { const run = font.layout(text); return run.glyphs.map((g, i) => [g.id, run.positions[i].xAdvance, run.positions[i].xOffset, run.positions[i].yOffset]) }
      const out = [shaped(face('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), 'Typography, café')]
      counts.push(lazy && { ...lazy.tries })
      out.push(shaped(face('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'), 'محمد علي'))
      out.push(shaped(face('@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf'), 'सीता देवी क्षत्रिय'))
      counts.push(lazy && { ...lazy.tries })
      console.log(JSON.stringify({ counts, out }))
    `
    const run = (deferred: boolean): { counts: Array<{ made: number; used: number } | null>; out: unknown } => {
      const result = node(['--input-type=module', '-e', shaping(deferred)])
      expect(result.code, result.stderr).toBe(0)
      return JSON.parse(result.stdout)
    }
    const ours = run(true)
    // Four tables made as fontkit starts (unicode-properties' and the three shapers'), none decompressed;
    // Latin reads the first alone; Arabic and Devanagari read their shapers' too.
    expect(ours.counts[0]).toEqual({ made: 4, used: 0 })
    expect(ours.counts[1]).toEqual({ made: 4, used: 1 })
    expect(ours.counts[2]!.used).toBeGreaterThanOrEqual(3)
    expect(ours.out).toEqual(run(false).out)
  })
})
