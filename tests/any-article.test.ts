// The templates fit any article, not only the demo's: an unsigned article with no
// publication, date, actors or glossary builds documents that read naturally (no
// "unknown", no pronoun for an author nobody named, no empty sections), a pronoun is used
// only when the front matter gives one, and check's examples come from the module checked.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import { assemble, ROOT, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build, packFiles } from './helpers/pack.js'
import { readPdf, readPdfText } from './helpers/pdf.js'
import { bodyWords, readingCopy } from './helpers/reading.js'

const ANONYMOUS = join(ROOT, 'tests/fixtures/anonymous')
/** Words of the demo that must not reach another module's documents or messages. */
const DEMO_WORDS = /Ukrain|Putin|Zelensk|backstop|Trump|Wyatt|Starmer|Macron/i
const PRONOUN = /\b(he|his|him|himself|she|her|hers|herself)\b/i

/** A copy of the unsigned fixture in a temp folder, edited by `edit`. */
function anonymousCopy(edit: Record<string, (text: string) => string> = {}): string {
  const dir = join(tempDir(), 'anonymous')
  cpSync(ANONYMOUS, dir, { recursive: true })
  for (const [name, change] of Object.entries(edit)) writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')))
  return dir
}

/** Headings with nothing under them: followed by a heading of the same or a higher rank, or by nothing. */
function emptyHeadings(main: Element): string[] {
  const blocks = main.children.filter((c): c is Element => c.type === 'element')
  const rank = (e: Element | undefined): number => (e && /^h[1-6]$/.test(e.tagName) ? Number(e.tagName[1]) : 0)
  return blocks.filter((e, i) => rank(e) > 0 && (i === blocks.length - 1 || (rank(blocks[i + 1]) > 0 && rank(blocks[i + 1]) <= rank(e)))).map((e) => toText(e))
}

describe('an unsigned article without actors or glossary', () => {
  let files: Map<string, Buffer>
  const docs = (ext: string): string[] => [...files.keys()].filter((f) => f.endsWith(ext))
  beforeAll(async () => {
    files = packFiles(await build({ dir: ANONYMOUS }))
  })

  it('builds every document, the reading copy and both editions of the handout among them', () => {
    for (const base of ['article', 'article-teacher', 'handout', 'handout-teacher', 'discussion', 'discussion-facilitator', 'quiz', 'answer-key']) {
      expect(files.has(`${base}.html`), base).toBe(true)
      expect(files.has(`${base}.pdf`), base).toBe(true)
    }
  })

  it('says no "unknown", names no author and uses no pronoun for one, in any HTML page', () => {
    for (const doc of docs('.html')) {
      const raw = files.get(doc)!.toString('utf8')
      const html = readHtml(raw)
      const words = [html.mainText, ...html.elements('header').map((e) => toText(e)), ...html.elements('title').map((e) => toText(e))].join('\n')
      expect(words, doc).not.toMatch(/unknown/i)
      expect(words, doc).not.toMatch(PRONOUN)
      expect(words, doc).not.toMatch(/,\s+by\s*(\n|$|[.,;:])/)
      expect(html.elements('meta').filter((m) => m.properties.name === 'author'), doc).toEqual([])
    }
  })

  it('leaves out empty sections with their headings, in every HTML page', () => {
    for (const doc of docs('.html')) {
      const html = readHtml(files.get(doc)!.toString('utf8'))
      expect(emptyHeadings(html.elements('main')[0]!), doc).toEqual([])
      const headings = html.headings.map((h) => h.text)
      for (const section of ['Actors', 'Glossary', 'Context from outside the article']) expect(headings, doc).not.toContain(section)
    }
  })

  it('says the same in every PDF: no "unknown", no pronoun, no empty section, no Author entry', async () => {
    for (const doc of docs('.pdf')) {
      const pdf = await readPdfText(new Uint8Array(files.get(doc)!))
      const lines = pdf.pages.flatMap((p) => p.lines.map((l) => l.trim()))
      const text = lines.join('\n')
      expect(text, doc).not.toMatch(/unknown/i)
      expect(text, doc).not.toMatch(PRONOUN)
      expect(text, doc).not.toMatch(/,\s+by\s*(\n|$|[.,;:])/)
      for (const section of ['Actors', 'Glossary', 'Context from outside the article']) expect(lines, doc).not.toContain(section)
    }
    const handout = await readPdf(new Uint8Array(files.get('handout.pdf')!))
    expect(handout.info.Author).toBeUndefined()
  })

  it('numbers its paragraphs in the reading copy as classpack counts them, every word in order', async () => {
    const copy = readingCopy(await readPdfText(new Uint8Array(files.get('article.pdf')!)))
    const body = bodyWords(readFileSync(join(ANONYMOUS, 'article.md'), 'utf8'))
    expect(copy.words.slice(0, body.length)).toEqual(body)
    expect(copy.numbers).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(copy.paragraphs.get(3)!.trim()).toBe('Why?')
  })

  it('has check warn about the missing author, and none of its messages speaks of the demo', () => {
    const { lines } = assemble(ANONYMOUS)
    expect(lines).toEqual([expect.stringMatching(/article\.md:1:1: warning: Missing field `author` in the article front matter, expected the author's name \(or `author: unknown` when the source names none\)\s+\[article-author\]/)])
    const unsigned = assemble(anonymousCopy({ 'article.md': (t) => t.replace('lang: en-GB', 'author: unknown\nlang: en-GB') }))
    expect(unsigned.lines).toEqual([])
  })
})

describe('the author in the templates', () => {
  const reasons = async (front: string): Promise<string> => {
    const dir = anonymousCopy({ 'article.md': (t) => t.replace('lang: en-GB', `${front}\nlang: en-GB`) })
    const pack = packFiles(await build({ dir, formats: ['html'] }))
    return readHtml(pack.get('handout.html')!.toString('utf8')).mainText.replace(/\s+/g, ' ')
  }

  it('takes a pronoun only from the front matter', async () => {
    const none = await reasons('author: Dana Reyes')
    expect(none).toContain('the reasons the author gives')
    expect(none).toContain('someone whose view the author reports')
    expect(none).toContain('Author: Dana Reyes')
    expect(none).not.toMatch(PRONOUN)
    const she = await reasons('author: Dana Reyes\nauthor_pronoun: she')
    expect(she).toContain('the reasons she gives')
    expect(she).toContain('someone whose view she reports')
    const they = await reasons('author: Dana Reyes\nauthor_pronoun: they')
    expect(they).toContain('the reasons they give')
  })

  it('refuses a pronoun it cannot use, at its line', () => {
    const dir = anonymousCopy({ 'article.md': (t) => t.replace('lang: en-GB', 'author_pronoun: him\nlang: en-GB') })
    expect(assemble(dir).lines).toContainEqual(expect.stringMatching(/article\.md:4:17: error: Unexpected `him` at `author_pronoun`, expected `he` \(one of `he`, `she`, `they`\)/))
  })

  it('reads publication and date naturally when the front matter has them', async () => {
    const dir = anonymousCopy({ 'article.md': (t) => t.replace('lang: en-GB', 'publication: The Valley Courier\npublished: 2025-03-04\nurl: https://courier.example/four-day-weeks\nlang: en-GB') })
    const pack = packFiles(await build({ dir, formats: ['html'] }))
    const article = readHtml(pack.get('article.html')!.toString('utf8')).mainText
    expect(article).toContain('The Valley Courier, 4 March 2025')
    expect(article).toContain('Online: https://courier.example/four-day-weeks')
    const handout = readHtml(pack.get('handout.html')!.toString('utf8')).mainText
    expect(handout).toContain('Publication: The Valley Courier')
    expect(handout).toContain('Published: 4 March 2025')
  })
})

describe('check messages', () => {
  it('give as example the id the module meant, not one of the demo', () => {
    const dir = anonymousCopy({ 'claims.yaml': (t) => t.replace('  - id: care-costs', '  - id: Care Costs') })
    const { lines } = assemble(dir)
    expect(lines).toContainEqual(expect.stringContaining('Unexpected `Care Costs` at `claims[1].id`, expected an id of lower-case letters, digits and hyphens (like `care-costs`)'))
    for (const line of lines) expect(line).not.toMatch(DEMO_WORDS)
  })

  it('carry no words of the demo in the code that writes them', () => {
    const found: string[] = []
    const visit = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name)
        if (entry.isDirectory()) visit(path)
        else if (entry.name.endsWith('.ts')) {
          // Code only: comments may name the demo to explain a rule.
          const code = readFileSync(path, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/^\s*\/\/.*$/gm, '')
          code.split('\n').forEach((line, i) => {
            if (DEMO_WORDS.test(line)) found.push(`${path}:${i + 1}: ${line.trim()}`)
          })
        }
      }
    }
    visit(join(ROOT, 'src'))
    expect(found).toEqual([])
  })
})
