// Assign each student a version and a file name. Versions rotate through the roster from
// a seeded starting point, so neighbours on the list get different versions and the
// same seed always gives the same assignment. With a `group` column they rotate within each
// group (a class or a room sits together): a group of 9 with three versions gets 3, 3 and 3,
// where rotating through the whole list could give it 5, 3 and 1. Each group starts where the
// groups before it (in the order they first appear) left off, so the class as a whole is dealt
// as evenly too: two groups of 4 and three versions get 3, 3 and 2 in all, not 4, 2 and 2.
// Without a group column, nothing changes.
import { deriveSeed, random } from '../select/random.js'
import { studentFileBase, type Transliterate } from './filenames.js'
import type { AssignedStudent, RosterStudent } from './model.js'

export type { AssignedStudent } from './model.js'

/**
 * Each student's version and file name; `transliterate` turns names in other scripts into their
 * file names' letters, and `lang`, the pack's language, decides how umlauts are spelled (filenames.ts).
 */
export function assignStudents(students: readonly RosterStudent[], versions: number, seed: number, transliterate: Transliterate | null = null, lang: string | null = null): AssignedStudent[] {
  const offset = Math.floor(random(deriveSeed(seed, 'roster'))() * versions)
  // Where each group's rotation starts: after every student of the groups that appear before it
  // (students without a group are a group of their own).
  const sizes = new Map<string | null, number>()
  for (const s of students) sizes.set(s.group, (sizes.get(s.group) ?? 0) + 1)
  const start = new Map<string | null, number>()
  let dealt = 0
  for (const [group, size] of sizes) {
    start.set(group, dealt)
    dealt += size
  }
  // How many of each group come before.
  const seen = new Map<string | null, number>()
  return students.map((s, i) => {
    const place = seen.get(s.group) ?? 0
    seen.set(s.group, place + 1)
    return { ...s, version: (offset + (start.get(s.group) ?? 0) + place) % versions, base: `quiz/${studentFileBase(i, students.length, s.name, transliterate, lang)}` }
  })
}
