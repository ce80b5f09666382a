// Build a module with the compiled library and SIGKILL this process at one step of the
// writer: a real kill at an exact point of the write or the swap.
// Usage: node kill-at-step.mjs MODULE_DIR OUT FORMATS SEED STEP N (killed at the Nth STEP, from 0)
import { buildPack } from '../../dist/src/index.js'

const [dir, out, formats, seed, step, nth] = process.argv.slice(2)
let seen = 0
const result = await buildPack({
  dir,
  out,
  formats: new Set(formats.split(',')),
  seed: Number(seed),
  onWriteStep: (at) => {
    if (at === step && seen++ === Number(nth)) process.kill(process.pid, 'SIGKILL')
  }
})
// Not killed: say so, so the test fails rather than pass on a build that never reached the step.
process.stdout.write(`finished without reaching ${step} #${nth}: ${result.target ?? 'nothing written'}\n`)
