// The `check` report as text: how much of the article the claims cover, where the gaps
// are, and what the chosen set covers. A formatter of the coverage data checkModule
// returns; the CLI prints it.
import type { Module } from './assemble.js'
import { orderedClaims } from './claims/order.js'
import type { Coverage } from './coverage/article.js'
import { paragraphRanges } from './coverage/ranges.js'
import { counted } from './messages.js'
import type { SetCoverage } from './coverage/set.js'
import type { Selection } from './select/model.js'

/** What the report is made from: a checked module, its coverage, and a set's. */
export interface CheckReport {
  module: Module
  coverage: Coverage
  selection?: Selection
  setCoverage?: SetCoverage
}

/** The report `classpack check` prints for a module that has no errors; with a selection, what its questions cover. */
export function formatCheckReport({ module, coverage: c, selection, setCoverage: coverage }: CheckReport): string {
  const sectionsCovered = c.sections.filter((s) => s.claims > 0).length
  const lines = [
    `${module.dir}: ${module.article.meta.title}`,
    `  ${counted(c.paragraphs, 'paragraph')} in ${counted(c.sections.length, 'section')}`,
    `  ${counted(c.claims, 'claim')} anchored, covering ${sectionsCovered} of ${counted(c.sections.length, 'section')}`
  ]
  for (const s of c.sections) {
    const range = s.paragraphs.length ? paragraphRanges(s.paragraphs) : 'no paragraphs'
    lines.push(`    ${String(s.claims).padStart(2)} claim${s.claims === 1 ? ' ' : 's'}  ${range.padEnd(8)}  ${s.heading ?? '(opening)'}`)
  }
  lines.push(`  paragraphs no claim covers: ${c.uncovered.length ? paragraphRanges(c.uncovered) : 'none'}`)
  const { discussion, quiz } = module.questions
  lines.push(`  question bank: ${counted(quiz.length, 'quiz item')}, ${counted(discussion.length, 'discussion question')}; ${counted(module.generated.length, 'item')} generated from the claims (a set draws on them with \`generated:\`)`)
  if (selection && coverage) {
    // With the id, as index.html lists them: claims.yaml names a claim by its id, not by its label.
    const labels = new Map(orderedClaims(module).map((x) => [x.claim.id, `${x.label} (¶${x.claim.anchor.paragraph}, ${x.claim.id})`]))
    lines.push(`  set \`${selection.name}\`${selection.set.title ? ` (${selection.set.title})` : ''}: ${counted(selection.items.length, 'quiz item')}, ${counted(selection.discussion.length, 'discussion question')}, seed ${selection.seed}`)
    lines.push(`    covers ${coverage.coveredClaims.length} of ${counted(coverage.claims.length, 'claim')} and ${coverage.coveredParagraphs.length ? paragraphRanges(coverage.coveredParagraphs) : 'no paragraphs'}`)
    lines.push(`    leaves out claims: ${coverage.missedClaims.length ? coverage.missedClaims.map((id) => labels.get(id)).join(', ') : 'none'}`)
    lines.push(`    leaves out paragraphs: ${coverage.missedParagraphs.length ? paragraphRanges(coverage.missedParagraphs) : 'none'}`)
  }
  return lines.join('\n')
}
