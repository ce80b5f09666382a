// Load stage: the templates, partials and style sheet a pack is filled with, read once
// before anything is filled. A file of the same name in a higher-precedence folder
// (`--templates`, then the module's `templates/`) replaces that template or partial
// alone; the built-in folder comes last.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { code, warn } from '../messages.js'
import { BUILTIN_TEMPLATES } from '../paths.js'
import { closest } from '../yaml/decode.js'
import { displayPath, readText } from './text.js'

/** Template text as read, for fill/templates.ts to compile. */
export interface TemplateSources {
  /** The named templates (`quiz.md.hbs`, …), each from the first folder that has it. */
  templates: ReadonlyMap<string, VFile>
  /** Every partial under a folder's `partials/`, by name (`header` for `header.md.hbs`). */
  partials: ReadonlyMap<string, VFile>
  /** The pages' style sheet: the built-in one. */
  css: string
  /** The built-in templates precompiled when the bundle was made, by the sha256 of their text (fill/templates.ts `templateKey`); none run from the sources. */
  precompiled?: ReadonlyMap<string, Precompiled>
  /** The files read from the built-in folder: known good, so only a teacher's own are checked (without it, all are). */
  builtIn?: ReadonlySet<VFile>
  /** Partials of a teacher's folder named like no built-in one: a template must use them, or they change nothing. */
  added?: ReadonlySet<string>
  /** Files of a teacher's folders that override nothing (a misspelt name, a folder of another name), each with a warning. */
  strays?: readonly VFile[]
}

/** A built-in template precompiled by scripts/bundle.mjs: Handlebars' spec, and the partials it uses. */
export interface Precompiled {
  spec: object
  partials: string[]
}

let precompiled: ReadonlyMap<string, Precompiled> | undefined
/**
 * The bundle's precompiled built-in templates (dist/bin/templates.cjs, beside it): a build
 * spends no time parsing and compiling those (about 80 ms, cold). A template whose text
 * differs (a teacher's own, an edited one) is not there and compiles as usual. Run from
 * the sources (dist/src/, tests) there is no such file, and none.
 */
function precompiledTemplates(): ReadonlyMap<string, Precompiled> {
  if (precompiled === undefined) {
    const path = fileURLToPath(new URL('./templates.cjs', import.meta.url))
    precompiled = new Map(existsSync(path) ? Object.entries(createRequire(import.meta.url)(path) as Record<string, Precompiled>) : [])
  }
  return precompiled
}

/**
 * Read the templates named `names` and every partial under `partials/`, looking in
 * `dirs` in order (the first that has a file wins) and then in the built-in templates.
 * Throws a TypeError when no folder has one of `names`: the built-in folder has them all.
 */
export function loadTemplates(dirs: readonly string[], names: readonly string[], cwd = process.cwd()): TemplateSources {
  const all = dirs.includes(BUILTIN_TEMPLATES) ? dirs : [...dirs, BUILTIN_TEMPLATES]
  // Read as the module's files are (readText: UTF-8 or an error at the first bad byte, no
  // binary, no folder, pipe or device, at most 1 MB; without a byte order mark, which would
  // print and shift the columns of line 1), so a template saved as Latin-1 is said to be,
  // not filled with U+FFFD; a file that failed has its error and is not compiled (fill/templates.ts).
  // Not normalized: a template's text is compared with the precompiled built-in ones'.
  const read = (path: string): VFile => {
    const file = readText(path, true, 'a template', { normalize: false })
    file.path = displayPath(path, cwd)
    return file
  }
  const builtIn = new Set<VFile>()
  const readFrom = (dir: string, path: string): VFile => {
    const file = read(path)
    if (dir === BUILTIN_TEMPLATES) builtIn.add(file)
    return file
  }

  // Lowest precedence first, so a later folder's partial replaces an earlier one's in place.
  const partials = new Map<string, VFile>()
  for (const dir of [...all].reverse()) {
    const folder = join(dir, 'partials')
    if (!existsSync(folder)) continue
    for (const entry of readdirSync(folder).sort()) if (entry.endsWith('.hbs')) partials.set(partialName(entry), readFrom(dir, join(folder, entry)))
  }

  const templates = new Map<string, VFile>()
  for (const name of names) {
    const dir = all.find((d) => existsSync(join(d, name)))
    if (!dir) throw new TypeError(`classpack: no template \`${name}\` in ${all.join(', ')}`)
    templates.set(name, readFrom(dir, join(dir, name)))
  }

  const added = new Set([...partials.keys()].filter((name) => !builtInFiles().partials.includes(name)))
  const teachers = [...new Map(all.filter((dir) => dir !== BUILTIN_TEMPLATES).map((dir) => [resolve(dir), dir])).values()]
  const strays = teachers.flatMap((dir) => strayFiles(dir, cwd))

  return { templates, partials, css: readFileSync(join(BUILTIN_TEMPLATES, 'style.css'), 'utf8'), precompiled: precompiledTemplates(), builtIn, added, strays }
}

/**
 * The templates of a module's own `templates/` folder over the built-in ones, as `check`
 * reads them; undefined when the module has no such folder (nothing to load or compile).
 */
export function loadModuleTemplates(moduleDir: string, cwd = process.cwd()): TemplateSources | undefined {
  const dir = join(moduleDir, 'templates')
  if (!isFolder(dir)) return undefined
  return loadTemplates([dir], builtInFiles().templates, cwd)
}

/** Whether the module in `moduleDir` has templates of its own (a `templates/` folder). */
export function hasOwnTemplates(moduleDir: string): boolean {
  return isFolder(join(moduleDir, 'templates'))
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** A partial's name: `header` for `header.md.hbs`. */
const partialName = (entry: string): string => entry.replace(/\.[^.]*\.hbs$|\.hbs$/, '')

let builtInNames: { templates: string[]; partials: string[] } | undefined
/** The file names of the built-in templates (every template a pack is filled with) and the names of the built-in partials: all a teacher's file can override. */
function builtInFiles(): { templates: string[]; partials: string[] } {
  builtInNames ??= {
    templates: readdirSync(BUILTIN_TEMPLATES).filter((entry) => entry.endsWith('.hbs')).sort(),
    partials: readdirSync(join(BUILTIN_TEMPLATES, 'partials')).filter((entry) => entry.endsWith('.hbs')).map(partialName).sort()
  }
  return builtInNames
}

/**
 * The files and folders in a teacher's folder `dir` that override nothing, each with a
 * warning naming what it likely meant: a template file of no built-in template's name, a
 * partial outside `partials/`, a folder other than `partials/`, a style sheet (pages use
 * the built-in one). Hidden files, and files that look like no template (notes), are left alone.
 */
function strayFiles(dir: string, cwd: string): VFile[] {
  if (!isFolder(dir)) return []
  const { templates, partials } = builtInFiles()
  const strays: VFile[] = []
  const stray = (path: string, reason: string, place = true): void => {
    const file = new VFile({ path: displayPath(path, cwd), value: '' })
    warn(file, reason, place ? { line: 1, column: 1 } : undefined, 'template-unused')
    strays.push(file)
  }
  const list = (names: readonly string[]): string => names.map((n) => code(n)).join(', ')
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = entry.name
    if (name.startsWith('.')) continue
    const path = join(dir, name)
    if (entry.isDirectory()) {
      // A folder of a template's name is the error the reader gives (one message, not a second here).
      if (name === 'partials' || templates.includes(name)) continue
      const meant = closest(name, ['partials'])
      stray(path, `Unexpected folder ${code(name)}, expected ${meant ? code(meant) : '`partials`, the one folder templates are looked for in'}: the files in it override nothing`, false)
      continue
    }
    if (templates.includes(name)) continue
    // A template's name mistyped (`quizz.md.hbs`), or with another ending (`quiz.md`, `quiz.html`):
    // names are compared without their endings, which all templates share.
    const stem = (file: string): string => file.replace(/\..*$/, '')
    const close = closest(stem(name), templates.map(stem))
    const meant = close === undefined ? undefined : templates.find((t) => stem(t) === close)
    if (name.endsWith('.hbs') && partials.includes(partialName(name))) {
      stray(path, `Unexpected template ${code(name)}, expected the partial in \`partials/${name}\`: a partial overrides only from there, so this file overrides nothing`)
    } else if (meant) {
      stray(path, `Unexpected template ${code(name)}, expected ${code(meant)} or another template name: it overrides nothing`)
    } else if (name.endsWith('.hbs')) {
      stray(path, `Unexpected template ${code(name)}, expected one of the template names (${list(templates)}): it overrides nothing`)
    } else if (name.endsWith('.css')) {
      stray(path, `Unexpected style sheet ${code(name)}, expected templates (\`*.hbs\`) only: pages use classpack's own style sheet, so it changes nothing`)
    }
  }
  const folder = join(dir, 'partials')
  if (isFolder(folder)) {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const name = entry.name
      if (name.startsWith('.') || name.endsWith('.hbs') || entry.isDirectory()) continue
      const meant = closest(partialName(name), partials)
      if (meant) stray(join(folder, name), `Unexpected partial ${code(name)}, expected \`${meant}.md.hbs\` (a partial's file ends in \`.hbs\`): it overrides nothing`)
    }
  }
  return strays
}
