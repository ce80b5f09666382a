// How a module's claims cover its article: per section, and the paragraphs no claim is
// anchored in. What a teacher wants to know before building.
import type { Module } from '../assemble.js'

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
