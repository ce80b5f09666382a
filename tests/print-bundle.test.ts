// The print bundle, read back as a viewer sees it (pdf.js): sections in roster order,
// each starting on an odd page and filling an even number of pages, with or without
// cover sheets; names exactly as written.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFilled } from '../src/render/markdown.js'
import { BLANK_NOTICE, renderPrintBundle, type BundleSection } from '../src/render/pdf/bundle.js'
import type { PdfOptions } from '../src/render/pdf/document.js'
import { DEMO, tempDir, TINY } from './helpers/fixtures.js'
import { build, tryBuild } from './helpers/pack.js'
import { readPdf, readPdfText, roles, type PdfText } from './helpers/pdf.js'

const MODULE = 'A US backstop for European peacekeepers'
const NAMES = ["O'Brien, Seán", 'Zoë Ng', 'Дмитрий Шостакович', 'Ada Lovelace', 'Mary-Jane Ó Súilleabháin']

const OPTIONS: PdfOptions = {
  title: 'Print bundle',
  author: 'Derrick Wyatt',
  subject: 'Quizzes for printing',
  lang: 'en-GB',
  paper: 'a4',
  header: MODULE,
  creationDate: new Date('2026-11-26T00:00:00Z'),
  outline: true
}

/** A quiz of about `pages` pages for `name`. */
function quiz(name: string, pages: number): string {
  const body = Array.from({ length: pages }, (_, i) => `## Part ${i + 1}\n\nQuestion text for part ${i + 1}.`).join('\n\n::page-break\n\n')
  return `# Quiz\n\n**Name:** ${name.replace(/[!-/:-@[-`{-~]/g, '\\$&')}\n\n${body}\n`
}

function cover(name: string): string {
  return `# ${name.replace(/[!-/:-@[-`{-~]/g, '\\$&')}\n\nVersion A, 12 questions.\n`
}

/** Each student's first page (0-based): the first page after the previous section's that names them. */
function sections(pdf: PdfText, names: readonly string[]): Array<{ name: string; first: number; pages: number }> {
  const firsts: number[] = []
  let from = 0
  for (const name of names) {
    const first = pdf.pages.findIndex((p, i) => i >= from && p.text.includes(name))
    expect(first, name).toBeGreaterThanOrEqual(0)
    firsts.push(first)
    from = first + 1
  }
  return names.map((name, i) => ({ name, first: firsts[i]!, pages: (firsts[i + 1] ?? pdf.numPages) - firsts[i]! }))
}

function expectDuplexSafe(pdf: PdfText, names: readonly string[]): void {
  const found = sections(pdf, names)
  for (const s of found) {
    // Page numbers are 1-based: a section's first page is odd, so it starts a sheet.
    expect((s.first + 1) % 2, `${s.name} starts on page ${s.first + 1}`).toBe(1)
    expect(s.pages % 2, `${s.name} has ${s.pages} pages`).toBe(0)
  }
  expect(pdf.numPages % 2).toBe(0)
}

describe('renderPrintBundle', () => {
  const lengths = [1, 2, 3, 1, 4]

  it('starts every section on an odd page and gives it an even number of pages', async () => {
    const input: BundleSection[] = NAMES.map((name, i) => ({ tree: parseFilled(quiz(name, lengths[i]!)), header: `${MODULE} · ${name}` }))
    const pdf = await readPdfText(await renderPrintBundle(input, OPTIONS))
    expectDuplexSafe(pdf, NAMES)
    // 1, 2, 3, 1, 4 quiz pages, each padded to even: 2 + 2 + 4 + 2 + 4.
    expect(pdf.numPages).toBe(14)
  })

  it('numbers each section\'s quiz pages on their own and leaves padding pages blank but for a notice', async () => {
    const input: BundleSection[] = NAMES.map((name, i) => ({ tree: parseFilled(quiz(name, lengths[i]!)), header: `${MODULE} · ${name}` }))
    const pdf = await readPdfText(await renderPrintBundle(input, OPTIONS))
    for (const s of sections(pdf, NAMES)) {
      const quizPages = lengths[NAMES.indexOf(s.name)]!
      for (let i = 0; i < s.pages; i++) {
        const page = pdf.pages[s.first + i]!
        if (i < quizPages) {
          expect(page.lines.map((l) => l.trim())).toContain(`Page ${i + 1} of ${quizPages}`)
          expect(page.text).toContain(`${MODULE} · ${s.name}`)
        } else {
          expect(page.lines.map((l) => l.trim())).toEqual([BLANK_NOTICE])
        }
      }
    }
  })

  it('puts a cover sheet on a sheet of its own, before the quiz', async () => {
    const input: BundleSection[] = NAMES.map((name, i) => ({ tree: parseFilled(quiz(name, lengths[i]!)), cover: parseFilled(cover(name)), header: `${MODULE} · ${name}` }))
    const pdf = await readPdfText(await renderPrintBundle(input, OPTIONS))
    expectDuplexSafe(pdf, NAMES)
    for (const s of sections(pdf, NAMES)) {
      const coverPage = pdf.pages[s.first]!
      expect(coverPage.text).toContain('Version A, 12 questions.')
      expect(coverPage.text).not.toMatch(/Page \d+ of/)
      // Its back is blank, and the quiz starts on the next odd page, numbered from 1.
      expect(pdf.pages[s.first + 1]!.lines.map((l) => l.trim())).toEqual([BLANK_NOTICE])
      expect(pdf.pages[s.first + 2]!.text).toContain('Page 1 of')
      expect(pdf.pages[s.first + 2]!.text).toContain('Question text for part 1.')
    }
  })

  it('is tagged, has metadata, and a bookmark per section', async () => {
    const input: BundleSection[] = NAMES.map((name) => ({ tree: parseFilled(quiz(name, 1)), header: `${MODULE} · ${name}`, label: name }))
    const pdf = await readPdf(await renderPrintBundle(input, OPTIONS))
    expect(pdf.info.Title).toBe('Print bundle')
    expect(pdf.info.Language).toBe('en-GB')
    expect(pdf.fontsEmbedded).toBe(true)
    expect(pdf.outline.map((o) => o.title)).toEqual(NAMES)
    expect(roles(pdf.structTree[0])).toEqual(expect.arrayContaining(['H1', 'P']))
  })
})

describe('the print format', () => {
  const roster = (): string => {
    const path = join(tempDir(), 'class.csv')
    writeFileSync(path, ['name,id', ...NAMES.map((n, i) => `"${n.replace(/"/g, '""')}",${2000 + i}`)].join('\n') + '\n')
    return path
  }

  it('bundles every student\'s quiz in roster order, names exactly as written, each from an odd page', async () => {
    const pack = await build({ dir: DEMO, roster: roster(), versions: 2, formats: ['pdf', 'print'] })
    const bytes = readFileSync(join(pack, 'print-bundle.pdf'))
    const pdf = await readPdfText(new Uint8Array(bytes))
    expectDuplexSafe(pdf, NAMES)
    for (const s of sections(pdf, NAMES)) expect(pdf.pages[s.first]!.text).toContain(`Name: ${s.name}`)
    // The index links the bundle; the manifest lists it.
    expect(readFileSync(join(pack, 'index.html'), 'utf8')).toContain('href="print-bundle.pdf"')
    expect(JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')).files.map((f: { path: string }) => f.path)).toContain('print-bundle.pdf')
  })

  it('adds cover sheets with --covers: name, id, version, title, questions, points and the time allowed', async () => {
    const pack = await build({ dir: DEMO, roster: roster(), versions: 2, formats: ['print'], covers: true })
    const pdf = await readPdfText(new Uint8Array(readFileSync(join(pack, 'print-bundle.pdf'))))
    expectDuplexSafe(pdf, NAMES)
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'))
    for (const [i, s] of sections(pdf, NAMES).entries()) {
      const text = pdf.pages[s.first]!.text.replace(/\s+/g, ' ')
      expect(text).toContain(s.name)
      expect(text).toContain(`ID: ${2000 + i}`)
      expect(text).toContain(`Quiz, version ${manifest.students[i].version}:`)
      // The seminar set's `minutes`, as the quiz's "Time allowed" says.
      expect(text).toMatch(/\d+ questions, \d+ points, 15 minutes\./)
      expect(pdf.pages[s.first + 1]!.lines.map((l) => l.trim())).toEqual([BLANK_NOTICE])
      expect(text).toContain('Check that the name on this sheet is yours.')
    }
  })

  // A trial's teacher asked for covers with the default formats (html and pdf): there is no
  // bundle then, and she got no cover sheets without a word.
  it('warns that --covers has nothing to go in without the print bundle, nor --export-model-answers without an export, and builds the pack', async () => {
    const result = await tryBuild({ dir: TINY, formats: ['html', 'pdf'], covers: true }, tempDir())
    expect(result.target).toBeDefined()
    expect(result.lines.filter((l) => l.includes('[covers-unused]'))).toEqual([
      'command line: warning: Unexpected --covers without `print` in --format, expected the print bundle the cover sheets go in: this build writes none (--format html,pdf), so it has no cover sheets; add it: `--format html,pdf,print`  [covers-unused]'
    ])
    const bundled = await tryBuild({ dir: TINY, formats: ['html', 'print'], covers: true }, tempDir())
    expect(bundled.lines.filter((l) => l.includes('[covers-unused]'))).toEqual([])
    // Model answers for the exports' feedback, with no export asked for, likewise.
    const answers = await tryBuild({ dir: TINY, formats: ['pdf'], exportModelAnswers: true }, tempDir())
    expect(answers.lines.filter((l) => l.includes('[model-answers-unused]'))).toEqual([
      'command line: warning: Unexpected --export-model-answers without an export in --format, expected `moodle`, `gift`, `qti` or `qti21`, whose general feedback the model answers go in: this build writes none (--format pdf)  [model-answers-unused]'
    ])
    const exported = await tryBuild({ dir: TINY, formats: ['gift'], exportModelAnswers: true }, tempDir())
    expect(exported.lines.filter((l) => l.includes('[model-answers-unused]'))).toEqual([])
  })

  it('asks on a version’s cover, which prints no name, for the name to be written in', async () => {
    const pack = await build({ dir: DEMO, versions: 2, formats: ['print'], covers: true })
    const pdf = await readPdfText(new Uint8Array(readFileSync(join(pack, 'print-bundle.pdf'))))
    const covers = pdf.pages.filter((p) => p.text.includes('Before you start'))
    expect(covers).toHaveLength(2)
    for (const cover of covers) {
      expect(cover.text.replace(/\s+/g, ' ')).toContain('Write your name above. Do not turn over until you are told to.')
      expect(cover.text).not.toContain('the name on this sheet')
    }
  })

  it('without a roster, bundles each version\'s blank quiz', async () => {
    const pack = await build({ dir: DEMO, versions: 3, formats: ['print'] })
    const pdf = await readPdfText(new Uint8Array(readFileSync(join(pack, 'print-bundle.pdf'))))
    expectDuplexSafe(pdf, ['Version A', 'Version B', 'Version C'])
    expect(pdf.outline.map((o) => o.title)).toEqual(['Version A', 'Version B', 'Version C'])
  })
})
