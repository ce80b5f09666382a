// A rebuild in `classpack build --watch`: the process started once and left running, as a
// teacher leaves it while correcting the roster; each run saves the roster with one more name
// changed, as a spreadsheet saves (a new file renamed over the old), and times the save to the
// pack in place (the "wrote" line on stdout). The first rebuild of a process pays for
// compiling the code that renders (Node compiles a function the first times it runs); the
// runs after it are what the rest of a session costs. Then the pack is compared, file by
// file, with a build of the same roster from nothing (a fresh process, `--no-cache`).
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { buildArgs, type Paths } from './versus.js'

export interface WatchFigures {
  students: number
  /** Each run's ms from the save to the pack in place, in order. */
  runs: number[]
  /** Whether the last pack equals, byte for byte and file for file, a build from nothing. */
  identical: boolean
}

export async function watchRebuild(paths: Paths, roster: string, work: string, runs: number): Promise<WatchFigures> {
  const lines = readFileSync(roster, 'utf8').split('\n')
  const students = lines.filter((l) => l.trim() !== '').length - 1
  const file = join(work, 'watch-roster.csv')
  copyFileSync(roster, file)
  const out = join(work, 'watch')
  rmSync(out, { recursive: true, force: true })
  const child = spawn(process.execPath, [...buildArgs(paths, file, out), '--watch'], { cwd: paths.root, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr += text
  })
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  // Each "wrote" line settles the wait for it, in order.
  const waiting: Array<() => void> = []
  let written = 0
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!/: wrote /.test(line)) return
    written++
    waiting.shift()?.()
  })
  const nextPack = (): Promise<void> =>
    new Promise((done, fail) => {
      waiting.push(done)
      void exited.then((code) => fail(new Error(`bench: \`classpack build --watch\` exited (${code}) before writing: ${stderr}`)))
    })
  const times: number[] = []
  try {
    await nextPack()
    // The watch begins once the first build is written; a save just after it is one it sees.
    await new Promise((done) => setTimeout(done, 300))
    for (let i = 0; i < runs; i++) {
      const row = 1 + (i % students)
      lines[row] = lines[row]!.replace(/^("?)([^,"]+)/, (_, quote: string, name: string) => `${quote}${name}w${i}`)
      writeFileSync(`${file}.tmp`, lines.join('\n'))
      const pack = nextPack()
      const start = performance.now()
      renameSync(`${file}.tmp`, file)
      await pack
      times.push(performance.now() - start)
      // Apart, as saves by a person are.
      await new Promise((done) => setTimeout(done, 200))
    }
  } finally {
    child.kill('SIGINT')
    await exited
  }
  const cold = join(work, 'watch-cold')
  rmSync(cold, { recursive: true, force: true })
  const built = spawnSync(process.execPath, [...buildArgs(paths, file, cold), '--no-cache'], { cwd: paths.root, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`bench: the build from nothing failed: ${built.stderr}`)
  const identical = samePacks(join(out, 'us-backstop-ukraine'), join(cold, 'us-backstop-ukraine'))
  rmSync(out, { recursive: true, force: true })
  rmSync(cold, { recursive: true, force: true })
  return { students, runs: times.map(Math.round), identical: identical && written === runs + 1 }
}

/** Whether two pack folders hold the same files with the same bytes. */
function samePacks(a: string, b: string): boolean {
  const files = (dir: string): string[] => (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[]).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort()
  const left = files(a)
  const right = files(b)
  return left.length === right.length && left.every((f, i) => f === right[i] && readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
}
