// The demo pack with the whole question bank, read back as a reader sees it: its files,
// manifest, links, the PDF text against the HTML, fonts, metadata, headings, the key.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { DEMO, demoCopy, TINY } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build, cliBuild, packFiles, sharedPack, squash } from './helpers/pack.js'
import { readPdf, readPdfText, type PdfReadback as ReadPdf } from './helpers/pdf.js'

const DOCS = ['article', 'article-teacher', 'handout', 'handout-teacher', 'discussion', 'discussion-facilitator', 'quiz', 'answer-key']
const bank = YAML.parse(readFileSync(join(DEMO, 'questions.yaml'), 'utf8'))
const title = YAML.parse(readFileSync(join(DEMO, 'article.md'), 'utf8').split('---')[1]!).title as string

/**
 * The PDF's text without its running header (each page's first line), "Page N of M" footers,
 * and the line a page opens with when an entry runs on to it ("Question 6 (continued)"):
 * page furniture all, which the HTML has none of.
 */
function pdfBodyText(pdf: ReadPdf): string {
  return pdf.pages
    .map((p) => {
      expect(p.bodyLines[0]).toContain(title.slice(0, 30))
      return p.bodyLines
        .slice(1)
        .filter((l, i) => !/^Page \d+ of \d+$/.test(l.trim()) && !(i === 0 && / \(continued\)$/.test(l.trim())))
        .join('\n')
    })
    .join('\n')
}

let pack: string
let files: Map<string, Buffer>
/** The bank's items the `full` set holds (all but those that answer an item before them). */
const chosenItems = () => {
  const ids = JSON.parse(files.get('manifest.json')!.toString('utf8')).versions[0].items.map((i: { id: string }) => i.id)
  return bank.quiz.filter((q: { id: string }) => ids.includes(q.id))
}
const pdfs = new Map<string, ReadPdf>()

beforeAll(async () => {
  pack = await sharedPack({ dir: DEMO, set: 'full' })
  files = packFiles(pack)
  for (const doc of DOCS) pdfs.set(doc, await readPdf(new Uint8Array(files.get(`${doc}.pdf`)!)))
})

describe('the demo pack', () => {
  it('has the layout of the design: every document as HTML and PDF, a landing page and a manifest', () => {
    const expected = ['index.html', 'manifest.json', ...DOCS.flatMap((d) => [`${d}.html`, `${d}.pdf`])].sort()
    expect([...files.keys()].sort()).toEqual(expected)
  })

  it('says in each HTML page’s running header what document it is, as its PDF does', async () => {
    for (const doc of DOCS) {
      const html = files.get(`${doc}.html`)!.toString('utf8')
      const header = /<span class="doc">([^<]*)<\/span>/.exec(html)?.[1]
      // The PDF's header is its first page's first line ("Seminar handout: <title…>"): the same document name.
      const pdfHeader = pdfs.get(doc)!.pages[0]!.bodyLines[0]!.trim()
      expect(pdfHeader, doc).toMatch(/^[^:]+: /)
      expect(header?.split(': ')[0], doc).toBe(pdfHeader.split(': ')[0])
    }
  })

  it('lists every file in the manifest with its sha256', () => {
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'))
    const listed = new Map<string, string>(manifest.files.map((f: { path: string; sha256: string }) => [f.path, f.sha256]))
    expect([...listed.keys()].sort()).toEqual([...files.keys()].filter((f) => f !== 'manifest.json').sort())
    for (const [path, sha] of listed) expect(createHash('sha256').update(files.get(path)!).digest('hex')).toBe(sha)
  })

  it('links every document from index.html', () => {
    const index = readHtml(files.get('index.html')!.toString('utf8'))
    const hrefs = index.elements('a').map((a) => a.properties.href)
    for (const doc of DOCS) expect(hrefs).toEqual(expect.arrayContaining([`${doc}.html`, `${doc}.pdf`]))
  })

  it.each(DOCS)('%s: the PDF holds the text of the HTML, in the same order', (doc) => {
    const html = readHtml(files.get(`${doc}.html`)!.toString('utf8'))
    // A figure's words (the argument map's) are placed, not read in lines: compared apart (argument-map.test.ts).
    const figures = html.elements('figure').map((f) => squash(toText(f)))
    expect(squash(pdfBodyText(pdfs.get(doc)!))).toBe(figures.reduce((text, figure) => text.replace(figure, ''), squash(html.mainText)))
  })

  it.each(DOCS)('%s: the PDF embeds all its fonts, has metadata and numbered pages', (doc) => {
    const pdf = pdfs.get(doc)!
    expect(pdf.fontsEmbedded).toBe(true)
    expect(pdf.info.Title).toContain(title)
    expect(pdf.info.Author).toBe('Derrick Wyatt')
    expect(pdf.info.Language).toBe('en-GB')
    pdf.pages.forEach((page, i) => expect(page.lines.map((l) => l.trim())).toContain(`Page ${i + 1} of ${pdf.numPages}`))
  })

  it('gives the handout bookmarks for its sections', () => {
    const outline = JSON.stringify(pdfs.get('handout')!.outline)
    for (const section of ['About the article', 'Reading guide', 'The argument: key claims', 'Actors', 'Glossary']) expect(outline).toContain(section)
  })

  it.each(DOCS)('%s: the HTML is well-formed HTML5 with one h1, ordered headings and a language', (doc) => {
    const html = readHtml(files.get(`${doc}.html`)!.toString('utf8'))
    expect(html.errors).toEqual([])
    expect(html.lang).toBe('en-GB')
    expect(html.headings.filter((h) => h.depth === 1)).toHaveLength(1)
    html.headings.reduce((previous, h) => {
      expect(h.depth).toBeLessThanOrEqual(previous + 1)
      return h.depth
    }, 1)
  })

  it('puts every stem and option in the quiz, every correct answer in the key, and nothing of the key in the quiz', () => {
    const quizHtml = squash(readHtml(files.get('quiz.html')!.toString('utf8')).mainText)
    const quizPdf = squash(pdfBodyText(pdfs.get('quiz')!))
    const keyHtml = squash(readHtml(files.get('answer-key.html')!.toString('utf8')).mainText)
    const keyPdf = squash(pdfBodyText(pdfs.get('answer-key')!))
    for (const item of chosenItems()) {
      for (const text of [quizHtml, quizPdf]) {
        expect(text).toContain(squash(item.stem))
        for (const option of item.options ?? []) expect(text).toContain(squash(option.text))
        for (const option of item.options ?? []) expect(text).not.toContain(squash(option.feedback))
        if (item.model_answer) expect(text).not.toContain(squash(item.model_answer))
        if (item.type === 'true-false') expect(text).not.toContain(squash(item.feedback.if_true))
      }
      for (const text of [keyHtml, keyPdf]) {
        for (const option of (item.options ?? []).filter((o: { correct?: boolean }) => o.correct)) expect(text).toContain(squash(option.text))
        if (item.type === 'true-false') expect(text).toContain(squash(item.answer ? 'A. True' : 'B. False'))
        if (item.model_answer) expect(text).toContain(squash(item.model_answer))
      }
    }
    expect(quizHtml).not.toContain('Answer:')
    expect(quizHtml).not.toContain('Correct.')
  })

  it('gives every key entry the claim and ¶ it tests', () => {
    const key = readHtml(files.get('answer-key.html')!.toString('utf8')).mainText
    const entries = key.split(/\n(?=Question \d+\n)/).slice(1)
    expect(entries.length).toBe(chosenItems().length)
    for (const entry of entries) expect(entry).toMatch(/Tests\s+C\d+ \(¶\d+\): /)
  })

  it('gives the same bytes for every file when built again, by the command in another process', () => {
    const again = packFiles(cliBuild(DEMO, ['--set', 'full']))
    expect([...again.keys()]).toEqual([...files.keys()])
    for (const [path, bytes] of files) expect(again.get(path)!.equals(bytes), path).toBe(true)
  })
})

describe('text from inputs', () => {
  const nasty = `<script>alert("x")</script> & 'quoted' *star* _under_`
  let dir: string
  let out: Map<string, Buffer>
  beforeAll(async () => {
    dir = demoCopy({
      'article.md': (t) => t.replace('title: "A US backstop', `title: "${nasty.replace(/"/g, '\\"')} A US backstop`),
      'claims.yaml': (t) => t.replace('    paraphrase: >-\n      The author suggests that the main reason', `    paraphrase: >-\n      ${nasty} The author suggests that the main reason`),
      'questions.yaml': (t) => t.replace('    stem: >-\n      According to the author, what is perhaps the key reason', `    stem: >-\n      ${nasty} According to the author, what is perhaps the key reason`)
    })
    out = packFiles(await build({ dir, set: 'full' }))
  })

  it('never becomes markup in HTML', () => {
    for (const doc of ['handout', 'quiz', 'answer-key']) {
      const raw = out.get(`${doc}.html`)!.toString('utf8')
      expect(raw).not.toMatch(/<script/i)
      const html = readHtml(raw)
      expect(html.elements('script')).toHaveLength(0)
      expect(html.mainText.replace(/\s+/g, ' ')).toContain(nasty)
    }
  })

  it('comes out as the same characters in PDF', async () => {
    for (const doc of ['handout', 'quiz', 'answer-key']) {
      const pdf = await readPdfText(new Uint8Array(out.get(`${doc}.pdf`)!))
      expect(squash(pdf.pages.map((p) => p.text).join(' '))).toContain(squash(nasty))
    }
  })
})

describe('counts in the words of a pack', () => {
  it('are singular for one: "1 discussion question", "1 question, 1 point"', async () => {
    // The tiny module has one discussion question; a count of one samples one quiz item.
    const files = packFiles(await build({ dir: TINY, formats: ['html'], overrides: { count: 1, points: 1 } }))
    const text = (name: string): string => squash(readHtml(files.get(name)!.toString('utf8')).mainText)
    expect(text('index.html')).toContain(squash('1 quiz question and 1 discussion question, seed'))
    expect(text('quiz.html')).toContain(squash('1 question, 1 point.'))
    // The tiny article has no standfirst, so the reading guide does not ask for one.
    expect(text('handout.html')).toContain(squash('Read the title. What do you expect'))
  })

  it('name versions as a sentence does: "Versions A, B and C"', async () => {
    const files = packFiles(await build({ dir: TINY, formats: ['html'], versions: 3 }))
    expect(squash(readHtml(files.get('index.html')!.toString('utf8')).mainText)).toContain(squash('Versions A, B and C, each with its own answer key.'))
  })
})
