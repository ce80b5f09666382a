// How a matching item's two columns share the width, in the PDF and in HTML alike: by their
// words, within bounds, so long premises (a name with its role) beside short responses get the
// room they need in print from the browser as on the PDF's page.

/** The premises' column's share of the width, for any premise of words alone: at least, at most. */
export const PREMISE_SHARE = { least: 0.3, most: 0.6 } as const

/** The premises' column's share of the width the two columns have: the premises' share of the letters, within PREMISE_SHARE. */
export function premiseShare(premises: readonly string[], responses: readonly string[]): number {
  const chars = (texts: readonly string[]): number => texts.reduce((n, text) => n + text.length, 0)
  const share = chars(premises) / Math.max(1, chars(premises) + chars(responses))
  return Math.min(PREMISE_SHARE.most, Math.max(PREMISE_SHARE.least, share))
}
