// The README's examples of the input files, copied into a module as a teacher copies them:
// each must check. (Its script example is api.test.ts's; its tables are registry.test.ts's.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule, formatMessages } from '../src/index.js'
import { demoCopy, ROOT } from './helpers/fixtures.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The first fenced block of `lang` under the README heading `heading`. */
function example(heading: string, lang: string): string {
  const section = README.slice(README.indexOf(`\n${heading}\n`))
  expect(section.length, `the README has ${heading}`).toBeLessThan(README.length)
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)?.[1]
  expect(block, `${heading} has a ${lang} example`).toBeDefined()
  return block!
}

const errors = (dir: string): string[] =>
  formatMessages(checkModule(dir).files)
    .split('\n')
    .filter((line) => line.includes(': error:'))

describe("the README's input file examples", () => {
  it('module.yaml: copied in place of the demo’s, it checks', () => {
    const yaml = example('### `module.yaml` (optional)', 'yaml')
    const dir = demoCopy({ 'module.yaml': () => yaml })
    expect(errors(dir)).toEqual([])
  })

  it('article.md: its front matter over the demo’s article checks', () => {
    const markdown = example('### `article.md`', 'markdown')
    const front = markdown.slice(0, markdown.indexOf('\n---\n') + 5)
    const dir = demoCopy({ 'article.md': (text) => front + text.slice(text.indexOf('\n---\n') + 5) })
    expect(errors(dir)).toEqual([])
  })
})
