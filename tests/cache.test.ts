// The cache of rendered documents (src/pack/cache.ts, src/write/cache.ts): a rebuild takes
// every document whose inputs are unchanged from it, renders the rest, and writes the same
// bytes as a build from nothing; a change of any input renders afresh; `--no-cache`
// neither reads nor writes it; a deleted cache or a damaged entry costs only time.
// No timing is asserted here: `npm run bench` times the rebuild.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { verifyPack, type BuildResult } from '../src/index.js'
import { CACHE_FOLDER, openCache } from '../src/write/cache.js'
import { BUILTIN_TEMPLATES } from '../src/paths.js'
import { CachedDocuments } from '../src/pack/cache.js'
import type { PackPlan } from '../src/pack/plan.js'
import { studentKey } from '../src/pack/students.js'
import type { AssignedStudent } from '../src/roster/model.js'
import { DEMO, run, TINY, tempDir } from './helpers/fixtures.js'
import { packFiles, tryBuild, type PackRequest } from './helpers/pack.js'

const NAMES = ['Ada Lovelace', 'Seán Ó Súilleabháin', 'Zoë Ng', 'Дмитрий Шостакович']

/** A roster file of `names` with ids (100, 101, … unless `ids` says otherwise). */
/** A roster of `names`, ids from 100 unless `ids` gives one, and a group column when `group` is given. */
function roster(names: readonly string[], ids: Record<number, string> = {}, group?: (i: number) => string): string {
  const path = join(tempDir(), 'roster.csv')
  const row = (n: string, i: number): string => `${n},${ids[i] ?? 100 + i}${group ? `,${group(i)}` : ''}`
  writeFileSync(path, [group ? 'name,id,group' : 'name,id', ...names.map(row)].join('\n') + '\n')
  return path
}

const BASE: PackRequest = { dir: TINY, versions: 2, seed: 3, formats: ['html', 'pdf'] }

/** Build `request` into `out`; fails on errors. */
async function built(request: PackRequest, out: string): Promise<BuildResult & { target: string }> {
  const result = await tryBuild(request, out)
  expect(result.lines.filter((l) => l.includes(': error:'))).toEqual([])
  expect(result.target).toBeDefined()
  return result as BuildResult & { target: string }
}

/** The files of a build of `request` from nothing (no cache), for comparison. */
async function cold(request: PackRequest): Promise<Map<string, Buffer>> {
  return packFiles((await built({ ...request, cache: false }, tempDir('classpack-cold-'))).target)
}

function expectSame(files: Map<string, Buffer>, reference: Map<string, Buffer>): void {
  expect([...files.keys()]).toEqual([...reference.keys()])
  for (const [path, bytes] of reference) expect(files.get(path)!.equals(bytes), path).toBe(true)
}

/** Whether a cache entry is a version's quiz shape (JSON after the entry's 32-byte digest). */
const isShape = (entry: string): boolean => readFileSync(entry).subarray(32, 40).toString() === '{"tree":'

/** The shape entries of the cache in output folder `out`, sorted. */
const shapeEntries = (out: string): string[] =>
  readdirSync(join(out, CACHE_FOLDER))
    .map((name) => join(out, CACHE_FOLDER, name))
    .filter(isShape)
    .sort()

/** Files a pack renders (the rest, grading.csv and manifest.json, are made afresh every time). */
const rendered = (files: Map<string, Buffer>): string[] => [...files.keys()].filter((p) => /\.(html|pdf)$/.test(p))

describe('the cache of rendered documents', () => {
  it('after one name changed, renders that quiz alone, and writes what a build from nothing writes', async () => {
    const out = tempDir()
    const first = await built({ ...BASE, roster: roster(NAMES) }, out)
    expect(first.fromCache ?? 0).toBe(0)
    const all = rendered(packFiles(first.target))
    const shapesBefore = shapeEntries(out)
    expect(shapesBefore.length).toBeGreaterThan(0)
    const changed = { ...BASE, roster: roster(NAMES.map((n, i) => (i === 1 ? 'Seána Ó Súilleabháin' : n))) }
    const again = await built(changed, out)
    // Everything but the changed student's quiz, HTML and PDF, and the landing page, which links each student's quiz by name.
    expect(again.fromCache).toBe(all.length - 3)
    // Made from its version's kept shape: no quiz Markdown filled and parsed again, so no new shape kept.
    expect(shapeEntries(out)).toEqual(shapesBefore)
    expectSame(packFiles(again.target), await cold(changed))
    // The cache sits beside the pack, not in it: the pack is exactly what its manifest lists.
    expect(existsSync(join(out, CACHE_FOLDER))).toBe(true)
    expect(verifyPack(again.target).ok).toBe(true)
  })

  it('renders afresh what a changed input of any kind changes', async () => {
    const templates = tempDir('classpack-templates-')
    writeFileSync(join(templates, 'quiz.md.hbs'), readFileSync(join(BUILTIN_TEMPLATES, 'quiz.md.hbs'), 'utf8').replace('{{strings.intro}}', '{{strings.intro}} Good luck.'))
    const module = join(tempDir(), 'tiny')
    cpSync(TINY, module, { recursive: true })
    // With the print bundle, which holds every student's quiz.
    const base: PackRequest = { ...BASE, formats: ['html', 'pdf', 'print'], dir: module, roster: roster(NAMES) }
    const kinds: Array<[string, PackRequest, () => void, (files: string[]) => number]> = [
      // Module files: a question's stem is in both versions' quizzes, keys and every student's quiz, not in the reading copies, handouts, discussion or landing page (students' or teacher's).
      ['a module file', base, () => writeFileSync(join(module, 'questions.yaml'), readFileSync(join(TINY, 'questions.yaml'), 'utf8').replace(/stem: "?([^\n"]+)/, 'stem: $1 Really')), (f) => f.filter((p) => /^(article|handout|discussion|index)/.test(p)).length],
      // A template: every quiz and so the print bundle, not the keys, handout, discussion or landing page.
      ['a template', { ...base, templates }, () => {}, (f) => f.filter((p) => !/quiz|print/.test(p)).length],
      // An option: the paper changes every PDF, and every page (printed from the browser, it asks for that paper).
      ['an option', { ...base, templates, paper: 'letter' }, () => {}, () => 0],
      // A roster row: one student's id, that quiz alone, and the print bundle that holds it.
      ['a roster row', { ...base, templates, paper: 'letter', roster: roster(NAMES, { 3: '999' }) }, () => {}, (f) => f.length - 3],
      // Groups, printed as each student's class: every quiz (a class line each), then one student moved to a class
      // of their own, last in the roster as in the dealing of versions, so only their quiz and the bundle change.
      ['a roster\'s groups', { ...base, templates, paper: 'letter', roster: roster(NAMES, { 3: '999' }, () => '9b') }, () => {}, (f) => f.filter((p) => !/quiz\/|print/.test(p)).length],
      ['a student\'s group', { ...base, templates, paper: 'letter', roster: roster(NAMES, { 3: '999' }, (i) => (i === NAMES.length - 1 ? '9c' : '9b')) }, () => {}, (f) => f.length - 3]
    ]
    const out = tempDir()
    await built(base, out)
    for (const [kind, request, change, expected] of kinds) {
      change()
      const result = await built(request, out)
      const files = packFiles(result.target)
      expect(result.fromCache ?? 0, kind).toBe(expected(rendered(files)))
      expectSame(files, await cold(request))
    }
  })

  it('is neither read nor written with --no-cache', async () => {
    const out = tempDir()
    const command = (...flags: string[]) => run(['build', TINY, '--out', out, '--format', 'html,pdf', ...flags])
    expect((await command('--no-cache')).code).toBe(0)
    expect(existsSync(join(out, CACHE_FOLDER))).toBe(false)
    expect((await command()).stdout).not.toMatch(/from the cache/)
    expect(readdirSync(join(out, CACHE_FOLDER)).length).toBeGreaterThan(0)
    expect((await command()).stdout).toMatch(/\(\d+ files, \d+ KB, \d+ from the cache\)/)
    expect((await command('--no-cache')).stdout).not.toMatch(/from the cache/)
    // The library likewise.
    await built(BASE, out)
    expect((await built(BASE, out)).fromCache).toBeGreaterThan(0)
    expect((await built({ ...BASE, cache: false }, out)).fromCache ?? 0).toBe(0)
  })

  it('costs only time when deleted or damaged: a damaged entry is ignored and replaced', async () => {
    const out = tempDir()
    const request = { ...BASE, roster: roster(NAMES) }
    const reference = await cold(request)
    const all = rendered(reference).length
    await built(request, out)
    rmSync(join(out, CACHE_FOLDER), { recursive: true })
    const afresh = await built(request, out)
    expect(afresh.fromCache ?? 0).toBe(0)
    expectSame(packFiles(afresh.target), reference)
    // One entry per document, the versions' fit (a few bytes of JSON: the smallest), each
    // version's quiz shape (JSON: students' quizzes are made from it), the module's checks
    // (src/check-cache.ts: v8's serialization, from its version byte), and the digests of the
    // pack's files as written (JSON keyed by their paths: guard.ts).
    const allEntries = readdirSync(join(out, CACHE_FOLDER))
      .map((name) => join(out, CACHE_FOLDER, name))
      .sort((a, b) => statSync(b).size - statSync(a).size)
    const shapes = allEntries.filter(isShape)
    expect(shapes.length).toBeGreaterThan(0)
    const checks = allEntries.filter((entry) => readFileSync(entry)[32] === 0xff)
    expect(checks).toHaveLength(1)
    const digests = allEntries.filter((entry) => readFileSync(entry).subarray(32).toString().startsWith(`{${JSON.stringify(`${afresh.target}/`).slice(0, -1)}`))
    expect(digests).toHaveLength(1)
    expect(allEntries).toHaveLength(all + 1 + shapes.length + 1 + 1)
    const entries = allEntries.filter((entry) => !checks.includes(entry) && !digests.includes(entry))
    // One document's entry with a byte changed, one cut short, one emptied.
    const [flipped, cut, emptied] = entries as [string, string, string]
    const bytes = readFileSync(flipped)
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff
    writeFileSync(flipped, bytes)
    writeFileSync(cut, readFileSync(cut).subarray(0, 40))
    writeFileSync(emptied, '')
    const damaged = await built(request, out)
    expect(damaged.fromCache).toBe(all - 3)
    expectSame(packFiles(damaged.target), reference)
    // The damaged entries were replaced by the renders.
    expect((await built(request, out)).fromCache).toBe(all)
  })

  it('never serves a pack in one language from a build in another (--lang)', async () => {
    const out = tempDir()
    const english = { ...BASE, roster: roster(NAMES) }
    const first = packFiles((await built(english, out)).target)
    const german = { ...english, lang: 'de' }
    const result = await built(german, out)
    const files = packFiles(result.target)
    expectSame(files, await cold(german))
    // Only a document whose bytes are the same in both languages could have come from the cache.
    const same = rendered(files).filter((p) => first.get(p)?.equals(files.get(p)!)).length
    expect(rendered(files).length - same).toBeGreaterThan(0)
    expect(result.fromCache ?? 0).toBeLessThanOrEqual(same)
    // And back: the English pack is in the cache still, whole.
    const back = await built(english, out)
    expect(back.fromCache).toBe(rendered(first).length)
    expectSame(packFiles(back.target), first)
  })

  it("keeps each version's squeeze (versions set tighter to be the same length) with its documents", async () => {
    // The demo's full set in two versions, seed 1, sets them tighter (0.75 and 0.5) to
    // end on the same page; the seminar set needs no squeeze. A rebuild takes the fit
    // and every document from the cache and writes what a build from nothing writes; a
    // different set renders afresh.
    const out = tempDir()
    const full: PackRequest = { dir: DEMO, versions: 2, seed: 1, set: 'full', formats: ['pdf'], roster: roster(NAMES) }
    const all = rendered(packFiles((await built(full, out)).target)).length
    const again = await built(full, out)
    expect(again.fromCache).toBe(all)
    expectSame(packFiles(again.target), await cold(full))
    const seminar = { ...full, set: 'seminar' }
    const other = await built(seminar, out)
    expectSame(packFiles(other.target), await cold(seminar))
  })

  it("keys a student's quiz by their version's squeeze", () => {
    const puts: string[] = []
    const store = { get: () => undefined, has: () => false, put: (key: string) => void puts.push(key) }
    const docs = new CachedDocuments(store, { templates: new Map(), partials: new Map(), css: '' }, {})
    const plan = { versions: [{ quiz: { title: 'Quiz' }, cover: null }], pdf: { lang: 'en', paper: 'a4' } } as unknown as PackPlan
    const student = { name: 'Ada', id: '1', version: 0, base: 'quiz/01-ada', line: 2 } as AssignedStudent
    const meta = { base: 'quiz/01-ada', template: 'quiz.md.hbs', title: 'Quiz: Ada', subject: '', kind: 'quiz', outline: true, who: 'Ada' }
    const key = (squeezes: number[]) => studentKey(docs, plan, 'pdf', student, meta, squeezes)
    expect(key([1])).toBe(key([1]))
    expect(key([0.75])).not.toBe(key([1]))
    expect(key([0.5])).not.toBe(key([0.75]))
    // The HTML quiz is not squeezed: one key whatever the squeeze.
    expect(studentKey(docs, plan, 'html', student, meta, [0.5])).toBe(studentKey(docs, plan, 'html', student, meta, [1]))
  })

  it('never serves an entry made by other code, another version or other fonts', () => {
    const dir = join(tempDir(), CACHE_FOLDER)
    const bytes = new TextEncoder().encode('%PDF-1.7 …')
    const one = openCache(dir, 'classpack 0.1.0, its code, its fonts')
    one.put('key', bytes)
    const same = (found: Uint8Array | undefined) => found !== undefined && Buffer.from(found).equals(bytes)
    expect(same(one.get('key'))).toBe(true)
    expect(same(openCache(dir, 'classpack 0.1.0, its code, its fonts').get('key'))).toBe(true)
    expect(openCache(dir, 'classpack 0.1.1, its code, its fonts').get('key')).toBeUndefined()
    expect(openCache(dir, 'classpack 0.1.0, its code, other fonts').get('key')).toBeUndefined()
  })
})
