// `classpack init`: from a plain-text article, the same article saved as a web page with
// navigation, scripts and a cookie banner around it, and as a Word file, to a module whose
// article.md has the article's words in order, that `check` passes (warnings allowed) and
// that `build` turns into a full pack marked Draft.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { parseArticle } from '../src/article/parse.js'
import { KINDS } from '../src/claims/model.js'
import { readClaims } from '../src/claims/read.js'
import { planModule } from '../src/init/index.js'
import { ROOT, run, tempDir } from './helpers/fixtures.js'
import { makeDocx, type DocxParagraph } from './helpers/docx.js'
import { readPdf } from './helpers/pdf.js'

const FIXTURES = join(ROOT, 'tests/fixtures/init')
const TEXT = readFileSync(join(FIXTURES, 'library.txt'), 'utf8')
const DRAFT = 'Draft — claims not yet reviewed'
const SUBHEADS = ['What the council is proposing', 'Who uses the library on a Sunday', 'A saving that may cost more', 'What the council should do instead']
const TITLE = 'Keep the library open on Sundays'
const STANDFIRST = 'The council’s saving is small, and the cost to the town may be large'
const BIO = 'Margaret Okafor is a retired secondary school teacher and a member of the Friends of Greenfield Library.'

/** The article's body as the text file has it: after headline, standfirst and byline, before the author's bio. */
const blocks = TEXT.trim().split(/\n\s*\n/).map((b) => b.split(/\s+/).join(' '))
const bodyWords = blocks.slice(1, -1).join(' ').split(' ')

/** The same article as a Word file: Title and Subtitle styles, a byline, Heading 2 subheads, one bold word. */
function docx(): Uint8Array {
  const paragraphs: DocxParagraph[] = [
    { text: TITLE, style: 'Title' },
    { text: STANDFIRST, style: 'Subtitle' },
    { text: 'By Margaret Okafor' },
    ...blocks.slice(1).map((b): DocxParagraph => (SUBHEADS.includes(b) ? { text: b, style: 'Heading2' } : { text: b, bold: b.endsWith('they must.') ? 'must' : undefined }))
  ]
  return makeDocx(paragraphs)
}

/** Run init on `article` into a fresh folder; the module's folder, the command's output and article.md parsed. */
function init(article: string) {
  const cwd = tempDir('classpack-init-')
  const dir = join(cwd, 'source/library')
  const result = run(['init', article, '--into', dir], cwd)
  const file = new VFile({ path: 'article.md', value: readFileSync(join(dir, 'article.md'), 'utf8') })
  const parsed = parseArticle(file)!
  return { cwd, dir, result, parsed }
}

/** The words of the parsed article's body, subheads and paragraphs in reading order. */
function wordsOf(article: NonNullable<ReturnType<typeof parseArticle>>): string[] {
  const out: string[] = []
  for (const section of article.sections) {
    if (section.heading) out.push(section.heading)
    for (const n of section.paragraphs) out.push(article.paragraphs[n - 1]!.text)
  }
  return out.join(' ').split(/\s+/).filter(Boolean)
}

const DOCUMENTS = ['handout', 'discussion', 'discussion-facilitator', 'quiz', 'answer-key']

/** `check` passes (warnings allowed), and `build` makes a full pack whose every document is marked Draft. */
async function checksAndBuildsDraft(cwd: string, dir: string): Promise<void> {
  const check = run(['check', dir], cwd)
  expect(check.code, check.stderr).toBe(0)
  expect(check.stderr).not.toMatch(/: error:/)
  expect(check.stderr).toContain('[claim-suggested]')

  const out = join(cwd, 'out')
  const build = run(['build', dir, '--out', out, '--format', 'html,pdf'], cwd)
  expect(build.code, build.stderr).toBe(0)
  const pack = join(out, 'library')
  const files = readdirSync(pack).sort()
  for (const doc of DOCUMENTS) expect(files).toEqual(expect.arrayContaining([`${doc}.html`, `${doc}.pdf`]))
  expect(files).toEqual(expect.arrayContaining(['index.html', 'manifest.json']))
  for (const name of files.filter((f) => f.endsWith('.html'))) expect(readFileSync(join(pack, name), 'utf8'), name).toContain(DRAFT)
  for (const name of files.filter((f) => f.endsWith('.pdf'))) {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(pack, name))))
    expect(pdf.pages[0]!.text, name).toContain(DRAFT)
  }
}

describe('classpack init from plain text', () => {
  const m = init(join(FIXTURES, 'library.txt'))

  it('writes the four files and prints what it guessed', () => {
    expect(m.result.code, m.result.stderr).toBe(0)
    expect(readdirSync(m.dir).sort()).toEqual(['article.md', 'claims.yaml', 'module.yaml', 'questions.yaml'])
    expect(m.result.stdout).toContain(`title: ${TITLE}  (from the first line)`)
    expect(m.result.stdout).toContain(`standfirst: ${STANDFIRST}  (from the short line before the byline)`)
    expect(m.result.stdout).toContain('author: Margaret Okafor  (from the line “By Margaret Okafor”)')
    expect(m.result.stdout).toContain(`author_bio: ${BIO}`)
    expect(m.result.stdout).toContain('subheads: “What the council is proposing”, “Who uses the library on a Sunday”, “A saving that may cost more”, “What the council should do instead”')
  })

  it('keeps the words exactly, in order, with the subheads as ## headings', () => {
    expect(wordsOf(m.parsed)).toEqual(bodyWords)
    expect(m.parsed.sections.map((s) => s.heading)).toEqual([null, ...SUBHEADS])
    expect(m.parsed.meta).toMatchObject({ title: TITLE, standfirst: STANDFIRST, author: 'Margaret Okafor', authorBio: BIO })
  })

  it('leaves out what the text does not say rather than writing `unknown`', () => {
    const text = readFileSync(join(m.dir, 'article.md'), 'utf8')
    const front = text.slice(0, text.indexOf('\n---\n'))
    expect(front).not.toMatch(/^(publication|published|url|lang):/m)
    expect(text).not.toContain('unknown')
  })

  it('passes check with warnings only and builds a full pack marked Draft', async () => {
    await checksAndBuildsDraft(m.cwd, m.dir)
  })

  it('without a byline, takes the line after the headline as standfirst and leaves the author to the teacher', async () => {
    const text = TEXT.replace('By Margaret Okafor\n', '').replace(/\nMargaret Okafor is[\s\S]*$/, '\n')
    const plan = await planModule({ path: 'library.txt', bytes: new TextEncoder().encode(text), into: 'm' })
    expect(plan.guesses.find((g) => g.what === 'standfirst')).toEqual({ what: 'standfirst', value: STANDFIRST, how: 'the short line after the headline' })
    const article = plan.files.find((f) => f.name === 'article.md')!.text
    expect(article).not.toMatch(/^author:/m)
    expect(article).not.toContain('unknown')
    // check then asks for exactly what is missing.
    const messages = plan.checked.flatMap((f) => f.messages.filter((x) => x.fatal).map((x) => x.reason))
    expect(messages).toEqual(['Missing field `author` in the article front matter, expected a string'])
  })
})

describe('classpack init from a saved web page', () => {
  const m = init(join(FIXTURES, 'library.html'))

  it('takes the details from the page metadata', () => {
    expect(m.result.code, m.result.stderr).toBe(0)
    expect(m.parsed.meta).toMatchObject({ title: TITLE, standfirst: STANDFIRST, author: 'Margaret Okafor', authorBio: BIO, publication: 'The Greenfield Gazette', published: '2025-03-04', url: 'https://gazette.example/opinion/keep-the-library-open-on-sundays', lang: 'en-GB' })
  })

  it('keeps the article words in order and drops navigation, banners, scripts and footers', () => {
    expect(wordsOf(m.parsed)).toEqual(bodyWords)
    const text = readFileSync(join(m.dir, 'article.md'), 'utf8')
    for (const boilerplate of ['cookies', 'Subscribe', 'More from Opinion', 'newsletter', 'dataLayer', 'All rights reserved', 'Share on Facebook', 'Published']) expect(text).not.toContain(boilerplate)
  })

  it('passes check with warnings only and builds a full pack marked Draft', async () => {
    await checksAndBuildsDraft(m.cwd, m.dir)
  })

  it('reads a bare page without metadata: title from its heading, author from its byline', async () => {
    const paragraphs = blocks.slice(1, -1).map((b) => (SUBHEADS.includes(b) ? `<h2>${b}</h2>` : `<p>${b}</p>`)).join('\n')
    const html = `<html><head><title>${TITLE}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${TITLE}</h1><p>By Margaret Okafor</p>\n${paragraphs}</article><footer>Contact us</footer><script>track()</script></body></html>`
    const plan = await planModule({ path: 'bare.html', bytes: new TextEncoder().encode(html), into: 'm' })
    const parsed = parseArticle(new VFile({ path: 'article.md', value: plan.files[0]!.text }))!
    expect(parsed.meta).toMatchObject({ title: TITLE, author: 'Margaret Okafor', publication: 'unknown', published: 'unknown' })
    expect(wordsOf(parsed)).toEqual(bodyWords)
    expect(plan.checked.flatMap((f) => f.messages).filter((x) => x.fatal)).toEqual([])
  })
})

describe('classpack init from a Word file', () => {
  const path = join(tempDir('classpack-docx-'), 'library.docx')
  writeFileSync(path, docx())
  const m = init(path)

  it('keeps the words in order, with Title as title and Heading 2 as subheads', () => {
    expect(m.result.code, m.result.stderr).toBe(0)
    expect(m.parsed.meta).toMatchObject({ title: TITLE, standfirst: STANDFIRST, author: 'Margaret Okafor', authorBio: BIO })
    expect(m.parsed.sections.map((s) => s.heading)).toEqual([null, ...SUBHEADS])
    expect(wordsOf(m.parsed)).toEqual(bodyWords)
  })

  it('passes check with warnings only and builds a full pack marked Draft', async () => {
    await checksAndBuildsDraft(m.cwd, m.dir)
  })
})

describe('suggested claims', () => {
  const m = init(join(FIXTURES, 'library.txt'))
  const file = new VFile({ path: 'claims.yaml', value: readFileSync(join(m.dir, 'claims.yaml'), 'utf8') })
  const data = readClaims(file)!

  it('proposes 8 to 15 claims, each suggested, of a kind the schema allows', () => {
    expect(file.messages.filter((x) => x.fatal)).toEqual([])
    expect(data.claims.length).toBeGreaterThanOrEqual(8)
    expect(data.claims.length).toBeLessThanOrEqual(15)
    for (const c of data.claims) {
      expect(c.status).toBe('suggested')
      expect(KINDS).toContain(c.kind)
      // Until the teacher writes one, the quote stands in for the paraphrase.
      expect(c.paraphrase).toBe(c.quote)
    }
  })

  it('quotes each verbatim from one paragraph, at most one claim per paragraph, covering every section', () => {
    const paragraphOf = (quote: string): number[] => m.parsed.paragraphs.filter((p) => p.text.includes(quote)).map((p) => p.n)
    const paragraphs = data.claims.map((c) => {
      const found = paragraphOf(c.quote)
      expect(found, c.quote).toHaveLength(1)
      return found[0]!
    })
    expect(new Set(paragraphs).size).toBe(paragraphs.length)
    const sections = new Set(paragraphs.map((n) => m.parsed.paragraphs[n - 1]!.section))
    expect(sections.size).toBe(m.parsed.sections.length)
  })

  it('records hedges as written, and names a reported speaker as the asserter', () => {
    for (const c of data.claims) for (const h of c.hedges) expect(c.quote).toContain(h)
    expect(data.claims.some((c) => c.hedges.length > 0)).toBe(true)
    const reyes = data.actors.find((a) => a.name === 'Daniel Reyes')!
    expect(reyes).toBeDefined()
    const his = data.claims.find((c) => c.quote.includes('Nobody wants to close a library'))!
    expect(his.asserted_by).toBe(reyes.id)
    expect(his.evidence).toBe('reported-statement')
    const amin = data.claims.find((c) => c.quote.startsWith('Rachel Amin'))!
    expect(data.actors.find((a) => a.id === amin.asserted_by)?.name).toBe('Rachel Amin')
    const own = data.claims.find((c) => c.quote.includes('councillors should reject it'))!
    expect(own).toMatchObject({ asserted_by: 'author', kind: 'normative', hedges: ['likely'] })
  })

  it('warns about each suggested claim at its line in check', () => {
    const check = run(['check', m.dir], m.cwd)
    const lines = check.stderr.split('\n').filter((l) => l.includes('[claim-suggested]'))
    expect(lines).toHaveLength(data.claims.length)
    const text = String(file.value).split('\n')
    for (const line of lines) {
      const at = Number(/claims\.yaml:(\d+):/.exec(line)![1])
      expect(text[at - 1]).toBe('    status: suggested')
    }
  })

  it('builds without the Draft mark once every claim is reviewed and paraphrased', () => {
    const path = join(m.dir, 'claims.yaml')
    const reviewed = readFileSync(path, 'utf8').replace(/status: suggested/g, 'status: reviewed').replace(/# paraphrase: the claim in your own words/g, 'paraphrase: The teacher’s own words.')
    const cwd = tempDir('classpack-reviewed-')
    const dir = join(cwd, 'library')
    mkdirSync(dir)
    for (const name of readdirSync(m.dir)) writeFileSync(join(dir, name), name === 'claims.yaml' ? reviewed : readFileSync(join(m.dir, name)))
    const build = run(['build', dir, '--out', join(cwd, 'out'), '--format', 'html'], cwd)
    expect(build.code, build.stderr).toBe(0)
    expect(build.stderr).not.toContain('[claim-suggested]')
    const handout = readFileSync(join(cwd, 'out/library/handout.html'), 'utf8')
    expect(handout).not.toContain(DRAFT)
    expect(handout).toContain('The teacher’s own words.')
  })

  it('still requires a paraphrase of a reviewed claim', () => {
    const text = String(file.value).replace('    status: suggested', '    status: reviewed')
    const bad = new VFile({ path: 'claims.yaml', value: text })
    readClaims(bad)
    const line = text.split('\n').findIndex((l) => l === '    status: reviewed')
    expect(bad.messages.map((x) => `${x.line}:${x.column} ${x.reason}`)).toEqual([`${line}:5 Missing field \`paraphrase\` in a claim at \`claims[0]\`, expected a string`])
  })
})

describe('classpack init refuses to overwrite', () => {
  it('exits 1 naming what is there, and touches nothing', () => {
    const cwd = tempDir('classpack-refuse-')
    const dir = join(cwd, 'taken')
    mkdirSync(dir)
    writeFileSync(join(dir, 'notes.txt'), 'mine')
    writeFileSync(join(dir, 'article.md'), 'also mine')
    const result = run(['init', join(FIXTURES, 'library.txt'), '--into', dir], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`${dir}: error: Unexpected existing folder holding \`article.md\`, \`notes.txt\`, expected a new or empty folder for the module: nothing was written`)
    expect(readdirSync(dir).sort()).toEqual(['article.md', 'notes.txt'])
    expect(readFileSync(join(dir, 'article.md'), 'utf8')).toBe('also mine')
    expect(readdirSync(cwd)).toEqual(['taken'])
  })

  it('refuses the default folder when it is taken', () => {
    const cwd = tempDir('classpack-refuse-')
    mkdirSync(join(cwd, 'source/keep-library-open-sundays'), { recursive: true })
    writeFileSync(join(cwd, 'source/keep-library-open-sundays/claims.yaml'), 'claims: []')
    const result = run(['init', join(FIXTURES, 'library.txt')], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('source/keep-library-open-sundays: error: Unexpected existing folder holding `claims.yaml`')
    expect(readFileSync(join(cwd, 'source/keep-library-open-sundays/claims.yaml'), 'utf8')).toBe('claims: []')
  })

  it('writes into an empty folder, and by default into source/<slug of the title>', () => {
    const cwd = tempDir('classpack-empty-')
    mkdirSync(join(cwd, 'empty'))
    expect(run(['init', join(FIXTURES, 'library.txt'), '--into', 'empty'], cwd).code).toBe(0)
    expect(readdirSync(join(cwd, 'empty')).sort()).toEqual(['article.md', 'claims.yaml', 'module.yaml', 'questions.yaml'])
    expect(run(['init', join(FIXTURES, 'library.txt')], cwd).code).toBe(0)
    expect(existsSync(join(cwd, 'source/keep-library-open-sundays/article.md'))).toBe(true)
    // No staging folder is left behind.
    expect(readdirSync(join(cwd, 'source'))).toEqual(['keep-library-open-sundays'])
  })

  it('is wrong usage without an article or with a type it cannot read', () => {
    expect(run(['init']).code).toBe(2)
    const pdf = run(['init', 'article.pdf'])
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toContain('Unexpected article `article.pdf`, expected a file ending in .txt, .md, .markdown, .html, .htm, .docx')
  })
})

describe('classpack init from Markdown', () => {
  it('adds front matter from the `#` title and byline, and keeps the rest as written', () => {
    const cwd = tempDir('classpack-md-')
    const body = blocks.slice(1, -1).map((b) => (SUBHEADS.includes(b) ? `## ${b}` : b)).join('\n\n') + '\n'
    writeFileSync(join(cwd, 'library.md'), `# ${TITLE}\n\nBy Margaret Okafor\n\n${body}`)
    const result = run(['init', 'library.md', '--into', 'm'], cwd)
    expect(result.code, result.stderr).toBe(0)
    const text = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(text.endsWith(body)).toBe(true)
    const parsed = parseArticle(new VFile({ path: 'article.md', value: text }))!
    expect(parsed.meta).toMatchObject({ title: TITLE, author: 'Margaret Okafor' })
    expect(wordsOf(parsed)).toEqual(bodyWords)
    expect(run(['check', 'm'], cwd).code).toBe(0)
  })

  it('keeps an article.md that has its own front matter byte for byte', () => {
    const cwd = tempDir('classpack-md-')
    const own = `---\ntitle: ${TITLE}\nauthor: Margaret Okafor\n---\n\n${blocks.slice(1, -1).join('\n\n')}\n`
    writeFileSync(join(cwd, 'library.md'), own)
    expect(run(['init', 'library.md', '--into', 'm'], cwd).code).toBe(0)
    expect(readFileSync(join(cwd, 'm/article.md'), 'utf8')).toBe(own)
  })
})
