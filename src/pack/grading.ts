// grading.csv: one row per student with their version, quiz file and the correct answer
// to each question in the order they see it.
import type { AssignedStudent } from '../roster/assign.js'
import type { Selection } from '../select/model.js'
import { letter } from '../select/versions.js'

/** A CSV field, quoted when needed; a leading `= + - @` is defused so spreadsheets never run it as a formula. */
function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function gradingSheet(selection: Selection, students: readonly AssignedStudent[], format: string): string {
  const count = Math.max(...selection.versions.map((v) => v.items.length))
  const header = ['name', 'id', 'group', 'version', 'file', ...Array.from({ length: count }, (_, i) => `q${i + 1}`)]
  const rows = students.map((s) => {
    const version = selection.versions[s.version]!
    const answers = version.items.map((p) =>
      p.item.type === 'short' ? `short answer (${p.item.points} points; see key)` : p.options.filter((o) => o.correct).map((o) => o.letter).join(',')
    )
    return [s.name, s.id ?? "", s.group ?? "", version.id ?? letter(s.version), `${s.base}.${format}`, ...answers]
  })
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n'
}
