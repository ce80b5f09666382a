// Numeric: a number read from the article, right within a tolerance (8 ± 0.5) or a range
// (7 to 9), with a unit printed beside the answer box. Moodle takes it as `numerical`,
// GIFT as `{#…}`, Canvas as `numerical_question`, QTI 2.1 as a text entry scored by bounds;
// Moodle, GIFT and Canvas, which show no unit beside their answer box, show it under the stem.
import type { Element } from 'xast'
import { x } from 'xastscript'
import { error } from '../messages.js'
import type { ItemBase } from '../questions/model.js'
import { list, optional, placeOf, required, string } from '../yaml/decode.js'
import { decimal } from './fields.js'
import type { QuestionTypeModule } from './type.js'

export interface NumericItem extends ItemBase {
  type: 'numeric'
  /** The number the key gives. */
  answer: number
  /**
   * The decimal places `answer` is written with in questions.yaml (`6.40`: 2), which YAML's
   * number (6.4) loses: a money answer printed "6.4 dollars" is not the figure the article
   * gives. Set by `check` from the file's text; the key, the grading sheet and the exports
   * write the answer with them (still a number every importer reads).
   */
  decimals?: number
  /** How far from `answer` a response may be and still be right (0: exactly). */
  tolerance: number
  /** Or the lowest and highest numbers accepted, instead of a tolerance. */
  range?: number[]
  /** Printed after the answer box ("years"); the stem should say it too. */
  unit?: string
  /** Why the answer is right, with the article's words; the ¶ of the item's first claim is cited. */
  feedback: string
}

/** How to answer, and how the key and grading sheet state what is accepted. */
export interface NumericStrings {
  instruction: string
  /** "accepted: 7.5 to 8.5". */
  accepted(low: string, high: string): string
  /** A number as the pack's language writes it on paper (the key, the grading sheet), German "4,2"; default: as `figure` writes it, "4.2". */
  number?(n: number): string
  /** A figure and its unit as the language writes them on paper, English "53%"; default: a space between ("53 %", "8 years"). */
  measure?(figure: string, unit: string): string
}

/**
 * Significant digits kept: enough for any figure a teacher writes (0.1234567890123,
 * 1234567890.12345 arrive whole; at 12 they were rounded, and marked a student who typed
 * the authored figure wrong), and few enough to drop the noise of a double's last digits
 * from sums such as 0.3 - 0.1 (0.19999999999999998, written 0.2).
 */
const DIGITS = 15

/**
 * A number as every export and the manifest write it: digits, a point, no grouping (8, 0.5,
 * -3), and never in exponent form: JavaScript writes 0.0000001 as "1e-7" and 10^21 as
 * "1e+21", which no teacher reads as the article's figure.
 */
export function figure(n: number, decimals = 0): string {
  const rounded = Number(n.toPrecision(DIGITS))
  const text = String(rounded)
  if (!/e/i.test(text)) return padded(text, decimals)
  // Made only for such a figure: most packs never need it.
  return new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: DIGITS, maximumFractionDigits: 100 }).format(rounded)
}

/** `text` (digits and a point) with at least `decimals` places: "6.4" with 2 is "6.40". */
function padded(text: string, decimals: number): string {
  const [whole, places = ''] = text.split('.')
  return places.length >= decimals ? text : `${whole}.${places.padEnd(decimals, '0')}`
}

/** The answer as written: with the decimal places questions.yaml gives it. */
const answerFigure = (item: NumericItem): string => figure(item.answer, item.decimals)

/**
 * The answer as a language writes it on paper, with the places questions.yaml gives it:
 * `number` drops a trailing 0 ("6,4"), so the places are made up after its decimal mark
 * (found by writing 1.5), "6,40".
 */
function onPaper(item: NumericItem, number: (n: number) => string): string {
  const text = number(item.answer)
  const decimals = item.decimals ?? 0
  if (decimals === 0 || /e/i.test(text)) return text
  const mark = number(1.5).replace(/\d/g, '')
  const at = text.lastIndexOf(mark)
  const places = at < 0 ? 0 : text.length - at - mark.length
  return places >= decimals ? text : `${text}${at < 0 ? mark : ''}${'0'.repeat(decimals - places)}`
}

/** The numbers accepted, lowest and highest. */
export function accepted(item: NumericItem): { low: number; high: number } {
  if (item.range) return { low: item.range[0]!, high: item.range[1]! }
  return { low: Number((item.answer - item.tolerance).toPrecision(DIGITS)), high: Number((item.answer + item.tolerance).toPrecision(DIGITS)) }
}

/** "8 years", "8"; on paper with the pack's numbers and units ("4,2 mm" in German, "53%" in English). */
function withUnit(item: NumericItem, words?: NumericStrings): string {
  const answer = words?.number ? onPaper(item, words.number) : answerFigure(item)
  if (!item.unit) return answer
  return words?.measure ? words.measure(answer, item.unit) : `${answer} ${item.unit}`
}

/**
 * The unit where a format's answer box cannot show it beside itself (Canvas's numerical
 * question, GIFT's numerical, and Moodle's, whose typed units show nowhere before the
 * attempt is over: qtype_numerical's renderer draws a unit only as a choice beside the box,
 * `showunits` 1 or 2, which would grade the choice too): a line under the stem, a blank and the unit, as the paper
 * quiz prints its box and QTI 2.1 its text entry: "_____ years". Without it students would
 * not know the unit, and Moodle refuses a response with one in a question imported without
 * units ("Do not include a unit in your response"), so they answer with the number alone.
 */
const unitLine = (unit: string): string => `_____ ${unit}`

/** The most characters Moodle stores of a numerical question's unit (its column is char(50)). */
const MOODLE_UNIT = 50

/** The question's HTML with the unit's line under it, as Moodle and Canvas take it. */
const withUnitLine = (item: NumericItem, kit: { question: string; html(text: string): string }): string => `${kit.question}${item.unit ? `<p>${kit.html(unitLine(item.unit))}</p>` : ''}`

/** The answer with what else is accepted, when anything is: "8 years (accepted: 7.5 to 8.5)". */
function stated(item: NumericItem, words: NumericStrings): string {
  const { low, high } = accepted(item)
  const number = words.number ?? figure
  return low === high ? withUnit(item, words) : `${withUnit(item, words)} (${words.accepted(number(low), number(high))})`
}

export const numeric: QuestionTypeModule<NumericItem, NumericStrings> = {
  name: 'numeric',
  description: 'a number read from the article, right within a tolerance or range, with its unit',
  itemName: 'a numeric item',
  fields: {
    answer: required(decimal()),
    tolerance: optional(decimal(0), () => 0),
    range: optional(list(decimal(), { min: 2, max: 2 })),
    unit: optional(string()),
    feedback: required(string())
  },
  check(item, { file }) {
    // The answer's decimal places as written ("6.40"): YAML reads the number 6.4.
    const at = placeOf(item, 'answer')
    const written = at?.start.offset === undefined || at.end.offset === undefined ? '' : String(file.value).slice(at.start.offset, at.end.offset).trim()
    const places = /^[-+]?\d*\.(\d+)$/.exec(written)?.[1]
    if (places && Number(written) === item.answer) item.decimals = places.length
    const range = item.range
    if (range?.length !== 2) return
    if (placeOf(item, 'tolerance')) error(file, `Unexpected \`tolerance\` beside \`range\` in numeric item \`${item.id}\`, expected one of the two: a tolerance around the answer, or the lowest and highest numbers accepted`, placeOf(item, 'tolerance'), 'numeric-bounds')
    const [low, high] = range as [number, number]
    if (low > high) error(file, `Unexpected range from ${figure(low)} down to ${figure(high)} in numeric item \`${item.id}\`, expected the lowest number first`, placeOf(item, 'range'), 'numeric-bounds')
    else if (item.answer < low || item.answer > high) error(file, `Unexpected answer ${figure(item.answer)} outside its range ${figure(low)} to ${figure(high)} in numeric item \`${item.id}\`, expected an answer the range accepts`, placeOf(item, 'answer'), 'numeric-bounds')
  },
  claimRefs: () => [],
  texts: (item) => [{ text: item.feedback, owner: item, key: 'feedback', what: 'feedback', claim: item.claims[0]!, feedback: true, isKey: true }],
  // Finding the figure in the article and writing it: about a minute.
  minutes: () => 1,
  options: () => [],
  shuffles: false,
  pieces: () => [],
  answerKind: 'number',
  answer: ({ item }) => withUnit(item),
  instruction: (words) => words.instruction,
  answerLines: () => 0,
  quiz: ({ item }, _words, kit) => (item.unit ? `::answer-box[${kit.text(item.unit)}]` : '::answer-box'),
  key: ({ item }, words, _strings, kit) => ({
    answer: { short: withUnit(item, words), text: stated(item, words) },
    modelAnswer: null,
    rubric: null,
    markdown: `${kit.text(item.feedback)} (${kit.text(kit.cite(item.claims[0]!, item.feedback))})`
  }),
  scoring: () => null,
  gradingCell: ({ item }, words) => stated(item, words),
  limits: () => [],
  moodle: {
    type: 'numerical',
    penalty: '0.3333333',
    text: (item, _words, kit) => withUnitLine(item, kit),
    body(item, _words, kit) {
      const { low, high } = accepted(item)
      // Moodle takes an answer and an absolute tolerance: a range is its middle and half its width.
      const middle = (low + high) / 2
      const answer = x('answer', { fraction: '100', format: 'moodle_auto_format' }, [
        x('text', item.range ? figure(middle) : answerFigure(item)),
        kit.htmlField('feedback', kit.html(kit.cite(item.feedback))),
        x('tolerance', figure(item.range ? (high - low) / 2 : item.tolerance))
      ])
      // With a unit, units are optional (Moodle's "Units are optional"): a response with the unit is read as the number.
      // Moodle stores a unit in 50 characters (question_numerical_units.unit): a longer one stops
      // the import at a database error, so it is left out, as for an item without a unit (it
      // still shows on its line under the stem, and no student types 51 characters after a number).
      const unit = item.unit && [...item.unit.trim()].length <= MOODLE_UNIT ? item.unit : undefined
      const units: Element[] = unit ? [x('units', [x('unit', [x('multiplier', '1'), x('unit_name', unit)])])] : []
      return [answer, ...units, x('unitgradingtype', '0'), x('unitpenalty', '0.1000000'), x('showunits', unit ? '0' : '3'), x('unitsleft', '0')]
    },
    general: () => ''
  },
  gift(item, _words, kit) {
    const { low, high } = accepted(item)
    const value = item.range ? `${figure(low)}..${figure(high)}` : `${answerFigure(item)}:${figure(item.tolerance)}`
    const unit = item.unit ? kit.escape(`\n${unitLine(item.unit)}`) : ''
    return `${kit.stem}${unit}{#\n\t=${value}#${kit.text(kit.cite(item.feedback))}\n\t${kit.general(kit.tests)}\n}`
  },
  qti: {
    type: 'numerical_question',
    text: (item, _words, kit) => withUnitLine(item, kit),
    response: () => [x('response_str', { ident: 'response1', rcardinality: 'Single' }, [x('render_fib', { fibtype: 'Decimal' }, [x('response_label', { ident: 'answer1' })])])],
    scoring(item, kit) {
      const { low, high } = accepted(item)
      const within = [x('vargte', { respident: 'response1' }, figure(low)), x('varlte', { respident: 'response1' }, figure(high))]
      // As Canvas writes its own: an exact answer, or one within its margin; a range as its bounds.
      if (item.range) return [kit.score(within, true)]
      const exact = x('varequal', { respident: 'response1' }, answerFigure(item))
      return [kit.score([item.tolerance > 0 ? x('or', [exact, x('and', within)]) : x('or', [exact])], true)]
    },
    general: (item, _words, kit) => `<p>${kit.html(kit.cite(item.feedback))}</p>`
  },
  qti21: {
    // The answer and bounds are figures as written (`figure`), not scores: `kit.number` rounds
    // to 6 decimals, which made 0.0000001 a 0 and a range of such figures 0 to 0.
    response: (item) => [x('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'float' }, [x('correctResponse', [x('value', answerFigure(item))])])],
    body: (item, _words, kit) => ({
      before: [],
      after: [x('p', [x('textEntryInteraction', { responseIdentifier: 'RESPONSE', expectedLength: '8' }), ...(item.unit ? kit.text(` ${item.unit}`) : [])])]
    }),
    scoring(item, kit) {
      const { low, high } = accepted(item)
      const bound = (op: string, n: number): Element => x(op, [x('variable', { identifier: 'RESPONSE' }), x('baseValue', { baseType: 'float' }, figure(n))])
      return [
        x('responseCondition', [
          x('responseIf', [x('and', [bound('gte', low), bound('lte', high)]), x('setOutcomeValue', { identifier: 'SCORE' }, [x('baseValue', { baseType: 'float' }, kit.number(item.points))])])
        ])
      ]
    },
    general: (item, _words, kit) => [x('p', [x('span', { class: 'feedback' }, kit.text(kit.cite(item.feedback)))])]
  }
}
