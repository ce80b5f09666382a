// How the PDF backend breaks pages, read back with pdf.js: a paragraph never leaves one
// line alone on a page, a question never starts on one page and goes on on the next (its
// heading's space above included), a heading never ends a page, tables keep their rows
// and repeat their head, the drawn text keeps the space at every line end, and a
// document whose last page would hold a line or two is set tighter to save the page.
import { describe, expect, it } from 'vitest'
import { parseFilled } from '../src/render/markdown.js'
import { countPages, renderPdf, type PdfOptions } from '../src/render/pdf/document.js'
import { readDrawing, readPdf, readPdfText, roles } from './helpers/pdf.js'

const OPTIONS: PdfOptions = {
  title: 'Pagination',
  author: 'A',
  subject: 'S',
  lang: 'en-GB',
  paper: 'a4',
  header: 'Pagination',
  creationDate: new Date('2026-01-02T03:04:05Z'),
  outline: true
}

/** `n` one-line paragraphs that push what follows down the page. */
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Filler ${i}.`).join('\n\n')

/** A paragraph of `words` numbered words, so each of its lines can be found. */
function paragraph(tag: string, words: number): string {
  return Array.from({ length: words }, (_, i) => `${tag}${i}`).join(' ')
}

/** Each page's body lines (without the running header and the footer). */
async function bodies(markdown: string, options: Partial<PdfOptions> = {}): Promise<string[][]> {
  const pdf = await readPdfText(await renderPdf(parseFilled(markdown), { ...OPTIONS, ...options }))
  return pdf.pages.map((p) => p.lines.slice(1, -1))
}

describe('paragraphs across a page break', () => {
  it('never leave their first line alone at the foot of a page, nor their last at the head of the next', async () => {
    // Wherever the break falls in a 3-, 4- or 6-line paragraph, each page holds none or at least two of its lines.
    const sizes = { a: 55, b: 75, c: 115 }
    let crossed = 0
    for (const [tag, words] of Object.entries(sizes)) {
      for (let n = 26; n <= 31; n++) {
        const pages = await bodies(`${filler(n)}\n\n${paragraph(tag, words)}\n\n${filler(3)}`)
        const counts = pages.map((lines) => lines.filter((l) => new RegExp(`\\b${tag}\\d`).test(l)).length).filter((c) => c > 0)
        for (const count of counts) expect(count, `${tag} after ${n} fillers: ${counts}`).toBeGreaterThanOrEqual(2)
        expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3)
        if (counts.length > 1) crossed++
      }
    }
    // The sweep does put paragraphs across breaks (else it tests nothing).
    expect(crossed).toBeGreaterThanOrEqual(3)
  })

  it('keep every word, in order, when they move', async () => {
    const words = paragraph('w', 60)
    const pages = await bodies(`${filler(30)}\n\n${words}`)
    expect(pages.flat().join(' ')).toContain(words)
  })
})

describe('questions', () => {
  // A discussion question: its heading has space above it, which the check of whether
  // the question fits must count (it once did not, and the question split).
  const question = (n: number): string =>
    [`::::question{#q${n} }`, `## ${n}. A question that asks something long enough to wrap onto a second line of the heading`, '', '- follow-up one', '- follow-up two', '- follow-up three', '', '*Look back at ¶3.*', '::::'].join('\n')

  it('never start on one page and go on on the next, wherever they fall', async () => {
    for (let n = 22; n <= 34; n++) {
      const pages = await bodies(`${filler(n)}\n\n${question(1)}\n\n${question(2)}`)
      // Every line with its page, in reading order: a question's last line is on the page of its first.
      const lines = pages.flatMap((page, p) => page.map((text) => ({ text, p })))
      for (const q of [1, 2]) {
        const start = lines.findIndex((l) => l.text.startsWith(`${q}. A question`))
        const end = lines.findIndex((l, i) => i > start && l.text === 'Look back at ¶3.')
        expect(start, `question ${q} after ${n} fillers`).toBeGreaterThanOrEqual(0)
        expect(lines[end]?.p, `question ${q} after ${n} fillers`).toBe(lines[start]!.p)
      }
    }
  })

  it('bookmark their navigation label, which is not printed', async () => {
    const bytes = await renderPdf(parseFilled('# Quiz\n\n::::question{#a }\n::nav-label[Question 1]\n\n**1.** Stem?\n::::\n'), OPTIONS)
    const pdf = await readPdf(bytes)
    expect(pdf.outline).toEqual([{ title: 'Quiz', items: [{ title: 'Question 1', items: [] }] }])
    expect(pdf.pages[0]!.text).not.toContain('Question 1')
  })
})

describe('headings', () => {
  it('never end a page, whatever comes after them', async () => {
    for (let n = 28; n <= 34; n++) {
      const pages = await bodies(`${filler(n)}\n\n## A heading\n\n${paragraph('p', 50)}\n\n### Another\n\n- one\n- two`)
      for (const lines of pages.slice(0, -1)) expect(lines.at(-1), `after ${n} fillers`).not.toMatch(/^(A heading|Another)$/)
    }
  })

  // A heading with a sub-heading right below it once ended a page: it was kept with the
  // sub-heading alone, which then went over to stay with its own text.
  it.each([
    ['a sub-heading', ['The argument: key claims', 'C1 · ¶3'], '## The argument: key claims\n\n### C1 · ¶3'],
    ['two sub-headings', ['Part one', 'The argument', 'C1 · ¶3'], '## Part one\n\n### The argument\n\n#### C1 · ¶3'],
    ['a run kept together', ['Answers', '1. Why?', 'Answer: B'], '## Answers\n\n::::keep\n### 1. Why?\n\nAnswer: B\n::::'],
    // The handout's dated context: its heading and the note that opens the section once
    // ended a page, the dated notes themselves on the next.
    ['a note that opens the section', ['Context from outside the article', 'Supplied by the teacher', 'These notes add facts.'], '## Context from outside the article\n\n:::callout[Supplied by the teacher]{kind=context}\nThese notes add facts.\n:::']
  ])('above %s move with it and the first lines of what follows, wherever the page ends', async (_, heads, markdown) => {
    let moved = 0
    for (let n = 20; n <= 40; n++) {
      const pages = await bodies(`${filler(n)}\n\n${markdown}\n\n${paragraph('p', 80)}\n\n${filler(3)}`)
      const pageOf = (line: string): number => pages.findIndex((lines) => lines.includes(line))
      const first = pageOf(heads[0]!)
      for (const head of heads) expect(pageOf(head), `"${head}" after ${n} fillers`).toBe(first)
      // What they keep with starts on their page: two lines of it at least (never one alone).
      expect(pages[first]!.filter((line) => /^p\d/.test(line)).length, `after ${n} fillers`).toBeGreaterThanOrEqual(2)
      for (const lines of pages.slice(0, -1)) expect(heads, `after ${n} fillers`).not.toContain(lines.at(-1))
      if (first > 0 && pages[first]![0] === heads[0]) moved++
    }
    // The sweep does take the headings over to the next page (else it tests nothing).
    expect(moved).toBeGreaterThanOrEqual(1)
  })

  // The handout's "The argument: key claims" and its one-paragraph intro once ended a page,
  // C1 (a run kept whole) starting the next: the three move together.
  it('a heading, its introducing paragraph and the run kept whole below them share a page, wherever it ends', async () => {
    const claim = `:::keep{next=free}\n### C1 · ¶3\n\n${paragraph('q', 50)}\n\nKind of claim: ____\n\nAsserted by: ____\n:::`
    let moved = 0
    for (let n = 20; n <= 44; n++) {
      const pages = await bodies(`${filler(n)}\n\n## The argument: key claims\n\nFor each claim, fill in the blanks.\n\n${claim}\n\n${filler(3)}`)
      const pageOf = (line: string): number => pages.findIndex((lines) => lines.some((l) => l.startsWith(line)))
      const head = pageOf('The argument: key claims')
      expect([pageOf('For each claim'), pageOf('C1 · ¶3'), pageOf('Asserted by')], `after ${n} fillers`).toEqual([head, head, head])
      if (head > 0 && pages[head]![0] === 'The argument: key claims') moved++
    }
    expect(moved).toBeGreaterThanOrEqual(1)
  })

  // A whole answer key entry (or facilitator's question) is kept on a page, but is free of
  // the next: kept with it, each entry would pull the whole next one onto its page.
  it('a run kept whole and free of what follows stays on one page, and is not pulled over by the next', async () => {
    const entry = (n: number): string => `::::keep{next=free}\n:::keep\n## Question ${n}\n\n${paragraph(`s${n}x`, 40)}\n:::\n\n${paragraph(`o${n}x`, 60)}\n\n### Tests ${n}\n\n- C${n} (¶${n}): the claim\n::::`
    let apart = 0
    for (let n = 14; n <= 40; n++) {
      const pages = await bodies(`${filler(n)}\n\n${entry(1)}\n\n${entry(2)}\n\n${filler(3)}`)
      const pageOf = (line: string): number => pages.findIndex((lines) => lines.some((l) => l.startsWith(line)))
      for (const q of [1, 2]) expect(pageOf(`C${q} (¶${q})`), `entry ${q} after ${n} fillers`).toBe(pageOf(`Question ${q}`))
      // The first entry stays below the fillers while it fits there, the second going over alone.
      if (pageOf('Question 1') === pageOf(`Filler ${n - 1}.`) && pageOf('Question 2') > pageOf('Question 1')) apart++
    }
    expect(apart).toBeGreaterThanOrEqual(3)
  })

  // A facilitator's question kept whole once left the first page all but empty below the intro.
  it('a run marked leave=half breaks below the cursor rather than leave over half a page empty, and moves whole otherwise', async () => {
    const entry = `::::keep{next=free leave=half}\n:::keep\n## Question 1\n\nAnswer: B\n:::\n\n${paragraph('o', 550)}\n\n### Tests\n\n- C1 (¶1): the claim\n::::`
    const runs = []
    for (let n = 4; n <= 44; n += 4) {
      const pdf = await readPdfText(await renderPdf(parseFilled(`${filler(n)}\n\n${entry}\n\n${filler(3)}`), OPTIONS))
      // Body lines (not the running header or footer) with their page and baseline (from the foot up).
      const lines = pdf.pages.flatMap((page, p) => page.lines.map((text, i) => ({ text, p, y: page.baselines[i]! })).slice(1, -1))
      const find = (start: string) => lines.find((l) => l.text.startsWith(start))!
      runs.push({ n, lines, last: find(`Filler ${n - 1}.`), head: find('Question 1'), answer: find('Answer: B'), tests: find('Tests') })
    }
    const all = runs.flatMap((r) => r.lines.map((l) => l.y))
    const half = (Math.max(...all) + Math.min(...all)) / 2
    const outcomes = new Set<string>()
    for (const { n, last, head, answer, tests } of runs) {
      // Fillers down past the middle of the page: it moves whole; else it starts right below them.
      const low = last.y < half
      // (Within a line of the middle, where the line's own height decides, either will do.)
      if (Math.abs(last.y - half) > 14) expect(head.p, `after ${n} fillers`).toBe(low ? last.p + 1 : last.p)
      expect(answer.p, `after ${n} fillers`).toBe(head.p)
      outcomes.add(low ? 'moved' : tests.p > head.p ? 'split' : 'whole')
    }
    // The sweep sees both (else it tests nothing).
    expect([...outcomes]).toEqual(expect.arrayContaining(['moved', 'split']))
  })

  it('will not take a run that says leave= anything but half', async () => {
    await expect(renderPdf(parseFilled(':::keep{next=free leave=all}\nText.\n:::'), OPTIONS)).rejects.toThrow('Unexpected `leave=all` on `keep`, expected `half` or none')
  })

  it('will not take a run kept whole that says anything but next=free', async () => {
    await expect(renderPdf(parseFilled(':::keep{next=never}\nText.\n:::'), OPTIONS)).rejects.toThrow('Unexpected `next=never` on `keep`, expected `free` or none')
  })

  it('in a run taller than a page are all set, in order, each kept with the next, the last with what follows', async () => {
    const heads = Array.from({ length: 70 }, (_, i) => `Heading ${i + 1}`)
    const pages = await bodies(`${filler(10)}\n\n${heads.map((h) => `### ${h}`).join('\n\n')}\n\n${paragraph('p', 80)}`)
    expect(pages.flat().filter((line) => line.startsWith('Heading'))).toEqual(heads)
    // The run must break somewhere: it starts below the fillers rather than leave the rest of their page empty.
    expect(pages[0]).toContain('Heading 1')
    const last = pages.findIndex((lines) => lines.includes('Heading 70'))
    expect(pages[last]!.filter((line) => /^p\d/.test(line)).length).toBeGreaterThanOrEqual(2)
    for (const lines of pages.slice(0, -1)) expect(lines.at(-1)).not.toBe('Heading 70')
  })

  it('are tagged H1, H2, H3 in the structure tree', async () => {
    const pdf = await readPdf(await renderPdf(parseFilled('# One\n\n## Two\n\n### Three\n\nText.'), OPTIONS))
    expect(roles(pdf.structTree[0])).toEqual(expect.arrayContaining(['H1', 'H2', 'H3']))
  })
})

describe('tables', () => {
  const table = (rows: number): string =>
    [':::table{head=both blanks=write}', '- - Question', '  - Answer', ...Array.from({ length: rows }, (_, i) => `- - Row ${i + 1}\n  - `), ':::'].join('\n')

  it('are tagged Table, TR, TH and TD, with the text of every cell', async () => {
    const pdf = await readPdf(await renderPdf(parseFilled(table(3)), OPTIONS))
    expect(roles(pdf.structTree[0])).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD']))
    expect(pdf.pages[0]!.lines).toEqual(expect.arrayContaining(['Question Answer', 'Row 1', 'Row 3']))
  })

  it('break between rows only, and repeat their head on the next page', async () => {
    const pages = await bodies(table(60))
    expect(pages.length).toBeGreaterThan(1)
    for (const lines of pages) expect(lines[0]).toBe('Question Answer')
    expect(pages.flat().filter((l) => /^Row \d+$/.test(l))).toEqual(Array.from({ length: 60 }, (_, i) => `Row ${i + 1}`))
  })
})

describe('the drawn text', () => {
  it('keeps the space at every line end, so copied text and screen readers do not run words together', async () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ')
    const [page] = await readDrawing(await renderPdf(parseFilled(words), OPTIONS))
    // pdf.js's text extraction drops a line's last space; the glyphs drawn keep it.
    expect(page!.glyphs).toContain(words)
  })
})

describe('line breaks', () => {
  // German typesetting keeps a number with its unit and a date together; "rund 53" ended a
  // line and "% der Befragten" began the next, "3." one and "März 2025" the next.
  it('never part a number from its unit or sign, nor a date, wherever the line ends', async () => {
    const kept = [['53', '%'], ['12', '€'], ['1,5', 'km'], ['10', 'Uhr'], ['3.', 'März'], ['März', '2025'], ['14', 'March']]
    const parted: string[] = []
    let reached = 0
    for (let n = 0; n < 24; n++) {
      const lead = Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
      const text = kept.map(([a, b]) => `${lead} rund ${a} ${b} der Befragten ${lead}`).join(' ')
      const pages = await bodies(text)
      const lines = pages.flat()
      for (let i = 0; i + 1 < lines.length; i++) {
        for (const [a, b] of kept) {
          if (lines[i]!.endsWith(` ${a}`) && lines[i + 1]!.startsWith(`${b} `)) parted.push(`${a} | ${b} (${n})`)
          if (lines[i]!.endsWith(`${a} ${b}`) || lines[i + 1]!.startsWith(`${a} ${b}`)) reached++
        }
      }
    }
    expect(parted).toEqual([])
    // The sweep brings the pairs to the ends and starts of lines (else it tests nothing).
    expect(reached).toBeGreaterThan(5)
  })
})

describe('answer marks', () => {
  it('are circles for one answer and boxes for every answer that applies, drawn beside the letters', async () => {
    const options = (mark: string) => `:::options{mark=${mark}}\n::option[One]{letter=A}\n::option[Two]{letter=B}\n::option[Three]{letter=C}\n:::`
    const marks = async (mark: string) => {
      const [page] = await readDrawing(await renderPdf(parseFilled(options(mark)), { ...OPTIONS, header: '' }))
      // The marks are the small paths (about the size of a capital letter) at the options' left.
      return page!.paths.filter((p) => p.width > 5 && p.width < 12 && p.height > 5 && p.height < 12)
    }
    const circles = await marks('circle')
    const boxes = await marks('box')
    expect(circles).toHaveLength(3)
    expect(boxes).toHaveLength(3)
    expect(circles.every((p) => p.curves)).toBe(true)
    expect(boxes.every((p) => !p.curves)).toBe(true)
  })
})

describe('a nearly empty last page', () => {
  /** The fewest one-line paragraphs that run on to a second page, and the pages they take. */
  async function runOver(head = ''): Promise<{ markdown: string; pages: string[][] }> {
    for (let n = 20; n < 60; n++) {
      const markdown = `${head}${filler(n)}\n\nThe closing line.`
      const pages = await bodies(markdown)
      if (pages.length === 2) return { markdown, pages }
    }
    throw new Error('no run-over found')
  }

  it('is saved by tighter space between blocks, every line kept in order, and counted as drawn', async () => {
    const { markdown, pages } = await runOver()
    expect(pages[1]!.length).toBeLessThanOrEqual(2)
    const saved = await bodies(markdown, { saveLastPage: true })
    expect(saved).toHaveLength(1)
    expect(saved.flat()).toEqual(pages.flat())
    expect(countPages(parseFilled(markdown), { ...OPTIONS, saveLastPage: true })).toBe(1)
    expect(countPages(parseFilled(markdown), OPTIONS)).toBe(2)
    // The same document twice is the same bytes.
    const twice = await Promise.all([1, 2].map(() => renderPdf(parseFilled(markdown), { ...OPTIONS, saveLastPage: true })))
    expect(Buffer.from(twice[0]!).equals(Buffer.from(twice[1]!))).toBe(true)
  })

  it('is left alone where the last page holds more, or the document has places to write', async () => {
    const { markdown } = await runOver()
    // A third of a page more: worth its page.
    const fuller = `${markdown}\n\n${filler(10)}`
    const plain = await renderPdf(parseFilled(fuller), OPTIONS)
    expect(Buffer.from(await renderPdf(parseFilled(fuller), { ...OPTIONS, saveLastPage: true })).equals(Buffer.from(plain))).toBe(true)
    // A worksheet keeps the room to write in, whatever its last page holds.
    const worksheet = await runOver('::fill-in[Your answer]\n\n')
    expect(worksheet.pages[1]!.length).toBeLessThanOrEqual(2)
    expect(await bodies(worksheet.markdown, { saveLastPage: true })).toHaveLength(2)
  })
})
