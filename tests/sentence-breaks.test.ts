// classpack finds sentence boundaries itself (src/article/sentence-breaks.ts) rather than
// with Intl.Segmenter, whose start costs `check` a tenth of its work. ICU stays the oracle:
// these tests hold the two equal on every character, on random text and on the articles.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { parseArticle } from '../src/article/parse.js'
import { sentenceBreaks } from '../src/article/sentence-breaks.js'
import { DEMO, ROOT } from './helpers/fixtures.js'

const segmenters = new Map<string, Intl.Segmenter>()
/** ICU's breaks, as sentenceBreaks gives them. */
function icu(text: string, lang = 'en'): number[] {
  let segmenter = segmenters.get(lang)
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })))
  return [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0)
}

/**
 * Contexts that tell every Sentence_Break class from every other by where ICU breaks (found by
 * search over one character of each class): after a full stop and space, before a small
 * letter, between a full stop and a digit, and before a full stop between capitals.
 */
const CONTEXTS = [(c: string) => `Ab. ${c}Cd`, (c: string) => `Ab. ${c} cd`, (c: string) => `x.${c}5`, (c: string) => `X${c}.Y`]

/** The code points in `from`..`to`, `step` apart, that differ from ICU in some context, each with one case. */
function disagreements(from: number, to: number, step = 1): string[] {
  const found: string[] = []
  for (let cp = from; cp <= to; cp += step) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const c = String.fromCodePoint(cp)
    const context = CONTEXTS.find((at) => sentenceBreaks(at(c)).join() !== icu(at(c)).join())
    if (context) found.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} in ${JSON.stringify(context(c))}: ${sentenceBreaks(context(c))} against ICU's ${icu(context(c))}`)
  }
  return found
}

describe('sentence boundaries', () => {
  it('are where ICU puts them for every character of the Basic Multilingual Plane', () => {
    expect(disagreements(0, 0xffff)).toEqual([])
  })

  it('and of the Supplementary Multilingual Plane, and of the ideographic planes sampled', () => {
    expect(disagreements(0x10000, 0x1ffff)).toEqual([])
    expect(disagreements(0x20000, 0x10ffff, 61)).toEqual([])
  })

  it('keep CR LF together and break after any line or paragraph separator', () => {
    for (const text of ['One\r\nTwo', 'One\r\rTwo', 'One\n\nTwo', 'One.\r\n two', 'One\u2029Two', 'One\u0085Two', 'Yes.)\n\u0301Two', '\r\n\r\n'])
      expect(sentenceBreaks(text), JSON.stringify(text)).toEqual(icu(text))
  })

  it('end a Greek question at its semicolon, as ICU does for Greek', () => {
    const text = 'Τι κάνεις; Καλά. Ναι;όχι'
    expect(sentenceBreaks(text, 'el')).toEqual(icu(text, 'el'))
    expect(sentenceBreaks(text, 'el-GR')).not.toEqual(sentenceBreaks(text, 'en'))
    expect(sentenceBreaks(text, 'en')).toEqual(icu(text, 'en'))
  })

  it('are where ICU puts them in random text of every class', () => {
    // One or two characters of each class, and some written as two UTF-16 units.
    const alphabet = ['#', '\r', '\n', '\u2029', '\u0301', '\u00ad', '\u200b', ' ', '\u00a0', 'a', 'é', 'A', 'Ł', 'ا', '中', 'ა', '5', '٣', '.', '\u2024', ',', '-', ';', '!', '?', '。', ')', '"', '’', '“', '«', '\u{1D400}', '\u{1F600}', '\u{10428}', '\u{1F676}']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('')
        expect(sentenceBreaks(text)).toEqual(icu(text))
      }),
      { numRuns: 3000 }
    )
  })

  it('are where ICU puts them in every paragraph of every article in the repository', () => {
    const dirs = [DEMO, ...readdirSync(join(ROOT, 'tests/fixtures'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('article.md')).map((p) => join(ROOT, 'tests/fixtures', p, '..'))]
    const texts: Array<{ where: string; text: string; lang: string }> = []
    for (const dir of dirs) {
      const path = join(dir, 'article.md')
      const article = parseArticle(new VFile({ path, value: readFileSync(path, 'utf8') }))
      for (const p of article?.paragraphs ?? []) texts.push({ where: `${path} ¶${p.n}`, text: p.text, lang: article!.meta.lang })
    }
    // Plain-text articles, a paragraph per block, and each whole: line breaks and all.
    for (const name of ['seed-article.txt', 'init/library.txt']) {
      const whole = readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8')
      texts.push({ where: name, text: whole, lang: 'en' }, ...whole.split(/\n\s*\n/).map((text, i) => ({ where: `${name} block ${i + 1}`, text, lang: 'en' })))
    }
    for (const { where, text, lang } of texts) expect(sentenceBreaks(text, lang), where).toEqual(icu(text, lang))
    expect(texts.length).toBeGreaterThan(60)
  })
})
