
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { buildPack, formatMessages, renumberModule, verifyPack, type BuildResult } from '../src/index.js'
import { recover, writePack, type WriteStep } from '../src/write.js'
import { CACHE_FOLDER } from '../src/write/cache.js'
import { BIN, CLI, ROOT, run, runInstalled, tempDir } from './helpers/fixtures.js'
import { checkPack, packDigests, rememberDigests } from '../src/guard.js'
import { plant, tree } from './helpers/tree.js'

// A small module, so that the many builds here stay quick.
const TINY = join(ROOT, 'tests/fixtures/unit-7')
const NAME = 'unit-7'
const HTML = new Set(['html'] as const)

/** A copy of the small module at `root/path`. */
function moduleAt(root: string, path: string): string {
  cpSync(TINY, join(root, path), { recursive: true })
  return join(root, path)
}

/** The messages of a build that must have been refused. */
function refusedWith(result: BuildResult): string {
  expect(result.target).toBeUndefined()
  return formatMessages(result.files)
}

/** Which pack `dir` holds, whole: its manifest compared with the earlier and the new one's. */
function whichPack(dir: string, earlier: string, next: string): 'earlier' | 'new' {
  expect(verifyPack(dir).ok, dir).toBe(true)
  const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8')
  if (manifest === earlier) return 'earlier'
  expect(manifest).toBe(next)
  return 'new'
}

describe('the three cases of issue 10 end in exit 1, every byte still there', () => {
  it('`build source/<module> --out source` leaves the module alone', async () => {
    const root = tempDir()
    moduleAt(root, `source/${NAME}`)
    const before = tree(root)
    const r = await run(['build', `source/${NAME}`, '--out', 'source'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`source/${NAME}: error: Unexpected pack folder that is the module \`source/${NAME}\`, expected a folder apart from the inputs: a build replaces its pack folder wholesale, so classpack will not write there; choose another --out (the default is \`out\`)  [out-protected]`)
    expect(r.stdout).not.toContain('wrote')
    expect(tree(root)).toEqual(before)
  })

  it('`--out mine` where mine/<module>/ holds notes.txt names the file, and builds once it is moved out', async () => {
    const root = tempDir()
    moduleAt(root, `source/${NAME}`)
    expect((await run(['build', `source/${NAME}`, '--out', 'mine', '--format', 'html'], root)).code).toBe(0)
    plant(root, { [`mine/${NAME}/notes.txt`]: 'Ask about the 1994 memorandum.\n', 'mine/beside.txt': 'mine\n' })
    const before = tree(root)
    const r = await run(['build', `source/${NAME}`, '--out', 'mine', '--format', 'html'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`mine/${NAME}/notes.txt: error: Unexpected file that classpack did not write in the pack \`mine/${NAME}\`, expected only the files its manifest.json lists: a rebuild replaces the pack folder wholesale, so classpack stops rather than delete it; move it out of the pack (or delete it) and build again  [out-teacher-file]`)
    expect(r.stderr).toContain(`${NAME}: nothing written; mine/ is unchanged`)
    expect(tree(root)).toEqual(before)
    // A file given as --out is named as the file it is; a folder given with its slash gets one.
    plant(root, { afile: 'mine\n' })
    expect((await run(['build', `source/${NAME}`, '--out', 'afile', '--format', 'html'], root)).stderr).toContain(`${NAME}: nothing written; afile is unchanged`)
    expect((await run(['build', `source/${NAME}`, '--out', 'mine/', '--format', 'html'], root)).stderr).toContain(`${NAME}: nothing written; mine/ is unchanged`)
    // What the message says to do works.
    renameSync(join(root, `mine/${NAME}/notes.txt`), join(root, 'mine/notes.txt'))
    expect((await run(['build', `source/${NAME}`, '--out', 'mine', '--format', 'html'], root)).code).toBe(0)
    expect(readFileSync(join(root, 'mine/notes.txt'), 'utf8')).toBe('Ask about the 1994 memorandum.\n')
  })

  it('a file of the pack edited since it was written is named and kept, by a later process too, which knows the pack from its cache', () => {
    const root = tempDir()
    moduleAt(root, `source/${NAME}`)
    const build = () => runInstalled(['build', `source/${NAME}`, '--out', 'mine', '--format', 'html'], root)
    expect(build().code).toBe(0)
    // A second process finds the pack as the first wrote it, and replaces it.
    expect(build().code).toBe(0)
    const page = join(root, `mine/${NAME}/index.html`)
    // An edit of the same length, its time set back as it was: only the file's ctime tells.
    const { atime, mtime } = statSync(page)
    const edited = readFileSync(page, 'utf8').replace('<html', '<HTML')
    writeFileSync(page, edited)
    utimesSync(page, atime, mtime)
    const r = build()
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`mine/${NAME}/index.html: error: Unexpected changes to a file of the pack \`mine/${NAME}\` (its sha256 differs from manifest.json), expected the file as classpack wrote it`)
    expect(readFileSync(page, 'utf8')).toBe(edited)
  })

  it("takes a file's digest from an earlier process only while its place and lstat are the same", async () => {
    const root = tempDir()
    moduleAt(root, `source/${NAME}`)
    expect((await run(['build', `source/${NAME}`, '--out', 'mine', '--format', 'html'], root)).code).toBe(0)
    const pack = join(root, `mine/${NAME}`)
    const known = packDigests(pack)!
    const listed = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { files: Array<{ path: string }> }
    expect(Object.keys(known)).toHaveLength(listed.files.length)
    // Told that index.html was written with other bytes, the check believes it, unread...
    const wrong = Object.fromEntries(Object.entries(known).map(([key, sha]) => [key, key.startsWith(`${join(pack, 'index.html')}\0`) ? '0'.repeat(64) : sha]))
    rememberDigests(JSON.stringify(wrong))
    expect(checkPack(pack).map((p) => [p.path, p.ruleId])).toEqual([[join(pack, 'index.html'), 'out-changed-file']])
    // ...until the file is touched: then it is read, and found as written.
    utimesSync(join(pack, 'index.html'), new Date(), new Date())
    expect(checkPack(pack)).toEqual([])
    // What is not JSON, or not digests, is ignored.
    rememberDigests('{')
    rememberDigests('[1,2]')
    expect(checkPack(pack)).toEqual([])
  })

  it('`--out .` where a folder named like the module holds other files', async () => {
    const root = tempDir()
    moduleAt(root, `modules/${NAME}`)
    plant(root, { [`${NAME}/draft.md`]: '# my draft\n', [`${NAME}/img/map.png`]: 'PNG' })
    const before = tree(root)
    const r = await run(['build', `modules/${NAME}`, '--out', '.'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${NAME}: error: Unexpected folder without classpack's manifest.json where the pack folder goes, expected a pack folder classpack wrote, or nothing: a build replaces that folder wholesale and classpack did not make this one, so it leaves it alone; choose another --out, or move or delete it yourself  [out-not-a-pack]`)
    expect(tree(root)).toEqual(before)
  })

  it('`build src/src --out .` from a folder whose src/ holds other files', async () => {
    const root = tempDir()
    moduleAt(root, 'src/src')
    plant(root, { 'src/index.ts': 'export {}\n', 'src/lib/a.ts': 'export const a = 1\n' })
    const before = tree(root)
    const r = await run(['build', 'src/src', '--out', '.'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('src: error: Unexpected pack folder that holds the module `src/src`')
    expect(tree(root)).toEqual(before)
  })
})

describe('refused places, each with a message and nothing touched', () => {
  it('a file, a link or a folder of links where the pack goes; a link in the --out path', async () => {
    const root = tempDir()
    plant(root, { [`a/${NAME}`]: 'a file\n', 'real/x.txt': 'x\n' })
    mkdirSync(join(root, 'b'))
    symlinkSync(join(root, 'real'), join(root, `b/${NAME}`))
    symlinkSync(join(root, 'real'), join(root, 'c'))
    const before = tree(root)
    const build = (out: string) => buildPack({ dir: TINY, out: join(root, out), formats: HTML })
    expect(refusedWith(await build('a'))).toContain(`${join(root, 'a', NAME)}: error: Unexpected file where the pack folder goes, expected a pack folder classpack wrote, or nothing: classpack did not make it, so it leaves it alone; choose another --out, or move or delete it yourself  [out-not-a-pack]`)
    expect(refusedWith(await build('b'))).toContain(`${join(root, 'b', NAME)}: error: Unexpected symlink to \`${join(root, 'real')}\` where the pack folder goes, expected a folder: classpack does not write through links`)
    expect(refusedWith(await build('c'))).toContain(`${join(root, 'c')}: error: Unexpected symlink to \`${join(root, 'real')}\` in the path of --out, expected a folder: classpack does not write through links, so it leaves this one alone; pass the real folder (\`--out ${join(root, 'real')}\`) or choose another  [out-symlink]`)
    expect(refusedWith(await build(`a/${NAME}`))).toContain(`${join(root, 'a', NAME)}: error: Unexpected file in the path of --out, expected a folder: choose another --out  [out-not-a-folder]`)
    expect(tree(root)).toEqual(before)
  })

  // "pass the real folder" named the link's target alone (`--out a/link/b` was `/real`, `--into
  // a/link/m` was `/real`), and a module a link leads to, which the next run then refused.
  it('a link in the path: the real folder to pass is the whole --out or --into, and only one that may be written', async () => {
    const root = tempDir()
    const module = moduleAt(root, `m/${NAME}`)
    plant(root, { 'real/b/keep.txt': 'x\n', 'article.txt': 'A first paragraph of the article.\n\nA second paragraph of it.\n' })
    mkdirSync(join(root, 'a'))
    symlinkSync(join(root, 'real'), join(root, 'a/link'))
    symlinkSync(module, join(root, 'to-module'))
    const before = tree(root)
    const deep = await run(['build', `m/${NAME}`, '--out', 'a/link/b'], root)
    expect(deep.code).toBe(1)
    expect(deep.stderr).toContain(`a/link: error: Unexpected symlink to \`${join(root, 'real')}\` in the path of --out, expected a folder: classpack does not write through links, so it leaves this one alone; pass the real folder (\`--out ${join(root, 'real/b')}\`) or choose another  [out-symlink]`)
    const into = await run(['init', 'article.txt', '--into', 'a/link/m'], root)
    expect(into.code).toBe(1)
    expect(into.stderr).toContain(`pass the real folder (\`--into ${join(root, 'real/m')}\`) or choose another  [out-symlink]`)
    const toModule = await run(['build', `m/${NAME}`, '--out', 'to-module'], root)
    expect(toModule.code).toBe(1)
    expect(toModule.stderr).toContain(`to-module: error: Unexpected symlink to \`${module}\` in the path of --out, expected a folder: classpack does not write through links, so it leaves this one alone; delete the link yourself or choose another --out  [out-symlink]`)
    expect(tree(root)).toEqual(before)
  })

  it('a pack folder inside a module, or that is the --templates folder', async () => {
    const root = tempDir()
    const module = moduleAt(root, `m/${NAME}`)
    mkdirSync(join(root, `t/${NAME}`), { recursive: true })
    const before = tree(root)
    expect(refusedWith(await buildPack({ dir: module, out: join(module, 'out'), formats: HTML }))).toContain(`error: Unexpected pack folder inside the module \`${module}\``)
    expect(refusedWith(await buildPack({ dir: module, out: join(root, 't'), templates: join(root, `t/${NAME}`), formats: HTML }))).toContain(`error: Unexpected pack folder that is the --templates folder \`${join(root, `t/${NAME}`)}\``)
    expect(tree(root)).toEqual(before)
  })

  it("classpack's built-in templates", async () => {
    const root = tempDir()
    // A module named `templates`, built into classpack's own folder: its target is the built-in templates.
    const module = moduleAt(root, 'templates')
    const before = tree(join(ROOT, 'templates'))
    // Were the guard to let this through, the throw stops the writer before it moves anything.
    const stop = (step: WriteStep) => {
      throw new Error(`reached ${step}`)
    }
    expect(refusedWith(await buildPack({ dir: module, out: ROOT, formats: HTML, onWriteStep: stop }))).toContain("error: Unexpected pack folder that is classpack's built-in templates")
    expect(tree(join(ROOT, 'templates'))).toEqual(before)
  })

  it('the current folder, or a folder that holds it', async () => {
    const root = tempDir()
    moduleAt(root, `m/${NAME}`)
    mkdirSync(join(root, `w/${NAME}/deep`), { recursive: true })
    const before = tree(root)
    const here = await run(['build', join(root, `m/${NAME}`), '--out', '..'], join(root, `w/${NAME}`))
    expect(here.code).toBe(1)
    expect(here.stderr).toContain('error: Unexpected pack folder that is the current folder, expected a folder below it')
    const above = await run(['build', join(root, `m/${NAME}`), '--out', '../..'], join(root, `w/${NAME}/deep`))
    expect(above.code).toBe(1)
    expect(above.stderr).toContain('error: Unexpected pack folder that holds the current folder')
    expect(tree(root)).toEqual(before)
  })

  it('a zip classpack did not write where the archive goes', async () => {
    const root = tempDir()
    plant(root, { [`out/${NAME}.zip`]: 'PK\u0003\u0004 my own archive\n' })
    const before = tree(root)
    expect(refusedWith(await buildPack({ dir: TINY, out: join(root, 'out'), formats: new Set(['html', 'zip']) }))).toContain(`${join(root, 'out', NAME)}.zip: error: Unexpected file that classpack did not write where the pack's archive goes, expected a zip classpack wrote, or nothing: classpack leaves it alone; choose another --out, or move or delete it yourself  [out-not-a-pack]`)
    expect(tree(root)).toEqual(before)
  })

  it('several modules in one run: every refused target is reported, the others built', async () => {
    const root = tempDir()
    moduleAt(root, 'source/one')
    moduleAt(root, 'source/two')
    moduleAt(root, 'source/four')
    // A module of the same run lies where `four`'s pack would go.
    moduleAt(root, 'out/four/five')
    plant(root, { 'out/one/notes.txt': 'one\n' })
    const before = tree(root)
    const r = await run(['build', 'source/one', 'source/two', 'source/four', 'out/four/five', '--out', 'out', '--format', 'html'], root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("out/one: error: Unexpected folder without classpack's manifest.json where the pack folder goes")
    expect(r.stderr).toContain('out/four: error: Unexpected pack folder that holds the module `out/four/five`')
    expect(r.stdout).toContain('source/two: wrote out/two/')
    expect(r.stdout).toContain('out/four/five: wrote out/five/')
    // Each refused module names its own pack folder as unchanged, not the output folder others wrote in.
    expect(r.stderr).toContain('source/one: nothing written; out/one/ is unchanged')
    expect(r.stderr).toContain('source/four: nothing written; out/four/ is unchanged')
    expect(r.stderr).not.toContain('nothing written; out/ is unchanged')
    expect(verifyPack(join(root, 'out/two')).ok).toBe(true)
    const after = tree(root)
    for (const [path, entry] of before) expect(after.get(path), path).toBe(entry)
  })
})

describe('a pack classpack made is still replaced, atomically', () => {
  it('the earlier pack stays whole until the swap, then the new one is whole; files beside it stay', async () => {
    const root = tempDir()
    const out = join(root, 'out')
    const target = join(out, NAME)
    const formats = new Set(['html', 'zip'] as const)
    expect((await buildPack({ dir: TINY, out, formats, versions: 3, seed: 1 })).target).toBe(target)
    const earlier = readFileSync(join(target, 'manifest.json'), 'utf8')
    const earlierZip = readFileSync(`${target}.zip`)
    plant(root, { 'out/notes.txt': 'beside\n', 'other/x.txt': 'around\n' })
    // The teacher's files; not the cache of rendered documents either, which the build keeps (below).
    const user = [...tree(root)].filter(([path]) => !path.startsWith(join('out', NAME)) && !path.startsWith(join('out', CACHE_FOLDER)))
    const seen: Array<[WriteStep, string]> = []
    const result = await buildPack({
      dir: TINY,
      out,
      formats,
      seed: 2,
      onWriteStep: (step) => {
        if (step === 'staged' || step === 'swapped') seen.push([step, readFileSync(join(target, 'manifest.json'), 'utf8')])
      }
    })
    expect(result.target).toBe(target)
    expect(seen.map(([step]) => step)).toEqual(['staged', 'swapped'])
    expect(seen[0]![1]).toBe(earlier)
    expect(whichPack(target, earlier, seen[1]![1])).toBe('new')
    // Versions B and C are gone with the earlier pack: replaced, not merged.
    expect(existsSync(join(target, 'quiz-b.html'))).toBe(false)
    // The archive classpack wrote is replaced too.
    expect(readFileSync(`${target}.zip`).equals(earlierZip)).toBe(false)
    const after = tree(root)
    for (const [path, entry] of user) expect(after.get(path), path).toBe(entry)
    // The cache of rendered documents lives beside the packs, and is no debris.
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([CACHE_FOLDER])
  })
})

describe('a pack folder the system will not let classpack empty', () => {
  // Read-only for this user: chmod for anyone else; root passes chmod by, so for root the
  // folder is made immutable (chattr +i), which the system holds against root too.
  const root = process.getuid?.() === 0
  const lock = (folder: string, on: boolean): void => {
    if (!root) return chmodSync(folder, on ? 0o555 : 0o755)
    const done = spawnSync('chattr', [on ? '+i' : '-i', folder], { encoding: 'utf8' })
    if (done.status !== 0) throw new Error(`chattr ${on ? '+i' : '-i'} ${folder}: ${done.stderr || done.error?.message}`)
  }

  it('is refused before anything moves: the earlier pack stays whole and nothing is left beside it', async () => {
    const dir = tempDir('read-only-pack-')
    const module = moduleAt(dir, NAME)
    const out = join(dir, 'out')
    expect((await buildPack({ dir: module, out, formats: HTML })).target).toBeDefined()
    const pack = join(out, NAME)
    const earlier = tree(out)
    // The new pack differs from the old: a teacher edited the module since.
    writeFileSync(join(module, 'article.md'), `${readFileSync(join(module, 'article.md'), 'utf8')}\nOne more paragraph, added since.\n`)
    // And recorded its numbering (paragraphs.lock), so the refusal is all the build says.
    expect(renumberModule(module).ok).toBe(true)
    lock(pack, true)
    let said: string
    try {
      said = refusedWith(await buildPack({ dir: module, out, formats: HTML }))
    } finally {
      lock(pack, false)
    }
    // Once it had moved the old pack aside, the new one went in but the old stayed beside it,
    // reported as "the earlier pack is unchanged", and every later build failed on it.
    expect(said).toBe(`${pack}: error: Unexpected read-only folder as the pack \`${pack}\` (permission denied), expected a folder classpack may write: a rebuild removes the earlier pack's files; make it writable (\`chmod -R u+w\`) or choose another --out  [out-read-only]`)
    expect(tree(out)).toEqual(earlier)
    // Writable again, it builds.
    expect((await buildPack({ dir: module, out, formats: HTML })).target).toBeDefined()
    expect(readdirSync(out).filter((name) => /^\.classpack-(staging|old)-/.test(name))).toEqual([])
  })
})

describe('property: a build writes its pack or refuses, and never removes or changes a user file', () => {
  const places = ['inside', 'inside-deep', 'beside', 'around', 'archive', 'at-target', 'target-link'] as const
  const names = ['notes.txt', 'index.html', 'manifest.json', 'quiz.html', 'a', 'Read me.md']
  let earlierPack: string
  let earlierTree: Map<string, string>

  beforeAll(async () => {
    earlierPack = tempDir()
    await buildPack({ dir: TINY, out: earlierPack, formats: new Set(['html', 'zip']), seed: 9 })
    earlierTree = tree(earlierPack)
  })

  it('for random trees of user files around, inside and beside the target', async () => {
    const outcomes = { written: 0, refused: 0 }
    const userFile = fc.record({ where: fc.constantFrom(...places), name: fc.constantFrom(...names), text: fc.string({ maxLength: 40 }) })
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          out: fc.constantFrom('out', 'out/a/b', '.', 'mods', `mods/${NAME}`),
          earlier: fc.boolean(),
          zip: fc.boolean(),
          files: fc.array(userFile, { maxLength: 4 })
        }),
        async ({ out, earlier, zip, files }) => {
          const root = tempDir()
          const module = moduleAt(root, `mods/${NAME}`)
          const outDir = join(root, out)
          const target = join(outDir, NAME)
          const protectedOut = out.startsWith('mods')
          if (earlier && !protectedOut) {
            cpSync(join(earlierPack, NAME), target, { recursive: true })
            cpSync(join(earlierPack, `${NAME}.zip`), `${target}.zip`)
          }
          for (const { where, name, text } of files) {
            const path = {
              inside: join(target, name),
              'inside-deep': join(target, 'mine', name),
              beside: join(outDir, name),
              around: join(root, 'elsewhere', name),
              archive: `${target}.zip`,
              'at-target': target,
              'target-link': target
            }[where]
            try {
              mkdirSync(join(path, '..'), { recursive: true })
              if (where === 'target-link') {
                if (!existsSync(path)) symlinkSync(join(root, 'elsewhere'), path)
              } else if (where === 'at-target' && existsSync(path)) continue
              else writeFileSync(path, text)
            } catch {
              // A place taken by an earlier file of the tree (a file where a folder would go): skip.
            }
          }
          const before = tree(root)
          // Classpack's: the pack folder and (when zipped) the archive. Refused exactly when
          // something there differs from the earlier pack classpack wrote. Unzipped, an
          // archive classpack wrote is removed (it holds the earlier pack); any other is kept.
          const ourZip = (path: string) => earlierTree.get(relative(outDir, join(root, path))) === before.get(path)
          const replaced = (path: string) => {
            const rel = relative(outDir, join(root, path))
            return rel === NAME || rel.startsWith(NAME + '/') || (rel === `${NAME}.zip` && (zip || ourZip(path)))
          }
          const foreign = [...before].some(([path, entry]) => replaced(path) && earlierTree.get(relative(outDir, join(root, path))) !== entry)
          const result = await buildPack({ dir: module, out: outDir, formats: new Set(zip ? ['html', 'zip'] : ['html']), seed: 3 })
          const after = tree(root)
          if (protectedOut || foreign) {
            outcomes.refused++
            expect(result.target).toBeUndefined()
            expect(formatMessages(result.files)).toMatch(/error: Unexpected .*\[out-[a-z-]+\]/)
            expect(after).toEqual(before)
          } else {
            outcomes.written++
            // Warnings (the item-writing lint's, say) are fine; no error stops the build.
            expect(formatMessages(result.files)).not.toMatch(/: error:/)
            expect(result.target).toBe(target)
            expect(verifyPack(target).ok).toBe(true)
            for (const [path, entry] of before) if (!replaced(path)) expect(after.get(path), path).toBe(entry)
            if (!zip) expect(existsSync(`${target}.zip`) && ourZip(relative(root, `${target}.zip`)), 'the earlier pack\'s archive, left beside the new pack').toBe(false)
          }
        }
      ),
      { numRuns: 25, seed: 10 }
    )
    // Both ends are reached: the property is not passing on refusals alone.
    expect(outcomes.written).toBeGreaterThan(3)
    expect(outcomes.refused).toBeGreaterThan(3)
  })
})

describe('a build without zip after one with it', () => {
  // The earlier archive stayed beside the new folder, passing for this pack with the old quizzes in it.
  it("removes the earlier pack's archive and says so; a zip classpack did not write stays", async () => {
    const out = join(tempDir(), 'out')
    await buildPack({ dir: TINY, out, formats: new Set(['html', 'zip']), seed: 1 })
    const result = await buildPack({ dir: TINY, out, formats: HTML, seed: 2 })
    expect(result.target).toBe(join(out, NAME))
    expect(result.retiredArchive).toBe(`${join(out, NAME)}.zip`)
    expect(existsSync(`${join(out, NAME)}.zip`)).toBe(false)
    writeFileSync(`${join(out, NAME)}.zip`, 'PK\u0003\u0004 my own archive\n')
    const again = await buildPack({ dir: TINY, out, formats: HTML, seed: 2 })
    expect(again.retiredArchive).toBeUndefined()
    expect(readFileSync(`${join(out, NAME)}.zip`, 'utf8')).toBe('PK\u0003\u0004 my own archive\n')
  })
})

describe('two builds at once', () => {
  it("leaves a running build's staging folder alone, and a build whose staging folder is removed fails rather than swap in part of a pack", async () => {
    // A second build (the studio's Build while a terminal's ran) took the first's staging
    // folder for a killed run's debris and removed it; the first re-made it file by file and
    // swapped in a pack without the 7 files staged before, manifest listing them, exit 0.
    const root = tempDir()
    const out = join(root, 'out')
    await buildPack({ dir: TINY, out, formats: HTML, seed: 1 })
    const earlier = readFileSync(join(out, NAME, 'manifest.json'), 'utf8')
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      const theirs = join(out, `.classpack-staging-${NAME}-${alive.pid}`)
      mkdirSync(theirs)
      writeFileSync(join(theirs, 'handout.html'), 'staged by the other build')
      expect((await buildPack({ dir: TINY, out, formats: HTML, seed: 2 })).target).toBe(join(out, NAME))
      expect(readFileSync(join(theirs, 'handout.html'), 'utf8')).toBe('staged by the other build')
    } finally {
      alive.kill('SIGKILL')
      await new Promise((r) => alive.on('exit', r))
    }
    // Once that process has ended, its folder is debris, and the next run clears it.
    recover(join(out, NAME))
    expect(readdirSync(out).filter((n) => n.startsWith('.classpack-staging-'))).toEqual([])
    // Removed under a build: the build fails, and the pack in place stays whole.
    const before = readFileSync(join(out, NAME, 'manifest.json'), 'utf8')
    expect(before).not.toBe(earlier)
    async function* files() {
      yield { path: 'a.html', bytes: new Uint8Array([1]) }
      rmSync(join(out, `.classpack-staging-${NAME}-${process.pid}`), { recursive: true })
      yield { path: 'quiz/b.html', bytes: new Uint8Array([2]) }
    }
    await expect(writePack(join(out, NAME), files(), () => true)).rejects.toThrow('was removed while the pack was written into it')
    expect(verifyPack(join(out, NAME)).ok).toBe(true)
    expect(readFileSync(join(out, NAME, 'manifest.json'), 'utf8')).toBe(before)
    expect(readdirSync(out).filter((n) => n.startsWith('.classpack-staging-'))).toEqual([])
  })
})

describe('a build that writes nothing where nothing was', () => {
  // "nothing written; o-x/ is unchanged" was said of an --out folder that was not there (and
  // the failed build left it behind, empty), "the earlier pack is unchanged" of none.
  it('says nothing written only, leaves no empty --out behind, and says unchanged once there is a pack', async () => {
    const root = tempDir()
    moduleAt(root, `source/${NAME}`)
    plant(root, { 'tpl/quiz.md.hbs': '# Quiz\n{{nope}}\n' })
    const failing = ['build', `source/${NAME}`, '--out', 'o-x', '--format', 'html', '--templates', 'tpl']
    const r = await run(failing, root)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`source/${NAME}: nothing written\n`)
    expect(r.stderr).not.toContain('unchanged')
    expect(existsSync(join(root, 'o-x'))).toBe(false)
    expect((await run(['build', `source/${NAME}`, '--out', 'o-x', '--format', 'html'], root)).code).toBe(0)
    expect((await run(failing, root)).stderr).toContain(`source/${NAME}: nothing written; o-x/ is unchanged\n`)
  })
})

describe('folders the system will not make', () => {
  it('`--out /proc/x` is the system saying no, not a spin: exit 1, nothing written', () => {
    // mkdirSync with `recursive` never returned there (ENOENT with the parent present): the
    // build ran at full CPU until killed. The time limit only stops a hang from hanging the suite.
    const result = spawnSync(process.execPath, [BIN, 'build', TINY, '--out', '/proc/classpack-x', '--format', 'html'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
    expect(result.signal).toBeNull()
    expect(result.status).toBe(1)
    // There was no earlier pack there to be unchanged.
    expect(result.stderr).toContain('classpack: cannot make the folder /proc/classpack-x: no such file or folder (ENOENT); nothing was written\n')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('killed at every step of the write and the swap', () => {
  const userFiles = { 'out/notes.txt': 'beside the pack\n', 'out/unit-2/plan.md': '# plan\n', 'elsewhere/x.txt': 'around\n' }
  const userOf = (root: string) => [...tree(root)].filter(([path]) => !path.startsWith(join('out', NAME)) && !path.startsWith('out/.classpack-'))

  /** Whether `out`'s pack is whole, earlier or new, perhaps moved aside between the two renames. */
  function state(out: string, earlier: string, next: string): string {
    const target = join(out, NAME)
    if (existsSync(target)) return whichPack(target, earlier, next)
    const aside = readdirSync(out).find((n) => n.startsWith(`.classpack-old-${NAME}-`))
    expect(aside, 'neither the pack nor the earlier one moved aside').toBeDefined()
    return `${whichPack(join(out, aside!), earlier, next)} (aside)`
  }

  it('in process: the disk as a kill at each step would leave it, then recovered', async () => {
    const root = tempDir()
    const out = join(root, 'out')
    const formats = new Set(['html', 'zip'] as const)
    await buildPack({ dir: TINY, out, formats, seed: 1 })
    const earlier = readFileSync(join(out, NAME, 'manifest.json'), 'utf8')
    const earlierZip = readFileSync(join(out, `${NAME}.zip`))
    plant(root, userFiles)
    const user = userOf(root)
    const shots: Array<{ step: WriteStep; dir: string }> = []
    const snapshots = tempDir()
    await buildPack({
      dir: TINY,
      out,
      formats,
      seed: 2,
      onWriteStep: (step) => {
        // Writes are synchronous: at this instant the disk is what a SIGKILL here would leave.
        const copy = join(snapshots, String(shots.length))
        cpSync(root, copy, { recursive: true, verbatimSymlinks: true })
        shots.push({ step, dir: join(copy, 'out') })
      }
    })
    const next = readFileSync(join(out, NAME, 'manifest.json'), 'utf8')
    const nextZip = readFileSync(join(out, `${NAME}.zip`))
    expect(new Set(shots.map((s) => s.step))).toEqual(new Set(['staging', 'file', 'staged', 'retired', 'swapped', 'done', 'archive-temp', 'archive']))
    const states: string[] = []
    for (const { step, dir } of shots) {
      states.push(`${step}: ${state(dir, earlier, next)}`)
      const after = tree(join(dir, '..'))
      for (const [path, entry] of user) expect(after.get(path), `${step}: ${path}`).toBe(entry)
      // The next run starts by recovering: the pack is then whole in place, and no debris is left.
      recover(join(dir, NAME))
      expect(['earlier', 'new']).toContain(whichPack(join(dir, NAME), earlier, next))
      expect(readdirSync(dir).filter((n) => (n.startsWith('.') && n !== CACHE_FOLDER) || n.endsWith('.tmp'))).toEqual([])
      const zip = readFileSync(join(dir, `${NAME}.zip`))
      expect(zip.equals(earlierZip) || zip.equals(nextZip), step).toBe(true)
    }
    // The earlier pack until the swap, then the new one; between the renames, the earlier one aside.
    expect(states.filter((s) => s.startsWith('retired'))).toEqual(['retired: earlier (aside)'])
    expect(states.at(-1)).toBe('archive: new')
  })

  it('real SIGKILLs, at exact steps and at delays across a build, then recovered by the next run', async () => {
    const root = tempDir()
    const out = join(root, 'out')
    await buildPack({ dir: TINY, out, formats: new Set(['html', 'zip']), seed: 1 })
    plant(root, userFiles)
    const user = userOf(root)
    /** The user's files are all there, and the pack is whole (perhaps aside): the earlier one (seed 1) or a new one (seed 2). */
    const check = (what: string): string => {
      const after = tree(root)
      for (const [path, entry] of user) expect(after.get(path), `${what}: ${path}`).toBe(entry)
      const aside = readdirSync(out).find((n) => n.startsWith(`.classpack-old-${NAME}-`))
      const pack = existsSync(join(out, NAME)) ? join(out, NAME) : join(out, aside ?? NAME)
      expect(verifyPack(pack).ok, what).toBe(true)
      const seed = (JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { seed: number }).seed
      return `${seed === 1 ? 'earlier' : 'new'}${pack.endsWith(NAME) ? '' : ' (aside)'}`
    }
    const states: string[] = []
    let duration = 0
    for (const [step, nth] of [['file', 2], ['retired', 0]] as const) {
      const started = Date.now()
      const child = spawnSync(process.execPath, [join(ROOT, 'tests/helpers/kill-at-step.mjs'), TINY, out, 'html,zip', '2', step, String(nth)], { cwd: ROOT, encoding: 'utf8' })
      duration = Date.now() - started
      expect(child.signal, child.stdout + child.stderr).toBe('SIGKILL')
      states.push(`${step}: ${check(step)}`)
    }
    expect(states).toEqual(['file: earlier', 'retired: earlier (aside)'])
    // Killed at delays across a build's length (the last child's, nearly a whole build), one rendering PDFs.
    for (const [fraction, format] of [[0.5, 'html,zip'], [0.9, 'html,pdf']] as const) {
      const child = spawn(process.execPath, [CLI, 'build', TINY, '--out', out, '--format', format, '--seed', '2'], { cwd: ROOT, stdio: 'ignore' })
      // Listened for from the start: a build quicker than the delay has exited before the kill.
      const exited = new Promise((r) => child.on('exit', r))
      await new Promise((r) => setTimeout(r, duration * fraction))
      child.kill('SIGKILL')
      await exited
      check(`killed at ${fraction}`)
    }
    // The next run clears the debris and puts its pack in place.
    expect((await buildPack({ dir: TINY, out, formats: new Set(['html', 'zip']), seed: 2 })).target).toBe(join(out, NAME))
    expect(check('the next run')).toBe('new')
    expect(readdirSync(out).filter((n) => (n.startsWith('.') && n !== CACHE_FOLDER) || n.endsWith('.tmp'))).toEqual([])
  })
})
