// What an output format is: its name for `--format`, a line for the usage and the README,
// the files it writes, and, for a format that exports the quiz items as one file, the code
// that writes it. A format module holds words and a lazy import, so the registry is cheap
// to load: the CLI checks `--format` before it loads the build.
import type { Module } from '../assemble.js'
import type { Selection } from '../select/model.js'

export interface OutputFormat<N extends string = string> {
  /** What `--format` takes. */
  readonly name: N
  /** What it is for, in a line: the usage and the README's format table. */
  readonly description: string
  /** The files it writes, as the README's format table says. */
  readonly produces: string
  /**
   * A file made from the module and the selected quiz items, listed on the landing page
   * (its line there is `strings.downloads[name]`). Formats without one (documents, the
   * print bundle, the archive) are made by the pack's own stages.
   */
  readonly download?: Download
}

/** The file a download format writes, and how (its code loads when it is used). */
export interface Download {
  readonly file: string
  write(module: Module, selection: Selection): Promise<string | Uint8Array>
}

/** A format that writes a download. */
export interface DownloadFormat<N extends string = string> extends OutputFormat<N> {
  readonly download: Download
}
