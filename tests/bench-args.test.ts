// The benchmark's command line (bench/args.ts): the README names its options, and a
// mistyped one or `--help` must not start minutes of measuring on both cores, as any
// argument it did not know once did.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BENCH_USAGE, benchOptions } from '../bench/args.js'
import { ROOT } from './helpers/fixtures.js'

const BENCH = join(ROOT, 'dist/bench/bench.js')
const bench = (args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 })

describe('the benchmark’s options', () => {
  it('are read as the README gives them', () => {
    expect(benchOptions([])).toEqual({ help: false, quick: false, typst: false, startup: false, runs: 3 })
    expect(benchOptions(['--typst', '--runs', '5', '--quick'])).toEqual({ help: false, quick: true, typst: true, startup: false, runs: 5 })
    expect(benchOptions(['--startup'])).toMatchObject({ startup: true })
    expect(benchOptions(['--runs=2'])).toMatchObject({ runs: 2 })
  })

  it('refuse what they do not know, each problem once', () => {
    expect(benchOptions(['--typts', '--runs', 'x', '--runs'])).toEqual({
      problems: [
        'bench: Unexpected `--typts`, expected one of --quick, --typst, --startup, --runs N, --help',
        'bench: Unexpected `x` for --runs, expected a whole number from 1 to 100',
        'bench: Unexpected end of the command line for --runs, expected a whole number from 1 to 100'
      ]
    })
    expect(benchOptions(['--typst', '--startup'])).toEqual({ problems: ['bench: Unexpected --typst with --startup, expected one of them: each runs that part alone'] })
  })

  it('`--help` prints them and measures nothing; a mistyped option exits 2 before measuring', () => {
    const help = bench(['--help'])
    expect(help.status).toBe(0)
    expect(help.stdout).toBe(BENCH_USAGE)
    const wrong = bench(['--typts'])
    expect(wrong.status).toBe(2)
    expect(wrong.stdout).toBe('')
    expect(wrong.stderr).toBe(`bench: Unexpected \`--typts\`, expected one of --quick, --typst, --startup, --runs N, --help\n\n${BENCH_USAGE}`)
  })
})
