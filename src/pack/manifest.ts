// manifest.json: every file with its sha256, and what a grading script needs: the seed,
// the set, each version's items with their answers, and the students.
import { sha256 } from '../sha256.js'
import type { Module } from '../assemble.js'
import type { Selection } from '../select/model.js'
import { answerOf, letter } from '../select/versions.js'
import { setCoverage } from '../coverage/set.js'
import type { AssignedStudent } from '../roster/assign.js'
import { studentFile, type StudentQuizzes } from './grading.js'

export interface FileEntry {
  path: string
  sha256: string
  bytes: number
}

/** The manifest entry of a file. */
export function fileEntry(path: string, bytes: Uint8Array): FileEntry {
  return { path, sha256: sha256(bytes), bytes: bytes.byteLength }
}

export interface ManifestOptions {
  paper: string
  date: string | null
  students: readonly AssignedStudent[]
}

/** The manifest as JSON text (stable key order, so the same pack gives the same bytes). */
export function manifestOf(module: Module, selection: Selection, options: ManifestOptions, files: readonly FileEntry[], quizzes: StudentQuizzes): string {
  const coverage = setCoverage(module, selection.items, selection.discussion)
  const manifest = {
    classpack: 1,
    module: module.name,
    title: module.article.meta.title,
    author: module.article.meta.author,
    date: options.date,
    paper: options.paper,
    seed: selection.seed,
    set: { name: selection.name, ...selection.set, quiz: selection.items.map((q) => q.id), discussion: selection.discussion.map((q) => q.id) },
    versions: selection.versions.map((v, i) => ({
      id: v.id ?? letter(i),
      // A generated item says which generator made it, and the claims it was made from.
      items: v.items.map((p) => ({ id: p.item.id, answer: answerOf(p), ...(p.item.generated ? { generated: p.item.generated, claims: p.item.claims } : {}) }))
    })),
    // Each name, id and group as the roster wrote it, as grading.csv gives them back.
    students: options.students.map((s) => ({
      name: s.asWritten?.name ?? s.name,
      id: s.asWritten?.id ?? s.id,
      group: s.asWritten?.group ?? s.group,
      version: selection.versions[s.version]!.id ?? letter(s.version),
      // Where the student's quiz is; none in a pack of exports only.
      ...(quizzes ? { file: studentFile(s, quizzes) } : {})
    })),
    coverage: {
      claims: coverage.coveredClaims,
      claimsLeftOut: coverage.missedClaims,
      paragraphs: coverage.coveredParagraphs,
      paragraphsLeftOut: coverage.missedParagraphs
    },
    files: [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}
