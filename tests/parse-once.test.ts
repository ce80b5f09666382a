// A document's Markdown is parsed once per build and the tree shared (src/pack/document.ts
// fillDocument): a version's quiz serves its fit, its PDF, its web page and the print
// bundle. That is only sound while nothing after the parse changes a tree: here the demo's
// quizzes are rendered every way from trees frozen deep, where any change would throw.
import type { Root } from 'mdast'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Module } from '../src/assemble.js'
import { fillDocument, type PageContext } from '../src/pack/document.js'
import { studentMeta } from '../src/pack/plan.js'
import { BUILTIN_TEMPLATES } from '../src/paths.js'
import { renderHtmlBody } from '../src/render/html.js'
import { countPages, renderPdf } from '../src/render/pdf/document.js'
import type { Selection } from '../src/select/model.js'
import { quizView } from '../src/view/quiz.js'
import { readPdf } from './helpers/pdf.js'
import { demoVersions, quizContext } from './helpers/quiz-context.js'

let module: Module
let selection: Selection
let ctx: PageContext

beforeAll(() => {
  ;({ module, selection } = demoVersions())
  ctx = quizContext([BUILTIN_TEMPLATES])
})

/** `value` and everything it holds, frozen: a change throws (the renderers are strict-mode modules). */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) freeze(inner)
  }
  return value
}

const quiz = (version: number, name: string): Root | undefined => {
  const student = { name, id: '42', group: null, line: 2, version, base: 'quiz/001-x' }
  return fillDocument(ctx, studentMeta(module, student, selection.versions[version]!), quizView(module, selection.versions[version]!, null, null, { name, id: '42', group: null }))
}

const OPTIONS = { title: 'Quiz', author: 'A', subject: 'Quiz', keywords: '', lang: 'en-GB', paper: 'a4' as const, header: 'H', creationDate: new Date('2025-03-01T09:30:00Z'), outline: true }

describe('a parsed document', () => {
  it('is parsed once for the same Markdown, and anew for other Markdown', () => {
    expect(quiz(0, 'Ada')).toBe(quiz(0, 'Ada'))
    expect(quiz(0, 'Ada')).not.toBe(quiz(1, 'Ada'))
    expect(quiz(0, 'Ada')).not.toBe(quiz(0, 'Zoë'))
  })

  it('is not changed by the fit, the PDF or the web page made from it', async () => {
    for (const version of [0, 1]) {
      const tree = freeze(quiz(version, 'Ada Lovelace')!)
      const copy = structuredClone(tree)
      const pages = countPages(tree, { ...OPTIONS, squeeze: 0.75 })
      const pdf = await renderPdf(tree, { ...OPTIONS, squeeze: 0.75 })
      const again = await renderPdf(tree, { ...OPTIONS, squeeze: 0.75 })
      expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true)
      expect((await readPdf(pdf)).pages.length).toBe(pages)
      expect(renderHtmlBody(tree)).toContain('Ada Lovelace')
      expect(tree).toEqual(copy)
    }
  })
})
