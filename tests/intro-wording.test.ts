// What a document says of itself holds for the module it is made from: the reading guide
// names "key claim C4" or "key claims C1, C2", calls an article without subheads "the whole
// article", and a teacher's edition promises teaching notes or misreadings only where the
// module has them. Numbers stay with their words ("sentence 1") and a page printed from the
// browser asks for the pack's paper.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO, ROOT } from './helpers/fixtures.js'
import { sharedPack } from './helpers/pack.js'

const fixture = (name: string): string => join(ROOT, 'tests/fixtures', name)
const page = (pack: string, name: string): string => readFileSync(join(pack, `${name}.html`), 'utf8')

describe('a document about itself', () => {
  it('names one key claim in the singular, several in the plural', async () => {
    const html = page(await sharedPack({ dir: fixture('anonymous'), formats: ['html'] }), 'handout')
    expect(html).toContain('key claim C1<')
    expect(html).toContain('key claims C2, C3<')
    expect(html).not.toMatch(/key claims C\d</)
  })

  it('calls an article without subheads the whole article, not its opening', async () => {
    const html = page(await sharedPack({ dir: fixture('tram'), formats: ['html'] }), 'handout')
    expect(html).toContain('<strong>The whole article</strong> (¶1–12)')
    expect(html).not.toContain('Opening, untitled')
    // With subheads, the part before the first is still the opening.
    expect(page(await sharedPack({ dir: DEMO, formats: ['html'] }), 'handout')).toContain('Opening, untitled')
  })

  // A news story asked students for "the author's thesis", which it does not have: most of its key claims are views it reports.
  it("asks of a report whose views it gives, and of an argument the author's thesis, in English and German", async () => {
    const guide = async (name: string): Promise<string> => {
      const html = page(await sharedPack({ dir: name === 'demo' ? DEMO : fixture(name), formats: ['html'] }), 'handout').replace(/<[^>]+>/g, '')
      return html.slice(html.indexOf('Before reading') >= 0 ? html.indexOf('Before reading') : html.indexOf('Vor dem Lesen'))
    }
    const report = await guide('heat-sleep')
    expect(report).toContain('What do you expect the article to report, and whose views?')
    expect(report).toContain('Say in one sentence what the article reports, then list the views it gives, whose each one is')
    expect(report).not.toContain('thesis')
    const argument = await guide('demo')
    expect(argument).toContain('What do you expect the author to argue, and on what subject?')
    expect(argument).toContain("State the author's thesis in one sentence")
    expect(await guide('deutschlandticket')).toContain('Worüber berichtet der Text vermutlich, und wessen Sicht kommt zu Wort?')
    expect(await guide('german')).toContain('Welche Position vertritt der Text vermutlich, und zu welchem Thema?')
  })

  it('promises teaching notes and misreadings only where the module has them', async () => {
    const demo = await sharedPack({ dir: DEMO, formats: ['html'] })
    expect(page(demo, 'handout-teacher')).toContain('the evidence the text offers; with teaching notes.')
    expect(page(demo, 'discussion-facilitator')).toContain('what a good discussion covers and the misreadings to expect.')
    const second = await sharedPack({ dir: fixture('second-article'), formats: ['html'] })
    expect(page(second, 'handout-teacher')).toContain('the evidence the text offers.')
    expect(page(second, 'discussion-facilitator')).toContain('the claims it draws on and what a good discussion covers.')
  })

  it('keeps "sentence" with its number, and asks the browser for the pack’s paper', async () => {
    const demo = await sharedPack({ dir: DEMO, formats: ['html'] })
    expect(page(demo, 'handout')).toMatch(/sentence\u00a01\)/)
    expect(page(demo, 'handout')).not.toMatch(/sentences? \d/)
    expect(page(demo, 'quiz')).toContain('size: A4;')
    const letter = await sharedPack({ dir: DEMO, formats: ['html'], paper: 'letter' })
    expect(page(letter, 'quiz')).toContain('size: letter;')
  })
})
