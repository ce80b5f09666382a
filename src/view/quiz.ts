// The quiz and answer-key views of one version. The quiz shows what a student may see;
// the key adds answers, feedback and, for every item, the claim and ¶ it tests. What
// depends on an item's type comes from its module (src/types/); every word, from the
// module's UI language (src/lang/).
import type { Module } from '../assemble.js'
import { escapeMarkdown, Prose, token, Trusted } from '../fill/escape.js'
import { moduleStrings } from '../lang/index.js'
import type { AnswerKeyStrings, QuizStrings } from '../lang/strings.js'
import type { Student } from '../roster/model.js'
import type { PlacedItem, Version } from '../select/model.js'
import { stemInstructs, typeOf, wordsOf, type MarkdownKit } from '../types/index.js'
import { citeAfter, claimIndex, packHeader } from './common.js'
import type { setAsideView } from '../lint/aside.js'

// Where callers first found it; the type lives with the roster.
export type { Student } from '../roster/model.js'

/** What a type's Markdown is made with: escaped text and safe tokens. */
const markdown: MarkdownKit = { text: escapeMarkdown, token: (value) => token(value).value }

/** A type's Markdown for a view, passed through unescaped (the type escaped every text in it), or null. */
const trusted = (text: string | null): Trusted | null => (text === null ? null : new Trusted(text))

function totals(version: Version) {
  return {
    itemCount: version.items.length,
    totalPoints: version.items.reduce((n, p) => n + p.item.points, 0)
  }
}

/** How to answer `placed`, unless its stem already says so ("Select all that apply."). */
function instruction(placed: PlacedItem, strings: ReturnType<typeof moduleStrings>): string | null {
  const type = typeOf(placed.item)
  const words = type.instruction(wordsOf(type, strings))
  return stemInstructs(type, strings, placed.item.stem, words) ? null : words
}

/** How a student marks an answer to `item`: a circle for one answer (true/false too), a box for every answer that applies. */
function markOf(item: PlacedItem['item']): 'circle' | 'box' | null {
  const kind = typeOf(item).answerKind
  // Other kinds are answered in their own area (blanks, boxes), not by marking options.
  return kind === 'several-keys' ? 'box' : kind === 'one-key' || kind === 'statement' ? 'circle' : null
}

/** A grid for the `grid` partial: its rows, the first of which heads the columns, each as its first cell and the rest. */
export interface GridView {
  rows: Array<{ first: string; rest: string[] }>
}

const row = (cells: readonly string[]): GridView['rows'][number] => ({ first: cells[0] ?? '', rest: cells.slice(1) })

// A points table wider than this many questions is split into several, one above the other.
const POINTS_COLUMNS = 15

/** The quiz's points tables: question numbers, their points, and an empty row to write the score in; the last ends with the total. */
function pointsTables(version: Version, strings: QuizStrings, total: number): GridView[] {
  const items = version.items
  const tables = Math.max(1, Math.ceil(items.length / POINTS_COLUMNS))
  const size = Math.ceil(items.length / tables)
  return Array.from({ length: tables }, (_, t) => {
    const chunk = items.slice(t * size, (t + 1) * size)
    const last = t === tables - 1
    const numbers = [...chunk.map((p) => String(p.number)), ...(last ? [strings.total] : [])]
    const points = [...chunk.map((p) => String(p.item.points)), ...(last ? [String(total)] : [])]
    return { rows: [row([strings.question, ...numbers]), row([strings.pointsRow, ...points]), row([strings.scoreRow, ...numbers.map(() => '')])] }
  })
}

/**
 * A completion stem ("Students will train as a") with an ellipsis where the options go on
 * it, when the instruction follows on its line: "… as a *Choose one answer.*" read as one
 * sentence. Stems that end with their own punctuation are as written.
 */
function completed(stem: string, instruction: string | null): string {
  return instruction && /[\p{L}\p{N}]$/u.test(stem.trimEnd()) ? `${stem.trimEnd()} …` : stem
}

/** `placed`'s stem as its quiz prints it (`completed` for the instruction the quiz adds): the key shows the same words. */
const printedStem = (placed: PlacedItem, strings: ReturnType<typeof moduleStrings>): Prose => new Prose(completed(placed.item.stem, instruction(placed, strings)))

/**
 * The quiz of `version`, for `student` or for anyone.
 * @param minutes the time allowed (the set's `minutes`), printed when given.
 */
export function quizView(module: Module, version: Version, date: string | null, setTitle: string | null, student: Student | null, minutes: number | null = null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const counts = totals(version)
  const marks = new Set(version.items.map((p) => markOf(p.item)))
  const words = strings.quiz({ title, author, version: version.id, items: counts.itemCount, points: counts.totalPoints, minutes, marks: { one: marks.has('circle'), all: marks.has('box'), other: marks.has(null) } })
  return {
    header: packHeader(module, date, setTitle),
    title,
    author,
    version: version.id,
    student,
    ...counts,
    strings: words,
    pointsTables: pointsTables(version, words, counts.totalPoints),
    items: version.items.map((p) => {
      const type = typeOf(p.item)
      const lines = type.answerLines(p.item)
      const mark = markOf(p.item)
      const asked = instruction(p, strings)
      return {
        anchor: token(p.item.id),
        number: p.number,
        label: strings.keyQuestion(p.number),
        stem: printedStem(p, strings),
        instruction: asked,
        points: unbroken(strings.points(p.item.points)),
        scoring: type.scoring(p.item, wordsOf(type, strings))?.quiz ?? null,
        isChoice: p.options.length > 0,
        mark: mark === null ? null : token(mark),
        options: p.options.map((o) => ({ letter: token(o.letter), text: o.text })),
        isShort: lines > 0,
        lines,
        area: trusted(type.quiz(p, wordsOf(type, strings), markdown))
      }
    })
  }
}

/**
 * A number and its word joined by no-break spaces ("2 points", "2 Punkte"): the quiz prints
 * them in brackets after the stem, where a line end between them left "(2" on one line.
 */
const unbroken = (text: string): string => text.replace(/(\d) (?=\p{L})/gu, '$1\u00a0')

// The answer grid shows this many questions in one column of the page; more go into two or three side by side.
const GRID_ROWS = 20

/** The answer key's grid: question, answer letters (or "written"), points, in up to three column groups so it stays on one page. */
function answerGrid(version: Version, strings: AnswerKeyStrings, totalPoints: number, answerOf: (p: PlacedItem) => string | null): GridView {
  const items = version.items
  const groups = Math.min(3, Math.max(1, Math.ceil(items.length / GRID_ROWS)))
  const rows = Math.ceil(items.length / groups)
  const head = Array.from({ length: groups }, () => [strings.question, strings.answerColumn, strings.points]).flat()
  const body = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: groups }, (_, g) => {
      const p = items[g * rows + r]
      if (p === undefined) return ['', '', '']
      // A true/false item's letter with its word, "A (True)": the letters alone say nothing a marker can check at a glance.
      const answer = answerOf(p)
      const word = typeOf(p.item).answerKind === 'statement' && answer !== null ? p.options.find((o) => o.correct)?.text : undefined
      return [String(p.number), answer === null ? strings.written : word ? `${answer} (${word})` : answer, String(p.item.points)]
    }).flat()
  )
  // The points added up, under the last group's column: the marker checks the paper's total against it.
  const total = Array.from({ length: groups }, (_, g) => (g === groups - 1 ? [strings.total, '', String(totalPoints)] : ['', '', ''])).flat()
  return { rows: [row(head), ...body.map(row), row(total)] }
}

/**
 * Whether `feedback` opens with one of `words` as a verdict: the word whole (case aside),
 * then a comma, stop, colon, semicolon, exclamation mark or dash, or nothing more; so
 * "No, it has not said." does and "No one says so." does not.
 */
export function opensWithVerdict(feedback: string, words: readonly string[]): boolean {
  const text = feedback.trimStart()
  return words.some((word) => text.slice(0, word.length).toLocaleLowerCase() === word.toLocaleLowerCase() && /^(?:\s*[,.;:!—–]|\s+-\s|\s*$)/u.test(text.slice(word.length)))
}

export function answerKeyView(module: Module, version: Version, date: string | null, setTitle: string | null, setAside: ReturnType<typeof setAsideView> = null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const index = claimIndex(module)
  const counts = totals(version)
  const options = version.items.some((p) => p.options.length > 0)
  const keyWords = strings.answerKey({ title, author, version: version.id, items: counts.itemCount, points: counts.totalPoints, options })
  // Each item's entry as its type gives it: the answer (for the grid too), model answer, rubric and what else the key prints.
  const keyOf = (p: PlacedItem) => {
    const type = typeOf(p.item)
    // "C2, ¶2" on one line: a no-break space after the comma.
    return type.key(p, wordsOf(type, strings), strings, { ...markdown, cite: (id, text = '') => [index.get(id)?.label ?? id, citeAfter(index, id, text)].filter(Boolean).join(',\u00a0') })
  }
  return {
    header: packHeader(module, date, setTitle),
    title,
    author,
    version: version.id,
    ...counts,
    strings: keyWords,
    grid: answerGrid(version, keyWords, counts.totalPoints, (p) => keyOf(p).answer?.short ?? null),
    setAside,
    items: version.items.map((p) => {
      const type = typeOf(p.item)
      const { answer, markdown: keyArea, ...written } = keyOf(p)
      return {
        anchor: token(p.item.id),
        number: p.number,
        heading: strings.keyQuestion(p.number),
        id: p.item.id,
        type: p.item.type,
        stem: printedStem(p, strings),
        points: unbroken(strings.points(p.item.points)),
        difficulty: strings.difficulty[p.item.difficulty],
        bloom: strings.bloom[p.item.bloom],
        answer: answer?.short ?? null,
        answerText: answer?.text ?? null,
        scoring: type.scoring(p.item, wordsOf(type, strings))?.key ?? null,
        options: p.options.map((o) => ({
          letter: token(o.letter),
          text: o.text,
          verdict: o.correct ? strings.correct : strings.incorrect,
          // The feedback gives the verdict itself ("Right, this is in ¶9."): the key adds none before it.
          ownVerdict: opensWithVerdict(o.feedback, o.correct ? strings.verdictWords.correct : strings.verdictWords.incorrect),
          feedback: o.feedback,
          // None for a wrong option without a claim of its own: the item's claim is not why it is wrong ("Tests" names the item's claims).
          claim: o.claim === null ? null : (index.get(o.claim)?.label ?? o.claim),
          // None where the feedback names the ¶ itself.
          cite: o.claim === null ? '' : citeAfter(index, o.claim, o.feedback)
        })),
        ...written,
        modelAnswer: written.modelAnswer == null ? null : new Prose(written.modelAnswer),
        keyArea: trusted(keyArea),
        claims: p.item.claims.map((id) => {
          const c = index.get(id)!
          return { label: c.label, paragraph: c.claim.anchor.paragraph, paraphrase: c.claim.paraphrase }
        })
      }
    })
  }
}

/** The cover sheet of a student's (or a version's) quiz in a print bundle; `minutes`, the time allowed, as on the quiz. */
export function coverView(module: Module, version: Version, date: string | null, setTitle: string | null, student: Student | null, minutes: number | null = null) {
  const strings = moduleStrings(module)
  const { title, author } = module.article.meta
  const counts = totals(version)
  return {
    header: packHeader(module, date, setTitle),
    quizTitle: strings.documents.quiz(version.id),
    title,
    author,
    version: version.id,
    student,
    ...counts,
    strings: strings.cover({ title, author, items: counts.itemCount, points: counts.totalPoints, minutes })
  }
}
