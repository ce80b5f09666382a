// `classpack init` on a web page whose article has a list, a numbered list starting at 3 and a
// block quote of two paragraphs: article.md keeps them as Markdown's (`- `, `3. `, `> `), so
// the reading copy shows a list as a list and a quotation as one, each item and each quoted
// paragraph still a ¶ of its own, as they were when init wrote them as plain paragraphs.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../src/article/parse.js'
import { bodyMarkdown } from '../src/init/article-md.js'
import { formatMessages, initModule } from '../src/index.js'
import { tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'
import { planModule } from '../src/init/index.js'

const PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>What the council heard about the old library</title>
<meta name="author" content="Sam Writer"></head>
<body><article>
<h1>What the council heard about the old library</h1>
<p>The council met on Tuesday to hear what residents want for the old library, and the meeting ran late into the evening.</p>
<p>Residents raised three points that most speakers agreed on:</p>
<ul>
  <li>The reading room is the only quiet space left in the district.</li>
  <li><p>Opening hours have been cut twice since 2019.</p><p>Evening hours went first.</p></li>
  <li>Volunteers could run a weekend desk if the council trained them.</li>
</ul>
<p>The plan sets out its steps, the first two of which are already done:</p>
<ol start="3">
  <li>Survey the building before the winter sets in.</li>
  <li>Publish the full costs by March next year.</li>
</ol>
<h2>What the librarian read</h2>
<p>The head librarian read out a letter from a former reader of the library:</p>
<blockquote>
  <p>When I was twelve, this room was the only place I could read without being asked to leave.</p>
  <p>Closing it would close that door for children who have nowhere else to go.</p>
</blockquote>
<p>The council will vote on the plan in June, after a second round of public meetings.</p>
</article></body></html>`

/** The paragraphs a reader of the page sees, in order: each list item's and quote's own. */
const PARAGRAPHS = [
  'The council met on Tuesday to hear what residents want for the old library, and the meeting ran late into the evening.',
  'Residents raised three points that most speakers agreed on:',
  'The reading room is the only quiet space left in the district.',
  'Opening hours have been cut twice since 2019.',
  'Evening hours went first.',
  'Volunteers could run a weekend desk if the council trained them.',
  'The plan sets out its steps, the first two of which are already done:',
  'Survey the building before the winter sets in.',
  'Publish the full costs by March next year.',
  'The head librarian read out a letter from a former reader of the library:',
  'When I was twelve, this room was the only place I could read without being asked to leave.',
  'Closing it would close that door for children who have nowhere else to go.',
  'The council will vote on the plan in June, after a second round of public meetings.'
]

let dir: string
let markdown: string
beforeAll(async () => {
  const cwd = tempDir('classpack-init-structure-')
  writeFileSync(join(cwd, 'library.html'), PAGE)
  dir = join(cwd, 'source/library')
  const result = await initModule({ path: join(cwd, 'library.html'), into: dir, cwd })
  expect(result.written, formatMessages(result.files)).toBe(true)
  markdown = readFileSync(join(dir, 'article.md'), 'utf8')
})

describe('init on a page with lists and a block quote', () => {
  it('writes them as Markdown lists and a quote', () => {
    expect(markdown).toContain('- The reading room is the only quiet space left in the district.')
    expect(markdown).toContain('3. Survey the building before the winter sets in.')
    expect(markdown).toContain('4. Publish the full costs by March next year.')
    expect(markdown).toContain('> When I was twelve, this room was the only place I could read without being asked to leave.\n>\n> Closing it')
  })

  it('keeps every paragraph a ¶ of its own, in reading order, and each in its list or quote', () => {
    const article = parseArticle(new VFile({ path: 'article.md', value: markdown }))!
    expect(article.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS)
    const kinds = article.paragraphs.map((p) => (p.within ?? []).map((c) => (c.kind === 'item' ? `${c.ordered ? 'ol' : 'ul'}${c.number}` : 'quote')).join(' '))
    expect(kinds).toEqual(['', '', 'ul1', 'ul2', 'ul2', 'ul3', '', 'ol3', 'ol4', '', 'quote', 'quote', ''])
  })

  it('gives a reading copy with the list, the numbers from 3 and the quote', async () => {
    const pack = await build({ dir, formats: ['html'] })
    const html = readHtml(readFileSync(join(pack, 'article.html'), 'utf8'))
    expect(html.elements('ul').length).toBeGreaterThanOrEqual(1)
    expect(html.elements('ol').map((ol) => ol.properties.start)).toContain(3)
    expect(html.elements('blockquote')).toHaveLength(1)
  })

  it('writes plain paragraphs exactly as before when the page has no list or quote', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'One.' },
      { kind: 'heading' as const, text: 'Two', level: 2 },
      { kind: 'paragraph' as const, text: 'Three.' }
    ]
    expect(bodyMarkdown(blocks)).toBe('One.\n\n## Two\n\nThree.\n')
  })
})

// The health story's trial, saved from a page whose <title> is a short headline with the site's
// name ("Ten minutes after dinner | Harbourview Ledger") and whose one <h1> is the full headline:
// the title was the page title, site name and all, the <h1> (which Readability renames <h2>)
// became the article's first `##` subhead, and the author was "Mira Castellanos · 20 November 2026".
describe('a page whose <h1> is a longer headline than its <title>, and a byline with its date', () => {
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ten minutes after dinner | Harbourview Ledger</title></head><body>
<nav><a href="/">Home</a> <a href="/health">Health</a></nav>
<article><h1>Ten minutes after dinner: study links short walks to lower blood sugar in older adults</h1>
<p class="byline">By Mira Castellanos · <time datetime="2026-11-20">20 November 2026</time></p>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the article says that walking after dinner may lower blood sugar, and it gives the figures a careful reader would want to see for themselves.</p>`).join('\n')}
<h2>Why timing might matter</h2>
<p>After a meal, sugar from digested food enters the bloodstream and the level of glucose in the blood rises, usually peaking within 30 to 60 minutes.</p>
</article></body></html>`

  it('takes the <h1> for the title, no subhead, and the author without the date', async () => {
    const planned = await planModule({ path: 'walks.html', bytes: Buffer.from(page), into: 'm' })
    const markdown = planned.files.find((f) => f.name === 'article.md')!.text
    const article = parseArticle(new VFile({ path: 'article.md', value: markdown }))!
    expect(article.meta.title).toBe('Ten minutes after dinner: study links short walks to lower blood sugar in older adults')
    expect(article.meta.author).toBe('Mira Castellanos')
    expect(markdown).not.toMatch(/^## Ten minutes/m)
    expect(markdown).toMatch(/^## Why timing might matter/m)
  })
})
