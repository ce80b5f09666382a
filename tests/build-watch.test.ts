// `classpack build --watch` (src/build-watch.ts, src/load/watch.ts): the command stays after its
// first build and builds again as the roster or the module's files change, each pack the same
// bytes as a build from nothing; a change that brings an error leaves the earlier pack as it
// was, and fixing it builds again; an editor's scratch files build nothing; Ctrl+C (the
// `stopped` promise src/cli.ts settles on SIGINT) ends it with 0. Run in this process, as
// src/cli.ts runs it, with real files and real file-system events. No timing is asserted:
// `npm run bench` times the rebuild.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../src/command.js'
import { watchBuilds } from '../src/build-watch.js'
import { type Changes, watchPaths } from '../src/index.js'
import { BIN, run, TINY, tempDir } from './helpers/fixtures.js'
import { packFiles } from './helpers/pack.js'

/** Wait until `ready()` holds, checking every 20 ms; fails after `ms` with `what`. */
async function until(ready: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!ready()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

/** Until `size` (of what a process printed) has not grown for `ms`: its builds are done. */
async function quiet(size: () => number, ms = 800): Promise<void> {
  let last = size()
  let since = Date.now()
  const end = Date.now() + 30_000
  while (Date.now() - since < ms) {
    if (Date.now() > end) throw new Error('gave up waiting for the output to settle')
    await new Promise((done) => setTimeout(done, 50))
    if (size() !== last) {
      last = size()
      since = Date.now()
    }
  }
}

/** A spreadsheet's save: a new file renamed over the old one. */
function save(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text)
  renameSync(`${path}.tmp`, path)
}

/** A Ctrl+C to press: `stopped` settles when `stop` is called. */
function stopper(): { stop: () => void; stopped: Promise<void> } {
  let stop = (): void => {}
  const stopped = new Promise<void>((done) => {
    stop = done
  })
  return { stop, stopped }
}

/** `classpack ARGS` run in this process until `stop` (Ctrl+C); what it printed so far, in `printed`. */
function watching(args: string[]): { code: Promise<number>; stop: () => void; printed: { stdout: string; stderr: string } } {
  const { stop, stopped } = stopper()
  const printed = { stdout: '', stderr: '' }
  const code = runCommand(args, {
    stdout: { write: (text: string) => (printed.stdout += text) },
    stderr: { write: (text: string) => (printed.stderr += text) },
    env: { ...process.env, CLASSPACK_WORKERS: '0' },
    stopped: () => stopped
  })
  return { code, stop, printed }
}

/** How many packs the command said it wrote. */
const packsIn = (stdout: string): number => stdout.split('\n').filter((line) => line.includes(': wrote ')).length

describe('build --watch', () => {
  it('builds again as the roster and the module change, each pack as a build from nothing makes it, keeps the earlier pack through an error, and stops on Ctrl+C', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name,id\nAda Lovelace,100\nZoë Ng,101\nSeán Ó Súilleabháin,102\n')
    const out = tempDir()
    const pack = join(out, 'tiny')
    const args = ['--roster', roster, '--format', 'html,pdf', '--versions', '2', '--seed', '3']
    const { code, stop, printed } = watching(['build', dir, '--out', out, ...args, '--watch'])
    const packs = (): number => packsIn(printed.stdout)
    const fromNothing = async (): Promise<Map<string, Buffer>> => {
      const cold = tempDir()
      const built = await run(['build', dir, '--out', cold, ...args, '--no-cache'])
      expect(built.code).toBe(0)
      return packFiles(join(cold, 'tiny'))
    }

    await until(() => printed.stderr.includes('for changes (Ctrl+C stops)'), 'the watch to begin')
    expect(packs()).toBe(1)
    expect(printed.stderr).toContain(`classpack: watching ${dir}/ and ${roster} for changes (Ctrl+C stops)`)

    // A name corrected in the roster: that student's quiz is rendered again, the rest taken from the cache.
    save(roster, readFileSync(roster, 'utf8').replace('Zoë Ng', 'Zoë Nguyen'))
    await until(() => packs() === 2, 'the rebuild after the roster changed')
    expect(printed.stderr).toContain(`classpack: ${roster} changed; building ${dir} again`)
    expect(printed.stdout.split('\n')[1]).toMatch(/from the cache/)
    const afterRoster = packFiles(pack)
    expect([...afterRoster.keys()].some((f) => /nguyen/.test(f))).toBe(true)
    expect(afterRoster).toEqual(await fromNothing())

    // A quote the article does not hold: an error at its line, and the pack stays as it was.
    const claims = join(dir, 'claims.yaml')
    const good = readFileSync(claims, 'utf8')
    writeFileSync(claims, good.replace('Small modules build fast.', 'Small modules build slowly.'))
    await until(() => printed.stderr.includes('nothing written'), 'the build with an error')
    expect(printed.stderr).toMatch(/claims\.yaml:\d+:\d+: error: .*Small modules build slowly/)
    expect(printed.stderr).toContain(`building ${dir} again`)
    expect(packFiles(pack)).toEqual(afterRoster)

    // Fixed: built again, as before the error.
    writeFileSync(claims, good)
    await until(() => packs() === 3, 'the rebuild after the fix')
    expect(packFiles(pack)).toEqual(afterRoster)

    // An editor's scratch files beside the module's are no change to it.
    const said = printed.stderr
    writeFileSync(join(dir, '.claims.yaml.swp'), 'scratch')
    writeFileSync(join(dir, 'claims.yaml~'), good)
    await new Promise((done) => setTimeout(done, 600))
    expect(printed.stderr).toBe(said)
    expect(packs()).toBe(3)

    stop()
    expect(await code).toBe(0)
    // Stopped: a change now builds nothing.
    save(roster, readFileSync(roster, 'utf8').replace('Ada Lovelace', 'Ada King'))
    await new Promise((done) => setTimeout(done, 400))
    expect(packs()).toBe(3)
  }, 120_000)

  it('as installed, stays running after the first build and stops with 0 on Ctrl+C (SIGINT)', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const child = spawn(process.execPath, [BIN, 'build', dir, '--out', tempDir(), '--format', 'html', '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    let gone = false
    void exited.then(() => (gone = true))
    await until(() => stderr.includes('(Ctrl+C stops)') || gone, 'the watch to begin')
    // Still there a while later: the watch, not a pending build, keeps it running.
    await new Promise((done) => setTimeout(done, 500))
    expect(gone).toBe(false)
    writeFileSync(join(dir, 'article.md'), `${readFileSync(join(dir, 'article.md'), 'utf8')}\nOne more paragraph.\n`)
    await until(() => /article\.md changed; building .* again/.test(stderr), 'the rebuild')
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  }, 60_000)

  // Started with no MODULE_DIR, it builds every module under source/, and once watched only those:
  // a module `classpack init` added in another terminal was never built.
  it('with no MODULE_DIR, builds a module added under source/ while watching, and says when one is gone', async () => {
    const project = tempDir()
    cpSync(TINY, join(project, 'source', 'tiny'), { recursive: true })
    const out = join(project, 'out')
    const child = spawn(process.execPath, [BIN, 'build', '--format', 'html', '--watch'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    try {
      await until(() => stderr.includes('(Ctrl+C stops)'), 'the watch to begin')
      expect(stderr).toContain('classpack: watching source/ for changes (Ctrl+C stops)')
      expect(packsIn(stdout)).toBe(1)

      // Copied in file by file, as init writes one: the folder comes before its article.md.
      cpSync(TINY, join(project, 'source', 'second'), { recursive: true })
      await until(() => stdout.includes('source/second: wrote'), 'the new module built')
      expect(stderr).toMatch(/changed; building source\/second \(new\)\n/)
      expect(readFileSync(join(out, 'second', 'manifest.json'), 'utf8')).toContain('"files"')
      // The copy's last files may land once that build has begun, and are built again (rightly:
      // the module changed during it). Counted once the output is quiet.
      const started = (): number => stderr.split('\n').filter((l) => /; building source\/second/.test(l)).length
      const finished = (): number => stdout.split('\n').filter((l) => l.startsWith('source/second: wrote')).length
      await until(() => started() === finished(), 'the builds of the new module to finish')
      await quiet(() => stdout.length + stderr.length)
      await until(() => started() === finished(), 'the builds of the new module to finish')
      const built = packsIn(stdout)
      expect(built === 2 || (built === 3 && stderr.includes('changed; building source/second again'))).toBe(true)

      // A change to one module builds that one alone.
      const article = join(project, 'source', 'second', 'article.md')
      save(article, `${readFileSync(article, 'utf8')}\nOne more paragraph.\n`)
      await until(() => packsIn(stdout) === built + 1, 'the rebuild of the new module')
      expect(stderr).toContain('classpack: source/second/article.md changed; building source/second again')

      // A folder without an article is no module: said once, and nothing built.
      renameSync(join(project, 'source', 'tiny', 'article.md'), join(project, 'article-draft.md'))
      await until(() => stderr.includes('source/tiny/ holds no article.md now'), 'the module gone')
      await new Promise((done) => setTimeout(done, 300))
      expect(packsIn(stdout)).toBe(built + 1)
    } finally {
      child.kill('SIGINT')
    }
    expect(await exited).toBe(0)
  }, 60_000)

  it('sees every save that renames a new file over the old (gedit, Vim, LibreOffice), in a subfolder made while watching too', async () => {
    // Node 20's own `recursive` watch on Linux watched each file, and after the first such
    // save it watched the file that was replaced: the next saves built nothing.
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const seen: Changes[] = []
    const stop = watchPaths([{ path: dir, kind: 'folder', tag: 'm', recursive: true }], (changes) => seen.push(changes), { delay: 50 })
    try {
      const saves = async (path: string): Promise<void> => {
        for (let n = 1; n <= 3; n++) {
          const before = seen.length
          save(path, `version ${n}\n`)
          await until(() => seen.length > before, `save ${n} of ${path}`, 5_000)
          expect([...seen.at(-1)!.get('m')!]).toContain(path.slice(dir.length + 1))
        }
      }
      await saves(join(dir, 'article.md'))
      mkdirSync(join(dir, 'templates'))
      writeFileSync(join(dir, 'templates', 'handout.md.hbs'), 'version 0\n')
      await until(() => [...seen.at(-1)!.get('m')!].some((p) => p.startsWith('templates')), 'the new folder', 5_000)
      await saves(join(dir, 'templates', 'handout.md.hbs'))
    } finally {
      stop()
    }
  })

  it('watches a folder moved away again when it comes back, or another put in its place, and a roster whose folder is made after the start', async () => {
    const root = tempDir()
    const dir = join(root, 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const roster = join(root, 'class', 'roster.csv')
    const seen: Changes[] = []
    const stop = watchPaths(
      [
        { path: dir, kind: 'folder', tag: 'm', recursive: true },
        { path: roster, kind: 'file', tag: 'r' }
      ],
      (changes) => seen.push(changes),
      { delay: 50 }
    )
    const next = async (what: string, act: () => void): Promise<Changes> => {
      const before = seen.length
      act()
      await until(() => seen.length > before, what, 5_000)
      await new Promise((done) => setTimeout(done, 100))
      return seen.at(-1)!
    }
    try {
      expect((await next('the folder moved away', () => renameSync(dir, join(root, 'away')))).has('m')).toBe(true)
      expect((await next('the folder moved back', () => renameSync(join(root, 'away'), dir))).has('m')).toBe(true)
      expect([...(await next('a save in it', () => save(join(dir, 'article.md'), 'back\n'))).get('m')!]).toContain('article.md')
      // Another folder put in its place (the old one moved aside): the new one is watched.
      cpSync(dir, join(root, 'new'), { recursive: true })
      await next('the folder swapped', () => {
        renameSync(dir, join(root, 'old'))
        renameSync(join(root, 'new'), dir)
      })
      expect([...(await next('a save in the new one', () => writeFileSync(join(dir, 'claims.yaml'), 'new\n'))).get('m')!]).toContain('claims.yaml')
      mkdirSync(join(root, 'class'))
      await new Promise((done) => setTimeout(done, 100))
      expect([...(await next('the roster made', () => writeFileSync(roster, 'name\nAda\n'))).get('r')!]).toEqual([roster])
      expect((await next('the roster saved', () => save(roster, 'name\nBo\n'))).has('r')).toBe(true)
    } finally {
      stop()
    }
  })

  it('says a module folder moved away is missing, in the words of the command line, and builds it when it is back', async () => {
    const root = tempDir()
    const dir = join(root, 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const { code, stop, printed } = watching(['build', dir, '--out', join(root, 'out'), '--format', 'html', '--watch'])
    const packs = (): number => packsIn(printed.stdout)
    await until(() => printed.stderr.includes('(Ctrl+C stops)'), 'the watch to begin')
    renameSync(dir, join(root, 'away'))
    await until(() => printed.stderr.includes('nothing written'), 'the build of the missing folder')
    expect(printed.stderr).toContain(`${dir}: error: Missing module folder \`${dir}\`: there is nothing at that path now (moved away or removed?); it is built again when it is back\n${dir}: nothing written; ${join(root, 'out')}/ is unchanged\n`)
    expect(printed.stderr).not.toContain('request:')
    renameSync(join(root, 'away'), dir)
    await until(() => packs() === 2, 'the build once it is back')
    stop()
    expect(await code).toBe(0)
  })

  it('stops after the build under way on Ctrl+C, not after one more for a change made during it, and says that change may be missing', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    let release = (): void => {}
    const gate = new Promise<void>((done) => {
      release = done
    })
    const rounds: string[][] = []
    const said: string[] = []
    const { stop, stopped } = stopper()
    const watching = watchBuilds({
      dirs: [dir],
      round: async (these) => {
        rounds.push([...these])
        await gate
        return true
      },
      say: (line) => said.push(line),
      stopped
    })
    writeFileSync(join(dir, 'article.md'), `${readFileSync(join(dir, 'article.md'), 'utf8')}\nOne.\n`)
    await until(() => rounds.length === 1, 'the rebuild')
    // Saved again while it runs, then Ctrl+C: the round under way ends the command.
    writeFileSync(join(dir, 'claims.yaml'), `${readFileSync(join(dir, 'claims.yaml'), 'utf8')}\n`)
    await new Promise((done) => setTimeout(done, 300))
    stop()
    release()
    await watching
    expect(rounds).toHaveLength(1)
    expect(said.at(-1)).toMatch(/^classpack: stopped; .*claims\.yaml changed while the last build ran, so the pack may not have that change: build again$/)
  })

  it('listens for Ctrl+C before the first build, so that one stopping it there ends it after that build', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    let stdout = ''
    let stderr = ''
    let askedBefore: boolean | undefined
    const code = await runCommand(['build', dir, '--out', tempDir(), '--format', 'html', '--watch'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env: { ...process.env, CLASSPACK_WORKERS: '0' },
      // Ctrl+C pressed during the first build.
      stopped: () => {
        askedBefore = !stdout.includes(': wrote ')
        return Promise.resolve()
      }
    })
    expect(askedBefore).toBe(true)
    expect(code).toBe(0)
    expect(stdout).toContain(': wrote ')
    expect(stderr).not.toContain('for changes (Ctrl+C stops)')
  })

  it('names a changed file once, as the command line spells its folder: a roster in the module folder, a file of a module given as an absolute path', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const roster = join(dir, 'roster.csv')
    writeFileSync(roster, 'name\nAda\n')
    const said: string[] = []
    const { stop, stopped } = stopper()
    const rounds: string[][] = []
    const watching = watchBuilds({ dirs: [dir], roster, round: async (these) => rounds.push([...these]) > 0, say: (line) => said.push(line), stopped })
    writeFileSync(roster, 'name\nAda\nBo\n')
    await until(() => rounds.length === 1, 'the rebuild')
    stop()
    await watching
    expect(said.at(-1)).toBe(`classpack: ${roster} changed; building ${dir} again`)
  })

  it('builds again when the file a roster links to is saved (a roster linked from a synced folder)', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const synced = join(tempDir(), 'class.csv')
    writeFileSync(synced, 'name\nAda\n')
    const roster = join(tempDir(), 'roster.csv')
    symlinkSync(synced, roster)
    const said: string[] = []
    const { stop, stopped } = stopper()
    const rounds: string[][] = []
    const watching = watchBuilds({ dirs: [dir], roster, round: async (these) => rounds.push([...these]) > 0, say: (line) => said.push(line), stopped })
    expect(said[0]).toBe(`classpack: watching ${dir}/ and ${roster} for changes (Ctrl+C stops)`)
    save(synced, 'name\nAda\nBo\n')
    await until(() => rounds.length === 1, 'the rebuild', 5_000)
    stop()
    await watching
    expect(said.at(-1)).toBe(`classpack: ${roster} changed; building ${dir} again`)
  })

  it('is named in the usage, and a wrong value after it is a usage error', async () => {
    const help = await run(['help'])
    expect(help.stdout).toMatch(/--watch {17}stay, and build again when a module's files, the roster or/)
    const wrong = await run(['build', TINY, '--watch=yes'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('Unexpected value after `--watch` for `build`, expected `--watch` alone (it is a switch)')
  })
})
