// Roster CSV, read by csv-parse: quoted fields (with "" for a quote, and line breaks
// inside quotes), LF, CRLF or CR line ends, a UTF-8 BOM, and the delimiter the header
// line uses: `,`, or `;` as Excel writes in locales where the comma is the decimal mark,
// or a tab. Every record keeps the line where it starts and each field's place, for
// messages.
import { CsvError, parse } from 'csv-parse/sync'

export interface CsvRecord {
  fields: string[]
  /** 1-based line and column of each field's start. */
  places: Array<{ line: number; column: number }>
  /** Whether each field was written in quotes (`"Müller, Hans"`). */
  quoted: boolean[]
  /**
   * The first quoted field with text after its closing quote (`"Ada" Lovelace`), which
   * csv-parse keeps, quotes and all: the field's index, the place of that text and the field
   * as written.
   */
  afterQuote?: { field: number; line: number; column: number; written: string }
  line: number
}

export interface CsvProblem {
  reason: string
  line: number
  column: number
}

export type Delimiter = ',' | ';' | '\t'

/** Parse `text` into records; a quote left open is a problem at the place it opened, with the records before it. */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[]; delimiter: Delimiter } {
  const sep = separatorLine(text)
  if (sep && !isDelimiter(sep.delimiter)) {
    const found = sep.delimiter === '' ? `\`${sep.text}\` without a separator` : `separator \`${sep.delimiter}\` in \`${sep.text}\``
    return { records: [], problems: [{ reason: `Unexpected ${found}, expected \`sep=,\`, \`sep=;\` or a tab after \`sep=\`: classpack reads fields separated by one of those`, line: sep.line, column: 1 }], delimiter: ',' }
  }
  // One column: each line is one field, read up to a tab, which no name holds ("Müller, Hans"
  // as Excel writes it where `;` is the separator, unquoted, is one name).
  const delimiter = detectDelimiter(text) ?? '\t'
  // csv-parse counts bytes; places are found from them in the same bytes. The `sep=` line,
  // spaces in its place, is a blank line, which carries no student and keeps the lines' numbers.
  const bytes = Buffer.from(sep ? text.slice(0, sep.start) + ' '.repeat(sep.text.length) + text.slice(sep.start + sep.text.length) : text, 'utf8')
  const lines = new Lines(bytes)
  // Where each record ends, so the next one's start is known even when parsing stops.
  const ends: number[] = []
  // The records read before a quote left open, which csv-parse reads up to the end of the
  // file and then throws: their problems (an id given twice, text after a closing quote) are
  // reported beside it, not only once it is closed and the roster read again.
  const read: string[][] = []
  let rows: string[][]
  const problems: CsvProblem[] = []
  try {
    rows = parse(bytes, {
      delimiter,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // A field such as `Ada "Lovelace"` is kept as written, as spreadsheets do, and so is
      // `"Ada" Lovelace`, read on to the delimiter, which roster/read.ts then refuses at the
      // text after the closing quote (its record's `afterQuote`): without this, csv-parse
      // stops at the first one, and the rows after it are not checked.
      relax_quotes: true,
      // A row with more or fewer fields than the header is a warning (roster/read.ts), not the end.
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        ends.push(context.bytes)
        read.push(record)
        return record
      }
    }) as string[][]
  } catch (cause) {
    if (!(cause instanceof CsvError)) throw cause
    const e = cause
    const start = lines.skipBlank(ends[ends.length - 1] ?? 0)
    const field = typeof e.column === 'number' ? e.column : 0
    const place = lines.place(fieldStart(bytes, start, field, delimiter))
    const reason =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'Unexpected end of file inside a quoted field, expected a closing `"`'
        : `Unexpected CSV: ${e.message.replace(/\.$/, '')}, expected rows of fields separated by \`${delimiter === '\t' ? '\\t' : delimiter}\``
    problems.push({ reason, ...place })
    rows = read
  }
  const records: CsvRecord[] = []
  rows.forEach((fields, i) => {
    // Blank lines (even of spaces) carry no student.
    if (fields.length === 1 && fields[0]!.trim() === '') return
    const start = lines.skipBlank(i === 0 ? 0 : ends[i - 1]!)
    const places: CsvRecord['places'] = []
    const quoted: boolean[] = []
    let at = start
    let afterQuote: CsvRecord['afterQuote']
    for (let f = 0; f < fields.length; f++) {
      if (f > 0) at = fieldStart(bytes, at, 1, delimiter)
      places.push(lines.place(at))
      quoted.push(bytes[at] === QUOTE)
      // White space around a field in quotes (`"Ada Lovelace" ,1`, `Cy, "3"`, as a roster typed
      // by hand lines its fields up): the field is what the quotes hold, as a spreadsheet reads
      // it. csv-parse keeps the quotes there, so the quiz printed `"Bob Brown"` and grades went
      // back under the id `"3"`, unsaid; a space after the closing quote was refused, with the
      // name in quotes as its fix. After spaces, a quote holding the delimiter or a line break
      // was split there by csv-parse, and stays as read (the row's fields are then too many).
      const open = skipSpaces(bytes, at, delimiter)
      let spaced = false
      if (bytes[open] === QUOTE) {
        const close = closingQuoteEnd(bytes, open)
        const rest = skipSpaces(bytes, close, delimiter)
        const inner = bytes.subarray(open + 1, close - 1).toString('utf8')
        const whole = close <= bytes.length && (rest >= bytes.length || isFieldEnd(bytes[rest]!, delimiter))
        if (whole && (open > at || rest > close) && (open === at || !(inner.includes(delimiter) || /[\r\n]/.test(inner)))) {
          fields[f] = inner.replace(/""/g, '"')
          quoted[f] = true
          spaced = true
        }
      }
      if (bytes[at] === QUOTE && !spaced && afterQuote === undefined) {
        const after = closingQuoteEnd(bytes, at)
        if (after < bytes.length && !isFieldEnd(bytes[after]!, delimiter)) {
          const end = fieldStart(bytes, at, 1, delimiter) - 1
          afterQuote = { field: f, ...lines.place(after), written: bytes.subarray(at, Math.min(end, bytes.length)).toString('utf8') }
        }
      }
    }
    records.push({ fields, places, quoted, ...(afterQuote ? { afterQuote } : {}), line: places[0]!.line })
  })
  return { records, problems, delimiter }
}

/**
 * The delimiter of the header line (the first that is not blank): whichever of `,` `;` and
 * tab it holds most of outside quotes; undefined for a header of one column, which holds none.
 * A first line `sep=;`, which Excel writes in some exports and reads to split the file, names
 * it; the header is the line after it.
 */
export function detectDelimiter(text: string): Delimiter | undefined {
  const sep = separatorLine(text)
  if (sep) return isDelimiter(sep.delimiter) ? sep.delimiter : undefined
  const header = (/^[^\S\r\n]*[^\s][^\r\n]*/m.exec(text.replace(/^\uFEFF/, ''))?.[0] ?? '').replace(/"(?:[^"]|"")*"/g, '')
  let best: Delimiter | undefined
  let most = 0
  for (const d of [',', ';', '\t'] as const) {
    const n = header.split(d).length - 1
    if (n > most) {
      best = d
      most = n
    }
  }
  return best
}

const isDelimiter = (d: string): d is Delimiter => d === ',' || d === ';' || d === '\t'

/**
 * Excel's `sep=;` (or `sep=,`, `sep=<tab>`) when it is the first line that is not blank: the
 * separator, and the line's number, offset in `text` and text. Such a line was read as the
 * header, which has no `name` column.
 */
function separatorLine(text: string): { delimiter: string; line: number; start: number; text: string } | undefined {
  const match = /^((?:\uFEFF)?(?:[^\S\r\n]*(?:\r\n|\r|\n))*)(sep=([^\r\n]?)[^\S\r\n]*)(?:\r\n|\r|\n|$)/i.exec(text)
  if (!match) return undefined
  const before = match[1]!
  return { delimiter: match[3]!, line: (before.match(/\r\n|\r|\n/g) ?? []).length + 1, start: before.length, text: match[2]! }
}

const QUOTE = 0x22
const LF = 0x0a
const CR = 0x0d

/**
 * Where the field `count` fields after the one at byte `at` starts. Only used on fields
 * csv-parse has read, so each is complete: a quoted one runs to its closing quote (a
 * doubled quote stays inside), and any field then to the next delimiter.
 */
function fieldStart(bytes: Buffer, at: number, count: number, delimiter: Delimiter): number {
  let i = at
  for (let f = 0; f < count && i < bytes.length; f++) {
    if (bytes[i] === QUOTE) i = closingQuoteEnd(bytes, i)
    while (i < bytes.length && !isFieldEnd(bytes[i]!, delimiter)) i++
    i++
  }
  return i
}

/** The byte after the closing quote of the quoted field that opens at `at` (a doubled quote stays inside). */
function closingQuoteEnd(bytes: Buffer, at: number): number {
  let i = at + 1
  while (i < bytes.length && !(bytes[i] === QUOTE && bytes[i + 1] !== QUOTE)) i += bytes[i] === QUOTE ? 2 : 1
  return i + 1
}

/** The first byte at or after `at` that is no space or tab (a tab is a delimiter where it separates the fields). */
function skipSpaces(bytes: Buffer, at: number, delimiter: Delimiter): number {
  let i = at
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] === 0x09 && delimiter !== '\t'))) i++
  return i
}

/** Whether `byte` ends a field: the delimiter or a line end. */
const isFieldEnd = (byte: number, delimiter: Delimiter): boolean => byte === delimiter.charCodeAt(0) || byte === LF || byte === CR

/** Line and column (in UTF-16 units, as editors count) of byte offsets. */
class Lines {
  /** Byte offset where each line starts. */
  private readonly starts: number[] = [0]

  constructor(private readonly bytes: Buffer) {
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] !== LF)) this.starts.push(i + 1)
    }
  }

  /** The first byte at or after `at` that is not on an empty line. */
  skipBlank(at: number): number {
    let i = at
    while (i < this.bytes.length && (this.bytes[i] === LF || this.bytes[i] === CR)) i++
    return i
  }

  place(at: number): { line: number; column: number } {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= at) lo = mid
      else hi = mid - 1
    }
    const start = this.starts[lo]!
    const before = this.bytes.subarray(start, at).toString('utf8').replace(/^\uFEFF/, '')
    return { line: lo + 1, column: before.length + 1 }
  }
}
