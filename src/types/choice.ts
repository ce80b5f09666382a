// What single-choice and multiple-select items share: authored options, each with its
// feedback, graded by letters. `single.ts` and `multiple.ts` make their types from this.
import { x } from 'xastscript'
import { normalize } from '../article/normalize.js'
import { code, error, warn } from '../messages.js'
import type { ItemBase, Option } from '../questions/model.js'
import { boolean, id, list, object, oneOf, optional, placeOf, required, stoodIn, string } from '../yaml/decode.js'
import type { ExportOrder, ItemText, KeyPieces, Placed, QuestionTypeModule, RuleContext } from './type.js'

/** Whether an item's options, or one's `correct`, stand in for a value with an error of its own (reported): no count of keys to judge. */
export const unsure = (item: ChoiceItem): boolean => stoodIn(item, 'options') || item.options.some((o) => stoodIn(o, 'correct'))

export interface ChoiceItem extends ItemBase {
  type: 'single' | 'multiple'
  options: Option[]
}

/** A choice type's words: how to answer. */
export interface ChoiceStrings {
  instruction: string
}

const option = object('an option', {
  text: required(string()),
  correct: optional(boolean, () => false),
  feedback: required(string()),
  claim: optional(id),
  pin: optional(oneOf(['last'] as const))
})

/** The schema fields of a choice item. */
export const choiceFields = { options: required(list(option, { min: 2, max: 8 })) }

/** The letters of the correct options: "B", "A,C". */
export const correctLetters = (placed: Placed<unknown>): string =>
  placed.options
    .filter((o) => o.correct)
    .map((o) => o.letter)
    .join(',')

/** Options that differ, at most one pinned last. */
export function checkOptions(item: ChoiceItem, { file }: RuleContext): void {
  const texts = new Map<string, number>()
  item.options.forEach((o, i) => {
    const key = normalize(o.text).text.toLowerCase()
    const first = texts.get(key)
    if (first !== undefined) error(file, `Unexpected duplicate option ${code(o.text)} in item \`${item.id}\`, expected options that differ (same as option ${first + 1})`, placeOf(o, 'text'), 'duplicate-option')
    else texts.set(key, i)
  })
  const pinned = item.options.filter((o) => o.pin === 'last')
  if (pinned.length > 1) error(file, `Unexpected ${pinned.length} options pinned last in item \`${item.id}\`, expected at most one`, placeOf(pinned[1]!, 'pin'), 'pin-conflict')
}

/** Report a multiple-select item where every option is right. */
export function warnAllCorrect(item: ChoiceItem, file: RuleContext['file']): void {
  if (item.options.every((o) => o.correct)) warn(file, `Unexpected multiple-select item \`${item.id}\` where every option is correct, expected at least one wrong option`, placeOf(item, 'options'), 'all-options-correct')
}

/** The answer grades Moodle accepts (its question_bank fraction options), in percent, largest first. */
const GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0]

/**
 * `fraction` of an item's points (−1 to 1) as a percentage Moodle accepts: "33.33333",
 * "-50". Moodle's import takes a grade within 0.00001 of one of its own, and 1/1 … 1/8 all are.
 */
export function moodleGrade(fraction: number): string {
  const percent = GRADES.find((g) => Math.abs(g - Math.abs(fraction) * 100) < 1e-4)
  // A choice item has at most 8 options, so its shares are whole, 1/2 … 1/8, or 0.
  if (percent === undefined) throw new TypeError(`classpack: Moodle has no grade for ${fraction}`)
  return String(fraction < 0 && percent !== 0 ? -percent : percent)
}

/**
 * The claim whose ¶ an option's feedback cites: its own; for a correct option without one,
 * the item's first (what the item tests is what makes it right); none for a wrong option
 * without one, as the item's claim says what is true, not why that option is wrong, and its
 * ¶ there sent readers to the wrong paragraph. The item's claims stay with the item.
 */
export const citedClaim = (item: { claims: readonly string[] }, option: Option): string | null => option.claim ?? (option.correct ? (item.claims[0] ?? null) : null)

/** The claims options name. */
export const optionClaims = (item: { options: Option[] }) => item.options.flatMap((o) => (o.claim ? [{ owner: o as object, key: 'claim', id: o.claim }] : []))

/** Each option and its feedback, for the lint (an option rests on its own claim, else the item's first). */
export function optionTexts(item: ItemBase & { options: Option[] }): ItemText[] {
  return item.options.flatMap((o, i): ItemText[] => {
    const claim = o.claim ?? item.claims[0]!
    return [
      { text: o.text, owner: o, key: 'text', what: `option ${i + 1}`, claim, feedback: false, isKey: o.correct },
      { text: o.feedback, owner: o, key: 'feedback', what: `feedback of option ${i + 1}`, claim, feedback: true, isKey: o.correct }
    ]
  })
}

/** The key's answer for options: the right options' letters, and their letters with their words. */
export function optionsKey(placed: Placed<unknown>): KeyPieces {
  const correct = placed.options.filter((o) => o.correct)
  const answer = correct.length ? { short: correct.map((o) => o.letter).join(', '), text: correct.map((o) => `${o.letter}. ${o.text}`).join(' · ') } : null
  return { answer, modelAnswer: null, rubric: null, markdown: null }
}

/** Whether `item` has an option that must stay last. */
const pinned = (item: ChoiceItem): boolean => item.options.some((o) => o.pin === 'last')

/**
 * The options' authored indexes in the order Moodle's files list them. Moodle cannot keep one
 * answer last, so it is told not to shuffle an item with a pinned option (moodle.xml), or the
 * teacher is (GIFT): students then see the options as listed, dealt so that the key is not where
 * it is written, which is most often A.
 */
const moodleOrder = (item: ChoiceItem, kit: ExportOrder): number[] => (pinned(item) ? kit.dealt : item.options.map((_, i) => i))

/** A choice type: everything but its name, its rules and how it is scored. */
export function choiceType<I extends ChoiceItem, S extends ChoiceStrings = ChoiceStrings>(
  name: I['type'],
  parts: Pick<QuestionTypeModule<I, S>, 'description' | 'itemName' | 'check' | 'scoring' | 'answerKind' | 'minutes' | 'instructed'> & {
    /**
     * What ticking each option earns, in authored order, as a fraction of the item's points
     * (negative: it costs that much); the item scores the sum of what its ticked options
     * earn, never below 0 nor above its points. Every export states its grades from this.
     */
    credit(item: I): number[]
    /** Canvas's question type and how many options a student picks there. */
    qti: { type: string; cardinality: 'Single' | 'Multiple' }
  }
): QuestionTypeModule<I, S> {
  const single = parts.qti.cardinality === 'Single'
  return {
    name,
    description: parts.description,
    itemName: parts.itemName,
    fields: choiceFields,
    check: parts.check,
    claimRefs: optionClaims,
    texts: optionTexts,
    minutes: parts.minutes,
    options: (item) => item.options,
    shuffles: true,
    pieces: () => [],
    answerKind: parts.answerKind,
    answer: correctLetters,
    instruction: (words) => words.instruction,
    ...(parts.instructed ? { instructed: parts.instructed } : {}),
    answerLines: () => 0,
    quiz: () => null,
    key: optionsKey,
    scoring: parts.scoring,
    gradingCell: correctLetters,
    limits: () => [],
    moodle: {
      type: 'multichoice',
      // Moodle's default: a third off per wrong try.
      penalty: '0.3333333',
      text: (_item, _words, kit) => kit.question,
      body(item, _words, kit) {
        const credit = parts.credit(item)
        return [
          x('single', String(single)),
          // Moodle cannot keep one answer last, so an item with a pinned option ("None of these") is not shuffled.
          x('shuffleanswers', String(!pinned(item))),
          x('answernumbering', 'ABCD'),
          // Moodle's "Select one or more:" does not say that a wrong tick costs: the question text
          // carries the quiz's own instruction and scoring rule instead (export/common.ts, scoringNote).
          x('showstandardinstruction', '0'),
          ...moodleOrder(item, kit).map((i) => {
            const o = item.options[i]!
            return kit.answer(kit.grade(credit[i]!), 'html', kit.cdata(kit.html(o.text)), kit.html(kit.feedback(o)))
          })
        ]
      },
      general: () => ''
    },
    gift(item, _words, kit) {
      const credit = parts.credit(item)
      const lines = moodleOrder(item, kit).map((i) => {
        const o = item.options[i]!
        // Single choice marks its answer with `=`; multiple answers weigh every option (`~%50%`),
        // which is also how Moodle tells the two apart.
        const mark = single ? (o.correct ? '=' : '~') : `~%${kit.grade(credit[i]!)}%`
        return `\t${mark}${kit.text(o.text)}#${kit.text(kit.feedback(o))}`
      })
      return `${kit.stem}{\n${[...lines, `\t${kit.general(kit.tests)}`].join('\n')}\n}`
    },
    qti: {
      type: parts.qti.type,
      text: (_item, _words, kit) => kit.question,
      response: (_item, _words, kit) => [kit.choice(parts.qti.cardinality)],
      scoring(item, kit) {
        if (single) return [kit.score([kit.chosen(kit.ids[kit.options.findIndex((o) => o.correct)]!)], true)]
        // Each option adds what ticking it earns; SCORE is bounded to 0…100 by its declaration.
        // Canvas reads the options that add as its right answers and scores them by the same rule.
        const percents = kit.percents(parts.credit(item))
        return kit.ids.map((id, i) => kit.add(id, percents[i]!))
      },
      general: () => ''
    },
    qti21: {
      response(item, kit) {
        if (single) return [kit.choices('single')]
        return [kit.choices('multiple', { points: kit.shares(parts.credit(item)), lower: 0, upper: item.points })]
      },
      body: (_item, _words, kit) => ({ before: [], after: [kit.choice(single ? 1 : 0, true)] }),
      // Every right option ticked and no wrong one: the points, whatever the mapped shares add up to.
      scoring: (_item, kit) => (single ? [kit.scoreCorrect()] : [kit.scoreMapped(), kit.scoreFull(x('match', [x('variable', { identifier: 'RESPONSE' }), x('correct', { identifier: 'RESPONSE' })]))]),
      general: () => []
    }
  }
}
