// The benchmark's command line. Judged before anything runs: the whole bench takes minutes
// and both cores, so a mistyped flag (`--typts`) or `--help` must not start it.

export const BENCH_USAGE = `Usage: npm run bench [-- OPTIONS]   (builds first; or node dist/bench/bench.js OPTIONS)

  (none)      all of it: against Typst, PDF throughput, Chromium, cold start
  --quick     30 and 300 students only, not 1,000
  --typst     the comparison with Typst only
  --startup   the cold start only
  --runs N    N interleaved runs of each command against Typst (default 3)
  --help      this help
`

export interface BenchOptions {
  help: boolean
  quick: boolean
  typst: boolean
  startup: boolean
  runs: number
}

const SWITCHES = ['--help', '--quick', '--typst', '--startup'] as const
const MAX_RUNS = 100

/** The options `args` give, or every problem with them, one line each. */
export function benchOptions(args: readonly string[]): BenchOptions | { problems: string[] } {
  const options: BenchOptions = { help: false, quick: false, typst: false, startup: false, runs: 3 }
  const problems: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '-h') options.help = true
    else if ((SWITCHES as readonly string[]).includes(arg)) options[arg.slice(2) as 'help' | 'quick' | 'typst' | 'startup'] = true
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg === '--runs' ? args[++i] : arg.slice('--runs='.length)
      const runs = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN
      if (runs >= 1 && runs <= MAX_RUNS) options.runs = runs
      else problems.push(`bench: Unexpected ${value === undefined ? 'end of the command line' : `\`${value}\``} for --runs, expected a whole number from 1 to ${MAX_RUNS}`)
    } else problems.push(`bench: Unexpected \`${arg}\`, expected one of --quick, --typst, --startup, --runs N, --help`)
  }
  if (options.typst && options.startup) problems.push('bench: Unexpected --typst with --startup, expected one of them: each runs that part alone')
  return problems.length ? { problems } : options
}
