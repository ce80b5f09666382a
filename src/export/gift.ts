// GIFT (docs.moodle.org/en/GIFT_format): the selected quiz items as plain text a teacher can
// read, edit and import into Moodle. Pure: returns the file's text. Categories and grades
// are those of the Moodle XML export.
import type { Module } from '../assemble.js'
import { uiStrings, type UiStrings } from '../lang/index.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { typeOf, wordsOf, type GiftKit } from '../types/index.js'
import { claimIndex } from '../view/common.js'
import { optionFeedback, testedClaims, type ClaimIndex } from './common.js'
import { moodleCategories } from './moodle.js'

/**
 * `text` with GIFT's special characters (`~ = # { } :` and the backslash) escaped with a
 * backslash and line breaks as `\n`, so that no text can end a title, answer or question.
 */
function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n?|\n/g, '\\n')
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
function answers(index: ClaimIndex, item: QuizItem, strings: UiStrings): string {
  const type = typeOf(item)
  const kit: GiftKit = {
    strings,
    feedback: (option) => optionFeedback(index, item, option),
    text: giftText,
    // "Tests C3 (¶3): <paraphrase>", a line for each claim the item tests.
    tests: testedClaims(index, item).map((c) => `${strings.exports.tests(c.label, c.paragraph)}: ${c.paraphrase}`),
    general
  }
  return type.gift(item, wordsOf(type, strings), kit)
}

/**
 * The quiz items of `selection`, in its order, as a GIFT file: a `$CATEGORY:` line for each
 * category of the Moodle XML export, each item titled with its id, all text plain; words
 * in `strings`' language (by default the article's).
 */
export function gift(module: Module, selection: Selection, strings: UiStrings = uiStrings(module.article.meta.lang)): string {
  const index = claimIndex(module)
  const blocks = [`// ${module.article.meta.title.replace(/\s+/g, ' ')}: ${(selection.set.title ?? selection.name).replace(/\s+/g, ' ')} (classpack)`]
  for (const { path, items } of moodleCategories(module, selection.items)) {
    blocks.push(`$CATEGORY: ${path}`, ...items.map((item) => `::${escapeGift(item.id)}::[plain]${escapeGift(item.stem)}${answers(index, item, strings)}`))
  }
  // A blank line ends each question, and each category line.
  return blocks.join('\n\n') + '\n'
}
