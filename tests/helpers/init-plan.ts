// init's draft claims.yaml for an article of a few paragraphs, read back, for the tests of whose
// words init gives (tests/init-speakers*.test.ts, tests/init-opinion.test.ts).
import { expect } from 'vitest'
import YAML from 'yaml'
import { planModule } from '../../src/init/index.js'

export interface Planned {
  actors: Array<{ id: string; name: string; role?: string }>
  claims: Array<{ id: string; quote: string; kind: string; asserted_by: string; evidence: string }>
  /** The messages of init's own check, as `ruleId reason`. */
  warnings: string[]
}

/** A planner for articles that open with `head` (a title and byline, or front matter), read as the file `path`. */
export function initPlan(head: string, path: string): (...paragraphs: string[]) => Promise<Planned> {
  return async (...paragraphs) => {
    const planned = await planModule({ path, bytes: Buffer.from(`${head}\n\n${paragraphs.join('\n\n')}\n`), into: 'm' })
    const data = YAML.parse(planned.files.find((f) => f.name === 'claims.yaml')!.text) as Omit<Planned, 'warnings'>
    return { actors: data.actors ?? [], claims: data.claims, warnings: planned.checked.flatMap((f) => f.messages.map((m) => `${m.ruleId} ${m.reason}`)) }
  }
}

/** The claim quoting `words`, and the name of whoever asserts it (`author` for the author). */
export function claimWith(data: Planned, words: string) {
  const claim = data.claims.find((c) => c.quote.includes(words))
  expect(claim, `${words} in\n${data.claims.map((c) => c.quote).join('\n')}`).toBeDefined()
  return { ...claim!, by: claim!.asserted_by === 'author' ? 'author' : data.actors.find((a) => a.id === claim!.asserted_by)?.name }
}
