// Hardening: a failed or killed build leaves the earlier pack as it was; bad input files,
// rosters and templates are reported with file:line:col and no stack trace; HTML never
// runs a script. Through the library, but for the killed build (a real process) and one
// failing build through the command (its exit code and closing line).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { writePack } from '../src/write.js'
import { CACHE_FOLDER } from '../src/write/cache.js'
import { checkModule, formatMessages, initModule } from '../src/index.js'
import { CLI, DEMO, assemble, demoCopy, ROOT, run, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build, packFiles, sharedPack, tryBuild } from './helpers/pack.js'

/** The demo's HTML pack, built once per run. */
const html = () => sharedPack({ dir: DEMO, formats: ['html'] })

let earlier: Map<string, Buffer>
beforeAll(async () => {
  earlier = packFiles(await html())
})

/** An output folder holding the demo's HTML pack, as an earlier build would leave it; returns its files. */
async function earlierPack(out: string): Promise<Map<string, Buffer>> {
  cpSync(await html(), join(out, 'us-backstop-ukraine'), { recursive: true })
  return earlier
}

function expectUnchanged(out: string, before: Map<string, Buffer>): void {
  const after = packFiles(join(out, 'us-backstop-ukraine'))
  expect([...after.keys()]).toEqual([...before.keys()])
  for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true)
  // Nothing left beside the pack but the cache of documents rendered (which is no debris).
  expect(readdirSync(out).filter((n) => n.startsWith('.') && n !== CACHE_FOLDER)).toEqual([])
}

describe('atomic output', () => {
  it('a bad template leaves the earlier pack exactly as it was (the command: exit 1, and says so)', async () => {
    const out = tempDir()
    const before = await earlierPack(out)
    const templates = tempDir()
    writeFileSync(join(templates, 'quiz.md.hbs'), '# Quiz\n{{#each items}}\n{{nope}}\n{{/each}}\n')
    const result = await run(['build', DEMO, '--out', out, '--format', 'html', '--templates', templates])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${join(templates, 'quiz.md.hbs')}:3:3: error: Unexpected field \`nope\``)
    expect(result.stderr).toContain(`${DEMO}: nothing written; ${out}/ is unchanged`)
    expectUnchanged(out, before)
  })

  // An error in one file kept the sets and the lint from running, and nothing said so: a set's
  // own mistake came up only in the next run, after the first was fixed.
  it('says what the errors kept from being checked: the sets and the lint, in check and build', async () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace(/^published: .*$/m, 'published: 2024-13-45') })
    for (const args of [['check', dir], ['build', dir, '--out', tempDir(), '--format', 'html']]) {
      const result = await run(args)
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`${dir}: not checked yet (until the errors above are fixed): the sets in module.yaml and the item-writing lint`)
    }
    // A run that checked everything says nothing of the kind.
    expect((await run(['check', DEMO])).stderr).not.toContain('not checked yet')
    expect(checkModule(dir).unchecked).toEqual(['the sets in module.yaml', 'the item-writing lint'])
  })

  // An unclosed quote in claims.yaml beside a claim id mistyped in questions.yaml: the id came
  // up only on the next run, and the line named only the sets and the lint.
  it('says so of the claim ids, quotes and ¶ references a broken claims.yaml kept from being checked', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('    kind: causal', '    kind: "causal') })
    expect(checkModule(dir).unchecked).toEqual(['the claim ids questions.yaml names', 'the quotes and ¶ references', 'the sets in module.yaml', 'the item-writing lint'])
  })

  // A mistyped `title:` hid the title from the glossary check: a term only the title uses was "never used".
  it('judges no glossary term unused while the title is missing from the front matter (its own error)', () => {
    const dir = demoCopy({
      'article.md': (t) => t.replace(/^title: /m, 'titel: '),
      'claims.yaml': (t) => t.replace('  - term: backstop\n', '  - term: peacekeepers\n    definition: Troops sent to keep a peace.\n    source: article\n  - term: backstop\n')
    })
    const messages = checkModule(dir).messages
    expect(messages.filter((m) => m.ruleId === 'glossary-unused')).toEqual([])
    expect(messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([expect.stringContaining('Unexpected field `titel`')])
    // With the title back, a term the article never uses is said to be.
    const fixed = demoCopy({ 'claims.yaml': (t) => t.replace('  - term: backstop\n', '  - term: blue helmets\n    definition: UN peacekeepers.\n    source: article\n  - term: backstop\n') })
    expect(checkModule(fixed).messages.filter((m) => m.ruleId === 'glossary-unused').map((m) => m.reason)).toEqual([expect.stringContaining('`blue helmets`')])
  })

  // A teacher wrote the glossary term "reverse osmosis" for the article's "reverse-osmosis membranes".
  it('finds a glossary term written with a space where the article has a hyphen, or the other way round', () => {
    const desal = join(ROOT, 'tests/fixtures/desal')
    const dir = tempDir('classpack-glossary-')
    cpSync(desal, dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    writeFileSync(join(dir, 'claims.yaml'), claims.replace('{ term: reverse-osmosis,', '{ term: reverse osmosis,').replace('{ term: brine,', '{ term: drinking-water, definition: "Water fit to drink.", source: article }\n  - { term: brine,'))
    expect(checkModule(dir).messages.filter((m) => m.ruleId === 'glossary-unused').map(String)).toEqual([])
    // A word the article does not have is still said to be unused.
    writeFileSync(join(dir, 'claims.yaml'), claims.replace('{ term: reverse-osmosis,', '{ term: reverse flow,'))
    expect(checkModule(dir).messages.filter((m) => m.ruleId === 'glossary-unused').map((m) => m.reason)).toEqual([expect.stringContaining('`reverse flow`')])
  })

  it('a write error midway leaves the earlier pack and no staging folder', async () => {
    const out = tempDir()
    const before = await earlierPack(out)
    async function* failing() {
      yield { path: 'handout.html', bytes: new Uint8Array([1, 2, 3]) }
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', syscall: 'write' })
    }
    await expect(writePack(join(out, 'us-backstop-ukraine'), failing(), () => true)).rejects.toThrow('ENOSPC')
    expectUnchanged(out, before)
  })

  it('a killed build leaves the earlier pack byte-identical, and the next run clears its debris', async () => {
    const out = tempDir()
    const before = await earlierPack(out)
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name', ...Array.from({ length: 400 }, (_, i) => `Student ${i}`)].join('\n'))
    const child = spawn(process.execPath, [CLI, 'build', DEMO, '--out', out, '--roster', roster, '--format', 'html'], { cwd: ROOT, stdio: 'ignore' })
    // Kill it once it has staged part of the pack.
    const staging = (): string | undefined => readdirSync(out).find((n) => n.startsWith('.classpack-staging-'))
    const deadline = Date.now() + 60_000
    for (;;) {
      const s = staging()
      if (s && existsSync(join(out, s, 'quiz')) && readdirSync(join(out, s, 'quiz')).length > 20) break
      if (Date.now() > deadline) throw new Error('the build never staged files')
      await new Promise((r) => setTimeout(r, 20))
    }
    child.kill('SIGKILL')
    await new Promise((r) => child.on('exit', r))
    const after = packFiles(join(out, 'us-backstop-ukraine'))
    for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true)
    expect(staging()).toBeDefined()
    // The next build (even a failing one) removes what the killed one left.
    const next = await tryBuild({ dir: DEMO, formats: ['html'], overrides: { count: 999 } }, out)
    expect(next.target).toBeUndefined()
    expectUnchanged(out, before)
  })
})

describe('bad files', () => {
  /** `classpack check` through the library: code 1 when not ok, messages as the command prints them. */
  const check = (dir: string) => {
    const r = assemble(dir)
    return { code: r.ok ? 0 : 1, stderr: r.text }
  }

  it('an empty article', () => {
    const dir = demoCopy({ 'article.md': () => '' })
    const r = check(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'article.md')}:1:1: error: Unexpected empty article, expected a \`---\` front matter block`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('an article with no paragraphs', () => {
    const dir = demoCopy({ 'article.md': (t) => t.slice(0, t.indexOf('---', 4) + 4) + '\n## Heading only\n' })
    const r = check(dir)
    expect(r.stderr).toContain(`${join(dir, 'article.md')}:1:1: error: Unexpected article without paragraphs`)
    expect(r.code).toBe(1)
  })

  it('a binary article', () => {
    const dir = demoCopy()
    writeFileSync(join(dir, 'article.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]))
    const r = check(dir)
    expect(r.stderr).toContain(`${join(dir, 'article.md')}:2:1: error: Unexpected binary content (a NUL byte), expected a UTF-8 text file`)
  })

  it('an article that is not UTF-8', () => {
    const dir = demoCopy()
    writeFileSync(join(dir, 'article.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]))
    const r = check(dir)
    expect(r.stderr).toContain(`${join(dir, 'article.md')}:2:11: error: Unexpected byte 0xe9 that is not UTF-8, expected a UTF-8 text file (save it as UTF-8)`)
  })

  it('a 5 MB article is refused with its size', () => {
    const dir = demoCopy({ 'article.md': (t) => t + '\nWord '.repeat(900_000) })
    const r = check(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`${join(dir, 'article.md')}: error: Unexpected file of 5\\.\\d MB, expected at most 1 MB`))
  })

  it('a file a byte over the limit gives both sizes in bytes (not "1.0 MB, expected at most 1 MB")', () => {
    const dir = demoCopy()
    const text = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    writeFileSync(join(dir, 'claims.yaml'), text + '#'.repeat(1024 * 1024 + 1 - Buffer.byteLength(text)))
    const r = check(dir)
    expect(r.stderr).toContain(`${join(dir, 'claims.yaml')}: error: Unexpected file of 1,048,577 bytes, expected at most 1,048,576 bytes (1 MB)`)
  })

  it('a link to a device or a named pipe is refused unread (reading one never ends)', async () => {
    // A link to /dev/zero read whole filled the memory (17 GB, then killed); a pipe hung the run.
    const dir = demoCopy()
    rmSync(join(dir, 'questions.yaml'))
    symlinkSync('/dev/zero', join(dir, 'questions.yaml'))
    rmSync(join(dir, 'module.yaml'))
    const { execFileSync } = await import('node:child_process')
    execFileSync('mkfifo', [join(dir, 'module.yaml')])
    const r = check(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'questions.yaml')}: error: Unexpected device at \`questions.yaml\`, expected a regular file: classpack reads only files  [file-unreadable]`)
    expect(r.stderr).toContain(`${join(dir, 'module.yaml')}: error: Unexpected named pipe at \`module.yaml\`, expected a regular file: classpack reads only files  [file-unreadable]`)
    // init's article too, whatever its name says.
    const cwd = tempDir()
    symlinkSync('/dev/zero', join(cwd, 'article.txt'))
    const init = await initModule({ path: 'article.txt', into: 'm', cwd })
    expect(init.written).toBe(false)
    expect(init.messages.map((m) => m.reason)).toEqual(['Unexpected device at `article.txt`, expected a regular file: classpack reads only files'])
  })

  it('a link to a file that is not there is named as such, not as a missing file', () => {
    const dir = demoCopy()
    const gone = join(tempDir(), 'claims.yaml')
    rmSync(join(dir, 'claims.yaml'))
    symlinkSync(gone, join(dir, 'claims.yaml'))
    const r = check(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'claims.yaml')}: error: Unexpected symlink \`claims.yaml\` to \`${gone}\`, where there is no file, expected`)
    expect(r.stderr).not.toContain('Missing file')
  })

  it('a link that leads back to itself is named as a loop, in words, and so is such a MODULE_DIR', async () => {
    // It printed the system's "ELOOP: too many symbolic links encountered, stat '…'".
    const dir = demoCopy()
    rmSync(join(dir, 'claims.yaml'))
    symlinkSync('claims.yaml', join(dir, 'claims.yaml'))
    const r = check(dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(dir, 'claims.yaml')}: error: Unexpected loop of symbolic links at \`claims.yaml\`, expected`)
    expect(r.stderr).not.toContain('ELOOP')
    const loop = join(tempDir(), 'm')
    symlinkSync(loop, loop)
    const usage = await run(['check', loop])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain(`Unexpected MODULE_DIR \`${loop}\`, expected a module folder (one with an article.md): there is a loop of symbolic links there`)
  })

  it('an empty claims.yaml or questions.yaml', () => {
    const dir = demoCopy({ 'claims.yaml': () => '' })
    expect(check(dir).stderr).toContain(`${join(dir, 'claims.yaml')}:1:1: error: Unexpected empty file, expected a mapping with \`claims\``)
    // No questions yet is an error only for a set that draws on no generated items.
    const other = demoCopy({ 'questions.yaml': () => '# nothing yet\n' })
    const r = check(other)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${join(other, 'questions.yaml')}:1:1: error: Unexpected empty file, expected a mapping with \`discussion\` and \`quiz\` lists, or a set that draws on generated items`)
    expect(checkModule(other, { overrides: { generated: ['voice', 'kind'] } }).ok).toBe(true)
  })

  it('a claims.yaml that is not YAML, or not a mapping', () => {
    const dir = demoCopy({ 'claims.yaml': () => 'claims: [unclosed\n', 'questions.yaml': () => 'just some prose\n' })
    const r = check(dir)
    expect(r.stderr).toContain(`${join(dir, 'claims.yaml')}:1:9: error: Unexpected \`[\` that is never closed`)
    expect(r.stderr).toContain(`${join(dir, 'questions.yaml')}:1:1: error: Unexpected \`just some prose\`, expected a mapping (questions.yaml)`)
  })

  /** A build with `roster` through the library: code 1 when nothing is written. */
  const buildWith = async (roster: string) => {
    const r = await tryBuild({ dir: DEMO, roster })
    return { code: r.target ? 0 : 1, stderr: r.text }
  }

  it('a roster without a name column', async () => {
    const roster = join(tempDir(), 'class.csv')
    writeFileSync(roster, 'Kennzahl,Raum,ID\nAda,1\n')
    const r = await buildWith(roster)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${roster}:1:1: error: Unexpected header \`Kennzahl,Raum,ID\`, expected a \`name\` column (and optionally \`id\` and \`group\`)`)
  })

  it('a roster of 10,000 rows is refused, naming the file and the row', async () => {
    const roster = join(tempDir(), 'school.csv')
    writeFileSync(roster, ['name', ...Array.from({ length: 10_000 }, (_, i) => `S${i}`)].join('\n'))
    const r = await buildWith(roster)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${roster}:5002:1: error: Unexpected roster of 10000 students, expected at most 5000: split it into several rosters`)
  })

  it('a roster with a quote left open', async () => {
    const roster = join(tempDir(), 'class.csv')
    writeFileSync(roster, 'name\n"Ada\n')
    const r = await buildWith(roster)
    expect(r.stderr).toContain(`${roster}:2:1: error: Unexpected end of file inside a quoted field, expected a closing \`"\``)
  })
})

describe('templates', () => {
  const buildWith = async (files: Record<string, string>) => {
    const dir = tempDir()
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    const r = await tryBuild({ dir: DEMO, formats: ['html'], templates: dir })
    return { dir, code: r.target ? 0 : 1, stderr: r.text }
  }

  it('a missing field names the template and line:col', async () => {
    const r = await buildWith({ 'handout.md.hbs': '# {{title}}\n\n{{subtitle}}\n' })
    expect(r.stderr).toContain(`${join(r.dir, 'handout.md.hbs')}:3:3: error: Unexpected field \`subtitle\`, expected \`title\` or another field of this template's view model (see the README)`)
    expect(r.code).toBe(1)
  })

  it('an unknown helper', async () => {
    const r = await buildWith({ 'quiz.md.hbs': '# Quiz\n{{lookup items 0}}\n' })
    expect(r.stderr).toContain(`${join(r.dir, 'quiz.md.hbs')}:2:1: error: Unexpected helper \`lookup\`, expected one of \`if\`, \`unless\`, \`each\`, \`with\``)
  })

  it('a missing partial', async () => {
    const r = await buildWith({ 'quiz.md.hbs': '# Quiz\n\n{{> footer}}\n' })
    expect(r.stderr).toContain(`${join(r.dir, 'quiz.md.hbs')}:3:1: error: Unexpected partial \`footer\`, expected one of \`argument-map-blank\`, \`argument-map\`, \`grid\`, \`header\``)
  })

  it('a syntax error', async () => {
    const r = await buildWith({ 'quiz.md.hbs': '# Quiz\n{{#each items}}\n{{/if}}\n' })
    expect(r.stderr).toContain(`${join(r.dir, 'quiz.md.hbs')}:3:1: error: Unexpected \`{{/if}}\`, expected \`{{/each}}\` to close the \`{{#each items}}\` opened at 2:1`)
  })

  it('an error inside an overriding partial names the partial', async () => {
    const r = await buildWith({ 'partials/header.md.hbs': 'Course: {{header.room}}\n' })
    expect(r.stderr).toContain(`${join(r.dir, 'partials/header.md.hbs')}:1:11: error: Unexpected field \`room\``)
  })

  it('a module file saved as UTF-16 is told to be saved as UTF-8 in its editor, not as Excel CSV', () => {
    const dir = demoCopy()
    const claims = join(dir, 'claims.yaml')
    writeFileSync(claims, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(claims, 'utf8'), 'utf16le')]))
    const said = formatMessages(checkModule(dir).files).split('\n').filter((l) => l.includes('claims.yaml'))
    expect(said).toEqual([`${claims}:1:1: error: Unexpected UTF-16 text, expected a UTF-8 text file (save it as UTF-8 in your editor)  [file-encoding]`])
  })

  it.each([
    ['with its byte-order mark', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le(text)])],
    ['without one', (text: string) => utf32le(text)]
  ])('a module file saved as UTF-32 (%s) is named so, not as UTF-16', (_, encode) => {
    const dir = demoCopy()
    const claims = join(dir, 'claims.yaml')
    writeFileSync(claims, encode(readFileSync(claims, 'utf8')))
    const said = formatMessages(checkModule(dir).files).split('\n').filter((l) => l.includes('claims.yaml'))
    expect(said).toEqual([`${claims}:1:1: error: Unexpected UTF-32 text, expected a UTF-8 text file (save it as UTF-8 in your editor)  [file-encoding]`])
  })

  it('a template that is not UTF-8, binary or a folder is said to be, once, and the build writes nothing', async () => {
    // Templates were read as UTF-8 without a check: Latin-1 printed U+FFFD into the pack, a NUL
    // gave a syntax error quoting the bytes, and a folder "cannot write the pack: EISDIR".
    const latin1 = tempDir()
    writeFileSync(join(latin1, 'quiz.md.hbs'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from(' {{title}}\n')]))
    const a = await tryBuild({ dir: DEMO, formats: ['html'], templates: latin1 })
    expect(a.target).toBeUndefined()
    expect(a.text).toContain(`${join(latin1, 'quiz.md.hbs')}:1:6: error: Unexpected byte 0xe9 that is not UTF-8, expected a UTF-8 text file (save it as UTF-8)  [file-encoding]`)
    const binary = tempDir()
    writeFileSync(join(binary, 'quiz.md.hbs'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x7d, 0x7d]))
    const b = await tryBuild({ dir: DEMO, formats: ['html'], templates: binary })
    expect(b.target).toBeUndefined()
    expect(b.text.trim().split('\n')).toEqual([`${join(binary, 'quiz.md.hbs')}:1:3: error: Unexpected binary content (a NUL byte), expected a UTF-8 text file  [file-binary]`])
    const folder = tempDir()
    mkdirSync(join(folder, 'quiz.md.hbs'))
    const out = tempDir()
    const before = await earlierPack(out)
    const c = await run(['build', DEMO, '--out', out, '--format', 'html', '--templates', folder])
    expect(c.code).toBe(1)
    expect(c.stderr).toContain(`${join(folder, 'quiz.md.hbs')}: error: Unexpected folder \`quiz.md.hbs\`, expected a file  [file-unreadable]`)
    expect(c.stderr).not.toContain('[template-unused]')
    expect(c.stderr).not.toContain('cannot write')
    expectUnchanged(out, before)
  })

  it('cannot reach the prototype', async () => {
    const r = await buildWith({ 'quiz.md.hbs': '# {{title.constructor.name}}\n' })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('[template-field]')
  })
})

describe('HTML safety', () => {
  it('every page forbids scripts with a Content-Security-Policy', () => {
    const files = earlier
    for (const [path, bytes] of files) {
      if (!path.endsWith('.html')) continue
      const html = readHtml(bytes.toString('utf8'))
      const csp = html.elements('meta').find((m) => m.properties.httpEquiv && String(m.properties.httpEquiv).toLowerCase() === 'content-security-policy')
      expect(String(csp?.properties.content), path).toContain("default-src 'none'")
      expect(String(csp?.properties.content)).not.toContain('script-src')
      expect(html.elements('script')).toHaveLength(0)
    }
  })

  it('keeps only http, https, mailto and relative links', async () => {
    const { isSafeUrl } = await import('../src/render/html.js')
    expect(['https://example.org', 'http://x.y', 'mailto:a@b.c', 'handout.html', 'quiz/001-ada.pdf'].every(isSafeUrl)).toBe(true)
    expect(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'file:///etc/passwd'].some(isSafeUrl)).toBe(false)
  })

  it('a link written in an input is text, never a link', async () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('    paraphrase: >-\n      The author suggests that the main reason', '    paraphrase: >-\n      [click](javascript:alert(1)) <a href="javascript:x">y</a> The author suggests that the main reason') })
    // The teacher edition: the student's leaves out a paraphrase that names its asserter.
    const page = readHtml(packFiles(await build({ dir, formats: ['html'] })).get('handout-teacher.html')!.toString('utf8'))
    // The only links are the page's own contents, to its sections.
    expect(page.elements('a').filter((a) => !/^#section-\d+$/.test(String(a.properties.href)))).toHaveLength(0)
    expect(page.mainText).toContain('[click](javascript:alert(1)) <a href="javascript:x">y</a>')
  })
})

/** `text` as UTF-32, little-endian, no byte-order mark. */
function utf32le(text: string): Buffer {
  const points = [...text].map((c) => c.codePointAt(0)!)
  const bytes = Buffer.alloc(points.length * 4)
  points.forEach((p, i) => bytes.writeUInt32LE(p, i * 4))
  return bytes
}
