// Cross-checks of the question bank: ids, claim references, and the answers themselves
// (each type's own rules are in its module in src/types/).
import type { VFile } from 'vfile'
import type { Article } from '../article/model.js'
import { type CutFrom, passageFinder } from '../claims/anchor.js'
import type { AnchoredClaim } from '../claims/model.js'
import { code, error } from '../messages.js'
import { closest, placeOf } from '../yaml/decode.js'
import type { QuestionBank } from './model.js'
import { typeOf, type RuleContext } from '../types/index.js'
import { GENERATORS, generatedId } from '../generate/names.js'

/** The article and the claims anchored in it, for rules that read them (a cloze's passage); absent when the article could not be read. */
export interface ArticleContext {
  article: Article
  file: VFile
  claims: readonly AnchoredClaim[]
  /** Where a passage that no longer anchors stood, when its paragraph was cut since paragraphs.lock. */
  cutFrom?: CutFrom
}

/**
 * Report every problem of `bank` on `file`; `claimIds` are the claims declared in claims.yaml
 * (undefined when its list could not be read: references to claims are then not judged).
 * Each type's rules also complete what its items take from the article (see `check`).
 */
export function checkQuestionRules(file: VFile, bank: QuestionBank, claimIds: ReadonlySet<string> | undefined, source?: ArticleContext): void {
  const seen = new Map<string, object>()
  const all = [...bank.discussion, ...bank.quiz]
  for (const entry of all) {
    if (entry.id === '') continue
    const earlier = seen.get(entry.id)
    if (earlier) {
      const was = placeOf(earlier, 'id')?.start
      error(file, `Unexpected duplicate question id \`${entry.id}\`, expected a unique id (first used at ${was ? `${was.line}:${was.column}` : 'an earlier entry'})`, placeOf(entry, 'id'), 'duplicate-id').expected = ['question']
    } else seen.set(entry.id, entry)
  }

  const claim = (owner: object, key: string | number, value: string | undefined): void => {
    // Claims unknown (claims.yaml's list has an error of its own): no reference to one is judged.
    if (value === undefined || value === '' || claimIds === undefined || claimIds.has(value)) return
    const hint = closest(value, [...claimIds])
    // The id as written, for a declaration mistyped in claims.yaml (claims/renamed.ts).
    error(file, `Unexpected claim id ${code(value)}, expected ${hint ? `${code(hint)} or another ` : 'a '}claim id from claims.yaml`, placeOf(owner, key), 'unknown-claim-id').actual = value
  }
  for (const entry of all) entry.claims.forEach((c, i) => claim(entry.claims, i, c))

  // `excludes` names other questions, in questions.yaml or generated from a claim (a pinned
  // generated item keeps the exclusions it was generated with); the pairing holds both ways.
  for (const entry of all) {
    entry.excludes.forEach((other, i) => {
      if (other === entry.id) error(file, `Unexpected \`excludes\` of question \`${entry.id}\` itself, expected the id of another question`, placeOf(entry.excludes, i), 'excludes-self')
      else if (other !== '' && !seen.has(other) && !(claimIds === undefined || generatedFor(other, claimIds)) && !bank.unread?.includes(other)) {
        const hint = closest(other, [...seen.keys()])
        // The id as written, for a question id mistyped where it is declared (claims/renamed.ts).
        error(file, `Unexpected question id ${code(other)} in \`excludes\` of \`${entry.id}\`, expected ${hint ? `${code(hint)} or another ` : 'a '}question id from questions.yaml`, placeOf(entry.excludes, i), 'unknown-question-id').actual = other
      }
    })
  }

  const find = source ? passageFinder(source.article, source.file, source.cutFrom) : undefined
  const context: RuleContext = {
    file,
    claim,
    anchors: new Map((source?.claims ?? []).map((c) => [c.id, c])),
    anchor: (quote, owner, key, what) => find?.(quote, file, placeOf(owner, key), what),
    article: source?.article
  }
  for (const item of bank.quiz) {
    const type = typeOf(item)
    for (const ref of type.claimRefs(item)) claim(ref.owner, ref.key, ref.id)
    type.check(item, context)
  }
}

/** Whether `id` is one a generator would give an item of one of the claims (`gen-<generator>-<claim id>…`). */
function generatedFor(id: string, claimIds: ReadonlySet<string>): boolean {
  return GENERATORS.some((g) => [...claimIds].some((c) => id === generatedId(g, c) || id.startsWith(`${generatedId(g, c)}-`)))
}
