// The library API: checkModule, buildPack and verifyPack called in-process (initModule in
// init.test.ts), and `import('classpack')` from another project that depends on classpack,
// with its types.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPack, checkModule, formatMessages, LINT_RULES, verifyPack, type BuildPackRequest, type CheckOptions } from '../src/index.js'
import { DEMO, demoCopy, ROOT, run, tempDir } from './helpers/fixtures.js'

// The demo's only messages are lint warnings, which its content repair (issue 14) clears.
const LINT = new Set(LINT_RULES.map((r) => r.id))
const notLintWarnings = (messages: Array<{ ruleId?: string | null; fatal?: boolean | null }>) => messages.filter((m) => m.fatal !== false || !LINT.has(m.ruleId ?? ''))

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The script of the README's "Using classpack from a script", as a reader copies it. */
function readmeExample(): string {
  const section = README.slice(README.indexOf('## Using classpack from a script'))
  const example = /```js\n([\s\S]*?)```/.exec(section)?.[1]
  expect(example, 'the README has its example').toBeDefined()
  return example!
}

describe('the library API, in-process', () => {
  it('checkModule returns the module, its coverage, the report and no messages but lint warnings for the demo', () => {
    const result = checkModule(DEMO)
    expect(result.ok).toBe(true)
    expect(notLintWarnings(result.messages)).toEqual([])
    expect(result.module?.name).toBe('us-backstop-ukraine')
    expect(result.coverage?.article.paragraphs).toBe(result.module?.article.paragraphs.length)
    expect(result.coverage?.set.claims.length).toBe(result.module?.claims.length)
    expect(result.report).toContain(`${DEMO}: ${result.module?.article.meta.title}`)
  })

  it('checkModule returns vfile messages with their place, and no report, for a broken module', () => {
    const dir = demoCopy({ 'claims.yaml': (text) => text.replace(/^claims:/m, 'claimz:') })
    const result = checkModule(dir)
    expect(result.ok).toBe(false)
    expect(result.report).toBeUndefined()
    const message = result.messages.find((m) => m.fatal)!
    expect(message.file).toMatch(/claims\.yaml$/)
    expect(message.line).toBeGreaterThan(0)
    expect(message.reason).toMatch(/^Unexpected /)
  })

  it('buildPack writes a pack that verifyPack finds whole, and verifyPack names a changed file', async () => {
    const out = tempDir()
    // A field given as undefined takes its default, as one left out does.
    const result = await buildPack({ dir: DEMO, out, formats: new Set(['html']), seed: undefined })
    expect(notLintWarnings(result.files.flatMap((f) => f.messages))).toEqual([])
    expect(result.target).toBe(join(out, 'us-backstop-ukraine'))
    expect(result.written).toBeGreaterThan(5)
    expect(verifyPack(result.target!)).toEqual({ ok: true, checked: result.written - 1, problems: [] })
    writeFileSync(join(result.target!, 'handout.html'), 'changed')
    expect(verifyPack(result.target!).problems).toEqual([expect.objectContaining({ path: 'handout.html', problem: 'changed' })])
  })
})

/** A request's problems as the library gives them: the lines of the file `request`, which is the only one. */
function requestLines(files: ReadonlyArray<{ path: string; messages: unknown[] }>): string[] {
  expect(files.map((f) => f.path)).toEqual(['request'])
  return formatMessages(files as Parameters<typeof formatMessages>[0]).split('\n')
}

describe('a request the library cannot carry out', () => {
  // Each refused by the CLI (exit 2) and, before, built by the library without a word: a
  // pack of 1 version for 0, of 3 for 2.5, a seed of null, English words with French
  // dates, a pack of only index.html and manifest.json, a quiz with no questions.
  // [what, the request's field, the library's message, the CLI's flags for it (when the CLI can say it)]
  const cases: Array<[string, Partial<BuildPackRequest>, string, string[] | null]> = [
    ['versions 0', { versions: 0 }, 'Unexpected `0` for `versions`, expected a whole number from 1 to 26  [request-value]', ['--versions', '0']],
    ['versions 2.5', { versions: 2.5 }, 'Unexpected `2.5` for `versions`, expected a whole number from 1 to 26  [request-value]', ['--versions', '2.5']],
    ['versions 30', { versions: 30 }, 'Unexpected `30` for `versions`, expected a whole number from 1 to 26  [request-value]', ['--versions', '30']],
    ['versions 1000', { versions: 1000 }, 'Unexpected `1000` for `versions`, expected a whole number from 1 to 26  [request-value]', ['--versions', '1000']],
    ['seed NaN', { seed: Number.NaN }, 'Unexpected `NaN` for `seed`, expected a whole number from 0 to 2147483647  [request-value]', null],
    ['seed Infinity', { seed: Number.POSITIVE_INFINITY }, 'Unexpected `Infinity` for `seed`, expected a whole number from 0 to 2147483647  [request-value]', null],
    ['seed 2^31', { seed: 2 ** 31 }, 'Unexpected `2147483648` for `seed`, expected a whole number from 0 to 2147483647  [request-value]', ['--seed', '2147483648']],
    ['lang fr', { lang: 'fr' }, 'Unexpected `fr` for `lang`, expected one of `en`, `de`  [request-value]', ['--lang', 'fr']],
    ['formats empty', { formats: new Set() }, 'Unexpected empty Set for `formats`, expected one or more of `html`, `pdf`, `print`, `moodle`, `gift`, `qti`, `qti21`, `zip` (without `formats`: `html` and `pdf`)  [request-value]', null],
    ['formats docx', { formats: new Set(['docx']) as unknown as BuildPackRequest['formats'] }, 'Unexpected `docx` in `formats`, expected one of `html`, `pdf`, `print`, `moodle`, `gift`, `qti`, `qti21`, `zip`  [request-value]', ['--format', 'docx']],
    ['workers -1', { workers: -1 }, 'Unexpected `-1` for `workers`, expected a whole number from 0 to 64  [request-value]', ['--workers', '-1']],
    ['count 0', { overrides: { count: 0 } }, 'Unexpected `0` at `overrides.count`, expected a whole number from 1 to 10000  [schema-type]', ['--count', '0']],
    ['count -5', { overrides: { count: -5 } }, 'Unexpected `-5` at `overrides.count`, expected a whole number from 1 to 10000  [schema-type]', ['--count', '-5']],
    ['order random', { overrides: { order: 'random' as 'shuffled' } }, 'Unexpected `random` at `overrides.order`, expected one of `authored`, `paragraph`, `shuffled`  [schema-enum]', ['--order', 'random']]
  ]

  it.each(cases)('buildPack refuses %s before it makes anything, in the bounds and the words the CLI has, naming the field', async (_, field, reason, flags) => {
    const out = join(tempDir(), 'out')
    const result = await buildPack({ dir: DEMO, out, formats: new Set(['html']), ...field })
    expect(requestLines(result.files)).toEqual([`request: error: ${reason}`])
    expect(result.target).toBeUndefined()
    expect(result.written).toBe(0)
    expect(existsSync(out)).toBe(false)
    if (flags === null) return
    // One source of the bounds and choices: the CLI expects what the library does.
    const cli = await run(['build', DEMO, '--out', out, ...(flags[0] === '--format' ? [] : ['--format', 'html']), ...flags])
    expect(cli.code).toBe(2)
    const expected = (line: string): string => line.slice(line.indexOf(', expected ')).replace(/ {2}\[[a-z-]+\]$/, '')
    expect(cli.stderr.split('\n').filter((l) => l.startsWith('classpack: Unexpected')).map(expected)).toEqual([expected(reason)])
  })

  it('checkModule refuses a seed or overrides out of bounds, and reads nothing', () => {
    for (const [options, reason] of [
      [{ seed: Number.NaN }, 'Unexpected `NaN` for `seed`, expected a whole number from 0 to 2147483647  [request-value]'],
      [{ overrides: { count: 0 } }, 'Unexpected `0` at `overrides.count`, expected a whole number from 1 to 10000  [schema-type]']
    ] as const) {
      const result = checkModule(DEMO, options)
      expect(result.ok).toBe(false)
      expect(requestLines(result.files)).toEqual([`request: error: ${reason}`])
      expect(result.module).toBeUndefined()
      expect(result.report).toBeUndefined()
    }
  })

  it('buildPack says every problem of a request at once, and a field given as undefined takes its default still', async () => {
    const out = join(tempDir(), 'out')
    const result = await buildPack({ dir: DEMO, out, lang: 'fr', versions: 0, workers: 99, seed: undefined })
    expect(requestLines(result.files)).toEqual([
      'request: error: Unexpected `fr` for `lang`, expected one of `en`, `de`  [request-value]',
      'request: error: Unexpected `0` for `versions`, expected a whole number from 1 to 26  [request-value]',
      'request: error: Unexpected `99` for `workers`, expected a whole number from 0 to 64  [request-value]'
    ])
    expect(existsSync(out)).toBe(false)
  })

  it('buildPack refuses a paper size it has no page for before it makes anything, rather than throw in the PDF renderer or record it', async () => {
    // With a PDF it threw a TypeError from render/pdf/frame.ts and left an empty folder; with HTML alone the manifest said "a3".
    for (const format of ['pdf', 'html'] as const) {
      const out = join(tempDir(), 'out')
      const result = await buildPack({ dir: DEMO, out, formats: new Set([format]), paper: 'a3' as 'a4' })
      expect(requestLines(result.files), format).toEqual(['request: error: Unexpected `a3` for `paper`, expected `a4` (one of `a4`, `letter`)  [request-value]'])
      expect(existsSync(out), format).toBe(false)
    }
    const cli = await run(['build', DEMO, '--out', join(tempDir(), 'out'), '--paper', 'a3'])
    expect(cli.code).toBe(2)
    expect(cli.stderr).toContain('classpack: Unexpected `a3` for --paper, expected `a4` (one of `a4`, `letter`)\n')
  })

  it('checkModule and buildPack say in one message that a module path holds nothing or a file, not that its article.md and claims.yaml are missing or unreadable', async () => {
    const missing = join(tempDir(), 'no-module-here')
    const file = join(tempDir(), 'article.md')
    writeFileSync(file, '# An article, not its module folder\n')
    for (const [dir, kind] of [
      [missing, 'nothing at that path'],
      [file, 'a file there']
    ] as const) {
      const line = `request: error: Unexpected \`dir\` \`${dir}\`, expected a module folder (one with an article.md): there is ${kind}  [request-value]`
      const checked = checkModule(dir)
      expect(checked.ok).toBe(false)
      expect(requestLines(checked.files)).toEqual([line])
      const out = join(tempDir(), 'out')
      const built = await buildPack({ dir, out })
      expect(requestLines(built.files)).toEqual([line])
      expect(existsSync(out)).toBe(false)
    }
  })

  it('buildPack refuses a templates folder that is not there, rather than build with the built-in templates alone', async () => {
    const out = join(tempDir(), 'out')
    const missing = join(tempDir(), 'my-templates')
    const result = await buildPack({ dir: DEMO, out, formats: new Set(['html']), templates: missing })
    expect(requestLines(result.files)).toEqual([`request: error: Unexpected \`templates\` \`${missing}\`, expected an existing folder  [request-value]`])
    expect(existsSync(out)).toBe(false)
  })
})

describe("the README's account of the library", () => {
  it('its example prints the coverage of the pack it builds: the check and the build take the same set and seed', async () => {
    const checks: Array<CheckOptions | undefined> = []
    const builds: BuildPackRequest[] = []
    // The example as written, its import given the library (the build only recorded).
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>
    const script = new AsyncFunction('checkModule', 'buildPack', 'formatMessages', 'verifyPack', 'console', 'process', readmeExample().replace(/^import .*\n/m, ''))
    await script(
      (dir: string, options?: CheckOptions) => {
        checks.push(options)
        return checkModule(join(ROOT, dir), options)
      },
      (request: BuildPackRequest) => {
        builds.push(request)
        return Promise.resolve({ files: [], written: 0, bytes: 0 })
      },
      formatMessages,
      verifyPack,
      { log: () => {}, error: () => {} },
      {
        exit: (code: number) => {
          throw new Error(`the example exited with ${code}`)
        }
      }
    )
    expect(checks).toHaveLength(1)
    expect(builds).toHaveLength(1)
    const checked = checkModule(DEMO, checks[0]).selection
    const built = checkModule(DEMO, { set: builds[0]!.set, seed: builds[0]!.seed, overrides: builds[0]!.overrides }).selection
    expect(built && { name: built.name, seed: built.seed, items: built.items.map((q) => q.id) }).toEqual(checked && { name: checked.name, seed: checked.seed, items: checked.items.map((q) => q.id) })
  })

  it("names every field of buildPack's request a script may give, sourceDateEpoch among them, and says the library reads no SOURCE_DATE_EPOCH", () => {
    const declared = /export interface BuildRequest \{([\s\S]*?)\n\}/.exec(readFileSync(join(ROOT, 'src/build.ts'), 'utf8'))![1]!
    const fields = [...declared.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!)
    // The CLI's and the tests' own: every module of a run, the straightforward path, the writer's steps and the memory watch.
    const internal = ['modules', 'simple', 'onWriteStep', 'onPending']
    expect(fields).toEqual(expect.arrayContaining(['dir', 'sourceDateEpoch', ...internal]))
    const row = README.split('\n').find((line) => line.startsWith('| `buildPack({'))!
    const named = /^\| `buildPack\(\{([^}]*)\}\)`/.exec(row)![1]!.split(',').map((f) => f.trim().replace(/\?$/, ''))
    expect(named.sort()).toEqual(fields.filter((f) => !internal.includes(f)).sort())
    expect(row).toMatch(/`sourceDateEpoch`[^|]*SOURCE_DATE_EPOCH[^|]*the CLI/)
  })

  it("names every field of buildPack's result", () => {
    const declared = /export interface BuildResult \{([\s\S]*?)\n\}/.exec(readFileSync(join(ROOT, 'src/build.ts'), 'utf8'))![1]!
    const fields = [...declared.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!)
    const row = README.split('\n').find((line) => line.startsWith('| `buildPack({'))!
    const named = /\| a promise of `\{([^}]*)\}`/.exec(row)![1]!.split(',').map((f) => f.trim().replace(/\?$/, ''))
    expect(named.sort()).toEqual(fields.sort())
  })
})

describe('classpack as a dependency of another project', () => {
  let project: string

  beforeAll(() => {
    // The compiled package, linked as `npm install ../classpack` would; its exports point into dist/.
    expect(existsSync(join(ROOT, 'dist/src/index.js')) && existsSync(join(ROOT, 'dist/src/index.d.ts')), 'run `npm run build` first').toBe(true)
    project = tempDir('classpack-user-')
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module', dependencies: { classpack: '*' } }))
    mkdirSync(join(project, 'node_modules'))
    symlinkSync(ROOT, join(project, 'node_modules', 'classpack'), 'dir')
  })

  it('import("classpack") works from there', () => {
    const script = `import('classpack').then((m) => m.checkModule(${JSON.stringify(DEMO)})).then((r) => console.log(JSON.stringify({ ok: r.ok, report: r.report })))`
    const run = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as { ok: boolean; report: string }
    expect(result.ok).toBe(true)
    expect(result.report).toContain('claims anchored')
  })

  it('its types resolve there', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: [] }, files: ['use.ts'] })
    )
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { buildPack, checkModule, initModule, verifyPack, type BuildResult, type CheckResult, type InitResult, type PackVerification } from 'classpack'",
        "const checked: CheckResult = checkModule('source/x', { set: 'full', seed: 1 })",
        'const ok: boolean = checked.ok',
        'const lines: number[] = checked.messages.map((m) => m.line ?? 0)',
        "const built: Promise<BuildResult> = buildPack({ dir: 'source/x', formats: new Set(['html', 'pdf']) })",
        "const verified: PackVerification = verifyPack('out/x')",
        "const started: Promise<InitResult> = initModule({ path: 'article.txt', into: 'source/a' })",
        'const guessed: Promise<string[]> = started.then((r) => r.guesses.map((g) => g.what))',
        // Were the types `any`, this would not be an error and the directive would be.
        '// @ts-expect-error: `ok` is a boolean',
        'const wrong: string = checked.ok',
        'export { ok, lines, built, verified, started, guessed, wrong }'
      ].join('\n')
    )
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
    const run = spawnSync(process.execPath, [tsc, '-p', project, '--listFiles'], { cwd: project, encoding: 'utf8' })
    expect(run.stdout.split('\n').filter((line) => /error TS/.test(line))).toEqual([])
    expect(run.status, run.stderr).toBe(0)
    // The compiler read classpack's own declarations.
    expect(run.stdout).toMatch(/dist\/src\/index\.d\.ts/)
  })

  it("the README's script example type-checks with --strict against classpack's types, as an editor checks it", () => {
    const dir = join(project, 'readme')
    mkdirSync(dir)
    writeFileSync(join(dir, 'check-and-build.mjs'), readmeExample())
    // Node's types from classpack's own dependencies: the example calls process.exit.
    const compilerOptions = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, allowJs: true, checkJs: true, skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['check-and-build.mjs'] }))
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
    const run = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' })
    expect(run.stdout.split('\n').filter((line) => /error TS/.test(line))).toEqual([])
    expect(run.status, run.stderr).toBe(0)
  })
})
