// Written answers: rubric criteria that reward restating the prompt, let another answer in,
// or are met by leaving something out; and room enough on paper for the expected answer.
import { code } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import type { ShortItem } from '../../questions/model.js'
import { written } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { ngrams, words } from '../text.js'

const writtenItems = (context: LintContext): ShortItem[] => context.module.questions.quiz.flatMap((q) => (written(q) ? [written(q)!] : []))

const criteria = (context: LintContext, test: (item: ShortItem, criterion: string) => string | undefined, id: string, reason: (item: ShortItem, hit: string) => string): Finding[] =>
  writtenItems(context).flatMap((item) =>
    item.rubric.flatMap((line): Finding[] => {
      const hit = test(item, line.criterion)
      return hit === undefined ? [] : [{ rule: id, file: 'questions', place: placeOf(line, 'criterion'), item: item.id, reason: reason(item, hit) }]
    })
  )

export const rubricEchoesStem = rule('rubric-echoes-stem', 'warning', 'A rubric criterion repeats 5 words of the stem', (context) =>
  criteria(
    context,
    (item, criterion) => {
      const stem = ngrams(words(item.stem), 5)
      return [...ngrams(words(criterion), 5)].find((g) => stem.has(g))
    },
    'rubric-echoes-stem',
    (item, hit) => `Unexpected criterion repeating "${hit}" from the stem of \`${item.id}\`, expected points for what the answer adds, not for restating the question`
  )
)

export const rubricAlternative = rule('rubric-alternative-construct', 'warning', 'A rubric criterion lets a different answer in ("or notes", "or mentions", "or refers to" …)', (context) =>
  criteria(
    context,
    // The document's four verbs, and the others a criterion says the same with.
    (_item, criterion) => /\bor (?:notes|mentions|gives|explains|refers to|describes|discusses|names|lists|any other)\b/i.exec(criterion)?.[0],
    'rubric-alternative-construct',
    (item, hit) => `Unexpected ${code(hit)} in a criterion of \`${item.id}\`, expected one thing to reward: an alternative lets an answer to another question earn the point`
  )
)

export const rubricAbsence = rule('rubric-absence', 'warning', 'A rubric criterion is met by leaving something out ("avoids", "does not", "without")', (context) =>
  criteria(
    context,
    // "without" too: "answers without quoting the article" is met by an empty page.
    (_item, criterion) => /\b(avoids|does not|doesn't|doesn’t|never|without)\b/i.exec(criterion)?.[0],
    'rubric-absence',
    (item, hit) => `Unexpected ${code(hit)} in a criterion of \`${item.id}\`, expected something an answer does: a blank answer meets a criterion of absence`
  )
)

/** Words a student writes on one answer line, at most. */
const WORDS_PER_LINE = 12

export const answerSpace = rule('answer-space', 'warning', 'The model answer needs more than 12 words per answer line', (context) =>
  writtenItems(context).flatMap((item): Finding[] => {
    const n = words(item.model_answer).length
    if (n / item.lines <= WORDS_PER_LINE) return []
    return [{ rule: 'answer-space', file: 'questions', place: placeOf(item, 'lines') ?? placeOf(item, 'model_answer'), item: item.id, reason: `Unexpected model answer of ${n} words on ${item.lines} lines in \`${item.id}\` (${(n / item.lines).toFixed(1)} a line), expected at most ${WORDS_PER_LINE} a line: \`lines: ${Math.ceil(n / WORDS_PER_LINE)}\` or a shorter expected answer` }]
  })
)
