// Whether rendering threads pay for a roster's quizzes, from what they cost: the pages to
// render (students × the pages of a version's quiz, laid out before deciding) against
// what a thread costs to start. A thread loads pdfkit and fontkit, parses the fonts'
// tables and compiles the renderer before its first page is done; it pays only when the
// pages it takes off the others save more than that. With k threads on k cores the pages
// take 1/k of the time, and each thread's start is paid once (at the same time as the
// others'), so k threads pay when pages × PAGE_MS × (1 − 1/k) > START_MS. Both figures
// were measured on the 2-core VM the README's Performance section describes (a class of
// 30 two-page quizzes stays on one thread; 300 or more students take threads).

/** A warm thread's time per quiz page, in ms. */
export const PAGE_MS = 4
/** A thread's time from its start to its first page rendered warm, in ms. */
export const START_MS = 1000
/** Threads at most, however many cores: beyond this the writer, not rendering, is the limit. */
export const MAX_THREADS = 4

/** The threads worth starting for `pages` pages of quizzes on `cores` cores: 0, or one per core up to MAX_THREADS. */
export function threadsFor(pages: number, cores: number): number {
  const k = Math.min(MAX_THREADS, cores)
  // One thread alone would only move the work off this thread, which then waits.
  if (k < 2) return 0
  return pages * PAGE_MS * (1 - 1 / k) > START_MS ? k : 0
}
