// The argument's relations (claims.yaml `relations`) as the argument map draws them: a
// claim no relation touches is left off the map, and support that runs in a circle is
// circular reasoning, which an argument map cannot show as an argument.
import { placeOf } from '../../yaml/decode.js'
import type { Claim } from '../../claims/model.js'
import { relatedClaims } from '../../claims/relations.js'
import { rule, type Finding } from '../model.js'
import { named } from '../stats.js'

// A module that records no relations at all has no map, and nothing to warn about.
export const claimUnrelated = rule('claim-unrelated', 'warning', 'A claim no relation touches, in a module that records relations (the argument map leaves it out)', (context) => {
  const claims = context.module.claims
  const related = relatedClaims(claims)
  if (related.size === 0) return []
  const unrelated = claims.filter((c) => !related.has(c.id))
  const first = unrelated[0]
  if (first === undefined) return []
  if (unrelated.length === 1) {
    return [{ rule: 'claim-unrelated', file: 'claims', place: placeOf(first, 'id'), reason: `Unexpected claim \`${first.id}\` that no relation touches, expected \`relations\` on it or another claim naming it (\`supports\`, \`qualifies\`, \`contrasts_with\`): the argument map leaves it out` }]
  }
  // One message for them all, at the first, as other bank-level findings are: the first
  // relation a teacher records leaves every other claim untouched, and a warning for each
  // (12 for one \`supports\`) buried the rest of \`check\`.
  return [
    {
      rule: 'claim-unrelated',
      file: 'claims',
      place: placeOf(first, 'id'),
      reason: `Unexpected ${unrelated.length} claims that no relation touches (${named(unrelated.map((c) => c.id))}), expected \`relations\` on them or on other claims naming them (\`supports\`, \`qualifies\`, \`contrasts_with\`): the argument map leaves them out`
    }
  ]
})

export const relationCycle = rule('relation-cycle', 'warning', 'Claims support each other in a circle (`supports` from a claim leads back to it)', (context) => {
  const claims = context.module.claims
  const byId = new Map(claims.map((c) => [c.id, c]))
  const findings: Finding[] = []
  const reported = new Set<string>()
  // Depth-first from each claim in file order; a path that comes back to a claim on it
  // is a cycle, reported once (at the `supports` entry that closes it) by its members.
  for (const start of claims) {
    const path: Claim[] = []
    const onPath = new Set<string>()
    const done = new Set<string>()
    const visit = (c: Claim): void => {
      path.push(c)
      onPath.add(c.id)
      c.relations.supports.forEach((targetId, i) => {
        const target = byId.get(targetId)
        if (target === undefined || done.has(targetId)) return
        if (onPath.has(targetId)) {
          const cycle = path.slice(path.findIndex((p) => p.id === targetId))
          const key = cycle.map((p) => p.id).sort().join(' ')
          if (reported.has(key)) return
          reported.add(key)
          const chain = [...cycle, target].map((p) => `\`${p.id}\``).join(' supports ')
          findings.push({
            rule: 'relation-cycle',
            file: 'claims',
            place: placeOf(c.relations.supports, i),
            reason: `Unexpected circular support: ${chain}, expected support that leads from reasons to what they support and not back (make one of them \`qualifies\` or drop it)`
          })
          return
        }
        visit(target)
      })
      path.pop()
      onPath.delete(c.id)
      done.add(c.id)
    }
    visit(start)
  }
  return findings
})
