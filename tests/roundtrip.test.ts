// The round trip: each LMS export (Moodle XML, GIFT, Canvas QTI 1.2, QTI 2.1), built by the
// library as a teacher builds it, is read back by an independent reader (tests/helpers/lms.ts)
// and compared field by field with the question bank: text, type, answers, scores, feedback,
// points, shuffling, pinned options and grader information. Any loss fails with the format,
// the item and the field named. Run on the demo bank, on a bank of hostile text, in which
// every character must arrive as written (GIFT's marks and shuffling aside: it cannot carry
// them, and the build warns of each item that loses them), and on a bank whose points do not
// divide evenly among parts, where a fully right answer must still score all the points.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPack, checkModule, type Module, type Selection } from '../src/index.js'
import type { VFileMessage } from 'vfile-message'
import { uiStrings } from '../src/lang/index.js'
import { canvasKeepsHtml, canvasNativeScore, moodleGift, readCanvas, readGift, readMoodle, readQti21, type CanvasPackage, type Imported, type ItemType, type Qti21Package } from './helpers/lms.js'
import { decimalUnits, fromUnits, type Parts } from './helpers/lms-parts.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { head, library } from './types/helpers.js'

const EN = uiStrings('en')
const HOSTILE = join(ROOT, 'tests/fixtures/hostile-typography')

// ---- the bank, as the teacher wrote it ----

interface BankItem {
  id: string
  type: ItemType
  stem: string
  /** What the question text says under the stem: a select-all item's instruction and scoring rule. */
  note: string | null
  points: number
  options: Array<{ text: string; correct: boolean; feedback: string; pinned: boolean }>
  /** "Tests C3 (¶3): <paraphrase>" for each claim the item tests. */
  tests: string[]
  category: string
  modelAnswer: string | null
  rubric: string[]
  lines: number | null
  /** A numeric item's unit, or null. */
  unit: string | null
  /** What a cloze, matching, ordering or numeric item asks, as written (null for the other types). */
  parts: Expected | null
}

/** The bank's side of `Parts`: what each gap, pair, step or number is, and each part's reason (with its ¶) for the feedback. */
type Expected =
  | { kind: 'gaps'; passage: string; gaps: Array<{ answers: string[]; bank: string[] | null }>; reasons: string[] }
  | { kind: 'pairs'; premises: string[]; responses: string[]; right: string[]; reasons: string[] }
  | { kind: 'sequence'; steps: string[]; listed: string[]; reasons: string[] }
  | { kind: 'number'; answer: number; low: number; high: number; reasons: string[] }

/** A place's word, as the pack's English writes places where an ordering arrives as matching. */
const place = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`

/** What an item of the newer types asks, read off the bank as written (and, for a cloze, its passage as `check` found it). */
function expected(module: Module, item: Selection['items'][number]): Expected | null {
  const cite = (id: string): string => `(¶${module.claims.find((c) => c.id === id)!.anchor.paragraph})`
  const reason = (text: string, claim: string | undefined): string => `${text} ${cite(claim ?? item.claims[0]!)}`
  if (item.type === 'cloze') {
    const passage = item.passage!
    let shown = passage.text
    for (const g of [...passage.gaps].reverse()) shown = `${shown.slice(0, g.start)}_____${shown.slice(g.end)}`
    // Ended as on paper, as the article's sentence ends: its own punctuation, or `…` where the
    // sentence goes on (after a last blank, or after words), none where the passage holds its full stop.
    shown += passage.closing || (shown.trimEnd().endsWith('_____') ? '…' : /[.!?…]+[\p{Pe}\p{Pf}"']*$/u.test(shown.trimEnd()) ? '' : '…')
    // And opened with … where it starts inside its sentence.
    shown = (passage.opening ?? '') + shown
    const words = [...new Set([...passage.gaps.map((g) => g.text), ...item.distractors])]
    return {
      kind: 'gaps',
      passage: shown,
      gaps: passage.gaps.map((g, i) => ({ answers: [g.text, ...item.gaps[i]!.accept], bank: item.bank ? words : null })),
      reasons: item.gaps.flatMap((g) => (g.feedback ? [reason(g.feedback, g.claim)] : []))
    }
  }
  if (item.type === 'matching') {
    return { kind: 'pairs', premises: item.pairs.map((p) => p.premise), responses: [...item.pairs.map((p) => p.response), ...item.distractors], right: item.pairs.map((p) => p.response), reasons: item.pairs.map((p) => reason(p.feedback, p.claim)) }
  }
  if (item.type === 'ordering') {
    const order = item.sequence ?? item.steps.map((_, i) => i)
    return { kind: 'sequence', steps: order.map((i) => item.steps[i]!.text), listed: item.steps.map((s) => s.text), reasons: item.steps.flatMap((s) => (s.feedback ? [reason(s.feedback, s.claim)] : [])) }
  }
  if (item.type === 'numeric') {
    const [low, high] = item.range ?? [item.answer - item.tolerance, item.answer + item.tolerance]
    return { kind: 'number', answer: item.answer, low: low!, high: high!, reasons: [reason(item.feedback, undefined)] }
  }
  return null
}

function bank(module: Module, selection: Selection): BankItem[] {
  const claim = (id: string) => module.claims.find((c) => c.id === id)!
  const cite = (id: string): string => `(¶${claim(id).anchor.paragraph})`
  return selection.items.map((item) => {
    const theme = module.themes.find((t) => t.id === claim(item.claims[0]!).themes[0])!
    const raw =
      item.type === 'true-false'
        ? [
            { text: 'True', correct: item.answer, feedback: item.feedback.if_true },
            { text: 'False', correct: !item.answer, feedback: item.feedback.if_false }
          ]
        : item.type === 'single' || item.type === 'multiple'
          ? item.options.map((o) => ({ ...o, correct: o.correct === true }))
          : []
    return {
      id: item.id,
      type: item.type,
      stem: item.stem,
      note: item.type === 'cloze' && item.gaps.length < 2 ? null : noteOf(item.type, item.stem),
      points: item.points,
      // An option's own claim's ¶; the item's for a right option and either true/false answer; none for a wrong option without a claim.
      options: raw.map((o) => {
        const cited = ('claim' in o && o.claim) || (o.correct || item.type === 'true-false' ? item.claims[0]! : null)
        return { text: o.text, correct: o.correct, feedback: cited ? `${o.feedback} ${cite(cited)}` : o.feedback, pinned: 'pin' in o && o.pin === 'last' }
      }),
      tests: item.claims.map((id) => `Tests ${labelOf(module, id)} (¶${claim(id).anchor.paragraph}): ${claim(id).paraphrase}`),
      category: `$course$/top/${module.article.meta.title}/${theme.label}`,
      modelAnswer: item.type === 'short' ? item.model_answer : null,
      rubric: item.type === 'short' ? item.rubric.map((r) => r.criterion) : [],
      lines: item.type === 'short' ? item.lines : null,
      unit: item.type === 'numeric' ? (item.unit ?? null) : null,
      parts: expected(module, item)
    }
  })
}

/**
 * What the question text says under the stem of an item whose type gives partial credit: how
 * to answer (unless the stem says it already: "… Select all that apply."), and how a share is
 * earned (a cloze of one blank gives none: nothing is said).
 */
function noteOf(type: ItemType, stem: string): string | null {
  const { multiple, cloze, matching, ordering } = EN.types
  const words: Record<string, [string, string] | undefined> = {
    multiple: [multiple.instruction, multiple.scoring],
    // Online, where the platform draws its own blanks, lists and order.
    cloze: [cloze.online, cloze.scoring],
    matching: [matching.online, matching.scoring],
    ordering: [ordering.online, ordering.scoring]
  }
  const [how, scoring] = words[type] ?? []
  if (how === undefined || scoring === undefined) return null
  return stem.toLowerCase().includes(how.toLowerCase().replace(/\.$/, '')) ? scoring : `${how} ${scoring}`
}

/** A claim's label, C1…Cn in claims.yaml's order. */
const labelOf = (module: Module, id: string): string => `C${module.claims.findIndex((c) => c.id === id) + 1}`

/**
 * The paper key's scoring rule, stated here on its own: a single choice or true/false item
 * scores all for its right option alone; a multiple-select item with k right options scores
 * 1/k for each right option ticked, −1/k for each wrong one, and never below 0.
 */
function ruleScore(item: BankItem, ticked: readonly boolean[]): number {
  if (item.type !== 'multiple') return ticked.filter(Boolean).length === 1 && item.options.some((o, i) => o.correct && ticked[i]) ? 1 : 0
  const k = item.options.filter((o) => o.correct).length
  const right = item.options.filter((o, i) => o.correct && ticked[i]).length
  const wrong = item.options.filter((o, i) => !o.correct && ticked[i]).length
  return Math.max(0, (right - wrong) / k)
}

/** Every way of answering: each option alone and none for one choice, every subset for several. */
function answers(item: BankItem): boolean[][] {
  const n = item.options.length
  if (item.type !== 'multiple') return [Array<boolean>(n).fill(false), ...item.options.map((_, i) => item.options.map((__, j) => j === i))]
  return Array.from({ length: 2 ** n }, (_, mask) => item.options.map((__, j) => (mask & (1 << j)) !== 0))
}

// ---- comparing, with the field named ----

class Differences {
  readonly list: string[] = []
  field(format: string, id: string, field: string, actual: unknown, expected: unknown): void {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) this.list.push(`${format} ${id} ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
  check(format: string, id: string, field: string, ok: boolean, what: string): void {
    if (!ok) this.list.push(`${format} ${id} ${field}: ${what}`)
  }
}

/**
 * The type a format gives an item: its own, except where the format has no such question
 * (GIFT and Canvas's classic quizzes have no ordering, GIFT no cloze of several blanks),
 * where it arrives as matching, as the build warns.
 */
function typeIn(format: string, want: BankItem): ItemType {
  if (want.type === 'ordering' && (format === 'gift' || format === 'canvas')) return 'matching'
  if (want.type === 'cloze' && format === 'gift' && want.parts?.kind === 'gaps' && want.parts.gaps.length > 1) return 'matching'
  return want.type
}

/**
 * Whether `score`, a fully right answer's, is all the points: exactly, but for multiple
 * select in Moodle (and GIFT), whose grades come from a list of its own (3 × 33.33333% is
 * 0.9999999), above 0.999999, which Moodle counts as right (question_state's
 * graded_state_for_fraction), and shows as full marks.
 */
const fullMarks = (format: string, type: ItemType, score: number): boolean => ((format === 'moodle' || format === 'gift') && type === 'multiple' ? score > 0.999999 && score <= 1 : score === 1)

/** Text in paragraphs as plain text shows it: paragraphs a blank line apart, a line end inside one a space. */
const shownAsPlainText = (text: string): string =>
  text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim().replace(/[ \t]*\n[ \t]*/g, ' '))
    .filter((p) => p !== '')
    .join('\n\n')

/** What every format must carry of an item: text, type, options, feedback, scores, the claims tested, and no model answer for students. */
function compareCommon(d: Differences, format: string, got: Imported, want: BankItem, options: { trueFalse: [string, string]; modelAnswers: boolean }): void {
  d.field(format, want.id, 'type', got.type, typeIn(format, want))
  // As a student reads it: GIFT is plain text to Moodle, every line end a line break, so a line
  // end inside a paragraph is written as the space it is in print and in HTML (README: Paragraphs).
  const stem = format === 'gift' ? shownAsPlainText(want.stem) : want.stem
  if (want.unit !== null && (format === 'moodle' || format === 'gift' || format === 'canvas')) {
    // Where the answer box cannot show the unit (Moodle's, GIFT's and Canvas's numerical questions), the question text does, under the stem.
    d.field(format, want.id, 'stem', got.stem.slice(0, stem.length), stem)
    const under = got.stem.slice(stem.length)
    d.check(format, want.id, 'unit under the stem', under.startsWith('\n') && under.includes(want.unit), `expected ${JSON.stringify(want.unit)} on a line under the stem, got ${JSON.stringify(under)}`)
  } else if (want.note === null) d.field(format, want.id, 'stem', got.stem, stem)
  else {
    // Students must read that a wrong tick costs: no platform's own instruction says so.
    d.field(format, want.id, 'stem', got.stem.slice(0, stem.length), stem)
    d.field(format, want.id, 'scoring note under the stem', got.stem.slice(stem.length).trim(), want.note)
  }
  const texts = want.type === 'true-false' ? options.trueFalse : want.options.map((o) => o.text)
  // The file may list the options in an order of its own (compareWritten): each is found by its text.
  const at = placesOf(got, texts)
  d.field(format, want.id, 'answers', at.map((j) => got.options[j]?.text ?? null), texts)
  d.field(format, want.id, 'answer count', got.options.length, texts.length)
  d.field(format, want.id, 'option feedback', at.map((j) => got.options[j]?.feedback ?? null), want.options.map((o) => o.feedback))
  if (want.parts) compareParts(d, format, got, want)
  for (const ticked of want.type === 'short' || want.parts ? [] : answers(want)) {
    const score = got.score(got.options.map((_, j) => ticked[at.indexOf(j)] === true))
    const rule = ruleScore(want, ticked)
    d.check(format, want.id, `score of ${JSON.stringify(ticked.map(Number))}`, rule === 1 ? fullMarks(format, want.type, score) : Math.abs(score - rule) < 1e-4, `expected ${rule}, got ${score}`)
  }
  for (const line of want.tests) d.check(format, want.id, 'general feedback', got.feedback.includes(line), `lacks ${JSON.stringify(line)}`)
  if (want.modelAnswer !== null) {
    const shown = [want.modelAnswer, ...want.rubric].filter((text) => got.feedback.includes(text))
    if (options.modelAnswers) d.field(format, want.id, 'model answer and rubric in student feedback (asked for)', shown.length, 1 + want.rubric.length)
    else d.field(format, want.id, 'model answer or rubric in student feedback', shown, [])
  }
}

/** Where each of `texts` (the bank's options, in its order) stands among the options the file lists; -1 where none. */
const placesOf = (got: Imported, texts: readonly string[]): number[] => texts.map((t) => got.options.findIndex((o) => o.text === t))

/**
 * Options a platform shows as the file lists them (it is told not to shuffle them, or may not):
 * an option pinned last stands last (where the keys stand is the seed's, as on paper: the
 * export tests look at that over many seeds).
 */
function compareWritten(d: Differences, format: string, got: Imported, want: BankItem): void {
  const at = placesOf(got, want.options.map((o) => o.text))
  const pinned = pinnedIndexes(want)
  d.field(format, want.id, 'pinned options last', pinned.map((i) => at[i]), pinned.map((_, k) => want.options.length - pinned.length + k))
}

const same = (a: readonly string[], b: readonly string[]): boolean => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort())
const squashed = (text: string): string => text.replace(/\s+/g, '')

/** Each score the format gives these responses, against the share the paper key gives; all the points, exactly, for an answer right in every part. */
function scores<T>(d: Differences, format: string, id: string, score: (response: T) => number, cases: Array<[string, T, number]>): void {
  for (const [what, response, share] of cases) {
    const got = score(response)
    d.check(format, id, `score of ${what}`, share === 1 ? got === 1 : Math.abs(got - share) < 1e-4, `expected ${share}, got ${got}`)
  }
}

/**
 * A matching question (as imported) against the premises, responses and key it should hold,
 * and its scores by the paper's rule: a share per right match. The premises may stand in an
 * order of the file's own (an ordering's steps, so that their order gives nothing away):
 * each is held to its own response.
 */
function comparePairs(d: Differences, format: string, id: string, got: Parts, want: { premises: string[]; responses: string[]; right: string[] }): void {
  if (got.kind !== 'pairs') return d.check(format, id, 'parts', false, `read back as ${got.kind}`)
  d.check(format, id, 'premises', same(got.premises, want.premises), `expected ${JSON.stringify(want.premises)}, got ${JSON.stringify(got.premises)}`)
  d.check(format, id, 'responses', same(got.responses, [...new Set(want.responses)]), `expected ${JSON.stringify(want.responses)}, got ${JSON.stringify(got.responses)}`)
  // The key in the file's order of premises.
  const right = got.premises.map((p) => want.right[want.premises.indexOf(p)] ?? `no response for ${p}`)
  d.field(format, id, 'key', got.right, right)
  const n = right.length
  const shifted = right.map((_, i) => right[(i + 1) % n]!)
  scores(d, format, id, got.score, [
    ['the key', right, 1],
    ['every match shifted', shifted, right.filter((r, i) => shifted[i] === r).length / n],
    ['the first match alone', right.map((r, i) => (i === 0 ? r : null)), 1 / n],
    ['nothing', right.map(() => null), 0]
  ])
}

/** What a cloze, matching, ordering or numeric item holds in `format`, by the paper key's rules. */
function compareParts(d: Differences, format: string, got: Imported, want: BankItem): void {
  const parts = want.parts!
  if (!got.parts) return d.check(format, want.id, 'parts', false, 'none read back')
  for (const line of parts.reasons) d.check(format, want.id, 'reasons in feedback', got.feedback.includes(line), `lacks ${JSON.stringify(line)}`)
  if (typeIn(format, want) === 'matching' && want.type !== 'matching') {
    // Arrived as matching: each step matched to its place, or each numbered blank to its words.
    if (parts.kind === 'sequence') {
      // Matched top to bottom to 1st, 2nd, 3rd…, rows in the key's order would score.
      if (got.parts.kind === 'pairs') d.check(format, want.id, 'rows in an order of their own', JSON.stringify(got.parts.premises) !== JSON.stringify(parts.steps), `the key's order: ${JSON.stringify(got.parts.premises)}`)
      const right = parts.listed.map((s) => place(parts.steps.indexOf(s) + 1))
      return comparePairs(d, format, want.id, got.parts, { premises: parts.listed, responses: parts.steps.map((_, n) => place(n + 1)), right })
    }
    if (parts.kind === 'gaps') {
      const right = parts.gaps.map((g) => g.answers[0]!)
      return comparePairs(d, format, want.id, got.parts, { premises: parts.gaps.map((_, i) => `(${i + 1})`), responses: parts.gaps[0]!.bank ?? right, right })
    }
  }
  const g = got.parts
  if (g.kind !== { gaps: 'gaps', pairs: 'pairs', sequence: 'sequence', number: 'number' }[parts.kind]) return d.check(format, want.id, 'parts', false, `read back as ${g.kind}`)
  if (parts.kind === 'gaps' && g.kind === 'gaps') {
    d.field(format, want.id, 'passage', squashed(g.passage), squashed(parts.passage))
    d.field(format, want.id, 'gaps', g.gaps.length, parts.gaps.length)
    parts.gaps.forEach((gap, i) => {
      const read = g.gaps[i]
      d.check(format, want.id, `answers of gap ${i + 1}`, read !== undefined && same(read.accepted.map((a) => a.toLowerCase()), gap.answers.map((a) => a.toLowerCase())), `expected ${JSON.stringify(gap.answers)}, got ${JSON.stringify(read?.accepted)}`)
      d.check(format, want.id, `choices of gap ${i + 1}`, gap.bank === null ? read?.choices === null : read?.choices != null && same(read.choices, gap.bank), `expected ${JSON.stringify(gap.bank)}, got ${JSON.stringify(read?.choices)}`)
    })
    const right = parts.gaps.map((gap) => gap.answers[gap.answers.length - 1]!)
    const wrong = parts.gaps.map((gap) => (gap.bank ? gap.bank.find((w) => !gap.answers.includes(w)) ?? null : 'not an answer'))
    const n = parts.gaps.length
    scores(d, format, want.id, g.score, [
      ['every gap right (typed answers in capitals)', right.map((r, i) => (parts.gaps[i]!.bank ? r : r.toUpperCase())), 1],
      ['the first gap alone', right.map((r, i) => (i === 0 ? r : wrong[i]!)), 1 / n],
      ['every gap wrong', wrong, 0],
      ['nothing', right.map(() => null), 0]
    ])
  } else if (parts.kind === 'pairs') {
    comparePairs(d, format, want.id, g, parts)
  } else if (parts.kind === 'sequence' && g.kind === 'sequence') {
    d.field(format, want.id, 'steps', g.steps, parts.steps)
    // qtype_ordering takes the order its answers are listed in for the key; QTI 2.1 lists them for a platform that may not shuffle.
    if (format === 'qti21') d.check(format, want.id, 'steps listed in an order of their own', JSON.stringify(g.shown) !== JSON.stringify(parts.steps), `the key's order: ${JSON.stringify(g.shown)}`)
    const reversed = [...parts.steps].reverse()
    scores(d, format, want.id, g.score, [
      ['the key', parts.steps, 1],
      ['the key reversed', reversed, parts.steps.filter((s, i) => reversed[i] === s).length / parts.steps.length],
      ['the first two swapped', [parts.steps[1]!, parts.steps[0]!, ...parts.steps.slice(2)], (parts.steps.length - 2) / parts.steps.length]
    ])
  } else if (parts.kind === 'number' && g.kind === 'number') {
    const step = Math.max(1e-3, (parts.high - parts.low) / 100)
    scores(d, format, want.id, g.score, [
      ['the answer', parts.answer, 1],
      ['the lowest accepted', parts.low, 1],
      ['the highest accepted', parts.high, 1],
      ['just below', parts.low - step, 0],
      ['just above', parts.high + step, 0]
    ])
  }
}

/** Grader-only information: the model answer and every criterion. */
function compareGrader(d: Differences, format: string, got: Imported, want: BankItem): void {
  if (want.modelAnswer === null) return
  d.check(format, want.id, 'grader information', got.grader?.includes(want.modelAnswer) === true, 'lacks the model answer')
  for (const criterion of want.rubric) d.check(format, want.id, 'grader information', got.grader?.includes(criterion) === true, `lacks ${JSON.stringify(criterion)}`)
}

const pinnedIndexes = (want: BankItem): number[] => want.options.flatMap((o, i) => (o.pinned ? [i] : []))

// ---- the builds ----

interface Built {
  module: Module
  selection: Selection
  items: BankItem[]
  messages: VFileMessage[]
  moodle: ReturnType<typeof readMoodle>
  gift: ReturnType<typeof readGift>
  /** The GIFT file's questions as Moodle's own reader first takes them. */
  giftInMoodle: ReturnType<typeof moodleGift>
  canvas: CanvasPackage
  qti21: Qti21Package
}

async function build(dir: string, set: string, modelAnswers: boolean): Promise<Built> {
  const checked = checkModule(dir, { set })
  if (!checked.module || !checked.selection) throw new Error(checked.messages.join('\n'))
  const result = await buildPack({ dir, out: tempDir('classpack-lms-'), set, formats: new Set(['moodle', 'gift', 'qti', 'qti21']), exportModelAnswers: modelAnswers })
  if (!result.target) throw new Error(result.files.flatMap((f) => f.messages).join('\n'))
  const file = (name: string): Buffer => readFileSync(join(result.target!, name))
  return {
    module: checked.module,
    selection: checked.selection,
    items: bank(checked.module, checked.selection),
    messages: result.files.flatMap((f) => f.messages),
    moodle: readMoodle(file('moodle.xml').toString('utf8')),
    gift: readGift(file('quiz.gift.txt').toString('utf8')),
    giftInMoodle: moodleGift(file('quiz.gift.txt').toString('utf8')),
    canvas: await readCanvas(file('canvas-qti.zip')),
    qti21: await readQti21(file('qti21.zip'))
  }
}

/** A multiple-select item on claim `signatures` with `keys` right options among `options`. */
const selectAll = (id: string, keys: number, options: number): string =>
  `${head(id, 'multiple', 'signatures')}    options:\n${Array.from({ length: options }, (_, j) => `      - text: Option ${j + 1} of ${id}\n        correct: ${j < keys}\n        feedback: Feedback ${j + 1}.\n`).join('')}`

/**
 * Items whose points do not divide evenly among their parts (2 points over 3 gaps, 1 over 3
 * pairs, 2 over 3 steps, 1 over 3, 6 or 7 right options): their shares are written rounded.
 */
const UNEVEN = `${head('c-three', 'cloze', 'free-computers', 2)}    gaps: [only, town, computer]
    distractors: [first]
${head('c-typed', 'cloze', 'free-computers')}    bank: false
    gaps:
      - only
      - text: computer
        accept: [PC]
      - free
${head('m-three', 'matching', 'costs-money')}    pairs:
      - { premise: Rachel Amin, response: The library costs forty thousand pounds a year., feedback: The council leader said so. }
      - { premise: Local teachers and parents, response: Poorer children would fall behind., claim: children-fall-behind, feedback: They have said so. }
      - { premise: The author, response: Free computers are the best reason to keep it., claim: free-computers, feedback: Her own hedged reason. }
    distractors: [The building should become a museum.]
${head('o-three', 'ordering', 'vote-next-month', 2)}    steps:
      - text: Residents collect signatures.
      - text: The council counts the visitors.
      - text: The council votes.
${selectAll('x-three', 3, 4)}${selectAll('x-six', 6, 7)}${selectAll('x-seven', 7, 8)}`

/** `make()`, made once. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/** Each bank, its set and the types that set holds: the demo's review set the older ones (and some newer), its close-reading set the newer ones, the hostile bank all. */
const BANKS: Array<[string, () => string, string, ItemType[]]> = [
  ['the demo bank', () => DEMO, 'full', ['single', 'multiple', 'true-false', 'short', 'ordering', 'numeric']],
  ['the demo’s close-reading set', () => DEMO, 'close-reading', ['cloze', 'matching', 'ordering', 'numeric']],
  ['the hostile bank', () => HOSTILE, 'all', ['single', 'multiple', 'true-false', 'short', 'cloze', 'matching', 'ordering', 'numeric']],
  ['a bank whose points do not divide evenly among parts', once(() => library(UNEVEN)), 'all', ['multiple', 'cloze', 'matching', 'ordering']]
]

describe.each(BANKS)('%s, every export read back', (_, dir, set, types) => {
  let built: Built
  beforeAll(async () => {
    built = await build(dir(), set, false)
  })

  it('holds the item types its set takes (the hostile bank also pinned options and multiple-select items with more keys than distractors, and fewer)', () => {
    expect(new Set(built.items.map((i) => i.type))).toEqual(new Set(types))
    if (dir() !== HOSTILE) return
    // Where keys and distractors differ in number, ±1/k differs from other partial-credit rules.
    const multiples = built.items.filter((i) => i.type === 'multiple')
    expect(multiples.some((i) => i.options.filter((o) => o.correct).length * 2 > i.options.length)).toBe(true)
    expect(multiples.some((i) => i.options.filter((o) => o.correct).length * 2 < i.options.length)).toBe(true)
    expect(built.items.some((i) => i.options.some((o) => o.pinned))).toBe(true)
  })

  it('Moodle XML: every field as written, grades by the rule, grader information for graders only', () => {
    const d = new Differences()
    d.field('moodle', '*', 'items', [...built.moodle.keys()].sort(), built.items.map((i) => i.id).sort())
    for (const want of built.items) {
      const got = built.moodle.get(want.id)
      if (!got) continue
      compareCommon(d, 'moodle', got, want, { trueFalse: ['true', 'false'], modelAnswers: false })
      compareGrader(d, 'moodle', got, want)
      // Moodle makes a cloze worth its gaps' whole-number weights: one mark a gap where the points are not a multiple of the gaps, as the build warns.
      const gaps = want.parts?.kind === 'gaps' ? want.parts.gaps.length : 0
      const uneven = gaps > 0 && want.points % gaps !== 0
      d.field('moodle', want.id, 'points', got.points, uneven ? gaps : want.points)
      d.field('moodle', want.id, 'uneven cloze points warned', built.messages.some((m) => m.ruleId === 'moodle-cloze-points' && m.reason.includes(`\`${want.id}\``)), uneven)
      d.field('moodle', want.id, 'category', got.category, want.category)
      if (want.type === 'single' || want.type === 'multiple') {
        // Moodle cannot keep one answer last: an item with a pinned option is not shuffled, and its options are dealt.
        d.field('moodle', want.id, 'shuffle', got.shuffle, pinnedIndexes(want).length === 0)
        d.field('moodle', want.id, 'shuffle warned', built.messages.some((m) => m.ruleId === 'moodle-pin' && m.reason.includes(`\`${want.id}\``)), pinnedIndexes(want).length > 0)
        if (got.shuffle === false) compareWritten(d, 'moodle', got, want)
        d.field('moodle', want.id, 'standard instruction', got.standardInstruction, false)
      }
      if (want.lines !== null) d.field('moodle', want.id, 'essay lines', got.lines, want.lines)
    }
    expect(d.list).toEqual([])
  })

  it('GIFT: every field as written, weights by the rule; each lost mark and pin warned, naming the item', () => {
    const d = new Differences()
    d.field('gift', '*', 'items', [...built.gift.keys()].sort(), built.items.map((i) => i.id).sort())
    const warned = (rule: string, id: string): boolean => built.messages.some((m) => m.ruleId === rule && m.fatal === false && m.reason.includes(`\`${id}\``))
    for (const want of built.items) {
      const got = built.gift.get(want.id)
      if (!got) continue
      compareCommon(d, 'gift', got, want, { trueFalse: ['true', 'false'], modelAnswers: false })
      d.field('gift', want.id, 'category', got.category, want.category)
      // GIFT's documented limits: no marks (Moodle gives 1), no say over shuffling.
      d.field('gift', want.id, 'points lost and warned', warned('gift-points', want.id), want.points !== 1)
      d.field('gift', want.id, 'pin lost and warned', warned('gift-pin', want.id), pinnedIndexes(want).length > 0)
      // The warning has the teacher turn shuffling off: the options are then seen as listed.
      if (pinnedIndexes(want).length > 0) compareWritten(d, 'gift', got, want)
      if (want.parts) d.field('gift', want.id, 'arrives as matching, warned', warned(want.type === 'ordering' ? 'gift-ordering' : 'gift-cloze', want.id), typeIn('gift', want) !== want.type)
      // Moodle's reader shows a missing word's blank only where text follows the answers.
      if (want.type === 'cloze' && typeIn('gift', want) === 'cloze') d.field('gift', want.id, 'blank in Moodle', built.giftInMoodle.get(want.id)?.blank, true)
    }
    expect(d.list).toEqual([])
  })

  it('Canvas QTI 1.2: every field as written, scored by the rule both in QTI terms and by Canvas’s own rule, feedback as HTML Canvas keeps', () => {
    const d = new Differences()
    const { items, shuffleAnswers, points } = built.canvas
    const warned = (rule: string, id: string): boolean => built.messages.some((m) => m.ruleId === rule && m.fatal === false && m.reason.includes(`\`${id}\``))
    d.field('canvas', '*', 'items', [...items.keys()], built.items.map((i) => i.id))
    d.field('canvas', '*', 'quiz points', points, built.items.reduce((n, i) => n + i.points, 0))
    d.field('canvas', '*', 'quiz shuffles answers', shuffleAnswers, !built.items.some((i) => pinnedIndexes(i).length > 0))
    for (const want of built.items) {
      const got = items.get(want.id)
      if (!got) continue
      compareCommon(d, 'canvas', got, want, { trueFalse: ['True', 'False'], modelAnswers: false })
      d.field('canvas', want.id, 'points', got.points, want.points)
      if (want.parts) d.field('canvas', want.id, 'arrives as matching, warned', warned('qti-ordering', want.id), typeIn('canvas', want) !== want.type)
      d.field('canvas', want.id, 'feedback texttype', got.feedbackTypes, got.feedbackTypes.map(() => 'text/html'))
      got.feedbackHtml.forEach((html, i) => d.check('canvas', want.id, `feedback ${i} kept as HTML by Canvas`, canvasKeepsHtml(html), JSON.stringify(html)))
      d.field('canvas', want.id, 'option texttype', got.optionTypes, want.options.map(() => 'text/plain'))
      if (want.type !== 'short' && !want.parts) {
        d.field('canvas', want.id, 'shuffle', got.shuffle, want.type !== 'true-false')
        const at = placesOf(got, want.options.map((o) => o.text))
        d.field('canvas', want.id, 'fixed', got.fixed.map((j) => at.indexOf(j)), pinnedIndexes(want))
        // A pinned option anywhere turns Canvas's shuffling off for every question: their options are dealt.
        if (!shuffleAnswers && want.type !== 'true-false') compareWritten(d, 'canvas', got, want)
        d.field('canvas', want.id, 'shuffle warned', warned('qti-pin', want.id), pinnedIndexes(want).length > 0)
      }
      if (want.type === 'multiple') {
        const at = placesOf(got, want.options.map((o) => o.text))
        for (const ticked of answers(want)) {
          const score = canvasNativeScore(got, got.options.map((_, j) => ticked[at.indexOf(j)] === true))
          d.check('canvas', want.id, `Canvas's own score of ${JSON.stringify(ticked.map(Number))}`, Math.abs(score - ruleScore(want, ticked)) < 1e-4, `expected ${ruleScore(want, ticked)}, got ${score}`)
        }
      }
    }
    expect(d.list).toEqual([])
  })

  it('QTI 2.1: every field as written, scored by the rule, the rubric for the scorer only', () => {
    const d = new Differences()
    d.field('qti21', '*', 'items', [...built.qti21.items.keys()], built.items.map((i) => i.id))
    for (const want of built.items) {
      const got = built.qti21.items.get(want.id)
      if (!got) continue
      compareCommon(d, 'qti21', got, want, { trueFalse: ['True', 'False'], modelAnswers: false })
      compareGrader(d, 'qti21', got, want)
      d.field('qti21', want.id, 'points', got.points, want.points)
      // A platform that turns the item into a question of its own from the mapping, rather than
      // running the rules, must find the points there too: the shares, as written, add up to them.
      const mapped = mappedPoints(got.xml)
      if (mapped !== null) d.field('qti21', want.id, 'mapped shares as written, added up', mapped, want.points)
      if (want.type === 'short') d.field('qti21', want.id, 'expected lines', got.lines, want.lines)
      else if (!want.parts) {
        d.field('qti21', want.id, 'shuffle', got.shuffle, want.type !== 'true-false')
        d.field('qti21', want.id, 'fixed', got.fixed, pinnedIndexes(want))
      }
    }
    expect(d.list).toEqual([])
  })
})

/**
 * What a QTI 2.1 item's mappings give a response right in every part, adding the numbers as
 * written (as decimals): for each response, its best value (one choice, gap or typed
 * answer) or all its positive values (several choices or pairs); null without a mapping.
 */
function mappedPoints(itemXml: string): number | null {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['responseDeclaration', 'mapEntry'].includes(name) })
  const declarations = (parser.parse(itemXml).assessmentItem.responseDeclaration ?? []) as Array<Record<string, any>>
  const mapped = declarations.filter((d) => d.mapping)
  if (mapped.length === 0) return null
  const total = mapped.reduce((sum, d) => {
    const values = (d.mapping.mapEntry as Array<Record<string, string>>).map((e) => decimalUnits(e['@mappedValue']!))
    // Largest first (bigints, which Math.max does not take).
    const positive = values.filter((v) => v > 0n).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))
    return sum + (d['@cardinality'] === 'single' ? (positive[0] ?? 0n) : positive.reduce((a, b) => a + b, 0n))
  }, 0n)
  return fromUnits(total)
}

describe('with --export-model-answers', () => {
  let built: Built
  beforeAll(async () => {
    built = await build(HOSTILE, 'all', true)
  })

  it('every format also shows students the model answer and rubric after an attempt; graders still have them', () => {
    const d = new Differences()
    for (const want of built.items) {
      const formats: Array<[string, Imported | undefined, [string, string]]> = [
        ['moodle', built.moodle.get(want.id), ['true', 'false']],
        ['gift', built.gift.get(want.id), ['true', 'false']],
        ['canvas', built.canvas.items.get(want.id), ['True', 'False']],
        ['qti21', built.qti21.items.get(want.id), ['True', 'False']]
      ]
      for (const [format, got, trueFalse] of formats) compareCommon(d, format, got!, want, { trueFalse, modelAnswers: true })
      compareGrader(d, 'moodle', built.moodle.get(want.id)!, want)
      compareGrader(d, 'qti21', built.qti21.items.get(want.id)!, want)
    }
    expect(built.items.some((i) => i.modelAnswer !== null)).toBe(true)
    expect(d.list).toEqual([])
  })
})

describe('the hostile bank', () => {
  it('really holds the characters the formats give a meaning to, in every field the exports carry', async () => {
    const { items, module } = await build(HOSTILE, 'all', false)
    const text = JSON.stringify({ items, title: module.article.meta.title, themes: module.themes })
    for (const c of ['“', '”', '‘', '’', '–', '—', '&', '<', '>', '~', '=', '#', '{', '}', ':', '\\', '*', '[', ']', '`', '%', ']]>', '&amp;', 'مرحبا', '你好', '🙂', '👍🏽', '\n']) {
      expect(text, c).toContain(JSON.stringify(c).slice(1, -1))
    }
  })
})
