// GIFT (docs.moodle.org/en/GIFT_format): the selected quiz items as plain text a teacher can
// read, edit and import into Moodle. Pure: returns the file's text. Categories and grades
// are those of the Moodle XML export.
import type { Module } from '../assemble.js'
import type { Option, QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { authoredOptions } from '../select/versions.js'
import { citeClaim, claimIndex, pointsLabel } from '../view/common.js'
import { moodleCategories, moodleGrades } from './moodle.js'

type ClaimIndex = ReturnType<typeof claimIndex>

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

/** An option's feedback with the ¶ of the claim it rests on: "… (¶3)". */
function optionFeedback(index: ClaimIndex, item: QuizItem, option: Option): string {
  const cite = citeClaim(index, option.claim ?? item.claims[0]!)
  return cite ? `${option.feedback} (${cite})` : option.feedback
}

/** "Tests C3 (¶3): <paraphrase>", a line for each claim the item tests. */
function tests(index: ClaimIndex, item: QuizItem): string[] {
  return item.claims
    .map((id) => index.get(id))
    .filter((c) => c !== undefined)
    .map((c) => `Tests ${c.label} (¶${c.claim.anchor.paragraph}): ${c.claim.paraphrase}`)
}

/** General feedback, `####` and its lines, when there is any. */
function general(lines: readonly string[]): string {
  return lines.length > 0 ? `####${giftText(lines.join('\n'))}` : ''
}

/** The part between the braces, general feedback (`####…`) last. */
function answers(index: ClaimIndex, item: QuizItem): string {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const grades = moodleGrades(item)
      const lines = item.options.map((o, i) => {
        // Single choice marks its answer with `=`; multiple answers weigh every option (`~%50%`),
        // which is also how Moodle tells the two apart.
        const mark = item.type === 'single' ? (o.correct ? '=' : '~') : `~%${grades[i]}%`
        return `\t${mark}${giftText(o.text)}#${giftText(optionFeedback(index, item, o))}`
      })
      return `{\n${[...lines, `\t${general(tests(index, item))}`].join('\n')}\n}`
    }
    case 'true-false': {
      // GIFT gives the feedback for a wrong answer first, then the one for a right answer.
      const [yes, no] = authoredOptions(item) as [Option, Option]
      const [right, wrong] = item.answer ? [yes, no] : [no, yes]
      return `{${item.answer ? 'TRUE' : 'FALSE'}#${giftText(optionFeedback(index, item, wrong))}#${giftText(optionFeedback(index, item, right))}${general(tests(index, item))}}`
    }
    case 'short': {
      // An essay: GIFT has no grader information, so the model answer and rubric are general feedback.
      const notes = [
        ...tests(index, item),
        `Model answer: ${item.model_answer}`,
        `Rubric (${pointsLabel(item.points)}):`,
        ...item.rubric.map((r) => `- ${pointsLabel(r.points)}: ${r.criterion}`)
      ]
      return `{${general(notes)}}`
    }
  }
}

/**
 * The quiz items of `selection`, in its order, as a GIFT file: a `$CATEGORY:` line for each
 * category of the Moodle XML export, each item titled with its id, all text plain.
 */
export function gift(module: Module, selection: Selection): string {
  const index = claimIndex(module)
  const blocks = [`// ${module.article.meta.title.replace(/\s+/g, ' ')}: ${(selection.set.title ?? selection.name).replace(/\s+/g, ' ')} (classpack)`]
  for (const { path, items } of moodleCategories(module, selection.items)) {
    blocks.push(`$CATEGORY: ${path}`, ...items.map((item) => `::${escapeGift(item.id)}::[plain]${escapeGift(item.stem)}${answers(index, item)}`))
  }
  // A blank line ends each question, and each category line.
  return blocks.join('\n\n') + '\n'
}
