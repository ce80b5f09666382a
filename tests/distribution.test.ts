// Distribution formats: which files a `--format` subset makes, the landing page's links to
// them, the pack archive, and `classpack verify` (the command: exit codes and messages).
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO, run, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build, packFiles, tryBuild, type PackRequest } from './helpers/pack.js'
import { checkModule } from '../src/index.js'
import { unzip } from './helpers/zip.js'

const EXPORTS: PackRequest = { dir: DEMO, formats: ['html', 'moodle', 'gift', 'qti', 'qti21', 'zip'] }

let pack: string
let files: Map<string, Buffer>
beforeAll(async () => {
  pack = await build(EXPORTS)
  files = packFiles(pack)
})

describe('--format', () => {
  it('makes the exports asked for, and links them from index.html', () => {
    for (const file of ['moodle.xml', 'quiz.gift.txt', 'canvas-qti.zip', 'qti21.zip']) expect(files.has(file), file).toBe(true)
    expect([...files.keys()].some((f) => f.endsWith('.pdf'))).toBe(false)
    const hrefs = readHtml(files.get('index.html')!.toString('utf8')).elements('a').map((a) => a.properties.href)
    expect(hrefs).toEqual(expect.arrayContaining(['moodle.xml', 'quiz.gift.txt', 'canvas-qti.zip', 'qti21.zip']))
  })

  it('lists on index.html only the documents it made: exports alone, or the print bundle alone, list no document there is no file of', async () => {
    for (const formats of [['moodle', 'gift'], ['print']] as const) {
      const index = readHtml(packFiles(await build({ dir: DEMO, formats: [...formats] })).get('index.html')!.toString('utf8'))
      const headings = index.headings.map((h) => h.text)
      expect(index.mainText, formats.join()).not.toMatch(/Reading copy|Seminar handout|Answer key/)
      expect(headings.includes('Documents'), formats.join()).toBe(formats[0] === 'print')
      expect(headings.includes('For students'), formats.join()).toBe(false)
    }
  })

  it('refuses a format it does not know, naming the flag', async () => {
    const result = await run(['build', DEMO, '--format', 'html,docx'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected `docx` for --format, expected')
  })
})

describe('the pack archive', () => {
  it('holds every file of the pack, manifest included, byte for byte', async () => {
    const archive = await unzip(readFileSync(`${pack}.zip`))
    expect([...archive.keys()].sort()).toEqual([...files.keys()].sort())
    for (const [path, bytes] of files) expect(archive.get(path)!.bytes.equals(bytes), path).toBe(true)
  })

  it('archives the default HTML and PDF pack when `zip` is the only format asked for', async () => {
    const out = tempDir()
    const result = await run(['build', DEMO, '--format', 'zip', '--out', out])
    expect(result.code, result.stderr).toBe(0)
    const name = DEMO.split('/').pop()!
    const built = packFiles(join(out, name))
    const archive = await unzip(readFileSync(join(out, `${name}.zip`)))
    expect([...archive.keys()].sort()).toEqual([...built.keys()].sort())
    for (const kind of ['.html', '.pdf']) expect([...archive.keys()].filter((f) => f.endsWith(kind)).length, kind).toBeGreaterThan(5)
  })

  it('is the same bytes when built again', async () => {
    const again = await build(EXPORTS)
    expect(readFileSync(`${again}.zip`).equals(readFileSync(`${pack}.zip`))).toBe(true)
  })
})

describe('classpack verify', () => {
  it('passes a fresh pack', async () => {
    const result = await run(['verify', pack])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`all ${files.size - 1} files match manifest.json`)
  })

  it('fails on one changed byte, naming the file', async () => {
    const copy = join(tempDir(), 'pack')
    cpSync(pack, copy, { recursive: true })
    const path = join(copy, 'quiz.html')
    const bytes = readFileSync(path)
    bytes[200] = bytes[200]! ^ 1
    writeFileSync(path, bytes)
    const result = await run(['verify', copy])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${path}: error: Unexpected sha256`)
    expect(result.stderr).toContain('1 of ')
  })

  it('names what the manifest does not list as what it is: a file, a link, an empty folder', async () => {
    const copy = join(tempDir(), 'pack')
    cpSync(pack, copy, { recursive: true })
    writeFileSync(join(copy, 'notes.txt'), 'mine\n')
    symlinkSync(join(copy, 'quiz.html'), join(copy, 'quiz-link.html'))
    mkdirSync(join(copy, 'empty'))
    const result = await run(['verify', copy])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${join(copy, 'notes.txt')}: error: Unexpected file that manifest.json does not list`)
    expect(result.stderr).toContain(`${join(copy, 'quiz-link.html')}: error: Unexpected symlink to \`${join(copy, 'quiz.html')}\` that manifest.json does not list`)
    expect(result.stderr).toContain(`${join(copy, 'empty')}: error: Unexpected empty folder that manifest.json does not list`)
    // Counted apart from the files it lists, which all match.
    expect(result.stderr).toContain(`${copy}: 3 files are not in manifest.json\n`)
    rmSync(join(copy, 'quiz.html'))
    expect((await run(['verify', copy])).stderr).toContain(`${copy}: 1 of ${files.size - 1} files differ from manifest.json, and 3 files are not in manifest.json\n`)
  })

  it('explains the archive given in place of the pack, naming the folder beside it', async () => {
    const result = await run(['verify', `${pack}.zip`])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`${pack}.zip: error: Unexpected file, expected a pack built by classpack: a folder, such as \`out/<module>\`; for this archive, the folder beside it, \`${pack}\`, or the folder it unzips to\n`)
  })

  it('explains a folder that is not a pack', async () => {
    const result = await run(['verify', dirname(pack)])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Unexpected folder without manifest.json, expected a pack built by classpack')
  })
})

describe('what an export cannot carry of a generated item', () => {
  it('is warned at the item\'s claim in claims.yaml, naming the item, as the lint does: the item is in no questions.yaml', async () => {
    // Multiple-select items only, more than the demo's own that can stand together: a generated
    // hedges item (two keys or more, 2 points) fills up the rest.
    // The teacher's own left out, so the item GIFT cannot mark is a generated one.
    const own = checkModule(DEMO).module!.questions.quiz.filter((q) => q.type === 'multiple').map((q) => q.id)
    const result = await tryBuild({ dir: DEMO, formats: ['gift'], overrides: { generated: ['hedges'], types: ['multiple'], exclude: own, count: 1 } })
    const warnings = result.lines.filter((l) => l.includes('[gift-points]'))
    expect(warnings).toHaveLength(1)
    const m = /claims\.yaml:(\d+):9: warning: Unexpected \d+ points for item `(gen-hedges-[^`]+)` in quiz\.gift\.txt, .* \(generated item `\2`, made by `hedges` from claim `([^`]+)`\) {2}\[gift-points\]$/.exec(warnings[0]!)
    expect(m, warnings[0]).not.toBeNull()
    const claims = readFileSync(join(DEMO, 'claims.yaml'), 'utf8').split('\n')
    expect(claims[Number(m![1]) - 1]).toBe(`  - id: ${m![3]}`)
    expect(result.lines.filter((l) => l.includes('questions.yaml') && l.includes('gen-'))).toEqual([])
  })

  // Seven items worth 2 points gave seven warnings for one cause: GIFT's one mark for all.
  it('is one warning for every item not worth 1 point, at the first, naming each', async () => {
    const result = await tryBuild({ dir: DEMO, formats: ['gift'], overrides: { generated: ['hedges'], types: ['multiple'], count: 7 } })
    const warnings = result.lines.filter((l) => l.includes('[gift-points]'))
    expect(warnings).toHaveLength(1)
    const named = [...warnings[0]!.matchAll(/`([a-z0-9-]+)` (\d+) points/g)].map(([, id, points]) => [id, Number(points)])
    const gift = readFileSync(join(result.target!, 'quiz.gift.txt'), 'utf8')
    const items = checkModule(DEMO).module!
    const worth = new Map([...items.questions.quiz, ...items.generated].map((q) => [q.id, q.points]))
    const inFile = [...gift.matchAll(/^::([^:]+)::/gm)].map(([, id]) => id!).filter((id) => worth.get(id) !== 1)
    // In the quiz's order (the file groups them by category).
    expect([...named].sort()).toEqual(inFile.map((id) => [id, worth.get(id)]).sort())
    expect(warnings[0]).toContain(`Unexpected marks other than 1 for ${inFile.length} items in quiz.gift.txt`)
    // At the first it names, in questions.yaml.
    const line = Number(/questions\.yaml:(\d+):/.exec(warnings[0]!)![1])
    expect(readFileSync(join(DEMO, 'questions.yaml'), 'utf8').split('\n').slice(0, line).reverse().find((l) => l.includes('- id:'))).toContain(String(named[0]![0]))
  })
})
