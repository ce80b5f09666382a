// What the exports share: the HTML they carry, each option's feedback with its ¶, and the
// claims an item tests.
import { createHash } from 'node:crypto'
import { escapeHtml } from '../fill/escape.js'
import type { ExportLimit } from '../formats/format.js'
import type { Option, QuizItem } from '../questions/model.js'
import type { UiStrings } from '../lang/strings.js'
import { typeOf, wordsOf, type ExportName, type TypeLimit } from '../types/index.js'
import { citeClaim, type claimIndex } from '../view/common.js'

export type ClaimIndex = ReturnType<typeof claimIndex>

/** Plain text as HTML, line breaks kept. */
export const html = (text: string): string => escapeHtml(text).replace(/\r\n?|\n/g, '<br>')

/** An option's feedback with the ¶ of the claim it rests on: "… (¶3)". */
export function optionFeedback(index: ClaimIndex, item: QuizItem, option: Option): string {
  return citeText(index, item, option.feedback, option.claim)
}

/** `text` with the ¶ of claim `claim` (default: the item's first): "… (¶3)". */
export function citeText(index: ClaimIndex, item: QuizItem, text: string, claim?: string): string {
  const cite = citeClaim(index, claim ?? item.claims[0]!)
  return cite ? `${text} (${cite})` : text
}

/** What `format` cannot carry of `item`, as its type says (notes in `strings`' language). */
export function itemLimits(item: QuizItem, format: ExportName, strings: UiStrings): TypeLimit[] {
  const type = typeOf(item)
  return type.limits(item, format, wordsOf(type, strings))
}

/** What `format` cannot carry of `items`, as the types say, for the build's warnings. */
export function typeLimits(items: readonly QuizItem[], format: ExportName, strings: UiStrings): ExportLimit[] {
  return items.flatMap((item) => itemLimits(item, format, strings).map(({ key, ruleId, reason }) => ({ owner: item as object, key, ruleId, reason })))
}

/** The claims `item` tests, as the exports name them: label, ¶ and paraphrase. */
export function testedClaims(index: ClaimIndex, item: QuizItem): Array<{ label: string; paragraph: number; paraphrase: string }> {
  return item.claims
    .map((id) => index.get(id))
    .filter((c) => c !== undefined)
    .map((c) => ({ label: c.label, paragraph: c.claim.anchor.paragraph, paraphrase: c.claim.paraphrase }))
}

/** A Canvas-style identifier (`g` and 32 hex digits) derived from `parts`, so a rebuild gives the same one; also an XML name. */
export function ident(...parts: string[]): string {
  return `g${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`
}
