// Who a pack is for: the students of a roster, as read and as assigned a version and a
// file. Plain data shared by the roster reader, the views and the pack.

/** A student a quiz is printed for: their name, id and group (class) exactly as the roster gives them. */
export interface Student {
  name: string
  id: string | null
  group: string | null
}

/** A roster row. */
export interface RosterStudent extends Student {
  /** 1-based line of the student's row, for messages. */
  line: number
  /**
   * The name, id and group as the roster's bytes have them, when they are not composed (NFC)
   * as the rest are: grading.csv and manifest.json give them back so. Everything else uses
   * the composed ones, which the PDF fonts draw (a decomposed "ễ" lost its tilde there).
   */
  asWritten?: { name: string; id: string | null; group: string | null }
}

/** A roster row with its version and file. */
export interface AssignedStudent extends RosterStudent {
  /** Index into the selection's versions. */
  version: number
  /** File name without extension, inside the pack: `quiz/007-sean-obrien`. */
  base: string
}

/** What a student's quiz prints of their roster row: name, id and group. */
export function studentOf(student: Student): Student {
  return { name: student.name, id: student.id, group: student.group }
}
