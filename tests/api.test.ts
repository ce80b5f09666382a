// The library API: checkModule, buildPack and verifyPack called in-process (initModule in
// init.test.ts), and `import('classpack')` from another project that depends on classpack,
// with its types.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPack, checkModule, LINT_RULES, verifyPack } from '../src/index.js'
import { DEMO, demoCopy, ROOT, tempDir } from './helpers/fixtures.js'

// The demo's only messages are lint warnings, which its content repair (issue 14) clears.
const LINT = new Set(LINT_RULES.map((r) => r.id))
const notLintWarnings = (messages: Array<{ ruleId?: string | null; fatal?: boolean | null }>) => messages.filter((m) => m.fatal !== false || !LINT.has(m.ruleId ?? ''))

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
})
