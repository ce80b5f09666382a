// Read a class roster: a CSV file with a header row, a `name` column and optional `id`
// and `group` columns. Names are printed composed (NFC), as the module's text is, and
// compared so; grading.csv and manifest.json give them back exactly as written.
import type { VFile } from 'vfile'
import { andList, code, counted, error, warn } from '../messages.js'
import { CONTROL } from '../yaml/decode.js'
import { DIRECTION } from '../yaml/direction.js'
import { LANGUAGES } from '../lang/index.js'
import { parseCsv } from './csv.js'
import type { CsvRecord, Delimiter } from './csv.js'
import type { RosterStudent } from './model.js'

export type { RosterStudent } from './model.js'

/** The largest roster classpack builds in one run: a year group, not a whole school. */
export const MAX_STUDENTS = 5000

/**
 * A tab or a line break in a field (which only quotes let in): one line of a roster is one
 * student's. The line and paragraph separators U+2028 and U+2029 break a line as `\n` does
 * (in HTML they printed as a space, elsewhere they may break the name in two).
 */
const LINE = /[\t\n\r\u2028\u2029]/

/** What the separators U+2028 and U+2029 are called; other line breaks are control characters. */
const SEPARATORS: Record<string, string> = { '\u2028': 'line separator', '\u2029': 'paragraph separator' }

/**
 * What prints as nothing on its own: white space, format characters (a zero-width space,
 * direction marks, a soft hyphen), every default-ignorable code point (the Hangul fillers
 * U+115F, U+1160, U+3164, U+FFA0, variation selectors, tags) and the Braille blank U+2800,
 * which fonts draw empty; and combining marks, which print on a letter and have none here.
 */
const INVISIBLE = /[\p{Cf}\p{Z}\s\p{Default_Ignorable_Code_Point}\u2800]/u
const MARK = /\p{M}/u
/** A letter of any script: every name has one (a name of digits or signs alone is some other column's). */
const LETTER = /\p{L}/u

/** A number in Excel's scientific format, as it writes an id of 12 digits and more in a cell formatted General (`1.23457E+11`). */
const EXCEL_EXPONENT = /^\d(?:[.,]\d+)?E\+\d+$/i

/** The columns classpack reads, by their own heading. */
const COLUMNS = ['name', 'id', 'group'] as const
type Column = (typeof COLUMNS)[number]

/**
 * The headings each column is known by, compared in any case: a class list exported in German
 * says `Gruppe`, `Klasse` or `Nr.`, and a warning that its groups were lost helped nobody. Only
 * clear synonyms: a heading that may hold something else ("Kennzahl", "Raum") stays unknown
 * and is named in a warning (a given name and a family name in two columns are joined: below). grading.csv's header in every UI language is added below, so a
 * pack's sheet always reads back as its roster (the German one is `Name;Nr.;Gruppe;…`).
 */
const HEADINGS: Record<Column, readonly string[]> = {
  name: ['name', 'schüler', 'schülerin', 'student', 'student name', 'student_name', 'full name', 'full_name', 'fullname', 'schülername', 'schülerinnenname', 'name des schülers', 'name der schülerin', 'vollständiger name'],
  id: ['id', 'nr.', 'nr', 'nummer', 'matrikelnummer', 'kennung', 'student id', 'student_id', 'student number', 'student_number', 'id number', 'id_number', 'schülernummer'],
  group: ['group', 'gruppe', 'klasse', 'kurs', 'class', 'section']
}

/** Words of a heading for a student's number, code, address or login rather than their name (`Student No.`, `Student Email`, `Username`). */
const NOT_A_NAME = /num|(^|[^a-z])(no|nr|id)([^a-z]|$)|code|mail|login|user|group|class|klasse|gruppe/

/** A heading as it is compared: trimmed, composed, in lower case. */
const folded = (heading: string): string => heading.trim().normalize('NFC').toLowerCase()

/** The column each known heading names. */
const COLUMN_OF: ReadonlyMap<string, Column> = new Map(COLUMNS.flatMap((column) => [...HEADINGS[column], ...LANGUAGES.map((l) => l.grading[column])].map((heading) => [folded(heading), column] as const)))

/**
 * Headings of a column of given names and of one of family names: a school office's class
 * list splits the name in two (`Nachname;Vorname;Klasse`), which was refused for want of a
 * `name` column. Beside a given name, `Name` is the family name (`Name;Vorname`).
 */
const GIVEN = new Set(['vorname', 'vornamen', 'rufname', 'first name', 'first names', 'firstname', 'first_name', 'given name', 'given names', 'given_name', 'forename', 'forenames'])
const FAMILY = new Set(['nachname', 'familienname', 'last name', 'lastname', 'last_name', 'surname', 'family name', 'family_name'])

/**
 * A roster with the name in two columns, read as one `name`: given name, a space, family
 * name ("Jürgen Müller", as the quiz prints a name), in the family name's column (whose place
 * a message about the name points at). A row that repeats the header stays as it is, to be
 * found as such.
 */
function joinNameParts(records: CsvRecord[]): { given: number; family: number } | undefined {
  const header = records[0]!
  const labels = header.fields.map(folded)
  const given = labels.findIndex((label) => GIVEN.has(label))
  if (given < 0) return undefined
  const familyNamed = labels.findIndex((label) => FAMILY.has(label))
  const family = familyNamed >= 0 ? familyNamed : labels.findIndex((label) => COLUMN_OF.get(label) === 'name')
  if (family < 0) return undefined
  const original = headings(header)
  for (const row of records) {
    // The header, and a row that repeats it (two lists pasted together), named as one.
    if (headings(row) === original) {
      row.fields[family] = 'name'
      row.fields[given] = ''
      continue
    }
    const parts = [row.fields[given], row.fields[family]].map((part) => (part ?? '').trim()).filter((part) => part !== '')
    row.fields[family] = parts.join(' ')
    if (given < row.fields.length) row.fields[given] = ''
  }
  return { given, family }
}

/** Read the roster in `file`; undefined when it cannot be used (problems are on `file`). */
export function readRoster(file: VFile): RosterStudent[] | undefined {
  const { records, problems, delimiter } = parseCsv(String(file.value))
  for (const p of problems) error(file, p.reason, { line: p.line, column: p.column }, 'roster-csv')
  // A quote left open ends the records; the header and the rows before it are checked still
  // (their problems said in this run, not the next), but none is missed for want of the rest.
  const broken = problems.length > 0
  if (broken && records.length < 2) return undefined
  // U+FEFF inside a file is a byte order mark that came along when two files were pasted into
  // one (it starts the second's header); as a character (a zero-width no-break space, which
  // Unicode replaced with U+2060 long ago) it means nothing in a name, yet the PDF printed a
  // gap for it. It is dropped, as the loader drops the one that starts the file.
  for (const record of records) record.fields = record.fields.map((f) => f.replace(/\uFEFF/g, ''))
  const header = records[0]
  if (!header) {
    error(file, 'Unexpected empty roster, expected a header row with a `name` column and one row per student', { line: 1, column: 1 }, 'roster-empty')
    return undefined
  }
  // The header as written: joining the name's parts renames its cells.
  const written = [...header.fields]
  const joined = joinNameParts(records)
  const labels = header.fields.map(folded)
  // Each heading's column (`Gruppe` is `group`), or null for one classpack does not read.
  const columns = labels.map((h) => COLUMN_OF.get(h) ?? null)
  const nameAt = columns.indexOf('name')
  if (nameAt < 0) {
    // A heading that looks like a name but is none of the known ones is named; the known ones are listed.
    // Not one that says it holds something else of a student's: `Student_Number` was named as
    // the column to head `name`, beside the `LastFirst` that held the names.
    const namelike = header.fields.find((f) => /name|sch(ü|ue)ler|student|pupil/.test(folded(f)) && !NOT_A_NAME.test(folded(f)) && !COLUMN_OF.has(folded(f)) && !GIVEN.has(folded(f)) && !FAMILY.has(folded(f)))
    // Half a name in two columns (`First name` without `Last name`, a primary class's list) is
    // said to be half, and how to print it alone: the list of headings did not say which was missing.
    const half = header.fields.find((f) => GIVEN.has(folded(f)) || FAMILY.has(folded(f)))
    const given = half !== undefined && GIVEN.has(folded(half))
    const [holds, lacks] = given ? ['given names', 'family names (`last name`, `Nachname`)'] : ['family names', 'given names (`first name`, `Vorname`)']
    const hint =
      half !== undefined
        ? `${code(half.trim())} holds ${holds}, but no column holds the ${lacks} to join them with: add one, or rename ${code(half.trim())} to \`name\` to print ${holds} alone; `
        : namelike === undefined
          ? ''
          : `if ${code(namelike.trim())} holds the students' names, head it \`name\`; `
    // A title above the header (`Klassenliste 9b`, as a school office's export starts): the header is named where it is.
    const below = records.slice(1, 6).find((row) => row.fields.join(delimiter).split(/[,;\t]/).some((f) => COLUMN_OF.get(folded(f)) === 'name' || GIVEN.has(folded(f)) || FAMILY.has(folded(f))))
    const title = below === undefined ? '' : `line ${below.line} (${code(below.fields.join(delimiter), 40)}) looks like the header: delete the ${below.line - header.line > 1 ? 'lines' : 'line'} above it; `
    // No header at all, the first student on line 1 (`Ada Lovelace,101`, a list of names pasted
    // alone): the list of headings did not say the file lacked a header line, nor what to write.
    // Said when nothing else explains it and line 1 reads as the line below it does, field by
    // field (text over text, a number over a number), so a real header (`Kennzahl;Raum;ID`) is not.
    const kind = (f: string): string => (/^[\s\d.\-/]*\d[\s\d.\-/]*$/.test(f) ? 'number' : LETTER.test(f) ? 'text' : 'other')
    const next = records[1]
    // A heading among the words of line 1 (`name|id`, split by a separator classpack does not
    // read) makes it a header, whatever the line below.
    const words = header.fields.flatMap((f) => f.split(/[^\p{L}\p{N}._]+/u)).map(folded)
    const headed = words.some((w) => COLUMN_OF.has(w) || GIVEN.has(w) || FAMILY.has(w))
    const headerless =
      below === undefined && half === undefined && namelike === undefined && !headed && next !== undefined && next.fields.length === header.fields.length && header.fields.every((f, i) => kind(f) !== 'other' && kind(f) === kind(next.fields[i]!))
    // Fields separated by another character (`name|id`, as some school systems export): said,
    // where the list of headings alone left the teacher to find that `name` was there.
    const other = /[|:]/.exec(header.fields.length === 1 ? header.fields[0]! : '')?.[0]
    const split = other !== undefined && header.fields[0]!.split(other).some((f) => COLUMN_OF.get(folded(f)) === 'name' || GIVEN.has(folded(f)))
    const separator = split ? `its fields are separated by \`${other}\`, which classpack does not read as a separator: separate them by \`,\`, \`;\` or tabs (in a spreadsheet, save as CSV); ` : ''
    let texts = 0
    const suggested = header.fields.map((f) => (kind(f) === 'number' ? 'id' : ['name', 'group'][texts++] ?? '…')).filter((h, i, all) => h === '…' || all.indexOf(h) === i)
    const line = delimiter === '\t' && suggested.length > 1 ? suggested.map((h) => `\`${h}\``).join(', a tab, ') : code(suggested.join(delimiter))
    const noHeader = headerless ? `if line ${header.line} is a student's, the file has no header: add the line ${line} above it; ` : ''
    const known = ['name', 'student', 'student name', 'full name', 'Schüler', 'Schülerin', 'Schülername', 'Name des Schülers'].map((h) => `\`${h}\``).join(', ')
    error(
      file,
      `Unexpected header ${code(header.fields.join(delimiter))}, expected a \`name\` column (and optionally \`id\` and \`group\`): ${title}${hint}${noHeader}${separator}headings read as the name, in any case: ${known}; or the name in two columns, a given name (\`first name\`, \`Vorname\`) and a family name (\`last name\`, \`Nachname\`)`,
      { line: header.line, column: 1 },
      'roster-header'
    )
    return undefined
  }
  // A column classpack does not read is named, so an id under a heading it does not know is
  // not lost unnoticed; a column given twice (`ID` and `Nr.`) is ambiguous.
  let columnsOk = true
  const unread: number[] = []
  columns.forEach((column, i) => {
    const place = header.places[i] ?? { line: header.line, column: 1 }
    if (column !== null) {
      if (columns.indexOf(column) === i) return
      columnsOk = false
      // A heading is named as written; the name joined from two columns, by both (`Vorname` and
      // `Nachname`), and then the column it clashes with is named too: neither says `name`.
      const first = columns.indexOf(column)
      const cell = (at: number): string => (joined && at === joined.family ? `${code(written[joined.given]!.trim())} and ${code(written[at]!.trim())}` : code(written[at]!.trim()))
      const beside = joined && (i === joined.family || first === joined.family)
      // Two headings of one column that differ (`Nr.` and `ID`) are both named: "second `id` column"
      // at `ID` alone did not say which was the first, `Nr.` being no heading a teacher reads as an id.
      const same = folded(written[i]!) === folded(written[first]!)
      const as = beside ? ` (${cell(i)}: the name is in ${cell(first)} already)` : same ? (folded(written[i]!) === column ? '' : ` (${cell(i)})`) : ` (${cell(i)}, after ${cell(first)}, which is read as the ${column} too)`
      const fix = beside || same ? '' : `: rename the one that holds something else to a heading classpack does not read, or delete it`
      error(file, `Unexpected second \`${column}\` column${as}, expected each of ${COLUMNS.map((c) => `\`${c}\``).join(', ')} once${fix}`, place, 'roster-header')
    } else if (labels[i] !== '' || records.slice(1).some((row) => (row.fields[i] ?? '').trim() !== '')) unread.push(i)
  })
  // Columns classpack does not read are one warning, at the first: a gradebook export (a
  // pack's own grading.csv, Canvas's) has one a question or assignment, and a warning each
  // (12 for grading.csv, 20 and more for Canvas) buried whatever else the run had to say.
  if (unread.length > 0) {
    const missing = COLUMNS.filter((c) => !columns.includes(c))
    const one = unread.length === 1
    // A column without a heading is named by its place and first value: a heading merged over two
    // columns (`Name` over the family and the given names) left the given names out unsaid.
    const names = unread.map((i) => {
      if (labels[i] !== '') return code(header.fields[i]!.trim(), 30)
      const value = records.slice(1).find((row) => (row.fields[i] ?? '').trim() !== '')!.fields[i]!
      return one ? `column without a heading (${ordinal(i + 1)}, holding ${code(value.trim(), 30)})` : `${ordinal(i + 1)} (without a heading, holding ${code(value.trim(), 30)})`
    })
    const listed = one ? (labels[unread[0]!] === '' ? names[0] : `column ${names[0]}`) : `columns ${names.length > 6 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : andList(names)}`
    const hint = missing.length ? ` (if ${one ? 'it holds' : 'one of them holds'} the students' ${missing.join(' or ')}, name it \`${missing[0]}\`${missing.length > 1 ? ` or \`${missing[1]}\`` : ''})` : ''
    warn(file, `Unexpected ${listed}, expected ${COLUMNS.map((c) => `\`${c}\``).join(', ')}: ${one ? 'its' : 'their'} values are not used${hint}`, header.places[unread[0]!] ?? { line: header.line, column: 1 }, 'roster-column')
  }
  if (!columnsOk) return undefined
  // Fields the header names: an Excel export with a `;` after every line has an empty last
  // heading, and rows that stop before it lack nothing.
  const width = labels.length - [...labels].reverse().findIndex((h) => h !== '')
  const idAt = columns.indexOf('id')
  const groupAt = columns.indexOf('group')
  // A row with every cell empty (`;;`, which spreadsheets leave after the last student) is no student.
  const rows = records.slice(1).filter((row) => row.fields.some((f) => f.trim() !== '') && !repeatedHeader(file, row, header) && !pointsPossible(file, row, nameAt, idAt) && !canvasTestStudent(file, row, header, nameAt))
  if (rows.length === 0) {
    if (broken) return undefined
    error(file, 'Unexpected roster without students, expected one row per student after the header', { line: header.line, column: 1 }, 'roster-empty')
    return undefined
  }
  if (rows.length > MAX_STUDENTS) {
    error(file, `Unexpected roster of ${rows.length} students, expected at most ${MAX_STUDENTS}: split it into several rosters`, { line: rows[MAX_STUDENTS]!.line, column: 1 }, 'roster-too-large')
    return undefined
  }
  const students: RosterStudent[] = []
  let ok = true
  // An id names one student: grades go back to the platform by it. Compared composed (NFC):
  // `Å1` typed on one machine and pasted from another are one id to a reader.
  const firstWithId = new Map<string, number>()
  // Where each name (in its group) was first given without an id.
  const firstWithoutId = new Map<string, number>()
  // A mistake made on every row (names written "Family, Given" unquoted, a file whose rows are
  // split by another separator than its header) is one message, at its first row, counting the
  // rows after it; a cause is a key here, each row with it is refused (or warned of) all the same.
  const grouped = new Map<string, { severity: 'error' | 'warning'; reason: string; place: CsvRecord['places'][number] | undefined; rule: string; more: number[]; advice: string }>()
  const once = (key: string, severity: 'error' | 'warning', row: CsvRecord, reason: string, place: CsvRecord['places'][number] | undefined, rule: string, advice = ''): void => {
    const seen = grouped.get(key)
    if (seen) seen.more.push(row.line)
    else grouped.set(key, { severity, reason, place, rule, more: [], advice })
    if (severity === 'error') ok = false
  }
  for (const row of rows) {
    const mixed = otherSeparator(row, header, width, delimiter)
    if (mixed) {
      const field = row.fields.find((f, i) => !row.quoted[i] && f.includes(mixed)) ?? row.afterQuote?.written ?? row.fields[0]!
      once(
        `separator ${mixed}`,
        'error',
        row,
        `Unexpected ${separatorName(mixed)} between the fields of this row where the header uses ${separatorName(delimiter)}, so its fields run together (${code(field, 40)} is read as one), expected one separator throughout: write the header and the rows with the same one`,
        row.places[0],
        'roster-csv'
      )
      continue
    }
    // Quotes around part of a field (`"Ada" Lovelace`): csv-parse keeps the quotes, and the
    // quiz printed them.
    if (row.afterQuote) {
      const { written: as, line, column } = row.afterQuote
      const tail = afterClosingQuote(as)
      const fix = `"${as.replace(/"/g, '""')}"`
      once('quote', 'error', row, `Unexpected text ${code(tail, 30)} after the closing \`"\` of ${code(as.slice(0, as.length - tail.length), 30)}, expected the quoted field to end at its closing quote (or the whole field in quotes with inner quotes doubled: ${code(fix, 40)})`, { line, column }, 'roster-csv')
      continue
    }
    if (row.fields.length > header.fields.length) {
      const shifted = overflow(row, header, nameAt, delimiter)
      if (shifted) {
        const sep = separatorName(delimiter)
        // Said for the rows after the first as the first row's reason says it: a header a column
        // short (`name,id` over rows with a group) gave only the quoting, which was not the cause.
        const advice = shifted.nameHolds ? `: put each such name in quotes (\`"Family, Given"\`)${delimiter === ',' ? ', or separate the fields with `;`' : ''}` : `: put each field that holds ${sep} in quotes, or give each value a column in the header`
        once(`fields ${shifted.nameHolds}`, 'error', row, shifted.reason, row.places[nameAt] ?? row.places[0], 'roster-fields', advice)
        continue
      }
    } else if (row.fields.length < width) {
      // Which columns the row leaves empty, by the header's names: a count alone left the teacher to work it out.
      const empty = header.fields.slice(row.fields.length, width).map((f) => `\`${f.trim()}\``)
      const left = empty.length ? `: ${andList(empty)} ${empty.length === 1 ? 'is' : 'are'} left empty` : ''
      once(`fewer ${row.fields.length}`, 'warning', row, `Unexpected ${counted(row.fields.length, 'field')} in this row, expected ${width} as in the header${left}`, row.places[0], 'roster-fields')
    }
    const name = (row.fields[nameAt] ?? '').trim()
    // Invisible characters alone print as nothing, and marks alone as a dotted circle, or nothing.
    const chars = [...name]
    const mark = (c: string): boolean => MARK.test(c) && !INVISIBLE.test(c)
    if (chars.every((c) => INVISIBLE.test(c) || mark(c))) {
      ok = false
      const what = chars.every(mark) ? 'combining marks' : chars.some(mark) ? 'invisible characters and combining marks' : 'invisible characters'
      const reason = name === '' ? 'empty name' : `name of ${what} only (${chars.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`
      // One message for a column left empty throughout (a `name` heading over nothing), not one a row.
      once(`name ${reason}`, 'error', row, `Unexpected ${reason}, expected every row to name a student`, row.places[nameAt] ?? row.places[0], 'roster-name')
      continue
    }
    const id = idAt >= 0 ? (row.fields[idAt] ?? '').trim() || null : null
    const group = groupAt >= 0 ? (row.fields[groupAt] ?? '').trim() || null : null
    // A name without a letter beside an id with one (`100` and `Ada Lovelace`) is the two
    // headings over each other's column (`id,name` over `Ada Lovelace,100`): every quiz printed
    // "Name: 100 · ID: Ada Lovelace" and was filed as `001-100.pdf`. A name of digits alone is
    // a teacher's choice (quizzes by number) where the id has none, and stays allowed.
    if (id !== null && !LETTER.test(name) && LETTER.test(id)) {
      const [nameHeading, idHeading] = [written[nameAt]!, written[idAt]!].map((h) => code(h.trim()))
      once(
        'swapped',
        'error',
        row,
        `Unexpected name ${code(name, 30)} without a letter beside the id ${code(id, 30)}, expected the student's name under ${nameHeading} and their id under ${idHeading}: the two look swapped, and the quiz would print the id as the name`,
        row.places[nameAt] ?? row.places[0],
        'roster-name',
        `: where every row is so, swap the headings ${nameHeading} and ${idHeading}`
      )
      continue
    }
    // A header of one column over rows of several (`name` over `Ada Lovelace;101;9b`, the other
    // headings left out): each line is one name, commas and all, as documented, so the quiz
    // printed "Name: Ada Lovelace;101;9b" unsaid. A field of digits after a separator is an id,
    // not part of a name ("Müller, Hans" stays a name).
    if (header.fields.length === 1 && /[,;]\s*\d+\s*(?:[,;]|$)/.test(name)) {
      const sep = /[,;]/.exec(name)![0]
      once(
        'one column',
        'warning',
        row,
        `Unexpected name ${code(name, 40)}, which holds fields separated by \`${sep}\` where the header names one column (${code(header.fields[0]!.trim())}), expected a name: the whole line is printed as the name; give each field a heading (\`${header.fields[0]!.trim()}${sep}id${sep}…\`)`,
        row.places[nameAt] ?? row.places[0],
        'roster-fields'
      )
    }
    // A name of signs alone (`-`, `?`, `...`), as a class list marks a seat without a student:
    // a quiz was printed for "Name: -" unsaid. A warning: the row may be meant (a name of digits
    // is, for quizzes by number, and so is one of emoji, which are a pupil's sign in a primary class).
    if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(name)) {
      once(
        'signs',
        'warning',
        row,
        `Unexpected name ${code(name, 30)} without a letter or a digit, expected a student's name: a quiz is printed for ${code(name, 30)}; if the row marks a place without a student, delete it`,
        row.places[nameAt] ?? row.places[0],
        'roster-name'
      )
    }
    // An id or group of invisible characters only looks empty on paper, yet is no empty field:
    // grades would go back under an id nobody can type, students under a group nobody can see.
    const blank = [
      { value: id, at: idAt, what: 'id' },
      { value: group, at: groupAt, what: 'group' }
    ].find((field) => field.value !== null && [...field.value].every((c) => INVISIBLE.test(c) || mark(c)))
    if (blank) {
      ok = false
      const points = [...blank.value!].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')
      error(file, `Unexpected ${blank.what} of invisible characters only (${points}), expected the student's ${blank.what} or an empty field`, row.places[blank.at] ?? row.places[0], 'roster-name')
      continue
    }
    // A control character prints as nothing, a box or an error, differently in each format
    // (and is no character at all in XML); a direction override or isolate (U+202A–U+202E,
    // U+2066–U+2069) left open turns the rest of the line around it (a name's "· ID: 3" on
    // the quiz) right to left. Both are refused where they are, as in the YAML files; a
    // right-to-left name needs neither, and the marks U+200E and U+200F stay allowed.
    // A tab or a line break (inside quotes) is a control character too: the PDF printed
    // "Multi Line" on one line and grading.csv carried the raw break into the platform.
    const unprintable = [
      { value: name, at: nameAt, what: 'the name' },
      { value: id, at: idAt, what: 'the id' },
      { value: group, at: groupAt, what: 'the group' }
    ].find((field) => field.value !== null && (CONTROL.test(field.value) || DIRECTION.test(field.value) || LINE.test(field.value)))
    if (unprintable) {
      ok = false
      const bad = (CONTROL.exec(unprintable.value!) ?? DIRECTION.exec(unprintable.value!) ?? LINE.exec(unprintable.value!))![0]
      const direction = DIRECTION.test(bad)
      const line = LINE.test(bad)
      const codePoint = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      const advice = direction ? 'expected text that prints: delete it (a right-to-left name needs none)' : line ? 'expected text that prints on one line: put a space in its place' : 'expected text that prints: delete it'
      error(
        file,
        `Unexpected ${direction ? 'direction control' : (SEPARATORS[bad] ?? 'control character')} ${codePoint}${line && !SEPARATORS[bad] ? (bad === '\t' ? ' (a tab)' : ' (a line break)') : ''} in ${unprintable.what} ${code(unprintable.value!.replace(new RegExp(`${CONTROL.source}|${DIRECTION.source}`, 'gu'), ''))}, ${advice}`,
        row.places[unprintable.at] ?? row.places[0],
        'roster-name'
      )
      continue
    }
    // An id as Excel shows a long number (`1.23457E+11`, 12 digits and more in a cell formatted
    // General), which it writes so into the CSV: the digits are lost, grades cannot go back by it,
    // and a class of such ids was an error a row, "id again", the cause unsaid. One message.
    if (id !== null && EXCEL_EXPONENT.test(id)) {
      once(
        'exponent',
        'error',
        row,
        `Unexpected id ${code(id)}, a number as Excel shows it shortened (its last digits are lost), expected the student's id in full: in Excel, format the column as Text (or Number, with no decimals), check the ids, and save as CSV again`,
        row.places[idAt] ?? row.places[0],
        'roster-name'
      )
      continue
    }
    // An invisible format character in an id (a zero-width space or a direction mark, pasted
    // from a web page or a mail): it prints as nothing, so `101` and `101` with one print as
    // one id without being one, and a platform finds no student by it when grades go back.
    const hidden = id === null ? null : /\p{Cf}/u.exec(id)
    if (hidden) {
      ok = false
      const codePoint = `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      error(file, `Unexpected invisible character ${codePoint} in the id ${code(id!.replace(/\p{Cf}/gu, ''))}, expected an id of characters that print: delete it (grades go back by the id, and a platform would not find it)`, row.places[idAt] ?? row.places[0], 'roster-name')
      continue
    }
    if (id !== null) {
      const first = firstWithId.get(id.normalize('NFC'))
      if (first !== undefined) {
        // One message for every id given again, as for names: a list pasted in twice, or an id
        // column filled with `0`, gave an error a row (29 for a class of 30), the cause one.
        once('same id', 'error', row, `Unexpected id ${code(id)} again (first on line ${first}), expected each student's id once: grades are matched to students by it`, row.places[idAt] ?? row.places[0], 'roster-duplicate-id')
        continue
      }
      firstWithId.set(id.normalize('NFC'), row.line)
    } else {
      // Two students of one name may share a class; without an id (or another group) their two
      // quizzes print the same line and only the file's number tells whose is whose, so it is
      // said, once for a list pasted in twice. A warning: the names may be right.
      // Compared as printed (`printed`).
      const key = `${printed(name)}\n${group === null ? '' : printed(group)}`
      const first = firstWithoutId.get(key)
      if (first === undefined) firstWithoutId.set(key, row.line)
      else {
        once(
          'same name',
          'warning',
          row,
          `Unexpected name ${code(name, 40)} again (first on line ${first}) with no id${group === null ? '' : ' and the same group'}, expected a way to tell the two apart: their quizzes print the same name, and only the file names' numbers differ; give each an id (or delete the row if it is a copy)`,
          row.places[nameAt] ?? row.places[0],
          'roster-duplicate-name'
        )
      }
    }
    students.push(composed({ name, id, group, line: row.line }))
  }
  for (const { severity, reason, place, rule, more, advice } of grouped.values()) {
    const rest = more.length === 0 ? '' : `; ${counted(more.length, 'more row has', 'more rows have')} the same problem (${linesOf(more)})${advice}`
    ;(severity === 'error' ? error : warn)(file, reason + rest, place, rule)
  }
  return ok && !broken ? students : undefined
}

/**
 * A name or group as it prints: a run of white space (doubled spaces, a no-break space pasted
 * from a web page) prints as one space in the HTML and the PDF, so `Ada   Lovelace` is `Ada
 * Lovelace`; a format character that draws nothing (a zero-width space, a soft hyphen, a
 * direction mark) is left out, but not the joiners U+200C and U+200D, which change how letters join.
 */
function printed(text: string): string {
  return text
    .normalize('NFC')
    .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')
    .replace(/[\s\p{Z}]+/gu, ' ')
    .trim()
}

/** `the 2nd`, as a column is counted. */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `the ${n}${suffix}`
}

/** Line numbers as a range when they follow each other (`lines 3–41`), else the first few (`lines 3, 5, 9, …`). */
function linesOf(lines: number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`
  if (lines.every((line, i) => i === 0 || line === lines[i - 1]! + 1)) return `lines ${lines[0]}–${lines[lines.length - 1]}`
  if (lines.length <= 5) return `lines ${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`
  return `lines ${lines.slice(0, 5).join(', ')}, …`
}

/** What follows the closing quote of a field written with a quote first (a doubled quote stays inside). */
const afterClosingQuote = (written: string): string => written.replace(/^"(?:[^"]|"")*"/, '')

const separatorName = (d: string): string => (d === '\t' ? 'a tab' : `\`${d}\``)

/**
 * The separator the row's fields are split by when it is not the header's: a row of one field
 * (fewer than the header's), which holds another of `,`, `;` and tab unquoted, split by which
 * it would have no more fields than the header (`Hans Müller,1` under `name;id`, read as one
 * name and no id). Not a name written "Family, Given" in a row without an id (`Müller, Hans`
 * under `name;id`): every part after a comma there starts with a space.
 */
function otherSeparator(row: CsvRecord, header: CsvRecord, width: number, delimiter: Delimiter): string | undefined {
  // A row that holds the header's separator uses it: one field, and empty ones after it, does not.
  if (header.fields.length < 2 || row.fields.length >= width || row.fields.slice(1).some((f) => f.trim() !== '')) return undefined
  for (const other of [',', ';', '\t'].filter((d) => d !== delimiter)) {
    // A quoted field is split after its closing quote (`"Müller, Hans",1` under `name;id`).
    const split = row.fields.map((f, i) => {
      if (!row.quoted[i]) return f.split(other)
      const tail = row.afterQuote?.field === i ? afterClosingQuote(row.afterQuote.written) : ''
      return tail.startsWith(other) ? [f, ...tail.split(other).slice(1)] : [f]
    })
    const parts = split.flat()
    if (parts.length === row.fields.length) continue
    // Empty fields after the last (`Ada,`, `Ada,1,`) do not count against the header's.
    while (parts.length > 1 && parts[parts.length - 1]!.trim() === '') parts.pop()
    const added = split.flatMap((fields) => fields.slice(1))
    if (parts.length <= header.fields.length && !added.every((p) => /^ +\S/.test(p))) return other
  }
  return undefined
}

/**
 * A student with name, id and group composed (NFC), as the module's text is, for printing and
 * comparing; what the roster wrote is kept beside them when it differs (`A` and a combining
 * ring for "Å", the compatibility ideograph U+F9E1 for 李), for grading.csv and manifest.json.
 */
function composed(student: RosterStudent): RosterStudent {
  const { name, id, group } = student
  const nfc = { name: name.normalize('NFC'), id: id?.normalize('NFC') ?? null, group: group?.normalize('NFC') ?? null }
  if (nfc.name === name && nfc.id === id && nfc.group === group) return student
  return { ...student, ...nfc, asWritten: { name, id, group } }
}

/** A row's fields as a header is compared: in any case and form, spaces and trailing empty fields aside. */
const headings = (row: CsvRecord): string => {
  const fields = row.fields.map((f) => f.trim().normalize('NFC').toLowerCase())
  while (fields.length && fields[fields.length - 1] === '') fields.pop()
  return fields.join('\n')
}

/**
 * Whether `row` is the `Points Possible` row a Canvas gradebook export puts under its header
 * (each assignment's points, no student's id), warned of at its line and skipped: a teacher
 * who took the class from Canvas got a quiz printed for a student called "Points Possible".
 */
function pointsPossible(file: VFile, row: CsvRecord, nameAt: number, idAt: number): boolean {
  if (folded(row.fields[nameAt] ?? '') !== 'points possible' || (idAt >= 0 && (row.fields[idAt] ?? '').trim() !== '')) return false
  warn(file, 'Unexpected row `Points Possible`, expected a student: it holds the points of each assignment in a Canvas gradebook export, and is skipped', row.places[nameAt] ?? row.places[0], 'roster-header')
  return true
}

/**
 * Whether `row` is Canvas's Test Student ("Student, Test", the account behind a course's
 * Student View) in a Canvas gradebook export (its `SIS User ID` or `SIS Login ID` heading
 * tells one), warned of at its line and skipped: every export of a course that a teacher has
 * viewed as a student carries it, and the class got a quiz for "Student, Test". In any other
 * roster a student so named is a student.
 */
function canvasTestStudent(file: VFile, row: CsvRecord, header: CsvRecord, nameAt: number): boolean {
  const name = folded(row.fields[nameAt] ?? '')
  if ((name !== 'student, test' && name !== 'test student') || !header.fields.some((f) => /^sis (user|login) id$/.test(folded(f)))) return false
  warn(file, `Unexpected row ${code((row.fields[nameAt] ?? '').trim())}, expected a student: it is Canvas's Test Student (the course's Student View) in a Canvas gradebook export, and is skipped`, row.places[nameAt] ?? row.places[0], 'roster-header')
  return true
}

/**
 * Whether `row` repeats the header (two class lists pasted into one file, each with its
 * header), warned of at its line. Skipped, not refused: such a row names no student (nobody is
 * called "name" with the id "id"), so reading on loses nothing and gives the pack the teacher
 * meant, where it became a student called "name"; the warning says where the second list starts.
 */
function repeatedHeader(file: VFile, row: CsvRecord, header: CsvRecord): boolean {
  if (headings(row) !== headings(header)) return false
  warn(file, `Unexpected header row again (first on line ${header.line}), expected a student: the row is skipped (were two lists pasted together?)`, row.places[0], 'roster-header')
  return true
}

/**
 * Why a row with more fields than the header cannot be read, or undefined when the extra
 * fields are all empty: Excel writes a `;` after every line of some exports (`Ada;1;`), and
 * nothing is lost. A value there means a field holds the delimiter unquoted (`Müller, Hans,101`
 * under `name,id`): every field after it moves a column on, and the quiz would print
 * "Name: Müller · ID: Hans". Refused, with the row as it should be written when that is clear.
 */
function overflow(row: CsvRecord, header: CsvRecord, nameAt: number, delimiter: Delimiter): { reason: string; nameHolds: boolean } | undefined {
  if (row.fields.slice(header.fields.length).every((f) => f.trim() === '')) return undefined
  const listed = (fields: string[]): string => fields.map((f) => code(f.trim(), 30)).join(', ')
  const found = `Unexpected ${counted(row.fields.length, 'field')} in this row (${listed(row.fields)}), expected ${header.fields.length} as in the header (${listed(header.fields)})`
  const sep = separatorName(delimiter)
  const quote = (f: string): string => `"${f.replace(/"/g, '""')}"`
  // "Müller, Hans": an unquoted name followed by as many fields starting with a space as
  // there are too many is a name written "last, first". Then the row is shown fixed.
  const extra = row.fields.length - header.fields.length
  const parts = row.fields.slice(nameAt + 1, nameAt + 1 + extra)
  if (!row.quoted[nameAt] && parts.length === extra && parts.every((p) => /^ +\S/.test(p))) {
    const fields = row.fields.map((f, i) => (row.quoted[i] || f.includes('"') ? quote(f) : f))
    const joined = row.fields.slice(nameAt, nameAt + extra + 1).join(delimiter)
    // ` "Müller, Hans"`: in quotes already, after a space, which makes the quotes part of the
    // field, so the separator inside them splits it. The fix was the name quoted again, quotes
    // and all (`" ""Müller, Hans"" "`), which would print them: it is the quotes without the space.
    const spaced = /^[ \t]+"(?:[^"]|"")*"[ \t]*$/.test(joined)
    const name = spaced ? joined.trim() : quote(joined)
    const fixed = [...fields.slice(0, nameAt), name, ...fields.slice(nameAt + extra + 1)].join(delimiter)
    const why = spaced ? `a name in quotes must start with its quote (after a space, the quotes are part of the field, and the ${sep} inside them splits it)` : `a name that holds ${sep} must be in quotes`
    return { reason: `${found}: ${why}, or the fields after it move a column on; write ${code(fixed, 80)}`, nameHolds: true }
  }
  return { reason: `${found}: put in quotes a field that holds ${sep} (else the fields after it move a column on), or give each value a column in the header`, nameHolds: false }
}
