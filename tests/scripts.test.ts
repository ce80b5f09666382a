// Names in any script: a student's name prints as written whatever its script. What the
// main face (DejaVu Sans) lacks is drawn with a Noto Sans face read only when a text needs
// it; right-to-left names run right to left; the text layer (pdf.js) reads every name in
// logical order, exactly as written; file names are transliterated; only characters no
// bundled face has are warned about.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { parseFilled } from '../src/render/markdown.js'
import { renderPdf, type PdfOptions } from '../src/render/pdf/document.js'
import { clusterRun, shapeRun } from '../src/render/pdf/clusters.js'
import { fallbackFace } from '../src/render/pdf/fallback.js'
import { advance, missingGlyphs } from '../src/render/pdf/fonts.js'
import { fontRuns } from '../src/render/pdf/itemize.js'
import { facesFor, scriptOf } from '../src/render/pdf/scripts.js'
import { visualSegment } from '../src/render/pdf/visual.js'
import { asciiName, studentFileBase } from '../src/roster/filenames.js'
import { transliterate } from '../src/roster/transliterate.js'
import { VFile } from 'vfile'
import { formatMessages } from '../src/messages.js'
import { warnUndrawableRoster } from '../src/pdf-glyphs.js'
import type { AssignedStudent } from '../src/roster/assign.js'
import { DEMO, tempDir } from './helpers/fixtures.js'
import { packFiles, tryBuild } from './helpers/pack.js'
import { drawnGlyphs, inkOfText, placedText, readPdf, readPdfText } from './helpers/pdf.js'

const OPTIONS: PdfOptions = { title: 'T', author: 'A', subject: 'S', lang: 'en-GB', paper: 'a4', header: 'Quiz', creationDate: new Date('2026-01-02T03:04:05Z'), outline: false }

// Each name, its id, its file name and the Noto face that draws it.
const CLASS = [
  { name: '王小明', id: '1001', file: '001-wang-xiao-ming', face: 'NotoSansSC' },
  { name: 'محمد عبد الرحمن', id: '1002', file: '002-mhmd-bd-lrhmn', face: 'NotoSansArabic' },
  { name: 'כהן יעל', id: '1003', file: '003-khhn-yl', face: 'NotoSansHebrew' },
  { name: 'अनन्या शर्मा', id: '1004', file: '004-annya-srma', face: 'NotoSansDevanagari' },
  { name: 'สมชาย', id: '1005', file: '005-smchay', face: 'NotoSansThai' },
  { name: '山田さくら', id: '1006', file: '006-shan-tian-sakura', face: 'NotoSansJP' },
  { name: '김민준', id: '1007', file: '007-gim-min-jun', face: 'NotoSansKR' }
] as const
// Names with a character no bundled face has: an emoji, a Linear B syllable.
const UNDRAWABLE = [
  { name: 'Zoë Ng 🙂', id: '1008', file: '008-zoe-ng', missing: '🙂' },
  { name: 'Linear 𐀀', id: '1009', file: '009-linear-a', missing: '𐀀' }
] as const

describe('fallback faces', () => {
  /** The renderer as a process starts it, no face read yet (files share a process, and earlier ones draw every script). */
  async function freshRenderer() {
    vi.resetModules()
    const [{ renderPdf }, { loadedFallbacks }] = await Promise.all([import('../src/render/pdf/document.js'), import('../src/render/pdf/fallback.js')])
    expect(loadedFallbacks()).toEqual([])
    return { renderPdf, loadedFallbacks }
  }

  it('are not read for text the main face draws, nor embedded in its PDF', async () => {
    const { renderPdf, loadedFallbacks } = await freshRenderer()
    const pdf = await renderPdf(parseFilled('# Ελένη Seán Дмитрий\n\nName: Zoë Ng, Ñoño ¿qué? — “quoted”'), OPTIONS)
    expect(loadedFallbacks()).toEqual([])
    expect((await readPdf(pdf)).fontNames.every((name) => name.includes('DejaVu'))).toBe(true)
  })

  it('are read one at a time, the weight a text needs', async () => {
    const { renderPdf, loadedFallbacks } = await freshRenderer()
    await renderPdf(parseFilled('王小明'), OPTIONS)
    expect(loadedFallbacks()).toEqual(['noto-sc-regular'])
    await renderPdf(parseFilled('# 王小明'), OPTIONS)
    expect(loadedFallbacks()).toEqual(['noto-sc-regular', 'noto-sc-bold'])
  })

  it('go by script; ideographs beside kana are Japanese, beside hangul Korean, else Chinese', () => {
    expect(['王', 'م', 'כ', 'अ', 'ส', 'さ', '김', 'a', 'й', '🙂'].map((c) => scriptOf(c.codePointAt(0)!))).toEqual(['han', 'arabic', 'hebrew', 'devanagari', 'thai', 'kana', 'hangul', null, null, null])
    expect(facesFor('han', '山田さくら')[0]).toBe('jp')
    expect(facesFor('han', '李민준')[0]).toBe('kr')
    expect(facesFor('han', '王小明')[0]).toBe('sc')
  })

  it('take the spaces, marks and punctuation inside a word of their script', () => {
    const runs = fontRuns('(محمد-علي) ', 'regular')!
    expect(runs.map((r) => [r.text, r.face?.key ?? 'main'])).toEqual([['(محمد-علي) ', 'noto-arabic-regular']])
    expect(fontRuns('Wang王小明', 'bold')!.map((r) => [r.text, r.face?.key ?? 'main'])).toEqual([
      ['Wang', 'main'],
      ['王小明', 'noto-sc-bold']
    ])
    expect(fontRuns('Seán ', 'regular')).toBeNull()
  })

  it('measure what they draw: a chunk is as wide as its runs', () => {
    const wang = advance('regular', 'Wang')
    const chinese = (shapeRun(fallbackFace('sc', 'regular'), '王小明').advanceWidth * 1000) / 1000
    expect(advance('regular', 'Wang王小明')).toBeCloseTo(wang + chinese, 6)
    expect(chinese).toBe(3000) // three ideographs, an em each
  })
})

describe('clusters', () => {
  const chars = (text: string) => [...text].map((c) => c.codePointAt(0)!)
  const text = (cps: readonly number[]) => String.fromCodePoint(...cps)

  it('make one glyph of a reph drawn after the consonant it precedes, with the text as written', () => {
    // शर्मा as fontkit lays it out: श, म, ा, then the reph (र्) drawn last.
    const glyph = (id: number, t: string, xAdvance: number) => ({ glyph: { id, codePoints: chars(t), advanceWidth: xAdvance }, position: { xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0 } })
    const laid = [glyph(85, 'श', 680), glyph(80, 'म', 598), glyph(31, 'ा', 259), glyph(503, 'र्', 0)]
    const run = clusterRun({ glyphs: laid.map((g) => g.glyph), positions: laid.map((g) => g.position) }, chars('शर्मा'))
    expect(run.clusters.map((c) => text(c.text))).toEqual(['श', 'र्मा'])
    expect(run.clusters[0]!.components).toBeNull()
    expect(run.clusters[1]!.components).toEqual([
      { id: 80, dx: 0, dy: 0 },
      { id: 31, dx: 598, dy: 0 },
      { id: 503, dx: 857, dy: 0 }
    ])
  })

  it('read back as written, left to right, and reversed right to left (as drawn)', () => {
    for (const [script, word] of [['devanagari', 'अनन्या शर्मा किरण'], ['thai', 'น้ำใจ สมชาย'], ['arabic', 'محمد عبد الرحمن لا إله'], ['hebrew', 'כהן יעל שָׁלוֹם']] as const) {
      const run = shapeRun(fallbackFace(script, 'regular'), word)
      const read = run.clusters.map((c) => text(c.text)).join('')
      expect(run.rtl ? [...read].reverse().join('') : read, word).toBe(word)
      // Every glyph is a real one: none is the face's .notdef.
      expect(run.clusters.flatMap((c) => (c.components === null ? [c.glyph] : c.components.map((p) => p.id))).filter((id) => id === 0)).toEqual([])
    }
  })
})

describe('right-to-left text in a left-to-right line', () => {
  it('runs right to left, numbers within it left to right', () => {
    // Pieces left to right; a piece in a fallback face holds its words in drawing order.
    const order = (text: string) => visualSegment(text, 'regular')!.map((p) => [p.text, p.face?.script ?? 'main'])
    expect(order('Name: محمد عبد الرحمن · ID')).toEqual([
      ['Name: ', 'main'],
      ['الرحمن' + 'عبد ' + 'محمد ' + ' ', 'arabic'],
      ['· ', 'main'],
      ['ID', 'main']
    ])
    expect(order('כהן 12 יעל')).toEqual([
      ['יעל', 'hebrew'],
      [' ', 'main'],
      ['12', 'main'],
      ['כהן ', 'hebrew']
    ])
    expect(visualSegment('Seán O’Brien', 'regular')).toBeNull()
  })
})

describe('a roster in every script', () => {
  let files: Map<string, Buffer>
  let text: string
  beforeAll(async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name,id', ...[...CLASS, ...UNDRAWABLE].map((s) => `${s.name},${s.id}`)].join('\n') + '\n')
    const result = await tryBuild({ dir: DEMO, roster, formats: ['html', 'pdf', 'print'], covers: true, workers: 0 })
    expect(result.target).toBeDefined()
    text = result.text
    files = packFiles(result.target!)
  })

  it('names each quiz file by its student’s name in Latin letters', () => {
    const quizzes = [...files.keys()].filter((f) => f.startsWith('quiz/') && f.endsWith('.pdf'))
    expect(quizzes.sort()).toEqual([...CLASS, ...UNDRAWABLE].map((s) => `quiz/${s.file}.pdf`))
  })

  it('warns only about the characters no bundled face has', () => {
    const warnings = text.split('\n').filter((l) => l.includes('[roster-glyphs]'))
    // One warning for every name (one cause: the fonts), at the first, each name with its line.
    const lines = UNDRAWABLE.map((_, i) => CLASS.length + i + 2)
    expect(warnings).toEqual([
      expect.stringContaining(
        `roster.csv:${lines[0]}:1: warning: Unexpected characters in the names of 2 students: \`${UNDRAWABLE[0].missing}\` in ${UNDRAWABLE[0].name} (line ${lines[0]}) and \`${UNDRAWABLE[1].missing}\` in ${UNDRAWABLE[1].name} (line ${lines[1]}), expected characters one of the PDF fonts can draw: they would print as empty boxes (the HTML quizzes show them)  [roster-glyphs]`
      )
    ])
  })

  it('warns once for a class of names in a script the fonts lack, listing a few and the lines of the rest', async () => {
    const roster = join(tempDir(), 'roster.csv')
    const tamil = ['தமிழ்செல்வி', 'கவின்', 'அருண்', 'மீனா', 'செல்வம்', 'பிரியா', 'ராஜா']
    writeFileSync(roster, ['name', 'Ada Lovelace', ...tamil].join('\n') + '\n')
    const result = await tryBuild({ dir: DEMO, roster, formats: ['pdf'], workers: 0 })
    expect(result.target).toBeDefined()
    const warnings = result.text.split('\n').filter((l) => l.includes('[roster-glyphs]'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/roster\.csv:3:1: warning: Unexpected characters in the names of 7 students: `த` `ம` `ி` `ழ` and \d+ more in தமிழ்செல்வி \(line 3\), .* in செல்வம் \(line 7\) and 2 more \(lines 8, 9\), expected/u)
  })

  it('says "line" of the one name past the five it lists, "lines" of more', async () => {
    // "and 1 more (lines 8)": one line is a line.
    const warning = async (count: number): Promise<string> => {
      const file = new VFile({ path: 'roster.csv', value: '' })
      const students = Array.from({ length: count }, (_, i) => ({ name: `Zoë ${i} 🙂`, id: null, group: null, line: i + 2, version: 'A', file: `00${i}-zoe` }) as unknown as AssignedStudent)
      await warnUndrawableRoster(file, students)
      return formatMessages([file])
    }
    expect(await warning(6)).toContain('in Zoë 4 🙂 (line 6) and 1 more (line 7), expected')
    expect(await warning(7)).toContain('in Zoë 4 🙂 (line 6) and 2 more (lines 7, 8), expected')
  })

  it('warns about them too when the print bundle is the only PDF asked for', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name,id', ...UNDRAWABLE.map((s) => `${s.name},${s.id}`)].join('\n') + '\n')
    const result = await tryBuild({ dir: DEMO, roster, formats: ['print'], workers: 0 })
    expect(result.target).toBeDefined()
    const warnings = result.text.split('\n').filter((l) => l.includes('[roster-glyphs]'))
    expect(warnings).toEqual([expect.stringContaining(`roster.csv:2:1: warning: Unexpected characters in the names of 2 students: \`${UNDRAWABLE[0].missing}\` in ${UNDRAWABLE[0].name} (line 2) and`)])
  })

  it('warns about them in a group too, once a group ("Class: Füchse 🦊" printed a box unsaid), and in an id as the id\'s', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name,id,group\nAda,1,Füchse 🦊\nBo,2,Füchse 🦊\nCy,3🙂,7a\n')
    const result = await tryBuild({ dir: DEMO, roster, formats: ['pdf'], workers: 0 })
    expect(result.target).toBeDefined()
    const warnings = result.text.split('\n').filter((l) => l.includes('[roster-glyphs]'))
    expect(warnings).toEqual([
      expect.stringContaining('roster.csv:2:1: warning: Unexpected `🦊` in the group `Füchse 🦊`, expected characters one of the PDF fonts can draw: they would print as empty boxes on the quiz of each student of the group (the HTML quiz shows them)  [roster-glyphs]'),
      // An id's, said of the id, not of the name that has none.
      expect.stringContaining('roster.csv:4:1: warning: Unexpected `🙂` in the id `3🙂` of Cy, expected')
    ])
  })

  it('prints a box for each character no face draws, as wide as it was measured: nothing after it is overprinted', async () => {
    // A missing glyph is drawn at its unscaled width (1229 where 600 was measured): the words after it were overprinted.
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name,id\nZoë 👍🏽 Ng,2\nதமிழ்செல்வி,1\n')
    const result = await tryBuild({ dir: DEMO, roster, formats: ['pdf'], workers: 0 })
    expect(result.target).toBeDefined()
    for (const [file, boxes] of [['quiz/001-zoe-ng.pdf', 'Zoë □□ Ng'], ['quiz/002-tmilcelvi.pdf', '□'.repeat(11)]] as const) {
      const bytes = new Uint8Array(readFileSync(join(result.target!, file)))
      const page = await placedText(bytes, 1)
      expect((await readPdfText(bytes)).pages[0]!.text, file).toContain(`${boxes} · ID:`)
      // The header's line and the name's: each item starts where the one before it ends, or after.
      for (const line of [page.find((item) => item.text.includes(boxes))!.y, page.find((item) => item.text.startsWith('Name:'))!.y]) {
        const items = page.filter((item) => Math.abs(item.y - line) < 0.5).sort((a, b) => a.x - b.x)
        for (let i = 1; i < items.length; i++) expect(items[i]!.x, `${file}: ${items[i]!.text}`).toBeGreaterThanOrEqual(items[i - 1]!.x + items[i - 1]!.width - 0.5)
      }
    }
  })

  it('prints every name as written: pdf.js reads it in logical order, on the quiz and its cover', async () => {
    const bundle = await readPdfText(new Uint8Array(files.get('print-bundle.pdf')!))
    for (const s of CLASS) {
      const quiz = await readPdf(new Uint8Array(files.get(`quiz/${s.file}.pdf`)!))
      expect(quiz.pages[0]!.text, s.name).toContain(`${s.name} · ID: ${s.id}`)
      expect(quiz.fontNames.some((f) => f.includes(s.face)), s.name).toBe(true)
      // The cover's title is the name alone.
      expect(bundle.pages.some((page) => page.lines.includes(s.name)), s.name).toBe(true)
    }
  })

  it('draws every glyph of every name: none is a .notdef, and each name is inked (pdf.js’s own rasterizer)', async () => {
    for (const s of CLASS) {
      const pdf = new Uint8Array(files.get(`quiz/${s.file}.pdf`)!)
      const glyphs = await drawnGlyphs(pdf, 1)
      expect(glyphs.filter((g) => g.font.includes(s.face)).length, s.name).toBeGreaterThan(0)
      expect(glyphs.filter((g) => g.code === 0), s.name).toEqual([])
      const ink = await inkOfText(pdf, 1, s.name)
      expect(ink.length, s.name).toBeGreaterThan(0)
      for (const share of ink) expect(share, s.name).toBeGreaterThan(0.04)
    }
    // Whereas a character no face has is drawn as a box (□, as the page's “□ tick every box” is), never as the .notdef.
    const boxes = async (file: string): Promise<number> => (await drawnGlyphs(new Uint8Array(files.get(`quiz/${file}.pdf`)!), 1)).filter((g) => g.text === '\u25a1').length
    expect(await boxes(UNDRAWABLE[0].file)).toBe((await boxes(CLASS[0].file)) + 2)
    expect((await drawnGlyphs(new Uint8Array(files.get(`quiz/${UNDRAWABLE[0].file}.pdf`)!), 1)).filter((g) => g.code === 0)).toEqual([])
  })

  it('embeds no fallback face in a quiz whose name needs none', async () => {
    const quiz = await readPdf(new Uint8Array(files.get(`quiz/${UNDRAWABLE[0].file}.pdf`)!))
    expect(quiz.fontNames.filter((f) => !f.includes('DejaVu'))).toEqual([])
  })

  it('keeps each name as written in the HTML quiz', () => {
    for (const s of CLASS) expect(files.get(`quiz/${s.file}.html`)!.toString('utf8'), s.name).toContain(s.name)
  })
})

describe('the same names, rendered again or through stock pdfkit', () => {
  it('give the same bytes', async () => {
    const markdown = CLASS.map((s) => `# ${s.name}\n\n**Name:** ${s.name} · **ID:** ${s.id}\n\n*${s.name}*`).join('\n\n')
    const first = Buffer.from(await renderPdf(parseFilled(markdown), { ...OPTIONS, header: CLASS.map((s) => s.name).join(' · ') }))
    const again = Buffer.from(await renderPdf(parseFilled(markdown), { ...OPTIONS, header: CLASS.map((s) => s.name).join(' · ') }))
    const stock = Buffer.from(await renderPdf(parseFilled(markdown), { ...OPTIONS, header: CLASS.map((s) => s.name).join(' · '), engine: 'pdfkit' }))
    expect(again.equals(first)).toBe(true)
    expect(stock.equals(first)).toBe(true)
  })
})

describe('file names', () => {
  it('transliterate every script, keep the roster position, and fall back to `student`', () => {
    expect(CLASS.map((s, i) => studentFileBase(i, 9, s.name, transliterate))).toEqual(CLASS.map((s) => s.file))
    expect(studentFileBase(6, 30, "O'Brien, Seán", transliterate)).toBe('007-obrien-sean')
    expect(studentFileBase(0, 1, '🙂', transliterate)).toBe('001-student')
    expect(studentFileBase(0, 1, 'Дмитрий', transliterate)).toBe('001-dmitriy')
    // Without the transliteration table: accents only, as before.
    expect(studentFileBase(0, 1, 'Zoë 王', null)).toBe('001-zoe')
    expect(asciiName('王小明', transliterate).trim().split(/\s+/)).toEqual(['Wang', 'Xiao', 'Ming'])
  })
})

describe('missingGlyphs', () => {
  it('lists only what no face has', () => {
    expect(missingGlyphs(CLASS.map((s) => s.name).join(' '))).toEqual([])
    expect(missingGlyphs('Zoë 🙂 𐀀 王')).toEqual(['🙂', '𐀀'])
  })
})
