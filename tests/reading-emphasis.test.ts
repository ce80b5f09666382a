// The author's emphasis in the reading copy: `*perhaps*`, `**strong words**` and `***both***`
// of article.md print as emphasis and strong in the student's and the teacher's copy, HTML and
// PDF, inside a claim's quote and across its end too, and the claims still anchor on the plain words.
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { pieces } from '../src/view/article.js'
import { ROOT } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { packFiles, sharedPack } from './helpers/pack.js'
import { drawnGlyphs } from './helpers/pdf.js'

const DIR = join(ROOT, 'tests/fixtures/emphasis')

/** The words each `tag` of the page's ¶ paragraphs holds, in order. */
function marked(html: string, tag: string): string[] {
  const page = readHtml(html)
  expect(page.errors).toEqual([])
  const paragraphs = page.elements('p').filter((p) => /^¶\d/.test(toText(p)))
  const out: string[] = []
  const walk = (el: Element): void => {
    if (el.tagName === tag) out.push(toText(el))
    for (const child of el.children) if (child.type === 'element') walk(child)
  }
  paragraphs.forEach(walk)
  return out
}

/** The text a PDF draws in each face whose name matches `face`, runs of glyphs joined. */
async function drawnIn(pdf: Buffer, face: RegExp): Promise<string> {
  const glyphs = await drawnGlyphs(new Uint8Array(pdf), 1)
  return glyphs.map((g) => (face.test(g.font) ? g.text : '|')).join('').split('|').filter((s) => s.trim() !== '').join('|')
}

const EM = ['perhaps', 'both', 'reckless', 'perhaps', 'was never tested by anyone', 'War and Peace', 'Bildungsroman', 'linked']
const STRONG = ['strong words', 'both']

describe('emphasis in the reading copy', () => {
  let files: Map<string, Buffer>
  beforeAll(async () => {
    files = packFiles(await sharedPack({ dir: DIR }))
  })

  it('prints the emphasis of article.md in the student HTML, on exactly those words', () => {
    const html = files.get('article.html')!.toString('utf8')
    expect(marked(html, 'em')).toEqual(EM)
    expect(marked(html, 'strong')).toEqual(STRONG)
    // Next to punctuation and curly quotes, no star is left over.
    expect(readHtml(html).mainText).not.toContain('*')
    expect(readHtml(html).mainText).toContain('Critics called it “reckless”, and perhaps, they were right')
  })

  it('prints it in the teacher HTML inside and across the claims’ highlights, which still anchor', () => {
    const html = files.get('article-teacher.html')!.toString('utf8')
    // The quote that ends inside emphasis cuts it in two: both halves stay emphasis.
    expect(marked(html, 'em')).toEqual(['perhaps', 'both', 'reckless', 'perhaps', 'was never tested', 'by anyone', 'War and Peace', 'Bildungsroman', 'linked'])
    expect(marked(html, 'strong')).toEqual(STRONG)
    expect(readHtml(html).mainText).not.toContain('*')
    // Each quote is highlighted word for word, the spaces across its emphasis inside the highlight.
    const quotes = readHtml(html).elements('mark').map((m) => toText(m))
    expect(quotes.join('')).toBe('The plan will perhaps workthe scheme was never tested')
    expect(marked(html, 'mark').filter((t) => /perhaps|never/.test(t))).toEqual([' perhaps', ' was never tested'])
  })

  it('draws the emphasis in the oblique and bold faces in both PDFs', async () => {
    for (const name of ['article.pdf', 'article-teacher.pdf']) {
      const pdf = files.get(name)!
      expect(await drawnIn(pdf, /BoldOblique/)).toBe('both')
      expect((await drawnIn(pdf, /-Oblique/)).split('|')).toEqual(expect.arrayContaining(['perhaps', 'reckless', 'War and Peace', 'Bildungsroman', 'linked']))
      expect(await drawnIn(pdf, /-Oblique/)).toMatch(/was never tested ?\|? ?by anyone/)
      expect((await drawnIn(pdf, /Sans-Bold(?!Oblique)/)).split('|')).toContain('strong words')
    }
  })
})

describe('pieces around emphasis', () => {
  const em = (start: number, end: number) => ({ start, end, kind: 'em' as const })
  it('drops the markers of a piece Markdown would not read as emphasis, rather than print stars', () => {
    // `“*` after a letter: a star before punctuation opens emphasis only after a space or punctuation.
    const text = 'a b“c”'
    const cut = pieces(text, [], [], [em(3, 6)])
    expect(cut.map((p) => [p.text, p.em])).toEqual([['a b', false], ['“c”', false]])
    // Two marked pieces side by side would run into one `**`: the first prints plain.
    const strong = pieces('ab', [], [], [em(0, 1), { start: 1, end: 2, kind: 'strong' }])
    expect(strong.map((p) => [p.text, p.em, p.strong])).toEqual([['a', false, false], ['b', false, true]])
  })
})
