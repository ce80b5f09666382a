// The PDF backend shares parsed fonts, shaping and subset work between documents
// (render/pdf/fonts.ts) but no glyph state (render/pdf/glyphs.ts): every PDF's text layer
// (its ToUnicode maps) gives each glyph the characters it was drawn for, and a document's
// bytes do not depend on what the process rendered before it. Vitest gives each file
// fresh modules, so the first render here is the first of its process.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { parseFilled } from '../src/render/markdown.js'
import { renderPdf, type PdfOptions } from '../src/render/pdf/document.js'
import { font, type FontName } from '../src/render/pdf/fonts.js'
import { DEMO, tempDir } from './helpers/fixtures.js'
import { build } from './helpers/pack.js'
import { readPdfText } from './helpers/pdf.js'

const options: PdfOptions = { title: 'T', author: 'A', subject: 'S', lang: 'en-GB', paper: 'a4', header: '', creationDate: new Date('2026-01-02T03:04:05Z'), outline: false }

/** A document with `name` in every face a page draws text in: heading (bold), body, emphasis, strong emphasis, code. */
const page = (name: string): string => [`# ${name}`, name, `*${name}*`, `***${name}***`, `\`${name}\``].join('\n\n')
/** What pdf.js reads on that page, line by line, before the page number. */
const lines = (name: string): string[] => [name, name, name, name, name]

const render = async (name: string, engine?: 'pdfkit'): Promise<Buffer> => Buffer.from(await renderPdf(parseFilled(page(name)), { ...options, engine }))
const textOf = async (pdf: Buffer): Promise<string[]> => (await readPdfText(pdf)).pages[0]!.lines

describe('a class whose names share letters drawn as parts of others', () => {
  it('reads back every name: Андрей (й, drawn with и as its part) before Дмитрий (и)', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name\nАндрей\nДмитрий\n')
    const pack = await build({ dir: DEMO, roster, formats: ['pdf'], workers: 0 })
    const quizzes = readdirSync(join(pack, 'quiz')).sort()
    expect(quizzes).toEqual(['001-andrey.pdf', '002-dmitriy.pdf'])
    // The line `Name: …` on each quiz, as pdf.js reads its text layer.
    const named = await Promise.all(quizzes.map(async (file) => (await textOf(readFileSync(join(pack, 'quiz', file)))).find((line) => line.startsWith('Name:'))))
    expect(named.map((line) => line?.replace(/^Name:\s*/, ''))).toEqual(['Андрей', 'Дмитрий'])
  })
})

// Letters every face has, many of them drawn with another letter of the pool as a part
// (й and и, ё and е, é and e, ά and α, ϊ and ι).
const FACES: FontName[] = ['regular', 'bold', 'oblique', 'boldOblique', 'mono', 'monoBold']
const LETTERS = [
  ...'aceinoszAEINOSZáàâäãåāăąçćčéèêëēėęěíìîïīįñńňóòôöõøőśšşșúùûüůűýÿźżžÁÉÍÑÓÖÜŠŽ',
  ...'аеиіїйоуёўэюяжшщАЕИІЇЙОУЁЎЭЮЯДМНТРвклс',
  ...'αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫσςλμπ'
].filter((letter) => FACES.every((face) => font(face).hasGlyphForCodePoint(letter.codePointAt(0)!)))

const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 7 }).map((letters) => letters.join(''))
const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))
/** Names in the order rendered, and the same names in another order. */
const twoOrders = fc.uniqueArray(name, { minLength: 2, maxLength: 4 }).chain((names) => fc.tuple(fc.constant(names), fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length })))

describe('documents rendered one after another in a process', () => {
  it('are the bytes stock pdfkit writes for each alone, in any order, and read back as drawn', async () => {
    expect(LETTERS.length).toBeGreaterThan(150)
    await fc.assert(
      fc.asyncProperty(twoOrders, async ([names, reordered]) => {
        const first = new Map<string, Buffer>()
        for (const n of names) first.set(n, await render(n))
        for (const n of reordered) expect((await render(n)).equals(first.get(n)!), n).toBe(true)
        for (const n of names) {
          // Stock pdfkit parses the fonts for each document: a fresh state every time.
          expect(first.get(n)!.equals(await render(n, 'pdfkit')), n).toBe(true)
          expect((await textOf(first.get(n)!)).slice(0, 5)).toEqual(lines(n))
        }
      }),
      { numRuns: 8 }
    )
  })

  it('gives a document the same bytes whether it is the first of a fresh process or comes after others', async () => {
    const target = 'Дмитрий Zoë Ελένη ï e'
    const before = ['Андрей й', 'Zoë Seán ё ї', 'Ελένη ά ϊ ΐ', 'i\u0301 ı a\uFE0F', 'Wang 王小明']
    const fresh = async (): Promise<typeof renderPdf> => {
      vi.resetModules()
      return (await import('../src/render/pdf/document.js')).renderPdf
    }
    const alone = Buffer.from(await (await fresh())(parseFilled(page(target)), options))
    const renderAfter = await fresh()
    for (const n of before) await renderAfter(parseFilled(page(n)), options)
    const after = Buffer.from(await renderAfter(parseFilled(page(target)), options))
    expect(after.equals(alone)).toBe(true)
    expect((await textOf(after)).slice(0, 5)).toEqual(lines(target))
  })
})

describe('a document that reaches a glyph with other characters first', () => {
  // fontkit lays out a document's text with the characters of each glyph's first request
  // there, which these change: a variation selector (a + U+FE0F, then a), a dotless i
  // reached from i with an accent and as ı, characters the font lacks (glyph 0, which
  // pdfkit requests with none first). An invisible one the font lacks (U+180E) is then
  // drawn, where a fresh font hides it: that document needs its own layout.
  const cases = ['a\uFE0F and a', 'a and a\uFE0F', 'i\u0301 then ı', 'ı then i\u0301', 'Wang 王小明, co\u00ADop', 'x\u180Ey']

  it.each(cases)('is laid out as fontkit lays it out there, as stock pdfkit does: %j', async (text) => {
    const fast = await render(text)
    expect(fast.equals(await render(text, 'pdfkit'))).toBe(true)
    // And the same after the others.
    for (const other of cases) await render(other)
    expect((await render(text)).equals(fast)).toBe(true)
  })
})
