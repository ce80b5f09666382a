// Assign each student a version and a file name. Versions rotate through the roster from
// a seeded starting point, so neighbours on the list get different versions and the
// same seed always gives the same assignment. With a `group` column they rotate within each
// group (a class or a room sits together): a group of 9 with three versions gets 3, 3 and 3,
// where rotating through the whole list could give it 5, 3 and 1. Without one, nothing changes.
import { deriveSeed, random } from '../select/random.js'
import { studentFileBase, type Transliterate } from './filenames.js'
import type { AssignedStudent, RosterStudent } from './model.js'

export type { AssignedStudent } from './model.js'

/** Each student's version and file name; `transliterate` turns names in other scripts into their file names' letters. */
export function assignStudents(students: readonly RosterStudent[], versions: number, seed: number, transliterate: Transliterate | null = null): AssignedStudent[] {
  const offset = Math.floor(random(deriveSeed(seed, 'roster'))() * versions)
  // How many of each group come before: students without a group are a group of their own.
  const seen = new Map<string | null, number>()
  return students.map((s, i) => {
    const place = seen.get(s.group) ?? 0
    seen.set(s.group, place + 1)
    return { ...s, version: (offset + place) % versions, base: `quiz/${studentFileBase(i, students.length, s.name, transliterate)}` }
  })
}
