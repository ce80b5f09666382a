// Characters of a module's own text (article, claims, questions, course details) that no
// bundled face draws, an emoji or Linear B: the PDFs and the print bundle would print each as
// an empty box where the HTML pages show it. The build warns once per character and file, at
// the first place it stands; and of a roster's names, ids and groups (`roster-glyphs`).
import type { VFile } from 'vfile'
import { andList, warn } from './messages.js'
import type { AssignedStudent } from './roster/assign.js'

/**
 * Text DejaVu Sans draws whole: Latin, Greek and Cyrillic, and punctuation, currency signs,
 * arrows and maths (U+2000–U+22FF). Lines of it need no font read to be passed, so a module
 * in a European language never loads fontkit for this check (a rebuild from the cache need not).
 */
const PLAIN = /^[\s\u0020-\u007E\u00A0-\u052F\u2000-\u22FF]*$/

/** Warns in each of `files` (article.md, the YAML files) of the characters no PDF face draws. */
export async function warnUndrawable(files: ReadonlyArray<VFile | undefined>): Promise<void> {
  const candidates = files.filter((file): file is VFile => file !== undefined && !PLAIN.test(String(file.value ?? '')))
  if (candidates.length === 0) return
  const { missingGlyphs } = await import('./render/pdf/fonts.js')
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const file of candidates) {
    const yaml = /\.ya?ml$/.test(file.path)
    const seen = new Set<string>()
    String(file.value)
      .split(/\r\n?|\n/)
      .forEach((line, i) => {
        // A YAML comment is printed nowhere.
        if (PLAIN.test(line) || (yaml && /^\s*#/.test(line))) return
        const missing = new Set(missingGlyphs(line))
        if (missing.size === 0) return
        // One message per character as a reader sees it: 👍🏽 is one, not a hand and a skin tone.
        for (const { segment, index } of graphemes.segment(line)) {
          if (seen.has(segment) || ![...segment].some((c) => missing.has(c))) continue
          seen.add(segment)
          warn(file, `Unexpected \`${segment}\`, expected characters one of the PDF fonts can draw: the PDFs and the print bundle would print it as an empty box (the HTML pages show it)`, { line: i + 1, column: index + 1 }, 'pdf-glyphs')
        }
      })
  }
}

/** Text in Latin script alone (and white space), which DejaVu Sans draws in every face. */
const LATIN = /^[\s\u0020-\u007E\u00A0-\u024F]*$/

/** A roster's name or id with characters no PDF font draws, and the student it is of. */
interface Undrawn {
  text: string
  line: number
  missing: string[]
  student: string
}

const DRAWABLE = 'expected characters one of the PDF fonts can draw: they would print as empty boxes'

/** A name in a script the fonts lack misses most of its letters: the first few stand for them. */
const chars = (missing: readonly string[]): string => missing.slice(0, 4).map((c) => '`' + c + '`').join(' ') + (missing.length > 4 ? ` and ${missing.length - 4} more` : '')

/**
 * Warns in the roster of the characters no PDF face draws in the students' names, ids and
 * groups (`roster-glyphs`). Names and ids are each one warning, whatever the number of
 * students: the cause is one, the fonts, and a class of names in a script they lack had a
 * warning a student. A group is said once, at its first student: a class shares it, and its
 * box was printed unsaid beside each name ("Class: Füchse 🦊").
 */
export async function warnUndrawableRoster(file: VFile, students: readonly AssignedStudent[]): Promise<void> {
  // Names in Latin script (U+0020–U+024F, which every face we embed draws) need no font
  // loaded to be checked: a rebuild from the cache then never loads fontkit.
  const unusual = students.filter((s) => !LATIN.test(s.name + (s.id ?? '') + (s.group ?? '')))
  if (unusual.length === 0) return
  const { missingGlyphs } = await import('./render/pdf/fonts.js')
  const names: Undrawn[] = []
  const ids: Undrawn[] = []
  const groupsSaid = new Set<string>()
  for (const s of unusual) {
    const inName = missingGlyphs(s.name)
    if (inName.length) names.push({ text: s.name, line: s.line, missing: inName, student: s.name })
    // An id's own, said of the id: "in the name of Ada" sent the teacher looking in a name that had none.
    const inId = s.id === null ? [] : missingGlyphs(s.id)
    if (inId.length) ids.push({ text: s.id!, line: s.line, missing: inId, student: s.name })
    if (s.group !== null && !groupsSaid.has(s.group)) {
      groupsSaid.add(s.group)
      const inGroup = missingGlyphs(s.group)
      if (inGroup.length) warn(file, `Unexpected ${chars(inGroup)} in the group \`${s.group}\`, ${DRAWABLE} on the quiz of each student of the group (the HTML quiz shows them)`, { line: s.line, column: 1 }, 'roster-glyphs')
    }
  }
  warnAll(file, 'name', names)
  warnAll(file, 'id', ids)
}

/** One warning for every name (or id) in `found`, at the first: each with its line, five listed, the rest by line. */
function warnAll(file: VFile, what: 'name' | 'id', found: readonly Undrawn[]): void {
  const first = found[0]
  if (first === undefined) return
  const place = { line: first.line, column: 1 }
  if (found.length === 1) {
    warn(file, `Unexpected ${chars(first.missing)} in ${what === 'name' ? `the name of ${first.text}` : `the id \`${first.text}\` of ${first.student}`}, ${DRAWABLE} (the HTML quiz shows them)`, place, 'roster-glyphs')
    return
  }
  const listed = found.slice(0, 5).map((f) => `${chars(f.missing)} in ${what === 'name' ? f.text : `\`${f.text}\` (${f.student})`} (line ${f.line})`)
  // "and 1 more (line 16)": one line is no "lines".
  const more = found.length > 5 ? ` and ${found.length - 5} more (${found.length === 6 ? 'line' : 'lines'} ${found.slice(5).map((f) => f.line).join(', ')})` : ''
  warn(file, `Unexpected characters in the ${what}s of ${found.length} students: ${more ? listed.join(', ') + more : andList(listed)}, ${DRAWABLE} (the HTML quizzes show them)`, place, 'roster-glyphs')
}
