// What a question type is: everything classpack does with an item of that type, in one
// module (`single.ts`, `short.ts`, …) registered in `index.ts`. Generic code (reading,
// rules, versions, views, grading, exports) only calls through this interface, so a new
// type is its module plus one registration line, and the compiler asks for every piece.
// Exports hand each piece a kit of their own helpers, so a type module needs none of
// their code and stays cheap to load (`classpack check` loads every type).
import type { Element, ElementContent } from 'xast'
import type { VFile } from 'vfile'
import type { UiStrings } from '../lang/strings.js'
import type { ItemBase, Option } from '../questions/model.js'
import type { PlacedOption } from '../select/model.js'
import type { Field } from '../yaml/decode.js'

/** An item as one version places it: its number there and its options with their letters. */
export interface Placed<I> {
  number: number
  item: I
  options: PlacedOption[]
}

/** What a type's rules get besides the item. */
export interface RuleContext {
  file: VFile
  /** Report `value` at field `key` of `owner` when it is not a claim id of claims.yaml. */
  claim(owner: object, key: string | number, value: string | undefined): void
}

/** Helpers of the Moodle XML export, for a type's `moodle.body`. */
export interface MoodleKit {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`); graders always do. */
  modelAnswers: boolean
  /** An option's feedback with the ¶ of the claim it rests on: "… (¶3)". */
  feedback(option: Option): string
  /** Plain text as HTML, line breaks kept. */
  html(text: string): string
  /** A CDATA section holding `markup`. */
  cdata(markup: string): ElementContent
  /** `<tag format="html"><text>markup</text></tag>`. */
  htmlField(tag: string, markup: string): Element
  /** `<answer fraction format><text>…</text><feedback …/></answer>`. */
  answer(fraction: string, format: string, text: ElementContent, feedbackHtml: string): Element
  /** A grade (a fraction of the item's points, ±1 at most) as a percentage Moodle accepts: "33.33333". */
  grade(fraction: number): string
}

/** Helpers of the GIFT export, for a type's `gift`. */
export interface GiftKit {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`). */
  modelAnswers: boolean
  /** An option's feedback with the ¶ of the claim it rests on. */
  feedback(option: Option): string
  /** Text escaped for GIFT, marked `[plain]` where Moodle would misread its start. */
  text(text: string): string
  /** "Tests C3 (¶3): …", a line for each claim the item tests. */
  tests: string[]
  /** General feedback (`####…`) of these lines, or nothing when there are none. */
  general(lines: readonly string[]): string
  /** A grade (a fraction of the item's points, ±1 at most) as a percentage Moodle accepts: "33.33333". */
  grade(fraction: number): string
}

/** Helpers of the Canvas QTI export, for a type's `qti` pieces. */
export interface QtiKit {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`). */
  modelAnswers: boolean
  /** The item's options in authored order, and their QTI identifiers. */
  options: Option[]
  ids: string[]
  /** Plain text as HTML, line breaks kept. */
  html(text: string): string
  /** `<response_lid>` offering the options, one (`Single`) or several (`Multiple`) to choose. */
  choice(cardinality: 'Single' | 'Multiple'): Element
  /** `<respcondition continue="No">` with these conditions, setting the score to 100 (or not). */
  score(conditions: Element[], full: boolean): Element
  /** `<respcondition continue="Yes">` adding `percent` to the score when option `id` is chosen. */
  add(id: string, percent: number): Element
  /** `<varequal>`: the response is option `id`. */
  chosen(id: string): Element
}

/** Helpers of the QTI 2.1 export, for a type's `qti21` pieces. */
export interface Qti21Kit {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`); scorers always do. */
  modelAnswers: boolean
  /** The item's options in authored order, and their QTI identifiers (`choice-1`, …). */
  options: Option[]
  ids: string[]
  /** Plain text as XHTML content: text with `<br/>` for line breaks. */
  text(text: string): ElementContent[]
  /** `<responseDeclaration identifier="RESPONSE">` of identifiers, with the correct ones and, for partial credit, each one's points. */
  choices(cardinality: 'single' | 'multiple', mapping?: { points: number[]; lower: number; upper: number }): Element
  /** `<choiceInteraction>` offering the options; `max` choices (0: any number), shuffled unless `shuffle` is false, pinned options fixed. */
  choice(max: number, shuffle: boolean): Element
  /** `<responseCondition>`: SCORE is the item's points when the response is the correct one. */
  scoreCorrect(): Element
  /** `<setOutcomeValue identifier="SCORE">` of the mapped response (QTI's mapResponse, bounded by the mapping). */
  scoreMapped(): Element
}

/**
 * How a type is answered, as the lint and the deal of key positions see it: one key among
 * options, several keys among options, a statement judged true or false, or a written answer.
 */
export type AnswerKind = 'one-key' | 'several-keys' | 'statement' | 'written'

/** The parts of an item's answer-key entry that depend on its type. */
export interface KeyPieces {
  modelAnswer: string | null
  rubric: Array<{ points: string; criterion: string }> | null
}

/**
 * A question type. `I` is its item as read from questions.yaml; `S` its words in a UI
 * language (`strings.types[name]`), which every language module must supply.
 */
export interface QuestionTypeModule<I extends ItemBase & { type: string }, S> {
  /** `type:` in questions.yaml, and in `--types`. */
  readonly name: I['type']
  /** One line for usage and the README: what a student does. */
  readonly description: string
  /** What an item is called in messages: "a short-answer item". */
  readonly itemName: string
  /** The schema of the fields this type adds to every item's own (id, stem, claims, …). */
  readonly fields: Record<string, Field<unknown>>
  /** Report what the schema cannot see (a single-choice item with two right options). */
  check(item: I, context: RuleContext): void

  /** Options in authored order, true/false's two included; none for a written answer. */
  options(item: I, words: S): Option[]
  /** Whether versions shuffle the options (a pinned option stays last). */
  readonly shuffles: boolean
  /** How it is answered (the lint's rules and the deal of key positions go by this). */
  readonly answerKind: AnswerKind
  /** The answer a grader checks, for manifest.json: letters ("B", "A,C") or a model answer. */
  answer(placed: Placed<I>): string

  /** The quiz's instruction after the stem ("Choose one answer."). */
  instruction(words: S): string
  /** Lines to write on under the item (0: none). */
  answerLines(item: I): number
  /** The answer key's model answer and rubric. */
  key(item: I, strings: UiStrings): KeyPieces
  /** How partial credit is given, for the quiz and the answer key; null when an item is simply right or wrong. */
  scoring(item: I, words: S): { quiz: string; key: string } | null
  /** The item's cell in grading.csv. */
  gradingCell(placed: Placed<I>, words: S): string

  readonly moodle: {
    /** The `<question type>`. */
    type: string
    /** A wrong try's penalty, as a fraction. */
    penalty: string
    /** The elements after `<hidden>`: settings and answers. */
    body(item: I, words: S, kit: MoodleKit): Element[]
    /** HTML added to the general feedback after the claims tested (an essay's model answer, when students may see it). */
    general(item: I, words: S, kit: MoodleKit): string
  }
  /** GIFT: the answer part, braces included, its general feedback inside. */
  gift(item: I, words: S, kit: GiftKit): string
  readonly qti: {
    /** Canvas's `question_type`. */
    type: string
    /** The `<presentation>` element after the stem: the choices, or a text response. */
    response(item: I, kit: QtiKit): Element
    /** The conditions that score the item. */
    scoring(item: I, kit: QtiKit): Element[]
    /** HTML added to the general feedback after the claims tested (an essay's model answer, when students may see it). */
    general(item: I, words: S, kit: QtiKit): string
  }
  readonly qti21: {
    /** The `<responseDeclaration>`. */
    response(item: I, kit: Qti21Kit): Element
    /** The item body after the stem (the interaction), and what goes before the stem (a scorer-only rubric). */
    body(item: I, words: S, kit: Qti21Kit): { before: Element[]; after: Element[] }
    /** The response rules that set SCORE (none: scored by hand). */
    scoring(item: I, kit: Qti21Kit): Element[]
    /** XHTML added to the general feedback after the claims tested (an essay's model answer, when students may see it). */
    general(item: I, words: S, kit: Qti21Kit): Element[]
  }
}
