// Compile and fill Handlebars templates (read by load/templates.ts). Templates run in
// strict mode with only the built-in block helpers, so they can do nothing but lay out
// the view model they are given; every view is escaped for its target language before
// filling, so no template can turn input text into markup. A teacher's templates are
// checked first, all of them and every problem (syntax.ts, problems.ts): the syntax,
// partials and helpers, and each field against the template's view model
// (view-models.ts), before anything is filled.
import type { VFile } from 'vfile'
import type { TemplateSources } from '../load/templates.js'
import { code, error, type Point, warn } from '../messages.js'
import { closest } from '../yaml/decode.js'
import { handlebars, type Handlebars } from './handlebars.js'
import { checkFields, checkTree, HELPERS, partialNames, partialUses, Problems, type TreeNode } from './problems.js'
import { syntaxProblem, type Lexer } from './syntax.js'
import { viewModel } from './view-models.js'
import { sha256 } from '../sha256.js'

type CompileOptions = Parameters<Handlebars['precompile']>[1]
type TemplateSpecification = Parameters<Handlebars['template']>[0]
type TemplateDelegate = ReturnType<Handlebars['compile']>

/** What every template is compiled with, and the built-in ones precompiled with (`precompile`). */
const OPTIONS: CompileOptions = { strict: true, noEscape: true, knownHelpers: { ...Object.fromEntries(HELPERS.map((h) => [h, true])), lookup: false, log: false }, knownHelpersOnly: true }

/**
 * For scripts/bundle.mjs: the template `text` precompiled, as the JavaScript of Handlebars'
 * spec, with the partials it uses; undefined when it does not compile (the build reports it).
 */
export function precompile(text: string): { spec: string; partials: string[] } | undefined {
  try {
    const hb = handlebars()
    const ast = hb.parse(text)
    return { spec: hb.precompile(ast, OPTIONS) as string, partials: [...partialNames(ast as unknown as TreeNode)] }
  } catch {
    return undefined
  }
}

/** The key a precompiled template is found by: the sha256 of its text. */
export const templateKey = (text: string): string => sha256(text)

/** Compiled templates, ready to fill. */
export interface Templates {
  /** The filled text of a template, or undefined when filling failed (the message is on the template's file). */
  fill(name: string, view: object): string | undefined
  /** The file of the template `name`, for messages about what it made. */
  source(name: string): VFile | undefined
  /** The file of the template `name` and of each partial it uses (through other partials too), in that order, and whether each is a teacher's: where what it made may have been written. */
  uses(name: string): { file: VFile; own: boolean }[]
  /** The template files, partials first, with any messages about them (and files that override nothing, with a warning each). */
  files: VFile[]
}

/**
 * Check the templates of `sources` that are not built-in (a module's own, `--templates`),
 * as a build would before filling them, without compiling any: `classpack check`. Returns
 * those files and the files that override nothing, with their messages.
 */
export function checkTemplates(sources: TemplateSources): VFile[] {
  const inspection = new Inspection(sources)
  const own = [...sources.partials.values(), ...sources.templates.values()].filter((file) => inspection.custom(file))
  // Nothing of a teacher's: nothing to check, and Handlebars is not loaded.
  if (own.length) inspection.check()
  return [...own, ...(sources.strays ?? [])]
}

/** Compile every template and partial of `sources`; problems are messages on their files. */
export function compileTemplates(sources: TemplateSources): Templates {
  const inspection = new Inspection(sources)
  inspection.check()
  const hb = handlebars().create()
  // Block helpers only: no `log` or `lookup`, so templates cannot reach outside the view.
  for (const name of Object.keys(hb.helpers)) if (!(HELPERS as readonly string[]).includes(name)) hb.unregisterHelper(name)
  const { partials } = sources
  const files: VFile[] = [...partials.values(), ...sources.templates.values(), ...(sources.strays ?? [])]
  const runtime = new Set<string>()

  const compiled = new Map<string, { file: VFile; run: TemplateDelegate }>()
  const compile = (file: VFile): TemplateDelegate | undefined => {
    if (failed(file)) return undefined
    // Precompiled, unless it uses a partial this build lacks (then the check says so).
    const ready = sources.precompiled?.get(templateKey(String(file.value)))
    if (ready?.partials.every((name) => partials.has(name))) return hb.template(ready.spec as TemplateSpecification)
    const ast = inspection.tree(file)
    if (!ast) return undefined
    try {
      return hb.compile(ast as unknown as string, OPTIONS)
    } catch (cause) {
      report(file, cause, runtime, partials)
      return undefined
    }
  }
  for (const [name, file] of partials) {
    const run = compile(file)
    // Tag errors raised inside a partial with its file, so messages point there.
    if (run) {
      hb.registerPartial(name, ((context: unknown, options: unknown) => {
        try {
          return run(context, options as Parameters<TemplateDelegate>[1])
        } catch (cause) {
          if (cause && typeof cause === 'object' && !(cause as { partial?: VFile }).partial) (cause as { partial?: VFile }).partial = file
          throw cause
        }
      }) as TemplateDelegate)
    }
  }
  for (const [name, file] of sources.templates) {
    const run = compile(file)
    if (run) compiled.set(name, { file, run })
  }

  return {
    files,
    source: (name) => sources.templates.get(name),
    uses: (name) => {
      const file = sources.templates.get(name)
      return file ? inspection.reached(file).map((used) => ({ file: used, own: inspection.custom(used) })) : []
    },
    fill(name, view) {
      const template = compiled.get(name)
      if (!template) return undefined
      try {
        return template.run(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false })
      } catch (cause) {
        report((cause as { partial?: VFile }).partial ?? template.file, cause, runtime, partials)
        return undefined
      }
    }
  }
}

const failed = (file: VFile): boolean => file.messages.some((m) => m.fatal === true)

/** The checks of a set of templates: each file parsed once, each problem said once. */
class Inspection {
  private readonly problems = new Problems()
  private readonly trees = new Map<VFile, TreeNode | null>()

  constructor(private readonly sources: TemplateSources) {}

  /** Whether `file` is a teacher's (the built-in ones are known good, and precompiled in the bundle). */
  custom(file: VFile): boolean {
    return !this.sources.builtIn?.has(file)
  }

  /** The syntax tree of `file`, parsed once; null when it does not parse (the message is on the file). */
  tree(file: VFile): TreeNode | null {
    let tree = this.trees.get(file)
    if (tree === undefined) this.trees.set(file, (tree = parse(file)))
    return tree
  }

  /**
   * Check every template and partial of a teacher's: syntax, partials and helpers; every
   * field of each template (and the partials it uses) against its view model; and partials
   * of new names that no template uses.
   */
  check(): void {
    const { templates, partials } = this.sources
    const names = new Set(partials.keys())
    const missing: string[] = []
    for (const file of [...partials.values(), ...templates.values()]) {
      if (!this.custom(file)) continue
      const ast = this.tree(file)
      if (ast) missing.push(...checkTree({ file, ast }, names, this.problems))
    }
    // A teacher's partial is checked where templates use it: with the fields of their views.
    const partial = (name: string) => {
      const file = partials.get(name)
      const ast = file && this.tree(file)
      return file && ast ? { file, ast } : undefined
    }
    for (const [name, file] of templates) {
      const model = viewModel(name)
      if (!model || !(this.custom(file) || this.usesOwnPartial(file))) continue
      const ast = this.tree(file)
      if (ast) checkFields({ file, ast }, model, partial, this.problems)
    }
    this.unusedPartials(missing)
    this.partialLoops()
  }

  /**
   * A partial that includes itself, directly or through others, would fill without end (and
   * stop at JavaScript's stack): an error at the `{{> …}}` that closes the loop, naming the
   * chain, once per loop. Found walking from the templates, in order, then from every
   * partial; a partial chosen as it runs (`{{> (name)}}`) is not followed.
   */
  private partialLoops(): void {
    const { templates, partials } = this.sources
    const done = new Set<string>()
    const path: string[] = []
    const visit = (name: string): void => {
      if (done.has(name)) return
      const file = partials.get(name)
      if (!file) return
      path.push(name)
      for (const used of this.includes(file)) {
        const at = path.indexOf(used.name)
        if (at >= 0) this.loop([...path.slice(at), used.name], used.place)
        else visit(used.name)
      }
      path.pop()
      done.add(name)
    }
    for (const file of templates.values()) for (const used of this.includes(file)) visit(used.name)
    for (const name of [...partials.keys()].sort()) visit(name)
  }

  /** The loop `chain` (`header`, `grid`, `header`), closed by the `{{> …}}` at `place` in the partial before its last name. */
  private loop(chain: readonly string[], place: Point | undefined): void {
    const { partials } = this.sources
    const last = chain.length - 1
    // Said in a teacher's partial: the built-in ones include none of theirs by themselves.
    let close = last
    while (close > 0 && !this.custom(partials.get(chain[close - 1]!)!)) close--
    if (close === 0) return
    let at = place
    if (close !== last) {
      at = this.includes(partials.get(chain[close - 1]!)!).find((used) => used.name === chain[close])?.place
    }
    // Named from the partial the closing `{{> …}}` includes: `header → grid → header`.
    const ring = [...chain.slice(close, last), ...chain.slice(0, close)]
    const named = [...ring, ring[0]!]
    this.problems.error(partials.get(chain[close - 1]!)!, `Unexpected partial ${code(named[0])} inside itself (${named.join(' → ')}), expected partials that do not include themselves`, at, 'template-partial')
  }

  /** The partials `file` includes, each once, with where: not its own inline ones, nor `@partial-block`. */
  private includes(file: VFile): { name: string; place: Point | undefined }[] {
    if (!this.custom(file)) return [...this.partialsOf(file)].map((name) => ({ name, place: undefined }))
    const ast = this.tree(file)
    return ast ? partialUses(ast) : []
  }

  /** A partial of a name no built-in one has, that no template uses, changes nothing: a warning (unless a template names one like it, which is the error). */
  private unusedPartials(missing: readonly string[]): void {
    const { added, templates, partials } = this.sources
    if (!added?.size) return
    const used = new Set<string>()
    const queue = [...templates.values()]
    for (let file = queue.shift(); file; file = queue.shift()) {
      for (const name of this.partialsOf(file)) {
        if (used.has(name)) continue
        used.add(name)
        const next = partials.get(name)
        if (next) queue.push(next)
      }
    }
    const known = [...partials.keys()].filter((name) => !added.has(name)).sort()
    for (const name of added) {
      if (used.has(name) || missing.some((m) => closest(m, [name]) === name)) continue
      const meant = closest(name, known)
      const expected = meant ? `${code(meant)} or another partial's name` : `the name of a partial (${known.map((k) => code(k)).join(', ')}) or a template that uses it (${code(`{{> ${name}}}`)})`
      warn(partials.get(name)!, `Unexpected partial ${code(name)} that no template uses, expected ${expected}: it ${meant ? 'overrides' : 'changes'} nothing`, { line: 1, column: 1 }, 'template-unused')
    }
  }

  /** `file` and the partials it uses, directly or through other partials, each once. */
  reached(file: VFile): VFile[] {
    const found = [file]
    for (let i = 0; i < found.length; i++) {
      for (const name of this.partialsOf(found[i]!)) {
        const used = this.sources.partials.get(name)
        if (used && !found.includes(used)) found.push(used)
      }
    }
    return found
  }

  /** Whether `file` uses a teacher's partial, directly or through other partials. */
  private usesOwnPartial(file: VFile, seen = new Set<VFile>()): boolean {
    seen.add(file)
    for (const name of this.partialsOf(file)) {
      const used = this.sources.partials.get(name)
      if (!used || seen.has(used)) continue
      if (this.custom(used) || this.usesOwnPartial(used, seen)) return true
    }
    return false
  }

  /** The partials `file` uses: from its tree, or for a built-in one its precompiled list when there is one. */
  private partialsOf(file: VFile): Set<string> {
    const ready = this.custom(file) ? undefined : this.sources.precompiled?.get(templateKey(String(file.value)))
    if (ready) return new Set(ready.partials)
    const ast = this.tree(file)
    return ast ? partialNames(ast) : new Set()
  }
}

/** The syntax tree of `file`; undefined, with the problem on the file in a teacher's words, when it does not parse. */
function parse(file: VFile): TreeNode | null {
  // A file that could not be read (not UTF-8, binary, a folder) has its error already: one message, not a syntax error about its bytes.
  if (failed(file)) return null
  const hb = handlebars()
  try {
    return hb.parse(String(file.value)) as unknown as TreeNode
  } catch (cause) {
    const lexer = (hb as unknown as { Parser?: { lexer?: Lexer } }).Parser?.lexer
    const problem = syntaxProblem(String(file.value), cause as Error & { lineNumber?: number; column?: number }, lexer)
    error(file, problem.reason, problem.place, 'template-syntax')
    return null
  }
}

/** Turn a Handlebars exception from compiling or filling into a message at its line:col in the template, once. */
function report(file: VFile, cause: unknown, said: Set<string>, partials: ReadonlyMap<string, VFile>): void {
  const e = cause as Error & { lineNumber?: number; column?: number }
  const at = e.lineNumber ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : undefined
  const message = String(e.message).replace(/ - \d+:\d+$/, '')
  // A partial that did not compile is missing where it is used: its own message says why.
  const lost = /^The partial (\S+) could not be found/.exec(message)
  const partial = lost ? partials.get(lost[1]!) : undefined
  if (partial && failed(partial)) return
  const key = `${file.path}\0${at?.line}:${at?.column}\0${message}`
  if (said.has(key)) return
  said.add(key)
  const missing = /^"(.+)" not defined in/.exec(message)
  const helper = /unknown helper (\S+)/.exec(message)
  if (missing) error(file, `Unexpected field ${code(missing[1])}, expected a field of this template's view model (see the README)`, at, 'template-field')
  else if (helper) error(file, `Unexpected helper ${code(helper[1])}, expected one of ${HELPERS.map((h) => '`' + h + '`').join(', ')}`, at, 'template-helper')
  else if (/partial/.test(message)) error(file, `Unexpected partial: ${message}`, at, 'template-partial')
  else error(file, `Unexpected template error: ${message}`, at, 'template-error')
}
