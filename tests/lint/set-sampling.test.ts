// The rules that judge a set (tf-balance, key-text-repeated, set-feasibility) read it as its
// build prints it: the same items, each once, generated ones included.
import { describe, expect, it } from 'vitest'
import { checkModule } from '../../src/index.js'
import type { ChoiceItem } from '../../src/questions/model.js'
import { demoCopy } from '../helpers/fixtures.js'

describe('a set as the lint judges it', () => {
  it('holds the items its build prints, generated ones drawn once', () => {
    // Most of the demo's claims are the author's own: its generated voice items mostly key "The author".
    // The teacher's own items left out, which a sample takes before generated ones.
    const own = checkModule(demoCopy({})).module!.questions.quiz.map((q) => q.id)
    const dir = demoCopy({ 'module.yaml': (text) => text.replace('sets:\n', `sets:\n  voices:\n    title: Who says so\n    generated: [voice]\n    exclude: [${own.join(', ')}]\n    count: 8\n`) })
    const found = checkModule(dir).lint!.filter((f) => f.rule === 'key-text-repeated' && f.set === 'voices')
    expect(found).toHaveLength(1)
    const printed = checkModule(dir, { set: 'voices' }).selection!.items as ChoiceItem[]
    const author = /^`([^`]+)`/.exec(found[0]!.reason.replace('Unexpected ', ''))![1]!
    const offering = printed.filter((q) => q.options?.some((o) => o.text === author))
    const keyed = offering.filter((q) => q.options.some((o) => o.text === author && o.correct))
    expect(found[0]!.items).toEqual(keyed.map((q) => q.id))
    expect(found[0]!.reason).toContain(`the key of ${keyed.length} of the ${offering.length} single-choice items`)
  })
})
