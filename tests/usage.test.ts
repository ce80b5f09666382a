// Wrong usage of the command: every problem of a command line is reported in one run, one
// line each, exit 2 and nothing written; a flag given twice is one of them.
import { cpSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, tempDir, TINY } from './helpers/fixtures.js'

/** The `classpack: …` lines a run printed. */
const said = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('classpack: '))

describe('every usage problem of a command line', () => {
  it('is reported, one line each in the order of the command line, then the pointer to the usage once', async () => {
    // Only the first (`--format`) was reported.
    const cwd = tempDir()
    const result = await run(['build', TINY, '--versions', '0', '--seed', 'abc', '--format', 'htm'], cwd)
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual([
      'classpack: Unexpected `0` for --versions, expected a whole number from 1 to 26',
      'classpack: Unexpected `abc` for --seed, expected a whole number from 0 to 2147483647',
      'classpack: Unexpected `htm` for --format, expected `html` (one of `html`, `pdf`, `print`, `moodle`, `gift`, `qti`, `qti21`, `zip`)'
    ])
    expect(result.stderr.match(/Run `classpack help` for usage\./g)).toHaveLength(1)
    expect(readdirSync(cwd)).toEqual([])
  })

  // `--format canvas` listed the formats without saying which is Canvas's.
  it('answers a platform named as a format with the formats it imports, its own first', async () => {
    const cwd = tempDir()
    const result = await run(['build', TINY, '--format', 'canvas,pdf,Blackboard'], cwd)
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual([
      'classpack: Unexpected `canvas` for --format, expected `qti` for Canvas, or `qti21`, which Canvas imports too (one of `html`, `pdf`, `print`, `moodle`, `gift`, `qti`, `qti21`, `zip`)',
      'classpack: Unexpected `Blackboard` for --format, expected `qti21` for Blackboard (one of `html`, `pdf`, `print`, `moodle`, `gift`, `qti`, `qti21`, `zip`)'
    ])
    expect(readdirSync(cwd)).toEqual([])
  })

  it('counts problems of form and of value alike: an unknown option (the value of the one meant taken with it), a switch with a value, a missing value, wrong set flags', async () => {
    const cwd = tempDir()
    const result = await run(['build', TINY, '--verions', '3', '--types', 'essay,short,quiz', '--covers=yes', '--order', 'random', '--out'], cwd)
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual([
      'classpack: Unexpected option `--verions` for `build`, expected `--versions` or another of the options `classpack help` lists',
      expect.stringMatching(/^classpack: Unexpected `essay` in --types, expected one of /),
      expect.stringMatching(/^classpack: Unexpected `quiz` in --types, expected one of /),
      'classpack: Unexpected value after `--covers` for `build`, expected `--covers` alone (it is a switch)',
      expect.stringMatching(/^classpack: Unexpected `random` for --order, expected /),
      'classpack: Unexpected `--out` without a value for `build`, expected `--out VALUE`'
    ])
    // An unknown option close to none that takes a value takes no value: a folder after it is a MODULE_DIR still.
    const verify = await run(['verify', '--frobnicate', cwd], cwd)
    expect(said(verify.stderr)).toEqual(['classpack: Unexpected option `--frobnicate` for `verify`, expected one of the options `classpack help` lists (an argument that starts with "-" goes after `--`)'])
    // Another command's option, with its value: said as such, and the value not taken for a MODULE_DIR.
    const elsewhere = await run(['check', TINY, '--roster', 'class.csv'], cwd)
    expect(elsewhere.code).toBe(2)
    expect(said(elsewhere.stderr)).toEqual(['classpack: Unexpected option `--roster` for `check`, expected it with `build`, whose option it is (`classpack build … --roster FILE.csv`)'])
    expect(said((await run(['check', TINY, '--rooster', 'class.csv'], cwd)).stderr)).toEqual(['classpack: Unexpected option `--rooster` for `check`, expected `--roster` or another of the options `classpack help` lists'])
    // Whichever command's option it is.
    expect(said((await run(['build', TINY, '--report', 'lint.html'], cwd)).stderr)).toEqual(['classpack: Unexpected option `--report` for `build`, expected it with `check`, whose option it is (`classpack check … --report FILE.html`)'])
    expect(said((await run(['check', TINY, '--port', '3'], cwd)).stderr)).toEqual(['classpack: Unexpected option `--port` for `check`, expected it with `studio`, whose option it is (`classpack studio … --port N`)'])
    expect(said((await run(['verify', cwd, '--strict'], cwd)).stderr)).toEqual(['classpack: Unexpected option `--strict` for `verify`, expected it with `check`, whose option it is (`classpack check … --strict`)'])
    // An option without its value before another option: the other is read as an option still.
    const before = await run(['build', TINY, '--out', '--seed', 'abc'], cwd)
    expect(said(before.stderr)).toEqual(['classpack: Unexpected `--out` without a value for `build`, expected `--out VALUE`', 'classpack: Unexpected `abc` for --seed, expected a whole number from 0 to 2147483647'])
    expect(readdirSync(cwd)).toEqual([])
  })

  // `-dash` was read as the switches `-d -a -s -h`: four messages, then "No modules found".
  it('says an argument of several letters after one "-" once, as written, and a folder so named as the folder', async () => {
    const cwd = tempDir()
    cpSync(TINY, join(cwd, '-unit'), { recursive: true })
    const folder = await run(['build', '-unit'], cwd)
    expect(folder.code).toBe(2)
    expect(said(folder.stderr)).toEqual(['classpack: Unexpected option `-unit` for `build`, expected `./-unit` for the folder or file `-unit` there: an argument that starts with "-" is read as options'])
    const letters = await run(['check', '-xyz', TINY], cwd)
    expect(letters.code).toBe(2)
    expect(said(letters.stderr)).toEqual(['classpack: Unexpected option `-xyz` for `check`, expected one of the options `classpack help` lists (an argument that starts with "-" goes after `--`)'])
    expect(readdirSync(cwd)).toEqual(['-unit'])
  })

  it('names each module folder that is not there, and check\'s problems too', async () => {
    const cwd = tempDir()
    const result = await run(['check', 'nope', 'nada', '--seed', '-1'], cwd)
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual([
      'classpack: Unexpected `-1` for --seed, expected a whole number from 0 to 2147483647',
      'classpack: Unexpected MODULE_DIR `nope`, expected a module folder (one with an article.md): there is nothing at that path',
      'classpack: Unexpected MODULE_DIR `nada`, expected a module folder (one with an article.md): there is nothing at that path'
    ])
  })
})

describe('modules whose packs would be one folder', () => {
  it('are wrong usage naming them, and nothing is written: of `a/m` and `b/m` the second pack replaced the first', async () => {
    const cwd = tempDir()
    for (const parent of ['a', 'b']) cpSync(TINY, join(cwd, parent, 'tiny'), { recursive: true })
    const result = await run(['build', 'a/tiny', 'b/tiny', '--out', 'o', '--format', 'html'], cwd)
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual([
      "classpack: Unexpected modules `a/tiny` and `b/tiny` in folders of one name, `tiny`, expected folder names that differ: each module's pack is `<out>/tiny`, so one would replace the other; rename a folder, or build each with its own --out"
    ])
    const twice = await run(['build', 'a/tiny', './a/tiny/', '--out', 'o', '--format', 'html'], cwd)
    expect(said(twice.stderr)).toEqual(['classpack: Unexpected MODULE_DIR `a/tiny` and `./a/tiny/`: one module given twice, expected each module once'])
    expect(readdirSync(cwd).sort()).toEqual(['a', 'b'])
    // Folders of other names build side by side.
    cpSync(TINY, join(cwd, 'b', 'other'), { recursive: true })
    expect((await run(['build', 'a/tiny', 'b/other', '--out', 'o', '--format', 'html'], cwd)).code).toBe(0)
    expect(readdirSync(join(cwd, 'o')).filter((n) => !n.startsWith('.')).sort()).toEqual(['other', 'tiny'])
  })
})

describe('a flag given twice', () => {
  it('is wrong usage naming the flag and both values, where the last silently won', async () => {
    const cwd = tempDir()
    const result = await run(['build', TINY, '--roster', 'a.csv', '--roster', 'b.csv', '--out', 'x', '--out=y', '--versions', '2', '--versions', '3', '--versions', '4'], cwd)
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual([
      'classpack: Unexpected `--roster` twice (`a.csv` and `b.csv`), expected it once: classpack would not know which to use',
      'classpack: Unexpected `--out` twice (`x` and `y`), expected it once: classpack would not know which to use',
      'classpack: Unexpected `--versions` 3 times (`2`, `3` and `4`), expected it once: classpack would not know which to use'
    ])
    expect(readdirSync(cwd)).toEqual([])
  })

  it('says to give a list flag one list', async () => {
    const result = await run(['check', TINY, '--types', 'single', '--types', 'short'], tempDir())
    expect(result.code).toBe(2)
    expect(said(result.stderr)).toEqual(['classpack: Unexpected `--types` twice (`single` and `short`), expected it once: classpack would not know which to use; give one list: `--types single,short`'])
    const format = await run(['build', TINY, '--format', 'html', '--format', 'pdf'], tempDir())
    expect(said(format.stderr)).toEqual(['classpack: Unexpected `--format` twice (`html` and `pdf`), expected it once: classpack would not know which to use; give one list: `--format html,pdf`'])
  })

  it('is fine for a switch, which says the same twice', async () => {
    const result = await run(['build', TINY, '--format', 'gift', '--covers', '--covers', '--out', tempDir()])
    expect(result.code, result.stderr).toBe(0)
  })
})

describe('the words of a usage message', () => {
  it('name CLASSPACK_WORKERS, not --workers, for a wrong value of the variable; and the flag, when both are given', async () => {
    const cwd = tempDir()
    const variable = await run(['build', TINY, '--format', 'gift'], cwd, { CLASSPACK_WORKERS: 'abc' })
    expect(variable.code).toBe(2)
    expect(said(variable.stderr)).toEqual(['classpack: Unexpected `abc` in CLASSPACK_WORKERS, expected a whole number from 0 to 64'])
    const flag = await run(['build', TINY, '--format', 'gift', '--workers', 'x'], cwd, { CLASSPACK_WORKERS: '1' })
    expect(said(flag.stderr)).toEqual(['classpack: Unexpected `x` for --workers, expected a whole number from 0 to 64'])
    const epoch = await run(['build', TINY, '--format', 'gift'], cwd, { SOURCE_DATE_EPOCH: 'now' })
    expect(said(epoch.stderr)).toEqual(['classpack: Unexpected `now` in SOURCE_DATE_EPOCH, expected a whole number from 0 to 253402300799'])
    expect(readdirSync(cwd)).toEqual([])
  })

  it('say "empty" rather than show an empty code span', async () => {
    const cwd = tempDir()
    const formats = '`html`, `pdf`, `print`, `moodle`, `gift`, `qti`, `qti21`, `zip`'
    expect(said((await run(['build', TINY, '--format', 'html,,pdf'], cwd)).stderr)).toEqual([`classpack: Unexpected empty name in --format \`html,,pdf\`, expected a name between each two commas (one of ${formats})`])
    expect(said((await run(['build', TINY, '--format', ''], cwd)).stderr)).toEqual([`classpack: Unexpected empty --format, expected a comma-separated list of ${formats}`])
    expect(said((await run(['build', TINY, '--paper', ' '], cwd)).stderr)).toEqual(['classpack: Unexpected empty value for --paper, expected one of `a4`, `letter`'])
  })

  it('take a name in any case, and quote a wrong one as typed', async () => {
    const cwd = tempDir()
    // `--paper A5` was quoted back as `a5`, and `--lang EN` refused where `--paper A4` was taken.
    expect(said((await run(['build', TINY, '--paper', 'A5'], cwd)).stderr)).toEqual(['classpack: Unexpected `A5` for --paper, expected `a4` (one of `a4`, `letter`)'])
    const built = await run(['build', TINY, '--lang', 'EN', '--format', 'GIFT', '--paper', 'Letter', '--out', join(cwd, 'out')], cwd)
    expect(built.code, built.stderr).toBe(0)
    expect(readdirSync(join(cwd, 'out', 'tiny'))).toContain('quiz.gift.txt')
  })
})

describe('a folder of modules given as MODULE_DIR', () => {
  // `classpack check source` gave two "Missing file" errors (article.md, claims.yaml) and
  // suggested `classpack init`, as if `source` were a module with its files missing.
  it('is wrong usage (exit 2) for check and build alike, naming the modules it holds and what to do', async () => {
    const cwd = tempDir()
    cpSync(TINY, join(cwd, 'source/tiny'), { recursive: true })
    cpSync(TINY, join(cwd, 'source/small'), { recursive: true })
    for (const command of ['check', 'build']) {
      const result = await run([command, 'source'], cwd)
      expect(result.code, command).toBe(2)
      expect(said(result.stderr)).toEqual([
        `classpack: Unexpected MODULE_DIR \`source\`, a folder of modules (\`${join('source', 'small')}\`, \`${join('source', 'tiny')}\`), expected a module folder (one with an article.md): pass those, or run \`classpack ${command}\` with no folder, which takes every module under source/`
      ])
      expect(result.stderr).not.toContain('Missing file')
    }
    // Elsewhere than source/, the modules to pass are spelled out.
    const result = await run(['check', join(cwd, 'source')], tempDir())
    expect(result.code).toBe(2)
    expect(said(result.stderr)[0]).toContain(`pass those (\`classpack check ${join(cwd, 'source/small')} ${join(cwd, 'source/tiny')}\`)`)
    expect(readdirSync(cwd)).toEqual(['source'])
  })
})
