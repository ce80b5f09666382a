// Cross-checks of the question bank: ids, claim references, and the answers themselves
// (a single-choice item has exactly one correct option, options are distinct, …).
import type { VFile } from 'vfile'
import { normalize } from '../article/normalize.js'
import { code, error, warn } from '../messages.js'
import { closest, placeOf } from '../yaml/decode.js'
import type { QuestionBank } from './model.js'

/** Report every problem of `bank` on `file`; `claimIds` are the claims declared in claims.yaml. */
export function checkQuestionRules(file: VFile, bank: QuestionBank, claimIds: ReadonlySet<string>): void {
  const seen = new Map<string, object>()
  const all = [...bank.discussion, ...bank.quiz]
  for (const entry of all) {
    if (entry.id === '') continue
    const earlier = seen.get(entry.id)
    if (earlier) {
      const was = placeOf(earlier, 'id')?.start
      error(file, `Unexpected duplicate question id \`${entry.id}\`, expected a unique id (first used at ${was ? `${was.line}:${was.column}` : 'an earlier entry'})`, placeOf(entry, 'id'), 'duplicate-id')
    } else seen.set(entry.id, entry)
  }

  const claim = (owner: object, key: string | number, value: string | undefined): void => {
    if (value === undefined || value === '' || claimIds.has(value)) return
    const hint = closest(value, [...claimIds])
    error(file, `Unexpected claim id ${code(value)}, expected ${hint ? `${code(hint)} or another ` : 'a '}claim id from claims.yaml`, placeOf(owner, key), 'unknown-claim-id')
  }
  for (const entry of all) entry.claims.forEach((c, i) => claim(entry.claims, i, c))

  for (const item of bank.quiz) {
    if (item.type === 'single' || item.type === 'multiple') {
      const correct = item.options.filter((o) => o.correct).length
      if (item.type === 'single' && correct !== 1) {
        error(file, `Unexpected ${correct} correct options in single-choice item \`${item.id}\`, expected exactly one \`correct: true\``, placeOf(item, 'options'), correct === 0 ? 'no-correct-option' : 'several-correct-options')
      }
      if (item.type === 'multiple' && correct === 0) {
        error(file, `Unexpected multiple-select item \`${item.id}\` with no correct option, expected at least one \`correct: true\``, placeOf(item, 'options'), 'no-correct-option')
      }
      if (item.type === 'multiple' && correct === item.options.length) {
        warn(file, `Unexpected multiple-select item \`${item.id}\` where every option is correct, expected at least one wrong option`, placeOf(item, 'options'), 'all-options-correct')
      }
      const texts = new Map<string, number>()
      item.options.forEach((o, i) => {
        claim(o, 'claim', o.claim)
        const key = normalize(o.text).text.toLowerCase()
        const first = texts.get(key)
        if (first !== undefined) error(file, `Unexpected duplicate option ${code(o.text)} in item \`${item.id}\`, expected options that differ (same as option ${first + 1})`, placeOf(o, 'text'), 'duplicate-option')
        else texts.set(key, i)
      })
      const pinned = item.options.filter((o) => o.pin === 'last')
      if (pinned.length > 1) error(file, `Unexpected ${pinned.length} options pinned last in item \`${item.id}\`, expected at most one`, placeOf(pinned[1]!, 'pin'), 'pin-conflict')
    } else if (item.type === 'short') {
      const sum = item.rubric.reduce((s, r) => s + r.points, 0)
      if (sum !== item.points) {
        error(file, `Unexpected rubric total ${sum} for item \`${item.id}\`, expected it to equal the item's \`points\` (${item.points})`, placeOf(item, 'rubric'), 'rubric-total')
      }
    }
  }
}
