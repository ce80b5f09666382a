// Check the module as it would be with one file's text replaced, in memory: the same
// stages as `checkModule` (load, assemble, the set, the lint), so an edit can be judged by
// `check`'s own rules before anything is written.
import { VFile } from 'vfile'
import { join } from 'node:path'
import { assembleModule, type Module } from '../assemble.js'
import { loadModule, type ModuleFiles } from '../load/module.js'
import { lintModule, type Reported } from '../lint/run.js'
import { resolveSelection } from '../select/resolve.js'
import type { Selection } from '../select/model.js'
import type { ModuleFile } from './state.js'

const KEYS: Record<ModuleFile, keyof ModuleFiles> = { 'article.md': 'article', 'claims.yaml': 'claims', 'questions.yaml': 'questions', 'module.yaml': 'module' }

export interface Rechecked {
  input: ModuleFiles
  files: VFile[]
  module?: Module
  selection?: Selection
  lint?: Reported[]
}

/** The module in `dir` with `replaced` files' texts, checked; `set` names the set to resolve (default: the module's). */
export function recheck(dir: string, replaced: Partial<Record<ModuleFile, string>>, set?: string): Rechecked {
  const input = loadModule(dir)
  for (const [name, text] of Object.entries(replaced) as Array<[ModuleFile, string]>) {
    const key = KEYS[name]
    const old = input[key] as VFile | undefined
    ;(input as unknown as Record<string, VFile>)[key] = new VFile({ path: old?.path ?? join(dir, name), value: text })
  }
  const { module, files } = assembleModule(input)
  if (!module) return { input, files }
  const resolved = resolveSelection(module, input, { set, overrides: {}, versions: 1, shuffle: false })
  const all = [...files, ...resolved.files.filter((f) => !files.includes(f))]
  if (!resolved.selection) return { input, files: all, module }
  const lint = lintModule(module, resolved.selection, input)
  return { input, files: all, module, selection: resolved.selection, lint }
}
