// An article without a `# Title`: init took its first line as the title however long, and a
// Markdown file written one paragraph a line lost its whole first paragraph from the numbered
// body (a trial's 3 paragraphs became 2, the title 50 words). A first line is the title only
// when it reads as one; else the paragraph stays and the file's name stands in, said so.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../src/article/parse.js'
import { planModule } from '../src/init/index.js'
import { fileTitle, looksLikeTitle } from '../src/init/title-line.js'
import { ROOT } from './helpers/fixtures.js'

const FIXTURES = join(ROOT, 'tests/fixtures/init')

async function planned(name: string): Promise<{ title: string; paragraphs: string[]; how: string }> {
  const plan = await planModule({ path: name, bytes: readFileSync(join(FIXTURES, name)), into: 'm' })
  const text = plan.files.find((f) => f.name === 'article.md')!.text
  const article = parseArticle(new VFile({ path: 'article.md', value: text }))!
  const guess = plan.guesses.find((g) => g.what === 'title')!
  return { title: article.meta.title, paragraphs: article.paragraphs.map((p) => p.text), how: guess.how }
}

describe('init takes a first line as the title only when it reads as one', () => {
  for (const [name, first, count] of [
    ['no-title.md', 'The ferry from the island used to run every hour', 3],
    ['no-title.txt', 'Night buses in the city were cut last autumn', 3]
  ] as const) {
    it(`keeps the first paragraph of ${name} in the body and names the title from the file, saying to set it`, async () => {
      const p = await planned(name)
      expect(p.paragraphs).toHaveLength(count)
      expect(p.paragraphs[0]).toMatch(new RegExp(`^${first}`))
      expect(p.title).toBe('No title')
      expect(p.how).toContain("no title found: set `title:` in article.md's front matter")
    })
  }

  it('still takes a short first line that reads as a headline', async () => {
    const p = await planned('titled.txt')
    expect(p.title).toBe('Bring back the night buses?')
    expect(p.paragraphs).toHaveLength(2)
    expect(p.how).toBe('the first line')
  })

  // A trial's plain text: headline, a blank line, then a standfirst of two sentences with the
  // byline and dateline right under it. The byline was read as the standfirst's last words (no
  // author, no date, a standfirst ¶1), the headline's question mark kept it in the body, and
  // with no author the closing line about him stayed a ¶ too.
  it('takes a headline that asks and answers, and a standfirst with the byline and dateline right under it', async () => {
    const plan = await planModule({ path: 'standfirst-byline.txt', bytes: readFileSync(join(FIXTURES, 'standfirst-byline.txt')), into: 'm' })
    const article = parseArticle(new VFile({ path: 'article.md', value: plan.files.find((f) => f.name === 'article.md')!.text }))!
    expect(article.meta).toMatchObject({
      title: "Who pays for the ferry? Islanders wait for the council's answer",
      standfirst: 'The council will decide in March whether to keep the winter timetable. Residents say the crossing is their only way to school and work, and the operator says it loses money on every trip.',
      author: 'Lena Okafor',
      authorBio: 'Lena Okafor is a reporter for the Holm Courier.',
      published: '2026-03-03'
    })
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'The ferry to Holm Island runs four times a day in winter, and the operator says it carries fewer than forty passengers on most days.',
      'Councillor Ruth Ames said the council would look at the figures again before it decides, but that it could not promise to pay the whole loss.'
    ])
    expect(plan.guesses.find((g) => g.what === 'title')!.how).toBe('the first line')
    // A wrapped paragraph whose last line opens with "By" and ends a sentence is the paragraph's.
    const text = 'Council delays the ferry vote\n\nThe ferry runs four times a day in winter, and the operator says it\nloses money on every trip.\nBy Friday, it was over.\n\nCouncillor Ruth Ames said the council would look at the figures again.\n'
    const wrapped = await planModule({ path: 'ferry.txt', bytes: new TextEncoder().encode(text), into: 'm' })
    const body = parseArticle(new VFile({ path: 'article.md', value: wrapped.files.find((f) => f.name === 'article.md')!.text }))!
    expect(body.meta.author).toBeNull()
    expect(body.paragraphs[0]!.text).toBe('The ferry runs four times a day in winter, and the operator says it loses money on every trip. By Friday, it was over.')
  })

  it('reads a line as a title only when short, one sentence and not ending like one of the body', () => {
    expect(looksLikeTitle('Keep the library open on Sundays')).toBe(true)
    expect(looksLikeTitle('Should schools ban phones?')).toBe(true)
    expect(looksLikeTitle('The Long Memory of Water: How a Harbour Town Learned to Live With Its River')).toBe(true)
    expect(looksLikeTitle('The garden opened last spring.')).toBe(false)
    expect(looksLikeTitle('Why? Because we said so')).toBe(false)
    // With a byline under it, a question inside is the headline's; a full stop inside is still the body's.
    expect(looksLikeTitle('Why? Because we said so', true)).toBe(true)
    expect(looksLikeTitle('The garden opened last spring. Few came', true)).toBe(false)
    expect(looksLikeTitle('> A quoted line')).toBe(false)
    expect(looksLikeTitle(Array(25).fill('word').join(' '))).toBe(false)
    expect(fileTitle('in/school-garden_2024.md')).toBe('School garden 2024')
  })
})
