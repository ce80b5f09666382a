// The bundled command (dist/bin/, made by scripts/bundle.mjs) is the same program as the
// sources (src/command.ts, run in this process): same output, messages, exit codes and
// files. Its code cache only ever saves time: a run with it, without it, or with a damaged
// one prints the same.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BIN, DEMO, ROOT, TINY, demoCopy, run, runInstalled, tempDir, type Run } from './helpers/fixtures.js'

const BIN_DIR = dirname(BIN)

function node(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const sourceRuns = new Map<string, Promise<Run>>()
/** What the sources do with `args` in the repo folder: asked once, by the tests that only compare with it. */
function sourceRun(...args: string[]): Promise<Run> {
  const key = JSON.stringify(args)
  if (!sourceRuns.has(key)) sourceRuns.set(key, run(args))
  return sourceRuns.get(key)!
}

/** The arguments of a build of the German fixture (German hyphenation) for six names in six scripts (fallback faces for five), with a rendering thread. */
function scriptsBuild(out: string): string[] {
  const roster = join(tempDir(), 'roster.csv')
  writeFileSync(roster, 'name,id\nJürgen Müller,1\nمحمد علي,2\nשרה כהן,3\n李雷,4\nसीता देवी,5\nสมชาย ใจดี,6\n')
  // `--workers 1` starts a thread whatever the roster: the bundled worker.cjs beside cli.cjs.
  return ['build', join(ROOT, 'tests/fixtures/german'), '--out', out, '--format', 'html,pdf', '--roster', roster, '--workers', '1', '--no-cache']
}

let installed: { run: Run; out: string; read: string[] } | undefined
/** That build by the command as installed, every file it resolves or reads recorded: run once, for the three tests that read it. */
function installedBuild(): { run: Run; out: string; read: string[] } {
  if (installed) return installed
  const out = tempDir()
  const record = join(tempDir(), 'read.txt')
  const result = node(['--require', join(ROOT, 'tests/helpers/record-files.cjs'), BIN, ...scriptsBuild(out)], { RECORD_LOADS: record })
  expect(result.code, result.stderr).toBe(0)
  installed = { run: result, out, read: [...new Set(readFileSync(record, 'utf8').trim().split('\n'))] }
  return installed
}

/** sha256 of every file under `dir`, by relative path. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      // The cache's entries are named for the code that made them: the bundle's differ from the sources'.
      if (entry.name === '.classpack-cache') continue
      if (entry.isDirectory()) walk(path)
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(dir)
  return out
}

describe('the bundled command', () => {
  it('is what package.json installs as `classpack`', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }
    expect(join(ROOT, pkg.bin.classpack!)).toBe(BIN)
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('is ASCII and already the function the launcher runs, so it reads it as one Latin-1 string and compiles that', () => {
    for (const name of ['cli.cjs', 'check.cjs']) {
      const bytes = readFileSync(join(BIN_DIR, name))
      expect(bytes.findIndex((byte) => byte > 0x7f), name).toBe(-1)
      expect(bytes.toString('latin1').startsWith('(function (exports, require, module, __filename, __dirname) {'), name).toBe(true)
    }
  })

  it('checks from check.cjs, which leaves out what only build, init and studio run', () => {
    const record = join(tempDir(), 'read.txt')
    const result = node(['--require', join(ROOT, 'tests/helpers/record-files.cjs'), BIN, 'check', DEMO], { RECORD_LOADS: record })
    expect(result.code, result.stderr).toBe(0)
    const read = readFileSync(record, 'utf8').trim().split('\n')
    expect(read).toContain(join(BIN_DIR, 'check.cjs'))
    expect(read).not.toContain(join(BIN_DIR, 'cli.cjs'))
    // The renderers and the studio's server are not in it: a third less to read and cache.
    const check = readFileSync(join(BIN_DIR, 'check.cjs'), 'latin1')
    const cli = readFileSync(join(BIN_DIR, 'cli.cjs'), 'latin1')
    expect(check.length).toBeLessThan(cli.length * 0.75)
    for (const word of ['pdfkit', 'fontkit', 'dagre']) {
      expect(cli, word).toContain(word)
      expect(check, word).not.toContain(word)
    }
  })

  it('is the same bytes when bundled again (its hash names its code caches and, in code.sha256, the document cache\'s code)', () => {
    const again = tempDir()
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLASSPACK_BUNDLE_OUT: again } })
    expect(result.status, result.stderr).toBe(0)
    const installedFiles = readdirSync(BIN_DIR, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name)
    expect(readdirSync(again).sort()).toEqual(installedFiles.sort())
    for (const name of installedFiles) expect(readFileSync(join(again, name)).equals(readFileSync(join(BIN_DIR, name))), name).toBe(true)
  })

  it('is fingerprinted whole for the document cache: code.sha256 hashes every file of it', () => {
    // The cache's keys name classpack's code by this hash (src/write/cache.ts): a file it
    // left out could change without the cache noticing, and serve stale documents.
    const hash = createHash('sha256')
    const names = readdirSync(BIN_DIR, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'code.sha256')
      .map((entry) => entry.name)
      .sort()
    expect(names).toEqual(expect.arrayContaining(['classpack.cjs', 'cli.cjs', 'worker.cjs']))
    for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(BIN_DIR, name)))
    expect(readFileSync(join(BIN_DIR, 'code.sha256'), 'utf8')).toBe(`${hash.digest('hex')}\n`)
  })

  // The document cache names the code that renders by code.sha256 (the bundles) and the
  // package.json of each dependency the bundles leave to node_modules, listed by
  // scripts/bundle.mjs in runtime-packages.json, with theirs in turn (src/write/cache.ts). A
  // package the command reads from node_modules but the list does not reach could change
  // without the cache noticing. So a build that reaches every part of the renderer (fallback
  // faces for five scripts, German hyphenation, a rendering thread) reads from node_modules
  // only packages the list reaches.
  it('lists every package it reads from node_modules for the document cache', () => {
    const listed = JSON.parse(readFileSync(join(BIN_DIR, 'runtime-packages.json'), 'utf8')) as string[]
    expect(listed).toEqual(expect.arrayContaining(['pdfkit', 'fontkit', 'dejavu-fonts-ttf']))
    const reach = new Set<string>()
    const visit = (name: string, from: string): void => {
      let dir = from
      while (!existsSync(join(dir, 'node_modules', name, 'package.json'))) dir = join(dir, '..')
      const place = join(dir, 'node_modules', name)
      if (reach.has(place)) return
      reach.add(place)
      const json = JSON.parse(readFileSync(join(place, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
      for (const dep of Object.keys({ ...json.dependencies, ...json.optionalDependencies })) visit(dep, place)
    }
    for (const name of listed) visit(name, ROOT)
    const read = installedBuild().read.filter((path) => path.includes(`${join(ROOT, 'node_modules')}/`))
    // The recorder works: the renderer and the fallback faces are among what it saw.
    expect(read.some((path) => path.includes('/node_modules/fontkit/'))).toBe(true)
    expect(read.some((path) => path.includes('/noto-sans-arabic/'))).toBe(true)
    expect(read.some((path) => path.includes('/node_modules/hyphen/'))).toBe(true)
    const outside = read.filter((path) => ![...reach].some((place) => path.startsWith(`${place}/`)))
    expect(outside).toEqual([])
  })

  it('checks, reports problems and usage errors exactly as the sources do', async () => {
    const broken = demoCopy({ 'claims.yaml': (text) => text.replace('Perhaps the key reason Trump', 'Perhaps the main reason Trump') })
    // `init` with no article throws FlagError from inside init's part of the bundle.
    // The German module's checks run patterns of German words (`außer`, `nicht`), written
    // in the bundle as escapes (it is ASCII).
    const cases = [['check', DEMO], ['check', broken], ['check', join(ROOT, 'tests/fixtures/german'), '--verbose'], ['check', DEMO, '--seed', 'x'], ['verify', join(tempDir(), 'none')], ['init'], ['help']]
    const codes = new Set<number | null>()
    for (const args of cases) {
      const bundled = runInstalled(args)
      expect(bundled, args.join(' ')).toEqual(await sourceRun(...args))
      codes.add(bundled.code)
    }
    // The cases cover success, problems in the inputs and wrong usage.
    expect([...codes].sort()).toEqual([0, 1, 2])
  })

  it('starts modules from articles exactly as the sources do (init is bundled apart)', async () => {
    const into = { bundled: join(tempDir(), 'module'), source: join(tempDir(), 'module') }
    const article = join(ROOT, 'tests/fixtures/init/library.html')
    const bundled = runInstalled(['init', article, '--into', into.bundled])
    const source = await run(['init', article, '--into', into.source])
    expect(bundled.code, bundled.stderr).toBe(0)
    expect({ ...bundled, stdout: bundled.stdout.replaceAll(into.bundled, 'DIR') }).toEqual({ ...source, stdout: source.stdout.replaceAll(into.source, 'DIR') })
    expect(files(into.bundled)).toEqual(files(into.source))
  })

  it('checks without loading the PDF backend', () => {
    const required = (args: string[]): string[] => {
      const record = join(tempDir(), 'required.txt')
      const result = node(['--require', join(ROOT, 'tests/helpers/record-requires.cjs'), BIN, ...args], { RECORD_LOADS: record })
      expect(result.code, result.stderr).toBe(0)
      return readFileSync(record, 'utf8').trim().split('\n')
    }
    const check = required(['check', DEMO])
    // The recorder works: the launcher's own requires are there.
    expect(check).toContain('node:vm')
    expect(check.filter((r) => /pdfkit|fontkit|init\.cjs/.test(r))).toEqual([])
    // Nor node:crypto, whose start alone costs `check` several milliseconds (the code cache's name is an FNV hash).
    expect(check).not.toContain('node:crypto')
    // While build does load it (so the check above would notice).
    expect(installedBuild().read.some((path) => path.includes('/node_modules/pdfkit/'))).toBe(true)
  })

  it('builds the same files as the sources, HTML and per-student PDFs on a thread', async () => {
    const bundled = installedBuild()
    const out = tempDir()
    const source = await run(scriptsBuild(out))
    expect(bundled.run.stdout.replace(bundled.out, 'OUT')).toBe(source.stdout.replace(out, 'OUT'))
    expect(files(bundled.out)).toEqual(files(out))
    expect(Object.keys(files(bundled.out)).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThan(6)
    // The PDFs were rendered on a thread running the bundled worker, from the precompiled templates.
    expect(bundled.read).toEqual(expect.arrayContaining([join(BIN_DIR, 'worker.cjs'), join(BIN_DIR, 'templates.cjs')]))
  })

  it('precompiles every built-in template, and compiles a teacher\'s own as the sources do, problems too', async () => {
    const precompiled = createRequire(import.meta.url)(join(BIN_DIR, 'templates.cjs')) as Record<string, { partials: string[] }>
    const builtIn = readdirSync(join(ROOT, 'templates'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.hbs'))
    expect(Object.keys(precompiled).sort()).toEqual(builtIn.map((name) => createHash('sha256').update(readFileSync(join(ROOT, 'templates', name))).digest('hex')).sort())
    const quiz = readFileSync(join(ROOT, 'templates/quiz.md.hbs'), 'utf8')
    const cases = {
      edited: quiz.replace(/\n$/, '\n\nGood luck!\n'),
      partial: `{{> nosuch}}\n${quiz}`,
      syntax: `${quiz}\n{{#if title}}x{{/each}}\n`
    }
    for (const [what, text] of Object.entries(cases)) {
      const templates = tempDir()
      writeFileSync(join(templates, 'quiz.md.hbs'), text)
      const outs = { bundled: tempDir(), source: tempDir() }
      const args = (out: string): string[] => ['build', TINY, '--out', out, '--format', 'html', '--templates', templates]
      const bundled = runInstalled(args(outs.bundled))
      const source = await run(args(outs.source))
      expect(bundled.code, what).toBe(what === 'edited' ? 0 : 1)
      const shown = (result: Run, out: string): Run => ({ ...result, stdout: result.stdout.replace(out, 'OUT'), stderr: result.stderr.replace(out, 'OUT') })
      expect(shown(bundled, outs.bundled), what).toEqual(shown(source, outs.source))
      if (what !== 'edited') expect(bundled.stderr, what).toContain(`${join(templates, 'quiz.md.hbs')}:`)
      expect(files(outs.bundled), what).toEqual(files(outs.source))
    }
  })
})

describe('the code cache', () => {
  /** A copy of the bundled command in a package folder of its own, with no cache yet. */
  function installed(): { bin: string; cache: string } {
    const root = tempDir()
    mkdirSync(join(root, 'dist/bin'), { recursive: true })
    for (const entry of readdirSync(BIN_DIR, { withFileTypes: true })) if (entry.isFile()) copyFileSync(join(BIN_DIR, entry.name), join(root, 'dist/bin', entry.name))
    copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'))
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'))
    symlinkSync(join(ROOT, 'templates'), join(root, 'templates'))
    return { bin: join(root, 'dist/bin/classpack.cjs'), cache: join(root, 'dist/bin/cache') }
  }
  const cacheFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir) : [])

  it('is written by a first run, read by the next, and changes nothing', async () => {
    const { bin, cache } = installed()
    const expected = await sourceRun('check', DEMO)
    expect(node([bin, 'check', DEMO])).toEqual(expected)
    const written = cacheFiles(cache)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatch(/-check\.bin$/)
    const file = join(cache, written[0]!)
    const first = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs }

    // Accepted: run from it, and left as it was.
    expect(node([bin, 'check', DEMO])).toEqual(expected)
    expect(readFileSync(file).equals(first.bytes)).toBe(true)
    expect(statSync(file).mtimeMs).toBe(first.mtime)

    // Other commands keep caches of their own, of cli.cjs (check's is of check.cjs).
    const usage = node([bin, 'help'])
    expect(usage).toEqual(await sourceRun('help'))
    const other = cacheFiles(cache).filter((name) => name !== written[0])
    expect(other).toHaveLength(1)
    expect(other[0]).toMatch(/-other\.bin$/)
    const hashOf = (name: string): string => createHash('sha256').update(readFileSync(join(dirname(bin), name))).digest('hex').slice(0, 16)
    expect([written[0]!.slice(0, 16), other[0]!.slice(0, 16)]).toEqual([hashOf('check.cjs'), hashOf('cli.cjs')])
  })

  it('is refused when damaged, and replaced', async () => {
    const { bin, cache } = installed()
    const expected = await sourceRun('check', DEMO)
    node([bin, 'check', DEMO])
    const [name] = cacheFiles(cache)
    const file = join(cache, name!)
    const damaged = Buffer.alloc(statSync(file).size, 7)
    writeFileSync(file, damaged)
    expect(node([bin, 'check', DEMO])).toEqual(expected)
    expect(readFileSync(file).equals(damaged)).toBe(false)
    expect(node([bin, 'check', DEMO])).toEqual(expected)
  })

  it('keeps the code of the files a build requires by their text, so a changed file never runs old code', () => {
    const { bin, cache } = installed()
    const build = (out: string, env: Record<string, string> = {}): Record<string, string> => {
      const result = node([bin, 'build', TINY, '--out', out, '--format', 'html'], env)
      expect(result.code, result.stderr).toBe(0)
      return files(out)
    }
    const before = build(tempDir())
    const required = cacheFiles(cache).find((name) => name.endsWith('-build-required.bin'))
    expect(required).toBeDefined()
    const file = join(cache, required!)
    const first = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs }
    // The precompiled templates are among the files it keeps (the build requires them).
    const templates = join(dirname(bin), 'templates.cjs')
    expect(first.bytes.includes(createHash('sha256').update(readFileSync(templates, 'utf8')).digest())).toBe(true)
    expect(build(tempDir())).toEqual(before)
    expect(readFileSync(file).equals(first.bytes)).toBe(true)
    expect(statSync(file).mtimeMs).toBe(first.mtime)

    // Changed at the same length, which is all V8 compares of a source with its cached
    // code: every heading the templates write comes out otherwise.
    const text = readFileSync(templates, 'utf8')
    expect(text).toContain('## "')
    writeFileSync(templates, text.replaceAll('## "', '#X "'))
    expect(readFileSync(templates).length).toBe(Buffer.byteLength(text))
    const changed = build(tempDir())
    expect(changed).toEqual(build(tempDir(), { CLASSPACK_CODE_CACHE: '0' }))
    expect(changed).not.toEqual(before)
  })

  it('compiles a required file that starts with a `#!` line, as Node does', () => {
    const { bin } = installed()
    const templates = join(dirname(bin), 'templates.cjs')
    const args = (out: string): string[] => [bin, 'build', TINY, '--out', out, '--format', 'html']
    const plain = tempDir()
    expect(node(args(plain)).code).toBe(0)
    writeFileSync(templates, `#!/usr/bin/env node\n${readFileSync(templates, 'utf8')}`)
    const out = tempDir()
    const result = node(args(out))
    expect(result.code, result.stderr).toBe(0)
    expect(files(out)).toEqual(files(plain))
  })

  it('is neither read nor written with CLASSPACK_CODE_CACHE=0', async () => {
    const { bin, cache } = installed()
    expect(node([bin, 'check', DEMO], { CLASSPACK_CODE_CACHE: '0' })).toEqual(await sourceRun('check', DEMO))
    expect(cacheFiles(cache)).toEqual([])
  })
})
