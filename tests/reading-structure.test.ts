// The reading copy of an article with lists and a block quote (tests/fixtures/structure):
// every item, nested item and quoted paragraph keeps the ¶ it always had, and is set again
// in its list or quote, so a student sees bullets, numbers from 3 and an indented quotation,
// in HTML (read with a real HTML parser, and in Chromium) and in the PDF (read with pdf.js).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { chromium } from 'playwright-core'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../src/article/parse.js'
import { itemLineBreaks } from '../src/view/article-structure.js'
import { DEMO, ROOT } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { packFiles, sharedPack } from './helpers/pack.js'
import { placedText, readDrawing, readPdfText, type PlacedText } from './helpers/pdf.js'

const STRUCTURE = join(ROOT, 'tests/fixtures/structure')

/** The fixture's paragraphs as classpack has always numbered them: each item and each quoted paragraph a ¶ of its own. */
const PARAGRAPHS = [
  'The council met on Tuesday to hear what residents want for the old library.',
  'Residents raised these points:',
  'The reading room is the only quiet space in the district.',
  'Opening hours have been cut twice since 2019.',
  'Evening hours went first.',
  'Saturday mornings followed a year later.',
  'Volunteers could run a weekend desk.',
  'The plan sets out its steps, the first two of which are already done:',
  'Survey the building before winter.',
  'Publish the full costs by March.',
  'The head librarian read out a letter from a former reader:',
  'When I was twelve, this room was the only place I could read without being asked to leave.',
  'Closing it would close that door for children who have nowhere else to go.',
  'The council will vote on the plan in June.',
  'The librarian asked for two repairs first:\n• Fix the roof over the reading room.\n• Replace the heating before the first frost.',
  'Her letter closed with the dates the council had promised:\n2. The survey in November.\n3. The costs in March.'
]

let files: Map<string, Buffer>
beforeAll(async () => {
  files = packFiles(await sharedPack({ dir: STRUCTURE }))
}, 120_000)

const children = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'element')
/** The ¶ number an element starts with (its first `.pn`), e.g. "¶3". */
function numberOf(el: Element): string | undefined {
  for (const child of children(el)) {
    if (((child.properties.className as string[] | undefined) ?? []).includes('pn')) return toText(child)
    const inner = child.tagName === 'ul' || child.tagName === 'ol' ? undefined : numberOf(child)
    if (inner !== undefined) return inner
  }
  return undefined
}

describe('an article with lists and a block quote', () => {
  it('keeps its ¶ numbers: each item, nested item and quoted paragraph is a ¶ of its own, as before', () => {
    const file = new VFile({ path: 'article.md', value: readFileSync(join(STRUCTURE, 'article.md'), 'utf8') })
    const article = parseArticle(file)!
    expect(article.paragraphs.map((p) => [p.n, p.text])).toEqual(PARAGRAPHS.map((text, i) => [i + 1, text]))
  })

  it('HTML: the items are set in lists (nested, and numbered from 3) and the two quoted paragraphs in one block quote, each with its ¶', () => {
    const page = readHtml(files.get('article.html')!.toString('utf8'))
    expect(page.errors).toEqual([])
    const main = page.elements('main')[0]!
    const top = children(main)
    const [bullets] = top.filter((e) => e.tagName === 'ul')
    expect(children(bullets!).map(numberOf)).toEqual(['¶3', '¶4', '¶7'])
    const nested = children(children(bullets!)[1]!).find((e) => e.tagName === 'ul')!
    expect(children(nested).map(numberOf)).toEqual(['¶5', '¶6'])
    const [numbered] = top.filter((e) => e.tagName === 'ol')
    expect(numbered!.properties.start).toBe(3)
    expect(children(numbered!).map(numberOf)).toEqual(['¶9', '¶10'])
    expect(toText(children(numbered!)[0]!).trim()).toBe('¶9 Survey the building before winter.')
    const quotes = top.filter((e) => e.tagName === 'blockquote')
    expect(quotes).toHaveLength(1)
    expect(children(quotes[0]!).map((p) => [p.tagName, numberOf(p)])).toEqual([
      ['p', '¶12'],
      ['p', '¶13']
    ])
    // Every ¶ in order, once, each before its own words.
    const text = page.mainText.replace(/\s+/g, ' ')
    let from = 0
    PARAGRAPHS.forEach((words, i) => {
      const at = text.indexOf(`¶${i + 1} ${words.replace(/\s+/g, ' ')}`, from)
      expect(at, `¶${i + 1}`).toBeGreaterThanOrEqual(from)
      from = at
    })
  })

  it('HTML, teacher edition: each claim’s quote is marked inside its item or quote, after its label', () => {
    const page = readHtml(files.get('article-teacher.html')!.toString('utf8'))
    const marked = (within: string): Array<[string | undefined, string, string]> =>
      page
        .elements(within)
        .flatMap((el) => el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p').map((p) => [p, el] as const))
        .flatMap(([p]) => {
          const mark = page.elements('mark').find((m) => p.children.includes(m))
          const label = page.elements('b').find((b) => p.children.includes(b))
          return mark && label ? [[numberOf(p), toText(label), toText(mark)] as [string | undefined, string, string]] : []
        })
    expect(marked('li')).toEqual([
      ['¶3', 'C1', 'the only quiet space in the district'],
      ['¶9', 'C2', 'Survey the building before winter.']
    ])
    expect(marked('blockquote')).toEqual([['¶12', 'C3', 'the only place I could read without being asked to leave']])
  })

  describe('PDF', () => {
    let items: PlacedText[]
    let height: number
    const item = (start: string): PlacedText => {
      const found = items.find((t) => t.text.startsWith(start))
      expect(found, start).toBeDefined()
      return found!
    }
    beforeAll(async () => {
      const bytes = new Uint8Array(files.get('article.pdf')!)
      items = await placedText(bytes, 1)
      height = (await readPdfText(bytes)).pages[0]!.height
    })

    it('sets every ¶ number in one margin, beside its paragraph’s first line, wherever the paragraph stands', () => {
      PARAGRAPHS.forEach((words, i) => {
        const number = item(`¶${i + 1}`)
        const first = item(words.slice(0, 20))
        expect(number.y, `¶${i + 1}`).toBeCloseTo(first.y, 1)
        expect(number.x + number.width, `¶${i + 1}`).toBeCloseTo(item('¶1').x + item('¶1').width, 1)
        expect(number.x + number.width).toBeLessThan(item(PARAGRAPHS[0]!).x)
      })
    })

    it('numbers the numbered items 3. and 4. before their words', () => {
      const body = item(PARAGRAPHS[0]!).x
      for (const [label, words] of [
        ['3.', 'Survey the building'],
        ['4.', 'Publish the full costs']
      ] as const) {
        const marker = items.find((t) => t.text === label)!
        const text = item(words)
        expect(marker, label).toBeDefined()
        expect(marker.y).toBeCloseTo(text.y, 1)
        expect(marker.x).toBeGreaterThanOrEqual(body)
        expect(marker.x + marker.width).toBeLessThan(text.x)
      }
    })

    it('draws a bullet before each bulleted item, the nested ones further in', async () => {
      const dots = (await readDrawing(new Uint8Array(files.get('article.pdf')!)))[0]!.paths.filter((p) => p.curves && p.width < 5 && p.height < 5)
      const body = item(PARAGRAPHS[0]!).x
      const bulletOf = (words: string): number => {
        const text = item(words)
        // pdfkit draws from the top left; pdf.js places text from the bottom left.
        const dot = dots.find((d) => {
          const middle = height - (d.y + d.height / 2)
          return middle > text.y && middle < text.y + text.size && d.x > body && d.x + d.width < text.x
        })
        expect(dot, words).toBeDefined()
        return dot!.x
      }
      const outer = [PARAGRAPHS[2]!, PARAGRAPHS[3]!, PARAGRAPHS[6]!].map(bulletOf)
      const inner = [PARAGRAPHS[4]!, PARAGRAPHS[5]!].map(bulletOf)
      expect(new Set(outer).size).toBe(1)
      expect(new Set(inner).size).toBe(1)
      expect(inner[0]!).toBeGreaterThan(outer[0]! + 10)
      expect(item(PARAGRAPHS[4]!).x).toBeGreaterThan(item(PARAGRAPHS[2]!).x + 10)
      expect(dots).toHaveLength(5)
    })

    it('indents the quoted paragraphs, with one rule beside both', async () => {
      const body = item(PARAGRAPHS[0]!).x
      const [first, second] = [item(PARAGRAPHS[11]!.slice(0, 20)), item(PARAGRAPHS[12]!.slice(0, 20))]
      expect(first.x).toBeGreaterThan(body + 8)
      expect(second.x).toBe(first.x)
      expect(item(PARAGRAPHS[13]!).x).toBe(body)
      const rules = (await readDrawing(new Uint8Array(files.get('article.pdf')!)))[0]!.paths.filter((p) => !p.curves && p.width > 0 && p.width < 4 && p.height > 10)
      expect(rules).toHaveLength(1)
      const [rule] = rules
      expect(rule!.x + rule!.width).toBeLessThan(first.x)
      expect(height - rule!.y).toBeGreaterThan(first.y + first.size * 0.7)
      expect(height - (rule!.y + rule!.height)).toBeLessThan(second.y)
    })

    it('teacher edition: each quote inside a list or the block quote is tinted where its words stand, after its label', async () => {
      const bytes = new Uint8Array(files.get('article-teacher.pdf')!)
      const placed = await placedText(bytes, 1)
      const tints = (await readDrawing(bytes))[0]!.paths.filter((p) => !p.curves && p.height > 8 && p.width > 10)
      const page = (await readPdfText(bytes)).pages[0]!
      for (const [label, quote] of [
        ['C1', 'the only quiet space in the district'],
        ['C2', 'Survey the building before winter.'],
        ['C3', 'the only place I could read without being asked'],
        ['C4', 'Fix the roof over the reading room.']
      ] as const) {
        const words = placed.find((t) => t.text.startsWith(quote))
        expect(words, quote).toBeDefined()
        const tint = tints.find((r) => r.x <= words!.x && r.x + r.width >= words!.x + words!.width - 1 && page.height - r.y > words!.y && page.height - (r.y + r.height) < words!.y)
        expect(tint, quote).toBeDefined()
        expect(page.lines.some((line) => line.includes(`${label} ${quote}`))).toBe(true)
      }
    })
  })

  describe('a list written inside one paragraph (lines starting “•” or “2.” under a line of text)', () => {
    // Its lines as a reader sees them: broken at each <br>, white space (the label's no-break space too) as one space.
    const lines = (p: Element): string[] => toText(p).split('\n').map((line) => line.replace(/\s+/g, ' ').trim())
    const paragraph = (html: string, n: number): Element =>
      readHtml(html)
        .elements('p')
        .find((p) => numberOf(p) === `¶${n}`)!

    it('stays one ¶, each item on a line of its own in HTML', () => {
      const html = files.get('article.html')!.toString('utf8')
      for (const n of [15, 16]) expect(lines(paragraph(html, n))).toEqual(`¶${n} ${PARAGRAPHS[n - 1]}`.split('\n'))
      const teacher = paragraph(files.get('article-teacher.html')!.toString('utf8'), 15)
      expect(lines(teacher)).toEqual(['¶15 The librarian asked for two repairs first:', '• C4 Fix the roof over the reading room.', '• Replace the heating before the first frost.'])
      expect(teacher.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'mark').map((m) => toText(m))).toEqual(['Fix the roof over the reading room.'])
    })

    it('needs two such lines alike: a hard-wrapped sentence whose next line starts with a year keeps its flow', () => {
      expect(itemLineBreaks('Steps:\n3. third\n4. fourth')).toEqual([6, 15])
      expect(itemLineBreaks('• alpha\n• beta')).toEqual([7])
      expect(itemLineBreaks('Prices rose sharply in\n2019. Since then they have fallen.')).toEqual([])
      expect(itemLineBreaks('One line\n• and a bullet\n2. and a number')).toEqual([])
    })

    it('PDF: each item starts its own line, its marker (“•”, “2.”, “3.”) at the start, one line under the other', async () => {
      const items = await placedText(new Uint8Array(files.get('article.pdf')!), 1)
      const body = items.find((t) => t.text.startsWith(PARAGRAPHS[0]!))!.x
      for (const n of [15, 16]) {
        const [first, ...lines] = PARAGRAPHS[n - 1]!.split('\n')
        let above = items.find((t) => t.text === first)!
        expect(above, first).toBeDefined()
        expect(items.find((t) => t.text === `¶${n}`)!.y).toBeCloseTo(above.y, 1)
        for (const line of lines) {
          const placed = items.find((t) => t.text === line)
          expect(placed, line).toBeDefined()
          expect(placed!.x).toBeCloseTo(body, 1)
          expect(placed!.y).toBeLessThan(above.y - placed!.size)
          above = placed!
        }
      }
    })
  })

  it('in a browser, every ¶ number stands in the same gutter, on its paragraph’s first line, clear of bullets and the quote’s rule', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] })
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(join(await sharedPack({ dir: STRUCTURE }), 'article.html')).href)
      // Written as source text: the tests are compiled without the DOM's types.
      const boxes = await page.evaluate<Array<{ n: string; left: number; right: number; top: number; bottom: number; line: number; start: number }>>(`
        [...document.querySelectorAll('.pn')].map((pn) => {
          const p = pn.parentElement
          const range = document.createRange()
          range.setStart(pn.nextSibling, 1)
          range.setEnd(pn.nextSibling, 2)
          const first = range.getBoundingClientRect()
          const box = pn.getBoundingClientRect()
          return { n: pn.textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom, line: (first.top + first.bottom) / 2, start: first.left }
        })`)
      const main = await page.evaluate<number>(`document.querySelector('main').getBoundingClientRect().left`)
      expect(boxes.map((b) => b.n)).toEqual(PARAGRAPHS.map((_, i) => `¶${i + 1}`))
      for (const box of boxes) {
        expect(box.left, box.n).toBeCloseTo(main, 0)
        expect(box.right, box.n).toBeCloseTo(boxes[0]!.right, 0)
        expect(box.line, box.n).toBeGreaterThan(box.top)
        expect(box.line, box.n).toBeLessThan(box.bottom)
        // The list's bullet or number and the quote's rule stand between the number and the words.
        expect(box.start - box.right, box.n).toBeGreaterThan(5)
      }
    } finally {
      await browser.close()
    }
  }, 60_000)

  it('an article without lists or quotes (the demo) keeps its reading copy as it was: no lists, no quote, no extra style rules', async () => {
    const demo = packFiles(await sharedPack({ dir: DEMO, set: 'full' }))
    const html = demo.get('article.html')!.toString('utf8')
    const page = readHtml(html)
    for (const tag of ['ul', 'ol', 'blockquote']) expect(page.elements('main').flatMap((m) => children(m)).filter((e) => e.tagName === tag)).toEqual([])
    expect(html).not.toContain('li .pn')
    expect(files.get('article.html')!.toString('utf8')).toContain('li .pn')
  })
})
