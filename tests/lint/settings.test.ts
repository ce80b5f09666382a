// Setting rules aside (module, set, item) with a reason that the facilitator edition and the
// answer key print; `--strict`; errors that stop a build and warnings that do not; the report.
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPack } from '../../src/index.js'
import { lintReport } from '../../src/lint/report.js'
import { ROOT, run, tempDir } from '../helpers/fixtures.js'
import { bank, item, lineOf, lint, swap } from './helpers.js'

const leak = swap('stem: Why does the author want the vote delayed?', "stem: Rachel Amin wants to spend the library's money on roads. Why does the author want the vote delayed?")
const allOfThem = swap('text: Nothing beyond its staff', 'text: All of the above')

describe('lint: { ignore: { rule: reason } }', () => {
  it('on the module still sets misquotations aside when another error stops the lint', async () => {
    // The hostile bank quotes escaping tests, not the article, and sets the rule aside.
    const dir = join(tempDir('classpack-set-aside-'), 'hostile')
    cpSync(join(ROOT, 'tests/fixtures/hostile-typography'), dir, { recursive: true })
    const path = join(dir, 'questions.yaml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('    feedback: "Any figure from 0.5 to 1.5 — “range” & <bounds>."\n', ''))
    const result = await run(['check', dir])
    const errors = result.stderr.split('\n').filter((l) => l.includes(': error:'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('[schema-missing-field]')
  })

  it('on an item sets its rule aside there only', () => {
    const reason = 'The stem quotes t-roads on purpose; they are never in one quiz in class.'
    const dir = bank({ 'questions.yaml': (t) => item('w-delay', (b) => b.replace('    lines: 3\n', `    lines: 3\n    lint:\n      ignore:\n        cross-item-answer-leak: "${reason}"\n`))(leak(t)) })
    expect(lint(dir).of('cross-item-answer-leak')).toEqual([])
    expect(lint(bank({ 'questions.yaml': leak })).of('cross-item-answer-leak')).toHaveLength(1)
  })

  it('on the module sets its rule aside everywhere, and a set its rule for that set', () => {
    const faults = { 'questions.yaml': (t: string) => t.replace(/answer: false/g, 'answer: true') }
    expect(lint(bank(faults)).of('tf-balance')).toHaveLength(1)
    const onSet = bank({ ...faults, 'module.yaml': swap('    discussion: 1\n', '    discussion: 1\n    lint:\n      ignore:\n        tf-balance: A warm-up of facts, all true by design.\n') })
    expect(lint(onSet).of('tf-balance')).toEqual([])
    const onModule = bank({ ...faults, 'module.yaml': (t) => `lint:\n  ignore:\n    tf-balance: A warm-up of facts, all true by design.\n${t}` })
    expect(lint(onModule).of('tf-balance')).toEqual([])
  })

  it('names an unknown rule at its place, with the nearest rule id', () => {
    const dir = bank({ 'module.yaml': (t) => `lint:\n  ignore:\n    tf-balanse: Typo.\n${t}` })
    const { result, text } = lint(dir)
    const m = result.messages.find((x) => x.ruleId === 'lint-unknown-rule')!
    expect(m.reason).toBe('Unexpected lint rule `tf-balanse` in `lint.ignore`, expected `tf-balance` or another rule id of the lint (the README’s "Item-writing lint" lists them)')
    expect(m.line).toBe(lineOf(text('module.yaml'), 'tf-balanse'))
    // A name short of words: the rule that holds them all, not the nearest by spelling.
    const short = lint(bank({ 'module.yaml': (t) => `lint:\n  ignore:\n    key-longest: Short.\n${t}` })).result.messages.find((x) => x.ruleId === 'lint-unknown-rule')!
    expect(short.reason).toContain('expected `key-strictly-longest` or another rule id')
  })

  it('is printed, with its reason, in the facilitator edition and the answer key', async () => {
    const reason = 'Kept as written: the class discusses this option.'
    const dir = bank({ 'questions.yaml': (t) => item('s-cost', (b) => b.replace('    bloom: remember\n', `    bloom: remember\n    lint:\n      ignore:\n        all-or-none-of-the-above: "${reason}"\n`))(allOfThem(t)), 'module.yaml': (t) => `lint:\n  ignore:\n    stem-length: Long stems are part of this course.\n${t}` })
    const out = tempDir()
    const built = await buildPack({ dir, out, formats: new Set(['html']) })
    expect(built.target).toBeDefined()
    for (const doc of ['discussion-facilitator.html', 'answer-key.html']) {
      const html = readFileSync(join(built.target!, doc), 'utf8')
      expect(html).toContain('<h2>Lint rules set aside</h2>')
      expect(html).toContain(`<li><strong>all-or-none-of-the-above</strong> (question s-cost): ${reason}</li>`)
      expect(html).toContain('<li><strong>stem-length</strong> (whole module): Long stems are part of this course.</li>')
      // Printed for a teacher: in words, not a path inside classpack's repository.
      expect(html).not.toContain('docs/')
    }
    expect(readFileSync(join(built.target!, 'discussion.html'), 'utf8')).not.toContain('Lint rules set aside')
  })
})

describe('severities', () => {
  it('--strict turns warnings into errors, and the check fails', () => {
    const dir = bank({ 'questions.yaml': leak })
    expect(lint(dir).result.ok).toBe(true)
    const strict = lint(dir, { strict: true })
    expect(strict.result.ok).toBe(false)
    expect(strict.of('cross-item-answer-leak')[0]!.severity).toBe('error')
    expect(strict.result.messages.find((m) => m.ruleId === 'cross-item-answer-leak')!.fatal).toBe(true)
  })

  it('infos stay out of the messages: the report and --verbose show them', async () => {
    const dir = bank({ 'questions.yaml': swap('feedback: She reports what others have said.', 'feedback: She reports what others’ve said.') })
    const { result, of } = lint(dir, { strict: true })
    expect(of('mixed-typography')).toHaveLength(1)
    expect(result.messages).toEqual([])
    expect(result.ok).toBe(true)
    const cli = await run(['check', dir, '--verbose'])
    expect(cli.stderr).toMatch(/questions\.yaml:\d+:5: info: Unexpected straight and curly apostrophes .*\[mixed-typography\]/)
    expect((await run(['check', dir])).stderr).not.toContain('info:')
  })

  it('a lint error stops the build; a warning does not', async () => {
    const refused = await buildPack({ dir: bank({ 'questions.yaml': allOfThem }), out: tempDir(), formats: new Set(['html']) })
    expect(refused.target).toBeUndefined()
    expect(refused.files.flatMap((f) => f.messages).map((m) => m.ruleId)).toContain('all-or-none-of-the-above')
    const warned = await buildPack({ dir: bank({ 'questions.yaml': leak }), out: tempDir(), formats: new Set(['html']) })
    expect(warned.target).toBeDefined()
    expect(warned.files.flatMap((f) => f.messages).map((m) => m.ruleId)).toEqual(['cross-item-answer-leak'])
  })

  it('check --strict exits 1 on a warning, 0 without; messages carry file:line:col and the rule id', async () => {
    const dir = bank({ 'questions.yaml': leak })
    const r = await run(['check', dir, '--strict'])
    expect(r.code).toBe(1)
    const at = lineOf(readFileSync(join(dir, 'questions.yaml'), 'utf8'), "stem: Rachel Amin wants to spend the library's money on roads. Why")
    expect(r.stderr).toContain(`questions.yaml:${at}:11: error: Unexpected "Rachel Amin wants to spend the"`)
    expect(r.stderr).toContain('[cross-item-answer-leak]')
    expect((await run(['check', bank(), '--strict'])).code).toBe(0)
  })
})

describe('check --report', () => {
  it('writes a standalone page: items with cues, claims and Bloom, the figures, a chart; the same bytes each time', async () => {
    const dir = bank({ 'questions.yaml': allOfThem })
    const file = join(tempDir(), 'lint.html')
    const r = await run(['check', dir, '--report', file])
    expect(r.code).toBe(1)
    const html = readFileSync(file, 'utf8')
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'")
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" role="img"')
    // s-cost's row: its claim, its Bloom level and its cue.
    expect(html).toMatch(/<tr><td><code>s-cost<\/code><\/td><td>single<\/td><td>remember<\/td><td>C2 \(¶2\)<\/td><td><code>all-or-none-of-the-above<\/code><\/td>/)
    expect(html).toContain('<dt>True/false</dt><dd>3 of 5 True (60%)</dd>')
    expect(html).toContain('<dt>Claims</dt><dd>8 of 8 tested by a quiz item, 8 asked about at all</dd>')
    const again = join(tempDir(), 'lint.html')
    await run(['check', dir, '--report', again])
    expect(readFileSync(again, 'utf8')).toBe(html)
  })

  it('replaces an earlier report, never a file of the module, a folder or a link, and says so at the path', async () => {
    const dir = bank()
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const over = await run(['check', dir, '--report', join(dir, 'claims.yaml')])
    expect(over.code).toBe(1)
    expect(over.stderr).toContain(`${join(dir, 'claims.yaml')}: error: Unexpected file that classpack did not write where --report writes, expected a new file or a report classpack wrote`)
    expect(over.stderr).toContain('[out-not-a-report]')
    // The module is checked as ever, and its file left as it was.
    expect(over.stdout).toContain('claims anchored')
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toBe(claims)
    const folder = await run(['check', dir, '--report', dir])
    expect(folder.code).toBe(1)
    expect(folder.stderr).toContain('error: Unexpected folder where --report writes')
    const file = join(tempDir(), 'lint.html')
    symlinkSync(join(dir, 'article.md'), file)
    const linked = await run(['check', dir, '--report', file])
    expect(linked.stderr).toContain('error: Unexpected symlink where --report writes')
    expect(readFileSync(join(dir, 'article.md'), 'utf8')).not.toMatch(/^<!DOCTYPE/)
    // A pack's page carries classpack's mark too, and is no report.
    const out = tempDir()
    const built = await run(['build', dir, '--format', 'html', '--out', out])
    expect(built.code, built.stderr).toBe(0)
    const page = join(out, basename(dir), 'index.html')
    const before = readFileSync(page, 'utf8')
    expect(before).toContain('<meta name="generator" content="classpack">')
    expect((await run(['check', dir, '--report', page])).stderr).toContain('error: Unexpected file that classpack did not write where --report writes')
    expect(readFileSync(page, 'utf8')).toBe(before)
    // A folder that is not there is said to be missing (it was the system's "cannot open … (ENOENT)"), and not made.
    const nowhere = join(tempDir(), 'reports', 'term-1', 'lint.html')
    const missing = await run(['check', dir, '--report', nowhere])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`${nowhere}: error: Missing folder \`${dirname(nowhere)}\` for --report, expected a folder that exists: make it first, or name a report in \`${dirname(dirname(dirname(nowhere)))}\`  [out-not-a-folder]`)
    expect(missing.stderr).not.toContain('ENOENT')
    expect(existsSync(dirname(dirname(nowhere)))).toBe(false)
    // An earlier report is replaced.
    const report = join(tempDir(), 'lint.html')
    expect((await run(['check', dir, '--report', report])).code).toBe(0)
    writeFileSync(report, readFileSync(report, 'utf8').replace('<title>Lint report: ', '<title>Lint report: Old '))
    expect((await run(['check', dir, '--report', report])).code).toBe(0)
    expect(readFileSync(report, 'utf8')).not.toContain('Lint report: Old ')
  })

  // A trial's teacher ran check --report with a typo in questions.yaml: the lint did not run,
  // no report was written, and the one from her run before stayed there, looking current.
  it('says the report is not written while errors keep the lint from running, and that one already there is old', async () => {
    const report = join(tempDir(), 'lint.html')
    const broken = bank({ 'questions.yaml': swap('difficulty: easy', 'difficulty: simple') })
    const first = await run(['check', broken, '--report', report])
    expect(first.code).toBe(1)
    expect(first.stderr.trim().split('\n').at(-1)).toBe(`${report}: not written until the errors above are fixed (the report is the item-writing lint's)`)
    expect((await run(['check', bank(), '--report', report])).code).toBe(0)
    const before = readFileSync(report, 'utf8')
    const again = await run(['check', broken, '--report', report])
    expect(again.stderr.trim().split('\n').at(-1)).toBe(`${report}: not written until the errors above are fixed (the report is the item-writing lint's); the report there is from an earlier run`)
    expect(readFileSync(report, 'utf8')).toBe(before)
  })

  it('counts the key positions as printed and as written', () => {
    const { result } = lint(bank())
    const html = lintReport(result)
    // Authored A, B, C, D twice; printed: dealt evenly.
    expect(html).toContain('(set <code>lesson</code>, 8 single-choice keys): A 2 · B 2 · C 2 · D 2<br>')
    expect(html).toContain('(the bank, 8 keys): A 2 · B 2 · C 2 · D 2</dd>')
    expect(result.lint).toEqual([])
  })
})
