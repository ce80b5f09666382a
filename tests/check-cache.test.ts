// A build's checks taken from the cache (src/check-cache.ts): a rebuild whose module files and
// options are unchanged takes the module, its quiz and every message from the cache instead of
// checking again, and writes and says exactly what a build from nothing writes and says; any
// change to what the checks read checks again; a damaged cache costs only time.
// No timing is asserted here: `npm run bench` times the rebuild.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BuildResult, Format } from '../src/index.js'
import { CACHE_FOLDER } from '../src/write/cache.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { packFiles, tryBuild, type PackRequest } from './helpers/pack.js'

/** A roster of `names`, ids from 100. */
function roster(names: readonly string[]): string {
  const path = join(tempDir(), 'roster.csv')
  writeFileSync(path, ['name,id', ...names.map((n, i) => `${n},${100 + i}`)].join('\n') + '\n')
  return path
}

const CLASS = ['Ada Lovelace', 'Zoë Ng', 'Seán Ó Súilleabháin']
/** The same class, one name changed: the rebuild a teacher makes after a typo in the roster. */
const RENAMED = CLASS.map((n, i) => (i === 1 ? 'Zoë Nguyen' : n))

/** A copy of module `dir`, so a test can change its files. */
function copyOf(dir: string): string {
  const copy = join(tempDir(), dir.split('/').pop()!)
  cpSync(dir, copy, { recursive: true })
  return copy
}

type Built = BuildResult & { text: string }

/** What a build from nothing (no cache) of `request` writes and says. */
async function cold(request: PackRequest): Promise<{ files: Map<string, Buffer>; text: string }> {
  const result = await tryBuild({ ...request, cache: false }, tempDir('classpack-cold-'))
  return { files: result.target ? packFiles(result.target) : new Map(), text: result.text }
}

/** Expect `result` to have written and said what a build from nothing of `request` does. */
async function expectAsCold(result: Built, request: PackRequest): Promise<void> {
  const reference = await cold(request)
  expect(result.text).toBe(reference.text)
  const files = result.target ? packFiles(result.target) : new Map<string, Buffer>()
  expect([...files.keys()]).toEqual([...reference.files.keys()])
  for (const [path, bytes] of reference.files) expect(files.get(path)?.equals(bytes), path).toBe(true)
}

const fixture = (name: string): string => join(ROOT, 'tests/fixtures', name)

describe("a build's checks from the cache", () => {
  // The demo (PDF too); a module with many warnings and GIFT's limits, said at their lines in
  // questions.yaml (where each value was written goes with it); one whose quiz draws on generated
  // items, with cloze and ordering items (fields kept out of sight: the cloze's passage, the
  // order's sequence); a German one.
  const modules: Array<[string, string, Format[]]> = [
    ['the demo', DEMO, ['html', 'pdf', 'gift']],
    ['a module with warnings', fixture('hostile-typography'), ['html', 'gift', 'moodle', 'qti']],
    ['a quiz of generated, cloze and ordering items', fixture('deutschlandticket'), ['html', 'gift', 'moodle', 'qti21']],
    ['a German module', fixture('german'), ['html', 'moodle']]
  ]
  for (const [what, dir, formats] of modules) {
    it(`${what}: after one name changed, takes the checks from the cache, and writes and says what a build from nothing does`, async () => {
      const out = tempDir()
      const first = await tryBuild({ dir, versions: 2, formats, roster: roster(CLASS) }, out)
      expect(first.checksFromCache).toBeUndefined()
      const request: PackRequest = { dir, versions: 2, formats, roster: roster(RENAMED) }
      const again = await tryBuild(request, out)
      expect(again.checksFromCache).toBe(true)
      await expectAsCold(again, request)
    })
  }

  it('checks again when a file or an option the checks read changes, and takes them from the cache once it is as it was', async () => {
    const dir = copyOf(fixture('tram'))
    const out = tempDir()
    const request: PackRequest = { dir, versions: 2, formats: ['html'] }
    expect((await tryBuild(request, out)).checksFromCache).toBeUndefined()
    expect((await tryBuild(request, out)).checksFromCache).toBe(true)
    // Another seed selects and deals other quizzes; another language prints other words.
    for (const options of [{ seed: 99 }, { lang: 'de' }, { versions: 3 }]) {
      const changed = await tryBuild({ ...request, ...options }, out)
      expect(changed.checksFromCache, JSON.stringify(options)).toBeUndefined()
      await expectAsCold(changed, { ...request, ...options })
    }
    // A claim's quote the article no longer has: an error, said, and nothing built.
    const article = join(dir, 'article.md')
    const text = readFileSync(article, 'utf8')
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const quote = /quote: "([^"]{12,})"/.exec(claims)![1]!
    expect(text).toContain(quote)
    writeFileSync(article, text.replace(quote, quote.replace(/\w+/, 'Nobody')))
    const broken = await tryBuild(request, out)
    expect(broken.checksFromCache).toBeUndefined()
    expect(broken.lines.some((l) => l.includes('error:') && l.includes('quote-not-found'))).toBe(true)
    expect(broken.target).toBeUndefined()
    // Even a change no check notices (a comment) checks again: the key is every byte read.
    writeFileSync(article, text)
    writeFileSync(join(dir, 'claims.yaml'), `${claims}\n# checked again\n`)
    expect((await tryBuild(request, out)).checksFromCache).toBeUndefined()
    // As it was: the checks kept for those files are the ones taken.
    writeFileSync(join(dir, 'claims.yaml'), claims)
    const restored = await tryBuild(request, out)
    expect(restored.checksFromCache).toBe(true)
    await expectAsCold(restored, request)
  })

  it('checks again, and builds the same, when every entry of the cache is damaged', async () => {
    const out = tempDir()
    const request: PackRequest = { dir: fixture('lake-ice'), versions: 2, formats: ['html', 'moodle'] }
    await tryBuild(request, out)
    for (const name of readdirSync(join(out, CACHE_FOLDER))) {
      const path = join(out, CACHE_FOLDER, name)
      const bytes = readFileSync(path)
      bytes[bytes.length - 1]! ^= 0xff
      writeFileSync(path, bytes)
    }
    const again = await tryBuild(request, out)
    expect(again.checksFromCache).toBeUndefined()
    await expectAsCold(again, request)
  })

  it('--no-cache neither takes the checks from the cache nor keeps them', async () => {
    const out = tempDir()
    const request: PackRequest = { dir: fixture('tiny'), versions: 1, formats: ['html'], cache: false }
    await tryBuild(request, out)
    expect((await tryBuild(request, out)).checksFromCache).toBeUndefined()
    expect((await tryBuild({ ...request, cache: true }, out)).checksFromCache).toBeUndefined()
  })
})
