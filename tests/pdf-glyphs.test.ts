// A module's own text with characters no bundled PDF face draws (an emoji): the PDFs and the
// print bundle would print empty boxes where the HTML shows them, so a build that draws a PDF
// warns at each such character's first place in each file, once per character as read.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tryBuild } from './helpers/pack.js'
import { at, head, library } from './types/helpers.js'

const ITEM = `  # 🚧 a comment is printed nowhere
${head('n-year', 'numeric', 'vote-next-month')}    answer: 1921
    feedback: It has stood on Market Street since 1921 👍🏽, and 👍🏽 again.
`
const module = (): string => library(ITEM, { 'article.md': (text) => `${text.trimEnd()}\n\nSigns went up 🚧 on Market Street.\n` })
const glyphWarnings = (lines: string[]): string[] => lines.filter((l) => l.includes('[pdf-glyphs]'))

describe('characters no PDF face draws, in the module’s text', () => {
  it('are warned about at their first place in each file, once each, whatever PDF is drawn', async () => {
    for (const formats of [['pdf'], ['print']] as const) {
      const dir = module()
      const result = await tryBuild({ dir, formats: [...formats] })
      expect(result.target, formats[0]).toBeDefined()
      const questions = readFileSync(join(dir, 'questions.yaml'), 'utf8')
      const article = readFileSync(join(dir, 'article.md'), 'utf8')
      expect(glyphWarnings(result.lines), formats[0]).toEqual([
        expect.stringContaining(`article.md:${at(article, '🚧')}: warning: Unexpected \`🚧\`, expected characters one of the PDF fonts can draw`),
        expect.stringContaining(`questions.yaml:${at(questions, '👍🏽')}: warning: Unexpected \`👍🏽\`, expected characters one of the PDF fonts can draw`)
      ])
    }
  })

  it('are not warned about when no PDF is drawn', async () => {
    const result = await tryBuild({ dir: module(), formats: ['html', 'moodle'] })
    expect(result.target).toBeDefined()
    expect(glyphWarnings(result.lines)).toEqual([])
  })
})
