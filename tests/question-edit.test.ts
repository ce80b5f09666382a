// "Edit question" (src/studio/question-edit.ts) when questions.yaml no longer holds the item
// as the form knew it: what it says names the real cause, and nothing is written.
import { describe, expect, it } from 'vitest'
import { editQuestion } from '../src/studio/question-edit.js'

const QUESTIONS = `quiz:
  - id: q-kept
    type: true-false
    stem: The sky is green.
    claims: [sky]
    answer: false
  - { id: q-flow, type: true-false, stem: Grass is blue., claims: [grass], answer: false }
`

describe('editing a question that changed under the form', () => {
  it('says a question removed in an editor is gone, not that it is written the wrong way', () => {
    // It said "Unexpected question `q-gone` that is not a quiz item written one field per line".
    expect(() => editQuestion(QUESTIONS, { id: 'q-gone', stem: 'Anything?', claims: ['sky'] })).toThrow(
      'Unexpected question `q-gone`, expected a quiz item of that id in questions.yaml: it is no longer there (removed or renamed in an editor?), so nothing was written'
    )
  })

  it('still sends an item written on one line to the editor', () => {
    expect(() => editQuestion(QUESTIONS, { id: 'q-flow', stem: 'Grass is blue?', claims: ['grass'] })).toThrow(/that is not a quiz item written one field per line/)
    expect(editQuestion(QUESTIONS, { id: 'q-kept', stem: 'The sky is red.', claims: ['sky'] })).toBe(QUESTIONS.replace('The sky is green.', 'The sky is red.'))
  })
})
