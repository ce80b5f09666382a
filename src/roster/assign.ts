// Assign each student a version and a file name. Versions rotate through the roster from
// a seeded starting point, so neighbours on the list get different versions and the
// same seed always gives the same assignment.
import { deriveSeed, random } from '../select/random.js'
import { studentFileBase, type Transliterate } from './filenames.js'
import type { AssignedStudent, RosterStudent } from './model.js'

export type { AssignedStudent } from './model.js'

/** Each student's version and file name; `transliterate` turns names in other scripts into their file names' letters. */
export function assignStudents(students: readonly RosterStudent[], versions: number, seed: number, transliterate: Transliterate | null = null): AssignedStudent[] {
  const offset = Math.floor(random(deriveSeed(seed, 'roster'))() * versions)
  return students.map((s, i) => ({ ...s, version: (offset + i) % versions, base: `quiz/${studentFileBase(i, students.length, s.name, transliterate)}` }))
}
