// The landing page's view: every document of the pack, and what the selected questions cover.
import type { Module } from '../assemble.js'
import type { Selection } from '../select/model.js'
import { paragraphRanges } from '../coverage/ranges.js'
import { setCoverage } from '../coverage/set.js'
import { moduleStrings } from '../lang/index.js'
import type { AssignedStudent } from '../roster/model.js'
import { packHeader } from './common.js'

/**
 * The landing page's view. `roster` holds the students and, when their quizzes are files of
 * the `quiz` folder, the files' extension: the page links each student's quiz by name.
 */
export function indexView(module: Module, selection: Selection, documents: ReadonlyArray<{ base: string; title: string; formats: readonly string[]; teacher: boolean }>, downloads: ReadonlyArray<{ title: string; file: string }>, roster: { students: readonly AssignedStudent[]; extension: string | null }, date: string | null, studentQuizzes: 'folder' | 'print' | null = 'folder') {
  const students = roster.students.length
  const ui = moduleStrings(module)
  const { title, author } = module.article.meta
  const coverage = setCoverage(module, selection.items, selection.discussion)
  // "A and B", "A, B and C": in the pack's language.
  const versions = selection.versions.length > 1 ? ui.and(selection.versions.map((v) => v.id ?? '')) : null
  const paragraphsCovered = coverage.coveredParagraphs.length ? paragraphRanges(coverage.coveredParagraphs) : ui.noParagraphs
  const paragraphsLeftOut = coverage.missedParagraphs.length ? paragraphRanges(coverage.missedParagraphs) : null
  const strings = ui.index({
    title,
    author,
    quizCount: selection.items.length,
    discussionCount: selection.discussion.length,
    seed: selection.seed,
    versions,
    students: students || null,
    studentQuizzes,
    claimsCovered: coverage.coveredClaims.length,
    claimsTotal: coverage.claims.length,
    paragraphsCovered,
    paragraphsLeftOut
  })
  return {
    header: packHeader(module, date, selection.set.title ?? null),
    title,
    author,
    setName: selection.name,
    setTitle: selection.set.title ?? null,
    seed: selection.seed,
    quizCount: selection.items.length,
    students: students || null,
    studentsInFolder: studentQuizzes === 'folder',
    // Each student's quiz by name, in roster order, so a teacher opens one without searching the folder.
    studentFiles:
      studentQuizzes === 'folder' && roster.extension !== null && students > 0
        ? roster.students.map((s) => ({ name: s.name, version: selection.versions.length > 1 ? ui.documents.version(selection.versions[s.version]!.id ?? '') : null, file: `${s.base}.${roster.extension}` }))
        : null,
    versions,
    discussionCount: selection.discussion.length,
    strings,
    documents: documents.map(listing),
    // Students' documents, then the teacher's: editions with the answers filled in, keys, the print bundle.
    // Only those with a file in the pack: built for the exports alone, a list of names would link nothing.
    groups: [
      { heading: strings.forStudents, documents: documents.filter((d) => !d.teacher && d.formats.length > 0).map(listing) },
      { heading: strings.forTeachers, documents: documents.filter((d) => d.teacher && d.formats.length > 0).map(listing) }
    ].filter((g) => g.documents.length > 0),
    downloads: downloads.length ? downloads.map((d) => ({ title: d.title, file: d.file })) : null,
    coverage: coverage.claims.map((c) => ({
      label: c.label,
      paragraph: c.paragraph,
      id: c.id,
      questions: [...c.quiz, ...c.discussion].join(', ') || null
    })),
    claimsCovered: coverage.coveredClaims.length,
    claimsTotal: coverage.claims.length,
    paragraphsCovered,
    paragraphsLeftOut
  }
}

/** A document's line on the landing page: its name and its files. */
function listing(d: { base: string; title: string; formats: readonly string[] }) {
  return {
    title: d.title.replace(/: .*$/, ''),
    html: d.formats.includes('html') ? `${d.base}.html` : null,
    pdf: d.formats.includes('pdf') ? `${d.base}.pdf` : null
  }
}
