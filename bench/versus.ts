// classpack against Typst, whole commands timed from outside in the same run: for each
// roster size, `classpack build --format pdf` (the whole pack: handout, discussion, keys,
// every quiz, grading sheet, manifest) and Typst making the same students' quizzes alone
// (typst-run.ts, on two threads), run in turn RUNS times so that load on a shared machine
// falls on both alike, and the medians compared. Then a rebuild after one student's name
// changed, for classpack and for Typst (which would redo that one quiz: what a make rule
// does). Wall time is measured here; peak memory (max RSS) by /usr/bin/time when present.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { typstQuizzes } from './quiz-views.js'

/** One whole command: its wall time, CPU time and peak memory. */
export interface Run {
  ms: number
  /** User and system CPU time of the process, all its threads (NaN without /usr/bin/time): on a busy shared machine, steadier than wall time. */
  cpuMs: number
  /** Max RSS of the process (NaN without /usr/bin/time). */
  rssMB: number
}

export interface Paths {
  root: string
  /** The command as installed (package.json's `bin`). */
  bin: string
  /** The compiled typst-run.js. */
  typstRun: string
  module: string
  versions: number
}

const TIME = '/usr/bin/time'

/** Run `node args` to the end and measure it; throws when it fails. */
export function measure(args: string[], cwd: string, work: string): Run {
  const rssFile = join(work, 'rss.txt')
  const timed = existsSync(TIME)
  const [command, argv] = timed ? [TIME, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args]] : [process.execPath, args]
  const start = performance.now()
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8' })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`bench: \`node ${args.join(' ')}\` failed (${result.status}): ${result.stderr}`)
  const [rss, user, system] = timed ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [NaN, NaN, NaN]
  return { ms, cpuMs: (user! + system!) * 1000, rssMB: rss! / 1024 }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Medians of runs. */
export interface Medians {
  ms: number
  cpuMs: number
  rssMB: number
  runs: number[]
}

const medians = (runs: Run[]): Medians => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), rssMB: median(runs.map((r) => r.rssMB)), runs: runs.map((r) => Math.round(r.ms)) })

export interface SizeFigures {
  students: number
  classpack: Medians
  typst: Medians
}

/** The classpack build command for a roster (extra flags after). */
export function buildArgs(paths: Paths, roster: string, out: string, extra: string[] = []): string[] {
  return [paths.bin, 'build', paths.module, '--format', 'pdf', '--versions', String(paths.versions), '--roster', roster, '--out', out, ...extra]
}

/** Typst's jobs for a roster, written where typst-run.js reads them. */
function typstJobs(paths: Paths, roster: string, file: string, only?: number): string {
  const jobs = typstQuizzes(paths.module, roster, paths.versions)
  writeFileSync(file, JSON.stringify(only === undefined ? jobs : jobs.slice(only, only + 1)))
  return file
}

/**
 * For each size, classpack's whole build and Typst's quizzes, `runs` times in turn. Every
 * build starts from nothing: a fresh output folder, so no cache of earlier builds (the
 * build writes one, as a first build does); `extra` flags are added to classpack's.
 */
export function versus(paths: Paths, rosters: Record<number, string>, work: string, runs: number, extra: string[] = []): SizeFigures[] {
  const figures: SizeFigures[] = []
  for (const [size, roster] of Object.entries(rosters)) {
    const jobs = typstJobs(paths, roster, join(work, `typst-${size}.json`))
    const cp: Run[] = []
    const ty: Run[] = []
    for (let i = 0; i < runs; i++) {
      const out = join(work, `versus-${size}`)
      // Alternate which goes first, so neither always meets a machine the other warmed.
      const order = i % 2 === 0 ? ['classpack', 'typst'] : ['typst', 'classpack']
      for (const who of order) {
        rmSync(out, { recursive: true, force: true })
        if (who === 'classpack') cp.push(measure(buildArgs(paths, roster, out, extra), paths.root, work))
        else ty.push(measure([paths.typstRun, jobs, out, '2'], paths.root, work))
      }
      rmSync(out, { recursive: true, force: true })
    }
    figures.push({ students: Number(size), classpack: medians(cp), typst: medians(ty) })
  }
  return figures
}

export interface RebuildFigures {
  students: number
  classpack: Medians
  /** Typst compiling the one changed quiz, as a whole command. */
  typstOne: Medians
}

/**
 * Rebuilds after one student's name changed: the pack is built once from `roster`, then
 * each run builds it again with one more name changed than the build before (a name
 * never seen, so its quiz is not in the cache), beside Typst compiling that one quiz.
 */
export function rebuild(paths: Paths, roster: string, work: string, runs: number): RebuildFigures {
  const lines = readFileSync(roster, 'utf8').split('\n')
  const students = lines.filter((l) => l.trim() !== '').length - 1
  const out = join(work, 'rebuild')
  rmSync(out, { recursive: true, force: true })
  measure(buildArgs(paths, roster, out), paths.root, work)
  const cp: Run[] = []
  const ty: Run[] = []
  for (let i = 0; i < runs; i++) {
    const row = 1 + (i % students)
    lines[row] = lines[row]!.replace(/^("?)([^,"]+)/, (_, quote: string, name: string) => `${quote}${name}x${i}`)
    const changed = join(work, `roster-changed-${i}.csv`)
    writeFileSync(changed, lines.join('\n'))
    cp.push(measure(buildArgs(paths, changed, out), paths.root, work))
    const one = typstJobs(paths, changed, join(work, 'typst-one.json'), row - 1)
    ty.push(measure([paths.typstRun, one, join(work, 'typst-one'), '1'], paths.root, work))
  }
  rmSync(out, { recursive: true, force: true })
  return { students, classpack: medians(cp), typstOne: medians(ty) }
}
