// What a question type is: everything classpack does with an item of that type, in one
// module (`single.ts`, `short.ts`, …) registered in `index.ts`. Generic code (reading,
// rules, versions, views, grading, exports) only calls through this interface, so a new
// type is its module plus one registration line, and the compiler asks for every piece.
// Exports hand each piece a kit of their own helpers, so a type module needs none of
// their code and stays cheap to load (`classpack check` loads every type).
import type { Element, ElementContent } from 'xast'
import type { VFile } from 'vfile'
import type { Article } from '../article/model.js'
import type { Anchor, AnchoredClaim } from '../claims/model.js'
import type { UiStrings } from '../lang/strings.js'
import type { ItemBase, Option } from '../questions/model.js'
import type { PlacedOption, PlacedPiece } from '../select/model.js'
import type { Field } from '../yaml/decode.js'

/** An item as one version places it: its number there, its options and its pieces with their letters. */
export interface Placed<I> {
  number: number
  item: I
  options: PlacedOption[]
  /** The type's `pieces` in this version's order (a word bank, matching responses, ordering steps). */
  pieces: PlacedPiece[]
}

/** What a type's rules get besides the item. */
export interface RuleContext {
  file: VFile
  /** Report `value` at field `key` of `owner` when it is not a claim id of claims.yaml. */
  claim(owner: object, key: string | number, value: string | undefined): void
  /** The claims whose quotes anchor in the article, by id (a claim that does not anchor is reported in claims.yaml). */
  anchors: ReadonlyMap<string, AnchoredClaim>
  /**
   * Where `quote` stands in the article, found as claims' quotes are (white space and
   * quote style aside, exactly, once); when it is not there, or there more than once, an
   * error at field `key` of `owner` names `what` ("cloze item `q-x`") and the closest passage.
   * Undefined then, or when the article could not be read.
   */
  anchor(quote: string, owner: object, key: string, what: string): Anchor | undefined
  /** The article, when it could be read. */
  article: Article | undefined
}

/** A text of an item besides its stem, for the lint: where it is, what it is, and the claim it rests on. */
export interface ItemText {
  text: string
  owner: object
  key: string | number
  /** How a message names it: "option 2", "feedback of gap 1". */
  what: string
  claim: string
  /** Feedback (shown after an attempt), rather than something students read while answering. */
  feedback: boolean
  /** It is (or explains) the answer: a key and its feedback, a cloze's passage. */
  isKey: boolean
}

/** A claim an item names in one of its parts (an option's, a pair's, a step's `claim`). */
export interface ClaimRef {
  owner: object
  key: string | number
  id: string
}

/** The exports, for a type's `limits`. */
export type ExportName = 'moodle' | 'gift' | 'qti' | 'qti21'

/** Something of an item an export cannot carry, as a warning at the item's field `key`. */
export interface TypeLimit {
  /** Where in questions.yaml: a field of the item, or of `owner` when it is given (a pair, a list of distractors). */
  key: string | number
  owner?: object
  ruleId: string
  /** The build's warning: "Unexpected X, expected Y: why, and what to do". */
  reason: string
  /** A line for the file itself, in the pack's language (GIFT writes it as a comment above the question). */
  note: string
}

/** Helpers for a type's Markdown: the quiz's answer area and the key's entry. */
export interface MarkdownKit {
  /** `text` escaped as one line of Markdown inline content: it reads back as written, never as syntax. */
  text(text: string): string
  /** A directive attribute value (letters, digits, hyphens only; anything else is a programmer error). */
  token(value: string | number): string
}

/** The order an export writes an item's parts in, where the platform may show them as written. */
export interface ExportOrder {
  /**
   * The type's pieces (a word bank, ordering steps) in an order seeded from the pack's seed
   * and the item's id, never the order that answers the item (select/versions.ts, exportPieces).
   */
  pieces: PlacedPiece[]
  /**
   * The options' authored indexes in a dealt order, for a platform that will not shuffle them:
   * pinned options last, the keys where the seed deals them (select/versions.ts, exportOptions).
   */
  dealt: number[]
}

/** Helpers of the Moodle XML export, for a type's `moodle.body`. */
export interface MoodleKit extends ExportOrder {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`); graders always do. */
  modelAnswers: boolean
  /** The question text as HTML: the stem, and under it how to answer and score where the type gives partial credit. */
  question: string
  /** An option's feedback with the ¶ of the claim it rests on: "… (¶3)"; none for a wrong option without a claim of its own (citedClaim). */
  feedback(option: Option): string
  /** `text` with the ¶ of claim `claim` (default: the item's first): "… (¶3)". */
  cite(text: string, claim?: string): string
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
export interface GiftKit extends ExportOrder {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`). */
  modelAnswers: boolean
  /** An option's feedback with the ¶ of the claim it rests on; none for a wrong option without a claim of its own (citedClaim). */
  feedback(option: Option): string
  /** `text` with the ¶ of claim `claim` (default: the item's first). */
  cite(text: string, claim?: string): string
  /** Text escaped for GIFT, marked `[plain]` where Moodle would misread its start. */
  text(text: string): string
  /** Text escaped for GIFT, with no `[plain]` mark (inside a question's text). */
  escape(text: string): string
  /** The question text, escaped: the stem, and on a line of its own how to answer and score where the type gives partial credit. */
  stem: string
  /** "Tests C3 (¶3): …", a line for each claim the item tests. */
  tests: string[]
  /** General feedback (`####…`) of these lines, or nothing when there are none. */
  general(lines: readonly string[]): string
  /** A grade (a fraction of the item's points, ±1 at most) as a percentage Moodle accepts: "33.33333". */
  grade(fraction: number): string
}

/** Helpers of the Canvas QTI export, for a type's `qti` pieces. */
export interface QtiKit extends ExportOrder {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`). */
  modelAnswers: boolean
  /** The item's options in authored order, and their QTI identifiers. */
  options: Option[]
  ids: string[]
  /** The question text as HTML: the stem, and under it how to answer and score where the type gives partial credit. */
  question: string
  /** A stable QTI identifier for a part of the item (`gap 1`, `premise 2`). */
  ident(part: string): string
  /**
   * A stable QTI identifier for the `n`th (from 1) response of a matching question, whose
   * first digits are `n`: Canvas's importer takes a match's id from the first digits of its
   * identifier (qti_exporter's get_canvas_matches), so two responses must not share them.
   */
  matchIdent(n: number): string
  /** `text` with the ¶ of claim `claim` (default: the item's first). */
  cite(text: string, claim?: string): string
  /** Plain text as HTML, line breaks kept. */
  html(text: string): string
  /** `<material><mattext texttype="text/plain">` of `text`, which Canvas shows as written. */
  plain(text: string): Element
  /** `<response_lid>` offering the options, one (`Single`) or several (`Multiple`) to choose. */
  choice(cardinality: 'Single' | 'Multiple'): Element
  /** `<respcondition continue="No">` with these conditions, setting the score to 100 (or not). */
  score(conditions: Element[], full: boolean): Element
  /** `<respcondition continue="Yes">` adding `percent` to the score when option `id` is chosen (of response `respident`). */
  add(id: string, percent: number, respident?: string): Element
  /**
   * `fractions` of the score (±, the positive ones adding up to 1) as percentages `add`
   * writes (5 decimals), the last positive one taking what rounding leaves: the positive
   * ones, as written, add up to exactly 100 (shares.ts).
   */
  percents(fractions: readonly number[]): number[]
  /** `<varequal>`: the response (`respident`, default `response1`) is option `id`. */
  chosen(id: string, respident?: string): Element
}

/** Helpers of the QTI 2.1 export, for a type's `qti21` pieces. */
export interface Qti21Kit extends ExportOrder {
  strings: UiStrings
  /** Whether students may see model answers and rubrics (`--export-model-answers`); scorers always do. */
  modelAnswers: boolean
  /** The item's options in authored order, and their QTI identifiers (`choice-1`, …). */
  options: Option[]
  ids: string[]
  /** `text` with the ¶ of claim `claim` (default: the item's first). */
  cite(text: string, claim?: string): string
  /** Plain text as XHTML content: text with `<br/>` for line breaks. */
  text(text: string): ElementContent[]
  /** A number as QTI writes it: "0.333333". */
  number(n: number): string
  /**
   * `fractions` of the item's points (±, the positive ones adding up to 1) as `number`
   * writes them (6 decimals), the last positive one taking what rounding leaves: the
   * positive ones, as written, add up to exactly the points (shares.ts).
   */
  shares(fractions: readonly number[]): number[]
  /** `<responseDeclaration identifier="RESPONSE">` of identifiers, with the correct ones and, for partial credit, each one's points. */
  choices(cardinality: 'single' | 'multiple', mapping?: { points: number[]; lower: number; upper: number }): Element
  /** `<choiceInteraction>` offering the options; `max` choices (0: any number), shuffled unless `shuffle` is false, pinned options fixed. */
  choice(max: number, shuffle: boolean): Element
  /** `<responseCondition>`: SCORE is the item's points when the response is the correct one. */
  scoreCorrect(): Element
  /** `<setOutcomeValue identifier="SCORE">` of the mapped response (QTI's mapResponse, bounded by the mapping). */
  scoreMapped(): Element
  /**
   * `<responseCondition>`: SCORE is exactly the item's points when `condition` holds (every
   * part right). A processor adds the shares as binary floats, where 0.333333 + 0.333333 +
   * 0.333334 can come to 0.9999999999999999; this rule makes full marks the points as written.
   */
  scoreFull(condition: Element): Element
}

/**
 * How a type is answered, as the lint and the deal of key positions see it: one key among
 * options, several keys among options, a statement judged true or false, a written answer,
 * gaps in a passage, premises matched to responses, steps put in order, or a number.
 */
export type AnswerKind = 'one-key' | 'several-keys' | 'statement' | 'written' | 'gaps' | 'pairs' | 'sequence' | 'number'

/** The parts of an item's answer-key entry that depend on its type. */
export interface KeyPieces {
  /** The answer on one line: letters ("B", "A, C") and the same with the options' words; null for a written answer. */
  answer: { short: string; text: string } | null
  modelAnswer: string | null
  rubric: Array<{ points: string; criterion: string }> | null
  /** What the key prints after the answer, as Markdown made with the kit (each gap's, pair's or step's rationale), or null. */
  markdown: string | null
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
  /**
   * Report what the schema cannot see (a single-choice item with two right options), and
   * complete what the item takes from the article and the claims (a cloze's passage as the
   * article words it, an ordering's key from its claims' places): later pieces read that.
   */
  check(item: I, context: RuleContext): void
  /** The claims the item's parts name (besides its own `claims`), for unknown ids and changed quotes. */
  claimRefs(item: I): ClaimRef[]
  /** Every text students read besides the stem, and every text of feedback (the lint reads these). */
  texts(item: I): ItemText[]
  /**
   * Texts only a grader reads (a written answer's model answer, its rubric's criteria): the
   * answer key prints them, so the lint checks what they quote as it does what students read,
   * and nothing else of them (they are no cue to a student). Default: none.
   */
  graderTexts?(item: I): ItemText[]
  /** Minutes a student needs for the item (a set's timing). */
  minutes(item: I): number

  /** Options in authored order, true/false's two included; none for a type answered otherwise. */
  options(item: I, words: S): Option[]
  /** Whether versions shuffle the options (a pinned option stays last). */
  readonly shuffles: boolean
  /**
   * What else versions shuffle, as texts, in the order that answers the item (a cloze's word
   * bank, matching responses, ordering steps); each version puts them in another order from
   * the seed, and never in this one. Empty for most types.
   */
  pieces(item: I): string[]
  /**
   * How many of `pieces`, from the first, answer the item (a cloze's distinct gap words, a
   * matching item's responses to its premises); the rest are distractors. Default: all.
   */
  answering?(item: I): number
  /** How it is answered (the lint's rules and the deal of key positions go by this). */
  readonly answerKind: AnswerKind
  /** The answer a grader checks, for manifest.json: letters ("B", "A,C"), gaps' words, a number or a model answer. */
  answer(placed: Placed<I>): string

  /**
   * The instruction after the stem ("Choose one answer."): on the printed quiz, or (`online`)
   * in an export's question text, where a student drags, picks or types rather than writes
   * letters in boxes.
   */
  instruction(words: S, medium?: 'paper' | 'online'): string
  /**
   * Whether `stem` already gives an instruction of its own, in other words than `instruction`'s
   * (a stem holding those words is one without asking): the quiz then adds none.
   */
  instructed?(stem: string, words: S): boolean
  /** Lines to write on under the item (0: none). */
  answerLines(item: I): number
  /** What a student answers on, as Markdown with directives (a passage with blanks, two columns to match), or null for options and answer lines. */
  quiz(placed: Placed<I>, words: S, kit: MarkdownKit): string | null
  /** The answer key's entry: the answer, a model answer and rubric, what else the key prints. */
  key(placed: Placed<I>, words: S, strings: UiStrings, kit: MarkdownKit & { cite(claim: string, text?: string): string }): KeyPieces
  /** How partial credit is given, for the quiz and the answer key; null when an item is simply right or wrong. */
  scoring(item: I, words: S): { quiz: string; key: string } | null
  /** The item's cell in grading.csv. */
  gradingCell(placed: Placed<I>, words: S): string
  /** What each export cannot carry of the item, for the build to warn about (none for most). */
  limits(item: I, format: ExportName, words: S): TypeLimit[]

  readonly moodle: {
    /** The `<question type>`. */
    type: string
    /** A wrong try's penalty, as a fraction. */
    penalty: string
    /** The question text, as HTML (a cloze's passage holds its gaps). */
    text(item: I, words: S, kit: MoodleKit): string
    /** The elements after `<hidden>`: settings and answers. */
    body(item: I, words: S, kit: MoodleKit): Element[]
    /** HTML added to the general feedback after the claims tested (an essay's model answer, when students may see it). */
    general(item: I, words: S, kit: MoodleKit): string
  }
  /** GIFT: the question after its title and `[plain]`: the text and the answer part, braces included, general feedback inside. */
  gift(item: I, words: S, kit: GiftKit): string
  readonly qti: {
    /** Canvas's `question_type` (for some types, it depends on the item). */
    type: string | ((item: I) => string)
    /** The question text, as HTML (a cloze's passage holds `[gap1]`, where Canvas puts its blanks). */
    text(item: I, words: S, kit: QtiKit): string
    /** The `<presentation>` elements after the question text: the choices, the blanks, a text response. */
    response(item: I, words: S, kit: QtiKit): Element[]
    /** The conditions that score the item. */
    scoring(item: I, kit: QtiKit): Element[]
    /** HTML added to the general feedback after the claims tested (an essay's model answer, when students may see it). */
    general(item: I, words: S, kit: QtiKit): string
  }
  readonly qti21: {
    /** The `<responseDeclaration>`s. */
    response(item: I, kit: Qti21Kit): Element[]
    /** The item body after the stem (the interaction), and what goes before the stem (a scorer-only rubric). */
    body(item: I, words: S, kit: Qti21Kit): { before: Element[]; after: Element[] }
    /** The response rules that set SCORE (none: scored by hand). */
    scoring(item: I, kit: Qti21Kit): Element[]
    /** XHTML added to the general feedback after the claims tested (an essay's model answer, when students may see it). */
    general(item: I, words: S, kit: Qti21Kit): Element[]
  }
}
