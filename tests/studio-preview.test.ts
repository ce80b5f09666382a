// The set builder's preview (src/studio/preview.ts) of a set not yet saved: what it says of
// the set names it as the teacher sees it, not by the name the preview gives it in memory.
import { describe, expect, it } from 'vitest'
import { previewSet } from '../src/studio/preview.js'
import { demoCopy } from './helpers/fixtures.js'

describe('the preview of an unsaved set', () => {
  it('says "this set", never `studio-preview`, in what it finds wrong with the set', () => {
    const dir = demoCopy()
    const empty = previewSet(dir, { types: ['numeric'], bloom: ['create'] })
    const points = previewSet(dir, { points: 999 })
    const reasons = [...empty.messages, ...points.messages].filter((m) => m.severity === 'error').map((m) => m.reason)
    expect(reasons).toHaveLength(2)
    expect(reasons[0]).toMatch(/^Unexpected empty set, expected at least one quiz item/)
    expect(reasons[1]).toMatch(/^Unexpected points total 999 for this set, expected/)
    for (const r of reasons) expect(r).not.toContain('studio-preview')
    // A saved set previewed under its own name keeps it.
    expect(previewSet(dir, { points: 999 }, 'quick-check').messages.find((m) => m.severity === 'error')?.reason).toContain('set `quick-check`')
  })
})
