// Load stage: the templates, partials and style sheet a pack is filled with, read once
// before anything is filled. A file of the same name in a higher-precedence folder
// (`--templates`, then the module's `templates/`) replaces that template or partial
// alone; the built-in folder comes last.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { BUILTIN_TEMPLATES } from '../paths.js'
import { displayPath } from './text.js'

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
  const read = (path: string): VFile => new VFile({ path: displayPath(path, cwd), value: readFileSync(path, 'utf8') })

  // Lowest precedence first, so a later folder's partial replaces an earlier one's in place.
  const partials = new Map<string, VFile>()
  for (const dir of [...all].reverse()) {
    const folder = join(dir, 'partials')
    if (!existsSync(folder)) continue
    for (const entry of readdirSync(folder).sort()) if (entry.endsWith('.hbs')) partials.set(entry.replace(/\.[^.]*\.hbs$|\.hbs$/, ''), read(join(folder, entry)))
  }

  const templates = new Map<string, VFile>()
  for (const name of names) {
    const dir = all.find((d) => existsSync(join(d, name)))
    if (!dir) throw new TypeError(`classpack: no template \`${name}\` in ${all.join(', ')}`)
    templates.set(name, read(join(dir, name)))
  }

  return { templates, partials, css: readFileSync(join(BUILTIN_TEMPLATES, 'style.css'), 'utf8'), precompiled: precompiledTemplates() }
}
