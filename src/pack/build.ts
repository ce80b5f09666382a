// Build a class pack in memory, one file at a time: plan it (plan.ts), compile the
// loaded templates, and render the plan (render.ts). Pure: templates come in as data
// (load/templates.ts), threads are handed in, and the writer alone puts files on disk.
import type { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { compileTemplates } from '../fill/templates.js'
import { DOWNLOAD_FORMATS, type ExportOptions } from '../formats.js'
import { moduleStrings } from '../lang/index.js'
import type { TemplateSources } from '../load/templates.js'
import type { Selection } from '../select/model.js'
import type { PageContext } from './document.js'
import { planPack, type Download, type PlanOptions } from './plan.js'
import { renderPack, type PackFile, type RenderRuntime } from './render.js'
import type { StudentProgress } from './students.js'
import type { PdfThreads } from './threads.js'
import type { DocumentCache } from './cache.js'

export { FORMATS, type Format } from '../formats.js'
export type { PackFile } from './render.js'

export interface BuildOptions extends Omit<PlanOptions, 'downloads'> {
  /** The templates, partials and style sheet, as loaded (load/templates.ts). */
  templates: TemplateSources
  /** Rendering threads for a roster's quizzes, `pages` pages in all, when they pay (started and stopped by the caller); without them PDFs render on this thread. */
  threads?: (pages: number) => PdfThreads | undefined
  /** Called as per-student quizzes are done. */
  onProgress?: (progress: StudentProgress) => void
  /** Called with the number of PDFs rendered ahead and not yet written, as it changes. */
  onPending?: (count: number) => void
  /** Called with each version's squeeze and the pages its PDF quiz takes (none without PDFs), once worked out. */
  onFit?: RenderRuntime['onFit']
  /** Documents rendered by earlier builds (cache.ts); without it every document renders. */
  cache?: DocumentCache
  /** What the exports are asked for (model answers where students see them). */
  exports?: ExportOptions
}

/** The exports offered for download, in the order they are written, named in the module's language. */
function downloads(module: Module): Download[] {
  const strings = moduleStrings(module)
  return DOWNLOAD_FORMATS.map((f) => ({ format: f.name, file: f.download.file, title: strings.downloads[f.name] }))
}

/**
 * Build the pack of `module` for `selection`. Yields every file; problems (a failing
 * template) are messages on the returned template files, and the caller must not keep
 * the output when any file has an error.
 */
export function buildPack(module: Module, selection: Selection, options: BuildOptions): { files: VFile[]; output: AsyncGenerator<PackFile> } {
  const plan = planPack(module, selection, { ...options, downloads: downloads(module) })
  const templates = compileTemplates(options.templates)
  const { meta } = module.article
  const ctx: PageContext = { templates, css: options.templates.css, lang: meta.lang, author: meta.author, header: meta.title, paper: options.paper }
  const output = renderPack(plan, ctx, {
    threads: options.threads,
    cache: options.cache && { store: options.cache, sources: options.templates },
    exportFile: (download) => DOWNLOAD_FORMATS.find((f) => f.name === download.format)!.download.write(module, selection, options.exports ?? {}),
    onProgress: options.onProgress,
    onPending: options.onPending,
    onFit: options.onFit
  })
  return { files: templates.files, output }
}
