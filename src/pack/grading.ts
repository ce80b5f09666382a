// grading.csv: one row per student with their version, quiz file and the correct answer
// to each question in the order they see it (each type words its own cell).
import { LANGUAGES, type UiStrings } from '../lang/index.js'
import type { AssignedStudent } from '../roster/assign.js'
import type { Selection } from '../select/model.js'
import { letter } from '../select/versions.js'
import { typeOf, wordsOf } from '../types/index.js'

/**
 * A plain negative number (`-8`, `-4,2`): a spreadsheet reads it as a number, and nothing of
 * digits and a point or comma can be a formula that does anything.
 */
const NEGATIVE_NUMBER = /^-\d+(?:[.,]\d+)*$/

/**
 * A CSV field, quoted when needed; a leading `= + - @` is defused with a `'` so spreadsheets
 * never run it as a formula (a name `=HYPERLINK(…)`). That includes a numeric answer with its
 * unit, `-8 years`: Excel reads whatever starts with `-` and is no number as a formula, here
 * `-8` meeting the undefined name `years` (a space is its intersection operator), and shows an
 * error where the answer was. A plain negative number is left as it is.
 */
function field(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NEGATIVE_NUMBER.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The sheet's text; header and cells in `strings`' language (the module's), fields apart by
 * `,` or, after a `;`-separated roster, by `;`. It starts with a byte order mark: without one Excel reads
 * UTF-8 as the local code page, and "Müller" or "王小明" come out garbled.
 */
/** Where the students' quizzes are: a file each in the `quiz` folder (PDF or HTML), the print bundle, or nowhere (a pack of exports). */
export type StudentQuizzes = 'pdf' | 'html' | 'print' | null

/** The file that holds `student`'s quiz, as grading.csv and manifest.json name it; empty when the pack has none. */
export function studentFile(student: AssignedStudent, quizzes: StudentQuizzes): string {
  return quizzes === 'print' ? 'print-bundle.pdf' : quizzes ? `${student.base}.${quizzes}` : ''
}

export function gradingSheet(selection: Selection, students: readonly AssignedStudent[], quizzes: StudentQuizzes, strings: UiStrings = LANGUAGES[0]!, rosterSeparator = ','): string {
  // Excel opens a .csv split at the list separator of its locale, `,` or `;` (hence the roster's
  // `;` is kept), never at tabs: a tab-separated sheet opened as one column. A roster pasted
  // from a spreadsheet with tabs gets commas.
  const separator = rosterSeparator === '\t' ? ',' : rosterSeparator
  const words = strings.grading
  const count = Math.max(...selection.versions.map((v) => v.items.length))
  const header = [words.name, words.id, words.group, words.version, words.file, ...Array.from({ length: count }, (_, i) => words.question(i + 1))]
  const rows = students.map((s) => {
    const version = selection.versions[s.version]!
    const answers = version.items.map((p) => {
      const type = typeOf(p.item)
      return type.gradingCell(p, wordsOf(type, strings))
    })
    // The roster's own bytes, not the composed (NFC) name printed: a platform or a spreadsheet
    // matching the sheet against the roster finds each name and id as it was.
    const { name, id, group } = s.asWritten ?? s
    return [name, id ?? '', group ?? '', version.id ?? letter(s.version), studentFile(s, quizzes), ...answers]
  })
  return '\uFEFF' + [header, ...rows].map((r) => r.map((f) => field(f, separator)).join(separator)).join('\r\n') + '\r\n'
}
