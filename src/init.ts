// The `init` command's library side, from the edges in: look at where the module would go
// (guard.ts, and the module writer's own "is it free" check), read the article (the load
// stage), plan the module in memory (src/init/), look again, and write it all or nothing
// (write/module.ts). Returns data and messages; the CLI prints them.
import { join, resolve } from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { checkPlace, refusalFiles, type PlaceWording, type ProtectedPlace, type TargetProblem } from './guard.js'
import { ARTICLE_TYPES, articleType, type ArticleType } from './init/article-type.js'
import type { Guess } from './init/model.js'
import { planModule, type ModulePlan } from './init/plan.js'
import { UnreadableDocx } from './init/read-docx.js'
import { readArticleSource } from './load/article-source.js'
import { findModules } from './load/modules.js'
import { error } from './messages.js'
import { decodeUtf8, displayPath } from './load/text.js'
import { BUILTIN_TEMPLATES, SCHEMAS } from './paths.js'
import { checkFree, holdsModule, writeModule, type ModuleWriteStep } from './write/module.js'

export interface InitModuleRequest {
  /** The article: a `.txt`, `.md`, `.html` or `.docx` file (see `ARTICLE_TYPES`). */
  path: string
  /** The new module's folder (default `source/<slug of the title>`); it must be absent or empty. */
  into?: string
  /** The folder `path` and `into` are relative to, and the `source/` and `templates/` kept safe (default `process.cwd()`). */
  cwd?: string
  /** Called at each step of writing; for fault-injection tests only. */
  onWriteStep?: (step: ModuleWriteStep) => void
}

export interface InitResult {
  /** Whether the module was written. */
  written: boolean
  /** The module's folder, as given or planned (relative to `cwd` unless given absolute); absent when the article could not be read and no folder was given. */
  dir?: string
  /** The files written, `<dir>/article.md` first; empty when nothing was written. */
  paths: string[]
  /** How the article was read. */
  type: ArticleType
  /** What init took each part of the article to be (title, standfirst, author, subheads…), for the teacher to correct. */
  guesses: Guess[]
  /** How many claims it suggested. */
  claims: number
  /** Every file with its messages: the article when it cannot be read, the folder when it is refused, else the new module's files as `classpack check` sees them (warnings for the suggested claims). */
  files: VFile[]
  /** Every message of every file, in file order. */
  messages: VFileMessage[]
}

const WORDING: PlaceWording = { folder: 'module folder', flag: '--into', why: 'init writes a module only into a new or empty folder of its own', hint: ' (such as `source/<name>`)', below: 0 }

/** Start a module from the article at `request.path`. Throws a TypeError for an article type init cannot read or an empty `into`. */
export async function initModule(request: InitModuleRequest): Promise<InitResult> {
  const type = articleType(request.path)
  if (!type) throw new TypeError(`Unexpected article \`${request.path}\`, expected a file ending in ${Object.keys(ARTICLE_TYPES).join(', ')}`)
  if (request.into !== undefined && request.into.trim() === '') throw new TypeError('Unexpected empty `into`, expected a folder for the new module')
  const cwd = request.cwd ?? process.cwd()
  const nothing = (files: VFile[], dir?: string): InitResult => ({ written: false, ...(dir === undefined ? {} : { dir }), paths: [], type, guesses: [], claims: 0, files, messages: files.flatMap((f) => f.messages) })

  // Refuse before reading anything when the folder is given and taken.
  if (request.into !== undefined) {
    const refused = refusalFiles(checkTarget(request.into, cwd))
    if (refused.length) return nothing(refused, request.into)
  }
  const source = readArticleSource(request.path, cwd)
  if (!source.bytes) return nothing([source.file], request.into)
  // A .txt or .md is read as UTF-8, as the module's files are: a Latin-1 `Caf\xe9` became
  // `Caf�` in every file written, and a binary file a module. Refused as check refuses them:
  // one error at the first bad byte, nothing written. (A page says its own charset.)
  if ((type === 'text' || type === 'markdown') && decodeUtf8(source.file, source.bytes) === undefined) return nothing([source.file], request.into)
  let plan: ModulePlan
  try {
    plan = await planModule({ path: request.path, bytes: source.bytes, schemas: { dir: SCHEMAS, cwd }, ...(request.into === undefined ? {} : { into: request.into }) })
  } catch (cause) {
    // A .docx that is no Word document is the teacher's file to save again, not a crash: said at the file, nothing written.
    if (!(cause instanceof UnreadableDocx)) throw cause
    error(source.file, cause.message, undefined, 'file-format')
    return nothing([source.file], request.into)
  }
  const planned = { dir: plan.dir, type, guesses: plan.guesses, claims: plan.claims }
  // An article with no text to teach from would make a module that cannot check: say so at the source, write nothing.
  if (plan.checked.some((f) => f.messages.some((m) => m.ruleId === 'article-empty'))) {
    error(source.file, 'Unexpected article without paragraphs of text, expected at least one paragraph after its title and byline: init writes nothing for it', { line: 1, column: 1 }, 'article-empty')
    return { ...nothing([source.file]), guesses: plan.guesses }
  }
  // Planning takes a moment (a page is parsed, claims suggested): look again before writing.
  const before = checkTarget(plan.dir, cwd)
  const refused = refusalFiles(before.length ? before : writeModule(plan.dir, plan.files, { cwd, onStep: request.onWriteStep }))
  if (refused.length) return { ...nothing(refused), ...planned }
  const files = plan.checked
  return { written: true, ...planned, paths: plan.files.map((f) => join(plan.dir, f.name)), files, messages: files.flatMap((f) => f.messages) }
}

/** Everything wrong with writing a new module at `dir`: the place (see `checkPlace`), then what is there. */
function checkTarget(dir: string, cwd: string): TargetProblem[] {
  // A module already there is answered as one ("existing folder holding article.md"), not as a protected place.
  if (holdsModule(dir, cwd)) {
    const free = checkFree(dir, cwd)
    if (free.length) return free
  }
  const place = checkPlace(dir, { protect: protectedPlaces(cwd), cwd, wording: WORDING })
  return place.length ? place : checkFree(dir, cwd)
}

/** What a new module must not be, hold or (but for `source/`) lie inside: `source/` itself, its modules, the templates. */
function protectedPlaces(cwd: string): ProtectedPlace[] {
  return [
    { path: 'source', what: '`source/`, where modules live', insideAllowed: true },
    ...findModules(resolve(cwd, 'source')).map((dir): ProtectedPlace => ({ path: dir, what: `the module \`${displayPath(dir, cwd)}\`` })),
    { path: 'templates', what: '`templates/`' },
    { path: BUILTIN_TEMPLATES, what: `classpack's built-in templates \`${displayPath(BUILTIN_TEMPLATES, cwd)}\`` }
  ]
}
