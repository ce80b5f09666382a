// What the exports share: the HTML they carry, each option's feedback with its ¶, the
// claims an item tests, and the order they write an item's parts in.
import type { Module } from '../assemble.js'
import { sha256 } from '../sha256.js'
import { escapeHtml, paragraphs } from '../fill/escape.js'
import type { ExportLimit } from '../formats/format.js'
import type { UiStrings } from '../lang/index.js'
import type { Option, QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { exportOptions, exportPieces } from '../select/versions.js'
import { citedClaim, stemInstructs, typeOf, wordsOf, type ExportName, type ExportOrder, type TypeLimit } from '../types/index.js'
import { citeAfter, type claimIndex } from '../view/common.js'

export type ClaimIndex = ReturnType<typeof claimIndex>

/** Plain text as HTML, line breaks kept. */
export const html = (text: string): string => escapeHtml(text).replace(/\r\n?|\n/g, '<br>')

/** An option's feedback with the ¶ of the claim it rests on: "… (¶3)"; a wrong option without a claim of its own cites none (citedClaim). */
export function optionFeedback(index: ClaimIndex, item: QuizItem, option: Option): string {
  const claim = citedClaim(item, option)
  return claim === null ? option.feedback : citeText(index, item, option.feedback, claim)
}

/** `text` with the ¶ of claim `claim` (default: the item's first): "… (¶3)". */
export function citeText(index: ClaimIndex, item: QuizItem, text: string, claim?: string): string {
  // None where the text names the ¶ itself.
  const cite = citeAfter(index, claim ?? item.claims[0]!, text)
  return cite ? `${text} (${cite})` : text
}

/** What `format` cannot carry of `item`, as its type says (notes in `strings`' language). */
export function itemLimits(item: QuizItem, format: ExportName, strings: UiStrings): TypeLimit[] {
  const type = typeOf(item)
  return type.limits(item, format, wordsOf(type, strings))
}

/** What `format` cannot carry of `items`, as the types say, for the build's warnings. */
export function typeLimits(items: readonly QuizItem[], format: ExportName, strings: UiStrings): ExportLimit[] {
  return items.flatMap((item) => itemLimits(item, format, strings).map(({ owner, key, ruleId, reason }) => ({ item, owner: owner ?? (item as object), key, ruleId, reason })))
}

/** The claims `item` tests, as the exports name them: label, ¶ and paraphrase. */
export function testedClaims(index: ClaimIndex, item: QuizItem): Array<{ label: string; paragraph: number; paraphrase: string }> {
  return item.claims
    .map((id) => index.get(id))
    .filter((c) => c !== undefined)
    .map((c) => ({ label: c.label, paragraph: c.claim.anchor.paragraph, paraphrase: c.claim.paraphrase }))
}

/**
 * What a quiz is named after in a platform: the set's title, else its name, so that two sets
 * imported into one course are two quizzes of their own; null for a module without sets
 * (the whole bank, or a set of flags), whose quiz the article names alone.
 */
export function setName(module: Module, selection: Selection): string | null {
  return selection.set.title ?? (Object.hasOwn(module.config.sets, selection.name) ? selection.name : null)
}

/** The order an export writes an item's parts in. */
export type ItemOrder = (item: QuizItem) => ExportOrder

/** The order every export writes an item of `selection` in, where a platform may show it as written. */
export function exportOrder(selection: Selection, strings: UiStrings): ItemOrder {
  const dealt = exportOptions(selection.items, selection.seed, strings)
  return (item) => ({ pieces: exportPieces(item, selection.seed), dealt: dealt.get(item.id)! })
}

/** The options of `item` that must stay last. */
export function pinnedOptions(item: QuizItem, strings: UiStrings): Option[] {
  const type = typeOf(item)
  return type.options(item, wordsOf(type, strings)).filter((o) => o.pin === 'last')
}

/** A warning at each option of `items` pinned last, for a format that cannot keep it there while it shuffles the others: `reason` says what the file does instead. */
export function pinLimits(items: readonly QuizItem[], strings: UiStrings, ruleId: string, reason: (item: QuizItem, option: Option) => string): ExportLimit[] {
  return items.flatMap((item) => pinnedOptions(item, strings).map((option) => ({ item, owner: option, key: 'pin', ruleId, reason: reason(item, option) })))
}

/** A Canvas-style identifier (`g` and 32 hex digits) derived from `parts`, so a rebuild gives the same one; also an XML name. */
export function ident(...parts: string[]): string {
  return `g${sha256(parts.join('\u0000')).slice(0, 32)}`
}

/**
 * How to answer and how a partial answer scores, for an item whose type gives partial
 * credit (select-all): the quiz prints it under the item, and the exports add it to the
 * question text, because a platform shows its own instruction ("Select one or more:") or
 * none, and neither says that a wrong tick costs. Null for an item simply right or wrong.
 */
export function scoringNote(item: QuizItem, strings: UiStrings): string | null {
  const type = typeOf(item)
  const words = wordsOf(type, strings)
  const scoring = type.scoring(item, words)
  if (scoring === null) return null
  // Not a second time after a stem that says it ("… Alle zutreffenden wählen.").
  const instruction = type.instruction(words, 'online')
  return stemInstructs(type, strings, item.stem, instruction) ? scoring.quiz : `${instruction} ${scoring.quiz}`
}

/** The question text as HTML: the stem, a `<p>` a paragraph, and under it the scoring note where there is one. */
export function questionHtml(item: QuizItem, strings: UiStrings): string {
  const note = scoringNote(item, strings)
  return `${paragraphs(item.stem).map((p) => `<p>${html(p)}</p>`).join('')}${note === null ? '' : `<p>${html(note)}</p>`}`
}
