// Matching: premises (actors, quotations) each matched to one response (the position the
// article gives them, a kind of claim), with more responses than premises allowed. Each
// pair rests on a claim and explains itself; each right match earns an equal share. Printed
// as two columns, numbered premises with a box each and lettered responses that every
// version shuffles. Moodle takes it as `matching`, GIFT as `=premise -> response`, Canvas
// as `matching_question`, QTI 2.1 as a `matchInteraction`.
import type { Element } from 'xast'
import { x } from 'xastscript'
import { normalize } from '../article/normalize.js'
import { code, counted, error } from '../messages.js'
import type { ItemBase } from '../questions/model.js'
import { id, list, object, optional, placeOf, required, string } from '../yaml/decode.js'
import { giftArrow, giftLeft, joined, moodleResponse, pause } from './parts.js'
import { equal } from './shares.js'
import type { ItemText, Placed, QuestionTypeModule, TypeLimit } from './type.js'

export interface Pair {
  premise: string
  response: string
  /** The claim the pair rests on (default: the item's first). */
  claim?: string
  /** Why they match, in the article's words; its claim's ¶ is cited. */
  feedback: string
}

export interface MatchingItem extends ItemBase {
  type: 'matching'
  pairs: Pair[]
  /** Responses that match no premise. */
  distractors: string[]
}

/** How to answer, how a share is earned, and the key's words. */
export interface MatchingStrings {
  instruction: string
  /** The instruction in an export's question text, where the platform draws its own lists. */
  online: string
  scoring: string
  keyScoring(pairs: number, points: number): string
  /** "Matches nothing: E." */
  unused(letters: string): string
  /** GIFT's comment above a matching question whose premise held `->` (written `→`). */
  arrow(id: string): string
  /** The note above a matching question with a response longer than Moodle stores. */
  longResponse(id: string, limit: number): string
  /** The note above a matching question with fewer responses than Moodle takes. */
  tooFew(id: string): string
}

const pair = object('a matching pair', {
  premise: required(string()),
  response: required(string()),
  claim: optional(id),
  feedback: required(string())
})

/** Every response in authored order: the pairs' own, then the distractors. */
/** The longest response Moodle stores, in characters (its `qtype_match_subquestions.answertext` column). */
const MOODLE_RESPONSE = 255

export const responses = (item: MatchingItem): string[] => [...item.pairs.map((p) => p.response), ...item.distractors]

/** The letter each premise's response has in `placed` (its pieces are `responses`). */
export function matchedLetters(placed: Placed<MatchingItem>): string[] {
  return placed.item.pairs.map((_, i) => placed.pieces.find((p) => p.index === i)!.letter)
}

/** "1C 2A 3D": each premise's number and its response's letter. */
const compact = (placed: Placed<MatchingItem>): string =>
  matchedLetters(placed)
    .map((letter, i) => `${i + 1}${letter}`)
    .join(' ')

const claimOf = (item: MatchingItem, p: Pair): string => p.claim ?? item.claims[0]!

/** Report texts that are not told apart (compared as readers compare them). */
function checkDistinct(item: MatchingItem, file: Parameters<QuestionTypeModule<MatchingItem, unknown>['check']>[1]['file']): void {
  const seen = (entries: Array<{ text: string; owner: object; key: string | number }>, what: string): void => {
    const first = new Map<string, number>()
    entries.forEach(({ text, owner, key }, i) => {
      const norm = normalize(text).text.toLowerCase()
      const at = first.get(norm)
      if (at !== undefined) error(file, `Unexpected duplicate ${what} ${code(text)} in matching item \`${item.id}\`, expected ${what}s that differ (same as ${what} ${at + 1})`, placeOf(owner, key), 'duplicate-option')
      else first.set(norm, i)
    })
  }
  seen(item.pairs.map((p) => ({ text: p.premise, owner: p, key: 'premise' })), 'premise')
  seen([...item.pairs.map((p) => ({ text: p.response, owner: p as object, key: 'response' as string | number })), ...item.distractors.map((d, i) => ({ text: d, owner: item.distractors as object, key: i }))], 'response')
}

/** The pairs' rationales, one line each: "1. Donald Trump → …: why (¶3)". */
const rationales = (item: MatchingItem, cite: (text: string, claim?: string) => string): string[] => item.pairs.map((p, i) => `${i + 1}. ${joined(`${p.premise} → ${p.response}`, cite(p.feedback, claimOf(item, p)))}`)

export const matching: QuestionTypeModule<MatchingItem, MatchingStrings> = {
  name: 'matching',
  description: 'each premise matched to its response, with more responses than premises allowed',
  itemName: 'a matching item',
  fields: {
    pairs: required(list(pair, { min: 2, max: 8 })),
    distractors: optional(list(string(), { max: 4 }), () => [])
  },
  check(item, { file }) {
    checkDistinct(item, file)
  },
  claimRefs: (item) => item.pairs.flatMap((p) => (p.claim ? [{ owner: p as object, key: 'claim', id: p.claim }] : [])),
  texts: (item) => [
    ...item.pairs.flatMap((p, i): ItemText[] => [
      { text: p.premise, owner: p, key: 'premise', what: `premise ${i + 1}`, claim: claimOf(item, p), feedback: false, isKey: false },
      { text: p.response, owner: p, key: 'response', what: `response of premise ${i + 1}`, claim: claimOf(item, p), feedback: false, isKey: false },
      { text: p.feedback, owner: p, key: 'feedback', what: `feedback of pair ${i + 1}`, claim: claimOf(item, p), feedback: true, isKey: true }
    ]),
    ...item.distractors.map((d, i): ItemText => ({ text: d, owner: item.distractors, key: i, what: `distractor ${i + 1}`, claim: item.claims[0]!, feedback: false, isKey: false }))
  ],
  // Reading the responses once and placing each premise: about half a minute a premise.
  minutes: (item) => Math.max(1, item.pairs.length / 2),
  options: () => [],
  shuffles: false,
  pieces: responses,
  answering: (item) => item.pairs.length,
  answerKind: 'pairs',
  answer: compact,
  instruction: (words, medium) => (medium === 'online' ? words.online : words.instruction),
  answerLines: () => 0,
  quiz: ({ item, pieces }, _words, kit) =>
    [
      ':::match',
      ...item.pairs.map((p, i) => `::premise[${kit.text(p.premise)}]{n=${kit.token(i + 1)} }`),
      ...pieces.map((r) => `::response[${kit.text(r.text)}]{letter=${kit.token(r.letter)} }`),
      ':::'
    ].join('\n'),
  key(placed, words, _strings, kit) {
    const { item, pieces } = placed
    const letters = matchedLetters(placed)
    const rows = item.pairs.map((p, i) => `- **${i + 1} → ${letters[i]}.** *${kit.text(p.premise)} → ${kit.text(p.response)}*${pause(p.response)} ${kit.text(p.feedback)} (${kit.text(kit.cite(claimOf(item, p), p.feedback))})`)
    const unused = pieces.filter((r) => r.index >= item.pairs.length).map((r) => r.letter)
    return {
      answer: { short: compact(placed), text: letters.map((l, i) => `${i + 1} → ${l}`).join(', ') },
      modelAnswer: null,
      rubric: null,
      markdown: [...rows, ...(unused.length ? ['', kit.text(words.unused(unused.join(', ')))] : [])].join('\n')
    }
  },
  scoring: (item, words) => ({ quiz: words.scoring, key: words.keyScoring(item.pairs.length, item.points) }),
  gradingCell: compact,
  limits(item, format, words) {
    const out: TypeLimit[] = []
    // Moodle's matching question needs 2 premises and 3 responses (qtype_match's save_question_options).
    if ((format === 'moodle' || format === 'gift') && responses(item).length < 3) {
      const file = format === 'gift' ? 'quiz.gift.txt' : 'moodle.xml'
      out.push({
        key: 'pairs',
        ruleId: `${format}-matching-size`,
        reason: `Unexpected ${counted(responses(item).length, 'response')} in matching item \`${item.id}\` in ${file}, expected at least 3: Moodle refuses a matching question with fewer; add a response that matches no premise (\`distractors\`)`,
        note: words.tooFew(item.id)
      })
    }
    // Moodle keeps a matching question's responses in a column of 255 characters
    // (qtype_match_subquestions.answertext): a longer one stops the import at the database.
    if (format === 'moodle' || format === 'gift') {
      const file = format === 'gift' ? 'quiz.gift.txt' : 'moodle.xml'
      // Each at its own line: a pair's `response`, or its place in `distractors`.
      const places = [...item.pairs.map((p) => ({ owner: p as object, key: 'response' as string | number })), ...item.distractors.map((_, i) => ({ owner: item.distractors as object, key: i }))]
      for (const [i, response] of responses(item).entries()) {
        // As stored: a `<` is 4 characters there (moodleResponse).
        const length = [...moodleResponse(response)].length
        if (length <= MOODLE_RESPONSE) continue
        out.push({
          ...places[i]!,
          ruleId: `${format}-matching-response-length`,
          reason: `Unexpected response of ${length} characters in matching item \`${item.id}\` in ${file} ("${[...response].slice(0, 40).join('')}…"), expected ${MOODLE_RESPONSE} or fewer: Moodle keeps a matching response in a field of ${MOODLE_RESPONSE} characters, and a longer one stops the import with a database error; shorten it, or import qti21.zip`,
          note: words.longResponse(item.id, MOODLE_RESPONSE)
        })
      }
    }
    if (format === 'gift') out.push(...giftArrow(item.pairs.map((p) => p.premise), 'pairs', `a premise of matching item \`${item.id}\``, words.arrow(item.id)))
    return out
  },
  moodle: {
    type: 'matching',
    penalty: '0.3333333',
    text: (_item, _words, kit) => kit.question,
    body: (item, _words, kit) => [
      x('shuffleanswers', 'true'),
      kit.htmlField('correctfeedback', ''),
      kit.htmlField('partiallycorrectfeedback', ''),
      kit.htmlField('incorrectfeedback', ''),
      ...item.pairs.map((p) => x('subquestion', { format: 'html' }, [x('text', [kit.cdata(`<p>${kit.html(p.premise)}</p>`)]), x('answer', [x('text', moodleResponse(p.response))])])),
      // A subquestion without text is a response that matches nothing.
      ...item.distractors.map((d) => x('subquestion', { format: 'html' }, [x('text', ''), x('answer', [x('text', moodleResponse(d))])]))
    ],
    general: (item, _words, kit) => rationales(item, kit.cite).map((line) => `<p>${kit.html(line)}</p>`).join('')
  },
  gift(item, _words, kit) {
    const premise = (text: string): string => kit.text(giftLeft(text))
    // A response is plain text to Moodle's GIFT reader (a `[plain]` there would stay in it).
    const lines = [...item.pairs.map((p) => `\t=${premise(p.premise)} -> ${kit.escape(moodleResponse(p.response))}`), ...item.distractors.map((d) => `\t= -> ${kit.escape(moodleResponse(d))}`)]
    return `${kit.stem}{\n${[...lines, `\t${kit.general([...kit.tests, ...rationales(item, kit.cite)])}`].join('\n')}\n}`
  },
  qti: {
    type: 'matching_question',
    text: (_item, _words, kit) => kit.question,
    // As Canvas exports matching: a response_lid per premise, offering every response.
    response: (item, _words, kit) =>
      item.pairs.map((p, i) =>
        x('response_lid', { ident: `response_${kit.ident(`premise ${i + 1}`)}` }, [
          kit.plain(p.premise),
          // In the export's seeded order, never the premises': Canvas may list them as written.
          x(
            'render_choice',
            kit.pieces.map((r) => x('response_label', { ident: kit.matchIdent(r.index + 1) }, [kit.plain(r.text)]))
          )
        ])
      ),
    // Each premise matched to its response adds its share.
    scoring: (item, kit) => {
      const percents = kit.percents(equal(item.pairs.length))
      return item.pairs.map((_, i) => kit.add(kit.matchIdent(i + 1), percents[i]!, `response_${kit.ident(`premise ${i + 1}`)}`))
    },
    general: (item, _words, kit) => rationales(item, kit.cite).map((line) => `<p>${kit.html(line)}</p>`).join('')
  },
  qti21: {
    response: (item, kit) => {
      const shares = kit.shares(equal(item.pairs.length))
      const pairs = item.pairs.map((_, i) => `premise-${i + 1} response-${i + 1}`)
      return [
        x('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'multiple', baseType: 'directedPair' }, [
          x('correctResponse', pairs.map((p) => x('value', p))),
          x('mapping', { lowerBound: '0', upperBound: kit.number(item.points), defaultValue: '0' }, pairs.map((p, i) => x('mapEntry', { mapKey: p, mappedValue: kit.number(shares[i]!) })))
        ])
      ]
    },
    body: (item, _words, kit) => ({
      before: [],
      after: [
        x('matchInteraction', { responseIdentifier: 'RESPONSE', shuffle: 'true', maxAssociations: String(item.pairs.length) }, [
          x('simpleMatchSet', item.pairs.map((p, i) => x('simpleAssociableChoice', { identifier: `premise-${i + 1}`, matchMax: '1' }, kit.text(p.premise)))),
          x('simpleMatchSet', kit.pieces.map((r) => x('simpleAssociableChoice', { identifier: `response-${r.index + 1}`, matchMax: '1' }, kit.text(r.text))))
        ])
      ]
    }),
    // Every premise matched right: the points, whatever the mapped shares add up to.
    scoring: (_item, kit) => [kit.scoreMapped(), kit.scoreFull(x('match', [x('variable', { identifier: 'RESPONSE' }), x('correct', { identifier: 'RESPONSE' })]))],
    general: (item, _words, kit): Element[] => rationales(item, kit.cite).map((line) => x('p', [x('span', { class: 'feedback' }, kit.text(line))]))
  }
}
