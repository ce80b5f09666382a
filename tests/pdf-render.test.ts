import { describe, expect, it } from 'vitest'
import type { Root } from 'mdast'
import { parseFilled } from '../src/render/markdown.js'
import { renderPdf, type PdfOptions } from '../src/render/pdf/document.js'
import { missingGlyphs } from '../src/render/pdf/fonts.js'
import { breakLines, textWidth } from '../src/render/pdf/inline.js'
import { styles } from '../src/render/pdf/styles.js'
import { placedText, readPdf, roles, type PlacedText } from './helpers/pdf.js'

// A filled quiz template, as the fill stage produces it.
const SAMPLE = [
  '# Quiz: A US backstop for European peacekeepers in Ukraine',
  '',
  '::fill-in[Name]',
  '',
  '::fill-in[Date]',
  '',
  'Answer every question. Points are given in brackets.',
  '',
  '## Part 1',
  '',
  '::::question{#q-deal-ends}',
  '**1.** Why, according to the author, has Trump \\*not\\* offered US security guarantees? \\(2 points\\)',
  '',
  ':::options',
  '::option[Because the deal is supposed to end US involvement in Ukraine’s security]{letter=A}',
  '::option[Because Congress forbade it \\<script\\> \\& \\_x\\_]{letter=B}',
  '::option[Because Macron asked him not to]{letter=C}',
  '::option[None of these]{letter=D}',
  ':::',
  '::::',
  '',
  '::::question{#q-short}',
  '**2.** In your own words, explain the author’s thesis.',
  '',
  '::answer-lines{lines=5}',
  '::::',
  '',
  ':::callout[Context from outside the article]{kind=context}',
  'On 28 February 2025 Zelensky left the White House without signing the minerals deal.',
  ':::',
  '',
  '::page-break',
  '',
  '> “Optics matter for Trump.” — ¶21',
  '',
  '- item one with *emphasis* and `code`',
  '- item two with a [link](https://example.org)',
  '',
  '1. first',
  '2. second',
  '',
  '---',
  'Last paragraph.',
  ''
].join('\n')

const OPTIONS: PdfOptions = {
  title: 'Quiz: A US backstop for European peacekeepers in Ukraine',
  author: 'Dr Ada Byrne',
  subject: 'Quiz, version A',
  keywords: 'Ukraine, security guarantees',
  lang: 'en-GB',
  paper: 'a4',
  header: 'A US backstop for European peacekeepers in Ukraine',
  creationDate: new Date('2025-03-01T09:30:00Z'),
  outline: true
}

async function render(markdown: string, options: Partial<PdfOptions> = {}) {
  const bytes = await renderPdf(parseFilled(markdown), { ...OPTIONS, ...options })
  return { bytes, pdf: await readPdf(bytes) }
}

/** All text of the document, whitespace runs collapsed to single spaces. */
function flat(pages: Array<{ text: string }>): string {
  return pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ')
}

/** The 0-based page whose text contains `needle` (-1 if none). */
function pageOf(pages: Array<{ text: string }>, needle: string): number {
  return pages.findIndex((p) => p.text.replace(/\s+/g, ' ').includes(needle))
}

describe('renderPdf on the sample quiz', async () => {
  const { bytes, pdf } = await render(SAMPLE)

  it('prints the content in source order, as the HTML reads', () => {
    const text = flat(pdf.pages)
    const expected = [
      'Quiz: A US backstop for European peacekeepers in Ukraine',
      'Name:',
      'Date:',
      'Answer every question. Points are given in brackets.',
      'Part 1',
      '1. Why, according to the author, has Trump *not* offered US security guarantees? (2 points)',
      'A. Because the deal is supposed to end US involvement in Ukraine’s security',
      'B. Because Congress forbade it <script> & _x_',
      'C. Because Macron asked him not to',
      'D. None of these',
      '2. In your own words, explain the author’s thesis.',
      'Context from outside the article',
      'On 28 February 2025 Zelensky left the White House without signing the minerals deal.',
      '“Optics matter for Trump.” — ¶21',
      'item one with emphasis and code',
      'item two with a link',
      '1. first',
      '2. second',
      'Last paragraph.'
    ]
    let from = 0
    for (const piece of expected) {
      const at = text.indexOf(piece, from)
      expect(at, `"${piece}" after position ${from} in: ${text}`).toBeGreaterThanOrEqual(0)
      from = at + piece.length
    }
  })

  it('starts a new page at ::page-break', () => {
    expect(pdf.numPages).toBe(2)
    expect(pageOf(pdf.pages, 'minerals deal.')).toBe(0)
    expect(pageOf(pdf.pages, 'Optics matter for Trump')).toBe(1)
  })

  it('draws bullets as shapes, so no bullet character enters the text', () => {
    expect(flat(pdf.pages)).not.toMatch(/[•◦▪]/)
  })

  it('numbers every page "Page N of M" and repeats the running header', () => {
    pdf.pages.forEach((page, i) => {
      expect(page.lines).toContain(`Page ${i + 1} of ${pdf.numPages}`)
      expect(page.lines[0]).toBe(OPTIONS.header)
    })
  })

  it('embeds every font it uses (DejaVu Sans)', () => {
    expect(pdf.fontsEmbedded).toBe(true)
    expect(pdf.fontNames.length).toBeGreaterThan(0)
    for (const name of pdf.fontNames) expect(name).toMatch(/DejaVuSans/)
  })

  it('sets the metadata, language and creation dates', () => {
    expect(pdf.info).toMatchObject({
      Title: OPTIONS.title,
      Author: OPTIONS.author,
      Subject: OPTIONS.subject,
      Keywords: OPTIONS.keywords,
      Creator: 'classpack',
      Language: 'en-GB',
      CreationDate: 'D:20250301093000Z',
      ModDate: 'D:20250301093000Z'
    })
    expect(pdf.xmp?.['dc:title']).toBe(OPTIONS.title)
  })

  it('bookmarks the headings, nested by depth', () => {
    expect(pdf.outline).toEqual([{ title: OPTIONS.title, items: [{ title: 'Part 1', items: [] }] }])
  })

  it('adds a link annotation for the https link', () => {
    expect(pdf.pages[1]!.links).toEqual(['https://example.org/'])
  })

  it('is a tagged PDF with headings, paragraphs, lists, sections and asides', () => {
    const all = pdf.structTree.flatMap((tree) => roles(tree))
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Sect', 'Div', 'BlockQuote', 'Link']) {
      expect(all, role).toContain(role)
    }
  })

  it('gives the same bytes for the same tree and options', async () => {
    const tree = parseFilled(SAMPLE)
    const again = await renderPdf(tree, OPTIONS)
    const once = await renderPdf(tree, OPTIONS)
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
    expect(Buffer.from(once).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('renderPdf', () => {
  it('uses A4 by default and US Letter on request', async () => {
    const a4 = await render('Hello.')
    const letter = await render('Hello.', { paper: 'letter' })
    expect([a4.pdf.pages[0]!.width, a4.pdf.pages[0]!.height]).toEqual([595.28, 841.89])
    expect([letter.pdf.pages[0]!.width, letter.pdf.pages[0]!.height]).toEqual([612, 792])
  })

  it('never splits a question from its options, nor leaves a heading at the foot of a page', async () => {
    const blocks: string[] = []
    for (let q = 1; q <= 40; q++) {
      if (q % 9 === 1) blocks.push(`## Section ${Math.ceil(q / 9)}`)
      const stem = `**${q}.** Stem of question ${q}.` + ' Some more words to vary the height.'.repeat(q % 5)
      const options = ['A', 'B', 'C', 'D'].map((l) => `::option[Option ${q}${l}${' with a longer text'.repeat((q % 3) * 2)}]{letter=${l}}`)
      blocks.push(['::::question', stem, '', ':::options', ...options, ':::', '::::'].join('\n'))
    }
    const { pdf } = await render(blocks.join('\n\n'))
    expect(pdf.numPages).toBeGreaterThanOrEqual(4)
    for (let q = 1; q <= 40; q++) {
      const page = pageOf(pdf.pages, `Stem of question ${q}.`)
      expect(page, `question ${q}`).toBeGreaterThanOrEqual(0)
      for (const l of ['A', 'B', 'C', 'D']) expect(pageOf(pdf.pages, `${l}. Option ${q}${l}`), `question ${q} option ${l}`).toBe(page)
    }
    for (const page of pdf.pages) {
      const body = page.lines.slice(1, -1) // without the running header and footer
      expect(body.at(-1)).not.toMatch(/^Section \d$/)
    }
  })

  // Closing up to the last question once the usual space above does not fit; where even
  // that does not fit, a page of its own would cost every student a sheet: left out then.
  it('never gives "End of quiz" a page of its own, and keeps it wherever it fits', async () => {
    let left = 0
    let kept = 0
    for (let n = 30; n <= 46; n++) {
      const filler = Array.from({ length: n }, (_, i) => `Line ${i + 1} of the text before the end.`).join('\n\n')
      const { pdf } = await render(`${filler}\n\n::end-mark[End of quiz]\n`, { outline: false })
      const last = pdf.pages.at(-1)!.text
      expect(last, `${n} lines`).toContain(`Line ${n} of the text`)
      if (last.includes('End of quiz')) kept++
      else left++
    }
    // The lengths tried put the end both where it fits and where it does not.
    expect(kept).toBeGreaterThan(0)
    expect(left).toBeGreaterThan(0)
  })

  it('prints markup characters in text as themselves', async () => {
    const { pdf } = await render('He said "hi" & \\<script\\>alert(1)\\</script\\> to \\*all\\* \\_of\\_ us; it’s \'fine\'.')
    expect(flat(pdf.pages)).toContain('He said "hi" & <script>alert(1)</script> to *all* _of_ us; it’s \'fine\'.')
  })

  it('prints Cyrillic, Greek and accented Latin exactly', async () => {
    const { pdf } = await render('Добрый день, Seán Zoë. Καλημέρα κόσμε.\n\n::fill-in[Имя]')
    const text = flat(pdf.pages)
    expect(text).toContain('Добрый день, Seán Zoë. Καλημέρα κόσμε.')
    expect(text).toContain('Имя:')
    expect(pdf.fontsEmbedded).toBe(true)
  })

  it('wraps long paragraphs within the margins without losing words', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`)
    const { pdf } = await render(words.join(' '))
    expect(flat(pdf.pages)).toContain(words.join(' '))
    expect(Math.max(...pdf.pages[0]!.lines.map((l) => l.length))).toBeLessThan(120)
  })

  it('reads a source newline as a space and a hard break as a new line', async () => {
    const { pdf } = await render('*one*\n*two* three\\\nfour')
    expect(pdf.pages[0]!.lines.slice(1, -1)).toEqual(['one two three', 'four'])
  })

  it('breaks a word wider than a line where each line holds the longest beginning that fits', () => {
    // Latin words are broken by halving (inline.ts), other scripts letter by letter; both
    // must give what measuring every beginning gives: each line's part fits, and one more letter would not.
    const words = [
      // An address without a slash or hyphen to break after (a URL has them: see the next test).
      'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08e3b0c44298fc1c149afbf4c8996fb924',
      'AVAVAVAVAVAVAWAWAWATATATATAYAYAYLTLTLTffiffiffiffiffiffiffiffiffiffiffiffi',
      'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt',
      'ŁódźŚwiętokrzyskieØrstedÆrøçãõñüéèêëïîôœŷẞ'.repeat(3),
      'ДмитрийШостаковичЕлизаветаПетровнаВладивосток'.repeat(2),
      // Long enough for hundreds of lines: each line is still the longest beginning that fits.
      `Super${'califragilistic'.repeat(150)}`
    ]
    let broken = 0
    for (const face of ['regular', 'bold', 'mono'] as const) {
      for (const width of [23, 61, 97, 150]) {
        for (const word of words) {
          const run = { text: word, face, size: 10, color: '#000', link: null }
          const parts = breakLines([run], styles.body, width).lines.map((line) => line.map((s) => s.text).join(''))
          expect(parts.join('')).toBe(word)
          let at = 0
          for (const [i, part] of parts.entries()) {
            const letters = [...part]
            at += letters.length
            if (letters.length > 1) expect(textWidth(part, face, 10), part).toBeLessThanOrEqual(width)
            if (i < parts.length - 1) {
              expect(textWidth(part + [...word][at], face, 10), part).toBeGreaterThan(width)
              broken++
            }
          }
        }
      }
    }
    expect(broken).toBeGreaterThan(100)
  })

  it('breaks a URL wider than a line after its slashes and hyphens, as a browser does, adding no hyphen', async () => {
    // It was broken at whatever letter filled the line: "…/harlow-vale-ca|tchment-hydrological-…".
    const url = 'https://www.environment-agency-archive.example.org/reports/flood-risk/2019/harlow-vale-catchment-hydrological-reassessment-final-version-including-appendices-a-through-f.pdf'
    const { pdf } = await render(`The reassessment is still online at ${url} for anyone with a free weekend.`)
    const all = pdf.pages[0]!.lines
    const first = all.findIndex((line) => line.startsWith('https://'))
    const last = all.findIndex((line) => line.includes('.pdf'))
    const lines = all.slice(first, last + 1).map((line) => line.split(' ')[0]!)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(url)
    for (const line of lines.slice(0, -1)) expect(line, line).toMatch(/[/-]$/)
    // Each line still holds most of what fits: a break point far back is not taken.
    const width = Math.max(...lines.map((line) => textWidth(line, 'regular', styles.body.size)))
    for (const line of lines.slice(0, -1)) expect(textWidth(line, 'regular', styles.body.size)).toBeGreaterThan(width / 2)
  })

  it('keeps the space at each line break in the text, so screen readers do not run words together', () => {
    // pdf.js trims line ends, so this looks at the lines as laid out.
    const run = { text: 'alpha beta gamma', face: 'regular' as const, size: 10, color: '#000', link: null }
    const { lines } = breakLines([run], styles.body, 40)
    expect(lines.map((line) => line.map((s) => s.text).join(''))).toEqual(['alpha ', 'beta ', 'gamma'])
  })

  it('makes only http(s) and mailto links clickable, underlining all of them', async () => {
    const { pdf } = await render('[web](https://a.example/x) [mail](mailto:t@a.example) [js](javascript:alert(1)) [rel](notes.html)')
    expect(pdf.pages[0]!.links).toEqual(['https://a.example/x', 'mailto:t@a.example'])
    expect(flat(pdf.pages)).toContain('web mail js rel')
  })

  it('leaves the bookmarks out when asked to', async () => {
    const { pdf } = await render('# Title\n\n## Part', { outline: false })
    expect(pdf.outline).toEqual([])
  })

  it('escapes the title in the XMP metadata', async () => {
    const { pdf } = await render('x', { title: 'Q&A <draft> "one"' })
    expect(pdf.info.Title).toBe('Q&A <draft> "one"')
    expect(pdf.xmp?.['dc:title']).toBe('Q&A <draft> "one"')
  })

  it('throws a TypeError naming an unknown node type or directive', async () => {
    const html: Root = { type: 'root', children: [{ type: 'html', value: '<b>x</b>' }] }
    await expect(renderPdf(html, OPTIONS)).rejects.toThrow(TypeError)
    await expect(renderPdf(html, OPTIONS)).rejects.toThrow(/`html`/)
    await expect(renderPdf(parseFilled('::marquee[hi]'), OPTIONS)).rejects.toThrow(/`marquee`/)
    await expect(renderPdf(parseFilled(':::callout{kind=shout}\nx\n:::'), OPTIONS)).rejects.toThrow(/`shout`/)
  })
})

describe('a name wider than the line', () => {
  // Broken anywhere, each line's part of it must be measured as it is drawn, whole:
  // DejaVu Sans kerns "AA" apart, so letter by letter it measured narrower than drawn
  // and " · ID" after it was drawn over its last letters.
  const [pageWidth] = styles.page.sizes.a4
  const right = pageWidth - styles.page.margin.right

  /** The visible text items of page 1, line by line (top to bottom), each line left to right. */
  async function placedLines(markdown: string): Promise<PlacedText[][]> {
    const items = (await placedText(await renderPdf(parseFilled(markdown), OPTIONS), 1)).filter((item) => item.text.trim() !== '')
    const lines: PlacedText[][] = []
    for (const item of items) {
      const line = lines.find((l) => Math.abs(l[0]!.y - item.y) < 1)
      if (line === undefined) lines.push([item])
      else line.push(item)
    }
    lines.sort((a, b) => b[0]!.y - a[0]!.y)
    return lines.map((line) => line.sort((a, b) => a.x - b.x))
  }

  /** The lines of the name (those of its letters), after checking none of their pieces overlaps the next. */
  function nameLines(lines: PlacedText[][], letter: string): PlacedText[][] {
    const name = lines.filter((line) => line.some((item) => item.text.includes(letter.repeat(5))))
    expect(name.length).toBeGreaterThanOrEqual(2)
    for (const line of name) {
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1]!, line[i]!]
        expect(b.x, `"${b.text}" starts inside "${a.text}" (${a.x.toFixed(2)} + ${a.width.toFixed(2)})`).toBeGreaterThanOrEqual(a.x + a.width - 0.01)
      }
    }
    return name
  }

  it.each([80, 100, 150])('of %s letters: nothing after it overlaps it, and it stays within the margins', async (n) => {
    for (const letter of ['A', 'W']) {
      const lines = await placedLines(`**Name:** :name[${letter.repeat(n)}] · **ID:** 1`)
      const name = nameLines(lines, letter)
      for (const line of name) for (const item of line) expect(item.x + item.width).toBeLessThanOrEqual(right + 0.01)
      expect(name.at(-1)!.map((item) => item.text).join(' ')).toMatch(new RegExp(`^${letter}+ · ID: 1$`))
      expect(name.flatMap((line) => line.map((item) => item.text)).join('').replace(/[^AW]/g, '')).toBe(letter.repeat(n))
    }
  })

  it('beside the score box of a student\'s quiz: nothing after it overlaps it, and it ends before the box\'s label', async () => {
    const markdown = [
      ':::::fields{widths=3-1}',
      '::::keep',
      `**Name:** :name[${'A'.repeat(80)}] · **ID:** 1`,
      '',
      ':::fields',
      '::fill-in[Class]',
      '::fill-in[Date]',
      ':::',
      '::::',
      '::score-box[Score]{total=2 }',
      ':::::'
    ].join('\n')
    const lines = await placedLines(markdown)
    const score = lines.flat().find((item) => item.text.startsWith('Score'))!
    const name = nameLines(lines, 'A')
    for (const line of name) for (const item of line) expect(item.x + item.width).toBeLessThan(score.x)
    expect(name.at(-1)!.map((item) => item.text).join(' ')).toMatch(/^A+ · ID: 1$/)
  })
})

describe('missingGlyphs', () => {
  it('reports the characters no bundled face can draw, once each', () => {
    // 你好 has a fallback face (Noto Sans SC); an emoji and Linear B have none.
    expect(missingGlyphs('Seán 你好 🙂 𐀀 🙂')).toEqual(['🙂', '𐀀'])
    expect(missingGlyphs('Добрый день, Zoë')).toEqual([])
  })
})
