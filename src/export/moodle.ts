// Moodle XML (docs.moodle.org/en/Moodle_XML_format): the selected quiz items as questions
// for a Moodle question bank, in one category per theme under one for the module. Pure:
// returns the file's text. Each question type writes its own part (src/types/).
import { x } from 'xastscript'
import type { Module } from '../assemble.js'
import type { ExportOptions } from '../formats/format.js'
import { moduleStrings, type UiStrings } from '../lang/index.js'
import { code } from '../messages.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { moodleGrade } from '../types/choice.js'
import { moodleResponse } from '../types/parts.js'
import { typeOf, wordsOf, type MoodleKit } from '../types/index.js'
import { claimIndex } from '../view/common.js'
import { citeText, exportOrder, html, optionFeedback, pinLimits, questionHtml, testedClaims, typeLimits, type ClaimIndex, type ItemOrder } from './common.js'
import type { ExportLimit } from '../formats/format.js'
import { cdata, writeXml, type Element } from './xml.js'

/** A field holding HTML: `<tag format="html"><text>…</text></tag>`. */
const htmlField = (tag: string, markup: string): Element => x(tag, { format: 'html' }, [x('text', [cdata(markup)])])

/**
 * One name of a Moodle category path: Moodle reads `//` as a `/` inside a name. Its import
 * cleans each name with `clean_param(PARAM_TEXT)`, which strips anything like a tag (an
 * article "Why <br> tags matter" lost its `<br>`, a theme "Voters <25" all after `Voters`),
 * and the bank shows a name through `format_string()`, as it does a matching response: so
 * the name is written as one (moodleResponse), `<` and `>` as entities, shown as written.
 */
function categoryName(name: string): string {
  const part = moodleResponse(name.replace(/\s+/g, ' ').trim()).replaceAll('/', '//')
  return `${part.startsWith('/') ? ' ' : ''}${part}${part.endsWith('/') ? ' ' : ''}`
}

const category = (path: string): Element => x('question', { type: 'category' }, [x('category', [x('text', path)])])

/** "Tests C3 (¶3): <paraphrase>", a paragraph for each claim the item tests. */
function testsHtml(index: ClaimIndex, item: QuizItem, strings: UiStrings): string {
  return strings.exports
    .tests(testedClaims(index, item))
    .map((line) => `<p>${html(line)}</p>`)
    .join('')
}

function question(index: ClaimIndex, item: QuizItem, strings: UiStrings, options: ExportOptions, order: ItemOrder): Element {
  const type = typeOf(item)
  const words = wordsOf(type, strings)
  const kit: MoodleKit = {
    ...order(item),
    strings,
    modelAnswers: options.modelAnswers === true,
    question: questionHtml(item, strings),
    feedback: (option) => optionFeedback(index, item, option),
    cite: (text, claim) => citeText(index, item, text, claim),
    html,
    cdata,
    htmlField,
    answer: (fraction, format, text, feedback) => x('answer', { fraction, format }, [x('text', [text]), htmlField('feedback', feedback)]),
    grade: moodleGrade
  }
  return x('question', { type: type.moodle.type }, [
    x('name', [x('text', item.id)]),
    htmlField('questiontext', type.moodle.text(item, words, kit)),
    // Students see the general feedback after an attempt.
    htmlField('generalfeedback', testsHtml(index, item, strings) + type.moodle.general(item, words, kit)),
    x('defaultgrade', String(item.points)),
    x('penalty', type.moodle.penalty),
    x('hidden', '0'),
    ...type.moodle.body(item, words, kit)
  ])
}

/** A question category: its Moodle path and the items it holds, in the set's order. */
export interface MoodleCategory {
  path: string
  items: QuizItem[]
}

/**
 * The categories `items` go into: `$course$/top/<module title>` first, then, under it, one
 * per theme in claims.yaml's order (`…/<theme label>`) holding the items whose first claim
 * has that theme first, for the themes that hold any.
 */
export function moodleCategories(module: Module, items: readonly QuizItem[]): MoodleCategory[] {
  const index = claimIndex(module)
  const root = `$course$/top/${categoryName(module.article.meta.title)}`
  const themes = new Set(module.themes.map((t) => t.id))
  const themeOf = (item: QuizItem): string | undefined => {
    const theme = index.get(item.claims[0]!)?.claim.themes[0]
    return theme !== undefined && themes.has(theme) ? theme : undefined
  }
  // Checked claims always have a known theme; anything else stays in the module's category.
  const categories = [{ path: root, items: items.filter((item) => themeOf(item) === undefined) }]
  for (const theme of module.themes) {
    const held = items.filter((item) => themeOf(item) === theme.id)
    if (held.length > 0) categories.push({ path: `${root}/${categoryName(theme.label)}`, items: held })
  }
  return categories
}

/**
 * The quiz items of `selection`, in its order, as a Moodle XML question file, in the
 * categories of `moodleCategories`. Options keep their authored order, but for an item that
 * Moodle may not shuffle (one with a pinned option: exportOptions); words are in `strings`'
 * language (by default the article's). Model answers and rubrics are grader information, and
 * general feedback too only with `options.modelAnswers`.
 */
export function moodleXml(module: Module, selection: Selection, options: ExportOptions = {}, strings: UiStrings = moduleStrings(module)): string {
  const index = claimIndex(module)
  const order = exportOrder(selection, strings)
  const categories = moodleCategories(module, selection.items)
  return writeXml(x('quiz', categories.flatMap(({ path, items }) => [category(path), ...items.map((item) => question(index, item, strings, options, order))])))
}

/**
 * What moodle.xml cannot carry of `selection`'s items: what their types say (a cloze's marks
 * when its gaps cannot share them), and every option pinned last, whose question Moodle then
 * does not shuffle.
 */
export function moodleLimits(module: Module, selection: Selection): ExportLimit[] {
  const strings = moduleStrings(module)
  const pins = pinLimits(
    selection.items,
    strings,
    'moodle-pin',
    (item, option) =>
      `Unexpected option pinned last in item \`${item.id}\` in moodle.xml, expected options Moodle may shuffle: Moodle cannot keep ${code(option.text)} last while it shuffles the others, so this question is not shuffled and every student sees its options in one order (dealt from the seed as on paper, the pinned one last); leave out \`pin\` to have them shuffled`
  )
  return [...typeLimits(selection.items, 'moodle', strings), ...pins]
}
