// A cloze's answer in the key's "Answers at a glance" and in grading.csv numbers each blank as
// the quiz prints it ("(1) ______"), joined as the key joins several blanks: "(1) roughly; (2)
// guarantees", never "1 roughly", which reads as a count. In English (the demo's close-reading
// set) and German (tests/fixtures/deutschlandticket), in the HTML and PDF keys and the sheet.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule } from '../src/index.js'
import type { ClozeItem } from '../src/types/index.js'
import { DEMO, ROOT, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'
import { readPdfText } from './helpers/pdf.js'

const GERMAN = join(ROOT, 'tests/fixtures/deutschlandticket')

/** Runs of white space (no-break spaces too) as one space. */
const fold = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim()

describe.each([
  ['English', DEMO, 'close-reading'],
  ['German', GERMAN, 'morgen']
])('a cloze’s answer at a glance and in grading.csv (%s)', (_, dir, set) => {
  it('numbers each blank as the quiz does, "(1) word", several joined by "; "', async () => {
    const checked = checkModule(dir, { set })
    const clozes = checked.selection!.items.filter((q): q is ClozeItem => q.type === 'cloze')
    expect(clozes.length).toBeGreaterThan(0)
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name,id\nAda Lovelace,101\n')
    const pack = await build({ dir, set, roster, formats: ['html', 'pdf'] })
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { versions: Array<{ items: Array<{ id: string; answer: string }> }> }
    const answers = manifest.versions.flatMap((v) => v.items)
    const key = readdirSync(pack).find((n) => /^answer-key(-A)?\.html$/.test(n))!
    const html = fold(readHtml(readFileSync(join(pack, key), 'utf8')).mainText)
    const pdf = fold((await readPdfText(new Uint8Array(readFileSync(join(pack, key.replace(/html$/, 'pdf')))))).pages.map((p) => p.text).join('\n'))
    const sheet = readFileSync(join(pack, 'grading.csv'), 'utf8')
    for (const item of clozes) {
      const words = item.passage!.gaps.map((g) => g.text)
      const expected = words.map((w, i) => `(${i + 1}) ${w}`).join('; ')
      expect(answers.find((a) => a.id === item.id)?.answer, item.id).toBe(expected)
      expect(html, item.id).toContain(expected)
      expect(pdf, item.id).toContain(expected)
      expect(sheet, item.id).toContain(expected)
      // Nowhere the bare count-like form.
      expect(sheet).not.toContain(`,1 ${words[0]}`)
    }
  })
})
