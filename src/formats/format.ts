// What an output format is: its name for `--format`, a line for the usage and the README,
// the files it writes, and, for a format that exports the quiz items as one file, the code
// that writes it. A format module holds words and a lazy import, so the registry is cheap
// to load: the CLI checks `--format` before it loads the build.
import type { Module } from '../assemble.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'

export interface OutputFormat<N extends string = string> {
  /** What `--format` takes. */
  readonly name: N
  /** What it is for, in a line: the usage and the README's format table. */
  readonly description: string
  /**
   * The platforms that import it, by name, the one it is made for first (`--format canvas`
   * is answered with the first format that names Canvas).
   */
  readonly platforms?: readonly string[]
  /** The files it writes, as the README's format table says. */
  readonly produces: string
  /**
   * A file made from the module and the selected quiz items, listed on the landing page
   * (its line there is `strings.downloads[name]`). Formats without one (documents, the
   * print bundle, the archive) are made by the pack's own stages.
   */
  readonly download?: Download
}

/** What an export is asked for besides the module and the items. */
export interface ExportOptions {
  /**
   * Also put model answers and rubrics in feedback students see after an attempt
   * (`--export-model-answers`). Without it they go only where graders alone see them
   * (Moodle's grader information, QTI 2.1's scorer rubric), or nowhere.
   */
  modelAnswers?: boolean
}

/** Something of an item that a format cannot carry, so it arrives otherwise than written. */
export interface ExportLimit {
  /** The item it is about: a generated one is written in no questions.yaml (build.ts says it at its claim). */
  item: QuizItem
  /** Where in questions.yaml: the object holding the field, and the field (for `placeOf`). */
  owner: object
  key: string | number
  /** The warning: "Unexpected X, expected Y: why, and what to do". */
  reason: string
  ruleId: string
}

/** The file a download format writes, and how (its code loads when it is used). */
export interface Download {
  readonly file: string
  write(module: Module, selection: Selection, options?: ExportOptions): Promise<string | Uint8Array>
  /** What the file cannot carry of these items, for the build to warn about (none when left out). */
  limits?(module: Module, selection: Selection): Promise<ExportLimit[]>
}

/** A format that writes a download. */
export interface DownloadFormat<N extends string = string> extends OutputFormat<N> {
  readonly download: Download
}
