// Ordering: steps to put in order (the order of the argument, events as the article tells
// them). The key is the order the steps are listed in, or, with `key: article`, the order
// in which their claims stand in the article (¶, then place in it), so that the key cannot
// drift from the text. Each step in its right place earns an equal share. Printed as
// lettered steps in an order each version shuffles, with a box each to number; Moodle takes
// it as `ordering` (qtype_ordering, standard from Moodle 4.4), QTI 2.1 as an
// `orderInteraction`, and GIFT and Canvas, which have no ordering question, as matching
// each step to its place (scored the same way), with a warning.
import type { Element } from 'xast'
import { x } from 'xastscript'
import { normalize } from '../article/normalize.js'
import { code, error } from '../messages.js'
import type { ItemBase } from '../questions/model.js'
import type { PlacedPiece } from '../select/model.js'
import { id, list, object, oneOf, optional, placeOf, required, string } from '../yaml/decode.js'
import { giftArrow, giftLeft, joined, pause } from './parts.js'
import { equal } from './shares.js'
import type { ItemText, Placed, QuestionTypeModule, TypeLimit } from './type.js'

export interface Step {
  text: string
  /** The claim the step rests on (default: the item's first; required with `key: article`). */
  claim?: string
  /** Why it stands where it does (optional); its claim's ¶ is cited. */
  feedback?: string
}

export const ORDERING_KEYS = ['listed', 'article'] as const

export interface OrderingItem extends ItemBase {
  type: 'ordering'
  steps: Step[]
  /** `listed`: the steps are written in their right order; `article`: their claims' places in the article give it. */
  key: (typeof ORDERING_KEYS)[number]
  /** The steps' indexes in their right order (set by `check`). */
  sequence?: number[]
}

/** How to answer, how a share is earned, and how other formats name a place. */
export interface OrderingStrings {
  instruction: string
  /** The instruction in an export's question text, where the platform draws its own list to reorder. */
  online: string
  scoring: string
  keyScoring(steps: number, points: number): string
  /** A place in the order, as a response where a step is matched to its place: "1st". */
  position(n: number): string
  /** The file's note where the item arrives as matching: GIFT or Canvas has no ordering question. */
  asMatching(id: string, format: string): string
  /** GIFT's comment above an ordering question whose step held `->` (written `→`). */
  arrow(id: string): string
}

const step = object('a step', { text: required(string()), claim: optional(id), feedback: optional(string()) })

/** The steps in their right order (the order the key gives). */
export function inOrder(item: OrderingItem): Step[] {
  const sequence = item.sequence ?? (item.key === 'listed' ? item.steps.map((_, i) => i) : undefined)
  // `check` sets the sequence of an item keyed by the article; a piece called before it is a programmer error.
  if (!sequence) throw new TypeError(`classpack: ordering item \`${item.id}\` was not checked against the article`)
  return sequence.map((i) => item.steps[i]!)
}

const claimOf = (item: OrderingItem, s: Step): string => s.claim ?? item.claims[0]!

/** The letter each place holds in `placed` (its pieces are the steps in order): ["C", "A", …]. */
const lettersInOrder = (placed: Placed<OrderingItem>): string[] => placed.item.steps.map((_, n) => placed.pieces.find((p) => p.index === n)!.letter)

/** "A2 B4 C1 D3": each printed step's letter and the number its box takes. */
const boxes = (placed: Placed<OrderingItem>): string => placed.pieces.map((p) => `${p.letter}${p.index + 1}`).join(' ')

/** The steps' rationales in order, one line each: "1. …: why (¶3)". */
const rationales = (item: OrderingItem, cite: (text: string, claim?: string) => string): string[] =>
  inOrder(item).map((s, n) => `${n + 1}. ${s.feedback ? joined(s.text, cite(s.feedback, claimOf(item, s))) : `${s.text} ${cite('', claimOf(item, s)).trim()}`}`)

/**
 * The steps as an export writes them (`pieces`, an order of the export's own: a platform may
 * show them as written, and steps in the key's order give it away), each with its number as
 * listed (its identifier) and its place in the key (0-based).
 */
const rows = (item: OrderingItem, pieces: readonly PlacedPiece[]): Array<{ step: Step; listed: number; place: number }> => {
  const order = inOrder(item)
  return pieces.map((p) => ({ step: order[p.index]!, listed: item.steps.indexOf(order[p.index]!), place: p.index }))
}

export const ordering: QuestionTypeModule<OrderingItem, OrderingStrings> = {
  name: 'ordering',
  description: 'steps put in the order the article gives them (the key from their claims’ places, or as listed)',
  itemName: 'an ordering item',
  fields: {
    steps: required(list(step, { min: 3, max: 8 })),
    key: optional(oneOf(ORDERING_KEYS), () => 'listed' as const)
  },
  check(item, { file, anchors }) {
    const first = new Map<string, number>()
    item.steps.forEach((s, i) => {
      const norm = normalize(s.text).text.toLowerCase()
      const at = first.get(norm)
      if (at !== undefined) error(file, `Unexpected duplicate step ${code(s.text)} in ordering item \`${item.id}\`, expected steps that differ (same as step ${at + 1})`, placeOf(s, 'text'), 'duplicate-option')
      else first.set(norm, i)
    })
    if (item.key !== 'article') return
    const places: Array<{ i: number; paragraph: number; start: number }> = []
    item.steps.forEach((s, i) => {
      if (!s.claim) {
        error(file, `Missing \`claim\` in step ${i + 1} of ordering item \`${item.id}\`, expected the claim the step rests on: with \`key: article\` the claims' places in the article give the order`, placeOf(s), 'ordering-claim')
        return
      }
      const anchor = anchors.get(s.claim)?.anchor
      if (anchor) places.push({ i, paragraph: anchor.paragraph, start: anchor.start })
    })
    // A step whose claim is unknown or does not anchor is reported already (its id, or claims.yaml).
    if (places.length !== item.steps.length) return
    const byClaim = new Map<string, number>()
    item.steps.forEach((s, i) => {
      const other = byClaim.get(s.claim!)
      if (other !== undefined) error(file, `Unexpected claim \`${s.claim}\` for steps ${other + 1} and ${i + 1} of ordering item \`${item.id}\`, expected a claim of its own for each step: the article cannot order two steps that rest on one passage (or list the steps in order and leave out \`key: article\`)`, placeOf(s, 'claim'), 'ordering-claim')
      else byClaim.set(s.claim!, i)
    })
    // Derived from the article, not written: left out when the item is written back as YAML (not enumerable).
    Object.defineProperty(item, 'sequence', { value: places.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start).map((p) => p.i), enumerable: false, writable: true, configurable: true })
  },
  claimRefs: (item) => item.steps.flatMap((s) => (s.claim ? [{ owner: s as object, key: 'claim', id: s.claim }] : [])),
  texts: (item) =>
    item.steps.flatMap((s, i): ItemText[] => [
      { text: s.text, owner: s, key: 'text', what: `step ${i + 1}`, claim: claimOf(item, s), feedback: false, isKey: false },
      ...(s.feedback ? [{ text: s.feedback, owner: s, key: 'feedback', what: `feedback of step ${i + 1}`, claim: claimOf(item, s), feedback: true, isKey: true }] : [])
    ]),
  // Reading every step and weighing where each goes: about half a minute a step.
  minutes: (item) => Math.max(1, item.steps.length / 2),
  options: () => [],
  shuffles: false,
  pieces: (item) => inOrder(item).map((s) => s.text),
  answerKind: 'sequence',
  answer: boxes,
  instruction: (words, medium) => (medium === 'online' ? words.online : words.instruction),
  answerLines: () => 0,
  quiz: ({ pieces }, _words, kit) => [':::sequence', ...pieces.map((p) => `::step[${kit.text(p.text)}]{letter=${kit.token(p.letter)} }`), ':::'].join('\n'),
  key(placed, _words, _strings, kit) {
    const { item } = placed
    const letters = lettersInOrder(placed)
    const rows = inOrder(item).map((s, n) => `- **${n + 1}. ${letters[n]}.** *${kit.text(s.text)}*${s.feedback ? `${pause(s.text)} ${kit.text(s.feedback)}` : ''} (${kit.text(kit.cite(claimOf(item, s), s.feedback))})`)
    return {
      answer: { short: boxes(placed), text: `${letters.join(', ')} (${boxes(placed)})` },
      modelAnswer: null,
      rubric: null,
      markdown: rows.join('\n')
    }
  },
  scoring: (item, words) => ({ quiz: words.scoring, key: words.keyScoring(item.steps.length, item.points) }),
  gradingCell: boxes,
  limits(item, format, words) {
    if (format !== 'gift' && format !== 'qti') return []
    const [file, name] = format === 'gift' ? ['quiz.gift.txt', 'GIFT'] : ['canvas-qti.zip', 'Canvas QTI 1.2']
    const limits: TypeLimit[] = [
      {
        key: 'steps',
        ruleId: `${format}-ordering`,
        reason: `Unexpected ordering item \`${item.id}\` in ${file}, expected a question type ${name} has: it arrives as a matching question, each step matched to its place and scored the same way; import moodle.xml or qti21.zip, which keep it an ordering question`,
        note: words.asMatching(item.id, name)
      }
    ]
    // As a GIFT matching question, a step's own `->` would split its pair.
    if (format === 'gift') limits.push(...giftArrow(item.steps.map((s) => s.text), 'steps', `a step of ordering item \`${item.id}\``, words.arrow(item.id)))
    return limits
  },
  moodle: {
    type: 'ordering',
    penalty: '0.3333333',
    text: (_item, _words, kit) => kit.question,
    body: (item, _words, kit) => [
      x('layouttype', 'VERTICAL'),
      x('selecttype', 'ALL'),
      x('selectcount', String(item.steps.length)),
      // Each step in its right place earns its share, as on paper.
      x('gradingtype', 'ABSOLUTE_POSITION'),
      x('showgrading', 'SHOW'),
      x('numberingstyle', 'none'),
      kit.htmlField('correctfeedback', ''),
      kit.htmlField('partiallycorrectfeedback', ''),
      kit.htmlField('incorrectfeedback', ''),
      // The answers in their right order, which qtype_ordering takes for the key (and shuffles them for each attempt).
      ...inOrder(item).map((s, n) => x('answer', { fraction: String(n + 1), format: 'html' }, [x('text', [kit.cdata(`<p>${kit.html(s.text)}</p>`)])]))
    ],
    general: (item, _words, kit) => rationales(item, kit.cite).map((line) => `<p>${kit.html(line)}</p>`).join('')
  },
  gift(item, words, kit) {
    const lines = rows(item, kit.pieces).map(({ step, place }) => `\t=${kit.text(giftLeft(step.text))} -> ${kit.escape(words.position(place + 1))}`)
    return `${kit.stem}{\n${[...lines, `\t${kit.general([...kit.tests, ...rationales(item, kit.cite)])}`].join('\n')}\n}`
  },
  qti: {
    // Canvas's classic quizzes have no ordering question: each step is matched to its place.
    type: 'matching_question',
    text: (_item, _words, kit) => kit.question,
    // Canvas never shuffles a matching question's rows (its quiz.rb lists matching among
    // non_shuffled_questions): they are in the export's order, never the key's.
    response: (item, words, kit) =>
      rows(item, kit.pieces).map(({ step, listed }) =>
        x('response_lid', { ident: `response_${kit.ident(`step ${listed + 1}`)}` }, [
          kit.plain(step.text),
          x(
            'render_choice',
            item.steps.map((_, n) => x('response_label', { ident: kit.matchIdent(n + 1) }, [kit.plain(words.position(n + 1))]))
          )
        ])
      ),
    scoring: (item, kit) => {
      const percents = kit.percents(equal(item.steps.length))
      return rows(item, kit.pieces).map(({ listed, place }, k) => kit.add(kit.matchIdent(place + 1), percents[k]!, `response_${kit.ident(`step ${listed + 1}`)}`))
    },
    general: (item, _words, kit) => rationales(item, kit.cite).map((line) => `<p>${kit.html(line)}</p>`).join('')
  },
  qti21: {
    response: (item) => [
      x('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'ordered', baseType: 'identifier' }, [
        x('correctResponse', inOrder(item).map((s) => x('value', `step-${item.steps.indexOf(s) + 1}`)))
      ])
    ],
    body: (item, _words, kit) => ({
      before: [],
      // Shuffled by the platform; in the export's order for one that does not shuffle.
      after: [x('orderInteraction', { responseIdentifier: 'RESPONSE', shuffle: 'true' }, rows(item, kit.pieces).map(({ step, listed }) => x('simpleChoice', { identifier: `step-${listed + 1}` }, kit.text(step.text))))]
    }),
    // Each step in its right place adds its share: the n-th of the response is the n-th step of
    // the key. Every step in place: the points, whatever the shares add up to.
    scoring: (item, kit) => {
      const shares = kit.shares(equal(item.steps.length))
      const places = inOrder(item).map(
        (s, n): Element =>
          x('responseCondition', [
            x('responseIf', [
              x('match', [x('index', { n: String(n + 1) }, [x('variable', { identifier: 'RESPONSE' })]), x('baseValue', { baseType: 'identifier' }, `step-${item.steps.indexOf(s) + 1}`)]),
              x('setOutcomeValue', { identifier: 'SCORE' }, [x('sum', [x('variable', { identifier: 'SCORE' }), x('baseValue', { baseType: 'float' }, kit.number(shares[n]!))])])
            ])
          ])
      )
      return [...places, kit.scoreFull(x('match', [x('variable', { identifier: 'RESPONSE' }), x('correct', { identifier: 'RESPONSE' })]))]
    },
    general: (item, _words, kit): Element[] => rationales(item, kit.cite).map((line) => x('p', [x('span', { class: 'feedback' }, kit.text(line))]))
  }
}

