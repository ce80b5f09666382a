// The `build` command's library side, from the edges in: load the module, its roster and
// its templates; check and select; build the pack in memory; write it. Rendering threads
// are started here, the one place that decides whether a build is worth them (from the
// pages its quizzes come to: pack/cost.ts). Returns messages and a summary; the CLI
// prints them.
import { VFile } from 'vfile'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { assembleModule, type Module } from './assemble.js'
import { checkKey, checksToKeep, recallChecks } from './check-cache.js'
import { displayPath, loadModule, loadRoster, loadTemplates, type ModuleFiles } from './load.js'
import { hasErrors, warn } from './messages.js'
import { readRoster } from './roster/read.js'
import { detectDelimiter } from './roster/csv.js'
import { assignStudents, type AssignedStudent } from './roster/assign.js'
import type { Paper, QuestionSet } from './module/model.js'
import { buildPack, type Format } from './pack/build.js'
import { PACK_TEMPLATES } from './pack/plan.js'
import type { StudentProgress } from './pack/students.js'
import { poolAvailable, RenderPool } from './pack/pool.js'
import { threadsFor } from './pack/cost.js'
import type { DocumentCache } from './pack/cache.js'
import { CACHE_FOLDER, openCache } from './write/cache.js'
import { resolveSelection } from './select/resolve.js'
import type { Selection } from './select/model.js'
import { recover, retireArchive, TargetRefused, writeArchive, writePack, type OnWriteStep } from './write.js'
import { packDigests, refusalFiles, rememberDigests, type ProtectedPlace } from './guard.js'
import { checkArchive, checkTarget } from './guard/target.js'
import { uncheckedFor } from './unchecked.js'
import { BUILTIN_TEMPLATES } from './paths.js'
import { DOWNLOAD_FORMATS } from './formats.js'
import { lintModule } from './lint/run.js'
import { checkTemplates } from './fill/templates.js'
import { warnUndrawable, warnUndrawableRoster } from './pdf-glyphs.js'
import { placeOf } from './yaml/decode.js'
import { atClaim } from './lint/bank.js'
import { uiLang } from './lang/index.js'
import { latinAscii, namesInLatinScript } from './roster/filenames.js'

export interface BuildRequest {
  dir: string
  out: string
  formats: ReadonlySet<Format>
  paper?: Paper
  /** The language of the words classpack prints (`--lang`, a code of UI_LANGUAGES); default: the article's `lang`. */
  lang?: string
  set?: string
  overrides: QuestionSet
  seed?: number
  versions: number
  templates?: string
  /** A roster CSV for one quiz per student. */
  roster?: string
  /** Seconds since 1970 that date the pack and its PDFs, over module.yaml's `date`. The library reads no environment: the CLI passes SOURCE_DATE_EPOCH here. */
  sourceDateEpoch?: number
  /** Cover sheets in the print bundle (`--covers`). */
  covers?: boolean
  /** Model answers and rubrics also in the exports' feedback that students see (`--export-model-answers`). */
  exportModelAnswers?: boolean
  /** Threads rendering per-student PDFs (`--workers`); 0 renders on the main thread. Default: as many as pay for the roster's pages (pack/cost.ts). */
  workers?: number
  /** Documents from earlier builds, from the cache in `<out>/.classpack-cache/` (write/cache.ts); false renders every one (`--no-cache`). Default true. */
  cache?: boolean
  /** The straightforward path: fill, parse and render every quiz on its own (same bytes, slower). */
  simple?: boolean
  /** Called as per-student quizzes are done. */
  onProgress?: (progress: StudentProgress) => void
  /** Called with the number of PDFs rendered ahead and not yet written, as it changes (memory stays flat: tests watch it). */
  onPending?: (count: number) => void
  /** Every module folder of this run (the CLI's): the pack must not be, hold or lie inside any of them. */
  modules?: readonly string[]
  /** Called at each step of writing and swapping the pack in; for fault-injection tests only. */
  onWriteStep?: OnWriteStep
}

export interface BuildResult {
  files: VFile[]
  /** Where the pack was written, when it was. */
  target?: string
  written: number
  bytes: number
  /** The earlier pack's zip, removed because this build wrote none (it would pass for this pack). */
  retiredArchive?: string
  /** Files taken from the cache of earlier builds rather than rendered. */
  fromCache?: number
  /** The module's checks taken from the cache: the same files were checked with the same options before (check-cache.ts). */
  checksFromCache?: boolean
  /** What the errors kept from being checked (see `uncheckedFor`). */
  unchecked?: string[]
  seed?: number
  seedFromDefault?: boolean
  set?: string
}

const FALLBACK_DATE = new Date(Date.UTC(1980, 0, 1))

/** Build one module's pack into `out/<module>`. */
export async function buildModule(request: BuildRequest): Promise<BuildResult> {
  const roster = request.roster === undefined ? undefined : loadRoster(request.roster)
  let pool: RenderPool | undefined
  // Asked for once the pages are known; `--workers N` starts N threads whatever they come to.
  const threads = (pages: number): RenderPool | undefined => {
    const size = request.workers ?? threadsFor(pages, availableParallelism())
    if (request.simple || size === 0 || !poolAvailable()) return undefined
    return (pool ??= new RenderPool(size))
  }
  const cache = request.cache === false ? undefined : openCache(join(request.out, CACHE_FOLDER))
  try {
    const result = await build(request, roster, threads, cache)
    return cache?.hits ? { ...result, fromCache: cache.hits } : result
  } finally {
    cache?.close()
    await pool?.close()
  }
}

async function build(request: BuildRequest, rosterFile: VFile | undefined, threads: (pages: number) => RenderPool | undefined, cache: DocumentCache | undefined): Promise<BuildResult> {
  const input = loadModule(request.dir)
  const target = join(request.out, input.name)
  const zipped = request.formats.has('zip')
  // The roster is read first, so its problems are reported beside the module's in one run.
  const roster = rosterFile === undefined || rosterFile.messages.length ? undefined : readRoster(rosterFile)
  // The templates depend on nothing the module holds (their fields are checked against the
  // view models): a build that stops at another error checks them too and says their
  // problems beside it. A build that goes on checks them once, as it compiles them.
  const templates = loadTemplates([request.templates, join(request.dir, 'templates')].filter((d): d is string => Boolean(d)), PACK_TEMPLATES)
  const withRoster = (files: VFile[]): VFile[] => (rosterFile === undefined ? files : [...files, rosterFile])
  const stop = (files: VFile[]): VFile[] => [...files, ...checkTemplates(templates)]
  // Before anything else: a pack may only replace what classpack wrote, away from the inputs.
  // Its files are read and hashed for that, except those the cache saw written (as they are since).
  const digestsKey = `pack-digests\0${resolve(target)}`
  const known = cache?.get(digestsKey, false)
  if (known) rememberDigests(new TextDecoder().decode(known))
  const refused = checkTarget(target, { protect: protectedPlaces(request), archive: zipped })
  // Nothing is written then, but the module's own problems are reported in the same run.
  if (refused.length) return { files: stop(withRoster([...assembleModule(input).files, ...refusalFiles(refused)])), written: 0, bytes: 0 }
  // Clear what an interrupted earlier build left, even if this one stops at a problem.
  recover(target)
  const checked = checkForBuild(input, request, cache)
  const { module, selection } = checked
  if (!module) return { files: stop(withRoster(checked.files)), written: 0, bytes: 0, unchecked: uncheckedFor(undefined, undefined, checked.skipped) }
  const all = withRoster(checked.files)
  const unused = unusedFlags(request)
  if (unused) all.push(unused)
  if (!selection) return { files: stop(all), written: 0, bytes: 0, unchecked: uncheckedFor(module, undefined) }
  if (hasErrors(all)) return { files: stop(all), written: 0, bytes: 0 }

  let students: AssignedStudent[] = []
  if (rosterFile !== undefined) {
    if (!roster) return { files: stop(all), written: 0, bytes: 0 }
    // File names follow the pack's language (`--lang`, else the article's): a German class
    // reading an English article still finds Müller under `mueller`.
    const lang = uiLang(module)
    // any-ascii only for names in other scripts: names in Latin script are written as it would.
    const transliterate = namesInLatinScript(roster.map((s) => s.name), lang) ? latinAscii : (await import('./roster/transliterate.js')).transliterate
    students = assignStudents(roster, selection.versions.length, selection.seed, transliterate, lang)
    // The print bundle is drawn with the same fonts as the PDFs, and may be the only PDF asked for.
    if (request.formats.has('pdf') || request.formats.has('print')) await warnUndrawableRoster(rosterFile, students)
  }

  if (request.formats.has('pdf') || request.formats.has('print')) await warnUndrawable([input.article, input.claims, input.questions, input.module])

  // What the exports asked for cannot carry of these items (GIFT's marks): warnings at the item.
  for (const format of DOWNLOAD_FORMATS) {
    if (!request.formats.has(format.name) || !format.download.limits || !input.questions) continue
    for (const limit of await format.download.limits(module, selection)) {
      // A generated item is in no questions.yaml: said at its claim, as the lint does.
      if (limit.item.generated && input.claims) {
        const { place, reason } = atClaim(limit.item, module, limit.reason)
        warn(input.claims, reason, place, limit.ruleId)
      } else {
        // A field the item leaves to its default (a cloze's `points`) has no place of its own: the item's id stands for it.
        const place = placeOf(limit.owner, limit.key) ?? placeOf(limit.item, 'id')
        warn(input.questions, limit.reason, place, limit.ruleId)
      }
    }
  }

  const epoch = request.sourceDateEpoch
  const date = epoch !== undefined ? new Date(epoch * 1000).toISOString().slice(0, 10) : module.config.date ?? null
  const creationDate = epoch !== undefined ? new Date(epoch * 1000) : date ? new Date(`${date}T00:00:00Z`) : FALLBACK_DATE
  const { files: templateFiles, output } = buildPack(module, selection, {
    formats: request.formats,
    paper: request.paper ?? module.config.paper,
    date,
    creationDate,
    templates,
    students,
    // grading.csv is split as the roster was (a tab-separated one by `,`, which a spreadsheet splits a .csv by): a teacher's spreadsheet opens it as it saved the roster.
    ...(rosterFile !== undefined ? { separator: detectDelimiter(String(rosterFile.value)) ?? ',' } : {}),
    covers: request.covers,
    exports: { modelAnswers: request.exportModelAnswers === true },
    simple: request.simple,
    threads,
    cache,
    onProgress: request.onProgress,
    onPending: request.onPending,
    onFit: (fit) => {
      const uneven = unevenVersions(fit.pages, selection.versions.map((v) => v.id ?? ''), selection.seed)
      if (uneven) all.push(uneven)
    }
  })
  all.push(...templateFiles)
  let written = 0
  let bytes = 0
  async function* counted() {
    for await (const file of output) {
      written++
      bytes += file.bytes.byteLength
      yield file
    }
  }
  // The archive is checked again before the folder is swapped: a refused archive leaves both alone.
  const keep = (): boolean => {
    if (zipped) all.push(...refusalFiles(checkArchive(`${target}.zip`)))
    return !hasErrors(all) && written > 0
  }
  const refusedBy = (cause: unknown): VFile[] => {
    if (cause instanceof TargetRefused) return refusalFiles(cause.problems)
    throw cause
  }
  let kept: boolean
  try {
    kept = await writePack(target, counted(), keep, request.onWriteStep)
  } catch (cause) {
    return { files: [...all, ...refusedBy(cause)], written: 0, bytes: 0 }
  }
  if (kept) checked.keep?.()
  const digests = kept && cache ? packDigests(target) : undefined
  if (digests) cache!.put(digestsKey, new TextEncoder().encode(JSON.stringify(digests)))
  // The archive holds the pack as written, manifest included, so it sits beside the folder.
  // Refused here only if a file appeared there since `keep` looked: the error then says so.
  if (kept && zipped) await writeArchive(target, `${target}.zip`, request.onWriteStep).catch((cause: unknown) => all.push(...refusedBy(cause)))
  const retired = kept && !zipped && retireArchive(`${target}.zip`) ? `${target}.zip` : undefined
  return { files: all, target: kept ? target : undefined, ...(retired ? { retiredArchive: retired } : {}), ...(checked.recalled ? { checksFromCache: true } : {}), written, bytes, seed: selection.seed, seedFromDefault: request.seed === undefined && module.config.seed === undefined, set: selection.name }
}

/** What the checks of a build found: the module and its quiz when they could be made, and every file with its messages. */
interface BuildChecks {
  module?: Module
  selection?: Selection
  files: VFile[]
  skipped?: string[]
  /** Taken from the cache: the same files and options were checked before (check-cache.ts). */
  recalled?: boolean
  /** Keeps them in the cache, once the pack is written. */
  keep?: () => void
}

/**
 * Check the module as a build prints it: assemble it, select the quiz, lint both. Taken from
 * the cache when the same files were checked with the same options before, and kept there
 * when they check without an error.
 */
function checkForBuild(input: ModuleFiles, request: BuildRequest, cache: DocumentCache | undefined): BuildChecks {
  const options = { set: request.set, overrides: request.overrides, seed: request.seed, versions: request.versions, lang: request.lang }
  const key = checkKey(cache, input, options)
  const recalled = key === undefined ? undefined : recallChecks(cache!, key, input)
  if (recalled) return { module: recalled.module, selection: recalled.selection, files: recalled.files, recalled: true }
  const { module, files, skipped } = assembleModule(input)
  if (!module) return { files, ...(skipped ? { skipped } : {}) }
  if (request.lang !== undefined) {
    module.ui = request.lang
    // `--lang` chose the pack's words: the article's own language needs no catalogue then.
    input.article.messages = input.article.messages.filter((m) => m.ruleId !== 'ui-language')
  }
  const { selection, files: selectionFiles } = resolveSelection(module, input, { ...options, shuffle: false })
  const all = [...files, ...selectionFiles.filter((f) => !files.includes(f))]
  if (!selection) return { module, files: all }
  // The lint judges the quiz as this build prints it; its errors stop the build, its warnings do not.
  lintModule(module, selection, input)
  const commandLine = all.find((f) => !files.includes(f) && f.path === 'command line')
  const bytes = key !== undefined && commandLine !== undefined && !hasErrors(all) ? checksToKeep(input, { module, selection, commandLine }) : undefined
  return { module, selection, files: all, ...(bytes ? { keep: () => cache!.put(key!, bytes) } : {}) }
}

/**
 * A warning when the versions' quizzes take different numbers of pages: each question is
 * kept whole on a page, so two orders of the same questions can end on different pages, and
 * where closer spacing cannot even them (pack/fit.ts), a class would get papers of unequal
 * length (a print bundle of 6 pages for some students and 4 for others). Another seed deals
 * other orders.
 */
function unevenVersions(pages: readonly number[], ids: readonly string[], seed: number): VFile | undefined {
  if (new Set(pages).size < 2) return undefined
  const most = Math.max(...pages)
  const long = pages.flatMap((n, v) => (n === most ? [ids[v]!] : []))
  const others = pages.flatMap((n, v) => (n === most ? [] : [`${ids[v]} ${n}`]))
  const file = new VFile({ path: 'command line' })
  warn(
    file,
    `Unexpected quizzes of unequal length with --versions ${pages.length} and seed ${seed}: version${long.length > 1 ? 's' : ''} ${long.join(', ')} ${long.length > 1 ? 'take' : 'takes'} ${most} pages, ${others.join(', ')} (a question is never split across pages, and closer spacing could not even them), expected versions of one length: another --seed deals the questions in other orders`,
    undefined,
    'versions-uneven'
  )
  return file
}

/**
 * Warnings for flags whose output no format asked for is written to: `--covers` without the
 * print bundle the cover sheets go in (the default formats, html and pdf, have none), and
 * `--export-model-answers` without a platform's export. A teacher who asked got nothing, without a word.
 */
function unusedFlags(request: BuildRequest): VFile | undefined {
  const file = new VFile({ path: 'command line' })
  const asked = [...request.formats].join(',')
  if (request.covers && !request.formats.has('print')) {
    warn(file, `Unexpected --covers without \`print\` in --format, expected the print bundle the cover sheets go in: this build writes none (--format ${asked}), so it has no cover sheets; add it: \`--format ${asked},print\``, undefined, 'covers-unused')
  }
  if (request.exportModelAnswers && !DOWNLOAD_FORMATS.some((f) => request.formats.has(f.name))) {
    const names = DOWNLOAD_FORMATS.map((f) => `\`${f.name}\``)
    warn(file, `Unexpected --export-model-answers without an export in --format, expected ${names.slice(0, -1).join(', ')} or ${names.at(-1)}, whose general feedback the model answers go in: this build writes none (--format ${asked})`, undefined, 'model-answers-unused')
  }
  return file.messages.length ? file : undefined
}

/** What a build must not write over: its modules, their templates, `source/`, the templates in use. */
function protectedPlaces(request: BuildRequest): ProtectedPlace[] {
  const module = (dir: string): ProtectedPlace => ({ path: dir, what: `the module \`${displayPath(resolve(dir))}\`` })
  return [
    module(request.dir),
    // Covered by the module, named for the record: a module's own templates are a teacher's work.
    { path: join(request.dir, 'templates'), what: `the module's templates \`${displayPath(resolve(request.dir, 'templates'))}\`` },
    ...(request.modules ?? []).map(module),
    ...(request.templates === undefined ? [] : [{ path: request.templates, what: `the --templates folder \`${displayPath(resolve(request.templates))}\`` }]),
    { path: 'source', what: '`source/`, where modules live' },
    { path: BUILTIN_TEMPLATES, what: `classpack's built-in templates \`${displayPath(BUILTIN_TEMPLATES)}\`` }
  ]
}
