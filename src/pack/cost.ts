// Whether rendering threads pay for a roster's quizzes, from what they cost: the pages to
// render (students × the pages of a version's quiz, laid out before deciding) against
// what a thread costs to start. A thread loads pdfkit and fontkit, parses the fonts'
// tables and compiles the renderer before its first page is done; it pays only when the
// pages it takes off the others save more than that. The main thread renders beside the
// threads (pipeline.ts), so k cores are k renderers: k − 1 threads and this one. The pages
// then take 1/k of the time, and the threads' starts are paid once (at the same time), so
// they pay when pages × PAGE_MS × (1 − 1/k) > START_MS. Both figures were measured on the
// 2-core VM of the README's Performance section: a class of 30 two-page quizzes stays on
// the main thread, 300 students and more take a thread.

/** A warm thread's time per quiz page, in ms. */
export const PAGE_MS = 4
/** A thread's time from its start to its first page rendered warm, in ms. */
export const START_MS = 1000
/** Renderers at most, however many cores: beyond this the writer, not rendering, is the limit. */
export const MAX_RENDERERS = 4

/** The threads worth starting for `pages` pages of quizzes on `cores` cores: none, or one per core but this one's (up to MAX_RENDERERS in all). */
export function threadsFor(pages: number, cores: number): number {
  const k = Math.min(MAX_RENDERERS, cores)
  if (k < 2) return 0
  return pages * PAGE_MS * (1 - 1 / k) > START_MS ? k - 1 : 0
}
