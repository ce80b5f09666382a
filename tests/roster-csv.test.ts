// Rosters as spreadsheets save them: Excel in many European locales writes `;` between
// fields, a UTF-8 BOM first and CRLF line ends. They are read, and their problems are
// reported at their line (and column).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import type { VFile } from 'vfile'
import { buildPack } from '../src/index.js'
import { loadRoster } from '../src/load.js'
import { formatMessages } from '../src/messages.js'
import { detectDelimiter } from '../src/roster/csv.js'
import { inLatinScript, isGerman, latinAscii, spellGerman, studentFileBase } from '../src/roster/filenames.js'
import { transliterate } from '../src/roster/transliterate.js'
import { readRoster } from '../src/roster/read.js'
import { DEMO, demoCopy, ROOT, run, TINY, tempDir } from './helpers/fixtures.js'

const BOM = [0xef, 0xbb, 0xbf]

/** A roster file of exactly these bytes. */
function rosterFile(bytes: number[] | string, name = 'class.csv'): string {
  const path = join(tempDir(), name)
  writeFileSync(path, typeof bytes === 'string' ? bytes : Buffer.from(bytes))
  return path
}

/** The bytes Excel writes for "CSV UTF-8" in a locale whose list separator is `;`. */
function excel(lines: string[]): number[] {
  return [...BOM, ...Buffer.from(lines.map((l) => l + '\r\n').join(''), 'utf8')]
}

function read(path: string): { file: VFile; students: ReturnType<typeof readRoster>; messages: string[] } {
  const file = loadRoster(path)
  const students = readRoster(file)
  const text = formatMessages([file])
  return { file, students, messages: text ? text.split('\n') : [] }
}

describe('a roster saved by Excel with `;` and a BOM', () => {
  it('is read: names with commas, accents and the header in any case', () => {
    const { students, messages } = read(rosterFile(excel(['Name;ID;Group', "O'Brien, Seán;S001;A", 'Zoë Ångström;S002;', '"Smith; Jr., Ann";S003;B'])))
    expect(messages).toEqual([])
    expect(students).toEqual([
      { name: "O'Brien, Seán", id: 'S001', group: 'A', line: 2 },
      { name: 'Zoë Ångström', id: 'S002', group: null, line: 3 },
      { name: 'Smith; Jr., Ann', id: 'S003', group: 'B', line: 4 }
    ])
  })

  it('reads a name split in two columns, given name first, as a school office exports a class (`Nachname;Vorname`, `Name;Vorname`, `Last name,First name`)', () => {
    const split = read(rosterFile(excel(['Nachname;Vorname;Klasse', 'Müller;Jürgen;10b', 'Weiß;;10b', 'Nachname;Vorname;Klasse', 'Öztürk;Ayşe;10b'])))
    expect(split.messages).toEqual([expect.stringContaining(':4:1: warning: Unexpected header row again')])
    expect(split.students).toEqual([
      { name: 'Jürgen Müller', id: null, group: '10b', line: 2 },
      { name: 'Weiß', id: null, group: '10b', line: 3 },
      { name: 'Ayşe Öztürk', id: null, group: '10b', line: 5 }
    ])
    // Beside a given name, `Name` is the family name.
    expect(read(rosterFile(excel(['Name;Vorname;Nr.', 'Lessner;Marie;7']))).students).toEqual([{ name: 'Marie Lessner', id: '7', group: null, line: 2 }])
    expect(read(rosterFile('Last name,First name,ID\nLovelace,Ada,1\n')).students).toEqual([{ name: 'Ada Lovelace', id: '1', group: null, line: 2 }])
    // Neither part: the row names no student, at the family name.
    expect(read(rosterFile(excel(['Nachname;Vorname', 'Müller;Jürgen', ';']))).students).toHaveLength(1)
    expect(read(rosterFile(excel(['Nachname;Vorname;Nr.', 'Müller;Jürgen;1', ';;2']))).messages).toEqual([expect.stringContaining(':3:1: error: Unexpected empty name')])
  })

  it('skips the empty rows a spreadsheet leaves after the last student (`;;`), but not an empty name beside an id', () => {
    const { students, messages } = read(rosterFile(excel(['name;id;group', 'Ada Lovelace;S001;A', ';;', ';;'])))
    expect(messages).toEqual([])
    expect(students).toEqual([{ name: 'Ada Lovelace', id: 'S001', group: 'A', line: 2 }])
    expect(read(rosterFile(excel(['name;id', 'Ada;S001', ';S002']))).messages).toEqual([expect.stringContaining(':3:1: error: Unexpected empty name')])
  })

  it('refuses an id given twice, at the second, naming the first: grades are matched by id', () => {
    const path = rosterFile('name,id\nAna,7\nBen,7\nAna,8\nCleo,7\n')
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:3:5: error: Unexpected id \`7\` again (first on line 2), expected each student's id once: grades are matched to students by it; 1 more row has the same problem (line 5)  [roster-duplicate-id]`
    ])
    // Every id given again is one message, at the first: an id column of `0`s gave 29 errors for a class of 30.
    const zeros = rosterFile(['name,id', ...Array.from({ length: 30 }, (_, i) => `S${i},0`), 'T,1', 'U,1', ''].join('\n'))
    expect(read(zeros).messages).toEqual([
      `${zeros}:3:4: error: Unexpected id \`0\` again (first on line 2), expected each student's id once: grades are matched to students by it; 29 more rows have the same problem (lines 4, 5, 6, 7, 8, …)  [roster-duplicate-id]`
    ])
    // Names may repeat (two students called Ana), ids may be left out.
    expect(read(rosterFile('name,id\nAna,7\nAna,8\nBen,\nCleo,\n')).messages).toEqual([])
  })

  it('refuses an id with an invisible character in it (a zero-width space pasted along), which printed as the id without it', () => {
    // `101` and `101` with a zero-width space: both quizzes printed "ID: 101", and grading.csv sent the second back with it.
    const path = rosterFile('name,id\nAda,101\nBob,101\u200b\nCy,\u200e102\n')
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:3:5: error: Unexpected invisible character U+200B in the id \`101\`, expected an id of characters that print: delete it (grades go back by the id, and a platform would not find it)  [roster-name]`,
      `${path}:4:4: error: Unexpected invisible character U+200E in the id \`102\`, expected an id of characters that print: delete it (grades go back by the id, and a platform would not find it)  [roster-name]`
    ])
  })

  it('warns of a name of signs alone (`-`, `?`), as a list marks a place without a student, once for all such rows', () => {
    // A quiz was printed for "Name: -" without a word.
    const path = rosterFile('name,group\nAda,9b\n-,9b\n?,9b\n...,9b\n')
    const { students, messages } = read(path)
    expect(students?.map((s) => s.name)).toEqual(['Ada', '-', '?', '...'])
    expect(messages).toEqual([
      `${path}:3:1: warning: Unexpected name \`-\` without a letter or a digit, expected a student's name: a quiz is printed for \`-\`; if the row marks a place without a student, delete it; 2 more rows have the same problem (lines 4–5)  [roster-name]`
    ])
    // Names of digits (quizzes by number), of emoji, and names in any script are names.
    expect(read(rosterFile('name\n17\n🦊\n王小明\nमीना\n')).messages).toEqual([])
  })

  it('warns of rows holding fields under a header of one column (`name` over `Ada Lovelace;101;9b`), once for them all', () => {
    // Each line is one name, commas and all: the quiz printed "Name: Ada Lovelace;101;9b" unsaid.
    const path = rosterFile('name\nAda Lovelace;101;9b\nBob;102;9b\n')
    const { students, messages } = read(path)
    expect(students?.map((s) => s.name)).toEqual(['Ada Lovelace;101;9b', 'Bob;102;9b'])
    expect(messages).toEqual([
      `${path}:2:1: warning: Unexpected name \`Ada Lovelace;101;9b\`, which holds fields separated by \`;\` where the header names one column (\`name\`), expected a name: the whole line is printed as the name; give each field a heading (\`name;id;…\`); 1 more row has the same problem (line 3)  [roster-fields]`
    ])
    // A name written "Family, Given" is a name.
    expect(read(rosterFile('name\nMüller, Hans\nO\'Brien, Seán\n')).messages).toEqual([])
  })

  it('refuses ids Excel wrote shortened (`1.23457E+11`), once for them all: the digits are lost', () => {
    // Twelve-digit student numbers saved from a cell formatted General: 29 errors "id again", the cause unsaid.
    const path = rosterFile(['name,id', ...Array.from({ length: 30 }, (_, i) => `S${i},1.23457E+11`), 'T,"2,34568E+11"', ''].join('\n'))
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:2:4: error: Unexpected id \`1.23457E+11\`, a number as Excel shows it shortened (its last digits are lost), expected the student's id in full: in Excel, format the column as Text (or Number, with no decimals), check the ids, and save as CSV again; 30 more rows have the same problem (lines 3–32)  [roster-name]`
    ])
    // Ids of letters and digits stay ids.
    expect(read(rosterFile('name,id\nAda,1E5\nBo,E+11\nCy,12-E+3\n')).messages).toEqual([])
  })

  it('warns of a name given twice with nothing to tell the two quizzes apart (no id, the same group), once for a list pasted in twice', () => {
    // Both quizzes printed "Name: Ana" and nothing else: which paper was whose, only 001- and 003- in the file names said.
    const { students, messages } = read(rosterFile('name,id,group\nAna,,9a\nBen,,9a\nAna,,9a\nBen,,9a\nAna,,9b\nAna,5,9a\n'))
    expect(students?.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Ana', 'Ben', 'Ana', 'Ana'])
    expect(messages).toEqual([
      expect.stringMatching(
        /class\.csv:4:1: warning: Unexpected name `Ana` again \(first on line 2\) with no id and the same group, expected a way to tell the two apart: their quizzes print the same name, and only the file names' numbers differ; give each an id \(or delete the row if it is a copy\); 1 more row has the same problem \(line 5\) {2}\[roster-duplicate-name\]$/
      )
    ])
  })

  it('warns of a name given twice that differs only in its spaces (doubled, a no-break space), which print as one', () => {
    // `Ada   Lovelace` and `Ada Lovelace`, or a no-break space pasted from a web page: the quizzes
    // print the same name (HTML and the PDF collapse the spaces), yet no warning was given.
    const { students, messages } = read(rosterFile('name,group\nAda Lovelace,A\nAda   Lovelace,A\nAda\u00a0Lovelace,A\nAda Lovelace,B\n'))
    expect(students?.map((s) => s.name)).toEqual(['Ada Lovelace', 'Ada   Lovelace', 'Ada\u00a0Lovelace', 'Ada Lovelace'])
    expect(messages).toEqual([expect.stringMatching(/class\.csv:3:1: warning: Unexpected name `Ada Lovelace` again \(first on line 2\) with no id and the same group, .*; 1 more row has the same problem \(line 4\) {2}\[roster-duplicate-name\]$/)])
    // A zero-width space or a soft hyphen draws nothing either; a joiner (Persian's U+200C) is kept.
    expect(read(rosterFile('name\nAnna Lena\nAnna\u200b Lena\nAnnaLena\nAnna\u00adLena\n')).messages).toEqual([expect.stringMatching(/:3:1: warning: Unexpected name .* again \(first on line 2\).*; 1 more row has the same problem \(line 5\) {2}\[roster-duplicate-name\]$/)])
    expect(read(rosterFile('name\nمحمدرضا\nمحمد\u200cرضا\n')).messages).toEqual([])
  })

  it('keeps line numbers (and columns) in its errors', () => {
    const path = rosterFile(excel(['id;name', 'S001;Ada Lovelace', '', 'S002;', 'S003;Grace Hopper;extra']))
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:4:6: error: Unexpected empty name, expected every row to name a student  [roster-name]`,
      `${path}:5:6: error: Unexpected 3 fields in this row (\`S003\`, \`Grace Hopper\`, \`extra\`), expected 2 as in the header (\`id\`, \`name\`): put in quotes a field that holds \`;\` (else the fields after it move a column on), or give each value a column in the header  [roster-fields]`
    ])
  })

  it('refuses a row whose extra fields hold values, at its name, with the row written as it should be: a name that holds the delimiter moved the id', () => {
    // `Müller, Hans,101` under `name,id` was a warning, and the quiz printed "Name: Müller · ID: Hans".
    const path = rosterFile('name,id\nMüller, Hans,101\nAda,2\n')
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:2:1: error: Unexpected 3 fields in this row (\`Müller\`, \`Hans\`, \`101\`), expected 2 as in the header (\`name\`, \`id\`): a name that holds \`,\` must be in quotes, or the fields after it move a column on; write \`"Müller, Hans",101\`  [roster-fields]`
    ])
    // The name elsewhere in the row, with `;`: the fix keeps the fields around it.
    expect(read(rosterFile('id;name;group\n1;Müller; Hans;A\n')).messages).toEqual([expect.stringContaining(':2:3: error: Unexpected 4 fields in this row (`1`, `Müller`, `Hans`, `A`), expected 3 as in the header (`id`, `name`, `group`): a name that holds `;` must be in quotes, or the fields after it move a column on; write `1;"Müller; Hans";A`')])
    // Where the culprit is not clear (a quoted name, values without a space), the fix is said, not shown.
    expect(read(rosterFile('name,id\n"Bob, B",3,x\n')).messages).toEqual([expect.stringContaining(':2:1: error: Unexpected 3 fields in this row (`Bob, B`, `3`, `x`), expected 2 as in the header (`name`, `id`): put in quotes a field that holds `,` (else the fields after it move a column on), or give each value a column in the header')])
  })

  it('reports a mistake made on many rows once, at the first, with how many more rows and where, and the fix; other rows\' problems apart', () => {
    // 40 rows `Müller0, Hans,0` under `name,id` gave 40 errors.
    const path = rosterFile(['name,id', ...Array.from({ length: 40 }, (_, i) => `Müller${i}, Hans,${i}`), ''].join('\n'))
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:2:1: error: Unexpected 3 fields in this row (\`Müller0\`, \`Hans\`, \`0\`), expected 2 as in the header (\`name\`, \`id\`): a name that holds \`,\` must be in quotes, or the fields after it move a column on; write \`"Müller0, Hans",0\`; 39 more rows have the same problem (lines 3–41): put each such name in quotes (\`"Family, Given"\`), or separate the fields with \`;\`  [roster-fields]`
    ])
    // Rows apart are listed; a different problem keeps its own message at its own row.
    const mixed = read(rosterFile('name,id\nA, B,1\nC,2\nD, E,3\n,4\nF, G,5\nH,6,x\n'))
    expect(mixed.messages).toEqual([
      expect.stringMatching(/:2:1: error: Unexpected 3 fields in this row \(`A`, `B`, `1`\).*write `"A, B",1`; 2 more rows have the same problem \(lines 4 and 6\): put each such name in quotes/),
      expect.stringContaining(':5:1: error: Unexpected empty name'),
      expect.stringMatching(/:7:1: error: Unexpected 3 fields in this row \(`H`, `6`, `x`\).*or give each value a column in the header {2}\[roster-fields\]$/)
    ])
    // A header a column short (a trial's `name,id` over rows with a group): the rows after the
    // first were told only to quote, where the first's reason also says to give each value a column.
    expect(read(rosterFile('name,id\nAmara Okafor,2031,9A\nZoë Brandt,2035,9A\n')).messages).toEqual([
      expect.stringMatching(/:2:1: error: Unexpected 3 fields in this row \(`Amara Okafor`, `2031`, `9A`\), expected 2 as in the header \(`name`, `id`\): .*; 1 more row has the same problem \(line 3\): put each field that holds `,` in quotes, or give each value a column in the header {2}\[roster-fields\]$/)
    ])
    // Rows short of the header's fields: one warning too.
    expect(read(rosterFile('name,id\nA\nB\nC,3\nD\n')).messages).toEqual([expect.stringMatching(/:2:1: warning: Unexpected 1 field in this row, expected 2 as in the header: `id` is left empty; 2 more rows have the same problem \(lines 3 and 5\) {2}\[roster-fields\]$/)])
  })

  it('refuses text after the closing quote of a field (`"Ada" Lovelace`), which printed with its quotes, at that text', () => {
    const path = rosterFile('name,id\r\n\r\nBo,1\r\n"Ada" Lovelace,2\r\nCy,3\r\n')
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:4:6: error: Unexpected text \` Lovelace\` after the closing \`"\` of \`"Ada"\`, expected the quoted field to end at its closing quote (or the whole field in quotes with inner quotes doubled: \`"""Ada"" Lovelace"\`)  [roster-csv]`
    ])
    // In a later field: at its text.
    expect(read(rosterFile('name;id\nZoë;"7"a\n')).messages).toEqual([expect.stringContaining(':2:8: error: Unexpected text `a` after the closing `"` of `"7"`')])
    // Quotes inside a field and doubled quotes inside quotes are read as before.
    expect(read(rosterFile('name,id\nAda "Lovelace",1\n"Bob ""B"" Brown",2\n"Cy, C",3\n')).students?.map((s) => s.name)).toEqual(['Ada "Lovelace"', 'Bob "B" Brown', 'Cy, C'])
  })

  it('reads a field in quotes with white space around it (a roster typed by hand) as what the quotes hold', () => {
    // ` "Bob Brown"` printed "Name: "Bob Brown"" and ` "3"` sent grades back under the id `"3"`,
    // unsaid; `"Ada Lovelace" ,1` was refused with `"""Ada Lovelace"" "` as its fix.
    const path = rosterFile('name, id, group\n"Ada Lovelace" ,1, "9a"\n "Bob ""B"" Brown",2,9a\nCy, "3" ,9b\n"Lovelace, Ada"\t, "4",\t"9b"\t\n')
    const { students, messages } = read(path)
    expect(messages).toEqual([])
    expect(students?.map((s) => [s.name, s.id, s.group])).toEqual([
      ['Ada Lovelace', '1', '9a'],
      ['Bob "B" Brown', '2', '9a'],
      ['Cy', '3', '9b'],
      ['Lovelace, Ada', '4', '9b']
    ])
    // Text after the closing quote is refused still, and a quote inside a field kept as written.
    expect(read(rosterFile('name,id\n"Ada" Lovelace ,1\n')).messages).toEqual([expect.stringContaining(':2:6: error: Unexpected text ` Lovelace ` after the closing `"` of `"Ada"`')])
    expect(read(rosterFile('name,id\nAda "Lovelace" ,1\n')).students?.map((s) => s.name)).toEqual(['Ada "Lovelace"'])
    // In a tab-separated roster a tab is the separator, not space around a field.
    expect(read(rosterFile('name\tid\n "Ada"\t"1" \n')).students?.map((s) => [s.name, s.id])).toEqual([['Ada', '1']])
    // After a space, a quote holding the separator is split at it (csv-parse reads the quote as
    // text there): refused, with the fix the quotes without the space, not the name quoted again.
    const split = rosterFile('name,id\n "Müller, Hans" ,5\n')
    expect(read(split).messages).toEqual([
      `${split}:2:1: error: Unexpected 3 fields in this row (\`"Müller\`, \`Hans"\`, \`5\`), expected 2 as in the header (\`name\`, \`id\`): a name in quotes must start with its quote (after a space, the quotes are part of the field, and the \`,\` inside them splits it), or the fields after it move a column on; write \`"Müller, Hans",5\`  [roster-fields]`
    ])
  })

  it('reads a row whose extra fields are all empty (Excel\'s `;` after every line) without a message', () => {
    // A warning per row: the trial's 30 students got 30 of them.
    const { students, messages } = read(rosterFile(excel(['name;id', ...Array.from({ length: 30 }, (_, i) => `S${i};${i};`), 'T;30;;'])))
    expect(messages).toEqual([])
    expect(students?.map((s) => [s.name, s.id])).toEqual([...Array.from({ length: 30 }, (_, i) => [`S${i}`, String(i)]), ['T', '30']])
    // A header with the `;` after it too, and rows without: nothing is missing from them.
    expect(read(rosterFile('name;id;\nAda;1\nBob;2;\n')).messages).toEqual([])
  })

  it('skips a row that repeats the header (two exports pasted into one file), with a warning at it', () => {
    // It became a student called "name".
    const path = rosterFile([...excel(['name,id', 'Ada,1']), ...excel(['name,id', 'Bob,2'])])
    const { students, messages } = read(path)
    expect(messages).toEqual([`${path}:3:1: warning: Unexpected header row again (first on line 1), expected a student: the row is skipped (were two lists pasted together?)  [roster-header]`])
    expect(students?.map((s) => [s.name, s.id, s.line])).toEqual([
      ['Ada', '1', 2],
      ['Bob', '2', 4]
    ])
    // In another case, with spaces and Excel's trailing `;`, it is the header still.
    expect(read(rosterFile('Name;ID\nAda;1\n name ; id ;\nBob;2\n')).students?.map((s) => s.name)).toEqual(['Ada', 'Bob'])
  })

  it('skips the `Points Possible` row of a Canvas gradebook export, with a warning at it', () => {
    // A quiz was printed for a student called "Points Possible".
    const { students, messages } = read(rosterFile('Student,ID,Section,Quiz 1 (123)\n    Points Possible,,,10.00\n"Lovelace, Ada",1234,Section 1,8.00\n'))
    expect(students?.map((s) => [s.name, s.id, s.group])).toEqual([['Lovelace, Ada', '1234', 'Section 1']])
    expect(messages).toEqual([
      expect.stringMatching(/class\.csv:1:\d+: warning: Unexpected column `Quiz 1 \(123\)`/),
      expect.stringMatching(/class\.csv:2:1: warning: Unexpected row `Points Possible`, expected a student: it holds the points of each assignment in a Canvas gradebook export, and is skipped {2}\[roster-header\]$/)
    ])
    // A student of that name, with an id, is a student.
    expect(read(rosterFile('name,id\nPoints Possible,7\n')).students?.map((s) => s.name)).toEqual(['Points Possible'])
  })

  it("skips Canvas's Test Student in a Canvas gradebook export, with a warning at it", () => {
    // Every export of a course its teacher has seen in Student View carries "Student, Test",
    // and the class got a quiz printed for them.
    const canvas = 'Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1 (123)\n    Points Possible,,,,,10.00\n"Lovelace, Ada",1234,S1,ada,Section 1,8.00\n"Student, Test",9999,,,Section 1,\n'
    const { students, messages } = read(rosterFile(canvas))
    expect(students?.map((s) => [s.name, s.id])).toEqual([['Lovelace, Ada', '1234']])
    expect(messages).toContainEqual(expect.stringMatching(/class\.csv:4:1: warning: Unexpected row `Student, Test`, expected a student: it is Canvas's Test Student \(the course's Student View\) in a Canvas gradebook export, and is skipped {2}\[roster-header\]$/))
    // Outside a Canvas export (no `SIS User ID` heading) a student so named is a student.
    expect(read(rosterFile('Student,ID\n"Student, Test",7\n')).students?.map((s) => s.name)).toEqual(['Student, Test'])
  })

  it('drops a byte order mark (U+FEFF) inside a name, which printed as a gap', () => {
    expect(read(rosterFile('name,id\nDan\uFEFFNy,1\n\uFEFFBo,2\n')).students?.map((s) => s.name)).toEqual(['DanNy', 'Bo'])
  })

  it('says "1 field" for a row of one field', () => {
    const path = rosterFile('name,id\nAna,7\nBen\n')
    expect(read(path).messages).toContain(`${path}:3:1: warning: Unexpected 1 field in this row, expected 2 as in the header: \`id\` is left empty  [roster-fields]`)
    // Each column left empty, by the header's name.
    const two = rosterFile('name,id,group\nAna,7,A\nBen\n')
    expect(read(two).messages).toContain(`${two}:3:1: warning: Unexpected 1 field in this row, expected 3 as in the header: \`id\` and \`group\` are left empty  [roster-fields]`)
  })

  it('reports a quote left open where it opened, after a quoted field over two lines', () => {
    const path = rosterFile(excel(['name;id', '"Ada', 'Lovelace";S001', 'Bob;"S002', 'Cy;S003']))
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      // The name over two lines before it is a problem of its own, said in the same run.
      `${path}:2:1: error: Unexpected control character U+000D (a line break) in the name \`Ada Lovelace\`, expected text that prints on one line: put a space in its place  [roster-name]`,
      `${path}:4:5: error: Unexpected end of file inside a quoted field, expected a closing \`"\`  [roster-csv]`
    ])
  })

  it('reports the problems of the rows before a quote left open in the same run, and nothing for the rows it swallowed', () => {
    // The id 1 again on line 3 and `"Ada" Lovelace` on line 4 were said only once the quote on
    // line 5 was closed: a second round for the teacher.
    const path = rosterFile('name,id\nAda,1\nBob,1\n"Ada" Lovelace,2\n"Open,3\nCarl,4\n')
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:3:5: error: Unexpected id \`1\` again (first on line 2), expected each student's id once: grades are matched to students by it  [roster-duplicate-id]`,
      expect.stringContaining(`${path}:4:6: error: Unexpected text \` Lovelace\` after the closing`),
      `${path}:5:1: error: Unexpected end of file inside a quoted field, expected a closing \`"\`  [roster-csv]`
    ])
    // A quote left open in the header, or on the first student's row: that alone (no "roster
    // without students" for the rows it swallowed).
    const first = rosterFile('name,id\n"Ada,1\nBob,2\n')
    expect(read(first).messages).toEqual([`${first}:2:1: error: Unexpected end of file inside a quoted field, expected a closing \`"\`  [roster-csv]`])
    const header = rosterFile('"name,id\nAda,1\n')
    expect(read(header).messages).toEqual([`${header}:1:1: error: Unexpected end of file inside a quoted field, expected a closing \`"\`  [roster-csv]`])
  })

  it('reports a header without a name column as written, `;` and all', () => {
    const path = rosterFile(excel(['Kennzahl;Raum;ID', 'Ada;1']))
    expect(read(path).messages).toEqual([`${path}:1:1: error: Unexpected header \`Kennzahl;Raum;ID\`, expected a \`name\` column (and optionally \`id\` and \`group\`): headings read as the name, in any case: \`name\`, \`student\`, \`student name\`, \`full name\`, \`Schüler\`, \`Schülerin\`, \`Schülername\`, \`Name des Schülers\`; or the name in two columns, a given name (\`first name\`, \`Vorname\`) and a family name (\`last name\`, \`Nachname\`)  [roster-header]`])
  })

  // `Student Name`, `Full name`, `Schülername` and `Name des Schülers` were refused with a bare
  // "expected a `name` column": they are names, as clearly as `Student` is.
  it('reads a name column headed as class lists head it: Student Name, Full name, Schülername, Name des Schülers', () => {
    for (const heading of ['Student Name', 'Full name', 'Schülername', 'Name des Schülers', 'FULL_NAME']) {
      const { students, messages } = read(rosterFile(excel([`${heading};ID`, 'Ada Lovelace;S001'])))
      expect(messages, heading).toEqual([])
      expect(students?.map((s) => [s.name, s.id]), heading).toEqual([['Ada Lovelace', 'S001']])
    }
  })

  it('names a heading that looks like a name but is none it reads, and what to head it', () => {
    const path = rosterFile(excel(["Pupil's name;ID", 'Ada;1']))
    const [message] = read(path).messages
    expect(message).toContain(`expected a \`name\` column (and optionally \`id\` and \`group\`): if \`Pupil's name\` holds the students' names, head it \`name\`; headings read as the name, in any case: \`name\`, \`student\`, \`student name\``)
  })

  it('names the line that looks like the header when a title is above it, as a school office\'s export starts', () => {
    // "Unexpected header `Klassenliste 9b;;`" and the list of headings did not say the header was on the next line.
    expect(read(rosterFile('Klassenliste 9b;;\nName;Vorname;Nr\nMüller;Jürgen;1\n')).messages).toEqual([
      expect.stringMatching(/class\.csv:1:1: error: Unexpected header `Klassenliste 9b;;`, expected a `name` column \(and optionally `id` and `group`\): line 2 \(`Name;Vorname;Nr`\) looks like the header: delete the line above it; headings read as the name/)
    ])
    // A title without a separator (the delimiter is then the header's, unknown): the header is found all the same.
    expect(read(rosterFile('Class 9b – spring term\n\nStudent name,ID\nAda,1\n')).messages).toEqual([expect.stringMatching(/: line 3 \(`Student name,ID`\) looks like the header: delete the lines above it; /)])
  })

  it('says a file whose first line reads as a student\'s has no header, and the line to add', () => {
    // A list of names pasted alone was told only which headings are read as the name.
    const names = rosterFile('Ada Lovelace\nBob Brown\n')
    expect(read(names).messages).toEqual([
      `${names}:1:1: error: Unexpected header \`Ada Lovelace\`, expected a \`name\` column (and optionally \`id\` and \`group\`): if line 1 is a student's, the file has no header: add the line \`name\` above it; headings read as the name, in any case: \`name\`, \`student\`, \`student name\`, \`full name\`, \`Schüler\`, \`Schülerin\`, \`Schülername\`, \`Name des Schülers\`; or the name in two columns, a given name (\`first name\`, \`Vorname\`) and a family name (\`last name\`, \`Nachname\`)  [roster-header]`
    ])
    expect(read(rosterFile('Ada Lovelace;101;9b\nBob Brown;102;9b\n')).messages).toEqual([expect.stringContaining(': if line 1 is a student\'s, the file has no header: add the line `name;id;group` above it; ')])
    expect(read(rosterFile('Ada Lovelace\t101\nBob Brown\t102\n')).messages).toEqual([expect.stringContaining(': add the line `name`, a tab, `id` above it; ')])
    // Not a header whose line does not read as the rows below it (`Raum` over `1`), nor one with a heading classpack reads.
    for (const text of ['Kennzahl;Raum\nAda;1\n', 'Pupil,ID\nAda,1\n', 'Ada Lovelace,101\nBob Brown\n', 'name|id\nAda|1\n']) expect(read(rosterFile(text)).messages, text).toEqual([expect.not.stringContaining('has no header')])
  })

  it('says a header whose fields are separated by `|` is so, not that it lacks a name column', () => {
    // `name|id` was answered with the list of headings read as the name, `name` among them.
    expect(read(rosterFile('name|id\nAda|1\n')).messages).toEqual([
      expect.stringContaining(': its fields are separated by `|`, which classpack does not read as a separator: separate them by `,`, `;` or tabs (in a spreadsheet, save as CSV); headings read as the name')
    ])
  })

  it('says a given name without a family name (or one without the other) is half a name, and how to print it alone', () => {
    // A primary class's `First name,Group` was answered with the list of headings alone, which did not say what was missing.
    expect(read(rosterFile('First name,Group\nAda,9b\n')).messages).toEqual([
      expect.stringMatching(/class\.csv:1:1: error: Unexpected header `First name,Group`, expected a `name` column \(and optionally `id` and `group`\): `First name` holds given names, but no column holds the family names \(`last name`, `Nachname`\) to join them with: add one, or rename `First name` to `name` to print given names alone; headings read as the name/)
    ])
    expect(read(rosterFile('Nachname;Klasse\nMüller;7a\n')).messages).toEqual([
      expect.stringMatching(/: `Nachname` holds family names, but no column holds the given names \(`first name`, `Vorname`\) to join them with: add one, or rename `Nachname` to `name` to print family names alone; /)
    ])
  })

  it('does not name a student\'s number, email or login as the column to head `name`, and reads a student number as the id', () => {
    // A school system's `LastFirst,Student_Number`: the message told the teacher to head the ids `name`.
    for (const header of ['LastFirst,Student_Number', 'LastFirst,Student No.', 'LastFirst,Student Email', 'LastFirst,Username', 'LastFirst,Schülernummer']) {
      const [message] = read(rosterFile(`${header}\n"Lovelace, Ada",1\n`)).messages
      expect(message, header).toMatch(/error: Unexpected header `[^`]+`, expected a `name` column \(and optionally `id` and `group`\): headings read as the name/)
    }
    // A student number (PowerSchool, UK schools) and Moodle's `ID number` are the id.
    for (const header of ['Name,Student Number', 'Name,student_number', 'First name,Last name,ID number']) {
      const { students, messages } = read(rosterFile(`${header}\n${header.startsWith('First') ? 'Ada,Lovelace' : 'Ada Lovelace'},S1\n`))
      expect(messages, header).toEqual([])
      expect(students?.map((s) => [s.name, s.id]), header).toEqual([['Ada Lovelace', 'S1']])
    }
  })

  it('builds a pack with one quiz per student', async () => {
    const roster = rosterFile(excel(['Name;ID', "O'Brien, Seán;S001", 'Zoë Ångström;S002']))
    const result = await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['html']), roster })
    expect(result.files.flatMap((f) => f.messages.map(String))).toEqual([])
    expect(result.target).toBeDefined()
    const manifest = JSON.parse(readFileSync(join(result.target!, 'manifest.json'), 'utf8')) as { students: Array<{ name: string; id: string }> }
    expect(manifest.students.map((s) => [s.name, s.id])).toEqual([
      ["O'Brien, Seán", 'S001'],
      ['Zoë Ångström', 'S002']
    ])
    // The grading sheet comes back as the roster went: `;`-separated, with a BOM so Excel reads UTF-8.
    const sheet = readFileSync(join(result.target!, 'grading.csv'))
    expect([...sheet.subarray(0, 3)]).toEqual(BOM)
    const rows = parse(sheet, { bom: true, delimiter: ';' }) as string[][]
    expect(rows[0]!.slice(0, 5)).toEqual(['name', 'id', 'group', 'version', 'file'])
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["O'Brien, Seán", 'S001'],
      ['Zoë Ångström', 'S002']
    ])
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true)
  })
})

describe('the delimiter', () => {
  it('is the one the header line (the first not blank) uses most, outside quotes; none when it uses none (a line is then one field)', () => {
    expect(detectDelimiter('name,id\nA;B,1\n')).toBe(',')
    expect(detectDelimiter('\uFEFFname;id;group\r\n')).toBe(';')
    expect(detectDelimiter('name\tid\n')).toBe('\t')
    expect(detectDelimiter('"last, first";id\n')).toBe(';')
    expect(detectDelimiter('\uFEFF\r\n  \r\nName;ID\r\n')).toBe(';')
    expect(detectDelimiter('name\nAda\n')).toBeUndefined()
  })

  it('is the one Excel\'s `sep=;` first line names, and the header is the line after it', () => {
    // It was read as the header: "Unexpected header `sep=;`".
    const { students, messages } = read(rosterFile(excel(['sep=;', 'Name;ID', 'Müller, Hans;101', 'Ada;102'])))
    expect(messages).toEqual([])
    expect(students?.map((s) => [s.name, s.id, s.line])).toEqual([
      ['Müller, Hans', '101', 3],
      ['Ada', '102', 4]
    ])
    expect(detectDelimiter('\uFEFFsep=;\r\nname,id\r\n')).toBe(';')
    expect(detectDelimiter('SEP=,\nname;id\n')).toBe(',')
    expect(read(rosterFile('sep=\t\nname\tid\nAda, B\t1\n')).students?.map((s) => [s.name, s.id])).toEqual([['Ada, B', '1']])
    // A separator classpack does not read is said at that line.
    expect(read(rosterFile('sep=|\nname|id\n')).messages).toEqual([expect.stringMatching(/class\.csv:1:1: error: Unexpected separator `\|` in `sep=\|`, expected `sep=,`, `sep=;` or a tab after `sep=`: classpack reads fields separated by one of those {2}\[roster-csv\]$/)])
  })

  it('one column: each line is a name, commas and all, as Excel writes them where `;` is the separator', () => {
    const { students, messages } = read(rosterFile(excel(['Name', 'Müller, Hans', '"Schmidt, Anna"', 'Ng, Zoë'])))
    expect(messages).toEqual([])
    expect(students?.map((s) => [s.name, s.line])).toEqual([
      ['Müller, Hans', 2],
      ['Schmidt, Anna', 3],
      ['Ng, Zoë', 4]
    ])
  })

  it('is found after blank lines before the header, and lines keep their numbers', () => {
    const { students, messages } = read(rosterFile(excel(['', 'Name;ID', 'Ada Lovelace;S1', ';'])))
    expect(messages).toEqual([])
    expect(students?.map((s) => [s.name, s.id, s.line])).toEqual([['Ada Lovelace', 'S1', 3]])
  })

  it('refuses rows separated by another separator than the header\'s, once, at the first such row: each row\'s fields ran together into its name', () => {
    // `name;id` over `Hans Müller0,0`: 40 warnings, names "Hans Müller0,0" and every id dropped, and a pack built.
    const rows = Array.from({ length: 40 }, (_, i) => `Hans Müller${i},${i}`)
    const path = rosterFile(['name;id', ...rows, ''].join('\n'))
    const { students, messages } = read(path)
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      `${path}:2:1: error: Unexpected \`,\` between the fields of this row where the header uses \`;\`, so its fields run together (\`Hans Müller0,0\` is read as one), expected one separator throughout: write the header and the rows with the same one; 39 more rows have the same problem (lines 3–41)  [roster-csv]`
    ])
    // The reverse, one row alone, and a quoted name before the other separator.
    expect(read(rosterFile('name,id\nAda,1\nHans Müller;2\n')).messages).toEqual([expect.stringContaining(':3:1: error: Unexpected `;` between the fields of this row where the header uses `,`, so its fields run together (`Hans Müller;2` is read as one)')])
    expect(read(rosterFile(excel(['Name;ID', '"Müller, Hans",1', '"Ng, Zoë",2']))).messages).toEqual([expect.stringContaining(':2:1: error: Unexpected `,` between the fields of this row where the header uses `;`, so its fields run together (`"Müller, Hans",1` is read as one), expected one separator throughout: write the header and the rows with the same one; 1 more row has the same problem (line 3)  [roster-csv]')])
    // A name written "Family, Given" in a row without an id is a name, as Excel writes it where `;` separates.
    expect(read(rosterFile('name;id\nAda,\n')).messages).toEqual([expect.stringContaining(':2:1: error: Unexpected `,` between the fields of this row where the header uses `;`')])
    // A row that holds the header's separator uses it: the comma is in the name.
    expect(read(rosterFile('name;id;group\nMüller,Hans;1\n')).students?.map((s) => [s.name, s.id])).toEqual([['Müller,Hans', '1']])
    const family = read(rosterFile('name;id\nMüller, Hans\nAda;2\n'))
    expect(family.students?.map((s) => [s.name, s.id])).toEqual([
      ['Müller, Hans', null],
      ['Ada', '2']
    ])
  })

  it('tab: a roster pasted from a spreadsheet is read', () => {
    const { students, messages } = read(rosterFile('name\tid\nAda Lovelace\tS1\nGrace, Hopper\tS2\n'))
    expect(messages).toEqual([])
    expect(students?.map((s) => [s.name, s.id, s.line])).toEqual([
      ['Ada Lovelace', 'S1', 2],
      ['Grace, Hopper', 'S2', 3]
    ])
  })
})

describe('the grading sheet\'s separator', () => {
  it('is `,` after a tab-separated roster, which Excel would open as one column; `;` after a `;` roster', async () => {
    for (const [roster, separator] of [
      ['name\tid\nAda Lovelace\tS1\nGrace, Hopper\tS2\n', ','],
      ['name;id\nAda Lovelace;S1\nGrace, Hopper;S2\n', ';']
    ] as const) {
      const result = await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['moodle']), roster: rosterFile(roster) })
      const sheet = readFileSync(join(result.target!, 'grading.csv'), 'utf8')
      expect(sheet.includes('\t'), separator).toBe(false)
      expect(sheet.split('\r\n')[0], separator).toMatch(new RegExp(`^\uFEFFname${separator}id${separator}group${separator}version${separator}`))
      const rows = parse(sheet, { bom: true, delimiter: separator }) as string[][]
      expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
        ['Ada Lovelace', 'S1'],
        ['Grace, Hopper', 'S2']
      ])
    }
  })
})

describe('the grading sheet\'s cells', () => {
  it('defuse what a spreadsheet would run as a formula with a `\'`, but not a plain negative number', async () => {
    // Every cell goes through one writer, names and ids as the answers (a numeric item's `-8 years`).
    const roster = rosterFile('name,id\n=1+1,1\n-8 years,2\n@SUM(A1),-8\n+3,-4.5\n-8,-1\n')
    const result = await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['moodle']), roster })
    const rows = parse(readFileSync(join(result.target!, 'grading.csv')), { bom: true }) as string[][]
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["'=1+1", '1'],
      ["'-8 years", '2'],
      ["'@SUM(A1)", '-8'],
      ["'+3", '-4.5'],
      ['-8', '-1']
    ])
  })
})

describe('columns and names a spreadsheet may hold', () => {
  it('warns about the columns classpack does not read, once, naming the column they may mean; refuses a column given twice', () => {
    // One warning for them all, at the first: a pack's grading.csv (a column a question) gave 12, a Canvas export 20 and more.
    expect(read(rosterFile('Name;Kennzahl;Raum\nAda;1;A\n')).messages).toEqual([
      expect.stringMatching(/class\.csv:1:6: warning: Unexpected columns `Kennzahl` and `Raum`, expected `name`, `id`, `group`: their values are not used \(if one of them holds the students' id or group, name it `id` or `group`\) {2}\[roster-column\]$/)
    ])
    // A column without a heading that holds values (`Name` merged over the family and the given names) is named too;
    // the given names were left out unsaid. Empty ones past the header (Excel's `;` after every line) are not.
    expect(read(rosterFile('Name;;Klasse;\nMüller;Jürgen;7a;\nSchmidt;Anna;7a;\n')).messages).toEqual([
      expect.stringMatching(/class\.csv:1:6: warning: Unexpected column without a heading \(the 2nd, holding `Jürgen`\), expected `name`, `id`, `group`: its values are not used \(if it holds the students' id, name it `id`\) {2}\[roster-column\]$/)
    ])
    expect(read(rosterFile('Name;ID;;Klasse;X;\nAda;1;x;7a;;\n')).messages).toEqual([expect.stringMatching(/class\.csv:1:9: warning: Unexpected columns the 3rd \(without a heading, holding `x`\) and `X`, expected /)])
    const questions = Array.from({ length: 10 }, (_, i) => `q${i + 1}`).join(',')
    expect(read(rosterFile(`name,id,group,version,file,${questions}\nAda,1,A,B,quiz/001-ada.pdf,A,B,C,D,A,B,C,D,A,B\n`)).messages).toEqual([
      expect.stringMatching(/class\.csv:1:15: warning: Unexpected columns `version`, `file`, `q1`, `q2`, `q3` and 7 more, expected `name`, `id`, `group`: their values are not used {2}\[roster-column\]$/)
    ])
    // The hint names only the columns still missing.
    expect(read(rosterFile('Name;Raum;Gruppe\nAda;3;A\n')).messages).toEqual([
      expect.stringMatching(/class\.csv:1:6: warning: Unexpected column `Raum`, expected `name`, `id`, `group`: its values are not used \(if it holds the students' id, name it `id`\) {2}\[roster-column\]$/)
    ])
    const twice = read(rosterFile('Name,Name,ID\nAda,Lovelace,1\n'))
    expect(twice.students).toBeUndefined()
    expect(twice.messages).toEqual([expect.stringMatching(/class\.csv:1:6: error: Unexpected second `name` column, expected each of `name`, `id`, `group` once {2}\[roster-header\]$/)])
    // `Name` beside a name in two columns: both cells are named, neither being `name`.
    const split = read(rosterFile('Vorname;Nachname;Name\nJürgen;Müller;JM\n'))
    expect(split.students).toBeUndefined()
    expect(split.messages).toEqual([expect.stringMatching(/class\.csv:1:18: error: Unexpected second `name` column \(`Name`: the name is in `Vorname` and `Nachname` already\), expected each of `name`, `id`, `group` once {2}\[roster-header\]$/)])
    expect(read(rosterFile('Name;Vorname;Nachname\nJM;Jürgen;Müller\n')).messages).toEqual([expect.stringMatching(/class\.csv:1:14: error: Unexpected second `name` column \(`Vorname` and `Nachname`: the name is in `Name` already\)/)])
    // Two headings for one column (`ID` and `Nr.`): which holds the id is not for classpack to guess.
    const synonyms = read(rosterFile('Name;ID;Nr.\nAda;1;2\n'))
    expect(synonyms.students).toBeUndefined()
    expect(synonyms.messages).toEqual([
      expect.stringMatching(/class\.csv:1:9: error: Unexpected second `id` column \(`Nr\.`, after `ID`, which is read as the id too\), expected each of `name`, `id`, `group` once: rename the one that holds something else to a heading classpack does not read, or delete it {2}\[roster-header\]$/)
    ])
    // A running number headed `Nr.` before the ids: the message at `ID` named no first id column, and `Nr.` is none to a reader.
    expect(read(rosterFile('Nr.;Name;ID\n1;Ada;S100\n')).messages).toEqual([expect.stringMatching(/class\.csv:1:10: error: Unexpected second `id` column \(`ID`, after `Nr\.`, which is read as the id too\), expected/)])
  })

  it('reads German and other common headings for each column, in any case', () => {
    const ada = (group: string | null = 'A'): object[] => [{ name: 'Ada', id: '7', group, line: 2 }]
    for (const header of [
      'Name;ID;Gruppe',
      'Name;Nr.;Gruppe',
      'name;nr;klasse',
      'Sch\u00fcler;Nummer;Kurs',
      // "Schüler" typed with a combining diaeresis (a Mac's file names, some exports) is the same heading.
      'Schu\u0308ler;Nummer;Kurs',
      'SCH\u00dcLERIN;Matrikelnummer;KLASSE',
      'Student;Kennung;Class',
      'student;student id;section',
      ' Name ;Student_ID;Section'
    ]) {
      const { students, messages } = read(rosterFile(`${header}\nAda;7;A\n`))
      expect(messages, header).toEqual([])
      expect(students, header).toEqual(ada())
    }
  })

  it('refuses a name of invisible characters only, at its line, as an empty one', () => {
    const { students, messages } = read(rosterFile('name,id\nAda,1\n\u200b,2\n\u200e\u200f,3\n\u00ad,4\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      expect.stringMatching(/class\.csv:3:1: error: Unexpected name of invisible characters only \(U\+200B\), expected every row to name a student {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:4:1: error: Unexpected name of invisible characters only \(U\+200E U\+200F\), expected every row to name a student {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:5:1: error: Unexpected name of invisible characters only \(U\+00AD\), expected every row to name a student {2}\[roster-name\]$/)
    ])
  })

  it('refuses a name of fillers, blanks or lone marks, which printed blank: whatever prints as nothing is invisible', () => {
    const { students, messages } = read(rosterFile('name,id\nAda,1\n\u3164,2\n\u2800\u2800,3\n\u115F\u1160,4\n\uFFA0,5\n\uFE0F,6\n\u0301\u0301,7\n\u200B\u0301,8\n'))
    expect(students).toBeUndefined()
    const said = (line: number, what: string, chars: string) => expect.stringMatching(new RegExp(`class\\.csv:${line}:1: error: Unexpected name of ${what} only \\(${chars.replace(/\+/g, '\\+')}\\), expected every row to name a student {2}\\[roster-name\\]$`))
    expect(messages).toEqual([
      said(3, 'invisible characters', 'U+3164'),
      said(4, 'invisible characters', 'U+2800 U+2800'),
      said(5, 'invisible characters', 'U+115F U+1160'),
      said(6, 'invisible characters', 'U+FFA0'),
      said(7, 'invisible characters', 'U+FE0F'),
      said(8, 'combining marks', 'U+0301 U+0301'),
      said(9, 'invisible characters and combining marks', 'U+200B U+0301')
    ])
    // Marks on letters, a Hangul name and an emoji with its variation selector are names.
    expect(read(rosterFile('name\nA\u030Angström\n\uD55C\uC9C0\uBBFC\n\u2764\uFE0F Bo\n')).messages).toEqual([])
  })

  it('reports a name column empty on every row once, at its first row, counting the rest', () => {
    // A `name` heading over an empty column gave one error a student: 30 lines for one cause.
    const rows = Array.from({ length: 30 }, (_, i) => `,${100 + i}\n`).join('')
    const { students, messages } = read(rosterFile(`name,id\n${rows}`))
    expect(students).toBeUndefined()
    expect(messages).toEqual([expect.stringMatching(/class\.csv:2:1: error: Unexpected empty name, expected every row to name a student; 29 more rows have the same problem \(lines 3–31\) {2}\[roster-name\]$/)])
  })

  it('refuses names without a letter beside ids with one, the headings over each other\'s column, once', () => {
    // `id,name` over `Ada Lovelace,100`: every quiz printed "Name: 100 · ID: Ada Lovelace", filed as 001-100.pdf.
    const { students, messages } = read(rosterFile('ID,Name\nAda Lovelace,100\nZoë Ng,101\nBo Li,102\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      expect.stringMatching(
        /class\.csv:2:14: error: Unexpected name `100` without a letter beside the id `Ada Lovelace`, expected the student's name under `Name` and their id under `ID`: the two look swapped, and the quiz would print the id as the name; 2 more rows have the same problem \(lines 3–4\): where every row is so, swap the headings `Name` and `ID` {2}\[roster-name\]$/
      )
    ])
    // Quizzes by number (no names on paper) stay allowed, with ids of digits or none; and a name in any script has letters.
    expect(read(rosterFile('name,id,group\n1001,1,9b\n1002,,9b\n')).messages).toEqual([])
    expect(read(rosterFile('name,id\n王小明,S1\nสมชาย ใจดี,S2\nअमित शर्मा,S3\n')).messages).toEqual([])
  })

  it('refuses an id or group of invisible characters only, at its field: it printed as nothing and could not be typed', () => {
    const { students, messages } = read(rosterFile('name,id,group\nAda,1,A\nBo,\u200b,A\nCy,3,\u3164\nDi,,\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      expect.stringMatching(/class\.csv:3:4: error: Unexpected id of invisible characters only \(U\+200B\), expected the student's id or an empty field {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:4:6: error: Unexpected group of invisible characters only \(U\+3164\), expected the student's group or an empty field {2}\[roster-name\]$/)
    ])
  })

  it('refuses a line or paragraph separator (U+2028, U+2029) in a name as a line break, which printed as a space', () => {
    const { students, messages } = read(rosterFile('name,id,group\nAnn\u2028Lee,1,A\nBo,2,B\u2029C\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      expect.stringMatching(/class\.csv:2:1: error: Unexpected line separator U\+2028 in the name `Ann Lee`, expected text that prints on one line: put a space in its place {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:3:6: error: Unexpected paragraph separator U\+2029 in the group `B C`, expected text that prints on one line: put a space in its place {2}\[roster-name\]$/)
    ])
  })

  it('refuses a control character or a direction override in a name, id or group, at its field', () => {
    // Both were printed as they came: U+0001 into every page and grading.csv, and an
    // unclosed U+202E turned the quiz's "· ID: 3" after the name right to left.
    const { students, messages } = read(rosterFile('name,id,group\nAda,1,A\nAn\u0001na,2,A\nBo,3\u0007,A\n\u0645\u062d\u0645\u062f\u202e evil,4,A\nCy,5,\u2066B\n\u0645\u062d\u0645\u062f\u200f,6,B\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      expect.stringMatching(/class\.csv:3:1: error: Unexpected control character U\+0001 in the name `Anna`, expected text that prints: delete it {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:4:4: error: Unexpected control character U\+0007 in the id `3`, expected text that prints: delete it {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:5:1: error: Unexpected direction control U\+202E in the name `\u0645\u062d\u0645\u062f evil`, expected text that prints: delete it \(a right-to-left name needs none\) {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:6:6: error: Unexpected direction control U\+2066 in the group `B`, expected text that prints: delete it \(a right-to-left name needs none\) {2}\[roster-name\]$/)
    ])
    // A right-to-left mark (U+200F) is no override: that name is fine.
    expect(read(rosterFile('name\n\u0645\u062d\u0645\u062f\u200f\n')).students?.map((s) => s.name)).toEqual(['\u0645\u062d\u0645\u062f\u200f'])
  })

  it('refuses a tab or a line break inside a quoted name, id or group, as any control character, at its row', () => {
    // Both were taken: the PDF printed "Multi Line" and grading.csv kept the raw line break.
    const { students, messages } = read(rosterFile('name,id,group\nAda,1,A\n"Multi\nLine",2,A\n"Tab\there",3,A\nBo,"4\r\n",A\nCy,5,"B\tC"\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([
      expect.stringMatching(/class\.csv:3:1: error: Unexpected control character U\+000A \(a line break\) in the name `Multi Line`, expected text that prints on one line: put a space in its place {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:5:1: error: Unexpected control character U\+0009 \(a tab\) in the name `Tab here`, expected text that prints on one line: put a space in its place {2}\[roster-name\]$/),
      expect.stringMatching(/class\.csv:8:6: error: Unexpected control character U\+0009 \(a tab\) in the group `B C`, expected text that prints on one line: put a space in its place {2}\[roster-name\]$/)
    ])
    // A line break at a field's end is trimmed, as spaces are: Bo's id `4\r\n` is `4`.
    expect(read(rosterFile('name,id\nBo,"4\r\n"\n')).students?.map((s) => s.id)).toEqual(['4'])
  })

  it('says a UTF-16 file (Excel\'s "Unicode Text") is UTF-16, and a folder is not a file', () => {
    // What the loader says of the bytes; a build reads no roster it reported (build.ts).
    const loaded = (path: string): string[] => formatMessages([loadRoster(path)]).split('\n')
    expect(loaded(rosterFile([0xff, 0xfe, ...Buffer.from('name\r\nAda\r\n', 'utf16le')]))).toEqual([
      expect.stringMatching(/class\.csv:1:1: error: Unexpected UTF-16 text, expected a UTF-8 text file \(save it as UTF-8; in Excel, as "CSV UTF-8"\) {2}\[file-encoding\]$/)
    ])
    expect(loaded(rosterFile([...Buffer.from('name\nAda\n', 'utf16le')]))).toEqual([expect.stringMatching(/error: Unexpected UTF-16 text/)])
    expect(loaded(tempDir())).toEqual([expect.stringMatching(/: error: Unexpected folder `[^`]+`, expected a file {2}\[file-unreadable\]$/)])
  })

  it('names a workbook or a PDF given as the roster, with what to save instead, at 1:1', () => {
    // A teacher's class.xlsx (or one renamed .csv) was "binary content (a NUL byte)" at 1:6,
    // a PDF of the class list "byte 0xe2 that is not UTF-8" at 2:2: neither said what to do.
    const loaded = (path: string): string[] => formatMessages([loadRoster(path)]).split('\n')
    const zip = (entry: string): number[] => [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, ...Buffer.from(`\0\0\0\0${entry}<x/>`, 'latin1')]
    expect(loaded(rosterFile(zip('xl/workbook.xml'), 'class.xlsx'))).toEqual([
      expect.stringMatching(/class\.xlsx:1:1: error: Unexpected Excel workbook \(\.xlsx\), expected a UTF-8 text file \(open it and save it as CSV; in Excel, as "CSV UTF-8"\) {2}\[file-binary\]$/)
    ])
    expect(loaded(rosterFile(zip('xl/workbook.xml')))).toEqual([expect.stringMatching(/class\.csv:1:1: error: Unexpected Excel workbook \(\.xlsx\), expected/)])
    expect(loaded(rosterFile([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'class.xls'))).toEqual([expect.stringMatching(/class\.xls:1:1: error: Unexpected Excel 97–2003 workbook \(\.xls\) or other Office 97–2003 file, expected/)])
    expect(loaded(rosterFile([...Buffer.from('%PDF-1.4\n%', 'latin1'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a], 'class.pdf'))).toEqual([
      expect.stringMatching(/class\.pdf:1:1: error: Unexpected PDF document, expected a UTF-8 text file \(put the names in a spreadsheet and save it as CSV; in Excel, as "CSV UTF-8"\) {2}\[file-binary\]$/)
    ])
  })

  it('says of a roster too large to read how to make it smaller', () => {
    // A school system's export with every column it keeps: "expected at most 1 MB", and no more, left the teacher to guess.
    const row = `Ada Lovelace,1,7a,${'x'.repeat(300)}\n`
    const loaded = formatMessages([loadRoster(rosterFile(`name,id,group,notes\n${row.repeat(4000)}`))]).split('\n')
    expect(loaded).toEqual([expect.stringMatching(/class\.csv: error: Unexpected file of 1\.2 MB, expected at most 1 MB: keep only the name, id and group columns \(save a copy without the others\) {2}\[file-too-large\]$/)])
  })

  it('says where a byte that is not UTF-8 is in a file whose lines end in a carriage return alone, and how Excel saves UTF-8', () => {
    // Excel for Mac's "CSV (Macintosh)": Mac Roman, lines ended by CR. Its "é" (0x8e) was put on line 1, at column 18.
    const loaded = (path: string): string[] => formatMessages([loadRoster(path)]).split('\n')
    expect(loaded(rosterFile([...Buffer.from('name,id\rAda,1\rRen', 'latin1'), 0x8e, ...Buffer.from(' M\x9fller,2\r', 'latin1')]))).toEqual([
      expect.stringMatching(/class\.csv:3:4: error: Unexpected byte 0x8e that is not UTF-8, expected a UTF-8 text file \(save it as UTF-8; in Excel, as "CSV UTF-8"\) {2}\[file-encoding\]$/)
    ])
  })

  it('has its problems reported in the same run as the module\'s', async () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('    kind: causal', '    kind: casual') })
    const result = await buildPack({ dir, out: tempDir(), formats: new Set(['html']), roster: rosterFile('name,id\nAda,1\nGrace,1\n') })
    const text = formatMessages(result.files)
    expect(text).toMatch(/claims\.yaml:\d+:\d+: error: Unexpected `casual`/)
    expect(text).toMatch(/class\.csv:3:7: error: Unexpected id `1` again \(first on line 2\)/)
    expect(result.target).toBeUndefined()
  })
})

describe('names as the roster writes them', () => {
  it('come back in grading.csv and manifest.json as written (decomposed, a compatibility ideograph), and print composed', async () => {
    // Loaded composed (NFC) as the module's text is, "A" + U+030A came back as "Å" and U+F9E1 as U+674E.
    const names = ['A\u030Angström', '\uF9E1世民', 'Nguye\u0302\u0303n Thi\u0323', 'Ada']
    const roster = rosterFile(`name,id,group\n${names.map((n, i) => `${n},I${i}\u0301,G\u0301`).join('\n')}\n`)
    const result = await buildPack({ dir: DEMO, out: tempDir(), formats: new Set(['html']), roster })
    expect(result.files.flatMap((f) => f.messages.map(String))).toEqual([])
    const sheet = parse(readFileSync(join(result.target!, 'grading.csv')), { bom: true }) as string[][]
    expect(sheet.slice(1).map((r) => r.slice(0, 3))).toEqual(names.map((n, i) => [n, `I${i}\u0301`, 'G\u0301']))
    const manifest = JSON.parse(readFileSync(join(result.target!, 'manifest.json'), 'utf8')) as { students: Array<{ name: string; id: string; group: string; file: string }> }
    expect(manifest.students.map((s) => [s.name, s.id, s.group])).toEqual(names.map((n, i) => [n, `I${i}\u0301`, 'G\u0301']))
    // Printed composed, as before: the PDF's fonts stack a composed "ễ", not "e" and two marks.
    const quiz = readFileSync(join(result.target!, manifest.students[2]!.file), 'utf8')
    expect(quiz).toContain('Nguyễn Thị')
    expect(quiz).not.toContain('Nguye\u0302')
    expect(manifest.students.map((s) => s.file)).toEqual(['quiz/001-angstrom.html', 'quiz/002-li-shi-min.html', 'quiz/003-nguyen-thi.html', 'quiz/004-ada.html'])
  })

  it('compares ids composed: one typed composed and one decomposed are the same id', () => {
    const { students, messages } = read(rosterFile('name,id\nAda,\u00C51\nBob,A\u030A1\n'))
    expect(students).toBeUndefined()
    expect(messages).toEqual([expect.stringMatching(/class\.csv:3:5: error: Unexpected id `A\u030A1` again \(first on line 2\)/)])
  })
})

describe('one roster for several modules', () => {
  it('has each of its messages printed once, not once per module', async () => {
    const roster = rosterFile('name,id,Raum\nAda,1,7a\n\u200b,2,7a\n')
    const result = await run(['build', DEMO, TINY, '--roster', roster, '--out', tempDir(), '--format', 'moodle'])
    expect(result.code).toBe(1)
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(roster))
    expect(lines).toEqual([
      expect.stringMatching(/class\.csv:1:9: warning: Unexpected column `Raum`/),
      expect.stringMatching(/class\.csv:3:1: error: Unexpected name of invisible characters only \(U\+200B\)/)
    ])
    // Each module still says that it wrote nothing.
    expect(result.stderr).toContain(`${DEMO}: nothing written`)
    expect(result.stderr).toContain(`${TINY}: nothing written`)
  })
})

describe('quiz file names', () => {
  it('spell umlauts out in a German pack (Müller → mueller), and drop their dots elsewhere, as before', () => {
    const names = ['Müller, Jürgen', 'Schäfer', 'ÖZTÜRK', 'Weißmüller', 'Zoë Brandstätter', 'Mu\u0308ller']
    expect(names.map((n, i) => studentFileBase(i, 6, n, transliterate, 'de'))).toEqual(['001-mueller-juergen', '002-schaefer', '003-oeztuerk', '004-weissmueller', '005-zoe-brandstaetter', '006-mueller'])
    expect(studentFileBase(0, 1, 'Müller, Jürgen', transliterate, 'de-AT')).toBe('001-mueller-juergen')
    // Without the transliteration table too.
    expect(studentFileBase(0, 1, 'Müller, Jürgen', null, 'de')).toBe('001-mueller-juergen')
    expect(names.map((n, i) => studentFileBase(i, 6, n, transliterate, 'en'))).toEqual(['001-muller-jurgen', '002-schafer', '003-ozturk', '004-weissmuller', '005-zoe-brandstatter', '006-muller'])
    expect(studentFileBase(0, 1, 'Müller, Jürgen', transliterate)).toBe('001-muller-jurgen')
  })

  it('of names in Latin script are the ones any-ascii gives, without loading it', () => {
    // Every character the shortcut takes, alone and between letters, in English and German packs.
    const taken: string[] = []
    for (const [from, to] of [[0, 0x36f], [0x1e00, 0x1eff]] as const) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code)
        if (inLatinScript(char)) taken.push(char)
      }
    }
    expect(taken.length).toBeGreaterThan(500)
    expect(taken).toEqual(expect.arrayContaining(['ø', 'ı', 'ł', 'ß', 'é', '\u0301', "'", 'Œ']))
    // Random names of them too: NFKD works on the whole name, marks apart from their letters included.
    let seed = 7
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const names = [...taken.map((c) => `a${c}b`), ...Array.from({ length: 3000 }, () => Array.from({ length: 1 + next(12) }, () => taken[next(taken.length)]!).join(''))]
    for (const lang of ['en', 'de']) {
      for (const name of names) {
        const spelled = isGerman(lang) ? spellGerman(name) : name
        if (!inLatinScript(spelled)) continue
        expect([name, studentFileBase(0, 1, name, latinAscii, lang)]).toEqual([name, studentFileBase(0, 1, name, transliterate, lang)])
      }
    }
    // Names in other scripts, and letters any-ascii spells out, take the table.
    expect(['Дмитрий', '王小明', 'Ἀλέξανδρος', 'a\u0363', '£', 'Zoë Ng\u200b'].filter(inLatinScript)).toEqual([])
    expect(inLatinScript("Seán O'Brien-Yılmaz, Søren Łukasiewicz")).toBe(true)
  })

  it('are cut at the end of a word within 40 characters, a word longer than that where it reaches them', () => {
    const long = 'Maximiliane Adelheid Friederike von Hohenzollern-Sigmaringen'
    expect(studentFileBase(4, 9, long, transliterate)).toBe('005-maximiliane-adelheid-friederike-von')
    // A hyphen right after the 40th character ends the word there.
    expect(studentFileBase(0, 1, `${'a'.repeat(19)} ${'b'.repeat(20)} c`, transliterate)).toBe(`001-${'a'.repeat(19)}-${'b'.repeat(20)}`)
    expect(studentFileBase(0, 1, 'Hubertus'.repeat(6), transliterate)).toBe(`001-${'hubertus'.repeat(5)}`)
    // Names alike up to the cut stay apart by their place in the roster.
    const twins = [`${long} Alpha`, `${long} Beta`].map((n, i) => studentFileBase(i, 2, n, transliterate))
    expect(twins).toEqual(['001-maximiliane-adelheid-friederike-von', '002-maximiliane-adelheid-friederike-von'])
  })

  it("follow the pack's language: an English article printed in German (`--lang de`) spells umlauts out", async () => {
    const roster = rosterFile('name,id\n"Müller, Jürgen",1\nZoë Schäfer,2\n')
    const files = async (lang?: string): Promise<string[]> => {
      const result = await buildPack({ dir: TINY, out: tempDir(), formats: new Set(['html']), roster, ...(lang ? { lang } : {}) })
      const manifest = JSON.parse(readFileSync(join(result.target!, 'manifest.json'), 'utf8')) as { students: Array<{ file: string }> }
      return manifest.students.map((s) => s.file)
    }
    expect(await files('de')).toEqual(['quiz/001-mueller-juergen.html', 'quiz/002-zoe-schaefer.html'])
    expect(await files()).toEqual(['quiz/001-muller-jurgen.html', 'quiz/002-zoe-schafer.html'])
  })
})

describe('grading.csv read back as a roster', () => {
  // A teacher keeps the sheet a pack gave and builds the next module from it: whatever header
  // it writes, in each UI language, names the same students, ids and groups.
  it.each([
    ['German', join(ROOT, 'tests/fixtures/german'), 'Name;Nr.;Gruppe\n"Müller, Jürgen";D1;7a\nZoë Schäfer;D2;7b\nAda;;7a\n'],
    ['English', TINY, 'name,id,group\n"Müller, Jürgen",E1,7a\nZoë Schäfer,E2,7b\nAda,,7a\n']
  ])('in a %s pack', async (_, dir, text) => {
    const roster = read(rosterFile(text))
    expect(roster.messages).toEqual([])
    const result = await buildPack({ dir, out: tempDir(), formats: new Set(['html']), roster: rosterFile(text) })
    expect(result.target, formatMessages(result.files)).toBeDefined()
    const sheet = read(join(result.target!, 'grading.csv'))
    const people = (students: ReturnType<typeof readRoster>): unknown => students?.map(({ name, id, group }) => ({ name, id, group }))
    expect(people(sheet.students)).toEqual(people(roster.students))
    // The sheet's other columns (version, file, each question) are named as not read, in one warning; its name, id and group are read.
    expect(sheet.messages).toEqual([expect.stringMatching(/:1:\d+: warning: Unexpected columns `(?:version|Version)`, `(?:file|Datei)`, /)])
    const unread = [...sheet.messages[0]!.split(', expected')[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
    expect(unread.filter((c) => /^(?:name|nr\.|gruppe|id|group)$/i.test(c))).toEqual([])
  })
})

describe('a roster in a pack without a quiz file per student', () => {
  it('names in grading.csv and manifest.json only files there are: the print bundle, or none for exports alone', async () => {
    const roster = rosterFile('name,id\nAda,1\nGrace,2\n')
    for (const [formats, file, says] of [
      [['moodle'], '', /A grading sheet for the 2 students, mapping each student to a version and its answers:/],
      [['print'], 'print-bundle.pdf', /One quiz per student \(2 students\) in the print bundle, and a grading sheet mapping each student/]
    ] as const) {
      const out = tempDir()
      const result = await buildPack({ dir: DEMO, out, formats: new Set(formats), roster })
      const pack = result.target!
      const sheet = parse(readFileSync(join(pack, 'grading.csv')), { bom: true }) as string[][]
      expect(sheet.slice(1).map((row) => row[4])).toEqual([file, file])
      const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { students: Array<{ file?: string }>; files: Array<{ path: string }> }
      expect(manifest.students.map((s) => s.file ?? '')).toEqual([file, file])
      const listed = new Set(manifest.files.map((f) => f.path))
      for (const s of manifest.students) if (s.file) expect(listed.has(s.file)).toBe(true)
      expect(readFileSync(join(pack, 'index.html'), 'utf8')).toMatch(says)
    }
  })
})
