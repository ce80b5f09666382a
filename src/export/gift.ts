// GIFT (docs.moodle.org/en/GIFT_format): the selected quiz items as plain text a teacher can
// read, edit and import into Moodle. Pure: returns the file's text. Categories and grades
// are those of the Moodle XML export. What GIFT cannot say (marks, an option kept last) is
// written as a comment above the question and, by `giftLimits`, warned about at build time.
import type { Module } from '../assemble.js'
import type { ExportLimit, ExportOptions } from '../formats/format.js'
import { moduleStrings, type UiStrings } from '../lang/index.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { moodleGrade } from '../types/choice.js'
import { typeOf, wordsOf, type GiftKit } from '../types/index.js'
import { claimIndex } from '../view/common.js'
import { code } from '../messages.js'
import { citeText, exportOrder, itemLimits, optionFeedback, pinLimits, pinnedOptions, scoringNote, testedClaims, typeLimits, type ClaimIndex, type ItemOrder } from './common.js'
import { moodleCategories } from './moodle.js'
import { plainParagraphs } from '../fill/escape.js'

/**
 * `text` with GIFT's special characters (`~ = # { } :` and the backslash) escaped with a
 * backslash and line breaks as `\n`, so that no text can end a title, answer or question.
 */
function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n?|\n/g, '\\n')
}

/**
 * A `$CATEGORY:` line's path. Moodle's reader runs its escape pass over the whole line (`\\`
 * to `\`, `\n` and `\:` and the like to placeholders) but, unlike everywhere else, never turns
 * the placeholders back (qformat_gift's readquestion): a path's own `\n` would arrive as
 * `&&010`. So every backslash is doubled, which the pass reads back as one, and the path
 * arrives as moodle.xml names it. No other character of the line means anything there.
 */
const categoryPath = (path: string): string => path.replaceAll('\\', '\\\\')

/** The question text: the stem, and on a line of its own the scoring note where there is one. */
function questionText(item: QuizItem, strings: UiStrings): string {
  const note = scoringNote(item, strings)
  // A blank line (escaped, as GIFT's own would end the question) is a paragraph in Moodle's format.
  const stem = plainParagraphs(item.stem).join('\n\n')
  return note === null ? stem : `${stem}\n${note}`
}

/** An answer or feedback: escaped, and marked `[plain]` when Moodle would read its start as a format (`[html]`) or a weight (`%50%`). */
function giftText(text: string): string {
  return /^\s*[[%]/.test(text) ? `[plain]${escapeGift(text)}` : escapeGift(text)
}

/** General feedback, `####` and its lines, when there is any. */
function general(lines: readonly string[]): string {
  return lines.length > 0 ? `####${giftText(lines.join('\n'))}` : ''
}

/** The part between the braces, from the item's type, general feedback (`####…`) last. */
function answers(index: ClaimIndex, item: QuizItem, strings: UiStrings, options: ExportOptions, order: ItemOrder): string {
  const type = typeOf(item)
  const kit: GiftKit = {
    ...order(item),
    strings,
    modelAnswers: options.modelAnswers === true,
    grade: moodleGrade,
    feedback: (option) => optionFeedback(index, item, option),
    cite: (text, claim) => citeText(index, item, text, claim),
    text: giftText,
    escape: escapeGift,
    stem: escapeGift(questionText(item, strings)),
    // "Tests C3 (¶3): <paraphrase>", a line for each claim the item tests.
    tests: strings.exports.tests(testedClaims(index, item)),
    general
  }
  return type.gift(item, wordsOf(type, strings), kit)
}

/** Comment lines above `item` for what GIFT cannot carry of it: its marks, an option kept last, what its type says. */
function limitNotes(item: QuizItem, strings: UiStrings): string[] {
  const notes: string[] = []
  if (item.points !== 1) notes.push(strings.exports.giftPoints(item.id, item.points))
  for (const option of pinnedOptions(item, strings)) notes.push(strings.exports.giftPinned(item.id, option.text))
  for (const limit of itemLimits(item, 'gift', strings)) notes.push(limit.note)
  // One line each; no brackets, which Moodle would read as `[id:…]` or `[tag:…]` in a comment.
  return notes.map((note) => `// ${note.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/\]/g, ')')}`)
}

/**
 * The quiz items of `selection`, in its order, as a GIFT file: a `$CATEGORY:` line for each
 * category of the Moodle XML export, each item titled with its id, all text plain, and a
 * comment above each item whose marks or pinned option GIFT cannot carry; words in
 * `strings`' language (by default the article's). Essays' model answers and rubrics are
 * general feedback (which students see) only with `options.modelAnswers`.
 */
export function gift(module: Module, selection: Selection, options: ExportOptions = {}, strings: UiStrings = moduleStrings(module)): string {
  const index = claimIndex(module)
  const order = exportOrder(selection, strings)
  const blocks = [`// ${module.article.meta.title.replace(/\s+/g, ' ')}: ${(selection.set.title ?? selection.name).replace(/\s+/g, ' ')} (classpack)`]
  for (const { path, items } of moodleCategories(module, selection.items)) {
    blocks.push(
      `$CATEGORY: ${categoryPath(path)}`,
      ...items.map((item) => [...limitNotes(item, strings), `::${escapeGift(item.id)}::[plain]${answers(index, item, strings, options, order)}`].join('\n'))
    )
  }
  // A blank line ends each question, and each category line.
  return blocks.join('\n\n') + '\n'
}

/**
 * What the GIFT file loses of `selection`'s items, for the build to warn about: every item
 * not worth 1 point (Moodle gives every GIFT question 1), and every option pinned last
 * (Moodle shuffles GIFT answers as its site's default says).
 */
export function giftLimits(module: Module, selection: Selection): ExportLimit[] {
  const strings = moduleStrings(module)
  // One cause, one warning, at the first such item: GIFT's one mark for all, not each item's points.
  const marked = selection.items.filter((item) => item.points !== 1)
  const first = marked[0]
  const points: ExportLimit[] =
    first === undefined
      ? []
      : [
          {
            item: first,
            owner: first,
            key: 'points',
            ruleId: 'gift-points',
            reason:
              marked.length === 1
                ? `Unexpected ${first.points} points for item \`${first.id}\` in quiz.gift.txt, expected 1: GIFT cannot carry marks, so Moodle imports every GIFT question worth 1 point; set this one's mark in the Moodle quiz, or import moodle.xml, which keeps it`
                : `Unexpected marks other than 1 for ${marked.length} items in quiz.gift.txt (${marked.map((item) => `\`${item.id}\` ${item.points} points`).join(', ')}), expected 1: GIFT cannot carry marks, so Moodle imports every GIFT question worth 1 point; set their marks in the Moodle quiz, or import moodle.xml, which keeps them`
          }
        ]
  const pins = pinLimits(
    selection.items,
    strings,
    'gift-pin',
    (item, option) =>
      `Unexpected option pinned last in item \`${item.id}\` in quiz.gift.txt, expected options that may be shuffled: GIFT cannot keep ${code(option.text)} last, so Moodle shuffles it with the others where its default says so; untick "Shuffle the choices?" in that question (the file lists it last), or import moodle.xml, which keeps it last`
  )
  return [...typeLimits(selection.items, 'gift', strings), ...points, ...pins]
}

