// classpack's library API: what the CLI calls, and what a script may call. Each function
// returns data and vfile messages; none prints or exits.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { assembleModule, type Module } from './assemble.js'
import { buildModule, type BuildRequest, type BuildResult } from './build.js'
import { formatCheckReport } from './check.js'
import { loadModule } from './load.js'
import { hasErrors } from './messages.js'
import type { QuestionSet } from './module/model.js'
import type { Selection } from './select/model.js'
import { resolveSelection } from './select/resolve.js'
import { verifyPack as verifyPackFiles, type PackVerification } from './verify.js'

export type { BuildRequest, BuildResult } from './build.js'
export type { Module } from './assemble.js'
export type { PackVerification, PackProblem } from './verify.js'
export type { QuestionSet } from './module/model.js'
export type { Format } from './formats.js'
export { FORMATS } from './formats.js'
export { formatMessages } from './messages.js'

export interface CheckOptions {
  /** A question set from module.yaml (default: its `default_set`). */
  set?: string
  /** Seed for sampling (default: module.yaml's, else 1). */
  seed?: number
  /** Set fields that override the chosen set's, as the CLI's filter flags do. */
  overrides?: QuestionSet
}

export interface CheckResult {
  /** True when no file has an error. */
  ok: boolean
  /** Every file read, with its messages. */
  files: VFile[]
  /** Every message of every file, in file order. */
  messages: VFileMessage[]
  /** The checked module, when it has no error. */
  module?: Module
  /** The set's selection, when the module and the set have no error. */
  selection?: Selection
  /** The coverage report `classpack check` prints, when `ok`. */
  report?: string
}

/** Check the module in `dir`: article, claims, questions and sets. */
export function checkModule(dir: string, options: CheckOptions = {}): CheckResult {
  const input = loadModule(dir)
  const { module, files } = assembleModule(input)
  const resolved = module ? resolveSelection(module, input.module, { set: options.set, overrides: options.overrides ?? {}, seed: options.seed, versions: 1, shuffle: false }) : undefined
  const all = [...files, ...(resolved?.files.filter((f) => !files.includes(f)) ?? [])]
  const ok = module !== undefined && resolved?.selection !== undefined && !hasErrors(all)
  const result: CheckResult = { ok, files: all, messages: all.flatMap((f) => f.messages) }
  if (module) result.module = module
  if (resolved?.selection) result.selection = resolved.selection
  if (ok && module && resolved?.selection) result.report = formatCheckReport(module, resolved.selection)
  return result
}

export type BuildPackRequest = Partial<BuildRequest> & { dir: string }

/** Build the module in `request.dir` into `<out>/<module>/` (defaults: `out`, HTML and PDF, one version). */
export function buildPack(request: BuildPackRequest): Promise<BuildResult> {
  return buildModule({ out: 'out', formats: new Set(['html', 'pdf']), overrides: {}, versions: 1, ...request })
}

/** Check every file of the pack in `dir` against its manifest.json. Throws an Error a user can act on when `dir` is not a pack. */
export function verifyPack(dir: string): PackVerification {
  return verifyPackFiles(dir)
}
