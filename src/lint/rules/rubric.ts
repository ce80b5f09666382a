// Written answers: rubric criteria that reward restating the prompt, let another answer in,
// or are met by leaving something out; and room enough on paper for the expected answer.
import { code, counted } from '../../messages.js'
import { placeOf } from '../../yaml/decode.js'
import type { ShortItem } from '../../questions/model.js'
import { written } from '../items.js'
import { rule, type Finding, type LintContext } from '../model.js'
import { asWritten, ngrams, words } from '../text.js'

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
      const hit = [...ngrams(words(criterion), 5)].find((g) => stem.has(g))
      return hit === undefined ? undefined : asWritten(criterion, hit)
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

// What the rule is for: a point earned by leaving something out ("Avoids calling the saving
// certain", "Answers without quoting the article"), which a blank page earns too. An absence
// is a fair thing to require where it is not the whole criterion: where it qualifies something
// the answer does ("Explains the cost without calling it certain", or a clause after "but"),
// or where what is absent is an error in what the answer says ("Does not confuse X with Y",
// "Avoids factual errors"): accuracy is marked on the answer given.
const ABSENCE = /\b(avoids|avoiding|does not|doesn't|doesn’t|never|without)\b/i

/** Words that name no act of the answer: its subject, and verbs that say only that it answers. */
const NO_ACT = new Set('the a an this that it its they their answer answers response responses student students pupil pupils writer essay is are be must should also clearly correctly writes written responds replies'.split(' '))

/** An error an answer can make in what it says: its absence is accuracy, not a blank. */
const ERROR = /\b(?:confus\w*|conflat\w*|mix(?:es|ing)? up|mistak\w*|errors?|erroneous\w*|inaccura\w*|incorrect\w*|wrong\w*|false\w*|contradict\w*|mis(?:read|quot|attribut|represent|stat|nam|judg|understand|interpret|characteri[sz]|label|identif)\w*)\b/i

/** The absence word that makes `criterion` one a blank answer meets, or undefined. */
function absenceOnly(criterion: string): string | undefined {
  const hit = ABSENCE.exec(criterion)
  if (!hit) return undefined
  // What the criterion asks before the absence, and in a clause of its own after "but" or ";".
  const before = criterion.slice(0, hit.index)
  const contrast = /(?:\bbut\b|;)(.*)$/is.exec(criterion.slice(hit.index))?.[1] ?? ''
  const acts = (text: string): boolean => ABSENCE.test(text) ? acts(text.slice(0, ABSENCE.exec(text)!.index)) : words(text).some((w) => !NO_ACT.has(w))
  if (acts(before) || acts(contrast)) return undefined
  // The absent thing: from the absence word to the end of its clause.
  const absent = criterion.slice(hit.index).split(/[,;:.]|\bbut\b/i)[0]!
  return ERROR.test(absent) ? undefined : hit[0]
}

export const rubricAbsence = rule('rubric-absence', 'warning', 'A rubric criterion is met by leaving something out ("avoids", "does not", "without")', (context) =>
  criteria(
    context,
    (_item, criterion) => absenceOnly(criterion),
    'rubric-absence',
    (item, hit) => `Unexpected ${code(hit)} in a criterion of \`${item.id}\`, expected something an answer does: a blank answer meets a criterion of absence (an absence that qualifies what the answer does, "Explains X without Y", or an absence of errors, "Does not confuse X with Y", is fine)`
  )
)

/** Words a student writes on one answer line, at most. */
const WORDS_PER_LINE = 12

export const answerSpace = rule('answer-space', 'warning', 'The model answer needs more than 12 words per answer line', (context) =>
  writtenItems(context).flatMap((item): Finding[] => {
    const n = words(item.model_answer).length
    if (n / item.lines <= WORDS_PER_LINE) return []
    return [{ rule: 'answer-space', file: 'questions', place: placeOf(item, 'lines') ?? placeOf(item, 'model_answer'), item: item.id, reason: `Unexpected model answer of ${counted(n, 'word')} on ${counted(item.lines, 'line')} in \`${item.id}\` (${(n / item.lines).toFixed(1)} a line), expected at most ${WORDS_PER_LINE} a line: \`lines: ${Math.ceil(n / WORDS_PER_LINE)}\` or a shorter expected answer` }]
  })
)
