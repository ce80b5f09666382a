// Versions of one quiz the same length. Each version keeps its questions whole on a
// page, so two versions of the same questions in another order can end on different
// pages (6 and 7), and a class would get papers of unequal length. Where tighter space
// between questions and options evens them, the longer versions are set tighter: every
// version takes as few pages as the hardest to fit can, each with the most space that
// allows. The same plan gives the same squeezes.
import type { Root } from 'mdast'
import type { PdfOptions } from '../render/pdf/options.js'

/** The squeezes tried, loosest first: the share of the space between questions and options kept. */
export const SQUEEZES = [1, 0.75, 0.5] as const

/** Each version's squeeze, and the pages its quiz then takes (which say whether rendering threads pay: cost.ts). */
export interface Fit {
  squeezes: number[]
  pages: number[]
}

/**
 * The squeeze for each version's quiz (see render/pdf/context.ts `squeeze`): the
 * loosest with which it takes no more pages than the version hardest to fit needs at
 * its tightest. A single version is set tighter only where that saves a page (or keeps
 * "End of quiz", which a page too full leaves out).
 */
export async function fitVersions(trees: readonly Root[], options: PdfOptions): Promise<Fit> {
  if (trees.length === 0) return { squeezes: [], pages: [] }
  const { countLayout } = await import('../render/pdf/document.js')
  // Each count is a layout; made when first asked for.
  const counts = trees.map(() => new Map<number, { pages: number; endLeftOut: boolean }>())
  const layout = (v: number, squeeze: number): { pages: number; endLeftOut: boolean } => {
    let n = counts[v]!.get(squeeze)
    if (n === undefined) counts[v]!.set(squeeze, (n = countLayout(trees[v]!, { ...options, squeeze })))
    return n
  }
  // "End of quiz" left out for want of room (render/pdf/directives.ts) counts half a page:
  // a version is set tighter where that keeps it, but never to take a page more.
  const score = (v: number, squeeze: number): number => layout(v, squeeze).pages + (layout(v, squeeze).endLeftOut ? 0.5 : 0)
  const tightest = SQUEEZES[SQUEEZES.length - 1]!
  const target = Math.max(...trees.map((_, v) => score(v, tightest)))
  const squeezes = trees.map((_, v) => SQUEEZES.find((squeeze) => score(v, squeeze) <= target)!)
  return { squeezes, pages: squeezes.map((squeeze, v) => layout(v, squeeze).pages) }
}
