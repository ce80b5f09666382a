// The argument's relations, read across claims: which claims any relation touches, from
// either end. The argument map draws these, and the lint warns about the rest.
import type { Claim } from './model.js'

/** Ids of the claims a relation touches, from either end. */
export function relatedClaims(claims: readonly Claim[]): Set<string> {
  const related = new Set<string>()
  for (const c of claims) {
    for (const targets of Object.values(c.relations)) {
      for (const target of targets) {
        related.add(c.id)
        related.add(target)
      }
    }
  }
  return related
}
