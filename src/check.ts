// The `check` report: what a teacher wants to know before building — how much of the
// article the claims cover, and where the gaps are.
import type { Module } from './assemble.js'
import type { Selection } from './select/model.js'
import { setCoverage } from './pack/coverage.js'
import { orderedClaims } from './view/common.js'

/** Coverage of the article by the module's claims. */
export interface Coverage {
  paragraphs: number
  claims: number
  sections: Array<{ heading: string | null; paragraphs: number[]; claims: number }>
  /** ¶ numbers no claim is anchored in. */
  uncovered: number[]
}

/** Compute how the claims cover the article's sections and paragraphs. */
export function claimCoverage(module: Module): Coverage {
  const covered = new Set(module.claims.map((c) => c.anchor.paragraph))
  return {
    paragraphs: module.article.paragraphs.length,
    claims: module.claims.length,
    sections: module.article.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.paragraphs,
      claims: module.claims.filter((c) => c.anchor.section === s.index).length
    })),
    uncovered: module.article.paragraphs.map((p) => p.n).filter((n) => !covered.has(n))
  }
}

/** Compress ¶ numbers into ranges: [1,2,3,7] → "¶1–3, ¶7". */
export function paragraphRanges(ns: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < ns.length; i++) {
    let j = i
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++
    parts.push(j === i ? `¶${ns[i]}` : `¶${ns[i]}–${ns[j]}`)
    i = j
  }
  return parts.join(', ')
}

/** The report `classpack check` prints for a module that has no errors; with a selection, what its questions cover. */
export function formatCheckReport(module: Module, selection?: Selection): string {
  const c = claimCoverage(module)
  const sectionsCovered = c.sections.filter((s) => s.claims > 0).length
  const lines = [
    `${module.dir}: ${module.article.meta.title}`,
    `  ${c.paragraphs} paragraphs in ${c.sections.length} sections`,
    `  ${c.claims} claims anchored, covering ${sectionsCovered} of ${c.sections.length} sections`
  ]
  for (const s of c.sections) {
    const range = s.paragraphs.length ? paragraphRanges(s.paragraphs) : 'no paragraphs'
    lines.push(`    ${String(s.claims).padStart(2)} claim${s.claims === 1 ? ' ' : 's'}  ${range.padEnd(8)}  ${s.heading ?? '(opening)'}`)
  }
  lines.push(`  paragraphs no claim covers: ${c.uncovered.length ? paragraphRanges(c.uncovered) : 'none'}`)
  const { discussion, quiz } = module.questions
  lines.push(`  question bank: ${quiz.length} quiz items, ${discussion.length} discussion questions`)
  if (selection) {
    const coverage = setCoverage(module, selection.items, selection.discussion)
    const labels = new Map(orderedClaims(module).map((x) => [x.claim.id, `${x.label} (¶${x.claim.anchor.paragraph})`]))
    lines.push(`  set \`${selection.name}\`${selection.set.title ? ` (${selection.set.title})` : ''}: ${selection.items.length} quiz items, ${selection.discussion.length} discussion questions, seed ${selection.seed}`)
    lines.push(`    covers ${coverage.coveredClaims.length} of ${coverage.claims.length} claims and ${coverage.coveredParagraphs.length ? paragraphRanges(coverage.coveredParagraphs) : 'no paragraphs'}`)
    lines.push(`    leaves out claims: ${coverage.missedClaims.length ? coverage.missedClaims.map((id) => labels.get(id)).join(', ') : 'none'}`)
    lines.push(`    leaves out paragraphs: ${coverage.missedParagraphs.length ? paragraphRanges(coverage.missedParagraphs) : 'none'}`)
  }
  return lines.join('\n')
}
