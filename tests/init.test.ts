
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { strToU8, zipSync } from 'fflate'
import YAML from 'yaml'
import { VFile } from 'vfile'
import { parseArticle } from '../src/article/parse.js'
import { KINDS } from '../src/claims/model.js'
import { readClaims } from '../src/claims/read.js'
import { planModule } from '../src/init/index.js'
import { buildPack, checkModule, formatMessages, initModule, type InitResult } from '../src/index.js'
import { writeModule } from '../src/write/module.js'
import { BIN, ROOT, run, tempDir } from './helpers/fixtures.js'
import { plant, tree } from './helpers/tree.js'
import { makeDocx, type DocxParagraph } from './helpers/docx.js'
import { readPdf } from './helpers/pdf.js'

const FIXTURES = join(ROOT, 'tests/fixtures/init')
const LIBRARY = join(FIXTURES, 'library.txt')
const TEXT = readFileSync(LIBRARY, 'utf8')
const DRAFT = 'Draft — claims not yet reviewed'
const SUBHEADS = ['What the council is proposing', 'Who uses the library on a Sunday', 'A saving that may cost more', 'What the council should do instead']
const TITLE = 'Keep the library open on Sundays'
const STANDFIRST = 'The council’s saving is small, and the cost to the town may be large'
const BIO = 'Margaret Okafor is a retired secondary school teacher and a member of the Friends of Greenfield Library.'
/** What init writes: the four files a teacher edits, and the record of the article's numbering (paragraphs.lock). */
const FOUR = ['article.md', 'claims.yaml', 'module.yaml', 'paragraphs.lock', 'questions.yaml']

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

interface Initialized {
  cwd: string
  dir: string
  result: InitResult
  parsed: NonNullable<ReturnType<typeof parseArticle>>
}

/** Run init on `article` into a fresh folder; the module's folder, init's result and article.md parsed. */
async function init(article: string): Promise<Initialized> {
  const cwd = tempDir('classpack-init-')
  const dir = join(cwd, 'source/library')
  const result = await initModule({ path: article, into: dir, cwd })
  expect(result.written, formatMessages(result.files)).toBe(true)
  const file = new VFile({ path: 'article.md', value: readFileSync(join(dir, 'article.md'), 'utf8') })
  const parsed = parseArticle(file)!
  return { cwd, dir, result, parsed }
}

/** The module made from the plain-text article, made once and shared by the tests that only read it. */
let fromText: Promise<Initialized> | undefined
const textModule = (): Promise<Initialized> => (fromText ??= init(LIBRARY))

/** The words of the parsed article's body, subheads and paragraphs in reading order. */
function wordsOf(article: NonNullable<ReturnType<typeof parseArticle>>): string[] {
  const out: string[] = []
  for (const section of article.sections) {
    if (section.heading) out.push(section.heading)
    for (const n of section.paragraphs) out.push(article.paragraphs[n - 1]!.text)
  }
  return out.join(' ').split(/\s+/).filter(Boolean)
}

const DOCUMENTS = ['article', 'article-teacher', 'handout', 'handout-teacher', 'discussion', 'discussion-facilitator', 'quiz', 'answer-key']

/**
 * `check` passes (warnings allowed), and `build` makes a full pack whose every document is
 * marked Draft; its PDFs too when `pdf` (rendering them is the slow part: one pack does).
 */
async function checksAndBuildsDraft(dir: string, pdf: boolean): Promise<void> {
  const check = checkModule(dir)
  expect(check.ok, formatMessages(check.files)).toBe(true)
  expect(check.messages.filter((m) => m.fatal)).toEqual([])
  expect(check.messages.some((m) => m.ruleId === 'claim-suggested')).toBe(true)

  const out = tempDir('classpack-init-out-')
  const build = await buildPack({ dir, out, formats: new Set(pdf ? ['html', 'pdf'] : ['html']) })
  expect(build.target, formatMessages(build.files)).toBe(join(out, 'library'))
  const pack = build.target!
  const files = readdirSync(pack).sort()
  for (const doc of DOCUMENTS) expect(files).toEqual(expect.arrayContaining([`${doc}.html`, ...(pdf ? [`${doc}.pdf`] : [])]))
  expect(files).toEqual(expect.arrayContaining(['index.html', 'manifest.json']))
  for (const name of files.filter((f) => f.endsWith('.html'))) expect(readFileSync(join(pack, name), 'utf8'), name).toContain(DRAFT)
  const pdfs = files.filter((f) => f.endsWith('.pdf'))
  expect(pdfs.length).toBe(pdf ? DOCUMENTS.length : 0)
  for (const name of pdfs) {
    const read = await readPdf(new Uint8Array(readFileSync(join(pack, name))))
    expect(read.pages[0]!.text, name).toContain(DRAFT)
    // Every page's running header says Draft too: a loose page 2 must not pass for final.
    for (const [n, page] of read.pages.entries()) expect(page.text, `${name} p${n + 1}`).toMatch(/^.*\bDraft\b/m)
  }
}

describe('classpack init from plain text', () => {
  let m: Initialized
  beforeAll(async () => {
    m = await textModule()
  })

  it('writes the four files and returns what it guessed, with where each guess came from', () => {
    expect(readdirSync(m.dir).sort()).toEqual(FOUR)
    expect(m.result).toMatchObject({ written: true, dir: m.dir, type: 'text', paths: ['article.md', 'claims.yaml', 'questions.yaml', 'module.yaml', 'paragraphs.lock'].map((f) => join(m.dir, f)) })
    expect(m.result.guesses).toEqual(
      expect.arrayContaining([
        { what: 'title', value: TITLE, how: 'the first line' },
        { what: 'standfirst', value: STANDFIRST, how: 'the short line before the byline' },
        { what: 'author', value: 'Margaret Okafor', how: 'the line “By Margaret Okafor”' },
        expect.objectContaining({ what: 'author_bio', value: BIO }),
        expect.objectContaining({ what: 'subheads', value: '“What the council is proposing”, “Who uses the library on a Sunday”, “A saving that may cost more”, “What the council should do instead”' })
      ])
    )
    // Its messages are check's on the new module: a warning for each suggested claim, no error.
    expect(m.result.messages.filter((x) => x.ruleId === 'claim-suggested')).toHaveLength(m.result.claims)
    expect(m.result.messages.filter((x) => x.fatal !== false)).toEqual([])
    const said = (messages: ReadonlyArray<{ file?: string | null; line?: number; column?: number; ruleId?: string | null; reason: string }>): string[] => messages.map((x) => `${basename(x.file ?? '')}:${x.line}:${x.column} ${x.ruleId} ${x.reason}`).sort()
    expect(said(m.result.messages)).toEqual(said(checkModule(m.dir).messages))
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

  it('passes check with warnings only and builds a full pack marked Draft, in HTML and PDF', async () => {
    await checksAndBuildsDraft(m.dir, true)
  })

  it('takes a line that gives where the article is ("Source: https://…") as its `url`, in plain text and Markdown, not as ¶1', async () => {
    const URL = 'https://www.example.org/2024/greenfield-library-sundays'
    const text = TEXT.replace('By Margaret Okafor\n', `By Margaret Okafor\n\nSource: ${URL}\n`)
    const markdown = `# ${TITLE}\n\nBy Margaret Okafor\n\n[Read it online](${URL})\n\n${blocks.slice(2, -1).join('\n\n')}\n`
    for (const [path, source, line] of [
      ['library.txt', text, `Source: ${URL}`],
      ['library.md', markdown, `[Read it online](${URL})`]
    ] as const) {
      const plan = await planModule({ path, bytes: new TextEncoder().encode(source), into: 'm' })
      expect(plan.guesses.find((g) => g.what === 'url'), path).toEqual({ what: 'url', value: URL, how: `the line “${line}”` })
      const article = plan.files.find((f) => f.name === 'article.md')!.text
      expect(article, path).toContain(`url: "${URL}"`)
      const parsed = parseArticle(new VFile({ path: 'article.md', value: article }))!
      expect(parsed.paragraphs.some((p) => p.text.includes(URL)), path).toBe(false)
    }
    // With the publication named before the address, both are taken.
    const named = TEXT.replace('By Margaret Okafor\n', `By Margaret Okafor\n\nSource: The Greenfield Gazette, ${URL}\n`)
    const both = await planModule({ path: 'library.txt', bytes: new TextEncoder().encode(named), into: 'm' })
    expect(both.guesses.filter((g) => g.what === 'publication' || g.what === 'url').map((g) => g.value)).toEqual(['The Greenfield Gazette', URL])
    expect(both.guesses.find((g) => g.what === 'standfirst')?.value).toBe(STANDFIRST)
    // Within the body, such a line is the article's own (a source it cites): left where it stands.
    const raw = TEXT.split(/\n\s*\n/)
    const within = [...raw.slice(0, 2), `Source: ${URL}`, ...raw.slice(2)].join('\n\n')
    const plan = await planModule({ path: 'library.txt', bytes: new TextEncoder().encode(within), into: 'm' })
    expect(plan.guesses.find((g) => g.what === 'url')).toBeUndefined()
    const kept = plan.files.find((f) => f.name === 'article.md')!.text
    expect(kept).toContain(URL)
    // As a paragraph: a short line without closing punctuation between paragraphs reads as a subhead, but not one holding an address.
    expect(kept).not.toContain(`## Source: ${URL}`)
    expect(kept).toContain(`\n\nSource: ${URL}\n\n`)
  })

  it('without a byline, takes the line after the headline as standfirst and leaves the author to the teacher', async () => {
    const text = TEXT.replace('By Margaret Okafor\n', '').replace(/\nMargaret Okafor is[\s\S]*$/, '\n')
    const plan = await planModule({ path: 'library.txt', bytes: new TextEncoder().encode(text), into: 'm' })
    expect(plan.guesses.find((g) => g.what === 'standfirst')).toEqual({ what: 'standfirst', value: STANDFIRST, how: 'the short line after the headline' })
    const article = plan.files.find((f) => f.name === 'article.md')!.text
    expect(article).not.toMatch(/^author:/m)
    expect(article).not.toContain('unknown')
    // check then asks for exactly what is missing, as a warning: the module builds, naming no author.
    expect(plan.checked.flatMap((f) => f.messages.filter((x) => x.fatal).map((x) => x.reason))).toEqual([])
    const authorless = plan.checked.flatMap((f) => f.messages.filter((x) => x.ruleId === 'article-author').map((x) => x.reason))
    expect(authorless).toEqual(["Missing field `author` in the article front matter, expected the author's name (or `author: unknown` when the source names none)"])
  })
})

describe('classpack init from a saved web page', () => {
  let m: Initialized
  beforeAll(async () => {
    m = await init(join(FIXTURES, 'library.html'))
  })

  it('takes the details from the page metadata', () => {
    expect(m.result.type).toBe('page')
    expect(m.parsed.meta).toMatchObject({ title: TITLE, standfirst: STANDFIRST, author: 'Margaret Okafor', authorBio: BIO, publication: 'The Greenfield Gazette', published: '2025-03-04', url: 'https://gazette.example/opinion/keep-the-library-open-on-sundays', lang: 'en-GB' })
  })

  it('keeps the article words in order and drops navigation, banners, scripts and footers', () => {
    expect(wordsOf(m.parsed)).toEqual(bodyWords)
    const text = readFileSync(join(m.dir, 'article.md'), 'utf8')
    for (const boilerplate of ['cookies', 'Subscribe', 'More from Opinion', 'newsletter', 'dataLayer', 'All rights reserved', 'Share on Facebook', 'Published']) expect(text).not.toContain(boilerplate)
  })

  it('passes check with warnings only and builds a full pack marked Draft', async () => {
    await checksAndBuildsDraft(m.dir, false)
  })

  it('reads a bare page without metadata: title from its heading, author from its byline', async () => {
    const paragraphs = blocks.slice(1, -1).map((b) => (SUBHEADS.includes(b) ? `<h2>${b}</h2>` : `<p>${b}</p>`)).join('\n')
    const html = `<html><head><title>${TITLE}</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${TITLE}</h1><p>By Margaret Okafor</p>\n${paragraphs}</article><footer>Contact us</footer><script>track()</script></body></html>`
    const plan = await planModule({ path: 'bare.html', bytes: new TextEncoder().encode(html), into: 'm' })
    const parsed = parseArticle(new VFile({ path: 'article.md', value: plan.files[0]!.text }))!
    expect(parsed.meta).toMatchObject({ title: TITLE, author: 'Margaret Okafor', publication: null, published: null })
    expect(wordsOf(parsed)).toEqual(bodyWords)
    expect(plan.checked.flatMap((f) => f.messages).filter((x) => x.fatal)).toEqual([])
  })

  it('leaves out an advertisement inside the article, and keeps an article whose container says it has ads', async () => {
    const paragraphs = blocks.slice(1, -1).map((b, i) => (SUBHEADS.includes(b) ? `<h2>${b}</h2>` : `<p>${b}</p>`) + (i === 2 ? '<div class="ad ad-inline">Advertisement — Subscribe for £1 a week</div><aside id="promo-box"><p>Try our puzzles app</p></aside>' : '')).join('\n')
    const html = `<html><head><title>${TITLE}</title></head><body><div class="page has-ads"><article><h1>${TITLE}</h1><p>By Margaret Okafor</p>\n${paragraphs}</article></div></body></html>`
    const plan = await planModule({ path: 'ads.html', bytes: new TextEncoder().encode(html), into: 'm' })
    const parsed = parseArticle(new VFile({ path: 'article.md', value: plan.files[0]!.text }))!
    expect(wordsOf(parsed)).toEqual(bodyWords)
  })
})

describe('classpack init from a Word file', () => {
  let m: Initialized
  beforeAll(async () => {
    const path = join(tempDir('classpack-docx-'), 'library.docx')
    writeFileSync(path, docx())
    m = await init(path)
  })

  it('keeps the words in order, with Title as title and Heading 2 as subheads', () => {
    expect(m.result.type).toBe('docx')
    expect(m.parsed.meta).toMatchObject({ title: TITLE, standfirst: STANDFIRST, author: 'Margaret Okafor', authorBio: BIO })
    expect(m.parsed.sections.map((s) => s.heading)).toEqual([null, ...SUBHEADS])
    expect(wordsOf(m.parsed)).toEqual(bodyWords)
  })

  it('passes check with warnings only and builds a full pack marked Draft', async () => {
    await checksAndBuildsDraft(m.dir, false)
  })
})

describe('suggested claims', () => {
  let m: Initialized
  let file: VFile
  let data: NonNullable<ReturnType<typeof readClaims>>
  beforeAll(async () => {
    m = await textModule()
    file = new VFile({ path: 'claims.yaml', value: readFileSync(join(m.dir, 'claims.yaml'), 'utf8') })
    data = readClaims(file)!
  })

  it('proposes 8 to 15 claims, each suggested, of a kind the schema allows', () => {
    expect(file.messages.filter((x) => x.fatal)).toEqual([])
    expect(data.claims.length).toBeGreaterThanOrEqual(8)
    expect(data.claims.length).toBeLessThanOrEqual(15)
    expect(m.result.claims).toBe(data.claims.length)
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
    expect(his.asserted_by).toEqual([reyes.id])
    expect(his.evidence).toBe('reported-statement')
    const amin = data.claims.find((c) => c.quote.startsWith('Rachel Amin'))!
    expect(data.actors.find((a) => amin.asserted_by.includes(a.id))?.name).toBe('Rachel Amin')
    const own = data.claims.find((c) => c.quote.includes('councillors should reject it'))!
    expect(own).toMatchObject({ asserted_by: ['author'], kind: 'normative', hedges: ['likely'] })
  })

  it('warns about each suggested claim at its line in check', () => {
    const warnings = checkModule(m.dir).messages.filter((x) => x.ruleId === 'claim-suggested')
    expect(warnings).toHaveLength(data.claims.length)
    const text = String(file.value).split('\n')
    for (const warning of warnings) {
      expect(warning.fatal).toBe(false)
      expect(warning.file).toBe(join(m.dir, 'claims.yaml'))
      expect(text[warning.line! - 1]).toBe('    status: suggested')
    }
  })

  it('builds without the Draft mark once every claim is reviewed and paraphrased', async () => {
    const path = join(m.dir, 'claims.yaml')
    const reviewed = readFileSync(path, 'utf8').replace(/status: suggested/g, 'status: reviewed').replace(/# paraphrase: the claim in your own words/g, 'paraphrase: The teacher’s own words.')
    const cwd = tempDir('classpack-reviewed-')
    const dir = join(cwd, 'library')
    mkdirSync(dir)
    for (const name of readdirSync(m.dir)) writeFileSync(join(dir, name), name === 'claims.yaml' ? reviewed : readFileSync(join(m.dir, name)))
    const build = await buildPack({ dir, out: join(cwd, 'out'), formats: new Set(['html']) })
    expect(build.target, formatMessages(build.files)).toBe(join(cwd, 'out/library'))
    expect(build.files.flatMap((f) => f.messages).filter((x) => x.ruleId === 'claim-suggested')).toEqual([])
    const handout = readFileSync(join(cwd, 'out/library/handout.html'), 'utf8')
    expect(handout).not.toContain(DRAFT)
    expect(handout).toContain('The teacher’s own words.')
    // What only the teacher can write, and the scaffold left for them, is named where it stands.
    const left = build.files.flatMap((f) => f.messages.filter((x) => x.ruleId === 'scaffold-text').map((x) => `${basename(f.path)}:${x.line} ${x.reason}`))
    const shorts = (YAML.parse(readFileSync(join(dir, 'questions.yaml'), 'utf8')) as { quiz: Array<{ type: string }> }).quiz.filter((q) => q.type === 'short')
    // Actors have no role to leave in: init writes none (only a comment asking for it).
    expect(left.filter((l) => l.startsWith('claims.yaml:'))).toEqual([])
    expect(left.filter((l) => l.startsWith('questions.yaml:'))).toHaveLength(shorts.length)
    expect(left.at(-1)).toMatch(/^questions\.yaml:\d+ Unexpected scaffold text `\(Write the model answer once the claim is reviewed\.\)` in the model answer of `[^`]+`, expected the model answer: the answer key prints what is around it as the model answer$/)
    // The reminder is the teacher's, in questions.yaml: the answer key and the manifest give what is around it.
    const key = readFileSync(join(cwd, 'out/library/answer-key.html'), 'utf8')
    const manifest = readFileSync(join(cwd, 'out/library/manifest.json'), 'utf8')
    expect(key).toMatch(/A paraphrase of ¶\d+ that keeps its/)
    for (const [name, text] of [['answer-key.html', key], ['manifest.json', manifest]]) expect(text, name).not.toContain('Write the model answer once')
    // A draft is a draft: while claims are suggested, the scaffold's text is expected.
    expect(checkModule(m.dir).messages.filter((x) => x.ruleId === 'scaffold-text')).toEqual([])
  })

  it('names each actor and leaves the role to the teacher, asking for it in a comment: no placeholder to print', async () => {
    const text = String(file.value)
    // Only who the article says they are with the name is a role: "Councillor Daniel Reyes"
    // ("Rachel Amin, who has worked there for a decade," says what she did, not who she is).
    expect(data.actors.filter((a) => a.role).map((a) => [a.name, a.role])).toEqual([['Daniel Reyes', 'Councillor']])
    const untitled = data.actors.filter((a) => !a.role)
    expect(untitled.length).toBeGreaterThan(0)
    for (const actor of untitled) expect(text).toMatch(new RegExp(`  - id: ${actor.id}\\n    name: .+\\n    # role: who they are, in a few words \\(named in ¶\\d+\\)\\n`))
    expect(text).not.toContain('describe their role')
    // The handouts print each actor by name alone until a role is written.
    const out = tempDir('classpack-roles-')
    const build = await buildPack({ dir: m.dir, out, formats: new Set(['html']) })
    for (const name of ['handout.html', 'handout-teacher.html']) {
      const html = readFileSync(join(build.target!, name), 'utf8')
      for (const actor of untitled) expect(html, name).toContain(`<li><strong>${actor.name}</strong></li>`)
      expect(html, name).toMatch(/<strong>Daniel Reyes<\/strong>[^<]*Councillor/)
      expect(html, name).not.toMatch(/named in ¶|describe their role/i)
    }
  })

  it('warns at its line, draft or not, of a role an earlier init wrote ("Named in ¶3; describe their role")', () => {
    const actor = data.actors.find((a) => !a.role)!
    const old = String(file.value).replace(/(  - id: [^\n]+\n    name: [^\n]+\n)    # role: [^\n]+\n/g, (_, head: string) => `${head}    role: "Named in ¶1; describe their role"\n`)
    const cwd = tempDir('classpack-old-role-')
    const dir = join(cwd, 'library')
    mkdirSync(dir)
    for (const name of readdirSync(m.dir)) writeFileSync(join(dir, name), name === 'claims.yaml' ? old : readFileSync(join(m.dir, name)))
    const warnings = checkModule(dir).messages.filter((x) => x.ruleId === 'scaffold-text')
    expect(warnings).toHaveLength(data.actors.filter((a) => !a.role).length)
    const lines = old.split('\n')
    expect(warnings[0]!.fatal).toBe(false)
    expect(warnings[0]!.file).toBe(join(dir, 'claims.yaml'))
    expect(lines[warnings[0]!.line! - 1]).toBe('    role: "Named in ¶1; describe their role"')
    expect(lines[warnings[0]!.line! - 3]).toBe(`  - id: ${actor.id}`)
    expect(warnings[0]!.column).toBe(11)
    expect(warnings[0]!.reason).toBe(`Unexpected scaffold text \`describe their role\` in the role of actor \`${actor.id}\`, expected the teacher's own words, or no \`role\`: the students' handout prints it`)
  })

  it('still requires a paraphrase of a reviewed claim', () => {
    const text = String(file.value).replace('    status: suggested', '    status: reviewed')
    const bad = new VFile({ path: 'claims.yaml', value: text })
    readClaims(bad)
    const line = text.split('\n').indexOf('    status: reviewed')
    const id = /^claims:\n(?:.*\n)*? {2}- id: (.+)$/m.exec(text)![1]
    expect(bad.messages.map((x) => `${x.line}:${x.column} ${x.reason}`)).toEqual([`${line}:5 Missing field \`paraphrase\` in claim \`${id}\`, expected the claim in your own words (a reviewed claim needs one; \`status: suggested\` lets its quote stand in)`])
  })
})

describe('classpack init never overwrites what it did not make', () => {
  /** Init into `into` from `cwd`, which must be refused with `rule` and leave every byte under `cwd` as it was; the message. */
  async function refused(cwd: string, into: string | undefined, rule: string, article = LIBRARY): Promise<string> {
    const before = tree(cwd)
    const result = await initModule({ path: article, cwd, ...(into === undefined ? {} : { into }) })
    expect(result.written).toBe(false)
    expect(result.paths).toEqual([])
    expect(result.messages.map((x) => [x.fatal, x.ruleId])).toEqual([[true, rule]])
    expect(tree(cwd)).toEqual(before)
    return formatMessages(result.files)
  }

  it('refuses a folder that holds anything, naming what is there', async () => {
    const cwd = tempDir('classpack-refuse-')
    plant(cwd, { 'taken/notes.txt': 'mine', 'taken/article.md': 'also mine', 'taken/sub/deep.txt': 'deep' })
    const dir = join(cwd, 'taken')
    expect(await refused(cwd, dir, 'init-exists')).toBe(`${dir}: error: Unexpected existing folder holding \`article.md\`, \`notes.txt\`, \`sub\`, expected a new or empty folder for the module: nothing was written (choose another with --into)  [init-exists]`)
  })

  it('refuses the default folder when it is taken', async () => {
    const cwd = tempDir('classpack-refuse-')
    plant(cwd, { 'source/keep-library-open-sundays/claims.yaml': 'claims: []' })
    expect(await refused(cwd, undefined, 'init-exists')).toContain('source/keep-library-open-sundays: error: Unexpected existing folder holding `claims.yaml`')
  })

  it('refuses a file where the folder would go', async () => {
    const cwd = tempDir('classpack-refuse-')
    plant(cwd, { 'module.txt': 'a file' })
    expect(await refused(cwd, 'module.txt', 'init-exists')).toContain('module.txt: error: Unexpected existing file, expected a new or empty folder')
  })

  it('refuses `source/` itself, a module there, and a folder inside a module', async () => {
    const cwd = tempDir('classpack-refuse-')
    plant(cwd, { 'source/other/article.md': '---\ntitle: Other\n---\n\nMine.\n', 'source/other/claims.yaml': 'claims: []\n' })
    expect(await refused(cwd, 'source', 'out-protected')).toContain('source: error: Unexpected module folder that is `source/`, where modules live')
    // A module already there is answered as one, as running init twice gets it.
    expect(await refused(cwd, 'source/other', 'init-exists')).toContain('source/other: error: Unexpected existing folder holding `article.md`, `claims.yaml`, expected a new or empty folder')
    expect(await refused(cwd, 'source/other/notes', 'out-protected')).toContain('source/other/notes: error: Unexpected module folder inside the module `source/other`')
    // `source/` is refused even while it is empty: a module goes in a folder of its own inside it.
    const empty = tempDir('classpack-refuse-')
    mkdirSync(join(empty, 'source'))
    await refused(empty, 'source', 'out-protected')
  })

  it('refuses the current folder and the folders above it', async () => {
    const cwd = tempDir('classpack-refuse-')
    expect(await refused(cwd, '.', 'out-protected')).toContain('Unexpected module folder that is the current folder, expected a folder below it')
    plant(cwd, { 'notes.txt': 'mine' })
    await refused(cwd, '.', 'out-protected')
    const below = join(cwd, 'class')
    mkdirSync(below)
    expect(await refused(below, '..', 'out-protected')).toContain('Unexpected module folder that holds the current folder')
  })

  it('refuses a symlink, even to an empty folder, and a link in the path', async () => {
    const cwd = tempDir('classpack-refuse-')
    mkdirSync(join(cwd, 'empty'))
    symlinkSync(join(cwd, 'empty'), join(cwd, 'link'), 'dir')
    expect(await refused(cwd, 'link', 'out-symlink')).toContain('link: error: Unexpected symlink to `' + join(cwd, 'empty') + '` where the module folder goes')
    expect(await refused(cwd, 'link/module', 'out-symlink')).toContain('in the path of --into')
    symlinkSync(join(cwd, 'nowhere'), join(cwd, 'dangling'))
    await refused(cwd, 'dangling', 'out-symlink')
  })

  it('refuses before reading the article when the given folder is taken', async () => {
    const cwd = tempDir('classpack-refuse-')
    plant(cwd, { 'taken/notes.txt': 'mine' })
    await refused(cwd, 'taken', 'init-exists', join(cwd, 'missing.txt'))
  })

  it('reports an article it cannot read, and writes nothing', async () => {
    const cwd = tempDir('classpack-unreadable-')
    expect(await refused(cwd, 'm', 'file-unreadable', 'missing.txt')).toBe('missing.txt: error: Missing file, expected the article to start the module from  [file-unreadable]')
    mkdirSync(join(cwd, 'folder.txt'))
    expect(await refused(cwd, 'm', 'file-unreadable', 'folder.txt')).toContain('Unexpected folder, expected the article file')
  })

  it('leaves alone what appears at the folder while it writes, and leaves no trace', async () => {
    const cwd = tempDir('classpack-race-')
    const files = [{ name: 'article.md', text: 'new' }]
    const appear: Record<string, () => void> = {
      'a file': () => plant(cwd, { m: 'theirs' }),
      'a folder with a file': () => plant(cwd, { 'm/notes.txt': 'theirs' }),
      'a link': () => symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'm'))
    }
    for (const [what, make] of Object.entries(appear)) {
      let after: Map<string, string> | undefined
      const problems = writeModule('m', files, {
        cwd,
        onStep: () => {
          make()
          after = tree(cwd)
        }
      })
      expect(problems.map((p) => p.reason), what).toEqual([expect.stringContaining(', which appeared while init was working, expected a new or empty folder')])
      const now = tree(cwd)
      // The staging folder is gone, and what appeared is as it was.
      for (const [path, entry] of now) expect(after!.get(path), path).toBe(entry)
      expect([...now.keys()].filter((p) => p.startsWith('.'))).toEqual([])
      for (const entry of readdirSync(cwd)) rmSync(join(cwd, entry), { recursive: true, force: true })
    }
    // An empty folder that appears holds nothing to lose: the module takes its place.
    expect(writeModule('m', files, { cwd, onStep: () => mkdirSync(join(cwd, 'm')) })).toEqual([])
    expect(readdirSync(join(cwd, 'm'))).toEqual(['article.md'])
  })

  it('clears a staging folder an interrupted init left, and writes into an empty folder or by default into source/<slug of the title>', async () => {
    const cwd = tempDir('classpack-empty-')
    mkdirSync(join(cwd, 'empty'))
    plant(cwd, { 'source/.keep-library-open-sundays.init-99999/article.md': 'debris' })
    const into = await initModule({ path: LIBRARY, into: 'empty', cwd })
    expect(into.written, formatMessages(into.files)).toBe(true)
    expect(readdirSync(join(cwd, 'empty')).sort()).toEqual(FOUR)
    const given = await initModule({ path: LIBRARY, cwd })
    expect(given).toMatchObject({ written: true, dir: 'source/keep-library-open-sundays' })
    expect(readdirSync(join(cwd, 'source/keep-library-open-sundays')).sort()).toEqual(FOUR)
    // No staging folder is left behind, this run's or the earlier one's.
    expect(readdirSync(join(cwd, 'source'))).toEqual(['keep-library-open-sundays'])
  })

  it('is misuse to ask for an article type it cannot read', async () => {
    await expect(initModule({ path: 'article.pdf' })).rejects.toThrow(TypeError)
  })
})

describe('classpack init from Markdown', () => {
  it('adds front matter from the `#` title and byline, and keeps the rest as written', async () => {
    const cwd = tempDir('classpack-md-')
    const body = blocks.slice(1, -1).map((b) => (SUBHEADS.includes(b) ? `## ${b}` : b)).join('\n\n') + '\n'
    writeFileSync(join(cwd, 'library.md'), `# ${TITLE}\n\nBy Margaret Okafor\n\n${body}`)
    const result = await initModule({ path: 'library.md', into: 'm', cwd })
    expect(result.written, formatMessages(result.files)).toBe(true)
    expect(result.type).toBe('markdown')
    const text = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(text.endsWith(body)).toBe(true)
    const parsed = parseArticle(new VFile({ path: 'article.md', value: text }))!
    expect(parsed.meta).toMatchObject({ title: TITLE, author: 'Margaret Okafor' })
    expect(wordsOf(parsed)).toEqual(bodyWords)
    expect(checkModule(join(cwd, 'm')).ok).toBe(true)
  })

  it('takes a closing line about the author to author_bio, as from plain text, so it is no numbered paragraph', async () => {
    const cwd = tempDir('classpack-md-')
    const body = blocks.slice(1, -1).map((b) => (SUBHEADS.includes(b) ? `## ${b}` : b)).join('\n\n') + '\n'
    const bio = blocks.at(-1)!
    writeFileSync(join(cwd, 'library.md'), `# ${TITLE}\n\nBy Margaret Okafor\n\n${body}\n${bio}\n`)
    const result = await initModule({ path: 'library.md', into: 'm', cwd })
    expect(result.written, formatMessages(result.files)).toBe(true)
    const text = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    const parsed = parseArticle(new VFile({ path: 'article.md', value: text }))!
    expect(parsed.meta).toMatchObject({ author: 'Margaret Okafor', authorBio: bio })
    expect(wordsOf(parsed)).toEqual(bodyWords)
    expect(result.guesses).toContainEqual({ what: 'author_bio', value: bio, how: 'the closing line about the author' })
    // A last paragraph that is the article's own stays where it is.
    writeFileSync(join(cwd, 'own.md'), `# ${TITLE}\n\nBy Margaret Okafor\n\n${body}`)
    const own = await initModule({ path: 'own.md', into: 'n', cwd })
    expect(readFileSync(join(cwd, 'n/article.md'), 'utf8').endsWith(body)).toBe(true)
    expect(own.guesses.some((g) => g.what === 'author_bio')).toBe(false)
    // Set wholly in emphasis, as many sites set a bio (a trial's `*Tomasz Reyes is a …*`), it
    // was the article's last numbered paragraph; a web page's `<em>` one was its bio.
    writeFileSync(join(cwd, 'italic.md'), `# ${TITLE}\n\nBy Margaret Okafor\n\n${body}\n*${bio}*\n`)
    const italic = await initModule({ path: 'italic.md', into: 'i', cwd })
    const parsedItalic = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, 'i/article.md'), 'utf8') }))!
    expect(parsedItalic.meta).toMatchObject({ authorBio: bio })
    expect(wordsOf(parsedItalic)).toEqual(bodyWords)
    expect(italic.guesses).toContainEqual({ what: 'author_bio', value: bio, how: 'the closing line about the author' })
    // The name in bold opening it (the web-page trial's `**Priya Nandakumar** is the …`, as news
    // sites set a bio) stayed the last numbered paragraph.
    const [name, rest] = [bio.split(' is ')[0]!, bio.slice(bio.indexOf(' is '))]
    writeFileSync(join(cwd, 'bold.md'), `# ${TITLE}\n\nBy Margaret Okafor\n\n${body}\n**${name}**${rest}\n`)
    const bold = await initModule({ path: 'bold.md', into: 'b', cwd })
    const parsedBold = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, 'b/article.md'), 'utf8') }))!
    expect(parsedBold.meta).toMatchObject({ authorBio: bio })
    expect(wordsOf(parsedBold)).toEqual(bodyWords)
    expect(bold.guesses).toContainEqual({ what: 'author_bio', value: bio, how: 'the closing line about the author' })
  })

  it('keeps an article.md that has its own front matter byte for byte', async () => {
    const cwd = tempDir('classpack-md-')
    const own = `---\ntitle: ${TITLE}\nauthor: Margaret Okafor\n---\n\n${blocks.slice(1, -1).join('\n\n')}\n`
    writeFileSync(join(cwd, 'library.md'), own)
    const result = await initModule({ path: 'library.md', into: 'm', cwd })
    expect(result.written).toBe(true)
    expect(readFileSync(join(cwd, 'm/article.md'), 'utf8')).toBe(own)
    // What it took the article to be, from that front matter (so the command does not say "author: not found").
    expect(result.guesses).toEqual(expect.arrayContaining([expect.objectContaining({ what: 'title', value: TITLE }), expect.objectContaining({ what: 'author', value: 'Margaret Okafor' })]))
  })

  it('leaves out footnotes, a `#` title repeated under the front matter, and takes a closing line about the author to author_bio', async () => {
    const cwd = tempDir('classpack-md-notes-')
    const text = ['---', 'title: Why I stopped grading homework', 'author: Sam Whitfield', '---', '', '# Why I stopped grading homework', '', 'Last year I stopped, and I think my students learned more because of it.[^1]', '', '## What changed', '', 'Teachers should treat homework as practice.[^note] It may not suit every subject.', '', '[^1]: I teach history in Leeds.', '[^note]: As Butler found.', '    A second line of the note.', '', 'Sam Whitfield is a history teacher and writes about assessment.', ''].join('\n')
    writeFileSync(join(cwd, 'blog.md'), text)
    const result = await initModule({ path: 'blog.md', into: 'm', cwd })
    expect(result.written).toBe(true)
    const article = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, 'm/article.md'), 'utf8') }))!
    expect(article.meta).toMatchObject({ title: 'Why I stopped grading homework', author: 'Sam Whitfield', authorBio: 'Sam Whitfield is a history teacher and writes about assessment.' })
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Last year I stopped, and I think my students learned more because of it.', 'Teachers should treat homework as practice. It may not suit every subject.'])
    expect(article.sections.map((s) => s.heading ?? null)).toEqual([null, 'What changed'])
    expect(result.guesses.filter((g) => g.what === 'left out').map((g) => g.value).join(' | ')).toMatch(/\[\^1\].*\[\^note\].*2 footnote references \| “Why I stopped grading homework”/)
    const check = checkModule(join(cwd, 'm'))
    expect(check.ok, formatMessages(check.files)).toBe(true)
  })

  it('takes a standfirst in emphasis under its own front matter to `standfirst`, and leaves out a byline that repeats its `author`; a byline naming another leaves both', async () => {
    const cwd = tempDir('classpack-md-about-')
    const front = ['---', 'title: Sixteen is old enough', 'author: Helen Marsh', '---', '']
    const body = ['I have taught citizenship for almost twenty years.', '', 'The committee should take the question up again.', '']
    const lines = ['*Teenagers pay the fares. It is time they had a say.*', '', 'By Helen Marsh', '']
    writeFileSync(join(cwd, 'column.md'), [...front, ...lines, ...body].join('\n'))
    const result = await initModule({ path: 'column.md', into: 'm', cwd })
    expect(result.written, formatMessages(result.files)).toBe(true)
    const article = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, 'm/article.md'), 'utf8') }))!
    expect(article.meta).toMatchObject({ title: 'Sixteen is old enough', author: 'Helen Marsh', standfirst: 'Teenagers pay the fares. It is time they had a say.' })
    expect(article.paragraphs.map((p) => p.text)).toEqual(['I have taught citizenship for almost twenty years.', 'The committee should take the question up again.'])
    expect(result.guesses).toContainEqual({ what: 'left out', value: '“By Helen Marsh”', how: "a line that repeats the front matter's `author`" })
    // Which author is right is the teacher's to say: every line stays a paragraph, as written.
    writeFileSync(join(cwd, 'other.md'), [...front, ...lines.map((l) => l.replace('By Helen Marsh', 'By Tom Reyes')), ...body].join('\n'))
    expect((await initModule({ path: 'other.md', into: 'n', cwd })).written).toBe(true)
    const kept = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, 'n/article.md'), 'utf8') }))!
    expect(kept.meta.standfirst).toBeUndefined()
    expect(kept.paragraphs).toHaveLength(4)
  })

  it('renames a field its front matter names otherwise, and keeps the fields classpack does not read as comments, so the module checks', async () => {
    const cwd = tempDir('classpack-md-')
    // As a blog or a static site writes it.
    const text = blocks.slice(1, -1).join('\n\n')
    writeFileSync(join(cwd, 'library.md'), `---\ntitle: ${TITLE}\nauthor: Margaret Okafor\ndate: 2025-06-10\ntags:\n  - libraries\n  - towns\nlayout: post\n---\n\n${text}\n`)
    const result = await initModule({ path: 'library.md', into: 'm', cwd })
    expect(result.written, formatMessages(result.files)).toBe(true)
    const written = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(written).toBe(`---\ntitle: ${TITLE}\nauthor: Margaret Okafor\npublished: 2025-06-10\n# Not read by classpack (kept as comments by classpack init):\n# tags:\n#   - libraries\n#   - towns\n# layout: post\n---\n\n${text}\n`)
    expect(result.guesses).toContainEqual({ what: 'front matter', value: 'kept; `date` read as `published`; `tags`, `layout` kept as comments (classpack does not read them)', how: "the file's own" })
    const checked = checkModule(join(cwd, 'm'))
    expect(checked.ok, formatMessages(checked.files)).toBe(true)
    expect(parseArticle(new VFile({ path: 'article.md', value: written }))!.meta.published).toBe('2025-06-10')
  })
})

describe('the `classpack init` command', () => {
  it('prints what it guessed and what it wrote, and exits 0', async () => {
    const cwd = tempDir('classpack-cli-')
    const result = await run(['init', LIBRARY, '--into', 'm'], cwd)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain(`${LIBRARY}: read as plain text; what init took it to be (correct article.md where it is wrong):\n`)
    expect(result.stdout).toContain(`  title: ${TITLE}  (from the first line)\n`)
    expect(result.stdout).toContain(`  standfirst: ${STANDFIRST}  (from the short line before the byline)\n`)
    expect(result.stdout).toContain('  author: Margaret Okafor  (from the line “By Margaret Okafor”)\n')
    expect(result.stdout).toContain(`  author_bio: ${BIO}`)
    expect(result.stdout).toMatch(/^wrote m\/: article\.md, claims\.yaml, questions\.yaml, module\.yaml, paragraphs\.lock with \d+ suggested claims$/m)
    expect(result.stdout).toMatch(/^check: no errors, \d+ warnings \(\d+ suggested claims to review\)$/m)
    expect(readdirSync(join(cwd, 'm')).sort()).toEqual(FOUR)
  })

  it('ends quietly, with no stack trace, when the reader of its output stops early (`| head`)', () => {
    const cwd = tempDir('classpack-cli-')
    // `true` exits without reading: every write meets a closed pipe (EPIPE).
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" init "${LIBRARY}" --into m | true`], { cwd, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(readdirSync(join(cwd, 'm')).sort()).toEqual(FOUR)
  })

  it('counts the warnings `classpack check` gives the new module, the item-writing lint\'s too', async () => {
    const cwd = tempDir('classpack-cli-')
    const result = await run(['init', join(ROOT, 'tests/fixtures/seed-article.txt'), '--into', 'm'], cwd)
    expect(result.code, result.stderr).toBe(0)
    const check = checkModule(join(cwd, 'm'))
    // This article's suggested claims draw the lint's warnings (a claim in two voices, or asserted jointly).
    expect(check.messages.some((x) => !['claim-suggested', 'article-author'].includes(x.ruleId ?? ''))).toBe(true)
    expect(result.stdout).toContain(`check: no errors, ${check.messages.length} warnings (`)
  })

  it('names the warnings that are not suggested claims (no author found)', async () => {
    const cwd = tempDir('classpack-cli-')
    writeFileSync(join(cwd, 'anon.txt'), 'Nobody signed this\n\nThe council may close the library next year, officials said on Monday.\n\nThe library should stay open because it serves the whole town.\n')
    const result = await run(['init', 'anon.txt', '--into', 'm'], cwd)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^check: no errors, 3 warnings \(2 suggested claims to review; 1 other: article-author\)$/m)
  })

  it('exits 1 naming what is there, and touches nothing', async () => {
    const cwd = tempDir('classpack-cli-')
    plant(cwd, { 'taken/notes.txt': 'mine', 'taken/article.md': 'also mine' })
    const before = tree(cwd)
    const result = await run(['init', LIBRARY, '--into', 'taken'], cwd)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('taken: error: Unexpected existing folder holding `article.md`, `notes.txt`, expected a new or empty folder for the module: nothing was written (choose another with --into)  [init-exists]\n')
    expect(tree(cwd)).toEqual(before)
  })

  it('gives a claim to whoever the sentence reports, a group or a body named inside its subject', async () => {
    const cwd = tempDir('classpack-attribution-')
    const text = [
      'Phones out of the classroom',
      'By Sam Rivera',
      'Our school will ban phones from lessons next term. Research from the University of Leeds suggests that such bans may raise the grades of the weakest pupils.',
      'Critics argue that the evidence is thin and probably overstated.',
      'The governors should review the ban after a year and publish what they find.'
    ].join('\n\n')
    writeFileSync(join(cwd, 'phones.txt'), `${text}\n`)
    const result = await initModule({ path: 'phones.txt', into: 'm', cwd })
    expect(result.written).toBe(true)
    const claims = readClaims(new VFile({ path: 'claims.yaml', value: readFileSync(join(cwd, 'm/claims.yaml'), 'utf8') }))!
    const by = (start: string) => claims.claims.find((c) => c.quote.startsWith(start))?.asserted_by
    expect(by('Research from the University of Leeds')).toEqual(['university-leeds'])
    expect(by('Critics argue')).toEqual(['critics'])
    expect(by('The governors should')).toEqual(['author'])
    expect(claims.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['University of Leeds', 'Critics']))
  })

  it('reads text pasted from a PDF: page numbers left out, a paragraph cut by a page break whole, words broken at line ends joined', async () => {
    const cwd = tempDir('classpack-pdf-paste-')
    const text = [
      'The Hidden Cost of Free Apps',
      '',
      'By Marta Lindqvist',
      '',
      'Most parents assume that a free app is a harmless app. That assump-',
      'tion is increasingly hard to defend, and a one-off fee may be',
      '',
      '12',
      '',
      'the safer choice for a family. Research suggests that free apps may harm young users.',
      '',
      'Designing for attention',
      '',
      'A 2022 study found that 80 per cent of the most popu-',
      'lar apps contained manipulative features, and a one-',
      'off fee could be better.',
      '',
      '- 13 -',
      '',
      'Governments must therefore set clearer rules for app stores.'
    ].join('\n')
    writeFileSync(join(cwd, 'apps.txt'), `${text}\n`)
    const result = await initModule({ path: 'apps.txt', into: 'm', cwd })
    expect(result.written).toBe(true)
    const body = readFileSync(join(cwd, 'm/article.md'), 'utf8').split('\n---\n')[1]!
    expect(body).toContain('That assumption is increasingly hard to defend, and a one-off fee may be the safer choice for a family.')
    expect(body).toContain('the most popular apps contained manipulative features, and a one-off fee could be better.')
    expect(body).not.toMatch(/^## (?:12|- 13 -)$/m)
    expect(body).not.toMatch(/\b1[23]\b/)
    expect(body.match(/^## .*$/gm)).toEqual(['## Designing for attention'])
    const said = result.guesses.map((g) => `${g.what}: ${g.value}`).join('\n')
    expect(said).toContain('left out: “12”, “- 13 -”')
    expect(said).toContain('“assump-” + “tion” → “assumption”')
    const check = checkModule(join(cwd, 'm'))
    expect(check.ok, formatMessages(check.files)).toBe(true)
  })

  it('reads a French article’s byline (“Par …”), standfirst and closing bio, and writes `lang: fr`, which check warns will get English furniture', async () => {
    const cwd = tempDir('classpack-french-')
    const text = [
      'La ville de demain sera-t-elle sans voitures ?',
      'Plusieurs métropoles européennes réduisent la place de l’automobile. Les habitants sont partagés.',
      'Par Claire Dubois',
      'Depuis 2020, Paris a supprimé près de la moitié de ses places de stationnement en surface. Selon la mairie, la pollution a baissé de 40 % en dix ans.',
      '« Nous rendons la rue aux piétons et aux enfants », affirme l’adjointe chargée des transports, Sophie Marchand.',
      'Les commerçants',
      'Les commerçants du centre-ville ne partagent pas cet enthousiasme. Il est probable que l’effet dépende surtout du type de commerce, et les villes devraient accompagner cette transition par des transports publics plus fréquents.',
      'Pourtant, plusieurs études montrent que les piétons et les cyclistes dépensent davantage sur l’année que les automobilistes. Il est vrai que cette mesure ne plaît pas à tous, mais elle est populaire dans les quartiers du centre, et les élus y tiennent.',
      'Claire Dubois est journaliste spécialisée dans l’urbanisme.'
    ].join('\n\n')
    writeFileSync(join(cwd, 'ville.txt'), `${text}\n`)
    const result = await initModule({ path: 'ville.txt', into: 'm', cwd })
    expect(result.written).toBe(true)
    const article = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, 'm/article.md'), 'utf8') }))!
    expect(article.meta).toMatchObject({ author: 'Claire Dubois', authorBio: 'Claire Dubois est journaliste spécialisée dans l’urbanisme.', standfirst: 'Plusieurs métropoles européennes réduisent la place de l’automobile. Les habitants sont partagés.', lang: 'fr' })
    expect(article.sections.map((x) => x.heading ?? null)).toEqual([null, 'Les commerçants'])
    const check = checkModule(join(cwd, 'm'))
    expect(check.ok, formatMessages(check.files)).toBe(true)
    expect(check.messages.filter((x) => x.ruleId === 'ui-language')).toHaveLength(1)
    expect(check.messages.filter((x) => x.ruleId === 'article-author')).toEqual([])
  })

  it('sets a quote that holds direct speech in single marks in a short-answer stem, not ““…,” she said”', async () => {
    const cwd = tempDir('classpack-nested-')
    const text = ['Library hours cut', 'By Jo Smith', '“Children could lose their only quiet place to study,” said the head librarian, Ann Cole.', 'The council should publish its figures because the cut may save little money.'].join('\n\n')
    writeFileSync(join(cwd, 'lib.txt'), `${text}\n`)
    expect((await initModule({ path: 'lib.txt', into: 'm', cwd })).written).toBe(true)
    const stems = (YAML.parse(readFileSync(join(cwd, 'm/questions.yaml'), 'utf8')).quiz as Array<{ stem: string }>).map((q) => q.stem)
    expect(stems).toContainEqual(expect.stringMatching(/put it\? ‘“Children could lose their only quiet place to study,” said the head librarian, Ann Cole’\.$/))
    expect(stems).toContainEqual(expect.stringMatching(/put it\? “The council should publish/))
    const check = checkModule(join(cwd, 'm'))
    expect(check.ok, formatMessages(check.files)).toBe(true)
  })

  it('suggests claims in a German article from its German wording (hedges, reporting, normative, causal), with whose words they are', async () => {
    const cwd = tempDir('classpack-de-suggest-')
    const text = [
      '---\ntitle: Warum die Stadt mehr Radwege braucht\nauthor: Jana Vogel\nlang: de\n---',
      'Die Stadt plant, im nächsten Jahr zwei neue Radwege zu bauen. Vielleicht ist das der wichtigste Schritt für die Verkehrswende.',
      'Laut dem Umweltbundesamt könnten sichere Radwege den Autoverkehr um ein Fünftel senken.',
      '„Unsere Kunden kommen mit dem Auto“, sagte der Vorsitzende des Handelsverbands, Peter Braun.',
      'Der Rat sollte den Plan beschließen, weil die Wege sicherer werden.'
    ].join('\n\n')
    writeFileSync(join(cwd, 'rad.md'), `${text}\n`)
    expect((await initModule({ path: 'rad.md', into: 'm', cwd })).written).toBe(true)
    const claims = readClaims(new VFile({ path: 'claims.yaml', value: readFileSync(join(cwd, 'm/claims.yaml'), 'utf8') }))!
    const of = (start: string) => claims.claims.find((c) => c.quote.startsWith(start))
    expect(of('Vielleicht ist das')).toMatchObject({ hedges: ['Vielleicht'], asserted_by: ['author'] })
    expect(of('Laut dem Umweltbundesamt')).toMatchObject({ hedges: ['könnten'], asserted_by: ['umweltbundesamt'], evidence: 'reported-statement' })
    expect(of('„Unsere Kunden')).toMatchObject({ asserted_by: ['peter-braun'] })
    expect(of('Der Rat sollte')).toMatchObject({ kind: 'normative', asserted_by: ['author'] })
    const check = checkModule(join(cwd, 'm'))
    expect(check.ok, formatMessages(check.files)).toBe(true)
  })

  it('never gives quoted speech to the author: a speaker after the verb, a quotation continued, a surname and “she said” later on', async () => {
    const cwd = tempDir('classpack-speech-')
    const text = [
      'Four-day week divides parents',
      'By Priya Ramaswamy',
      'When Hillside Primary stopped teaching on Fridays, head teacher Margaret Okafor expected complaints.',
      '“Attendance went up in the first term,” Okafor said. “Children seem to arrive less tired, and teachers are certainly less burnt out.”',
      '“For a single parent on a low wage, this could mean choosing between a day’s pay and their child’s safety,” said the network’s chair, Daniel Fenwick.',
      'Dr Helen Marsh of the Institute for Fiscal Studies said the figures likely understate the cost of transport.',
      'For now, Okafor is cautiously optimistic. “If the results hold, I think other schools will follow us,” she said.'
    ].join('\n\n')
    writeFileSync(join(cwd, 'week.txt'), `${text}\n`)
    expect((await initModule({ path: 'week.txt', into: 'm', cwd })).written).toBe(true)
    const claims = readClaims(new VFile({ path: 'claims.yaml', value: readFileSync(join(cwd, 'm/claims.yaml'), 'utf8') }))!
    const by = (start: string) => claims.claims.find((c) => c.quote.startsWith(start))?.asserted_by
    // A whole quoted sentence is quoted without its marks.
    expect(by('Children seem')).toEqual(['margaret-okafor'])
    expect(by('“For a single parent')).toEqual(['daniel-fenwick'])
    expect(by('Dr Helen Marsh')).toEqual(['helen-marsh'])
    expect(by('“If the results hold')).toEqual(['margaret-okafor'])
    expect(claims.actors.map((a) => a.name)).not.toContain('Fiscal Studies')
  })

  it('takes `## ` lines of a plain-text article as subheads, and keeps a negative in their ids', async () => {
    const cwd = tempDir('classpack-text-subheads-')
    const para = (n: number) => `Paragraph ${n} says something about the lanes that a reader can follow, with a figure or two.`
    const text = ['Bike lanes are working', 'By Jo Smith', para(1), '## What the data show', para(2), '## The shops did not close', para(3)].join('\n\n')
    writeFileSync(join(cwd, 'lanes.txt'), `${text}\n`)
    expect((await initModule({ path: 'lanes.txt', into: 'm', cwd })).written).toBe(true)
    const article = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(article).toContain('\n## What the data show\n')
    expect(article).toContain('\n## The shops did not close\n')
    expect(article).not.toContain('\\#')
    expect(readFileSync(join(cwd, 'm/claims.yaml'), 'utf8')).toContain('id: shops-did-not-close')
  })

  it('takes a subject whole at the start of a sentence, after a relative word, and no pronoun or verb phrase for one', async () => {
    const cwd = tempDir('classpack-subjects-')
    const text = [
      'Parking plan divides the town',
      'By Jo Smith',
      'The council voted on Monday to remove parking on the high street. Harbour Street traders said that customers would go elsewhere.',
      'This matches what surveys elsewhere have found: shopkeepers tend to overestimate how many customers drive.',
      "And the council's critics are right to say that the vote was rushed."
    ].join('\n\n')
    writeFileSync(join(cwd, 'parking.txt'), `${text}\n`)
    expect((await initModule({ path: 'parking.txt', into: 'm', cwd })).written).toBe(true)
    const claims = readClaims(new VFile({ path: 'claims.yaml', value: readFileSync(join(cwd, 'm/claims.yaml'), 'utf8') }))!
    const names = claims.actors.map((a) => a.name)
    expect(names).toContain('Harbour Street traders')
    expect(names).toContain('Surveys elsewhere')
    expect(names.filter((n) => /^(?:arbour|his|this|it|and)\b|\b(?:are|should)\b/i.test(n))).toEqual([])
  })

  it('names the speaker after the verb of a quotation ("“…,” said Dr. Helen Arkwright"), the title and initial no end of a sentence', async () => {
    const cwd = tempDir('classpack-inverted-')
    const text = [
      'Farm trial finds microbes raise yields',
      'By Jo Smith',
      'A three-year trial on Kansas farms found that adding soil microbes may raise wheat yields by about a tenth.',
      '"This may well be the best use of the land we have had in decades," said Helen Arkwright, who chairs the planning committee.',
      '"We were honestly surprised by the size of the effect, which could change how farms are run," said Dr. Samuel J. Ortiz, an agronomist at the university.'
    ].join('\n\n')
    writeFileSync(join(cwd, 'farm.txt'), `${text}\n`)
    expect((await initModule({ path: 'farm.txt', into: 'm', cwd })).written).toBe(true)
    const claims = readClaims(new VFile({ path: 'claims.yaml', value: readFileSync(join(cwd, 'm/claims.yaml'), 'utf8') }))!
    const names = claims.actors.map((a) => a.name)
    expect(names).toEqual(expect.arrayContaining(['Helen Arkwright', 'Samuel J. Ortiz']))
    expect(names.filter((n) => /^(?:Dr|J)\.?$/.test(n))).toEqual([])
    for (const [words, name] of [['best use of the land', 'Helen Arkwright'], ['honestly surprised', 'Samuel J. Ortiz']] as const) {
      const claim = claims.claims.find((c) => c.quote.includes(words))
      expect(claim, words).toBeDefined()
      expect(claim!.asserted_by.map((id) => claims.actors.find((a) => a.id === id)?.name)).toEqual([name])
    }
    // The whole sentence, past the title and the initial.
    expect(claims.claims.find((c) => c.quote.includes('honestly surprised'))!.quote).toContain('an agronomist at the university')
  })

  it('takes a German byline ("Von …") and, from its words, the language of an article that does not give it', async () => {
    const cwd = tempDir('classpack-von-')
    const body = [
      'Die Stadt plant, im nächsten Jahr zwei neue Radwege zu bauen. Vielleicht ist das der wichtigste Schritt für die Verkehrswende, sagte die Bürgermeisterin am Dienstag.',
      'Der Rat sollte den Plan beschließen, weil die Wege sicherer werden und weil es für die Kinder in der Stadt auch nicht mehr so gefährlich ist.',
      'Kritiker sagen, dass die Kosten zu hoch sind und dass die Stadt das Geld lieber für Busse ausgeben sollte, die auch im Winter fahren.'
    ]
    writeFileSync(join(cwd, 'radwege.md'), ['# Warum wir mehr Radwege brauchen', 'Von Jana Vogel', ...body].join('\n\n') + '\n')
    writeFileSync(join(cwd, 'radwege.txt'), ['Warum wir mehr Radwege brauchen', 'Von Jana Vogel', ...body].join('\n\n') + '\n')
    for (const name of ['radwege.md', 'radwege.txt']) {
      const into = name.replace('.', '-')
      expect((await initModule({ path: name, into, cwd })).written).toBe(true)
      const article = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(cwd, into, 'article.md'), 'utf8') }))!
      expect(article.meta, name).toMatchObject({ author: 'Jana Vogel', lang: 'de' })
      expect(article.paragraphs.map((p) => p.text)).toEqual(body)
      expect(readFileSync(join(cwd, into, 'questions.yaml'), 'utf8'), name).toContain('Mit eigenen Worten beantworten.')
    }
    // A short news item of about 90 words (18 common German words) was taken for English.
    const short = ['Die Stadt will viel Geld investieren. Das Projekt dürfte etwa 2,5 Millionen Euro kosten, sagte Kämmerer Paul Roth.', 'Die Bauarbeiten könnten voraussichtlich ab dem 1. Mai beginnen. Betroffen wären die Schulstraße und die Hauptstraße.', 'Es gab viel Kritik. Vielleicht kommt das Projekt erst im dritten Quartal, so der Ortsvorsteher.', 'Die Eltern sind skeptisch. Die Kosten könnten auf drei Millionen Euro steigen, warnte die Opposition.']
    writeFileSync(join(cwd, 'kurz.txt'), ['Mehr Geld für Schulwege', ...short].join('\n\n') + '\n')
    expect((await initModule({ path: 'kurz.txt', into: 'kurz', cwd })).written).toBe(true)
    expect(readFileSync(join(cwd, 'kurz/article.md'), 'utf8')).toMatch(/^lang: de$/m)
    // An English line that opens with "By" is no byline unless a name follows.
    writeFileSync(join(cwd, 'way.txt'), 'A headline here\n\nBy the way, nothing\n\nThe council voted on Monday to remove parking on the high street, and it may regret it.\n\nTraders said that customers would go elsewhere, which could hurt the town.\n')
    expect((await initModule({ path: 'way.txt', into: 'way', cwd })).written).toBe(true)
    expect(readFileSync(join(cwd, 'way/article.md'), 'utf8')).not.toMatch(/^author:/m)
    expect(readFileSync(join(cwd, 'way/article.md'), 'utf8')).not.toMatch(/^lang:/m)
  })

  it('writes a German article\'s first questions and set in German, and draws on no generated (English) items', async () => {
    const cwd = tempDir('classpack-german-init-')
    writeFileSync(
      join(cwd, 'artikel.md'),
      '---\ntitle: "Warum wir mehr Radwege brauchen"\nauthor: Jana Vogel\nlang: de-DE\n---\n\nDie Stadt plant, im nächsten Jahr zwei neue Radwege zu bauen. Vielleicht ist das der wichtigste Schritt für die Verkehrswende.\n\nDer Rat sollte den Plan beschließen, weil die Wege sicherer werden.\n'
    )
    const result = await initModule({ path: 'artikel.md', into: 'm', cwd })
    expect(result.written).toBe(true)
    const questions = readFileSync(join(cwd, 'm/questions.yaml'), 'utf8')
    expect(questions).toContain('Mit eigenen Worten beantworten.')
    expect(questions).not.toContain('In your own words')
    const module = readFileSync(join(cwd, 'm/module.yaml'), 'utf8')
    expect(module).toContain('title: "Erster Entwurf"')
    expect(module).not.toMatch(/^ {4}generated:/m)
    const check = checkModule(join(cwd, 'm'))
    expect(check.ok, formatMessages(check.files)).toBe(true)
    expect(check.messages.map((m) => m.ruleId)).not.toContain('generated-language')
  })

  // The answer key prints "A. Correct." or "B. Incorrect." before an option's feedback: the
  // commented example once opened its feedback with "Right:" and "No:", and teachers who
  // followed it got "B. Correct. Right: …".
  it("shows an example item whose feedback does not repeat the key's verdict", async () => {
    const cwd = tempDir('classpack-cli-')
    writeFileSync(join(cwd, 'a.md'), '---\ntitle: "Why cities need more cycle lanes"\nauthor: Jana Vogel\n---\n\nThe city plans two new cycle lanes next year. Perhaps that is the most important step it can take.\n')
    expect((await initModule({ path: 'a.md', into: 'm', cwd })).written).toBe(true)
    const feedback = [...readFileSync(join(cwd, 'm/questions.yaml'), 'utf8').matchAll(/^ *# +feedback: "([^"]*)"/gm)].map((m) => m[1]!)
    expect(feedback.length).toBeGreaterThan(1)
    for (const text of feedback) expect(text).not.toMatch(/^(right|wrong|yes|no|correct|incorrect)\b/i)
  })

  it('refuses an article with no paragraph of text (exit 1), writing nothing', async () => {
    const cwd = tempDir('classpack-cli-')
    writeFileSync(join(cwd, 'empty.txt'), '')
    writeFileSync(join(cwd, 'title.txt'), 'Only a title\n')
    for (const name of ['empty.txt', 'title.txt']) {
      const result = await run(['init', name], cwd)
      expect(result.code, name).toBe(1)
      expect(result.stderr).toContain(`${name}:1:1: error: Unexpected article without paragraphs of text`)
    }
    expect(readdirSync(cwd).sort()).toEqual(['empty.txt', 'title.txt'])
  })

  it('is wrong usage (exit 2) without an article, with two, or with a type it cannot read', async () => {
    expect((await run(['init'])).code).toBe(2)
    expect((await run(['init', 'a.txt', 'b.txt'])).code).toBe(2)
    const pdf = await run(['init', 'article.pdf'])
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toContain('Unexpected article `article.pdf`, expected a file ending in .txt, .md, .markdown, .html, .htm, .docx')
  })
})

describe('a .docx that is no Word document', () => {
  // Each crashed the built command with a stack trace through 66 KB of minified mammoth and
  // jszip: text renamed .docx, an old .doc (an OLE2 container, as a password-protected .docx
  // also is) renamed .docx, and a zip without word/document.xml.
  const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['text.docx', new TextEncoder().encode('hello\n'), /Unexpected file that is not a zip archive \(it starts `hello`\), expected a Word document \(\.docx\)/],
    ['old.docx', OLE2, /Unexpected Word 97–2003 document \(\.doc\) or password-protected file, expected a Word document \(\.docx\).*\(save it again as \.docx from Word, or remove its password\)/],
    ['other.docx', zipSync({ 'notes.txt': strToU8('not a document') }), /Unexpected zip archive without a Word document inside \(no word\/document\.xml\), expected a Word document \(\.docx\)/]
  ]

  it.each(cases)('%s: is one error at the file, with a rule, no stack trace, exit 1, nothing written', (name, bytes, reason) => {
    const cwd = tempDir('classpack-not-docx-')
    writeFileSync(join(cwd, name), bytes)
    const result = spawnSync(process.execPath, [BIN, 'init', name, '--into', 'm'], { cwd, encoding: 'utf8' })
    expect(result.status, result.stderr).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^${name.replace('.', '\\.')}: error: ${reason.source}.*  \\[file-format\\]\\n$`))
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.cjs/)
    expect(result.stdout).toBe('')
    expect(readdirSync(cwd)).toEqual([name])
  })
})

describe('an article that is not UTF-8 text', () => {
  // A Latin-1 `Caf\xe9` was written as `Caf\ufffd` in every file, and a binary file became a module: exit 0 both.
  const cases: Array<[string, Uint8Array, string]> = [
    ['latin1.txt', Uint8Array.from([...new TextEncoder().encode('Title\n\nThe Caf'), 0xe9, ...new TextEncoder().encode(' opened in May.\n')]), 'latin1.txt:3:8: Unexpected byte 0xe9 that is not UTF-8, expected a UTF-8 text file (save it as UTF-8)'],
    ['binary.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'binary.md:3:1: Unexpected binary content (a NUL byte), expected a UTF-8 text file']
  ]
  it.each(cases)('%s: is one error at its first bad byte, nothing written', async (name, bytes, said) => {
    const cwd = tempDir('classpack-not-utf8-')
    writeFileSync(join(cwd, name), bytes)
    const result = await initModule({ path: name, into: 'm', cwd })
    expect(result.written).toBe(false)
    expect(result.messages.map(String)).toEqual([expect.stringContaining(said)])
    expect(readdirSync(cwd)).toEqual([name])
  })
})

describe('ids init makes from words', () => {
  it('keep every letter, transliterated: ß, Đ and Ł are not dropped', async () => {
    const { slug } = await import('../src/init/slug.js')
    expect(['Jürgen Weißmüller', 'Đặng Thị Hà', 'Łukasz Nowak', 'The shops did not close', 'Don’t stop: it’s 2025!'].map((t) => slug(t, 6))).toEqual([
      'jurgen-weissmuller',
      'dang-thi-ha',
      'lukasz-nowak',
      'shops-did-not-close',
      'dont-stop-2025'
    ])
    // German text spells its umlauts out: "müssten" (would have to) is not "mussten" (had to).
    expect(['Jürgen Weißmüller', 'Kinder müssten lernen', 'Schüler ärgern Öl'].map((t) => slug(t, 6, 'de'))).toEqual(['juergen-weissmueller', 'kinder-muessten-lernen', 'schueler-aergern-oel'])
    expect(slug('Kinder müssten lernen', 6, 'en')).toBe('kinder-mussten-lernen')
  })

  // „Was sich für Schülerinnen und Schüler ändert“ was `sich-fuer-schuelerinnen-und`: English's
  // small words left German's in, and took the German "was" (what) for the English one.
  it('in a German article, leave out German small words, as English ones are in English', async () => {
    const { slug } = await import('../src/init/slug.js')
    const headings = ['Was sich für Schülerinnen und Schüler ändert', 'Warum der Preis steigt', 'Kritik von Sozial- und Umweltverbänden', 'Wie es mit dem Ticket weitergeht']
    expect(headings.map((h) => slug(h, 4, 'de'))).toEqual(['schuelerinnen-schueler-aendert', 'preis-steigt', 'kritik-sozial-umweltverbaenden', 'ticket-weitergeht'])
    // English keeps its own list: "was" is a small word there.
    expect(slug('What was said at the meeting', 4, 'en')).toBe('said-meeting')
    const plan = await planModule({ path: 'd.txt', bytes: readFileSync(join(FIXTURES, 'deutschlandticket.txt')), into: 'm' })
    const themes = (YAML.parse(plan.files.find((f) => f.name === 'claims.yaml')!.text) as { themes: Array<{ id: string }> }).themes.map((t) => t.id)
    expect(themes).toEqual(['opening', 'preis-steigt', 'kritik-sozial-umweltverbaenden', 'schuelerinnen-schueler-aendert'])
  })

  it('in a German article, spell umlauts out: the folder, claim, actor and theme ids', async () => {
    const cwd = tempDir('classpack-umlaut-ids-')
    writeFileSync(
      join(cwd, 'schule.md'),
      [
        '---\ntitle: "Schüler müssten früher lernen"\nauthor: Jana Vogel\nlang: de\n---',
        '## Übergänge',
        '„Die Kinder müssten vielleicht schon früher lesen lernen“, sagte Jürgen Schäfer am Dienstag.',
        'Der Rat sollte den Plan beschließen, weil die Schulen sonst überfüllt sind und weil die Lehrkräfte fehlen.'
      ].join('\n\n') + '\n'
    )
    const result = await initModule({ path: 'schule.md', cwd })
    expect(result.written).toBe(true)
    const dir = join(cwd, 'source/schueler-muessten-frueher-lernen')
    const claims = readClaims(new VFile({ path: 'claims.yaml', value: readFileSync(join(dir, 'claims.yaml'), 'utf8') }))!
    expect(claims.themes.map((t) => t.id)).toEqual(['uebergaenge'])
    expect(claims.actors.map((a) => a.id)).toEqual(['juergen-schaefer'])
    // German's small words are left out as English's are: not "die".
    expect(claims.claims[0]!.id).toBe('kinder-muessten-vielleicht-frueher-lesen')
    const ids = [claims.themes, claims.actors, claims.claims].flat().map((x) => x.id)
    for (const id of ids) expect(id).not.toMatch(/(?:^|-)(?:mussten|fruher|schafer|jurgen|ubergange)(?:-|$)/)
  })
})

describe('a web page\'s furniture', () => {
  it('leaves out footnote markers glued to words, the section label and the footnotes, and says so', async () => {
    const cwd = tempDir('classpack-furniture-')
    const page = `<!doctype html><html lang="en"><head><title>Stop Grading Homework</title><meta name="author" content="Dana Reyes"></head><body><main><article>
<p class="kicker">Opinion · Education</p>
<h1>Stop Grading Homework</h1>
<p>Homework grades feel like rigour, and parents like them, but the evidence that grading homework improves learning is thinner than most of us assume.<sup>1</sup></p>
<p>In a widely cited synthesis, researchers found the link between homework and achievement weaker in the lower grades than in high school.<sup>[2]</sup> Nothing in that work suggests that points are what produce the benefit.</p>
<p>Teachers should therefore read homework rather than grade it, because feedback is what students may actually use.</p>
<p class="footnotes"><sup>1</sup> The author taught for nineteen years. <sup>2</sup> Cooper, Robinson and Patall, 2006.</p>
</article></main></body></html>`
    writeFileSync(join(cwd, 'page.html'), page)
    const result = await initModule({ path: 'page.html', into: 'm', cwd })
    expect(result.written).toBe(true)
    const article = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(article).toContain('thinner than most of us assume.\n')
    expect(article).toContain('than in high school. Nothing in that work')
    expect(article).not.toContain('Opinion · Education')
    expect(article).not.toContain('nineteen years')
    expect(result.guesses.filter((g) => g.what === 'left out').map((g) => g.how)).toEqual(["the page's section label", "the page's footnotes"])
  })

  // A trial's saved page set its label as a div of text alone: Readability turned the div into
  // a bare <p>, its class lost, and "Science · Local" was the article's ¶1.
  it('leaves out a section label written as a div of text alone', async () => {
    const cwd = tempDir('classpack-kicker-div-')
    const page = `<!doctype html><html lang="en"><head><title>Stop Grading Homework</title><meta name="author" content="Dana Reyes"></head><body><main><article>
<div class="kicker">Science · Local</div>
<h1>Stop Grading Homework</h1>
<p>Homework grades feel like rigour, and parents like them, but the evidence that grading homework improves learning is thinner than most of us assume.</p>
<p>In a widely cited synthesis, researchers found the link between homework and achievement weaker in the lower grades than in high school.</p>
<p>Teachers should therefore read homework rather than grade it, because feedback is what students may actually use.</p>
</article></main></body></html>`
    writeFileSync(join(cwd, 'page.html'), page)
    const result = await initModule({ path: 'page.html', into: 'm', cwd })
    expect(result.written).toBe(true)
    const article = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(article).not.toContain('Science · Local')
    expect(article.split('---\n')[2]!.trimStart()).toMatch(/^Homework grades feel like rigour/)
    expect(result.guesses.filter((g) => g.what === 'left out')).toEqual([{ what: 'left out', value: '“Science · Local”', how: "the page's section label" }])
  })
  // The web-page trial's page set its label as a link in the header (`<a class="section-label"
  // href="/culture">Culture</a>`): Readability made it a bare <p>, and "Culture" was ¶1. A
  // footnote's reference (`<a class="footnote-ref">`) inside a sentence stays where it is.
  it('leaves out a section label written as a link or a span under another name, and keeps a footnote reference in its sentence', async () => {
    for (const label of ['<a class="section-label" href="/culture">Culture</a>', '<span class="article__section-name">Culture</span>', '<a class="rubric" href="/culture">Culture</a>']) {
      const cwd = tempDir('classpack-section-label-')
      const page = `<!doctype html><html lang="en"><head><title>Stop Grading Homework</title><meta name="author" content="Dana Reyes"></head><body><main><article>
<div class="article-header">${label}<h1>Stop Grading Homework</h1></div>
<p>Homework grades feel like rigour, and parents like them, but the evidence that grading homework improves learning is thinner than most of us assume.</p>
<p>In a widely cited synthesis, researchers found the link<a class="footnote-ref" href="#fn1">1</a> between homework and achievement weaker in the lower grades than in high school.</p>
<p>Teachers should therefore read homework rather than grade it, because feedback is what students may actually use.</p>
</article></main></body></html>`
      writeFileSync(join(cwd, 'page.html'), page)
      const result = await initModule({ path: 'page.html', into: 'm', cwd })
      const article = readFileSync(join(cwd, 'm/article.md'), 'utf8')
      expect(article.split('---\n')[2]!.trimStart(), label).toMatch(/^Homework grades feel like rigour/)
      // The footnote's link is its number alone, no word of the sentence (it was glued on: "the link1 between").
      expect(article, label).toContain('\nIn a widely cited synthesis, researchers found the link between homework and achievement')
      expect(result.guesses.filter((g) => g.what === 'left out'), label).toEqual([{ what: 'left out', value: '“Culture”', how: "the page's section label" }])
    }
  })
})

describe('a web page\'s paragraphs in bold', () => {
  // Many sites' editors set a subhead as a bold paragraph (`<p><strong>…</strong></p>`): it was a ¶ of its own.
  it('reads a short one without closing punctuation as a subhead, and keeps a bold question a bold paragraph', async () => {
    const cwd = tempDir('classpack-bold-')
    const page = `<!doctype html><html lang="en"><head><title>Council votes on library hours</title></head><body><article><h1>Council votes on library hours</h1>
<p>The city council voted on Tuesday to extend library opening hours on weekends.</p>
<p>The plan adds four hours on Saturdays at the central branch, at a cost of about $120,000 a year.</p>
<p><strong>What happens next</strong></p>
<p>The new hours start in March, and the council will review attendance after six months.</p>
<p><b>Who pays?</b></p>
<p>The money comes from the parks budget, which critics said was already stretched.</p>
</article></body></html>`
    writeFileSync(join(cwd, 'page.html'), page)
    const result = await initModule({ path: 'page.html', into: 'm', cwd })
    const article = readFileSync(join(cwd, 'm/article.md'), 'utf8')
    expect(article).toContain('\n## What happens next\n')
    expect(article).toContain('\n**Who pays?**\n')
    expect(result.guesses.find((g) => g.what === 'subheads')?.how).toBe('the headings of the source, and short paragraphs wholly in bold')
  })
})

describe('actors init finds in a sentence', () => {
  it('are not dates: a month beside a number is no person called June or May', async () => {
    const { namedIn } = await import('../src/init/actors.js')
    const names = (s: string): string[] => namedIn(s).map((n) => n.name)
    expect(names('The report, published on 10 June, says the bridge is safe.')).not.toContain('June')
    expect(names('Traffic should return by May 2026, engineers say.')).not.toContain('May')
    expect(names('June Carter said the bridge was safe.')).toContain('June Carter')
  })

  it('are not a possessive or a demonstrative phrase that points back to someone named before', async () => {
    const { namedIn, speaker } = await import('../src/init/actors.js')
    for (const sentence of ['Their report says repairs cost less than planned.', 'This study finds the bridge safe.', 'His office says the work is done.']) {
      const at = sentence.search(/\b(?:says|finds)\b/)
      const marker = /\b(?:says|finds)\b/.exec(sentence)![0]
      expect(speaker(sentence, namedIn(sentence), at, marker), sentence).toBeUndefined()
    }
    // A group named as such still speaks.
    const sentence = 'Head teachers say the ban works.'
    expect(speaker(sentence, namedIn(sentence), sentence.indexOf('say'), 'say')?.name).toBe('Head teachers')
  })
})

describe('a reporting verb negated or after a modal', () => {
  // "the board has not said how" reports that the board did not speak: the author's statement.
  // It made an actor named "The board has not" and gave it the claim.
  it('names no speaker', async () => {
    const { namedIn, speaker } = await import('../src/init/actors.js')
    for (const sentence of ['Lunches stop unless Fridays are covered, and the board has not said how they will be.', 'Officials never said when the bridge would reopen.', 'The council hasn’t said what it will cost.']) {
      const marker = /\b(?:said)\b/.exec(sentence)!
      expect(speaker(sentence, namedIn(sentence), marker.index, marker[0]), sentence).toBeUndefined()
    }
    // A modal makes it a recommendation or a supposition: no one has said it.
    for (const sentence of ['The research is an open question, and the board should say so plainly.', 'Critics might argue that the savings are small.']) {
      const marker = /\b(?:say|argue)\b/.exec(sentence)!
      expect(speaker(sentence, namedIn(sentence), marker.index, marker[0]), sentence).toBeUndefined()
    }
    const sentence = 'The board has said the plan will save money.'
    expect(speaker(sentence, namedIn(sentence), sentence.indexOf('said'), 'said')?.name).toBe('The board')
  })

  // "Study" and "Board" were actors' names: on the handout, "Asserted by: Study".
  it('names one body by its noun with "The", a group without it', async () => {
    const { namedIn, speaker } = await import('../src/init/actors.js')
    const cases: Array<[string, string, string]> = [
      ['The study also found that the effect was larger in cities.', 'found', 'The study'],
      ["The council's finance committee said the plan would cost more.", 'said', "The council's finance committee"],
      ['The critics say the savings are small.', 'say', 'Critics'],
      ['Head teachers say the savings are small.', 'say', 'Head teachers'],
      ['Critics like him say the money would be better spent on air conditioners.', 'say', 'Critics'],
      // "both" and "have" were part of the name: "Drivers' union have both".
      ["The bus operator, Northway, and the drivers' union have both said that free fares would need more drivers.", 'said', "The drivers' union"]
    ]
    for (const [sentence, verb, name] of cases) expect(speaker(sentence, namedIn(sentence), sentence.indexOf(verb), verb)?.name, sentence).toBe(name)
  })

  it('makes no actor and leaves the claim the author’s, not a reported statement', async () => {
    const text = [
      '# Fridays without lunch',
      '',
      'By Ann Example',
      '',
      'Nearly 58 percent of pupils qualify for free lunch, and for many of them it is the most reliable meal of the day.',
      '',
      'A four-day week will likely remove 36 of those meals over a school year unless Fridays are covered, and the board has not said how they will be.',
      '',
      'The district should guarantee Friday meals before the change starts.',
      '',
      'Whether results from small rural schools apply here is an open question, and the board should say so plainly rather than cite the studies that suit it.'
    ].join('\n')
    const plan = await planModule({ path: 'fridays.md', bytes: new TextEncoder().encode(text), into: 'm' })
    const claims = YAML.parse(plan.files.find((f) => f.name === 'claims.yaml')!.text) as { actors?: Array<{ name: string }>; claims: Array<{ quote: string; asserted_by: string; evidence: string }> }
    expect((claims.actors ?? []).map((a) => a.name)).not.toContainEqual(expect.stringMatching(/\bnot\b/))
    const meals = claims.claims.find((c) => c.quote.includes('36 of those meals'))!
    expect(meals.asserted_by).toBe('author')
    expect(meals.evidence).not.toBe('reported-statement')
    const plainly = claims.claims.find((c) => c.quote.includes('should say so plainly'))!
    expect(plainly.asserted_by).toBe('author')
    expect(plainly.evidence).not.toBe('reported-statement')
  })
})
