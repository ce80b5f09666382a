// One failing and one passing case for each rule of the lint: the clean bank with one
// fault, which the rule reports (at the place named), and a near miss it lets pass.
import { describe, expect, it } from 'vitest'
import { LINT_RULES } from '../../src/lint/rules/index.js'
import { bank, item, line, lineOf, lint, swap, type Edits } from './helpers.js'

/** A single-choice item whose options are `options` (`*` marks the key, `^` a pinned one). */
function single(id: string, options: string[], claim = 'vote-next-month'): string {
  const lines = options.map((o) => {
    const text = o.replace(/^[*^]+/, '')
    return `      - text: ${text}\n        feedback: Because.\n${o.includes('*') ? '        correct: true\n' : ''}${o.includes('^') ? '        pin: last\n' : ''}`
  })
  return `  - id: ${id}\n    type: single\n    stem: Which option is right for ${id}?\n    claims: [${claim}]\n    difficulty: easy\n    bloom: remember\n    options:\n${lines.join('')}\n`
}

/** A multiple-select item. */
function multiple(id: string, options: string[], claim = 'vote-next-month'): string {
  return single(id, options, claim).replace('type: single', 'type: multiple').replace('Which option is right', 'Which options are right')
}

/** A cloze item on the library's free computers with these gaps and distractors (YAML lists). */
const cloze = (gaps: string, distractors: string): string =>
  `\n  - id: c-free\n    type: cloze\n    stem: Fill in the article's sentence.\n    claims: [free-computers]\n    difficulty: easy\n    points: 2\n    bloom: remember\n    gaps: ${gaps}\n    distractors: ${distractors}\n`

/** A matching item of who said what, with `more` (its distractors) after its pairs. */
const matching = (more: string): string =>
  `\n  - id: m-who\n    type: matching\n    stem: Match each person to what the article reports.\n    claims: [costs-money]\n    difficulty: easy\n    points: 2\n    bloom: remember\n    pairs:\n      - premise: Rachel Amin\n        response: The library costs too much.\n        feedback: She said so.\n      - premise: Local teachers\n        response: Poorer children would fall behind.\n        claim: children-fall-behind\n        feedback: They said so.\n${more}`

/** A numeric item on the library's year, with this stem. */
const numeric = (stem: string): string =>
  `\n  - id: n-year\n    type: numeric\n    stem: ${stem}\n    claims: [vote-next-month]\n    difficulty: easy\n    bloom: remember\n    answer: 1921\n    feedback: It has stood there since 1921.\n`

/** questions.yaml with its quiz replaced by `items`. */
const quiz = (...items: string[]) => (text: string) => text.slice(0, text.indexOf('quiz:\n') + 6) + items.join('')

const eight = (make: (i: number) => string): string[] => Array.from({ length: 8 }, (_, i) => make(i))

/** `offered` single-choice items that all offer "The council", the key of the first `keyed`. */
const councilKeyed = (keyed: number, offered: number): string[] =>
  Array.from({ length: offered }, (_, i) => single(`s${i}`, [i < keyed ? '*The council' : 'The council', i < keyed ? `Reader ${i}` : `*Reader ${i}`, `Parent ${i}`, `Teacher ${i}`]))

interface Case {
  rule: string
  /** The fault, and where it is to be reported: the first line holding `at` in `file` (default questions.yaml). */
  fault: Edits
  at?: string
  file?: string
  severity?: 'error' | 'warning' | 'info'
  /** A near miss the rule lets pass (default: the clean bank). */
  pass?: Edits
}

const CASES: Case[] = [
  {
    rule: 'key-position-bias',
    // Keys pinned last cannot be dealt: as printed, every key is D.
    fault: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['*^Key', 'One', 'Two', 'Three']))) },
    at: '- id: s0',
    severity: 'error',
    pass: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['*Key', 'One', 'Two', 'Three']))) }
  },
  {
    rule: 'key-position-run',
    fault: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['*^Key', 'One', 'Two', 'Three']))) },
    at: '- id: s0',
    // Every other key dealt: a dealt key can join a pinned one at D at most once, so no four in a row.
    pass: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, [i % 2 ? '*^Key' : '*Key', 'One', 'Two', 'Three']))) }
  },
  {
    rule: 'key-position-authored',
    fault: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['*Key', 'One', 'Two', 'Three']))) },
    at: '- id: s0',
    pass: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['One', 'Two', 'Three', '*Key'].map((_, j, all) => all[(j + i) % 4]!)))) }
  },
  {
    rule: 'unshuffled-print',
    // Two options, the key pinned: nothing to shuffle, so the print keeps the biased authored order.
    fault: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['One', '*^Key']))) },
    at: '- id: s0',
    severity: 'error',
    pass: { 'questions.yaml': quiz(...eight((i) => single(`s${i}`, ['One', '*Key']))) }
  },
  {
    rule: 'multi-keys-prefix',
    fault: { 'questions.yaml': quiz(multiple('m1', ['*Key one', '*Key two', '^Wrong']), multiple('m2', ['*Key one', '*Key two', '^Wrong'])) },
    at: '- id: m1',
    severity: 'error',
    pass: { 'questions.yaml': quiz(multiple('m1', ['*Key one', '*Key two', 'Wrong']), multiple('m2', ['*Key one', '*Key two', 'Wrong'])) }
  },
  {
    rule: 'multi-key-count-constant',
    fault: { 'questions.yaml': quiz(...[1, 2, 3, 4].map((i) => multiple(`m${i}`, ['*Key one', 'Wrong one', '*Key two', 'Wrong two']))) },
    at: '- id: m1',
    pass: { 'questions.yaml': quiz(...[1, 2, 3, 4].map((i) => multiple(`m${i}`, ['*Key one', 'Wrong one', '*Key two', i === 4 ? '*Key three' : 'Wrong two']))) }
  },
  {
    rule: 'key-strictly-longest',
    fault: { 'questions.yaml': item('s-vote', (b) => b.replace('text: In about a month', 'text: In about a month, when the council next sits in full')) },
    at: 'In about a month, when',
    pass: { 'questions.yaml': item('s-vote', (b) => b.replace('text: In about a month', 'text: In about a month or so')) }
  },
  {
    rule: 'key-strictly-longest',
    // Among short options a ratio alone is no cue: "A clinic" against "A shop" (8 and 6).
    fault: { 'questions.yaml': item('s-vote', single('s-vote', ['*In about a month from now', 'A week', 'A year', 'Never'])) },
    at: 'In about a month from now',
    pass: { 'questions.yaml': item('s-vote', single('s-vote', ['*A clinic', 'A gym', 'A park', 'A shop'])) }
  },
  {
    rule: 'option-length-spread',
    fault: { 'questions.yaml': item('s-vote', (b) => b.replace('text: After the next election', 'text: After the next election, or even later than that')) },
    at: 'After the next election, or',
    pass: { 'questions.yaml': item('s-vote', (b) => b.replace('text: After the next election', 'text: After the next election in May')) }
  },
  {
    rule: 'multi-keys-longer',
    fault: { 'questions.yaml': item('m-reasons', (b) => b.replace('text: Help for poorer pupils', 'text: Help for poorer pupils with their homework after school')) },
    at: 'options:\n      - text: A rise in town tourism',
    pass: { 'questions.yaml': item('m-reasons', (b) => b.replace('text: Help for poorer pupils', 'text: Help for pupils at school')) }
  },
  {
    rule: 'multi-keys-longer',
    // Among short options (names) a few letters are no cue.
    fault: { 'questions.yaml': quiz(multiple('m1', ['*Tallinn in Estonia', 'Lyon', '*Dunkirk in France', 'Bristol'])) },
    at: 'options:\n      - text: Tallinn in Estonia',
    pass: { 'questions.yaml': quiz(multiple('m1', ['*Tallinn', 'Lyon', '*Dunkirk', 'Bristol'])) }
  },
  {
    rule: 'all-or-none-of-the-above',
    fault: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: None of the above') },
    at: 'None of the above',
    severity: 'error',
    pass: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: Nothing of the kind') }
  },
  {
    rule: 'all-or-none-of-the-above',
    // Without "of", or with "neither": the same cue. "None of them …" as a statement is not one.
    fault: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: All the above') },
    at: 'All the above',
    severity: 'error',
    pass: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: None of them paid by the town') }
  },
  {
    rule: 'all-or-none-of-the-above',
    // A count between changes nothing.
    fault: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: All three of these') },
    at: 'All three of these',
    severity: 'error',
    pass: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: All three of its staff') }
  },
  {
    rule: 'all-or-none-of-the-above',
    fault: { 'questions.yaml': swap('text: Nothing beyond its staff', 'text: Neither of these') },
    at: 'Neither of these',
    severity: 'error'
  },
  {
    rule: 'negative-stem-unemphasised',
    fault: { 'questions.yaml': swap('stem: What has the council yet to publish?', 'stem: What has the council not published yet?') },
    at: 'stem: What has the council not',
    pass: { 'questions.yaml': swap('stem: What has the council yet to publish?', 'stem: What has the council NOT published yet?') }
  },
  {
    rule: 'negative-stem-unemphasised',
    // Markdown bold is printed as written, asterisks included: capitals are the emphasis.
    fault: { 'questions.yaml': swap('stem: What has the council yet to publish?', 'stem: What has the council **not** published yet?') },
    at: 'stem: What has the council **not**',
    pass: { 'questions.yaml': swap('stem: What has the council yet to publish?', 'stem: What has the council NOT published yet?') }
  },
  {
    rule: 'negative-stem-unemphasised',
    // NOT in a multiple-select item is an error: a student who misses it ticks the opposite.
    fault: { 'questions.yaml': swap('stem: Which of these facts does the article give?', 'stem: Which of these facts does the article not give?') },
    at: 'stem: Which of these facts',
    severity: 'error',
    pass: { 'questions.yaml': swap('stem: Which of these facts does the article give?', 'stem: Which of these facts does the article NOT give?') }
  },
  {
    rule: 'negative-stem-unemphasised',
    // A contraction negates as "not" does; "at least" is a bound, not the "least" of a question.
    fault: { 'questions.yaml': swap('stem: What has the council yet to publish?', "stem: What hasn't the council published yet?") },
    at: "stem: What hasn't",
    pass: { 'questions.yaml': swap('stem: How many signatures have opponents collected?', 'stem: How many signatures have opponents collected, at least?') }
  },
  {
    rule: 'negative-stem-unemphasised',
    // "doesn’t" in a multiple-select stem is NOT there: an error.
    fault: { 'questions.yaml': swap('stem: Which of these facts does the article give?', 'stem: Which of these facts doesn’t the article give?') },
    at: 'stem: Which of these facts',
    severity: 'error',
    pass: { 'questions.yaml': swap('stem: Which of these facts does the article give?', 'stem: Which of these facts DOESN’T the article give?') }
  },
  {
    rule: 'negative-stem-unemphasised',
    // The sentence that asks, though an instruction follows it; an elliptical question ("Which
    // two?") with the sentence before it.
    fault: { 'questions.yaml': swap('stem: Which of these facts does the article give?', 'stem: The article gives all of these facts except two. Which two?') },
    at: 'stem: The article gives all',
    severity: 'error',
    pass: { 'questions.yaml': swap('stem: Which of these facts does the article give?', 'stem: The article gives all of these facts EXCEPT two. Which two?') }
  },
  {
    rule: 'negative-stem-unemphasised',
    fault: { 'questions.yaml': swap('stem: What has the council yet to publish?', 'stem: What has the council not published yet? Choose one.') },
    at: 'stem: What has the council not',
    pass: { 'questions.yaml': swap('stem: What has the council yet to publish?', 'stem: What has the council NOT published yet? Choose one.') }
  },
  {
    rule: 'negated-tf-statement',
    fault: { 'questions.yaml': swap('stem: The author is certain that a closure would save money in the long run.', 'stem: The author does not hedge her view of the saving.') },
    at: 'stem: The author does not hedge',
    // A negated statement that is true is no double negative.
    pass: { 'questions.yaml': item('t-certain', (b) => b.replace('stem: The author is certain that a closure would save money in the long run.', 'stem: The author is not certain of the saving.').replace('answer: false', 'answer: true')) }
  },
  {
    rule: 'specific-determiner',
    fault: { 'questions.yaml': swap('text: Later this week', 'text: At any time this year') },
    at: 'At any time',
    pass: { 'questions.yaml': swap('text: Later this week', 'text: Later this "any week"') }
  },
  {
    rule: 'key-most-verbatim',
    fault: { 'questions.yaml': swap('text: A count of weekly visitors', 'text: a study of how many people use the building') },
    at: 'a study of how many',
    pass: { 'questions.yaml': swap('text: A count of weekly visitors', 'text: A study of the building') }
  },
  {
    rule: 'key-most-stem-overlap',
    fault: { 'questions.yaml': item('s-saving', (b) => b.replace("stem: What does the author expect a closure to do in the short term?", "stem: What does the author expect closing to do for the town's money?").replace('text: Save the town money', "text: Keep the town's money")) },
    at: "Keep the town's money",
    pass: { 'questions.yaml': item('s-saving', (b) => b.replace("stem: What does the author expect a closure to do in the short term?", "stem: What does the author expect closing to do for the town's money?")) }
  },
  {
    // A stem that names the key's actor by the surname alone, and no one else on offer, answers "Who …?".
    rule: 'key-most-stem-overlap',
    fault: { 'questions.yaml': quiz(single('s-named', ['*Rachel Amin', 'Local teachers', 'The author', 'The town’s road workers'], 'costs-money').replace('Which option is right for s-named?', 'Amin says the library costs too much. Who says so?')) },
    at: 'text: Rachel Amin',
    // Naming someone else on offer too leaves the choice to the reader.
    pass: { 'questions.yaml': quiz(single('s-named', ['*Rachel Amin', 'Local teachers', 'The author', 'The town’s road workers'], 'costs-money').replace('Which option is right for s-named?', 'Amin says the library costs more than the teachers think. Who says so?')) }
  },
  {
    // A word the stem gives as an example stands in the key alone: students match it.
    rule: 'key-most-stem-overlap',
    fault: { 'questions.yaml': quiz(single('s-hedged', ['*The vote will likely be close', 'The vote was held in May', 'The library opened in 1921', 'The council met on Tuesday']).replace('Which option is right for s-hedged?', 'Which passage is hedged, with a word such as perhaps, may or likely?')) },
    at: 'text: The vote will likely be close',
    // A distractor holds it too.
    pass: { 'questions.yaml': quiz(single('s-hedged', ['*The vote will likely be close', 'The vote was likely held in May', 'The library opened in 1921', 'The council met on Tuesday']).replace('Which option is right for s-hedged?', 'Which passage is hedged, with a word such as perhaps, may or likely?')) }
  },
  {
    rule: 'key-most-stem-overlap',
    fault: { 'questions.yaml': quiz(multiple('m-hedged', ['*The vote will likely be close', '*Costs may rise', 'The library opened in 1921', 'The council met on Tuesday']).replace('Which options are right for m-hedged?', 'Which passages use “likely”?')) },
    at: 'text: The vote will likely be close'
  },
  {
    rule: 'parallel-key-cue',
    fault: { 'questions.yaml': item('m-reasons', (b) => b.replace('text: Free use of computers', 'text: Keeping computers free').replace('text: Help for poorer pupils', 'text: Keeping pupils on track')) },
    at: 'options:\n      - text: A rise in town tourism',
    severity: 'error',
    pass: { 'questions.yaml': item('m-reasons', (b) => b.replace('text: Free use of computers', 'text: Keeping computers free').replace('text: Help for poorer pupils', 'text: Keeping pupils on track').replace('text: A rise in town tourism', 'text: Keeping tourists away')) }
  },
  {
    rule: 'parallel-key-cue',
    fault: { 'questions.yaml': item('m-reasons', (b) => b.replace('text: Free use of computers', 'text: Computers could stay free').replace('text: Help for poorer pupils', 'text: Pupils would keep up')) },
    at: 'options:\n      - text: A rise in town tourism',
    severity: 'error',
    pass: { 'questions.yaml': item('m-reasons', (b) => b.replace('text: Free use of computers', 'text: Computers could stay free').replace('text: Help for poorer pupils', 'text: Pupils would keep up').replace('text: A rise in town tourism', 'text: Tourism might rise')) }
  },
  {
    rule: 'grammatical-cue',
    fault: { 'questions.yaml': swap('text: In about a month\n', 'text: In about a month.\n') },
    at: 'options:\n      - text: In about a month.',
    pass: { 'questions.yaml': item('s-vote', (b) => b.replace(/text: (.*)\n/g, 'text: $1.\n')) }
  },
  {
    rule: 'grammatical-cue',
    fault: { 'questions.yaml': item('s-study', (b) => b.replace('stem: What has the council yet to publish?', 'stem: The council has yet to publish a').replace('text: A count of weekly visitors', 'text: count of weekly visitors').replace('text: A plan for road repairs', 'text: plan for road repairs').replace("text: The library's opening hours", 'text: opening hours list').replace('text: A list of book loans', 'text: list of book loans')) },
    // One message for the item, at the stem whose article is the cause.
    at: 'stem: The council has yet to publish a',
    pass: { 'questions.yaml': item('s-study', (b) => b.replace('stem: What has the council yet to publish?', 'stem: The council has yet to publish a').replace('text: A count of weekly visitors', 'text: count of weekly visitors').replace('text: A plan for road repairs', 'text: plan for road repairs').replace("text: The library's opening hours", 'text: timetable of hours').replace('text: A list of book loans', 'text: list of book loans')) }
  },
  {
    // A false true/false statement is the distractor: false for its "always", not for what it says.
    rule: 'specific-determiner',
    fault: { 'questions.yaml': swap('stem: The author says the council has already counted the library', 'stem: The author says the council has always counted the library') },
    at: 'stem: The author says the council has always',
    // The same word in a true statement gives nothing away.
    pass: { 'questions.yaml': swap('stem: The library has stood on Market Street for more than a century.', 'stem: The library has always stood on Market Street, for more than a century.') }
  },
  {
    // An acronym may take either article ("an MOT", "a NATO summit"): no cue.
    rule: 'grammatical-cue',
    fault: { 'questions.yaml': item('s-study', (b) => b.replace('stem: What has the council yet to publish?', 'stem: The council has yet to publish an').replace('text: A count of weekly visitors', 'text: estimate of weekly visitors').replace('text: A plan for road repairs', 'text: audit of road repairs').replace("text: The library's opening hours", 'text: outline of opening hours').replace('text: A list of book loans', 'text: list of book loans')) },
    at: 'stem: The council has yet to publish an',
    pass: { 'questions.yaml': item('s-study', (b) => b.replace('stem: What has the council yet to publish?', 'stem: The council has yet to publish an').replace('text: A count of weekly visitors', 'text: estimate of weekly visitors').replace('text: A plan for road repairs', 'text: audit of road repairs').replace("text: The library's opening hours", 'text: outline of opening hours').replace('text: A list of book loans', 'text: MOT-style inspection')) }
  },
  {
    rule: 'mixed-typography',
    fault: { 'questions.yaml': swap('feedback: She reports what others have said.', 'feedback: She reports what others’ve said.') },
    at: '- id: s-who',
    severity: 'info',
    pass: { 'questions.yaml': swap('feedback: She reports what others have said.', "feedback: She reports what others've said.") }
  },
  {
    rule: 'quote-not-in-source',
    fault: { 'questions.yaml': swap('"the strongest argument"', '"the best argument"') },
    at: 'stem: What does the author call',
    severity: 'error',
    // Words left out (…) and added ([ ]) are a quoter's right.
    pass: { 'questions.yaml': swap('"the strongest argument"', '"the strongest argument for [the library] … is"') }
  },
  {
    rule: 'quote-not-in-source',
    // British single quotes quote as double ones do; apostrophes inside words are not quotes.
    fault: { 'questions.yaml': swap('"the strongest argument"', '‘the best argument there is’') },
    at: 'stem: What does the author call',
    severity: 'error',
    pass: { 'questions.yaml': swap('"the strongest argument"', '‘the strongest argument’ for the town’s') }
  },
  {
    rule: 'quote-not-in-source',
    fault: { 'questions.yaml': swap('"the strongest argument"', "'the best argument there is'") },
    at: 'stem: What does the author call',
    severity: 'error',
    pass: { 'questions.yaml': swap('"the strongest argument"', "'the strongest argument' for the town's") }
  },
  {
    rule: 'positional-claim',
    fault: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The article ends with "The council should delay the vote". When will the council vote?') },
    at: 'stem: The article ends with',
    severity: 'error',
    pass: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The final paragraph begins "The council should delay the vote". When will the council vote?') }
  },
  {
    rule: 'positional-claim',
    // Single quotes are quotation marks too; a quotation in the next sentence is not the one
    // the words of place point at ("opens with a question. Why does it say …").
    fault: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The article ends with ‘The council should delay the vote’. When will the council vote?') },
    at: 'stem: The article ends with',
    severity: 'error',
    pass: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The article ends with a plea. Why does it say "The council should delay the vote"?') }
  },
  {
    rule: 'feedback-cite',
    fault: { 'questions.yaml': swap('feedback: The building\'s age is given, not argued from.', 'feedback: The article only says it is "a building that has stood on Market Street".') },
    at: 'feedback: The article only says',
    pass: { 'questions.yaml': swap('feedback: The building\'s age is given, not argued from.', 'feedback: The article only says it is "a building that has stood on Market Street".\n        claim: vote-next-month') }
  },
  {
    rule: 'cross-item-answer-leak',
    fault: { 'questions.yaml': swap('stem: Why does the author want the vote delayed?', "stem: Rachel Amin wants to spend the library's money on roads. Why does the author want the vote delayed?") },
    at: "stem: Rachel Amin wants to spend the library's money on roads. Why",
    pass: { 'questions.yaml': swap('stem: Why does the author want the vote delayed?', "stem: Rachel Amin wants to spend the library's money on roads. Why does the author want the vote delayed?\n    excludes: [t-roads]") }
  },
  {
    // A key of fewer than 6 words, whole in another stem ("Free use of computers", the key of s-reason); a stem with some of its words passes.
    rule: 'cross-item-answer-leak',
    fault: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The library offers free use of computers. When will the council vote on the library?') },
    at: 'stem: The library offers free use of computers.',
    pass: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The library offers computers for free. When will the council vote on the library?') }
  },
  {
    // A written answer's key is its model answer: a stem that repeats it writes the answer out.
    rule: 'cross-item-answer-leak',
    fault: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: Nobody has counted the visitors, so the council would decide blind. When will the council vote on the library?') },
    at: 'stem: Nobody has counted the visitors',
    pass: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: Nobody has counted the visitors, so the council would decide blind. When will the council vote on the library?\n    excludes: [w-delay]') }
  },
  {
    rule: 'same-claim-same-skill',
    fault: { 'questions.yaml': (t) => ['s-cost', 't-roads', 'w-money'].reduce((text, id) => item(id, (b) => b.replace(/\n\n?$/, '').replace(/$/, '\n    tags: [voice]\n\n'))(text), t) },
    at: '- id: s-cost',
    severity: 'info',
    pass: { 'questions.yaml': (t) => ['s-cost', 't-roads'].reduce((text, id) => item(id, (b) => b.replace(/\n\n?$/, '').replace(/$/, '\n    tags: [voice]\n\n'))(text), t) }
  },
  {
    rule: 'metadata-contradiction',
    fault: { 'questions.yaml': swap('feedback: That is the later risk.', 'feedback: That is not a prediction but a fact.') },
    at: 'feedback: That is not a prediction',
    severity: 'error',
    // The same words about an empirical claim say nothing wrong.
    pass: { 'questions.yaml': swap('feedback: She gives a larger sum.', 'feedback: That is not a prediction but a larger sum.') }
  },
  {
    rule: 'metadata-contradiction',
    // A key's feedback that calls Amin's reported figure the author's own.
    fault: { 'questions.yaml': swap('feedback: Right, that is her figure.', "feedback: Right, that is the author's own figure.") },
    at: "feedback: Right, that is the author's own",
    severity: 'error',
    // On a distractor the words usually say whose the right answer is: they are not read there.
    pass: { 'questions.yaml': swap('feedback: She gives a larger sum.', "feedback: The right answer rests on the author's own reading.") }
  },
  {
    rule: 'metadata-contradiction',
    // "Not reported speech" of Amin's claim contradicts it; a bare "Not reported." says the
    // article does not report the option's content, and stopped builds as an error.
    fault: { 'questions.yaml': swap('feedback: She gives a larger sum.', 'feedback: That is not reported speech.') },
    at: 'feedback: That is not reported speech',
    severity: 'error',
    pass: { 'questions.yaml': swap('feedback: She gives a larger sum.', 'feedback: Not reported.') }
  },
  {
    rule: 'metadata-contradiction',
    // "Not reported:" about voice contradicts Amin's claim; about content ("the article
    // mentions no tram") it says nothing of whose the words are.
    fault: { 'questions.yaml': swap('feedback: She gives a larger sum.', "feedback: 'Not reported: it is the author''s own sum.'") },
    at: 'feedback: \'Not reported',
    severity: 'error',
    pass: { 'questions.yaml': swap('feedback: She gives a larger sum.', "feedback: 'Not reported: the article mentions no such sum.'") }
  },
  {
    rule: 'metadata-contradiction',
    // "rather than the author's own" denies it, as "not the author's own" does.
    fault: { 'questions.yaml': swap('feedback: Right, that is her figure.', "feedback: Right, that is the author's own figure.") },
    at: "feedback: Right, that is the author's own",
    severity: 'error',
    pass: { 'questions.yaml': swap('feedback: Right, that is her figure.', "feedback: Right, that is her figure, reported rather than the author's own.") }
  },
  {
    rule: 'wording-language',
    // A module in a language the lint has no words for: every rule that reads words is named.
    fault: { 'article.md': swap('lang: en-GB', 'lang: fr') },
    file: 'article.md',
    at: '---',
    severity: 'info'
  },
  {
    rule: 'mixed-voice-claim',
    fault: {
      'article.md': swap('a year and that the money', 'a year, and to date nobody has disputed that the money'),
      'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"', 'quote: "said the library costs the town forty thousand pounds a year, and to date nobody"')
    },
    file: 'claims.yaml',
    at: 'asserted_by: amin',
    pass: { 'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"', 'quote: "said the library costs the town forty thousand pounds a year"') }
  },
  {
    // "I think" inside the quotation marks is the speaker's own hedge, not the author's voice.
    rule: 'mixed-voice-claim',
    fault: {
      'article.md': swap('a year and that the money', 'a year, and I think nobody disputes that the money'),
      'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"', 'quote: "said the library costs the town forty thousand pounds a year, and I think nobody"')
    },
    file: 'claims.yaml',
    at: 'asserted_by: amin',
    pass: {
      'article.md': swap('Council leader Rachel Amin said the library costs the town forty thousand pounds a year and that the money', '“The library costs the town forty thousand pounds a year, and I think nobody disputes it,” Council leader Rachel Amin said, and the money'),
      'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"', 'quote: "“The library costs the town forty thousand pounds a year, and I think nobody disputes it,” Council leader Rachel Amin said"')
    }
  },
  {
    // The quote gives the words to Amin by name, the claim to the author.
    rule: 'reported-as-author',
    fault: { 'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"\n    paraphrase: Amin says the library costs forty thousand pounds a year.\n    kind: empirical\n    asserted_by: amin', 'quote: "Council leader Rachel Amin said the library costs the town forty thousand pounds a year"\n    paraphrase: Amin says the library costs forty thousand pounds a year.\n    kind: empirical\n    asserted_by: author') },
    file: 'claims.yaml',
    at: 'paraphrase: Amin says the library costs forty thousand pounds a year.\n    kind: empirical\n    asserted_by: author',
    pass: { 'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"', 'quote: "Council leader Rachel Amin said the library costs the town forty thousand pounds a year"') }
  },
  {
    // "According to …" gives the words to a source the module need not declare.
    rule: 'reported-as-author',
    fault: {
      'article.md': swap('Council leader Rachel Amin said the library costs', 'According to the council, the library costs'),
      'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"\n    paraphrase: Amin says the library costs forty thousand pounds a year.\n    kind: empirical\n    asserted_by: amin', 'quote: "According to the council, the library costs the town forty thousand pounds a year"\n    paraphrase: Amin says the library costs forty thousand pounds a year.\n    kind: empirical\n    asserted_by: author')
    },
    file: 'claims.yaml',
    at: 'paraphrase: Amin says the library costs forty thousand pounds a year.\n    kind: empirical\n    asserted_by: author',
    pass: {
      'article.md': swap('Council leader Rachel Amin said the library costs', 'According to the council, the library costs'),
      'claims.yaml': swap('quote: "the library costs the town forty thousand pounds a year"', 'quote: "According to the council, the library costs the town forty thousand pounds a year"')
    }
  },
  {
    // A speaker described, not named, before "said", a clause between commas: their words, not the author's.
    rule: 'reported-as-author',
    fault: {
      'article.md': swap('Residents who oppose the plan have collected', 'Residents, several of whom spoke at the meeting, said they have collected'),
      'claims.yaml': swap('quote: "collected two thousand signatures in three weeks"', 'quote: "Residents, several of whom spoke at the meeting, said they have collected two thousand signatures in three weeks"')
    },
    file: 'claims.yaml',
    at: 'paraphrase: Opponents gathered two thousand signatures in three weeks.\n    kind: empirical\n    asserted_by: author',
    pass: { 'article.md': swap('Residents who oppose the plan have collected', 'Residents, several of whom spoke at the meeting, said they have collected') }
  },
  {
    // A block quote sets apart someone's words (a letter, a statement): a claim quoting it is
    // not the author's unless the teacher says so, and init says when it found no speaker.
    rule: 'reported-as-author',
    fault: { 'article.md': swap('The council has not yet published a study', 'A notice on the door read:\n\n> The council has not yet published a study') },
    file: 'claims.yaml',
    at: 'paraphrase: No study of the library\'s use has been published.\n    kind: empirical\n    asserted_by: author',
    pass: { 'article.md': swap('The council has not yet published a study', 'A notice on the door read:\n\nThe council has not yet published a study') }
  },
  {
    rule: 'joint-asserter',
    fault: { 'claims.yaml': swap('quote: "children from poorer families would fall behind at school if the library closed"\n    paraphrase: Teachers and parents expect poorer children to fall behind if it closes.\n    kind: predictive\n    asserted_by: [teachers, parents]', 'quote: "Local teachers and parents have said that children from poorer families would fall behind"\n    paraphrase: Teachers and parents expect poorer children to fall behind if it closes.\n    kind: predictive\n    asserted_by: teachers') },
    file: 'claims.yaml',
    at: 'asserted_by: teachers',
    pass: { 'claims.yaml': swap('quote: "children from poorer families would fall behind at school if the library closed"', 'quote: "Local teachers and parents have said that children from poorer families would fall behind"') }
  },
  {
    rule: 'unrecorded-marker',
    fault: { 'article.md': swap('have collected two thousand', 'have clearly collected two thousand'), 'claims.yaml': swap('quote: "collected two thousand signatures in three weeks"', 'quote: "counted the visitors and asked the schools"') },
    file: 'article.md',
    at: 'Residents who oppose',
    severity: 'info',
    pass: { 'article.md': swap('have collected two thousand', 'have clearly collected two thousand') }
  },
  {
    rule: 'paragraph-uncovered',
    fault: { 'claims.yaml': swap('quote: "collected two thousand signatures in three weeks"', 'quote: "counted the visitors and asked the schools"') },
    file: 'article.md',
    at: 'Residents who oppose',
    severity: 'info'
  },
  {
    rule: 'claim-never-main',
    fault: { 'questions.yaml': (t) => t.replace('claims: [delay-vote, no-study]\n    difficulty: easy', 'claims: [no-study, delay-vote]\n    difficulty: easy').replace(/(  - id: s-delay\n(?:.*\n)*?    claims: )\[delay-vote\]/, '$1[no-study, delay-vote]') },
    file: 'claims.yaml',
    at: '  - id: delay-vote',
    severity: 'info'
  },
  {
    rule: 'claim-untested',
    fault: { 'questions.yaml': (t) => t.replace('claims: [delay-vote, no-study]\n    difficulty: easy', 'claims: [no-study]\n    difficulty: easy').replace(/(  - id: s-delay\n(?:.*\n)*?    claims: )\[delay-vote\]/, '$1[no-study]') },
    file: 'claims.yaml',
    at: '  - id: delay-vote',
    severity: 'info'
  },
  {
    rule: 'claim-unrelated',
    // Once a module records relations, a claim none of them touches is left off the map.
    fault: { 'claims.yaml': swap('    themes: [closure]\n  - id: free-computers', '    themes: [closure]\n    relations: { supports: [vote-next-month] }\n  - id: free-computers') },
    file: 'claims.yaml',
    at: '  - id: free-computers',
    // A module without relations has no map to leave a claim out of.
    pass: {}
  },
  {
    rule: 'relation-cycle',
    fault: {
      'claims.yaml': (t) =>
        swap('    themes: [closure]\n  - id: free-computers', '    themes: [closure]\n    relations: { supports: [free-computers] }\n  - id: free-computers')(t).replace(
          '    evidence: reasoning\n    themes: [closure]\n',
          '    evidence: reasoning\n    themes: [closure]\n    relations:\n      supports: [costs-money]\n'
        )
    },
    file: 'claims.yaml',
    at: '      supports: [costs-money]',
    pass: {
      'claims.yaml': (t) =>
        swap('    themes: [closure]\n  - id: free-computers', '    themes: [closure]\n    relations: { supports: [free-computers] }\n  - id: free-computers')(t).replace(
          '    evidence: reasoning\n    themes: [closure]\n',
          '    evidence: reasoning\n    themes: [closure]\n    relations:\n      qualifies: [costs-money]\n'
        )
    }
  },
  {
    rule: 'tf-balance',
    fault: { 'questions.yaml': (t) => t.replace(/answer: false/g, 'answer: true') },
    file: 'module.yaml',
    at: 'title: Library lesson',
    pass: { 'questions.yaml': (t) => t.replace('answer: true', 'answer: false') }
  },
  {
    rule: 'key-text-repeated',
    // "The council" is the key of 3 of the 5 items that offer it: always choosing it pays.
    fault: { 'questions.yaml': quiz(...councilKeyed(3, 5)) },
    file: 'module.yaml',
    at: 'title: Library lesson',
    // Of 6 that offer it, 3: right half the time, no better than a guess between two.
    pass: { 'questions.yaml': quiz(...councilKeyed(3, 6)) }
  },
  {
    rule: 'cloze-gap-function-word',
    fault: { 'questions.yaml': (t) => t + cloze('[the, computer]', '[phone]') },
    at: 'the, computer',
    pass: { 'questions.yaml': (t) => t + cloze('[only, computer]', '[phone]') }
  },
  {
    rule: 'cloze-bank-giveaway',
    fault: { 'questions.yaml': (t) => t + cloze('[only, computer]', '[]') },
    at: '[only, computer]',
    pass: { 'questions.yaml': (t) => t + cloze('[only, computer]', '[phone]') }
  },
  {
    // "computer" is blanked where it first stands and printed where it stands again.
    rule: 'cloze-answer-in-passage',
    fault: {
      'article.md': swap('use a computer for free.', 'use a computer for free, and no other computer is free.'),
      'questions.yaml': (t) => `${t + cloze('[only, computer]', '[phone]')}    quote: "the library is the only place in town where people can use a computer for free, and no other computer is free"\n`
    },
    at: 'only, computer',
    pass: { 'questions.yaml': (t) => t + cloze('[only, computer]', '[phone]') }
  },
  {
    rule: 'matching-one-to-one',
    fault: { 'questions.yaml': (t) => t + matching('') },
    at: '- premise: Rachel Amin',
    pass: { 'questions.yaml': (t) => t + matching('    distractors: [The library should become a museum.]\n') }
  },
  {
    rule: 'numeric-answer-in-stem',
    fault: { 'questions.yaml': (t) => t + numeric('Since which year, 1921 or a later one, has the library stood on Market Street?') },
    at: 'stem: Since which year',
    pass: { 'questions.yaml': (t) => t + numeric('Since which year has the library stood on Market Street, 19 decades or fewer?') }
  },
  {
    // A German stem writes its answer with a decimal comma.
    rule: 'numeric-answer-in-stem',
    fault: { 'questions.yaml': (t) => t + numeric('Seit 2,5 Jahrzehnten oder seit welchem Jahr steht die Bibliothek dort?').replace('answer: 1921', 'answer: 2.5') },
    at: 'stem: Seit 2,5',
    pass: { 'questions.yaml': (t) => t + numeric('Seit 2,75 Jahrzehnten oder seit welchem Jahr steht die Bibliothek dort?').replace('answer: 1921', 'answer: 2.5') }
  },
  {
    // In a German pack, in German words (but "ein", the article, is not the answer 1).
    rule: 'numeric-answer-in-stem',
    fault: { 'article.md': swap('lang: en-GB', 'lang: de'), 'questions.yaml': (t) => t + numeric('In wie vielen Wochen, drei oder mehr, wurden die Unterschriften gesammelt?').replace('answer: 1921', 'answer: 3') },
    at: 'stem: In wie vielen Wochen',
    pass: { 'article.md': swap('lang: en-GB', 'lang: de'), 'questions.yaml': (t) => t + numeric('In wie vielen Wochen wurden die Unterschriften für ein Bürgerbegehren gesammelt?').replace('answer: 1921', 'answer: 1') }
  },
  {
    // Another item's stem prints the year the numeric item asks for; one that keeps them apart passes.
    rule: 'numeric-answer-elsewhere',
    fault: { 'questions.yaml': (t) => swap('stem: When will the council vote on the library?', 'stem: When will the council vote on the library it has run since 1921?')(t) + numeric('Since which year has the library stood on Market Street?') },
    at: 'stem: When will the council vote on the library it has run since 1921?',
    pass: { 'questions.yaml': (t) => swap('stem: When will the council vote on the library?', 'stem: When will the council vote on the library it has run since 1921?')(t) + numeric('Since which year has the library stood on Market Street?').replace('    answer: 1921', '    excludes: [s-vote]\n    answer: 1921') }
  },
  {
    // The year the key gives is not the one the article gives where the claim stands (¶1: 1921), as after a revision.
    rule: 'numeric-answer-not-in-article',
    fault: { 'questions.yaml': (t) => t + numeric('Since which year has the library stood on Market Street?').replace('answer: 1921', 'answer: 1925') },
    at: 'answer: 1925',
    pass: { 'questions.yaml': (t) => t + numeric('Since which year has the library stood on Market Street?') }
  },
  {
    // Spelled out: "forty thousand pounds" gives forty (within a tolerance of the key's 40).
    rule: 'numeric-answer-not-in-article',
    fault: { 'questions.yaml': (t) => t + numeric('How many thousand pounds a year does the library cost, as Amin says?').replace('claims: [vote-next-month]', 'claims: [costs-money]').replace('answer: 1921', 'answer: 45') },
    at: 'answer: 45',
    pass: { 'questions.yaml': (t) => t + numeric('How many thousand pounds a year does the library cost, as Amin says?').replace('claims: [vote-next-month]', 'claims: [costs-money]').replace('answer: 1921', 'answer: 40') }
  },
  {
    // A compound spelled out: "forty-one" is 41, not the 40 of its tens.
    rule: 'numeric-answer-not-in-article',
    fault: { 'article.md': swap('forty thousand pounds', 'forty-one thousand pounds'), 'claims.yaml': swap('forty thousand pounds', 'forty-one thousand pounds'), 'questions.yaml': (t) => t.replace(/forty thousand/g, 'forty-one thousand') + numeric('How many thousand pounds a year does the library cost, as Amin says?').replace('claims: [vote-next-month]', 'claims: [costs-money]').replace('answer: 1921', 'answer: 40') },
    at: 'answer: 40',
    pass: { 'article.md': swap('forty thousand pounds', 'forty-one thousand pounds'), 'claims.yaml': swap('forty thousand pounds', 'forty-one thousand pounds'), 'questions.yaml': (t) => t.replace(/forty thousand/g, 'forty-one thousand') + numeric('How many thousand pounds a year does the library cost, as Amin says?').replace('claims: [vote-next-month]', 'claims: [costs-money]').replace('answer: 1921', 'answer: 41') }
  },
  {
    rule: 'rubric-echoes-stem',
    fault: { 'questions.yaml': swap('criterion: Names the yearly cost Amin gives', 'criterion: Explains the two sides of the money question') },
    at: 'criterion: Explains the two sides',
    pass: { 'questions.yaml': swap('criterion: Names the yearly cost Amin gives', 'criterion: Weighs the two sides against each other') }
  },
  {
    rule: 'rubric-alternative-construct',
    fault: { 'questions.yaml': swap('criterion: Names the yearly cost Amin gives', 'criterion: "Names the yearly cost Amin gives, or mentions the roads"') },
    at: 'or mentions the roads',
    pass: { 'questions.yaml': swap('criterion: Names the yearly cost Amin gives', 'criterion: Names the yearly cost Amin gives and the roads it would pay for') }
  },
  {
    rule: 'rubric-absence',
    fault: { 'questions.yaml': swap('criterion: Mentions asking the schools', 'criterion: Avoids calling the saving certain') },
    at: 'criterion: Avoids',
    pass: { 'questions.yaml': swap('criterion: Mentions asking the schools', 'criterion: Calls the saving uncertain') }
  },
  {
    rule: 'rubric-alternative-construct',
    // The document names four verbs; a criterion lets another answer in with others too.
    fault: { 'questions.yaml': swap('criterion: Names the yearly cost Amin gives', 'criterion: "Names the yearly cost Amin gives, or refers to any other figure"') },
    at: 'or refers to any other figure',
    pass: { 'questions.yaml': swap('criterion: Names the yearly cost Amin gives', 'criterion: Names the yearly cost Amin gives and refers to the roads') }
  },
  {
    rule: 'rubric-absence',
    fault: { 'questions.yaml': swap('criterion: Mentions asking the schools', 'criterion: Answers without quoting the article') },
    at: 'criterion: Answers without',
    pass: { 'questions.yaml': swap('criterion: Mentions asking the schools', 'criterion: Answers in the student’s own words') }
  },
  {
    rule: 'answer-space',
    fault: { 'questions.yaml': swap('lines: 3', 'lines: 2') },
    at: 'lines: 2',
    pass: { 'questions.yaml': swap('lines: 3', 'lines: 5') }
  },
  {
    rule: 'stem-length',
    fault: { 'questions.yaml': swap('stem: When will the council vote on the library?', `stem: ${'The council has talked about the library for a long time and many people in the town have views on it. '.repeat(2)}When will the council vote on the library?`) },
    at: 'stem: The council has talked',
    severity: 'info',
    pass: { 'questions.yaml': swap('stem: When will the council vote on the library?', 'stem: The council has talked about the library for a long time. When will the council vote on the library?') }
  },
  {
    rule: 'bloom-difficulty-confound',
    fault: { 'questions.yaml': (t) => t.replace(/difficulty: \w+\n    (points: \d+\n    )?bloom: (\w+)/g, (_m, points: string | undefined, bloom: string) => `difficulty: ${{ remember: 'easy', understand: 'medium', analyse: 'hard' }[bloom]}\n    ${points ?? ''}bloom: ${bloom}`) },
    at: 'difficulty: easy',
    severity: 'info'
  },
  {
    rule: 'bloom-verb',
    fault: { 'questions.yaml': item('s-vote', (b) => b.replace('stem: When will the council vote on the library?', 'stem: According to the article, when will the council vote?').replace('bloom: remember', 'bloom: analyse')) },
    at: 'bloom: analyse',
    severity: 'info',
    pass: { 'questions.yaml': item('s-vote', (b) => b.replace('stem: When will the council vote on the library?', 'stem: According to the article, when will the council vote?')) }
  },
  {
    rule: 'set-feasibility',
    fault: { 'module.yaml': swap('about 45 minutes', 'about 20 minutes') },
    file: 'module.yaml',
    at: 'title: Library lesson',
    pass: { 'module.yaml': swap('about 45 minutes', 'about 30 minutes') }
  },
  {
    rule: 'set-feasibility',
    fault: { 'module.yaml': swap('discussion: 1', 'discussion: 2') },
    file: 'module.yaml',
    at: 'discussion: 2'
  },
  {
    rule: 'set-feasibility',
    fault: { 'module.yaml': swap('discussion: 1', 'discussion: 1\n    minutes: 2') },
    file: 'module.yaml',
    at: 'minutes: 2',
    pass: { 'module.yaml': swap('discussion: 1', 'discussion: 1\n    minutes: 30') }
  },
  {
    rule: 'context-unsourced',
    fault: { 'claims.yaml': swap('        source: "Millbrook Historical Society, https://example.org/library-history"\n', '') },
    file: 'claims.yaml',
    at: '- note: The library opened'
  },
  {
    rule: 'context-undated',
    fault: { 'claims.yaml': swap('as_of: 2024-12-01', 'as_of: 2025-06-01') },
    file: 'claims.yaml',
    at: 'as_of: 2025-06-01',
    pass: { 'claims.yaml': (t) => t.replace('as_of: 2024-12-01', 'as_of: 2025-06-01').replace('gift of the mill owners.', 'gift of the mill owners (a plaque unveiled after the article).') }
  },
  {
    rule: 'outside-glossary-dated-fact',
    fault: { 'claims.yaml': (t) => t.replace("definition: The elected body that runs the town's services.", "definition: The elected body that has run the town's services since 1974.").replace(/    reference: .*\n/, '') },
    file: 'claims.yaml',
    at: 'definition: The elected body',
    severity: 'info',
    pass: { 'claims.yaml': swap("definition: The elected body that runs the town's services.", "definition: The elected body that has run the town's services since 1974.") }
  }
]

describe('every rule of the lint', () => {
  it('has a failing case below', () => {
    expect(LINT_RULES.map((r) => r.id).filter((id) => !CASES.some((c) => c.rule === id))).toEqual([])
  })

  for (const c of CASES) {
    const rule = LINT_RULES.find((r) => r.id === c.rule)!
    describe(c.rule, () => {
      it(`reports its fault at ${c.file ?? 'questions.yaml'}'s line of ${JSON.stringify(c.at ?? '')}`, () => {
        const { of, text } = lint(bank(c.fault))
        const found = of(c.rule)
        expect(found.length, JSON.stringify(found)).toBeGreaterThan(0)
        if (c.at) expect(found.map(line)).toContain(lineOf(text(c.file ?? 'questions.yaml'), c.at) + c.at.split('\n').length - 1)
        expect(found.map((f) => f.severity)).toContain(c.severity ?? rule.severity)
        expect(found[0]!.reason).toMatch(/^(Unexpected|Missing) /)
      })
      it('lets the near miss pass', () => {
        expect(lint(bank(c.pass ?? {})).of(c.rule)).toEqual([])
      })
    })
  }
})

describe('key-strictly-longest over the bank', () => {
  // Eight single-choice items, keys first: `long` of them with a key far longer than its distractors.
  const keyed = (long: number, key: (i: number) => string) =>
    quiz(...eight((i) => single(`s${i}`, [`*${i < long ? key(i) : `Key ${i}`}`, `Other ${i}`, `Third ${i}`, `Fourth ${i}`])))

  it('is not made an error by one key far longer than its distractors, which has its own warning', () => {
    const found = lint(bank({ 'questions.yaml': keyed(1, () => 'A key that goes on and on, far longer than any of the distractors') })).of('key-strictly-longest')
    expect(found.map((f) => f.severity)).toEqual(['warning'])
  })

  it('is an error where keys run longer throughout, at the item whose key stands out most', () => {
    const { of, text } = lint(bank({ 'questions.yaml': keyed(8, (i) => (i === 5 ? 'The key of item five, the longest of all keys here' : `The key ${i} is longer`)) }))
    const error = of('key-strictly-longest').find((f) => f.severity === 'error')!
    expect(error.reason).toContain('in 8 of 8 (100%) single-choice items')
    expect(line(error)).toBe(lineOf(text('questions.yaml'), '- id: s5'))
  })
})

describe('numeric-answer-elsewhere in items generated from a claim', () => {
  // The claim's figure is the numeric item's answer; a set draws on items generated from the claims.
  const figures: Edits = {
    'article.md': swap('forty thousand pounds', '40 thousand pounds'),
    'claims.yaml': swap('forty thousand pounds', '40 thousand pounds'),
    'module.yaml': swap('    discussion: 1\n', '    discussion: 1\n    generated: [voice, kind]\n'),
    'questions.yaml': (t) => t + numeric('How many thousand pounds a year does the library cost the town, as the council says?').replace('answer: 1921', 'answer: 40')
  }

  // Each was one warning at the claim, asking the teacher for `excludes` on the numeric item:
  // the generated items now keep apart from it themselves (generate/excludes.ts).
  it('is not found: the generated items that print the answer exclude the numeric item, and no quiz holds both', () => {
    const { of, result } = lint(bank(figures))
    expect(of('numeric-answer-elsewhere')).toEqual([])
    const printing = result.module!.generated.filter((g) => ['gen-voice-costs-money', 'gen-kind-costs-money'].includes(g.id))
    expect(printing.map((g) => g.id).sort()).toEqual(['gen-kind-costs-money', 'gen-voice-costs-money'])
    for (const g of printing) expect(g.excludes, g.id).toContain('n-year')
    // A generated item that prints no figure of the answer stays free to share the quiz.
    const other = result.module!.generated.find((g) => g.claims[0] !== 'costs-money' && g.generated === 'voice')
    if (other) expect(other.excludes).not.toContain('n-year')
    expect(result.selection!.items.map((q) => q.id).filter((id) => ['n-year', 'gen-voice-costs-money', 'gen-kind-costs-money'].includes(id)).length).toBeLessThanOrEqual(1)
  })

  it('is still said of a teacher\'s own item that prints the answer', () => {
    const own = { ...figures, 'questions.yaml': (t: string) => figures['questions.yaml']!(t).replace('stem: What has the council yet to publish?', 'stem: What has the council, which pays 40 thousand pounds a year, yet to publish?') }
    const found = lint(bank(own)).of('numeric-answer-elsewhere')
    expect(found.map((f) => f.reason)).toEqual([expect.stringContaining('the answer of numeric item `n-year`, expected items that can share a quiz not to print each other\'s answers: reword one, or keep them apart (`excludes: [n-year]` on ')])
  })
})

describe('negative-stem-unemphasised on a marked negative', () => {
  it('quotes the marks the stem has: `*not*`, `**not**`, `_not_`', () => {
    for (const marked of ['*not*', '**not**', '_not_']) {
      const { of } = lint(bank({ 'questions.yaml': swap('stem: What has the council yet to publish?', `stem: What has the council ${marked} published yet?`) }))
      expect(of('negative-stem-unemphasised').map((f) => f.reason), marked).toEqual([expect.stringContaining(`Unexpected \`${marked}\` in the stem`)])
    }
  })
})

describe('claim-unrelated when the first relation is recorded', () => {
  it('is one message naming the claims no relation touches, at the first, not one for each', () => {
    const { of, text } = lint(bank({ 'claims.yaml': swap('    themes: [closure]\n  - id: free-computers', '    themes: [closure]\n    relations: { supports: [vote-next-month] }\n  - id: free-computers') }))
    const found = of('claim-unrelated')
    expect(found).toHaveLength(1)
    expect(found[0]!.reason).toMatch(/^Unexpected \d+ claims that no relation touches \(`free-computers`, `children-fall-behind`, /)
    expect(found[0]!.reason).not.toContain('`vote-next-month`')
    expect(line(found[0]!)).toBe(lineOf(text('claims.yaml'), '  - id: free-computers'))
  })
})

describe('set-feasibility of a title that promises the quiz’s `minutes`', () => {
  // The clean bank's quiz takes about 22 minutes, its one discussion question 10.
  it('holds the quiz alone to a title that says the set’s `minutes`: the discussion is no part of the quiz’s time', () => {
    const quizTitle = (title: string, minutes: string) => lint(bank({ 'module.yaml': swap('title: Library lesson, about 45 minutes', `title: ${title}${minutes}`) })).of('set-feasibility')
    expect(quizTitle('Library quiz, about 22 minutes', '\n    minutes: 22')).toEqual([])
    // The quiz itself still has to fit.
    expect(quizTitle('Library quiz, about 15 minutes', '\n    minutes: 15').map((f) => f.reason)).toEqual([expect.stringContaining('expected at most the `minutes: 15` it allows')])
    // A title with a number of its own is the lesson's: discussion and quiz.
    expect(quizTitle('Library lesson, about 22 minutes', '\n    minutes: 20').map((f) => f.reason)).toEqual([expect.stringContaining('(discussion 10, quiz about 22), expected at most the 22 its title promises')])
  })
})

describe('set-feasibility of a set whose only filter is `include`', () => {
  it('says the set asks only the discussion questions `include` names', () => {
    const { of } = lint(bank({ 'module.yaml': swap('discussion: 1', 'discussion: 1\n    include: [s-vote]') }))
    expect(of('set-feasibility').map((f) => f.reason)).toEqual([expect.stringContaining('its filters match only 0 discussion questions (a set whose only filter is `include` asks only the discussion questions it names there: add their ids to `include`)')])
    // With a filter besides, `include` only adds: no such words.
    const filtered = lint(bank({ 'module.yaml': swap('discussion: 1', 'discussion: 2\n    include: [s-vote]\n    bloom: [remember]') })).of('set-feasibility')
    expect(filtered.length).toBeGreaterThan(0)
    expect(filtered.every((f) => !f.reason.includes('only filter'))).toBe(true)
  })

  it('warns of a set left without discussion questions by an `include` of quiz items, unless it says `discussion: 0`', () => {
    // Without `discussion:`, the set printed none, and nothing said so.
    const { of, text } = lint(bank({ 'module.yaml': swap('    discussion: 1\n', '    include: [s-vote]\n') }))
    const found = of('set-feasibility')
    expect(found.map((f) => f.reason)).toEqual([expect.stringMatching(/^Unexpected set `lesson` without discussion questions, its `include` naming none of the module's \d+, expected their ids in `include` too \(a set whose only filter is `include` asks only the discussion questions it names there\), or `discussion: 0` if none are wanted$/)])
    expect(found.map(line)).toEqual([lineOf(text('module.yaml'), '    include: [s-vote]')])
    expect(lint(bank({ 'module.yaml': swap('    discussion: 1\n', '    include: [s-vote]\n    discussion: 0\n') })).of('set-feasibility')).toEqual([])
  })
})
