// "New claim from selection" (src/studio/claim-insert.ts) inserts the claim into claims.yaml
// and changes no other byte, whatever comment lines stand between the claims.
import { describe, expect, it } from 'vitest'
import { insertClaim, type NewClaim } from '../src/studio/claim-insert.js'

const claim: NewClaim = { id: 'middle', status: 'suggested', quote: 'ccc ddd', kind: 'empirical', asserted_by: 'author', hedges: [], evidence: 'none', themes: ['t'] }
const positions = new Map([
  ['one', { paragraph: 1, start: 0 }],
  ['two', { paragraph: 3, start: 0 }]
])

describe('inserting a claim into claims.yaml', () => {
  it('goes after a claim that ends in a comment line, before the next claim', () => {
    const text = 'claims:\n  - id: one\n    quote: "aaa"\n    # checked in class\n  - id: two\n    quote: "bbb"\n'
    const { text: after, at } = insertClaim(text, claim, { paragraph: 2, start: 0 }, positions)
    expect(at).toBe(text.indexOf('  - id: two'))
    expect(after.slice(0, at) + after.slice(after.indexOf('  - id: two'))).toBe(text)
    expect(after.slice(at)).toMatch(/^ {2}- id: middle\n/)
  })

  it('goes above the first claim’s own note when it comes first, and below a comment that heads the list', () => {
    const first = { paragraph: 0, start: 0 }
    // init's note above each claim: the new claim takes its place above it.
    const noted = 'claims:\n  # ¶1, suggested for its wording: hedge “may”\n  - id: one\n    quote: "aaa"\n'
    const a = insertClaim(noted, claim, first, positions)
    expect(a.at).toBe(noted.indexOf('  # ¶1'))
    expect(a.text.slice(a.at)).toMatch(/^ {2}- id: middle\n[\s\S]*\n {2}# ¶1, suggested[^\n]*\n {2}- id: one\n/)
    // A section's heading stays above the section's first claim, the new one.
    const section = 'claims:\n  # --- Opening (¶1–¶8) ---\n  - id: one\n    quote: "aaa"\n'
    const b = insertClaim(section, claim, first, positions)
    expect(b.at).toBe(section.indexOf('  - id: one'))
  })
})
