// The HTML pages in a real browser (Chromium, through playwright-core): axe-core finds
// nothing to fix in the quiz, the key and the discussion pages; printed, every page has
// the running header and "Page N of M" in its margins, a question never starts on one
// page and goes on on the next, and the answer marks are circles and boxes.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, ROOT, demoCopy, tempDir } from './helpers/fixtures.js'
import { build } from './helpers/pack.js'
import { parseFilled } from '../src/render/markdown.js'
import { renderHtmlBody } from '../src/render/html.js'
import { placedText, readPdfText } from './helpers/pdf.js'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

let browser: Browser
let pack: string
let student: string

beforeAll(async () => {
  const roster = join(tempDir(), 'roster.csv')
  writeFileSync(roster, 'name,id\n"O\'Brien, Seán",S1\n')
  pack = await build({ dir: DEMO, versions: 2, roster, formats: ['html'] })
  student = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')).students[0].file
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] })
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

/** `file` of the pack open in a fresh page; the pages' Content-Security-Policy allows no scripts, so axe needs it bypassed. */
async function open(file: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true })
  const page = await context.newPage()
  await page.goto(pathToFileURL(join(pack, file)).href)
  return page
}

// What runs in the page is written as source text: the tests are compiled without the DOM's types.

/** axe-core's violations on `page` (axe loaded), each as its rule and the elements it names. */
function violations(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`axe.run(document).then((result) => result.violations.map((v) => v.id + ': ' + JSON.stringify(v.nodes.map((n) => n.target))))`)
}

describe('axe-core', () => {
  it.each(['quiz-A.html', 'answer-key-B.html', 'discussion.html', 'discussion-facilitator.html'])('finds no violation in %s', async (file) => {
    const page = await open(file)
    await page.addScriptTag({ content: AXE })
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it("finds no violation in a student's quiz", async () => {
    const page = await open(student.replace(/\.pdf$/, '.html'))
    await page.addScriptTag({ content: AXE })
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })
})

describe('printed from the browser', () => {
  /** The page printed to PDF by Chromium, read back with pdf.js. */
  async function printed(file: string) {
    const page = await open(file)
    const bytes = await page.pdf({ format: 'A4' })
    await page.context().close()
    return readPdfText(new Uint8Array(bytes))
  }

  it('says on every page what it is, and numbers the pages', async () => {
    // The top margin: the document at the left (on up to two lines), who or whose at the right.
    const top = (page: { lines: string[] }): string => page.lines.slice(0, 2).join(' ')
    const quiz = await printed('quiz-B.html')
    expect(quiz.numPages).toBeGreaterThan(1)
    quiz.pages.forEach((page, i) => {
      expect(top(page)).toMatch(/^Quiz: A US backstop.*Version B/)
      expect(page.lines.at(-1)!.trim()).toBe(`Page ${i + 1} of ${quiz.numPages}`)
    })
    const key = await printed('answer-key-A.html')
    expect(key.numPages).toBeGreaterThan(1)
    for (const page of key.pages) expect(top(page)).toMatch(/Answer key — teacher edition · Version A/)
    const own = await printed(student.replace(/\.pdf$/, '.html'))
    for (const page of own.pages) expect(top(page)).toContain("O'Brien, Seán · Version")
  })

  it('never starts a question on one page and goes on with it on the next', async () => {
    for (const file of ['quiz-A.html', 'quiz-B.html']) {
      const quiz = await printed(file)
      // After the first page, each page's first line below the header begins a question (or is the end).
      for (const page of quiz.pages.slice(1)) expect(page.lines[1]).toMatch(/^(\d+\. |End of quiz$)/)
    }
  })

  it("keeps each claim of the handout with its lines to fill in, on one page", async () => {
    const handout = await printed('handout.html')
    const lines = handout.pages.flatMap((page, p) => page.lines.map((text) => ({ text, p })))
    const heads = lines.filter((l) => /^C\d+ · ¶\d+$/.test(l.text))
    expect(heads.length).toBeGreaterThan(20)
    for (const head of heads) {
      const at = lines.indexOf(head)
      const last = lines.findIndex((l, i) => i > at && l.text.startsWith('Evidence in the text:'))
      for (const line of lines.slice(at, last + 1)) expect(line.p, `${head.text}: ${line.text}`).toBe(head.p)
    }
  })

  it("leaves no page of the facilitator's edition nearly empty", async () => {
    // Its questions, kept whole in the PDF where they fit, are mostly taller than a printed
    // page here: kept whole, each went to a fresh page and broke there anyway.
    const edition = await printed('discussion-facilitator.html')
    const fullest = Math.max(...edition.pages.map((page) => page.lines.length))
    edition.pages.slice(0, -1).forEach((page, i) => expect(page.lines.length, `page ${i + 1}`).toBeGreaterThan(fullest * 0.6))
  })

  it('draws circles for one answer and boxes for every answer that applies', async () => {
    const page = await open('quiz-A.html')
    const shapes = await page.evaluate<Array<{ kind: string; round: string; border: string; shown: boolean }>>(`
      [...document.querySelectorAll('ol.options')].map((ol) => {
        const style = getComputedStyle(ol.querySelector('.mark'))
        return { kind: ol.className, round: style.borderTopLeftRadius, border: style.borderTopWidth, shown: style.display !== 'none' }
      })`)
    expect(shapes.length).toBeGreaterThan(0)
    for (const shape of shapes) {
      expect(shape.shown).toBe(true)
      expect(shape.border).not.toBe('0px')
      expect(shape.round === '50%').toBe(shape.kind.includes('mark-circle'))
    }
    expect(new Set(shapes.map((s) => s.kind))).toEqual(new Set(['options mark-circle', 'options mark-box']))
    await page.context().close()
  })
})

/** Markdown through the HTML backend into a page with the pack's style sheet, printed by Chromium on A4: each page's lines. */
async function printMarkdown(markdown: string): Promise<string[][]> {
  const css = readFileSync(join(ROOT, 'templates/style.css'), 'utf8')
  const page = await (await browser.newContext()).newPage()
  await page.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><main>${renderHtmlBody(parseFilled(markdown))}</main></body></html>`)
  const bytes = new Uint8Array(await page.pdf({ format: 'A4' }))
  await page.context().close()
  return (await readPdfText(bytes)).pages.map((p) => p.lines)
}

/** `n` one-line paragraphs that push what follows down the page. */
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Filler ${i}.`).join('\n\n')

describe('breaks printed from the browser, wherever the page ends', () => {
  // Each sweep moves the block down a page's worth of filler, so some break falls at the bad
  // spot. The steps are printed as one document, each from the top of a page of its own
  // (one print instead of 21: a tenth of the time), and each step is checked on its pages.
  const sweep = async (markdown: string, check: (pages: string[][], n: number) => void): Promise<void> => {
    const steps = Array.from({ length: 21 }, (_, i) => 20 + i)
    const pages = await printMarkdown(steps.map((n) => `${filler(n)}\n\n${markdown}`).join('\n\n::page-break\n\n'))
    const starts = pages.flatMap((lines, at) => (lines[0] === filler(1) ? [at] : []))
    expect(starts).toHaveLength(steps.length)
    steps.forEach((n, i) => check(pages.slice(starts[i], starts[i + 1]), n))
  }
  const pageOf = (pages: string[][], start: string): number => pages.findIndex((lines) => lines.some((l) => l.startsWith(start)))

  it('keep a heading and the note that opens its section with the first of what follows', async () => {
    // The handout's dated context: heading, "Supplied by the teacher" note, then the notes.
    const notes = Array.from({ length: 4 }, (_, i) => `- **C${i + 1} (¶${i + 1}), as of 4 March 2025:** ${'A dated note on what happened after the article was written. '.repeat(3)}`).join('\n')
    let moved = 0
    await sweep(`## Context from outside the article\n\n:::callout[Supplied by the teacher, not by the article]{kind=context}\nThese notes add facts the article does not give.\n:::\n\n${notes}`, (pages, n) => {
      const head = pageOf(pages, 'Context from outside')
      expect(pageOf(pages, 'Supplied by the teacher'), `after ${n} fillers`).toBe(head)
      expect(pageOf(pages, 'C1 (¶1)'), `after ${n} fillers`).toBe(head)
      if (head > 0 && pages[head]![0]!.startsWith('Context from outside')) moved++
    })
    // The sweep does take the heading over to the next page (else it tests nothing).
    expect(moved).toBeGreaterThanOrEqual(1)
  }, 60_000)
})

describe('a title too long for the top margin, printed from the browser', () => {
  it('is cut after a whole word, not inside a long one after a short start', async () => {
    // The header keeps 120 letters: a cut at the last space before them, not at the 119th letter inside the compound.
    // (The title ends in the demo's words that a discussion question quotes.)
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsleiterinnenversammlungsprotokoll'
    const dir = demoCopy({ 'article.md': (text) => text.replace(/^title: .*$/m, `title: "Why the ${word} matters: it could be packaged as protection of US citizens"`) })
    const html = readFileSync(join(await build({ dir, formats: ['html'] }), 'handout.html'), 'utf8')
    expect(html).toContain('@top-left { content: "Seminar handout: Why the…"')
  }, 60_000)

  it('stays clear of the body on every page, on at most three lines', async () => {
    // 250 letters: four lines of the header beside a long name, three without, bottom-aligned
    // in the margin, and once touching the body's first line.
    const long = 'A US backstop for European peacekeepers in Ukraine could be packaged as protection of US citizens, US business interests and the critical minerals that Washington hopes to secure through a deal with Kyiv, and why Trump thinks guarantees are unnecessary'
    const dir = demoCopy({ 'article.md': (text) => text.replace(/^title: .*$/m, `title: "${long}"`) })
    writeFileSync(join(dir, 'class.csv'), 'name,id\nAlexandra Konstantinopoulou-Wetherington,S2\n')
    const pack = await build({ dir, formats: ['html'], roster: join(dir, 'class.csv') })
    const student = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')).students[0].file.replace(/\.pdf$/, '.html')
    for (const file of ['handout.html', student]) {
      const page = await (await browser.newContext()).newPage()
      await page.goto(pathToFileURL(join(pack, file)).href)
      const bytes = new Uint8Array(await page.pdf({ format: 'A4' }))
      await page.context().close()
      const { numPages } = await readPdfText(bytes)
      for (let n = 1; n <= numPages; n++) {
        const items = await placedText(bytes, n)
        // The header's 8 pt text in the top margin (2 cm: 57 pt), the body's larger text below it.
        const header = items.filter((i) => i.y > 842 - 57 && i.size < 8.5)
        const body = items.filter((i) => i.size > 8.5)
        expect(header.length, `${file} page ${n}`).toBeGreaterThan(0)
        expect(new Set(header.map((i) => Math.round(i.y))).size, `${file} page ${n}`).toBeLessThanOrEqual(3)
        // DejaVu Sans reaches 0.24 em below its baseline and 0.93 em above: at least 6 pt (2 mm) between.
        const low = Math.min(...header.map((i) => i.y - 0.24 * i.size))
        const high = Math.max(...body.map((i) => i.y + 0.93 * i.size))
        expect(low - high, `${file} page ${n}`).toBeGreaterThanOrEqual(6)
      }
    }
    // The title is cut at a word, with an ellipsis; the page's own header keeps it whole.
    const html = readFileSync(join(pack, 'handout.html'), 'utf8')
    expect(html).toMatch(/@top-left \{ content: "Seminar handout: A US backstop [^"]*\w…"/)
    expect(html).toContain(`<span class="doc">Seminar handout: ${long}</span>`)
  }, 120_000)
})

describe('on a phone (390 pixels wide)', () => {
  // A points table of many columns scrolls in its own box; an address in a source breaks; a
  // map scrolls in its part: nothing makes the page itself wider than the screen.
  it.each(['quiz-A.html', 'handout.html', 'handout-teacher.html', 'answer-key-A.html'])('%s is no wider than the screen', async (file) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(pack, file)).href)
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390)
    await context.close()
  })
})

describe('the argument map on screen', () => {
  it('is drawn at its own size when small, not enlarged to the width a large one keeps', async () => {
    // The library op-ed with a single relation: a map of two boxes, about 140 pt wide.
    const dir = join(tempDir('classpack-small-map-'), 'library')
    cpSync(join(ROOT, 'tests/fixtures/lint/clean'), dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    writeFileSync(join(dir, 'claims.yaml'), claims.replace('    themes: [closure]\n  - id: children-fall-behind', '    themes: [closure]\n    relations:\n      supports: [children-fall-behind]\n  - id: children-fall-behind'))
    const small = await build({ dir, formats: ['html'] })
    const page = await (await browser.newContext({ viewport: { width: 1000, height: 800 } })).newPage()
    await page.goto(pathToFileURL(join(small, 'handout-teacher.html')).href)
    const [svg] = await page.evaluate<Array<{ drawn: number; own: number }>>(`
      [...document.querySelectorAll('.map-part svg')].map((svg) => ({ drawn: svg.getBoundingClientRect().width, own: Number(svg.getAttribute('width')) }))`)
    expect(svg!.own).toBeLessThan(16 * 34)
    expect(Math.abs(svg!.drawn - svg!.own)).toBeLessThan(1)
    await page.context().close()
  })
})

describe('a name too long for the line, printed from the browser', () => {
  it('is shortened in the page header, leaving the document its room, and breaks inside the margins in the Name line', async () => {
    const dir = join(tempDir('classpack-long-name-'), 'library')
    cpSync(join(ROOT, 'tests/fixtures/lint/clean'), dir, { recursive: true })
    const name = 'Pneumonoultramicroscopicsilicovolcanoconiosisandevenlongerwithoutanyspacesatallwhatsoever'
    writeFileSync(join(dir, 'class.csv'), `name,id\n${name},L1\n`)
    const pack = await build({ dir, formats: ['html'], roster: join(dir, 'class.csv') })
    const file = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')).students[0].file.replace(/\.pdf$/, '.html')
    const page = await (await browser.newContext()).newPage()
    await page.goto(pathToFileURL(join(pack, file)).href)
    const printed = await readPdfText(new Uint8Array(await page.pdf({ format: 'A4' })))
    await page.context().close()
    for (const p of printed.pages) {
      // The header: the document's title on at most two lines, the name shortened beside it.
      const header = p.lines.slice(0, 2).join(' ')
      expect(header).toMatch(/^Quiz: A town weighs closing its library/)
      expect(header).toContain('Pneumonoultramicroscopic')
      expect(header).toContain('…')
    }
    // The Name line holds the whole name, broken between letters where it must be.
    expect(printed.pages[0]!.lines.join('')).toContain(name)
  })
})

describe('a matching item printed from the browser', () => {
  it('gives long premises beside short responses the wider column, as the PDF does', async () => {
    // A fixed 2 : 3 set "Gordon Ashby-Featherstonehaugh, the Environment Agency's regional
    // director…" five words a line down a narrow column beside responses of a line or two.
    const premises = [
      'Gordon Ashby-Featherstonehaugh, the Environment Agency’s regional director in 2010, whose letter is in the council’s archive',
      'Alan Pemberton-Whitlock, a retired teacher and the residents’ representative on the barrier board set up after the inquiry',
      'The council’s officers, who raised the scoring system in writing in memos between 2014 and 2017'
    ]
    const responses = ['Wrote that the scheme should proceed.', 'Expects to see it discussed forever.', 'Called the scoring system reckless.']
    const markdown = [':::match', ...premises.map((p, i) => `::premise[${p}]{n=${i + 1}}`), ...responses.map((r, i) => `::response[${r}]{letter=${'ABC'[i]}}`), ':::'].join('\n')
    const css = readFileSync(join(ROOT, 'templates/style.css'), 'utf8')
    const page = await (await browser.newContext()).newPage()
    await page.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body><main>${renderHtmlBody(parseFilled(markdown))}</main></body></html>`)
    const bytes = new Uint8Array(await page.pdf({ format: 'A4' }))
    await page.context().close()
    const placed = await placedText(bytes, 1)
    const at = (start: string): number => placed.find((p) => p.text.startsWith(start))!.x
    // The text runs from the premises' number to the end of the widest line.
    const left = at('1.')
    const right = Math.max(...placed.map((p) => p.x + p.width))
    // The premises hold three quarters of the letters: their column takes the most the PDF gives it (60%).
    expect((at('Wrote') - left) / (right - left)).toBeGreaterThan(0.6)
  }, 120_000)
})

describe('matching and ordering items on screen', () => {
  it('hang every line of a premise, response or step under its first, so a long word is never pushed below the box', async () => {
    // The first line holds the number, box or letter and a space before the text; the
    // hanging indent must leave at least that much, or a word as wide as the later lines
    // ("Landesnahverkehrsgesellschaft") drops under the box and those lines stand left of the first.
    const close = await build({ dir: DEMO, set: 'close-reading', formats: ['html'] })
    const context = await browser.newContext({ viewport: { width: 820, height: 1200 } })
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(close, 'quiz.html')).href)
    const lefts = await page.evaluate<number[][]>(`[...document.querySelectorAll('ol.premises li, ol.responses li, ol.sequence li')].map((li) => {
      // The text after the space that follows the number, box or letter.
      const space = [...li.childNodes].find((n) => n.nodeType === 3 && n.textContent.startsWith(' '))
      const range = document.createRange()
      range.setStart(space, 1)
      range.setEndAfter(li.lastChild)
      const lines = []
      for (const r of range.getClientRects()) {
        if (r.width < 0.5) continue
        const line = lines.find((l) => Math.abs(l.top - r.top) < 2)
        if (line) line.left = Math.min(line.left, r.left)
        else lines.push({ top: r.top, left: r.left })
      }
      return lines.map((l) => l.left)
    })`)
    await context.close()
    const wrapped = lefts.filter((l) => l.length > 1)
    expect(wrapped.length).toBeGreaterThan(0)
    for (const [first, ...rest] of wrapped) for (const left of rest) expect(left).toBeGreaterThanOrEqual(first! - 0.5)
  }, 120_000)
})
