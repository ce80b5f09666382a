// The output formats `--format` takes. Adding one: a module in formats/ (see format.ts)
// and one line in OUTPUT_FORMATS; a format that writes a download also needs its line
// on the landing page in each src/lang/ module (the compiler asks for it). Cheap to
// import: the CLI checks flags before it loads the build, and format code loads lazily.
import { gift } from './formats/gift.js'
import { html } from './formats/html.js'
import { moodle } from './formats/moodle.js'
import { pdf } from './formats/pdf.js'
import { print } from './formats/print.js'
import { qti } from './formats/qti.js'
import { qti21 } from './formats/qti21.js'
import { zip } from './formats/zip.js'

export type { OutputFormat, Download, ExportOptions, ExportLimit } from './formats/format.js'

/** Every output format, in the order the usage and the README list them and downloads are written. */
export const OUTPUT_FORMATS = [html, pdf, print, moodle, gift, qti, qti21, zip] as const

type Registered = (typeof OUTPUT_FORMATS)[number]
export type Format = Registered['name']
type Downloading = Extract<Registered, { download: object }>
/** A format that writes one file from the quiz items, listed on the landing page. */
export type DownloadFormat = Downloading['name']

/** The formats that write a download, in the order they are written. */
export const DOWNLOAD_FORMATS: readonly Downloading[] = OUTPUT_FORMATS.filter((f): f is Downloading => f.download !== undefined)

/**
 * For a platform's name given as a format (`canvas`): the formats it imports, its own first,
 * as a message says them ("`qti` for Canvas, or `qti21`"); undefined for any other name.
 */
export function formatsFor(value: string): string | undefined {
  const wanted = value.trim().toLowerCase()
  const named = OUTPUT_FORMATS.filter((f) => (f as { platforms?: readonly string[] }).platforms?.some((p) => p.toLowerCase() === wanted))
  if (named.length === 0 || named.some((f) => f.name === wanted)) return undefined
  const platform = (named[0] as { platforms?: readonly string[] }).platforms!.find((p) => p.toLowerCase() === wanted)!
  return `\`${named[0]!.name}\` for ${platform}${named.length > 1 ? `, or ${named.slice(1).map((f) => `\`${f.name}\``).join(' or ')}, which ${platform} imports too` : ''}`
}

/** The names `--format` takes. */
export const FORMATS: readonly Format[] = OUTPUT_FORMATS.map((f) => f.name)
