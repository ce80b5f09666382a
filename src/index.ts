// classpack's library API: what the CLI calls, and what a script may call. Each function
// returns data and vfile messages; none prints or exits. The build's machinery (pdfkit,
// Handlebars, the pack) loads only when buildPack is called (Handlebars' parser also when
// checkModule checks a module's own templates), and init's (linkedom, Readability,
// mammoth, compromise) only when initModule is, so checking stays light.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { assembleModule, type Module } from './assemble.js'
import type { BuildRequest, BuildResult } from './build.js'
import type { InitModuleRequest, InitResult } from './init.js'
import type { Studio, StudioRequest } from './studio.js'
import { formatCheckReport } from './check.js'
import { claimCoverage, type Coverage } from './coverage/article.js'
import { setCoverage, type SetCoverage } from './coverage/set.js'
import { loadModule } from './load/module.js'
import { hasOwnTemplates, loadModuleTemplates } from './load/templates.js'
import { checkTemplates } from './fill/templates.js'
import { hasErrors } from './messages.js'
import type { QuestionSet } from './module/model.js'
import type { Selection } from './select/model.js'
import { resolveSelection } from './select/resolve.js'
import { verifyPack as verifyPackFiles, type PackVerification } from './verify.js'
import { lintModule, type Reported } from './lint/run.js'
import { judgeRequest, sound } from './request.js'
import { renumberModule as renumber, type RenumberResult } from './renumber.js'
export type { RenumberResult, RenumberedReference } from './renumber.js'

export type { BuildRequest, BuildResult } from './build.js'
export type { Module } from './assemble.js'
export type { Coverage } from './coverage/article.js'
export type { SetCoverage } from './coverage/set.js'
export type { PackVerification, PackProblem } from './verify.js'
export type { QuestionSet } from './module/model.js'
export type { Selection } from './select/model.js'
export type { StudentProgress } from './pack/students.js'
export type { Format } from './formats.js'
export type { InitModuleRequest, InitResult } from './init.js'
export type { Studio, StudioRequest } from './studio.js'
export type { Guess } from './init/model.js'
export type { ArticleType } from './init/article-type.js'
export { FORMATS, formatsFor, OUTPUT_FORMATS } from './formats.js'
export { PAPERS } from './module/model.js'
export { REQUEST_BOUNDS } from './request.js'
export { QUESTION_TYPES, TYPES } from './types/index.js'
export { UI_LANGUAGES } from './lang/index.js'
export { GENERATORS, GENERATED_PREFIX, generatedId, type GeneratorName } from './generate/names.js'
export { ARTICLE_TYPES, articleType } from './init/article-type.js'
export { formatMessages, hasErrors } from './messages.js'
export { findModules } from './load/modules.js'
export { notAFolder, thereIs } from './load/module.js'
export { CACHE_FOLDER, classpackVersion } from './paths.js'
export type { Reported as LintFinding } from './lint/run.js'
export { formatInfos } from './lint/run.js'
export { LINT_RULES } from './lint/rules/index.js'
export { lintReport } from './lint/report.js'
export { reportRefusals } from './guard.js'
export { watchPaths, type Changes, type Watched, type WatchOptions } from './load/watch.js'

export interface CheckOptions {
  /** A question set from module.yaml (default: its `default_set`). */
  set?: string
  /** Seed for sampling (default: module.yaml's, else 1). */
  seed?: number
  /** Set fields that override the chosen set's, as the CLI's filter flags do. */
  overrides?: QuestionSet
  /** Lint warnings become errors (`check --strict`). */
  strict?: boolean
}

import { NOTHING_CHECKED, uncheckedFor } from './unchecked.js'
export { uncheckedFor }

/** What every check returns. */
interface CheckFiles {
  /** Every file read, with its messages. */
  files: VFile[]
  /** Every message of every file, in file order. */
  messages: VFileMessage[]
  /** What the lint found (infos included), when the module and set could be read; the same findings are messages on `files`. */
  lint?: Reported[]
  /** What errors kept from being checked (the sets, the lint), to say so: it is checked once they are fixed. */
  unchecked?: string[]
}

/** A module without errors: what it is, the set's selection, its coverage and the report, all there. */
export interface CheckPassed extends CheckFiles {
  ok: true
  /** The checked module. */
  module: Module
  /** The set's selection. */
  selection: Selection
  /** How the claims cover the article, and what the set covers. */
  coverage: { article: Coverage; set: SetCoverage }
  /** The coverage report `classpack check` prints. */
  report: string
  lint: Reported[]
}

/** A module (or request) with an error: the module and the selection as far as they could be read, and no coverage. */
export interface CheckFailed extends CheckFiles {
  ok: false
  /** The module, when it has no error of its own (the set, the lint or its templates may have). */
  module?: Module
  /** The set's selection, when the module and the set have no error. */
  selection?: Selection
  coverage?: undefined
  report?: undefined
}

/** What `checkModule` returns: `ok` (no file has an error) tells which, and with it whether `module`, `selection`, `coverage` and `report` are there. */
export type CheckResult = CheckPassed | CheckFailed

/**
 * Check the module in `dir`: article, claims, questions and sets, and its own templates as a
 * build would (loaded only when it has a `templates/` folder). A `dir` that is no folder, or
 * an option out of bounds, is an error on the file `request`, and nothing is read.
 */
export function checkModule(dir: string, options: CheckOptions = {}): CheckResult {
  const request = judgeRequest({ dir, seed: options.seed, overrides: options.overrides }, 'check')
  if (!sound(request)) return { ok: false, files: [request], messages: [...request.messages], unchecked: [...NOTHING_CHECKED, ...(typeof dir === 'string' && hasOwnTemplates(dir) ? [OWN_TEMPLATES] : [])] }
  const input = loadModule(dir)
  const { module, files, skipped } = assembleModule(input)
  const resolved = module ? resolveSelection(module, input, { set: options.set, overrides: options.overrides ?? {}, seed: options.seed, versions: 1, shuffle: false }) : undefined
  const templates = loadModuleTemplates(dir)
  const all = [...files, ...(resolved?.files.filter((f) => !files.includes(f)) ?? []), ...(templates ? checkTemplates(templates) : [])]
  // The lint reads the quiz as it will print, so it runs once the set resolves.
  const lint = module && resolved?.selection ? lintModule(module, resolved.selection, input, { strict: options.strict }) : undefined
  const messages = all.flatMap((f) => f.messages)
  const selection = resolved?.selection
  if (module && selection && lint && !hasErrors(all)) {
    const coverage = { article: claimCoverage(module), set: setCoverage(module, selection.items, selection.discussion) }
    const report = formatCheckReport({ module, coverage: coverage.article, selection, setCoverage: coverage.set })
    return { ok: true, files: all, messages, lint, module, selection, coverage, report }
  }
  const result: CheckFailed = { ok: false, files: all, messages }
  if (lint) result.lint = lint
  if (module) result.module = module
  if (selection) result.selection = selection
  const unchecked = hasErrors(all) ? uncheckedFor(module, selection, skipped) : []
  if (unchecked.length) result.unchecked = unchecked
  return result
}

/**
 * Renumber the ¶ references of the module in `dir` as its paragraphs.lock maps them to the
 * article's paragraphs now (only the digits of each reference change), and record the new
 * numbering in paragraphs.lock; without a record, write one when no ¶ reference is in
 * error. Writes nothing while a reference needs a decision (a paragraph deleted, or split
 * with nothing to say which part). `classpack check --renumber` calls it.
 */
export function renumberModule(dir: string): RenumberResult {
  return renumber(dir)
}

export type BuildPackRequest = Partial<BuildRequest> & { dir: string }

/** What a refused request leaves unchecked besides the module: a teacher's templates (`--templates`, the module's `templates/`), when there are any. */
const OWN_TEMPLATES = 'the templates'

/**
 * Build the module in `request.dir` into `<out>/<module>/` (defaults: `out`, HTML and PDF,
 * one version; `zip` alone: HTML, PDF and the archive). A field of the wrong kind or out of
 * its bounds (`versions: 0`, `lang: 'fr'`, an empty `formats`), or a `dir` that is no
 * folder, is an error on the file `request`, and nothing is read or written.
 */
export async function buildPack(request: BuildPackRequest): Promise<BuildResult> {
  // A field given as undefined takes its default, as one left out does.
  const given = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as BuildPackRequest
  const judged = judgeRequest(given, 'build')
  if (!sound(judged)) return { files: [judged], written: 0, bytes: 0, unchecked: [...NOTHING_CHECKED, ...(given.templates !== undefined || (typeof given.dir === 'string' && hasOwnTemplates(given.dir)) ? [OWN_TEMPLATES] : [])] }
  const { buildModule } = await import('./build.js')
  const formats = given.formats === undefined || (given.formats.size === 1 && given.formats.has('zip')) ? new Set([...DEFAULT_FORMATS, ...(given.formats ?? [])]) : given.formats
  return buildModule({ out: 'out', overrides: {}, versions: 1, ...given, formats })
}

/**
 * What a build makes when no format is named. `zip` alone archives these too: an archive of
 * an index and a manifest, which is all there would be, is not what anyone asks for.
 */
const DEFAULT_FORMATS = ['html', 'pdf'] as const

/** Check every file of the pack in `dir` against its manifest.json. Throws an Error a user can act on when `dir` is not a pack. */
export function verifyPack(dir: string): PackVerification {
  return verifyPackFiles(dir)
}

/**
 * Start a module from the article at `request.path` (`.txt`, `.md`, `.html`, `.docx`) in
 * `request.into` (default `source/<slug of the title>`): article.md, suggested claims,
 * first questions and module.yaml, written all or nothing into a folder that is absent or
 * empty, never over anything else. Returns what it guessed, what it wrote and the new
 * module's messages as `classpack check` would give them. Throws a TypeError for an
 * article type it cannot read (see `ARTICLE_TYPES`).
 */
export async function initModule(request: InitModuleRequest): Promise<InitResult> {
  const { initModule: init } = await import('./init.js')
  return init(request)
}

/**
 * Start the studio for the module in `request.dir`: a page on 127.0.0.1 (port
 * `request.port`, default any) to curate claims, build question sets and preview the
 * pack, re-checked as the files change. Resolves once it listens, with its URL (which
 * carries this run's token) and a `close`. Throws a TypeError when `dir` is not a module.
 */
export async function startStudio(request: StudioRequest): Promise<Studio> {
  const { startStudio: start } = await import('./studio.js')
  return start(request, { check: checkModule, build: buildPack })
}
