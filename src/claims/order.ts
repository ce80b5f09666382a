// Claims in reading order, labelled C1, C2, …: the labels every document, the coverage
// report and the exports share.
import type { Module } from '../assemble.js'
import type { AnchoredClaim } from './model.js'

/** Claims in reading order with their labels. */
export function orderedClaims(module: Module): Array<{ label: string; claim: AnchoredClaim }> {
  return [...module.claims]
    .sort((a, b) => a.anchor.paragraph - b.anchor.paragraph || a.anchor.start - b.anchor.start)
    .map((claim, i) => ({ label: `C${i + 1}`, claim }))
}
