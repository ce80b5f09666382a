// The reading copy and the two editions of the handout, read back as their readers see them:
// the article's words in order with the ¶ numbers every other document cites; each claim
// marked in the teacher's copy; the student handout leaving the analysis blank.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { escapeMarkdown } from '../src/fill/escape.js'
import { en } from '../src/lang/en.js'
import { renderHtmlBody } from '../src/render/html.js'
import { parseFilled } from '../src/render/markdown.js'
import { pieces } from '../src/view/article.js'
import { DEMO } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { packFiles, sharedPack, squash } from './helpers/pack.js'

/** A claim's quote as the article has it: without the teacher's `[sic]`, which marks the article's slip. */
const articleWords = (quote: string): string => quote.replace(/\s*\[sic!?\]/giu, '')
import { readPdfText } from './helpers/pdf.js'
import { bodyWords, fillColours, pdfWords, readingCopy } from './helpers/reading.js'

/** The block elements of `parent` in reading order, a kept run's (`div.keep`, which only keeps them on one printed page) in its place. */
function flat(parent: Element): Element[] {
  return parent.children.flatMap((child) => {
    if (child.type !== 'element') return []
    return child.tagName === 'div' && (child.properties.className as string[] | undefined)?.includes('keep') ? flat(child) : [child]
  })
}

/** The key-claim blocks of a handout page: from each `C1 · ¶1` heading to the next heading, as elements. */
function claimBlocks(html: string): Map<string, { paragraph: number; elements: Element[] }> {
  const page = readHtml(html)
  const main = page.elements('main')[0]!
  const blocks = new Map<string, { paragraph: number; elements: Element[] }>()
  let open: Element[] | null = null
  for (const child of flat(main)) {
    if (/^h[1-6]$/.test(child.tagName)) {
      const m = /^(C\d+) · ¶(\d+)$/.exec(toText(child).trim())
      open = m ? [] : null
      if (m) blocks.set(m[1]!, { paragraph: Number(m[2]), elements: open! })
      continue
    }
    open?.push(child)
  }
  return blocks
}

const text = (elements: readonly Element[]): string => elements.map((e) => toText(e)).join('\n')

describe('the reading copy of the demo', () => {
  let files: Map<string, Buffer>
  let copy: ReturnType<typeof readingCopy>
  let claims: Map<string, { paragraph: number; quote: string }>
  beforeAll(async () => {
    files = packFiles(await sharedPack({ dir: DEMO, set: 'full' }))
    copy = readingCopy(await readPdfText(new Uint8Array(files.get('article.pdf')!)))
    // Each claim's quote and ¶ as the handout prints them: “…” (¶3, sentence 2), or ‘…’ for
    // a quote that holds double quotes of its own.
    claims = new Map(
      [...claimBlocks(files.get('handout.html')!.toString('utf8'))].map(([label, block]) => {
        const quote = toText(block.elements.find((e) => e.tagName === 'blockquote')!)
        const m = /^(?:“([\s\S]*)”|‘([\s\S]*)’) \(¶(\d+), sentences?\u00a0[\d,–and ]+\)$/.exec(quote.trim())!
        expect(Number(m[3])).toBe(block.paragraph)
        const text = m[1] ?? m[2]!
        expect(m[2] !== undefined, label).toBe(/["“”]/.test(text))
        return [label, { paragraph: block.paragraph, quote: text }]
      })
    )
  })

  it('holds every word of article.md’s body in order, with ¶ numbers 1 to N', () => {
    const body = bodyWords(readFileSync(join(DEMO, 'article.md'), 'utf8'))
    expect(copy.words.slice(0, body.length)).toEqual(body)
    expect(copy.numbers).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    // "Why?" is a paragraph of its own, as classpack counts.
    expect(copy.paragraphs.get(5)!.trim()).toBe('Why?')
  })

  it('numbers paragraphs as the claims cite them: each quote stands in the ¶ the handout and the answer key give', () => {
    const yaml = YAML.parse(readFileSync(join(DEMO, 'claims.yaml'), 'utf8')) as { claims: unknown[] }
    expect(claims.size).toBe(yaml.claims.length)
    for (const [label, claim] of claims) expect(squash(copy.paragraphs.get(claim.paragraph)!), label).toContain(squash(articleWords(claim.quote)))
    const key = readHtml(files.get('answer-key.html')!.toString('utf8')).mainText
    const cited = [...key.matchAll(/Tests\s+(C\d+) \(¶(\d+)\)/g)]
    expect(cited.length).toBeGreaterThan(0)
    for (const [, label, paragraph] of cited) expect(claims.get(label!)!.paragraph).toBe(Number(paragraph))
  })

  it('shows subheads unnumbered and marks nothing in the student copy', async () => {
    const html = readHtml(files.get('article.html')!.toString('utf8'))
    expect(html.headings.filter((h) => h.depth === 2).map((h) => h.text)).toContain('A US security backstop is achievable')
    expect(html.headings.some((h) => /¶/.test(h.text))).toBe(false)
    expect(html.elements('mark')).toHaveLength(0)
    expect(html.elements('span').filter((s) => (s.properties.className as string[] | undefined)?.includes('pn')).map((s) => toText(s))).toEqual(Array.from({ length: 21 }, (_, i) => `¶${i + 1}`))
    expect(await fillColours(new Uint8Array(files.get('article.pdf')!))).not.toContain('#fdeea0')
  })

  it('teacher edition: marks each claim’s quote in place after its label, in HTML and PDF', async () => {
    const html = readHtml(files.get('article-teacher.html')!.toString('utf8'))
    const labels = html.elements('b').filter((b) => (b.properties.className as string[] | undefined)?.includes('claim-label'))
    expect(labels.map((b) => toText(b))).toEqual([...claims.keys()])
    const marked = squash(html.elements('mark').map((m) => toText(m)).join(' '))
    for (const [, claim] of claims) expect(marked).toContain(squash(articleWords(claim.quote)))

    const pdf = readingCopy(await readPdfText(new Uint8Array(files.get('article-teacher.pdf')!)))
    expect(pdf.numbers).toEqual(copy.numbers)
    for (const [label, claim] of claims) expect(squash(pdf.paragraphs.get(claim.paragraph)!), label).toContain(squash(`${label} ${articleWords(claim.quote)}`))
    // The highlight behind the quotes and the labels is drawn.
    const colours = await fillColours(new Uint8Array(files.get('article-teacher.pdf')!))
    expect(colours).toContain('#fdeea0')
    expect(colours).toContain('#f2cf57')
  })

  it('is listed on the landing page, students’ copy and teacher’s apart, and in the manifest', () => {
    const index = readHtml(files.get('index.html')!.toString('utf8'))
    const main = index.elements('main')[0]!
    const lists = main.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'ul')
    const hrefs = (list: Element): string[] => {
      const found: string[] = []
      const walk = (e: Element): void => {
        if (e.tagName === 'a') found.push(String(e.properties.href))
        for (const c of e.children) if (c.type === 'element') walk(c)
      }
      walk(list)
      return found
    }
    expect(index.headings.map((h) => h.text)).toEqual(expect.arrayContaining(['For students', 'For the teacher']))
    expect(hrefs(lists[0]!)).toEqual(expect.arrayContaining(['article.html', 'article.pdf', 'handout.html', 'handout.pdf']))
    expect(hrefs(lists[0]!)).not.toContain('article-teacher.html')
    expect(hrefs(lists[1]!)).toEqual(expect.arrayContaining(['article-teacher.html', 'article-teacher.pdf', 'handout-teacher.html', 'answer-key.pdf']))
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as { files: Array<{ path: string }> }
    for (const f of ['article.html', 'article.pdf', 'article-teacher.html', 'article-teacher.pdf', 'handout-teacher.html', 'handout-teacher.pdf']) {
      expect(manifest.files.map((e) => e.path)).toContain(f)
    }
  })

  it('names its landmarks and lists its sections for screen readers', () => {
    for (const doc of ['article', 'article-teacher', 'handout', 'handout-teacher']) {
      const html = readHtml(files.get(`${doc}.html`)!.toString('utf8'))
      const [header] = html.elements('header')
      const [main] = html.elements('main')
      const [nav] = html.elements('nav')
      expect(header!.properties.ariaLabel, doc).toBeTruthy()
      expect(main!.properties.ariaLabel, doc).toBeTruthy()
      const label = html.elements('p').find((p) => p.properties.id === String(nav!.properties.ariaLabelledBy))
      expect(label && toText(label), doc).toBe('Contents')
      // Every link of the contents goes to a section of the page.
      const ids = new Set(html.elements('h2').map((h) => `#${h.properties.id}`))
      const links = html.elements('a').filter((a) => String(a.properties.href).startsWith('#'))
      expect(links.length, doc).toBe(ids.size)
      for (const a of links) expect(ids, doc).toContain(String(a.properties.href))
    }
  })
})

describe('the handout’s two editions', () => {
  let files: Map<string, Buffer>
  let student: ReturnType<typeof claimBlocks>
  let teacher: ReturnType<typeof claimBlocks>
  const yaml = YAML.parse(readFileSync(join(DEMO, 'claims.yaml'), 'utf8')) as {
    claims: Array<{ id: string; kind: keyof typeof en.kinds; evidence: keyof typeof en.evidence; evidence_note?: string; hedges: string[]; paraphrase: string }>
  }
  // In the handouts, claims stand in reading order; the labels follow the ¶ order of their quotes.
  const byLabel = new Map<string, (typeof yaml.claims)[number]>()
  beforeAll(async () => {
    files = packFiles(await sharedPack({ dir: DEMO, set: 'full' }))
    student = claimBlocks(files.get('handout.html')!.toString('utf8'))
    teacher = claimBlocks(files.get('handout-teacher.html')!.toString('utf8'))
    for (const [label, block] of teacher) {
      const paraphrase = squash(toText(block.elements[0]!))
      byLabel.set(label, yaml.claims.find((c) => squash(c.paraphrase) === paraphrase)!)
    }
  })

  /** A claim block's words other than the paraphrase and the quote (the author's and the teacher's words, which may use any word). */
  const analysis = (elements: readonly Element[]): string => text(elements.filter((e, i) => i > 0 && e.tagName !== 'blockquote'))

  it('the teacher edition holds every claim’s kind, voice, hedges and evidence; the student edition none, a blank for each', () => {
    expect(student.size).toBe(yaml.claims.length)
    expect([...student.keys()]).toEqual([...teacher.keys()])
    for (const [label, block] of teacher) {
      const claim = byLabel.get(label)!
      expect(claim, label).toBeDefined()
      const filled = analysis(block.elements)
      const blank = analysis(student.get(label)!.elements)
      const asserter = /Asserted by: (.*)/.exec(filled)![1]!
      const answers = [en.kinds[claim.kind], en.evidence[claim.evidence], asserter, ...claim.hedges.map((h) => `“${h}”`), ...(claim.evidence_note ? [claim.evidence_note] : [])]
      for (const answer of answers) {
        expect(squash(filled), `${label}: ${answer}`).toContain(squash(answer))
        expect(squash(blank), `${label}: ${answer}`).not.toContain(squash(answer))
      }
      for (const word of Object.values(en.kinds)) expect(blank, label).not.toMatch(new RegExp(`\\b${word}\\b`, 'i'))
      for (const blankLabel of Object.values(en.handout({ title: '', author: null, pronoun: null, paragraphs: 0, words: 0, minutes: 0, claims: 0, standfirst: false, notes: false, reported: false }).blanks)) {
        expect(blank, label).toContain(`${blankLabel}:`)
      }
    }
  })

  it('the student edition names no evidence note or asserter anywhere, nor the hedges to notice, in HTML and PDF', async () => {
    const html = readHtml(files.get('handout.html')!.toString('utf8')).mainText
    // Without running headers and footers, which may fall inside a note.
    const pdf = pdfWords(await readPdfText(new Uint8Array(files.get('handout.pdf')!))).join(' ')
    const teacherPdf = pdfWords(await readPdfText(new Uint8Array(files.get('handout-teacher.pdf')!))).join(' ')
    for (const [label, block] of teacher) {
      const claim = byLabel.get(label)!
      const asserter = /Asserted by: (.*)/.exec(analysis(block.elements))![1]!
      for (const answer of [asserter, claim.evidence_note ?? asserter]) {
        expect(squash(html)).not.toContain(squash(answer))
        expect(squash(pdf)).not.toContain(squash(answer))
        expect(squash(teacherPdf)).toContain(squash(answer))
      }
    }
    expect(html).not.toContain('Hedging to notice')
    expect(pdf).not.toContain('Hedging to notice')
    expect(teacherPdf).toContain('Hedging to notice')
  })

  it('the student edition prints no claim’s actors beside its “Asserted by” blank (the one actor would be the answer); the teacher edition does, in HTML and PDF', async () => {
    const claimsYaml = YAML.parse(readFileSync(join(DEMO, 'claims.yaml'), 'utf8')) as { actors: Array<{ id: string; name: string }>; claims: Array<{ id: string; asserted_by: string | string[]; actors?: string[] }> }
    const nameOf = (id: string): string => claimsYaml.actors.find((a) => a.id === id)?.name ?? id
    let asserterInvolved = 0
    for (const [label, block] of teacher) {
      const claim = claimsYaml.claims.find((c) => c.id === byLabel.get(label)!.id)!
      const blank = analysis(student.get(label)!.elements)
      expect(blank, label).not.toContain('Actors:')
      // No name of an actor the claim asserts or involves stands beside the blanks.
      for (const id of [...([] as string[]).concat(claim.asserted_by), ...(claim.actors ?? [])].filter((id) => id !== 'author')) {
        expect(squash(blank), label).not.toContain(squash(nameOf(id)))
        if (([] as string[]).concat(claim.asserted_by).includes(id)) asserterInvolved++
      }
      if (claim.actors?.length) expect(analysis(block.elements), label).toContain(`Actors: ${claim.actors.map(nameOf).join(', ')}`)
    }
    // The demo has claims whose asserter is among their actors: the case the line gave away.
    expect(asserterInvolved).toBeGreaterThan(0)
    const pdf = pdfWords(await readPdfText(new Uint8Array(files.get('handout.pdf')!))).join(' ')
    const teacherPdf = pdfWords(await readPdfText(new Uint8Array(files.get('handout-teacher.pdf')!))).join(' ')
    expect(pdf).not.toContain('Actors:')
    expect(teacherPdf).toContain('Actors:')
  })

  it('the teacher edition says what it is and carries the teaching notes', () => {
    const html = readHtml(files.get('handout-teacher.html')!.toString('utf8'))
    expect(html.mainText).toContain('Teacher edition')
    expect(readHtml(files.get('handout.html')!.toString('utf8')).mainText).not.toContain('Teacher edition')
    const notes = (YAML.parse(readFileSync(join(DEMO, 'claims.yaml'), 'utf8')) as { claims: Array<{ teaching_note?: string }> }).claims.flatMap((c) => c.teaching_note ?? [])
    expect(notes.length).toBeGreaterThan(0)
    for (const note of notes) expect(squash(html.mainText)).toContain(squash(note))
  })
})


describe('marking quotes in place', () => {
  it('marks overlapping quotes and quotes inside words, every character kept, each label where its quote starts', () => {
    const text = 'Alpha beta*gamma [delta]  epsilon:zeta eta.'
    const cut = pieces(text, [
      { start: 8, end: 22, label: 'C1' },
      { start: 14, end: 31, label: 'C2' },
      { start: 14, end: 18, label: 'C3' }
    ])
    // The same filling as templates/article-teacher.md.hbs.
    const markdown = cut.map((p) => `${p.space ? ' ' : ''}${p.labels ? `:claim[${escapeMarkdown(p.labels)}]&nbsp;` : ''}${p.highlight ? `:highlight[${escapeMarkdown(p.text)}]` : escapeMarkdown(p.text)}`).join('')
    const html = readHtml(`<main>${renderHtmlBody(parseFilled(markdown))}</main>`)
    const marked = html.elements('mark').map((m) => toText(m)).join('')
    expect(marked).toBe(text.slice(8, 31).replace(/\s+/g, ' '))
    expect(html.elements('b').map((b) => toText(b))).toEqual(['C1', 'C2, C3'])
    expect(html.mainText.replace(/\u00a0/g, ' ').replace(/C1 |C2, C3 /g, '')).toBe(text.replace(/\s+/g, ' '))
  })

  it('sets a label before the quotation mark that opens the article’s own quotation, not inside it', () => {
    const text = 'Petrov called the scheme “a subsidy for teenagers” and left.'
    const start = text.indexOf('a subsidy')
    const cut = pieces(text, [{ start, end: text.indexOf('”'), label: 'C10' }])
    expect(cut.map((p) => [p.labels, p.text, p.highlight])).toEqual([
      [null, 'Petrov called the scheme', false],
      ['C10', '“', false],
      [null, 'a subsidy for teenagers', true],
      [null, '” and left.', false]
    ])
    expect(cut[2]!.space).toBe(false)
    // A quote that starts at a word keeps its label there; a mark inside a word is an apostrophe.
    expect(pieces('Say “no” now', [{ start: 4, end: 8, label: 'C1' }])[1]!.labels).toBe('C1')
    expect(pieces("the mayor's plan", [{ start: 12, end: 16, label: 'C2' }]).find((p) => p.labels)!.text).toBe('plan')
  })
})
