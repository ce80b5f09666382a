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

describe('editing a question', () => {
  // A folded stem came back as a plain value on one long line, a quoted feedback unquoted.
  it('writes a changed value in the style its old one had: folded, literal, double- or single-quoted', () => {
    const text = `quiz:
  - id: q-one
    type: single-choice
    stem: >-
      Which of these is the author's own view, as stated in the
      article's closing paragraph?
    claims: [c1]
    options:
      - text: 'It is, on balance, a good deal.'
        correct: true
        feedback: "Right: the closing paragraph says so."
      - text: |-
          It is a bad deal.
        feedback: Wrong.
`
    const edited = editQuestion(text, {
      id: 'q-one',
      stem: "Which of these is the author's own view, as stated in the article's last paragraph?",
      claims: ['c1'],
      options: [
        { text: 'It is, on the whole, a good deal.', correct: true, feedback: 'Right: the last paragraph says so.' },
        { text: 'It is a poor deal.', correct: false, feedback: 'Wrong.' }
      ]
    })
    expect(edited).toContain("    stem: >-\n      Which of these is the author's own view, as stated in the article's last paragraph?\n")
    expect(edited).toContain("      - text: 'It is, on the whole, a good deal.'\n")
    expect(edited).toContain('        feedback: "Right: the last paragraph says so."\n')
    expect(edited).toContain('      - text: |-\n          It is a poor deal.\n')
    // The field left alone keeps its bytes.
    expect(edited).toContain('        feedback: Wrong.\n')
  })
})
