// The lint's thresholds on option lengths, apart from its rules: the rules judge items by
// them (rules/option-length.ts), and the generators write options to them (generate/fair.ts).

/**
 * How much longer a key must be than the longest distractor to be a cue in one item. A key
 * is strictly longest in 1/k of items by chance alone (a few characters decide it), which is
 * the bank-level condition's business; one item's key is a cue when it stands out.
 */
export const ITEM_MARGIN = 1.25
/**
 * And by this many characters at least (about one word and its space): among short options
 * a ratio alone sees a cue in "A clinic" against "A shop", which no reader notices.
 * (The generators keep to the ratio alone, which is stricter.)
 */
export const ITEM_MARGIN_CHARS = 6
/** Options that are all this short (characters) may differ in length without giving anything away. */
export const SHORT = 30
/** The longest option may be at most this many times the shortest. */
export const SPREAD = 1.5
/** Multiple-select keys may be at most this many times as long as the distractors, on average. */
export const KEYS_MARGIN = 1.1
