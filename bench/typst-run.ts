// Typst making a roster's quizzes, as a command the benchmark times whole like classpack's:
// start, load the Typst compiler (@myriaddreamin/typst-ts-node-compiler, Typst 0.14) on
// each of THREADS worker threads with DejaVu Sans handed in as font blobs (the faces the
// quizzes use, the files classpack embeds), compile every quiz to PDF and write it.
// The Typst sources were made beforehand from classpack's view models (quiz-views.ts),
// which leaves Typst only its own work.
//
//   node dist/bench/typst-run.js JOBS.json OUT_DIR THREADS
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import type { TypstJob } from './quiz-views.js'

const FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf']

interface Share {
  jobs: TypstJob[]
  out: string
}

/** Compile `share`'s quizzes on this thread and write them. */
async function compileShare({ jobs, out }: Share): Promise<number> {
  const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler')
  const require = createRequire(import.meta.url)
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: FACES.map((f) => readFileSync(join(fonts, f))) }] })
  for (const job of jobs) {
    const pdf = compiler.pdf({ mainFileContent: job.source }, { creationTimestamp: 1_767_225_600 })
    // As Typst's own CLI does between compilations: drop what the last ten did not use,
    // so memory stays bounded over a long roster.
    compiler.evictCache(10)
    const path = join(out, `${job.base}.pdf`)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, pdf)
  }
  return jobs.length
}

async function main(): Promise<void> {
  if (!isMainThread) {
    parentPort!.postMessage(await compileShare(workerData as Share))
    return
  }
  const [jobsFile, out, threads] = process.argv.slice(2)
  const jobs = JSON.parse(readFileSync(jobsFile!, 'utf8')) as TypstJob[]
  const n = Math.max(1, Number(threads ?? 2))
  // Every n-th quiz to each thread: the shares are alike in length and in cost.
  const shares = Array.from({ length: n }, (_, k) => jobs.filter((_, i) => i % n === k))
  const done = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { jobs: share, out: out! } satisfies Share })
          worker.once('message', resolve)
          worker.once('error', reject)
        })
    )
  )
  const total = done.reduce((a, b) => a + b, 0)
  if (total !== jobs.length) throw new Error(`bench: Typst wrote ${total} of ${jobs.length} quizzes`)
}

await main()
