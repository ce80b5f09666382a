// Moodle XML (docs.moodle.org/en/Moodle_XML_format): the selected quiz items as questions
// for a Moodle question bank, in one category per theme under one for the module. Pure:
// returns the file's text. The GIFT export grades answers the same way (`moodleGrades`).
import type { Module } from '../assemble.js'
import { escapeHtml } from '../fill/escape.js'
import type { ChoiceItem, Option, QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { authoredOptions } from '../select/versions.js'
import { citeClaim, claimIndex, pointsLabel } from '../view/common.js'

type ClaimIndex = ReturnType<typeof claimIndex>

/** The answer grades Moodle accepts (its question_bank fraction options), in percent, largest first. */
const GRADES = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5]

/**
 * The grade of each option of a choice item, in authored order, in percent as Moodle
 * accepts it. Single choice: 100 for the right option, 0 for the others. Multiple answers:
 * the correct options share 100 equally (50, 33.33333, 25, …) and each wrong option takes
 * away 100 divided by the number of wrong options (rounded up in size to a grade Moodle
 * accepts), so that ticking every option scores 0 and ticking every wrong one costs it all.
 */
export function moodleGrades(item: ChoiceItem): string[] {
  if (item.type === 'single') return item.options.map((o) => (o.correct ? '100' : '0'))
  const right = item.options.filter((o) => o.correct).length
  const wrong = item.options.length - right
  const plus = GRADES.find((g) => Math.abs(g - 100 / right) < 1e-4)
  // questions.yaml allows at most 8 options, and 100/1 … 100/8 are all Moodle grades.
  if (plus === undefined) throw new TypeError(`classpack: Moodle has no grade for one of ${right} correct options`)
  const minus = [...GRADES].reverse().find((g) => g > 100 / wrong - 1e-4) ?? 100
  return item.options.map((o) => (o.correct ? String(plus) : String(-minus)))
}

// XML 1.0 cannot carry these characters at all, escaped or not, so they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** `text` as XML character data or attribute value. */
function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** `markup` as a CDATA section; a `]]>` inside would end it, so it is split across two. */
function cdata(markup: string): string {
  return `<![CDATA[${markup.replace(NOT_XML, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
}

/** Plain text as HTML, line breaks kept. */
const html = (text: string): string => escapeHtml(text).replace(/\r\n?|\n/g, '<br>')

/** A field holding HTML: `<tag format="html"><text>…</text></tag>`. */
function htmlField(tag: string, markup: string, indent: string): string[] {
  return [`${indent}<${tag} format="html">`, `${indent}  <text>${cdata(markup)}</text>`, `${indent}</${tag}>`]
}

/** One name of a Moodle category path: Moodle reads `//` as a `/` inside a name. */
function categoryName(name: string): string {
  const part = name.replace(/\s+/g, ' ').trim().replaceAll('/', '//')
  return `${part.startsWith('/') ? ' ' : ''}${part}${part.endsWith('/') ? ' ' : ''}`
}

function category(path: string): string {
  return ['  <question type="category">', '    <category>', `      <text>${xml(path)}</text>`, '    </category>', '  </question>'].join('\n')
}

/** An option's feedback with the ¶ of the claim it rests on: "… (¶3)". */
function optionFeedback(index: ClaimIndex, item: QuizItem, option: Option): string {
  const cite = citeClaim(index, option.claim ?? item.claims[0]!)
  return cite ? `${option.feedback} (${cite})` : option.feedback
}

/** "Tests C3 (¶3): <paraphrase>", a paragraph for each claim the item tests. */
function testsHtml(index: ClaimIndex, item: QuizItem): string {
  return item.claims
    .map((id) => index.get(id))
    .filter((c) => c !== undefined)
    .map((c) => `<p>Tests ${c.label} (¶${c.claim.anchor.paragraph}): ${html(c.claim.paraphrase)}</p>`)
    .join('')
}

const TYPES: Record<QuizItem['type'], string> = { single: 'multichoice', multiple: 'multichoice', 'true-false': 'truefalse', short: 'essay' }
// Moodle's defaults: a third off per wrong try at a choice; true/false allows no second try.
const PENALTIES: Record<QuizItem['type'], string> = { single: '0.3333333', multiple: '0.3333333', 'true-false': '1', short: '0' }

function answer(fraction: string, format: string, text: string, feedback: string): string[] {
  return [`    <answer fraction="${fraction}" format="${format}">`, `      <text>${text}</text>`, ...htmlField('feedback', feedback, '      '), '    </answer>']
}

/** The elements particular to the item's question type. */
function body(index: ClaimIndex, item: QuizItem): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const grades = moodleGrades(item)
      return [
        `    <single>${item.type === 'single'}</single>`,
        // Moodle cannot keep one answer last, so an item with a pinned option ("None of these") is not shuffled.
        `    <shuffleanswers>${!item.options.some((o) => o.pin === 'last')}</shuffleanswers>`,
        '    <answernumbering>ABCD</answernumbering>',
        ...item.options.flatMap((o, i) => answer(grades[i]!, 'html', cdata(html(o.text)), html(optionFeedback(index, item, o))))
      ]
    }
    case 'true-false':
      // Moodle matches the answers by their text, which must be exactly `true` and `false`.
      return authoredOptions(item).flatMap((o) => answer(o.correct ? '100' : '0', 'moodle_auto_format', o.text.toLowerCase(), html(optionFeedback(index, item, o))))
    case 'short': {
      const rubric = item.rubric.map((r) => `<li>${html(pointsLabel(r.points))}: ${html(r.criterion)}</li>`).join('')
      return [
        '    <responseformat>editor</responseformat>',
        '    <responserequired>1</responserequired>',
        // Moodle's form offers 5 to 40 lines in steps of 5; another number would not survive editing the question.
        `    <responsefieldlines>${Math.min(40, Math.max(5, Math.ceil(item.lines / 5) * 5))}</responsefieldlines>`,
        '    <attachments>0</attachments>',
        '    <attachmentsrequired>0</attachmentsrequired>',
        ...htmlField('graderinfo', `<p><strong>Model answer:</strong> ${html(item.model_answer)}</p><p><strong>Rubric</strong> (${html(pointsLabel(item.points))}):</p><ul>${rubric}</ul>`, '    '),
        ...htmlField('responsetemplate', '', '    ')
      ]
    }
  }
}

function question(index: ClaimIndex, item: QuizItem): string {
  return [
    `  <question type="${TYPES[item.type]}">`,
    '    <name>',
    `      <text>${xml(item.id)}</text>`,
    '    </name>',
    ...htmlField('questiontext', `<p>${html(item.stem)}</p>`, '    '),
    ...htmlField('generalfeedback', testsHtml(index, item), '    '),
    `    <defaultgrade>${item.points}</defaultgrade>`,
    `    <penalty>${PENALTIES[item.type]}</penalty>`,
    '    <hidden>0</hidden>',
    ...body(index, item),
    '  </question>'
  ].join('\n')
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
 * categories of `moodleCategories`. Options keep their authored order.
 */
export function moodleXml(module: Module, selection: Selection): string {
  const index = claimIndex(module)
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>']
  for (const { path, items } of moodleCategories(module, selection.items)) out.push(category(path), ...items.map((item) => question(index, item)))
  out.push('</quiz>', '')
  return out.join('\n')
}
