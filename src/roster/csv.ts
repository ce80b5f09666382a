// RFC 4180 CSV: quoted fields (with "" for a quote, and line breaks inside quotes),
// comma separated, LF or CRLF. Every record keeps the line and column where it starts.

export interface CsvRecord {
  fields: string[]
  /** 1-based line and column of each field's start. */
  places: Array<{ line: number; column: number }>
  line: number
}

export interface CsvProblem {
  reason: string
  line: number
  column: number
}

/** Parse `text` into records; a quote left open is a problem at the place it opened. */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = []
  const problems: CsvProblem[] = []
  let i = 0
  let line = 1
  let column = 1
  const advance = (ch: string): void => {
    i++
    if (ch === '\n') {
      line++
      column = 1
    } else column++
  }
  while (i < text.length) {
    const record: CsvRecord = { fields: [], places: [], line }
    for (;;) {
      const start = { line, column }
      let value = ''
      if (text[i] === '"') {
        advance('"')
        let closed = false
        while (i < text.length) {
          const ch = text[i]!
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"'
              advance(ch)
              advance(ch)
              continue
            }
            advance(ch)
            closed = true
            break
          }
          value += ch
          advance(ch)
        }
        if (!closed) problems.push({ reason: 'Unexpected end of file inside a quoted field, expected a closing `"`', ...start })
        // Anything between the closing quote and the next comma is kept, as spreadsheets do.
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          value += text[i]
          advance(text[i]!)
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          value += text[i]
          advance(text[i]!)
        }
      }
      record.fields.push(value)
      record.places.push(start)
      if (text[i] === ',') {
        advance(',')
        continue
      }
      if (text[i] === '\r') advance('\r')
      if (text[i] === '\n') advance('\n')
      break
    }
    // Blank lines carry no student.
    if (!(record.fields.length === 1 && record.fields[0]!.trim() === '')) records.push(record)
  }
  return { records, problems }
}
