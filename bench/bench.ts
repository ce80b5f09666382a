// classpack's benchmark. First, classpack against Typst in the same run (versus.ts):
// the whole `classpack build --format pdf` beside Typst making the same students' quizzes
// alone, for rosters of 30, 300 and 1,000 students, medians of interleaved runs, their
// ratios, peak memory, and a rebuild after one name changed. Then per-student quiz PDFs
// measured from inside the build, each size in its own child process (so peak memory of
// one size does not leak into another); the straightforward path for comparison;
// headless Chromium printing the same quizzes' HTML, when /usr/bin/chromium exists; and
// the cold start of the command (`classpack check` and `build --format html` beside
// `node -e 0`). Prints a table, and as its last line one JSON object.
//
//   npm run bench                        all of it
//   node dist/bench/bench.js --quick     30 and 300 students only
//   node dist/bench/bench.js --typst     the comparison with Typst only
//   node dist/bench/bench.js --runs N    N interleaved runs of each command (default 3)
//   node dist/bench/bench.js --startup   the cold start only
//   node dist/bench/bench.js --help      the options (args.ts: any other is refused, exit 2)
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BENCH_USAGE, benchOptions } from './args.js'
import { median, rebuild, versus, type Medians, type Paths } from './versus.js'
import { watchRebuild } from './watch.js'


const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = join(ROOT, 'dist/src/cli.js')
/** The command as installed: the launcher of the bundled CLI (package.json's `bin`). */
const BIN = join(ROOT, 'dist/bin/classpack.cjs')
/** Runs of each command in the cold-start comparison. */
const STARTS = 15
const DEMO = join(ROOT, 'source/us-backstop-ukraine')
const CHROMIUM = '/usr/bin/chromium'
/** Students per chunk when working out the median time per PDF. */
const CHUNK = 10
/** Quiz versions in every build. */
const VERSIONS = 2
/** The Typst side of the comparison, compiled beside this file. */
const TYPST_RUN = join(ROOT, 'dist/bench/typst-run.js')
/** The Typst the comparison runs: the compiler package's version (0.7 is Typst 0.14). */
const TYPST_VERSION = `typst-ts-node-compiler ${(JSON.parse(readFileSync(join(ROOT, 'node_modules/@myriaddreamin/typst-ts-node-compiler/package.json'), 'utf8')) as { version: string }).version}`

/** What a child process reports about one build. */
interface Figures {
  students: number
  /** Per-student quiz PDFs per second, from the first student's files to the last's. */
  pdfsPerSecond: number
  /** Median over chunks of CHUNK students of the time per PDF in the chunk. */
  medianMsPerPdf: number
  /** From the start of the build to the pack in place (the library call). */
  wallMs: number
  /** Of the whole child process, start to exit, including Node's own start. */
  processMs: number
  peakRssMB: number
  files: number
}

// ---- child: one build, measured from the inside ----------------------------------------

async function child(roster: string, out: string, simple: boolean): Promise<void> {
  const { buildModule } = await import('../src/build.js')
  const times: number[] = []
  const start = performance.now()
  const result = await buildModule({
    dir: DEMO,
    out,
    formats: new Set(['pdf'] as const),
    overrides: {},
    versions: VERSIONS,
    roster,
    simple,
    onProgress: () => times.push(performance.now())
  })
  const wallMs = performance.now() - start
  if (!result.target) throw new Error('bench: the build failed')
  const per: number[] = []
  for (let i = CHUNK; i < times.length; i += CHUNK) per.push((times[i]! - times[i - CHUNK]!) / CHUNK)
  const figures: Omit<Figures, 'processMs'> = {
    students: times.length,
    pdfsPerSecond: (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000),
    medianMsPerPdf: median(per),
    wallMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    files: result.written
  }
  process.stdout.write(JSON.stringify(figures) + '\n')
}

// ---- parent ------------------------------------------------------------------------------

const FIRST = ['Ada', 'Seán', 'Zoë', 'Mohammed', 'Li', 'Priya', 'José', 'Anna-Lena', 'Olamide', 'Björn', 'Chloé', 'Dmitri', 'Fatima', 'Grace', 'Hiroshi', 'Ines', 'Jakub', 'Kwame', 'Léa', 'Mateo', 'Niamh', 'Oskar', 'Paulina', 'Quentin', 'Rosa', 'Søren', 'Tomás', 'Uma', 'Vera', 'Wiktoria']
const LAST = ["O'Brien", 'Ng', 'Smith', 'Müller', 'García', 'Kowalski', 'Nguyen', 'Okafor', 'Johansson', 'Dubois', 'Petrova', 'Haddad', 'Tanaka', 'Fernández', 'Ó Súilleabháin', 'Rossi', 'Novák', 'Mensah', 'Andersen', 'Lefèvre', 'MacDonald', 'Wójcik', 'Ivanova', 'Costa', 'Schmidt', 'Yılmaz', 'Popescu', 'Kelly', 'Horvat', 'Brown']

/** A roster of `size` students with varied names (fixed, so runs compare). */
function roster(dir: string, size: number): string {
  let seed = 2025
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  const field = (s: string): string => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  const rows = Array.from({ length: size }, (_, i) => `${field(`${FIRST[next(FIRST.length)]} ${LAST[next(LAST.length)]}`)},${String(240000 + i * 7)}`)
  const path = join(dir, `roster-${size}.csv`)
  writeFileSync(path, ['name,id', ...rows].join('\n') + '\n')
  return path
}

function runChild(rosterPath: string, out: string, simple: boolean): Promise<Figures> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', rosterPath, out, simple ? 'simple' : 'fast'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let text = ''
    proc.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    proc.on('error', reject)
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench: child exited with ${code}`))
      resolvePromise({ ...(JSON.parse(text.trim().split('\n').at(-1)!) as Omit<Figures, 'processMs'>), processMs: performance.now() - started })
    })
  })
}

/** Headless Chromium printing quiz HTML to PDF, one page reused. */
async function chromium(htmlDir: string, count: number): Promise<{ pdfsPerSecond: number; medianMsPerPdf: number; pdfs: number; launchMs: number } | null> {
  if (!existsSync(CHROMIUM)) return null
  let playwright: typeof import('playwright-core')
  try {
    playwright = await import('playwright-core')
  } catch {
    return null
  }
  const files = readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort().slice(0, count)
  const launched = performance.now()
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
  })
  try {
    const page = await browser.newPage()
    const launchMs = performance.now() - launched
    const times: number[] = []
    const start = performance.now()
    for (const file of files) {
      const t = performance.now()
      await page.setContent(readFileSync(join(htmlDir, file), 'utf8'), { waitUntil: 'load' })
      await page.pdf({ format: 'A4', printBackground: true })
      times.push(performance.now() - t)
    }
    const seconds = (performance.now() - start) / 1000
    return { pdfsPerSecond: files.length / seconds, medianMsPerPdf: median(times), pdfs: files.length, launchMs }
  } finally {
    await browser.close()
  }
}

/** What starting the command costs: medians of interleaved runs, so a busy machine slows each alike. */
interface ColdStart {
  runs: number
  /** Node itself: `node -e 0`. */
  nodeMs: number
  /** `classpack check` on the demo module, through the bundle and its code cache (the `bin`). */
  checkMs: number
  /** The same check from tsc's output (dist/src/cli.js): about 130 modules, no code cache. */
  checkUnbundledMs: number
  /** `classpack build --format html` of the demo module, through the bundle. */
  buildHtmlMs: number
}

/** Spawn each command `runs` times, in turn, and take each one's median wall time. */
function coldStart(runs: number, out: string): ColdStart {
  const commands: Record<Exclude<keyof ColdStart, 'runs'>, string[]> = {
    nodeMs: ['-e', '0'],
    checkMs: [BIN, 'check', DEMO],
    checkUnbundledMs: [CLI, 'check', DEMO],
    buildHtmlMs: [BIN, 'build', DEMO, '--format', 'html', '--out', out]
  }
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]])) as Record<keyof typeof commands, number[]>
  for (let i = 0; i < runs; i++) {
    for (const [key, args] of Object.entries(commands) as [keyof typeof commands, string[]][]) {
      const t = performance.now()
      const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
      times[key].push(performance.now() - t)
      if (result.status !== 0) throw new Error(`bench: \`node ${args.join(' ')}\` failed: ${result.stderr}`)
    }
  }
  return { runs, nodeMs: median(times.nodeMs), checkMs: median(times.checkMs), checkUnbundledMs: median(times.checkUnbundledMs), buildHtmlMs: median(times.buildHtmlMs) }
}

/** The cold-start lines of the report. */
function sayColdStart(say: (line: string) => void, c: ColdStart): void {
  const over = (ms: number): string => `${ms.toFixed(0).padStart(5)} ms  (${(ms - c.nodeMs).toFixed(0)} ms more than Node alone)`
  say(`  CLI cold start, median of ${c.runs} interleaved runs:`)
  say(`    node -e 0                          ${c.nodeMs.toFixed(0).padStart(5)} ms`)
  say(`    classpack check                    ${over(c.checkMs)}`)
  say(`    classpack check from dist/src/     ${over(c.checkUnbundledMs)}`)
  say(`    classpack build --format html      ${over(c.buildHtmlMs)}`)
}

function coldStartSummary(c: ColdStart): Record<string, number> {
  return { runs: c.runs, nodeMs: Math.round(c.nodeMs), checkMs: Math.round(c.checkMs), checkOverNodeMs: Math.round(c.checkMs - c.nodeMs), checkUnbundledMs: Math.round(c.checkUnbundledMs), buildHtmlMs: Math.round(c.buildHtmlMs) }
}

/** The load averages (1, 5, 15 minutes), as `uptime` prints them. */
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(', ')

/** classpack against Typst: prints the table and returns the summary's part. */
async function sayVersus(say: (line: string) => void, work: string, sizes: number[], runs: number): Promise<Record<string, unknown>> {
  const paths: Paths = { root: ROOT, bin: BIN, typstRun: TYPST_RUN, module: DEMO, versions: VERSIONS }
  const before = load()
  const rosters = Object.fromEntries(sizes.map((size) => [size, roster(work, size)]))
  const figures = versus(paths, rosters, work, runs)
  const again = rebuild(paths, rosters[sizes[0]!]!, work, runs)
  // At least 5 saves: the first rebuild of a watching process differs from the ones after it.
  const watched = await watchRebuild(paths, rosters[sizes[0]!]!, work, Math.max(5, runs))
  const after = load()
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
  const rate = (students: number, ms: number): number => students / (ms / 1000)
  say(`  classpack against Typst ${TYPST_VERSION} (two threads), whole commands, median of ${runs} interleaved runs; load average ${before} before, ${after} after:`)
  say('    students   classpack build --format pdf (whole pack)        Typst (quizzes alone)            classpack / Typst: time, CPU   rates (PDFs/s)')
  for (const f of figures) {
    const both = (m: Medians): string => `${s(m.ms).padStart(8)} (CPU ${s(m.cpuMs)}), ${m.rssMB.toFixed(0).padStart(4)} MB`
    say(`    ${String(f.students).padStart(8)}   ${both(f.classpack).padEnd(45)}   ${both(f.typst).padEnd(32)} ${(f.classpack.ms / f.typst.ms).toFixed(2).padStart(5)}×, ${(f.classpack.cpuMs / f.typst.cpuMs).toFixed(2)}×               ${rate(f.students, f.classpack.ms).toFixed(0)} against ${rate(f.students, f.typst.ms).toFixed(0)} (${(f.typst.ms / f.classpack.ms).toFixed(2)}× Typst's)`)
  }
  const first = figures[0]!
  const last = figures.at(-1)!
  say(`    peak RSS of classpack, ${last.students} against ${first.students} students: ${(last.classpack.rssMB / first.classpack.rssMB).toFixed(2)}×`)
  say(`    rebuild after one name changed (${again.students} students): classpack ${s(again.classpack.ms)} (CPU ${s(again.classpack.cpuMs)}; runs ${again.classpack.runs.join(', ')} ms); Typst redoing that one quiz ${s(again.typstOne.ms)} (CPU ${s(again.typstOne.cpuMs)})`)
  say(`    the same in \`build --watch\`, save to pack in place: ${s(median(watched.runs))} median (runs ${watched.runs.join(', ')} ms; the first pays for compiling the renderer); pack ${watched.identical ? 'byte-identical to' : 'DIFFERENT from'} a build from nothing`)
  const round0 = (m: Medians) => ({ ms: Math.round(m.ms), cpuMs: Math.round(m.cpuMs), rssMB: Math.round(m.rssMB), runs: m.runs })
  return {
    runs,
    loadBefore: before,
    loadAfter: after,
    typst: TYPST_VERSION,
    sizes: Object.fromEntries(figures.map((f) => [f.students, { classpack: round0(f.classpack), typst: round0(f.typst), timeRatio: round(f.classpack.ms / f.typst.ms, 2), cpuRatio: round(f.classpack.cpuMs / f.typst.cpuMs, 2), rateRatio: round(f.typst.ms / f.classpack.ms, 2) }])),
    peakRssRatio: round(last.classpack.rssMB / first.classpack.rssMB, 2),
    rebuild: { students: again.students, classpack: round0(again.classpack), typstOne: round0(again.typstOne) },
    watchRebuild: { students: watched.students, ms: Math.round(median(watched.runs)), runs: watched.runs, identical: watched.identical }
  }
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--child') return child(args[1]!, args[2]!, args[3] === 'simple')
  const options = benchOptions(args)
  if ('problems' in options) {
    process.stderr.write(`${options.problems.join('\n')}\n\n${BENCH_USAGE}`)
    process.exitCode = 2
    return
  }
  if (options.help) {
    process.stdout.write(BENCH_USAGE)
    return
  }
  const { quick, runs } = options
  const sizes = quick ? [30, 300] : [30, 300, 1000]
  const work = mkdtempSync(join(tmpdir(), 'classpack-bench-'))
  try {
    const say = (line: string): boolean => process.stdout.write(line + '\n')
    if (options.startup) {
      const starts = coldStart(STARTS, join(work, 'out-start'))
      sayColdStart(say, starts)
      process.stdout.write(JSON.stringify({ node: process.version, coldStart: coldStartSummary(starts) }) + '\n')
      return
    }
    say(`classpack bench: demo module, ${VERSIONS} versions, --format pdf; ${sizes.join(', ')} students; Node ${process.version}; temp ${work}`)
    const typst = await sayVersus(say, work, sizes, runs)
    if (options.typst) {
      process.stdout.write(JSON.stringify({ node: process.version, versus: typst }) + '\n')
      return
    }
    const fast: Record<number, Figures> = {}
    for (const size of sizes) {
      fast[size] = await runChild(roster(work, size), join(work, `out-${size}`), false)
      const f = fast[size]!
      say(`  fast     ${String(size).padStart(5)} students: ${f.pdfsPerSecond.toFixed(0).padStart(4)} PDFs/s, ${f.medianMsPerPdf.toFixed(2)} ms/PDF, whole pack ${(f.wallMs / 1000).toFixed(2)} s (process ${(f.processMs / 1000).toFixed(2)} s), peak RSS ${f.peakRssMB.toFixed(0)} MB`)
      rmSync(join(work, `out-${size}`), { recursive: true, force: true })
    }
    const baselineSize = 300
    const simple = await runChild(roster(work, baselineSize), join(work, 'out-simple'), true)
    say(`  straightforward ${baselineSize} students: ${simple.pdfsPerSecond.toFixed(1)} PDFs/s, ${simple.medianMsPerPdf.toFixed(1)} ms/PDF, whole pack ${(simple.wallMs / 1000).toFixed(2)} s, peak RSS ${simple.peakRssMB.toFixed(0)} MB`)
    const speedup = fast[baselineSize]!.pdfsPerSecond / simple.pdfsPerSecond
    say(`  fast / straightforward at ${baselineSize} students: ${speedup.toFixed(1)}×`)

    // The same quizzes as HTML, printed by Chromium.
    const htmlOut = join(work, 'out-html')
    mkdirSync(htmlOut)
    const built = spawnSync(process.execPath, [CLI, 'build', DEMO, '--out', htmlOut, '--roster', roster(work, 40), '--versions', String(VERSIONS), '--format', 'html'], { cwd: ROOT, encoding: 'utf8' })
    if (built.status !== 0) throw new Error(`bench: html build failed: ${built.stderr}`)
    const chrome = await chromium(join(htmlOut, 'us-backstop-ukraine', 'quiz'), 40)
    const largest = fast[sizes.at(-1)!]!
    if (chrome) say(`  chromium    40 students: ${chrome.pdfsPerSecond.toFixed(1)} PDFs/s, ${chrome.medianMsPerPdf.toFixed(0)} ms/PDF (launch ${chrome.launchMs.toFixed(0)} ms); classpack at ${largest.students}: ${(largest.pdfsPerSecond / chrome.pdfsPerSecond).toFixed(1)}×`)
    else say('  chromium: not found (/usr/bin/chromium and playwright-core), skipped')

    const starts = coldStart(STARTS, join(work, 'out-start'))
    sayColdStart(say, starts)
    const rss = fast[sizes.at(-1)!]!.peakRssMB / fast[sizes[0]!]!.peakRssMB
    say(`  peak RSS ${sizes.at(-1)} / ${sizes[0]} students: ${rss.toFixed(2)}×`)

    const summary = {
      node: process.version,
      sizes: Object.fromEntries(
        Object.entries(fast).map(([size, f]) => [size, { pdfsPerSecond: round(f.pdfsPerSecond), medianMsPerPdf: round(f.medianMsPerPdf, 2), wallMs: Math.round(f.wallMs), processMs: Math.round(f.processMs), peakRssMB: Math.round(f.peakRssMB), files: f.files }])
      ),
      straightforward: { students: baselineSize, pdfsPerSecond: round(simple.pdfsPerSecond), medianMsPerPdf: round(simple.medianMsPerPdf, 2), wallMs: Math.round(simple.wallMs), peakRssMB: Math.round(simple.peakRssMB) },
      speedupOverStraightforward: round(speedup, 2),
      chromium: chrome && { pdfs: chrome.pdfs, pdfsPerSecond: round(chrome.pdfsPerSecond, 2), medianMsPerPdf: round(chrome.medianMsPerPdf), launchMs: Math.round(chrome.launchMs) },
      ratioToChromium: chrome && round(largest.pdfsPerSecond / chrome.pdfsPerSecond, 1),
      peakRssRatio: round(rss, 2),
      versus: typst,
      checkColdStartMs: Math.round(starts.checkMs),
      coldStart: coldStartSummary(starts)
    }
    process.stdout.write(JSON.stringify(summary) + '\n')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
