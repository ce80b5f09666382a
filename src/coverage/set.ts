// Which claims and paragraphs a selection of questions covers, and which it leaves out.
import type { Module } from '../assemble.js'
import type { DiscussionQuestion, QuizItem } from '../questions/model.js'
import { orderedClaims } from '../claims/order.js'

export interface SetCoverage {
  claims: Array<{ label: string; id: string; paragraph: number; quiz: string[]; discussion: string[] }>
  coveredClaims: string[]
  missedClaims: string[]
  coveredParagraphs: number[]
  missedParagraphs: number[]
}

/** Coverage of the module's claims and ¶ by `items` and `discussion`. */
export function setCoverage(module: Module, items: readonly QuizItem[], discussion: readonly DiscussionQuestion[]): SetCoverage {
  const claims = orderedClaims(module).map(({ label, claim }) => ({
    label,
    id: claim.id,
    paragraph: claim.anchor.paragraph,
    quiz: items.filter((q) => q.claims.includes(claim.id)).map((q) => q.id),
    discussion: discussion.filter((q) => q.claims.includes(claim.id)).map((q) => q.id)
  }))
  const covered = claims.filter((c) => c.quiz.length + c.discussion.length > 0)
  const coveredParagraphs = [...new Set(covered.map((c) => c.paragraph))].sort((a, b) => a - b)
  return {
    claims,
    coveredClaims: covered.map((c) => c.id),
    missedClaims: claims.filter((c) => c.quiz.length + c.discussion.length === 0).map((c) => c.id),
    coveredParagraphs,
    missedParagraphs: module.article.paragraphs.map((p) => p.n).filter((n) => !coveredParagraphs.includes(n))
  }
}
