// Short answer: a few sentences on answer lines, graded by hand against a model answer and
// a rubric whose points add up to the item's.
import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { UiStrings } from '../lang/strings.js'
import { paragraphs, plainParagraphs } from '../fill/escape.js'
import { error } from '../messages.js'
import { withoutReminder } from '../placeholders.js'
import type { ItemBase } from '../questions/model.js'
import { integer, list, object, optional, placeOf, prose, required, stoodIn, string } from '../yaml/decode.js'
import type { QuestionTypeModule } from './type.js'

export interface RubricLine {
  points: number
  criterion: string
}

export interface ShortItem extends ItemBase {
  type: 'short'
  model_answer: string
  rubric: RubricLine[]
  lines: number
}

/** How to answer, the grading sheet's cell, and the labels of what a grader reads. */
export interface ShortStrings {
  instruction: string
  /**
   * Whether a stem already says how to answer in writing ("In two or three sentences, …",
   * "Explain why …", "in your own words"), so that the quiz adds no instruction of its own:
   * "… In zwei bis drei Sätzen erläutern. In wenigen Sätzen beantworten." said it twice.
   * Each language knows its own ways of saying so.
   */
  instructs(stem: string): boolean
  /** "short answer (3 points; see key)". */
  gradingCell(points: number): string
  /** "Model answer:", before it in the exports. */
  modelAnswer: string
  /** "Rubric", before its points in the exports. */
  rubric: string
}

/** The model answer and rubric as HTML, for a grader in Moodle or Canvas. */
function graderHtml(item: ShortItem, words: ShortStrings, strings: UiStrings, html: (text: string) => string): string {
  const rubric = item.rubric.map((r) => `<li>${html(strings.points(r.points))}: ${html(r.criterion)}</li>`).join('')
  const [first, ...rest] = paragraphs(withoutReminder(item.model_answer))
  return `<p><strong>${html(words.modelAnswer)}</strong> ${html(first ?? '')}</p>${rest.map((p) => `<p>${html(p)}</p>`).join('')}<p><strong>${html(words.rubric)}</strong> (${html(strings.points(item.points))}):</p><ul>${rubric}</ul>`
}

/** The same as QTI's XHTML elements. */
function graderXhtml(item: ShortItem, words: ShortStrings, strings: UiStrings, text: (text: string) => ElementContent[]): Element[] {
  return [
    ...paragraphs(withoutReminder(item.model_answer)).map((p, i) => x('p', i === 0 ? [x('strong', words.modelAnswer), { type: 'text', value: ' ' }, ...text(p)] : text(p))),
    x('p', [x('strong', words.rubric), { type: 'text', value: ` (${strings.points(item.points)}):` }]),
    x('ul', item.rubric.map((r) => x('li', [{ type: 'text', value: `${strings.points(r.points)}: ` }, ...text(r.criterion)])))
  ]
}

/**
 * The model answer and rubric as lines of plain text (GIFT). A blank line before each of the
 * model answer's later paragraphs, as GIFT's stem has: Moodle shows a plain-text line end as a
 * line break, so the paragraphs would run on as lines of one (and a line end inside one, a
 * space in every other export, is one too: plainParagraphs).
 */
function graderLines(item: ShortItem, words: ShortStrings, strings: UiStrings): string[] {
  const [first, ...rest] = plainParagraphs(withoutReminder(item.model_answer))
  return [`${words.modelAnswer} ${first ?? ''}`, ...rest.flatMap((p) => ['', p]), `${words.rubric} (${strings.points(item.points)}):`, ...item.rubric.map((r) => `- ${strings.points(r.points)}: ${r.criterion}`)]
}

export const short: QuestionTypeModule<ShortItem, ShortStrings> = {
  name: 'short',
  description: 'a few sentences, graded by hand with a model answer and rubric',
  itemName: 'a short-answer item',
  fields: {
    model_answer: required(prose()),
    rubric: required(list(object('a rubric line', { points: required(integer(0, 100)), criterion: required(string()) }), { min: 1 })),
    lines: optional(integer(1, 30), () => 4)
  },
  check(item, { file }) {
    const sum = item.rubric.reduce((s, r) => s + r.points, 0)
    // A rubric (or a line's points, or the item's) that had an error of its own has no total to
    // judge: `points: 2.5` once brought a second error against a 1 the teacher never wrote.
    if (sum !== item.points && !stoodIn(item, 'rubric') && !stoodIn(item, 'points') && !item.rubric.some((r) => stoodIn(r, 'points'))) {
      const points = placeOf(item, 'points') === undefined ? `${item.points}, the default: the item gives none` : String(item.points)
      error(file, `Unexpected rubric total ${sum} for item \`${item.id}\`, expected it to equal the item's \`points\` (${points})`, placeOf(item, 'rubric'), 'rubric-total')
    }
  },
  claimRefs: () => [],
  // Students read the stem only; the model answer and rubric are the grader's.
  texts: () => [],
  graderTexts: (item) => [
    // The answer written out: a stem that repeats it gives the item's answer.
    { text: item.model_answer, owner: item, key: 'model_answer', what: 'model answer', claim: item.claims[0]!, feedback: false, isKey: true },
    ...item.rubric.map((r, i) => ({ text: r.criterion, owner: r, key: 'criterion', what: `criterion of rubric line ${i + 1}`, claim: item.claims[0]!, feedback: false, isKey: false }))
  ],
  // A minute per answer line (about 12 words).
  minutes: (item) => item.lines,
  options: () => [],
  // Nothing to shuffle.
  shuffles: false,
  pieces: () => [],
  answerKind: 'written',
  answer: (placed) => withoutReminder(placed.item.model_answer),
  instruction: (words) => words.instruction,
  instructed: (stem, words) => words.instructs(stem),
  answerLines: (item) => item.lines,
  quiz: () => null,
  key: ({ item }, _words, strings) => ({ answer: null, modelAnswer: withoutReminder(item.model_answer), rubric: item.rubric.map((r) => ({ points: strings.points(r.points), criterion: r.criterion })), markdown: null }),
  // Graded by hand against the rubric.
  scoring: () => null,
  gradingCell: (placed, words) => words.gradingCell(placed.item.points),
  limits: () => [],
  moodle: {
    type: 'essay',
    penalty: '0',
    text: (_item, _words, kit) => kit.question,
    body: (item, words, kit) => [
      x('responseformat', 'editor'),
      x('responserequired', '1'),
      // As authored. (Moodle's question form offers 5 to 40 lines in steps of 5, so editing the question there may change it.)
      x('responsefieldlines', String(item.lines)),
      x('attachments', '0'),
      x('attachmentsrequired', '0'),
      // Grader information: shown to whoever grades the essay, never to students.
      kit.htmlField('graderinfo', graderHtml(item, words, kit.strings, kit.html)),
      kit.htmlField('responsetemplate', '')
    ],
    general: (item, words, kit) => (kit.modelAnswers ? graderHtml(item, words, kit.strings, kit.html) : '')
  },
  gift(item, words, kit) {
    // An essay. GIFT has no grader information and its general feedback is shown to students,
    // so the model answer and rubric go there only when asked (`--export-model-answers`).
    const notes = [...kit.tests, ...(kit.modelAnswers ? graderLines(item, words, kit.strings) : [])]
    return `${kit.stem}{${kit.general(notes)}}`
  },
  qti: {
    type: 'essay_question',
    text: (_item, _words, kit) => kit.question,
    response: () => [x('response_str', { ident: 'response1', rcardinality: 'Single' }, [x('render_fib', [x('response_label', { ident: 'answer1', rshuffle: 'No' })])])],
    scoring: (_item, kit) => [kit.score([x('other')], false)],
    // Canvas has no grader-only field for an essay: its general feedback is shown to students
    // after they submit, so the model answer and rubric go there only when asked.
    general: (item, words, kit) => (kit.modelAnswers ? graderHtml(item, words, kit.strings, kit.html) : '')
  },
  qti21: {
    response: () => [x('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'string' })],
    body: (item, words, kit) => ({
      // A rubric block for the scorer's view only: candidates never see it.
      before: [x('rubricBlock', { view: 'scorer' }, graderXhtml(item, words, kit.strings, kit.text))],
      after: [x('extendedTextInteraction', { responseIdentifier: 'RESPONSE', expectedLines: String(item.lines) })]
    }),
    // Scored by hand: SCORE stays 0 until a scorer sets it.
    scoring: () => [],
    general: (item, words, kit) => (kit.modelAnswers ? graderXhtml(item, words, kit.strings, kit.text) : [])
  }
}
