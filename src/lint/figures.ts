// The bank's figures for the lint report: where the keys stand (as printed and as written),
// how long keys are against distractors, the true/false share, and what claims and ¶ the
// questions cover. Pure: a module, the quiz as printed and the lint's findings in, data out.
import type { Module } from '../assemble.js'
import { orderedClaims } from '../claims/order.js'
import type { Selection } from '../select/model.js'
import { letter } from '../select/versions.js'
import { distractors, keys, oneKey, statement } from './items.js'
import type { Finding } from './model.js'
import { length } from './text.js'

export interface ItemRow {
  id: string
  type: string
  stem: string
  bloom: string
  difficulty: string
  /** Claim labels with ¶: "C3 (¶4)". */
  claims: string[]
  /** Rule ids of the findings about this item (its own, or a bank-level share it is counted in). */
  cues: string[]
}

export interface Figures {
  letters: string[]
  /** Single-choice keys per letter, over every printed version. */
  printed: number[]
  /** Single-choice keys per letter as written (what the exports write). */
  authored: number[]
  /** Mean key length over mean distractor length, single choice. */
  lengthRatio: number | null
  /** Single-choice items whose key is strictly the longest option. */
  longest: { count: number; of: number }
  trueShare: { trues: number; of: number }
  claims: { tested: number; asked: number; of: number }
  paragraphs: { anchored: number; of: number }
  items: ItemRow[]
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)

/** The figures of `module`'s bank and of the quiz `selection` prints. */
export function lintFigures(module: Module, selection: Selection, findings: readonly Finding[]): Figures {
  const quiz = module.questions.quiz
  const single = quiz.flatMap((q) => (oneKey(q) ? [oneKey(q)!] : []))
  const width = Math.max(0, ...single.map((q) => q.options.length))
  const printed = new Array<number>(width).fill(0)
  for (const v of selection.versions) for (const p of v.items) if (oneKey(p.item)) printed[p.options.findIndex((o) => o.correct)]!++
  const authored = new Array<number>(width).fill(0)
  for (const q of single) authored[q.options.findIndex((o) => o.correct)]!++

  const ratios: number[] = []
  let longest = 0
  for (const q of single) {
    const key = keys(q)[0]
    const others = distractors(q).map((o) => length(o.text))
    if (!key || others.length === 0) continue
    ratios.push(length(key.text) / mean(others))
    if (length(key.text) > Math.max(...others)) longest++
  }
  const tf = quiz.flatMap((q) => (statement(q) ? [statement(q)!] : []))
  const labels = new Map(orderedClaims(module).map((c) => [c.claim.id, `${c.label} (¶${c.claim.anchor.paragraph})`]))
  const tested = new Set(quiz.flatMap((q) => q.claims))
  const asked = new Set([...quiz, ...module.questions.discussion].flatMap((q) => q.claims))
  const cues = (id: string): string[] => [...new Set(findings.filter((f) => f.item === id || f.items?.includes(id)).map((f) => f.rule))].sort()

  return {
    letters: Array.from({ length: width }, (_, i) => letter(i)),
    printed,
    authored,
    lengthRatio: ratios.length ? mean(ratios) : null,
    longest: { count: longest, of: ratios.length },
    trueShare: { trues: tf.filter((q) => q.answer).length, of: tf.length },
    claims: { tested: module.claims.filter((c) => tested.has(c.id)).length, asked: module.claims.filter((c) => asked.has(c.id)).length, of: module.claims.length },
    paragraphs: { anchored: new Set(module.claims.map((c) => c.anchor.paragraph)).size, of: module.article.paragraphs.length },
    items: quiz.map((q) => ({ id: q.id, type: q.type, stem: q.stem, bloom: q.bloom, difficulty: q.difficulty, claims: q.claims.map((c) => labels.get(c) ?? c), cues: cues(q.id) }))
  }
}
