// What a script asks of checkModule and buildPack, judged before anything is read or
// written: a field of the wrong kind or out of its bounds is an error on the file `request`
// that names the field (`versions`), and the call returns it having made nothing. The
// bounds and their wording are here once: the CLI reads its flags' text against the same
// bounds and words a wrong value the same way, naming the flag (`--versions`) instead.
import { VFile } from 'vfile'
import { FORMATS, formatsFor } from './formats.js'
import { UI_LANGUAGES } from './lang/index.js'
import { notAFolder, thereIs } from './load/module.js'
import { code, error, hasErrors } from './messages.js'
import { PAPERS, SEED_BOUNDS, type Bounds } from './module/model.js'
import { questionSet } from './module/read.js'
import { closest } from './yaml/decode.js'
import { valueSource } from './yaml/value.js'

/** The whole numbers of a request (and the flags and variables that give them), each with its bounds. */
export const REQUEST_BOUNDS = {
  versions: [1, 26],
  seed: SEED_BOUNDS,
  workers: [0, 64],
  // Seconds from 1970 to the last second of 9999: a date every document can print.
  sourceDateEpoch: [0, 253_402_300_799]
} as const satisfies Record<string, Bounds>

/** "Unexpected `0` for `versions`, expected a whole number from 1 to 26": `shown` is the value as given, `source` where (`for --versions`, `in CLASSPACK_WORKERS`). */
export function notAWholeNumber(shown: string, [min, max]: Bounds, source: string): string {
  return `Unexpected ${shown} ${source}, expected a whole number from ${min} to ${max}`
}

/** "Unexpected `fr` for `lang`, expected one of `en`, `de`", with the choice `value` is a typo of first when one is close. */
export function notAChoice(shown: string, value: string, choices: readonly string[], source: string, meant?: (value: string) => string | undefined): string {
  const said = meant?.(value)
  if (said !== undefined) return `Unexpected ${shown} ${source}, expected ${said} (one of ${choices.map((c) => '`' + c + '`').join(', ')})`
  const hint = closest(value, choices)
  return `Unexpected ${shown} ${source}, expected ${hint ? `\`${hint}\` (one of ` : 'one of '}${choices.map((c) => '`' + c + '`').join(', ')}${hint ? ')' : ''}`
}

/** The fields of a request that are judged: `checkModule`'s folder and options, a `buildPack` request (those given as undefined left out). */
export interface RequestFields {
  dir: unknown
  seed?: unknown
  overrides?: unknown
  out?: unknown
  formats?: unknown
  paper?: unknown
  lang?: unknown
  versions?: unknown
  workers?: unknown
  sourceDateEpoch?: unknown
  roster?: unknown
  templates?: unknown
}

/**
 * What is wrong with a request, an error each on the file `request`, in the order
 * BuildRequest lists the fields: of a check, its folder, seed and overrides; of a build, every field.
 */
export function judgeRequest(request: RequestFields, call: 'check' | 'build'): VFile {
  const build = call === 'build'
  const file = new VFile({ path: 'request' })
  moduleFolder(file, request.dir)
  if (build) {
    if (request.out !== undefined && !(typeof request.out === 'string' && request.out.trim() !== '')) problem(file, `Unexpected ${shown(request.out)} for \`out\`, expected a folder for the packs (the default is \`out\`)`)
    formats(file, request.formats)
    choice(file, 'paper', request.paper, PAPERS)
    choice(file, 'lang', request.lang, UI_LANGUAGES)
  }
  // The overrides are a question set, judged as module.yaml's sets are, in the same words.
  if (request.overrides !== undefined) {
    const source = valueSource(file, request.overrides)
    questionSet.decode(source.root, source, 'overrides')
  }
  wholeNumber(file, 'seed', request.seed)
  if (!build) return file
  wholeNumber(file, 'versions', request.versions)
  if (request.templates !== undefined) {
    const path = typeof request.templates === 'string' && request.templates.trim() !== '' ? request.templates : undefined
    const kind = path === undefined ? 'nothing' : notAFolder(path)
    const what = path === undefined ? `${shown(request.templates)} for \`templates\`` : `\`templates\` \`${path}\``
    if (kind) problem(file, `Unexpected ${what}, expected an existing folder${kind === 'a file' ? ': it is a file' : ''}`)
  }
  if (request.roster !== undefined && !(typeof request.roster === 'string' && request.roster.trim() !== '')) problem(file, `Unexpected ${shown(request.roster)} for \`roster\`, expected a CSV file with a \`name\` column`)
  wholeNumber(file, 'sourceDateEpoch', request.sourceDateEpoch)
  wholeNumber(file, 'workers', request.workers)
  return file
}

/** Whether the judged request may go on: no error on its file. */
export const sound = (file: VFile): boolean => !hasErrors([file])

function problem(file: VFile, reason: string): void {
  error(file, reason, undefined, 'request-value')
}

/**
 * A value as a message shows it, as a script wrote it: a number as JavaScript prints it
 * (`NaN`, `2.5`), text in quotes where a number is wanted (`"7"` is no 7).
 */
function shown(value: unknown, quote = true): string {
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : quote ? code(JSON.stringify(value)) : code(value)
  if (typeof value === 'bigint') return code(`${value}n`)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return code(String(value))
  if (value instanceof Set) return 'Set'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'function' ? 'function' : 'object'
}

function moduleFolder(file: VFile, dir: unknown): void {
  const expected = 'expected a module folder (one with an article.md)'
  if (typeof dir !== 'string' || dir.trim() === '') {
    problem(file, dir === undefined ? `Missing \`dir\`, ${expected}` : `Unexpected ${shown(dir)} for \`dir\`, ${expected}`)
    return
  }
  // A path that is no folder at all is a mistyped path, not a module with its files missing.
  const kind = notAFolder(dir)
  if (kind) problem(file, `Unexpected \`dir\` \`${dir}\`, ${expected}: there is ${thereIs(kind)}`)
}

function wholeNumber(file: VFile, name: keyof typeof REQUEST_BOUNDS, value: unknown): void {
  if (value === undefined) return
  const bounds = REQUEST_BOUNDS[name]
  if (typeof value === 'number' && Number.isInteger(value) && value >= bounds[0] && value <= bounds[1]) return
  problem(file, notAWholeNumber(shown(value), bounds, `for \`${name}\``))
}

function choice(file: VFile, name: string, value: unknown, choices: readonly string[]): void {
  if (value === undefined || (typeof value === 'string' && choices.includes(value))) return
  problem(file, notAChoice(shown(value, false), typeof value === 'string' ? value : '', choices, `for \`${name}\``))
}

function formats(file: VFile, value: unknown): void {
  if (value === undefined) return
  const all = FORMATS.map((f) => '`' + f + '`').join(', ')
  if (!(value instanceof Set)) problem(file, `Unexpected ${shown(value)} for \`formats\`, expected a Set of ${all} (\`new Set(['html', 'pdf'])\`)`)
  else if (value.size === 0) problem(file, `Unexpected empty Set for \`formats\`, expected one or more of ${all} (without \`formats\`: \`html\` and \`pdf\`)`)
  else for (const name of value as Set<unknown>) if (!(FORMATS as readonly unknown[]).includes(name)) problem(file, notAChoice(shown(name, false), typeof name === 'string' ? name : '', FORMATS, 'in `formats`', formatsFor))
}
