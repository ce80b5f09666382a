// The fast path changes nothing but speed: the same bytes as the straightforward path
// (every quiz filled, parsed and rendered on its own through stock pdfkit and fontkit:
// no patched writer, no custom subsetter, no shaping cache; see
// tests/pdf-internals.test.ts) whatever the number of rendering threads; and it
// streams, so memory does not grow with the roster. No timing is asserted here;
// `npm run bench` measures time and peak memory.
// Builds call the compiled library (dist/, fresh: tests/setup/global.ts compiles it),
// because rendering threads run compiled code; from the sources they are not started.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseFilled } from '../src/render/markdown.js'
import { renderPdf, type PdfOptions } from '../src/render/pdf/document.js'
import { DEMO, ROOT, run, TINY, tempDir } from './helpers/fixtures.js'
import { packFiles } from './helpers/pack.js'

const compiled = () => import(join(ROOT, 'dist/src/index.js')) as Promise<typeof import('../src/index.js')>

/** Build the demo with the compiled library; returns the pack folder. */
async function build(request: Omit<import('../src/index.js').BuildPackRequest, 'dir' | 'out'>): Promise<string> {
  const { buildPack, formatMessages } = await compiled()
  const result = await buildPack({ dir: DEMO, out: tempDir('classpack-out-'), ...request })
  expect(formatMessages(result.files).split('\n').filter((l) => l.includes(': error:'))).toEqual([])
  expect(result.target).toBeDefined()
  return result.target!
}

const HOSTILE = ["O'Brien, Seán", 'Zoë/../../x', 'Дмитрий Шостакович', '*star* _under_', '<script>x</script>', '$$ & $&', '\\back\\', 'Ñoño ¿qué?', 'Wang 王小明', 'محمد عبد الرحمن', 'अनन्या शर्मा', 'x'.repeat(90)]

/** A roster of `size` students: hostile names first, some without an id. */
function roster(size: number): string {
  const rows = Array.from({ length: size }, (_, i) => {
    const name = HOSTILE[i] ?? `Student ${['Ada', 'Bea', 'Cy', 'Dee'][i % 4]} ${i}`
    return `"${name.replace(/"/g, '""')}",${i % 7 === 3 ? '' : 5000 + i}`
  })
  const path = join(tempDir(), `roster-${size}.csv`)
  writeFileSync(path, ['name,id', ...rows].join('\n') + '\n')
  return path
}

describe('the fast path', () => {
  const request = { versions: 2, formats: new Set(['html', 'pdf', 'print'] as const), covers: true }
  let reference: Map<string, Buffer>
  let rosterPath: string
  beforeAll(async () => {
    // Every hostile name among them; `workers` starts threads whatever the roster, and the main thread renders beside them.
    rosterPath = roster(20)
    reference = packFiles(await build({ ...request, roster: rosterPath, simple: true }))
  })

  // No thread, one, and more threads than this machine's two cores, each answering out of
  // turn (the memory test below builds with two).
  it.each([0, 1, 4])('writes the same bytes as stock pdfkit and fontkit with %i rendering threads', async (workers) => {
    const files = packFiles(await build({ ...request, roster: rosterPath, workers }))
    expect([...files.keys()]).toEqual([...reference.keys()])
    expect([...files.keys()].filter((f) => f.startsWith('quiz/'))).toHaveLength(40)
    // Among them the handout, a version's quiz and key, and every student's quiz.
    for (const path of ['handout.pdf', 'quiz-A.pdf', 'answer-key-B.pdf', 'print-bundle.pdf']) expect(files.has(path), path).toBe(true)
    expect([...files.keys()].filter((f) => f.startsWith('quiz/') && f.endsWith('.pdf'))).toHaveLength(20)
    for (const [path, bytes] of reference) expect(files.get(path)!.equals(bytes), path).toBe(true)
  })

  it('takes the number of threads from CLASSPACK_WORKERS, as a build server may set it (the command)', async () => {
    const result = await run(['build', TINY, '--out', tempDir()], undefined, { CLASSPACK_WORKERS: 'many' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected `many` in CLASSPACK_WORKERS, expected a whole number from 0 to 64')
  })
})

describe('the faster pdfkit and fontkit paths (render/pdf/emit.ts, subset.ts, ttf.ts)', () => {
  // Every block kind, links, inline code, a word too long for a line, marks that pdfkit
  // positions with offsets (e + combining acute), kerned pairs (AVATAR, Ty), Cyrillic.
  const markdown = [
    '# Quiz: AVATAR, Typography, Wave',
    '',
    '::fill-in[Name]',
    '',
    'Text with *emphasis*, **strong**, `code`, a [link](https://example.org) and a [file](x.txt); cafe\u0301 Дмитрий.',
    '',
    '::::question{#q-one}',
    '**1.** Why? *Choose one answer.* (1 point)',
    '',
    ':::options',
    '::option[Because of Trump’s worldview]{letter=A}',
    '::option[Supercalifragilisticexpialidocious'.padEnd(160, 'x') + ']{letter=B}',
    ':::',
    '::::',
    '',
    '::answer-lines{lines=3}',
    '',
    ':::callout[Context]{kind=context}',
    '> A quote, inside a callout.',
    '',
    '1. first',
    '2. second',
    '   - nested',
    ':::',
    '',
    '```',
    'code\twith tabs',
    '```',
    '',
    '::page-break',
    '',
    '---',
    '',
    'Last.'
  ].join('\n')
  const options: PdfOptions = { title: 'T & <t>', author: 'A', subject: 'S', keywords: 'k', lang: 'en-GB', paper: 'letter', header: 'Header · Zoë', creationDate: new Date('2026-01-02T03:04:05Z'), outline: true }

  it('write the bytes that stock pdfkit and fontkit write', async () => {
    const fast = await renderPdf(parseFilled(markdown), options)
    const reference = await renderPdf(parseFilled(markdown), { ...options, engine: 'pdfkit' })
    expect(Buffer.from(fast).equals(Buffer.from(reference))).toBe(true)
  })
})

describe('memory', () => {
  it('holds at most a few PDFs per thread, however many students', async () => {
    const { buildPack } = await compiled()
    const { PER_THREAD } = (await import(join(ROOT, 'dist/src/pack/pipeline.js'))) as typeof import('../src/pack/pipeline.js')
    for (const workers of [0, 2]) {
      let peak = 0
      let written = 0
      const seen: number[] = []
      const result = await buildPack({
        // The smallest module: what is counted is PDFs held, not what they hold.
        dir: TINY,
        out: tempDir(),
        formats: new Set(['pdf'] as const),
        versions: 2,
        roster: roster(120),
        workers,
        onPending: (count) => {
          peak = Math.max(peak, count)
          seen.push(count)
        },
        onProgress: ({ done }) => (written = done)
      })
      expect(result.target).toBeDefined()
      expect(written).toBe(120)
      expect(peak, `${workers} threads`).toBeLessThanOrEqual(Math.max(1, workers * PER_THREAD))
      expect(seen.length).toBeGreaterThan(120)
    }
  })
})
