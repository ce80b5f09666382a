// The classpack command: parse flags, call the library, print, and map outcomes to exit
// codes (0 done, 1 problems in the inputs, 2 wrong usage). It writes to the streams it is
// given and reads the environment it is given, so tests run it in their own process;
// src/cli.ts hands it the real ones and is the only place that exits.
import { existsSync, readdirSync, realpathSync, rmdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { choiceFlag, choiceList, closestOption, FlagError, intFlag, intValue, LIST_FLAGS, setOverrides, SET_FLAGS } from './flags.js'
import { describeSystemError } from './system-error.js'
import type { ProgressStream } from './progress.js'
import { ARTICLE_TYPES, articleType, buildPack, CACHE_FOLDER, notAFolder, thereIs, checkModule, classpackVersion, findModules, FORMATS, formatInfos, formatsFor, formatMessages, GENERATORS, hasErrors, initModule, lintReport, renumberModule, OUTPUT_FORMATS, PAPERS, QUESTION_TYPES, reportRefusals, REQUEST_BOUNDS, startStudio, TYPES, UI_LANGUAGES, verifyPack, type ArticleType, type PackVerification } from './index.js'

/** Where a run of the command prints, and what it reads besides its arguments. */
export interface CommandIO {
  stdout: { write(text: string): unknown }
  /** Messages, and a build's progress (a bar on a terminal, plain lines otherwise). */
  stderr: ProgressStream
  /** The environment: CLASSPACK_WORKERS, CLASSPACK_SIMPLE and SOURCE_DATE_EPOCH are read. */
  env: Readonly<Record<string, string | undefined>>
  /** Waits for the person running `studio` or `build --watch` to stop it (src/cli.ts: Ctrl+C); asked only then. */
  stopped(): Promise<unknown>
}

/** `  name        what it is` lines of a registry, for the usage. */
const listed = (entries: ReadonlyArray<{ name: string; description: string }>): string => entries.map((e) => `  ${e.name.padEnd(12)}${e.description}`).join('\n')

const USAGE = `Usage: classpack <command> [options]

Commands:
  init ARTICLE [--into DIR]
                          start a module from an article (.txt, .md, .html, .docx):
                          article.md, suggested claims, first questions, module.yaml
                          (default DIR: source/<slug of the title>; never overwrites)
  check [MODULE_DIR...]   check articles, claims, questions and sets, lint the items;
                          report coverage (takes --set and the set flags below)
                          --strict: lint warnings are errors; --verbose: show infos;
                          --report FILE.html: the lint report, a page a teacher reads
                          --renumber: update the ¶ references as paragraphs.lock maps
                          them to the article's paragraphs now, record its numbering
  build [MODULE_DIR...]   build each module's class pack into out/<module>/
  verify PACK_DIR...      check every file of a pack against its manifest.json
  studio [MODULE_DIR] [--port N] [--out DIR]
                          a page on 127.0.0.1 to curate claims, build question sets
                          and preview the pack, live as the files change (--port 0:
                          any free port; the printed URL carries this run's token)
  help                    show this help (also --help, -h)
  --version               print classpack's version

MODULE_DIR defaults to every folder under source/ that holds an article.md.

Build options:
  --out DIR               output folder (default: out)
  --paper a4|letter       PDF paper size, in any case (default: module.yaml's, else a4)
  --lang CODE             the language of the words classpack prints: ${UI_LANGUAGES.join(', ')}
                          (default: the article's \`lang\`, else English)
  --format LIST           any of ${FORMATS.join(',')} (default: html,pdf)
  --set NAME              a question set from module.yaml
  --versions N            quiz versions A, B, C, … with shuffled questions and options
  --seed S                seed for sampling and shuffling (default: module.yaml's, else 1)
  --templates DIR         templates that override the built-in ones, file by file
  --roster FILE.csv       one quiz per student (columns: name, and optionally id, group)
  --covers                a cover sheet before each quiz in the print bundle
  --export-model-answers  also put short answers' model answers and rubrics in the
                          exports' feedback, which students see after an attempt
  --workers N             threads rendering per-student PDFs beside the main one
                          (default: as many as pay for the roster's pages: none, or
                          one per core but one, up to 3; 0: none); also CLASSPACK_WORKERS
  --no-cache              render every document, neither reading nor writing the
                          cache of earlier builds (OUT/.classpack-cache/)
  --watch                 stay, and build again when a module's files, the roster or
                          --templates change (a pack with errors is not replaced);
                          Ctrl+C stops
  --types LIST            ${QUESTION_TYPES.join(',')}
  --claims LIST           claim ids       --themes LIST     theme ids
  --bloom LIST            remember,understand,apply,analyse,evaluate,create
  --difficulty LIST       easy,medium,hard --tags LIST      tags
  --include LIST          question ids to add  --exclude LIST  question ids to leave out
  --generated LIST        generated items: ${GENERATORS.join(',')}
  --count N               sample N quiz items (each theme kept where possible)
  --order O               authored, paragraph or shuffled
  --points N              sample items totalling N points

Flags override the set's fields (--count or --points alone replaces the set's count and points). Each option with a value is given once (a LIST is comma-separated). Exit status: 0 done, 1 problems in the inputs, 2 wrong usage.

Formats (--format):
${listed(OUTPUT_FORMATS)}

Question types (--types, and \`type:\` in questions.yaml):
${listed(TYPES)}`

/** Wrong usage: one problem, or several, one line each. */
class UsageError extends Error {}

/**
 * The usage problems of one command line, gathered so that all of them are reported in one
 * run (exit 2), each once, in the order of the flags they name on the command line; stopping
 * at the first made a teacher fix `--format`, run again, and only then hear of `--seed`.
 */
class Problems {
  private readonly found: string[] = []

  constructor(private readonly args: readonly string[]) {}

  add(message: string): void {
    if (!this.found.includes(message)) this.found.push(message)
  }

  /** What `read` returns; undefined, with its problems kept, when it throws wrong usage. */
  take<T>(read: () => T): T | undefined {
    try {
      return read()
    } catch (cause) {
      if (!(cause instanceof UsageError || cause instanceof FlagError)) throw cause
      for (const line of cause.message.split('\n')) this.add(line)
      return undefined
    }
  }

  /** Stop with every problem found so far, if there is one. */
  check(): void {
    if (this.found.length === 0) return
    const at = (message: string): number => {
      const flag = /--[a-z][a-z-]*/.exec(message)?.[0]
      const i = flag === undefined ? -1 : this.args.findIndex((a) => a === flag || a.startsWith(`${flag}=`))
      return i < 0 ? Number.POSITIVE_INFINITY : i
    }
    throw new UsageError([...this.found].sort((a, b) => at(a) - at(b)).join('\n'))
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * The flags and arguments of `command`'s command line as parseArgs reads them, with every
 * problem of their form kept in `problems` rather than the first thrown: an unknown option
 * (and, when it is close to one that takes a value, the value after it), an option without its value, a
 * value after a switch, and an option given twice (which value was meant? a list flag takes
 * one list). Read again without them, so what is left is read as parseArgs would.
 */
function readArgs<T extends Options>(command: string, args: string[], options: T, problems: Problems) {
  let list = args
  for (;;) {
    const { tokens } = parseArgs({ args: list, options, allowPositionals: true, strict: false, tokens: true })
    const drop = new Set<number>()
    /** Arguments read as a path from here on (`-dash` as `./-dash`). */
    const renamed = new Map<number, string>()
    const given = new Map<string, string[]>()
    let again = false
    for (const [i, token] of tokens.entries()) {
      if (token.kind !== 'option') continue
      const option = options[token.name]
      if (option === undefined) {
        // `-dash` is one argument, which parseArgs reads as the switches `-d -a -s -h`: one
        // message each, and "No modules found" after them, for one argument. Said once, as written.
        const arg = list[token.index]!
        if (!arg.startsWith('--') && arg.length > 2) {
          if (drop.has(token.index) || renamed.has(token.index)) continue
          if (existsSync(arg)) {
            // A folder whose name starts with "-": read as that folder, so nothing follows from it.
            problems.add(`Unexpected option \`${arg}\` for \`${command}\`, expected \`./${arg}\` for the folder or file \`${arg}\` there: an argument that starts with "-" is read as options`)
            renamed.set(token.index, `./${arg}`)
            continue
          }
          problems.add(unknownOption(arg, ` for \`${command}\``))
          drop.add(token.index)
          continue
        }
        const elsewhere = otherCommandsOption(token.rawName)
        const owners = elsewhere?.commands.map((c) => `\`${c}\``).join(' or ')
        problems.add(elsewhere ? `Unexpected option \`${token.rawName}\` for \`${command}\`, expected it with ${owners}, whose option it is (\`classpack ${elsewhere.commands[0]} … ${token.rawName}${elsewhere.value ? ` ${elsewhere.value}` : ''}\`)` : unknownOption(token.rawName, ` for \`${command}\``))
        drop.add(token.index)
        // `--verions 2`: the value of the option meant (one that takes a value), not a MODULE_DIR;
        // `check --roster x.csv`: the value of another command's option, not a MODULE_DIR either.
        const meant = closestOption(token.rawName, USAGE)?.slice(2)
        const next = tokens[i + 1]
        const valued = (meant !== undefined && (options[meant]?.type === 'string' || otherCommandsOption(`--${meant}`)?.value !== undefined)) || elsewhere?.value !== undefined
        if (valued && token.inlineValue === undefined && next?.kind === 'positional' && next.index === token.index + 1) drop.add(next.index)
      } else if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')))) {
        // `--out --roster x`: parseArgs takes `--roster` for the value; read again without `--out`.
        problems.add(`Unexpected \`${token.rawName}\` without a value for \`${command}\`, expected \`${token.rawName} VALUE\``)
        list = list.filter((_, at) => at !== token.index)
        again = true
        break
      } else if (option.type === 'boolean' && token.inlineValue) {
        problems.add(`Unexpected value after \`${token.rawName}\` for \`${command}\`, expected \`${token.rawName}\` alone (it is a switch)`)
        drop.add(token.index)
      } else if (option.type === 'string') {
        given.set(token.name, [...(given.get(token.name) ?? []), token.value!])
      }
    }
    if (again) continue
    // A switch given twice says the same twice; a value given twice leaves one unused unnoticed.
    for (const [name, values] of given) {
      if (values.length < 2) continue
      const shown = values.map((v) => `\`${v}\``)
      const merged = LIST_FLAGS.includes(name) ? `; give one list: \`--${name} ${values.join(',')}\`` : ''
      problems.add(`Unexpected \`--${name}\` ${values.length === 2 ? 'twice' : `${values.length} times`} (${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}), expected it once: classpack would not know which to use${merged}`)
    }
    return parseArgs({ args: list.map((arg, at) => renamed.get(at) ?? arg).filter((_, at) => !drop.has(at)), options, allowPositionals: true })
  }
}

/** Each command's options, as parseArgs reads them. */
const COMMAND_OPTIONS = {
  check: { set: { type: 'string' }, seed: { type: 'string' }, strict: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, report: { type: 'string' }, renumber: { type: 'boolean', default: false }, ...SET_FLAGS },
  build: {
    out: { type: 'string', default: 'out' },
    paper: { type: 'string' },
    lang: { type: 'string' },
    // No default here: buildPack's (HTML and PDF) is the one.
    format: { type: 'string' },
    set: { type: 'string' },
    versions: { type: 'string' },
    seed: { type: 'string' },
    templates: { type: 'string' },
    roster: { type: 'string' },
    covers: { type: 'boolean', default: false },
    'export-model-answers': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
    watch: { type: 'boolean', default: false },
    ...SET_FLAGS
  },
  init: { into: { type: 'string' } },
  verify: {},
  studio: { port: { type: 'string', default: '0' }, out: { type: 'string', default: 'out' } }
} satisfies Record<string, Options>

/**
 * The commands whose option `rawName` is (given to another), and the value it takes as the
 * usage writes it (`FILE.csv`; `VALUE` where the usage names none), if it takes one.
 */
function otherCommandsOption(rawName: string): { commands: string[]; value?: string } | undefined {
  const name = rawName.slice(2)
  if (!rawName.startsWith('--')) return undefined
  const owners = Object.entries(COMMAND_OPTIONS).filter(([, options]) => Object.hasOwn(options, name))
  if (owners.length === 0) return undefined
  const takes = (owners[0]![1] as Options)[name]!.type === 'string'
  const value = takes ? (new RegExp(`${rawName} ([A-Z][\\w.|-]*)`).exec(USAGE)?.[1] ?? 'VALUE') : undefined
  return { commands: owners.map(([c]) => c), ...(value ? { value } : {}) }
}

/** An option no command has, in classpack's words, naming the closest one if one is close; `command` is ` for \`build\`` or empty. */
function unknownOption(option: string, command: string): string {
  const hint = closestOption(option, USAGE)
  return hint
    ? `Unexpected option \`${option}\`${command}, expected \`${hint}\` or another of the options \`classpack help\` lists`
    : `Unexpected option \`${option}\`${command}, expected one of the options \`classpack help\` lists (an argument that starts with "-" goes after \`--\`)`
}

const COMMANDS = ['init', 'check', 'build', 'verify', 'studio', 'help']

function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...given] = argv
  const rest = negativeValues(given)
  // `classpack build --help` asks for usage, not for a build (options after `--` are arguments).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest
  if (command !== undefined && COMMANDS.includes(command) && (options.includes('--help') || options.includes('-h'))) {
    io.stdout.write(USAGE + '\n')
    return Promise.resolve(0)
  }
  switch (command) {
    case 'check':
      return Promise.resolve(check(rest, io))
    case 'build':
      return build(rest, io)
    case 'verify':
      return Promise.resolve(verify(rest, io))
    case 'init':
      return init(rest, io)
    case 'studio':
      return studio(rest, io)
    case '--version':
    case '-v':
      io.stdout.write(`classpack ${classpackVersion()}\n`)
      return Promise.resolve(0)
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(USAGE + '\n')
      return Promise.resolve(command === undefined ? 2 : 0)
    default:
      throw new UsageError(`Unexpected command \`${command}\`, expected ${COMMANDS.slice(0, -1).map((c) => `\`${c}\``).join(', ')} or \`help\``)
  }
}

/** "not checked yet (until the errors above are fixed): the sets in module.yaml and the item-writing lint": what a run with errors left out. */
function notChecked(what: readonly string[]): string {
  // Joined here: the CLI reaches the library through its API alone (messages.ts's andList is not part of it).
  const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what.at(-1)}`
  // Said before the list, so no verb agrees with it ("the item-writing lint, which run" did not).
  return `not checked yet (until the errors above are fixed): ${list}`
}

function moduleDirs(positionals: string[], command = 'check'): string[] {
  const dirs = positionals.length ? positionals : findModules()
  if (dirs.length === 0) throw new UsageError('No modules found, expected a folder under source/ with an article.md, or MODULE_DIR arguments')
  // A path that is no folder at all is a mistyped argument, not a module with files missing.
  const wrong = dirs.flatMap((dir) => {
    const kind = notAFolder(dir)
    if (kind) return [`Unexpected MODULE_DIR \`${dir}\`, expected a module folder (one with an article.md): there is ${thereIs(kind)}`]
    // A folder of modules (`source` itself) is no module with its files missing: say which modules it holds.
    const inside = existsSync(join(dir, 'article.md')) ? [] : findModules(dir)
    if (inside.length === 0) return []
    const listed = inside.slice(0, 3).map((m) => `\`${m}\``).join(', ') + (inside.length > 3 ? `, … (${inside.length} in all)` : '')
    const all = resolve(dir) === resolve('source') ? `, or run \`classpack ${command}\` with no folder, which takes every module under source/` : ` (\`classpack ${command} ${inside.length > 3 ? `${join(dir, '*')}` : inside.join(' ')}\`)`
    return [`Unexpected MODULE_DIR \`${dir}\`, a folder of modules (${listed}), expected a module folder (one with an article.md): pass those${all}`]
  })
  if (wrong.length) throw new UsageError(wrong.join('\n'))
  return dirs
}

/**
 * Modules whose packs would be one folder: each module's pack is `<out>/<its folder's
 * name>`, so of `a/m` and `b/m` the second replaced the first's, both said to be written.
 */
function sameFolderNames(dirs: readonly string[]): string[] {
  const byName = new Map<string, string[]>()
  for (const dir of dirs) {
    const name = basename(resolve(dir))
    byName.set(name, [...(byName.get(name) ?? []), dir])
  }
  return [...byName].flatMap(([name, same]) => {
    if (same.length < 2) return []
    const real = new Set(same.map((dir) => realpathSync(dir)))
    const listed = same.map((dir) => `\`${dir}\``).join(same.length === 2 ? ' and ' : ', ')
    return [
      real.size === 1
        ? `Unexpected MODULE_DIR ${listed}: one module given ${same.length === 2 ? 'twice' : `${same.length} times`}, expected each module once`
        : `Unexpected modules ${listed} in folders of one name, \`${name}\`, expected folder names that differ: each module's pack is \`<out>/${name}\`, so one would replace the other; rename a folder, or build each with its own --out`
    ]
  })
}

function check(args: string[], io: CommandIO): number {
  const problems = new Problems(args)
  const { values, positionals } = readArgs(
    'check',
    args,
    COMMAND_OPTIONS.check,
    problems
  )
  const seed = problems.take(() => intFlag('seed', values.seed, REQUEST_BOUNDS.seed))
  const overrides = problems.take(() => setOverrides(values))
  const dirs = problems.take(() => moduleDirs(positionals, 'check')) ?? []
  if (values.report !== undefined && dirs.length > 1) problems.add(`Unexpected --report with ${dirs.length} modules, expected one MODULE_DIR: the report is one module's`)
  problems.check()
  let failed = false
  for (const dir of dirs) {
    if (values.renumber && !renumber(dir, io)) {
      failed = true
      continue
    }
    const result = checkModule(dir, { set: values.set, overrides, seed, strict: values.strict })
    // A report replaces only a report: never a module's own file (`--report m/claims.yaml`).
    const refused = values.report === undefined ? [] : reportRefusals(values.report)
    if (values.report !== undefined) {
      if (result.lint === undefined || refused.length) failed = true
      else writeFileSync(values.report, lintReport(result))
    }
    const infos = values.verbose && result.lint ? formatInfos(result.lint) : ''
    const messages = [formatMessages([...result.files, ...refused]), infos].filter(Boolean).join('\n')
    if (messages) io.stderr.write(messages + '\n')
    if (result.report !== undefined) io.stdout.write(result.report + '\n')
    else failed = true
    if (result.unchecked?.length) io.stderr.write(`${dir}: ${notChecked(result.unchecked)}\n`)
    // The report is the lint's: with errors before it, none is written, and a report from an
    // earlier run at that path was left looking current, without a word.
    if (values.report !== undefined && result.lint === undefined && !refused.length) {
      io.stderr.write(`${values.report}: not written until the errors above are fixed (the report is the item-writing lint's)${existsSync(values.report) ? '; the report there is from an earlier run' : ''}\n`)
    }
  }
  return failed ? 1 : 0
}

/** `check --renumber` for one module: what it changed, or why it changed nothing (false). */
function renumber(dir: string, io: CommandIO): boolean {
  const result = renumberModule(dir)
  if (!result.ok) {
    const messages = formatMessages(result.files)
    if (messages) io.stderr.write(messages + '\n')
    io.stderr.write(`${dir}: --renumber changed nothing\n`)
    return false
  }
  const refs = result.changed.length
  io.stdout.write(`${dir}: renumbered ${refs} reference${refs === 1 ? '' : 's'}${refs ? ':' : ''}\n`)
  for (const c of result.changed) io.stdout.write(`  ${c.file}:${c.line}:${c.column} \`${c.from}\` → \`${c.to}\`\n`)
  io.stdout.write(`${dir}: recorded the article's numbering in paragraphs.lock\n`)
  return true
}

/**
 * A path that starts with a `~` the shell left as it is (`--out=~/packs`, or in quotes): it is
 * no home folder to classpack, and `--out=~/packs` wrote a folder named `~` in the current one
 * while saying "wrote ~/packs/…", where the teacher then looked (and `rm -rf ~` would clean it up).
 */
function unexpandedHome(flag: string, value: string | undefined): string | undefined {
  if (value === undefined || !/^~(?:[/\\]|$)/.test(value)) return undefined
  return `Unexpected \`~\` at the start of --${flag} \`${value}\`, expected a path the shell has expanded: after \`--${flag}=\` or in quotes \`~\` is not your home folder but a folder named \`~\`; write \`--${flag} ${value}\` (a space, no quotes) or the full path`
}

const READ_AS: Record<ArticleType, string> = { text: 'plain text', markdown: 'Markdown', page: 'a web page', docx: 'a Word file' }

async function init(args: string[], io: CommandIO): Promise<number> {
  const problems = new Problems(args)
  const { values, positionals } = readArgs('init', args, COMMAND_OPTIONS.init, problems)
  if (positionals.length !== 1) problems.add(`Unexpected ${positionals.length === 0 ? 'missing ARTICLE' : `${positionals.length} articles`}, expected one article: \`classpack init ARTICLE [--into DIR]\``)
  const path = positionals[0]!
  if (positionals.length === 1 && !articleType(path)) problems.add(`Unexpected article \`${path}\`, expected a file ending in ${Object.keys(ARTICLE_TYPES).join(', ')}`)
  if (values.into?.trim() === '') problems.add('Unexpected empty --into, expected a folder for the new module')
  const home = unexpandedHome('into', values.into)
  if (home) problems.add(home)
  problems.check()
  const result = await initModule({ path, into: values.into })
  const messages = formatMessages(result.files)
  if (!result.written) {
    io.stderr.write(messages + '\n')
    return 1
  }
  const dir = result.dir!
  const out = (line: string) => io.stdout.write(line + '\n')
  out(`${path}: read as ${READ_AS[result.type]}; what init took it to be (correct article.md where it is wrong):`)
  for (const g of result.guesses) out(`  ${g.what}: ${g.value}${g.how ? `  (from ${g.how})` : ''}`)
  if (!result.guesses.some((g) => g.what === 'author')) out('  author: not found; add `author:` to the front matter of article.md')
  out(`wrote ${dir}/: ${result.paths.map((p) => basename(p)).join(', ')} with ${result.claims} suggested claim${result.claims === 1 ? '' : 's'}`)
  if (hasErrors(result.files)) {
    io.stderr.write(messages + '\n')
    out(`next: fix the errors above, then run \`classpack check ${dir}\``)
  } else {
    // Say what the warnings are: a missing author or a language without a catalogue is not a claim to review.
    const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
    const suggested = result.messages.filter((m) => m.ruleId === 'claim-suggested').length
    const others = result.messages.filter((m) => m.ruleId !== 'claim-suggested')
    const rules = [...new Set(others.map((m) => m.ruleId ?? 'other'))].join(', ')
    out(`check: no errors, ${plural(result.messages.length, 'warning')} (${[suggested ? `${plural(suggested, 'suggested claim')} to review` : '', others.length ? `${others.length} other: ${rules}` : ''].filter(Boolean).join('; ')})`)
    out(`next: review each claim in ${dir}/claims.yaml, set \`status: reviewed\`, write questions, and run \`classpack check ${dir}\`; \`classpack build ${dir}\` makes a pack marked Draft until then`)
  }
  return 0
}

function verify(args: string[], io: CommandIO): number {
  const problems = new Problems(args)
  const { positionals } = readArgs('verify', args, COMMAND_OPTIONS.verify, problems)
  if (positionals.length === 0) problems.add('Missing PACK_DIR, expected the folder of a built pack, such as `out/<module>`')
  problems.check()
  let failed = false
  for (const dir of positionals) {
    let result: PackVerification
    try {
      result = verifyPack(dir)
    } catch (cause) {
      io.stderr.write(`${dir}: error: ${(cause as Error).message}\n`)
      failed = true
      continue
    }
    for (const p of result.problems) {
      const what =
        p.problem === 'missing'
          ? 'Missing file listed in manifest.json'
          : p.problem === 'unlisted'
            ? `Unexpected ${p.found ?? 'file'} that manifest.json does not list`
            : p.found
            ? `Unexpected ${p.found}, expected the file as classpack wrote it (a pack holds no links)`
            : `Unexpected sha256 ${p.actual}, expected ${p.expected} as manifest.json lists`
      io.stderr.write(`${join(dir, p.path)}: error: ${what}\n`)
    }
    if (result.ok) io.stdout.write(`${dir}: all ${result.checked} files match manifest.json\n`)
    else {
      failed = true
      // Files the manifest does not list are not among those it lists: counted apart.
      const unlisted = result.problems.filter((p) => p.problem === 'unlisted').length
      const listed = result.problems.length - unlisted
      const files = (n: number): string => `${n} ${n === 1 ? 'file' : 'files'}`
      const summary = [listed ? `${listed} of ${result.checked} files differ from manifest.json` : '', unlisted ? `${files(unlisted)} ${unlisted === 1 ? 'is' : 'are'} not in manifest.json` : '']
      io.stderr.write(`${dir}: ${summary.filter(Boolean).join(', and ')}\n`)
    }
  }
  return failed ? 1 : 0
}

async function studio(args: string[], io: CommandIO): Promise<number> {
  const problems = new Problems(args)
  const { values, positionals } = readArgs('studio', args, COMMAND_OPTIONS.studio, problems)
  const port = problems.take(() => intFlag('port', values.port, [0, 65535]))
  if (positionals.length > 1) problems.add(`Unexpected ${positionals.length} modules, expected one MODULE_DIR: the studio works on one module`)
  problems.check()
  const found = positionals.length ? positionals : moduleDirs([])
  if (found.length !== 1) throw new UsageError(`Unexpected ${found.length} modules under source/, expected one MODULE_DIR: \`classpack studio source/NAME\``)
  const dir = found[0]!
  if (!existsSync(join(dir, 'article.md'))) throw new UsageError(`Unexpected MODULE_DIR \`${dir}\`, expected a folder with an article.md`)
  const started = await startStudio({ dir, port, out: values.out }).catch((cause: NodeJS.ErrnoException) => {
    // The port, not the disk: the generic errno message would say "cannot write the pack".
    if (cause.code === 'EADDRINUSE') throw new UsageError(`Unexpected --port ${port}, already in use by another program (an earlier studio?), expected a free port: choose another, or leave out --port and the studio takes any free one`)
    if (cause.code === 'EACCES') throw new UsageError(`Unexpected --port ${port}, which this user may not listen on (ports below 1024 need administrator rights), expected a port from 1024 to 65535`)
    throw cause
  })
  io.stdout.write(`classpack studio: ${dir} at ${started.url}\n(open it in a browser on this computer; the address carries this run's token. Ctrl+C stops the studio.)\n`)
  await io.stopped()
  await started.close()
  return 0
}

async function build(args: string[], io: CommandIO): Promise<number> {
  const problems = new Problems(args)
  const { values, positionals } = readArgs(
    'build',
    args,
    COMMAND_OPTIONS.build,
    problems
  )
  const formatList = problems.take(() => choiceList('format', values.format, FORMATS, formatsFor))
  const formats = formatList === undefined ? undefined : new Set(formatList)
  // A4 as the paper calls itself: the choice is read in any case, as module.yaml's `paper` is.
  const paper = problems.take(() => choiceFlag('paper', values.paper, PAPERS))
  const lang = problems.take(() => choiceFlag('lang', values.lang, UI_LANGUAGES))
  const versions = problems.take(() => intFlag('versions', values.versions, REQUEST_BOUNDS.versions)) ?? 1
  const seed = problems.take(() => intFlag('seed', values.seed, REQUEST_BOUNDS.seed))
  // The variable stands in for the flag; a wrong value names the one that was given.
  const workersVariable = io.env.CLASSPACK_WORKERS || undefined
  const workers = problems.take(() => (values.workers !== undefined ? intFlag('workers', values.workers, REQUEST_BOUNDS.workers) : intValue(workersVariable, REQUEST_BOUNDS.workers, 'in CLASSPACK_WORKERS')))
  // The straightforward path (every quiz filled, parsed and rendered on its own): same bytes, for comparison.
  const simple = io.env.CLASSPACK_SIMPLE === '1'
  const overrides = problems.take(() => setOverrides(values))
  if (values.out!.trim() === '') problems.add('Unexpected empty --out, expected a folder for the packs (the default is `out`)')
  if (values.roster?.trim() === '') problems.add('Unexpected empty --roster, expected a CSV file with a `name` column')
  const home = { out: unexpandedHome('out', values.out), roster: unexpandedHome('roster', values.roster), templates: unexpandedHome('templates', values.templates) }
  for (const problem of Object.values(home)) if (problem) problems.add(problem)
  if (values.templates !== undefined && !home.templates && !(existsSync(values.templates) && statSync(values.templates).isDirectory())) {
    problems.add(`Unexpected --templates \`${values.templates}\`, expected an existing folder${existsSync(values.templates) ? ': it is a file' : ''}`)
  }
  const epoch = io.env.SOURCE_DATE_EPOCH
  const sourceDateEpoch = epoch === undefined || epoch === '' ? undefined : problems.take(() => intValue(epoch, REQUEST_BOUNDS.sourceDateEpoch, 'in SOURCE_DATE_EPOCH'))
  const dirs = problems.take(() => moduleDirs(positionals, 'build')) ?? []
  for (const clash of sameFolderNames(dirs)) problems.add(clash)
  problems.check()
  const { progress } = await import('./progress.js')
  /** One round: each of `these` (of `dirs`) built in turn; whether every one was built without errors. */
  const round = async (these: readonly string[]): Promise<boolean> => {
    let failed = false
    // The roster and --templates are read for each module, and their messages come back with
    // each module's: a message printed for one module is not printed again for the next.
    const printed = new Set<string>()
    for (const dir of these) {
      const shown = progress(io.stderr, dir)
      // Of several modules another may write beside it: then what is unchanged is this one's pack folder.
      // Looked at before the build: where nothing was, "unchanged" would claim a pack that never was.
      const kept = dirs.length > 1 ? join(values.out!, basename(dir)) + '/' : asFolder(values.out!)
      const earlierPack = existsSync(join(values.out!, basename(resolve(dir))))
      const outExisted = existsSync(values.out!)
      // An earlier pack is unchanged, or a file given as --out (which stands where the folder would go).
      const said = earlierPack || (dirs.length === 1 && outExisted && !statSync(values.out!).isDirectory())
      // Watched, a module's folder may go (moved away, removed) after the first build: said as
      // the command line's MODULE_DIR is, not in the library's words for a request's `dir`.
      const gone = notAFolder(dir)
      if (gone) {
        shown.end()
        failed = true
        io.stderr.write(`${dir}: error: Missing module folder \`${dir}\`: there is ${thereIs(gone)} now (moved away or removed?); it is built again when it is back\n`)
        io.stderr.write(`${dir}: nothing written${said ? `; ${kept} is unchanged` : ''}\n`)
        continue
      }
      const result = await buildPack({ dir, modules: dirs, out: values.out!, formats, paper, lang, set: values.set, overrides, seed, versions, templates: values.templates, roster: values.roster, sourceDateEpoch, covers: values.covers, exportModelAnswers: values['export-model-answers'], workers, cache: !values['no-cache'], simple, onProgress: shown.update })
        .catch((cause: unknown) => {
          // The disk said no: runCommand says so, and whether there was an earlier pack to leave unchanged.
          if (typeof (cause as NodeJS.ErrnoException).code === 'string' && (cause as NodeJS.ErrnoException).syscall) {
            const full = ['ENOSPC', 'EDQUOT'].includes((cause as NodeJS.ErrnoException).code!) && !values['no-cache'] ? cacheNote(join(values.out!, CACHE_FOLDER)) : ''
            Object.assign(cause as object, { [KEPT]: `${earlierPack ? 'the earlier pack is unchanged' : 'nothing was written'}${full}` })
          }
          throw cause
        })
        .finally(() => shown.end())
      const messages = formatMessages(result.files)
        .split('\n')
        .filter((line) => line !== '' && !printed.has(line))
      for (const line of messages) printed.add(line)
      if (messages.length) io.stderr.write(messages.join('\n') + '\n')
      // An error with a pack written: its archive was refused (see build.ts).
      if (hasErrors(result.files)) failed = true
      if (result.target) {
        const seedNote = result.seedFromDefault ? ' (the default; choose another with --seed)' : ''
        io.stdout.write(`${dir}: wrote ${result.target}/ (${result.written} files, ${(result.bytes / 1024).toFixed(0)} KB${result.fromCache ? `, ${result.fromCache} from the cache` : ''}), set \`${result.set}\`, seed ${result.seed}${seedNote}\n`)
        if (result.retiredArchive) io.stdout.write(`${dir}: removed ${result.retiredArchive}, which held the earlier pack (\`--format zip\` writes one of this pack)\n`)
      } else {
        failed = true
        // A build that wrote nothing leaves no empty --out folder of its own making behind (rmdir refuses one that is not empty).
        if (!outExisted) rmEmptyFolder(values.out!)
        io.stderr.write(`${dir}: nothing written${said ? `; ${kept} is unchanged` : ''}\n`)
        if (result.unchecked?.length) io.stderr.write(`${dir}: ${notChecked(result.unchecked)}\n`)
      }
    }
    return !failed
  }
  // Asked before the first build: Ctrl+C during it stops after it, as during a later one
  // (asked after, the first Ctrl+C ended the process at once, the pack half staged).
  const stopped = values.watch ? io.stopped() : undefined
  let stoppedEarly = false
  void stopped?.then(() => {
    stoppedEarly = true
  })
  const done = await round(dirs)
  if (!stopped) return done ? 0 : 1
  if (stoppedEarly) return 0
  // Built again as its inputs change, until Ctrl+C; each round prints as the first did.
  const { watchBuilds } = await import('./build-watch.js')
  // With no MODULE_DIR, every module under source/: one added there later is built too.
  const sources = positionals.length === 0 ? { folder: 'source', discover: () => findModules() } : undefined
  await watchBuilds({ dirs, sources, roster: values.roster, templates: values.templates, round, say: (line) => io.stderr.write(`${line}\n`), stopped })
  return 0
}

/**
 * Runs the command with `argv` (the arguments after `classpack`) and returns its exit code:
 * wrong usage and a refusing disk are reported on `io.stderr` as they are to a person, and
 * only a fault of classpack's own is thrown.
 */
export function runCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const command = argv[0]
  return Promise.resolve()
    .then(() => main([...argv], io))
    .catch((cause: unknown) => {
      if (cause instanceof UsageError || cause instanceof FlagError || (cause as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        // One line per problem (a UsageError may carry several), then where to read the usage.
        const lines = usageMessage(cause as Error & { code?: string }, command).split('\n')
        io.stderr.write(`${lines.map((line) => `classpack: ${line}\n`).join('')}\nRun \`classpack help\` for usage.\n`)
        return 2
      }
      if (typeof (cause as NodeJS.ErrnoException).code === 'string' && (cause as NodeJS.ErrnoException).syscall) {
        // The disk said no (full, read-only, permissions): the earlier pack is untouched, and
        // init leaves no module behind (write/module.ts removes its staging folder).
        const kept = command === 'init' ? 'nothing was written' : command === 'build' ? ((cause as { [KEPT]?: string })[KEPT] ?? 'nothing was written') : undefined
        io.stderr.write(`classpack: ${describeSystemError(cause as NodeJS.ErrnoException)}${kept ? `; ${kept}` : ''}\n`)
        return 1
      }
      throw cause
    })
}

/**
 * On a full disk, what the cache of earlier builds holds, when it is there: it is the one
 * thing in the output folder a teacher can delete without losing anything but time.
 */
export function cacheNote(cache: string): string {
  let bytes = 0
  try {
    for (const name of readdirSync(cache)) bytes += statSync(join(cache, name)).size
  } catch {
    return ''
  }
  return `; the cache of earlier builds, ${cache}/, holds ${(bytes / 1048576).toFixed(1)} MB: delete it to free that space (the next build takes longer, its pack is the same), or build with --no-cache`
}

/** Remove `dir` if it is an empty folder; anything else (a file, a folder with files, nothing) is left as it is. */
function rmEmptyFolder(dir: string): void {
  try {
    rmdirSync(dir)
  } catch {
    // Not empty, not there, or not ours to remove: left alone.
  }
}

/** Where build() notes on a system error what a failed build left: an earlier pack unchanged, or nothing written. */
const KEPT = Symbol('kept')

/** `--out` as the message names it: a folder with its slash (once), a file that stands in its way without one. */
function asFolder(out: string): string {
  if (existsSync(out) && !statSync(out).isDirectory()) return out
  return `${out.replace(/\/+$/, '')}/`
}

/**
 * `--versions -1` as `--versions=-1`: Node's parser takes `-1` for an option of its own and
 * says the option has no value; joined, the value reaches the check of its range.
 */
function negativeValues(args: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') return [...out, ...args.slice(i)]
    const next = args[i + 1]
    if (/^--[a-z][\w-]*$/.test(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** A usage error in classpack's words: Node's argument parser words its own ("Unknown option '--x'. To specify…"). */
function usageMessage(cause: Error & { code?: string }, given: string | undefined): string {
  const command = given !== undefined && COMMANDS.includes(given) ? ` for \`${given}\`` : ''
  const option = /'([^']+)'/.exec(cause.message)?.[1]
  switch (cause.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return unknownOption(option ?? '', command)
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = option?.replace(/ <value>$/, '') ?? 'an option'
      return /does not take an argument/.test(cause.message)
        ? `Unexpected value after \`${name}\`${command}, expected \`${name}\` alone (it is a switch)`
        : `Unexpected \`${name}\` without a value${command}, expected \`${name} VALUE\``
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument${command} ${option ? `\`${option}\`` : ''}, expected options only`.replace(/ +,/, ',')
    default:
      return cause.message
  }
}
