import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { parseArticle } from '../src/article/parse.js'
import { splitSentences } from '../src/article/sentences.js'
import { isCalendarDate } from '../src/yaml/decode.js'
import { DEMO, ROOT } from './helpers/fixtures.js'

// The seed the demo article was transcribed from (a copy, so the repo stands alone).
const seedPath = join(ROOT, 'tests/fixtures/seed-article.txt')
const articleText = readFileSync(join(DEMO, 'article.md'), 'utf8')
const article = parseArticle(new VFile({ path: 'article.md', value: articleText }))!

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean)

describe('the demo article', () => {
  it("keeps the seed's words in the seed's order, front matter and Markdown syntax aside", () => {
    const seed = readFileSync(seedPath, 'utf8')
    const { meta, sections, paragraphs } = article
    // Reading order of the seed: title, standfirst, the body (subheads in place), the author's description.
    const body: string[] = []
    for (const section of sections) {
      if (section.heading) body.push(section.heading)
      for (const n of section.paragraphs) body.push(paragraphs[n - 1]!.text)
    }
    const rebuilt = [meta.title, meta.standfirst!, ...body, meta.authorBio!].join('\n')
    expect(words(rebuilt)).toEqual(words(seed))
  })

  it('keeps the typos of the original', () => {
    expect(articleText).toContain('bringing peace to Ukaine.')
    expect(articleText).toContain('European reassurace package')
  })

  it('records what the seed does not tell (written `unknown`) as not known', () => {
    expect(article.meta.author).toBe('Derrick Wyatt')
    expect(article.meta.publication).toBeNull()
    expect(article.meta.published).toBeNull()
    expect(article.meta.authorPronoun).toBeNull()
  })

  it('numbers 21 paragraphs in reading order under an opening and five subheads', () => {
    expect(article.paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    expect(article.sections.map((s) => s.heading)).toEqual([
      null,
      'Trump does not believe Putin would cross him as long as he remains in the White House',
      'A US security backstop is achievable',
      'Trump assumes a minerals deal means openings for US businesses',
      'A European coalition of the willing would need US backup',
      'US guarantees for US interests would play better at home than more support for European allies'
    ])
    expect(article.paragraphs[4]!.text).toBe('Why?')
  })

  it('splits sentences and keeps source positions', () => {
    const p3 = article.paragraphs[2]!
    expect(p3.sentences.map((s) => s.text)).toEqual([
      'Trump has often said that Putin would not have invaded Ukraine if he, Trump had been in office.',
      'Perhaps he has said it so often he has come to believe it.',
      'But more likely he does believe it.'
    ])
    const line = articleText.split('\n').findIndex((l) => l.startsWith('Trump has often said')) + 1
    expect(p3.place.start).toMatchObject({ line, column: 1 })
    expect(articleText.slice(p3.place.start.offset, p3.place.end.offset)).toBe(p3.text)
  })
})

describe('sentences', () => {
  const sentences = (text: string, lang = 'en'): string[] => splitSentences(text, lang).map((s) => s.text)

  it('do not end at a title, an initial or a run of small-letter abbreviations', () => {
    expect(sentences('"We were surprised by the size of the effect," said Dr. Helen Arkwright, a soil ecologist. She added more.')).toEqual([
      '"We were surprised by the size of the effect," said Dr. Helen Arkwright, a soil ecologist.',
      'She added more.'
    ])
    expect(sentences('John F. Kennedy spoke. F. Scott Fitzgerald wrote. Compare e.g. Paris. Mr. and Mrs. Smith came.')).toEqual([
      'John F. Kennedy spoke.',
      'F. Scott Fitzgerald wrote.',
      'Compare e.g. Paris.',
      'Mr. and Mrs. Smith came.'
    ])
    expect(sentences('Es gibt z. B. Berlin. Prof. Dr. Sabine Groß sagte es, vgl. Kapitel 2. Ende.', 'de')).toEqual([
      'Es gibt z. B. Berlin.',
      'Prof. Dr. Sabine Groß sagte es, vgl. Kapitel 2.',
      'Ende.'
    ])
  })

  it('do not end at a German ordinal before its word (a date, a century), and still end at a year or a figure', () => {
    expect(sentences('Das Ticket kostet vom 1. Januar 2026 an 63 Euro. Das beschlossen die Minister am 18. Sept. in Berlin. Im 19. Jahrhundert war das anders, zum 3. Mal.', 'de-DE')).toEqual([
      'Das Ticket kostet vom 1. Januar 2026 an 63 Euro.',
      'Das beschlossen die Minister am 18. Sept. in Berlin.',
      'Im 19. Jahrhundert war das anders, zum 3. Mal.'
    ])
    expect(sentences('Die Zahl stieg im Jahr 2019. Danach fiel sie auf 12. Januar war kalt.', 'de')).toEqual(['Die Zahl stieg im Jahr 2019.', 'Danach fiel sie auf 12. Januar war kalt.'])
    // English writes no ordinal so: a figure before a month's name ends its sentence.
    expect(sentences('Sales fell to 12. January was worse.')).toEqual(['Sales fell to 12.', 'January was worse.'])
  })

  // A teacher's article: "Die Regel dürfte am 1" was a claim's whole quote, and every later sentence was cited one too late.
  it('do not end at a German ordinal after an article or preposition, whatever word follows, nor at mind., ggf., evtl. or inkl.', () => {
    expect(sentences('Die Regel dürfte am 1. Schultag starten. Eltern der 5. Klassen sollten mind. 20 Minuten einplanen. Es ist der 1. FC Köln. Ggf. kommt mehr, evtl. Neues, inkl. Kosten.', 'de')).toEqual([
      'Die Regel dürfte am 1. Schultag starten.',
      'Eltern der 5. Klassen sollten mind. 20 Minuten einplanen.',
      'Es ist der 1. FC Köln.',
      'Ggf. kommt mehr, evtl. Neues, inkl. Kosten.'
    ])
    // A figure after a verb or a preposition without an article still ends its sentence.
    expect(sentences('Die Zahl stieg auf 12. Die Polizei ermittelt. Es waren 3. Dann kamen mehr.', 'de')).toEqual(['Die Zahl stieg auf 12.', 'Die Polizei ermittelt.', 'Es waren 3.', 'Dann kamen mehr.'])
  })

  it('still end at a word, a letter after a small word, the pronoun I and an all-capital abbreviation', () => {
    expect(sentences('He took vitamin D. It helped. So did I. They said no. It is in the U.S. The end.')).toEqual([
      'He took vitamin D.',
      'It helped.',
      'So did I.',
      'They said no.',
      'It is in the U.S.',
      'The end.'
    ])
  })

  it('go on over a line break inside a paragraph, a space to Markdown (a hard-wrapped article)', () => {
    expect(sentences('Small modules build fast. That is why\nthe tests use one. And\r\nso on.')).toEqual(['Small modules build fast.', 'That is why\nthe tests use one.', 'And\r\nso on.'])
  })

  it('do not end inside a dotted abbreviation in capitals before a name, and still end at one before a sentence opener', () => {
    expect(sentences('Dr. R. J. Whitfield, a sleep researcher at the U.K. Sleep Council (U.K.S.C.), said so. He agreed.')).toEqual([
      'Dr. R. J. Whitfield, a sleep researcher at the U.K. Sleep Council (U.K.S.C.), said so.',
      'He agreed.'
    ])
    expect(sentences('She moved to the U.S. Then she wrote a book. Staff of the U.S. Centers for Disease Control agreed.')).toEqual([
      'She moved to the U.S.',
      'Then she wrote a book.',
      'Staff of the U.S. Centers for Disease Control agreed.'
    ])
  })

  it('do not end at a quoted question or exclamation that a lower-case attribution follows', () => {
    expect(sentences('He pointed it out. "Is it the heat, or is it summer?" he asked. "The study cannot tell." "Stop!" she cried. Why? Nobody knows.')).toEqual([
      'He pointed it out.',
      '"Is it the heat, or is it summer?" he asked.',
      '"The study cannot tell."',
      '"Stop!" she cried.',
      'Why?',
      'Nobody knows.'
    ])
  })

  it('keep their offsets into the paragraph', () => {
    const text = '  Dr. Ortiz said so.  Then Prof. Lee agreed. '
    for (const s of splitSentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(splitSentences(text, 'en').map((s) => s.n)).toEqual([1, 2])
  })
})

describe('bad articles', () => {
  const parse = (value: string) => {
    const file = new VFile({ path: 'article.md', value })
    return { article: parseArticle(file), messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`) }
  }

  it('keeps a paragraph over a line of `---` or `===` as the paragraph it is, and says so at the line; a subhead written so stays one', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\nFirst paragraph.\n\nSmall modules build fast. That is why\nthe tests use one.\n---\n\nWhy it matters\n===\n\nLast paragraph.\n')
    expect(messages).toEqual(['10:1 Unexpected line of `---` right under a paragraph, expected a blank line before it (or `##` before a subhead): Markdown makes the paragraph above it a heading; classpack keeps it as a paragraph, and leaves the line out'])
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Small modules build fast. That is why\nthe tests use one.', 'Last paragraph.'])
    expect(article!.sections.map((s) => s.heading)).toEqual([null, 'Why it matters'])
    expect(article!.paragraphs[1]!.sentences.map((s) => s.text)).toEqual(['Small modules build fast.', 'That is why\nthe tests use one.'])
  })

  it('reports a missing front matter at 1:1', () => {
    const { article, messages } = parse('Just a paragraph.\n')
    expect(article).toBeUndefined()
    expect(messages).toContain('1:1 Missing front matter, expected a `---` block at the top with at least `title` (and `author`, or `author: unknown` where the source names none): `classpack init` writes one from a plain article')
  })

  it('says a quote left open in the front matter is open at the end of the front matter, not of the file', () => {
    expect(parse('---\ntitle: T\nauthor: "A. Author\n---\n\nFirst paragraph.\n').messages).toEqual(['3:9 Unexpected `"` that is never closed, expected a `"` to end this text: opened here and still open at the end of the front matter'])
  })

  it('says TOML front matter (`+++`, as Hugo writes it) is TOML, not missing', () => {
    const { article, messages } = parse('+++\ntitle = "T"\nauthor = "A"\n+++\n\nFirst paragraph.\n')
    expect(article).toBeUndefined()
    expect(messages).toEqual(['1:1 Unexpected TOML front matter (`+++`), expected YAML between lines of `---`: write `title: …` and `author: …` as `key: value` lines between `---` lines'])
  })

  it('names the field meant for a front matter field under a name sites use (`date` for `published`)', () => {
    expect(parse('---\ntitle: T\nauthor: A\ndate: 2025-06-12\n---\n\nFirst.\n').messages).toEqual([expect.stringMatching(/^4:1 Unexpected field `date` in the article front matter, expected `published` or one of `title`, .*`lang`, `seed`$/)])
    expect(parse('---\ntitle: T\nauthor: A\nLanguage: en\n---\n\nFirst.\n').messages).toEqual([expect.stringMatching(/^4:1 Unexpected field `Language` in the article front matter, expected `lang` or one of /)])
  })

  it('says blank lines before the front matter are what to delete, not that it is missing, once', () => {
    expect(parse('\n---\ntitle: T\nauthor: A\n---\n\nFirst.\n').messages).toEqual(["1:1 Unexpected blank line before the front matter's `---`, expected `---` on line 1: front matter is read only at the very top, so delete it"])
    expect(parse('\r\n \r\n---\r\ntitle: T\r\nauthor: A\r\n---\r\n\r\nFirst.\r\n').messages).toEqual(["1:1 Unexpected 2 blank lines before the front matter's `---`, expected `---` on line 1: front matter is read only at the very top, so delete them"])
  })

  it('reports a front matter field at its own line', () => {
    const { messages } = parse('---\ntitle: T\nauthor: A\nlang: 12 3\n---\n\nText.\n')
    expect(messages).toEqual(['4:7 Unexpected `12 3` at `lang`, expected a language tag like `en-GB`'])
  })

  it('reads a paragraph indented by a tab or four spaces as a paragraph, not as code to leave out', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\nFirst.\n\n    Indented by four.\n\n\tIndented by a tab.\n\nLast.\n')
    expect(messages).toEqual([])
    expect(article!.paragraphs.map((p) => [p.n, p.text])).toEqual([
      [1, 'First.'],
      [2, 'Indented by four.'],
      [3, 'Indented by a tab.'],
      [4, 'Last.']
    ])
  })

  it('refuses a published date that does not exist, and keeps one in words', () => {
    expect(parse('---\ntitle: T\nauthor: A\npublished: 2025-02-30\n---\n\nText.\n').messages).toEqual([
      '4:12 Unexpected `2025-02-30` at `published`, expected a date there is (2025-02-30 is not one), written YYYY-MM-DD, or the date in words'
    ])
    expect(parse('---\ntitle: T\nauthor: A\npublished: 2024-02-29\n---\n\nText.\n').messages).toEqual([])
    expect(parse('---\ntitle: T\nauthor: A\npublished: spring 2024\n---\n\nText.\n').messages).toEqual([])
  })

  it('knows the days there are', () => {
    expect(['2024-02-29', '2025-12-31', '2000-02-29'].filter(isCalendarDate)).toHaveLength(3)
    expect(['2025-02-29', '2025-02-30', '2026-04-31', '1900-02-29'].filter(isCalendarDate)).toEqual([])
  })

  it('warns where a fenced block or an HTML block drops out of the pack, and where HTML in a paragraph prints as written, once per element', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\nFirst <b>bold</b> words.\n\n```\nA paragraph fenced by mistake.\n```\n\n<div>A closing note.</div>\n\n<!-- a note to myself -->\n\nLast.\n')
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['First <b>bold</b> words.', 'Last.'])
    expect(messages).toEqual([
      '6:7 Unexpected HTML `<b>` in a paragraph, expected Markdown (`*emphasis*`): it prints as written',
      '8:1 Unexpected fenced code block, expected paragraphs and `##` subheads: its text is left out of the pack (remove the ``` lines to keep it as a paragraph)',
      '12:1 Unexpected HTML block `<div>`, expected paragraphs and `##` subheads in Markdown: it is left out of the pack'
    ])
  })

  it('warns where a Markdown table would print as one paragraph of cells and bars', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\nFirst.\n\n| Year | Visitors |\n| --- | ---: |\n| 2023 | 1,200 |\n\nA | B is no table, nor is this line.\n')
    expect(article!.paragraphs).toHaveLength(3)
    expect(messages).toEqual(['8:1 Unexpected table, expected paragraphs and `##` subheads: it prints as one numbered paragraph of its cells and `|` bars (write what it says as sentences, or leave it out)'])
  })

  // Its alt text was a numbered paragraph, printed in the reading copy as the article's prose, and quotable.
  it('leaves an image that stands alone out, numbering no ¶, and says so; an image inside a sentence keeps its words', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\nFirst.\n\n![A facsimile of the first page](https://example.org/p1.jpg)\n\n[![Chart of visitors](c.png)](c.html) ![](d.png)\n\nThe flag ![flag](f.png) flew. Last.\n')
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['First.', 'The flag flag flew. Last.'])
    expect(messages).toEqual([
      '8:1 Unexpected image `A facsimile of the first page`, expected paragraphs of text: classpack prints no images, so it is left out of the pack and numbers no ¶ (if what it shows matters for the lesson, say it in a sentence)',
      '10:1 Unexpected image `Chart of visitors`, expected paragraphs of text: classpack prints no images, so it is left out of the pack and numbers no ¶ (if what it shows matters for the lesson, say it in a sentence)'
    ])
  })

  // `[^1]: See …` was a numbered paragraph (renumbering every one after it), and `[^1]` printed as written.
  it('leaves a footnote\'s text out, numbering no ¶, and says so, naming it and the markers left in the text', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\nWhy?[^1]\n\nLast.\n\n[^1]: See the author’s\n  earlier piece on this.\n')
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['Why?[^1]', 'Last.'])
    expect(messages).toEqual(['10:1 Unexpected footnote `[^1]: See the author’s earlier piece on this.`, expected paragraphs of text: classpack prints no footnotes, so it is left out of the pack and numbers no ¶; its marker `[^1]` stays in the text as written (once): delete it, or say what the note says in a sentence'])
  })

  it('says an empty file is empty, and a front matter never closed is not closed, once each', () => {
    expect(parse('').messages).toEqual(['1:1 Unexpected empty article, expected a `---` front matter block with `title` and `author`, then the article word for word'])
    expect(parse(' \n\n').messages).toHaveLength(1)
    expect(parse('---\ntitle: T\nauthor: A\n\nText of the article.\n').messages).toEqual([
      '1:1 Unexpected front matter without its closing `---`, expected a line of `---` after the last field (`title`, `author`, …) and before the article'
    ])
  })

  it('refuses an article with no paragraphs', () => {
    const { article, messages } = parse('---\ntitle: T\nauthor: A\n---\n\n## Only a heading\n')
    expect(article).toBeUndefined()
    expect(messages[0]).toMatch(/^1:1 Unexpected article without paragraphs/)
  })
})

describe('a paragraph hard-wrapped before a hyphen', () => {
  // Rewrapped at 65 columns, ¶8 put "- to suit his needs." at a line's start: Markdown read a
  // list there, ¶8 split in two, and the only messages were stale ¶s in the YAML files.
  const FRONT = '---\ntitle: T\nauthor: A\n---\n\n'
  const parse = (body: string) => {
    const file = new VFile({ path: 'article.md', value: FRONT + body })
    return { article: parseArticle(file)!, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`) }
  }

  it('is said where the list starts, as the paragraph split it causes', () => {
    const { article, messages } = parse('He reads the world, and the interests of his own country\n- to suit his needs.\n\nNext paragraph.\n')
    expect(article.paragraphs.map((p) => p.text)).toEqual(['He reads the world, and the interests of his own country', 'to suit his needs.', 'Next paragraph.'])
    expect(messages).toEqual([
      '7:1 Unexpected list item `- to suit his needs.` right after a line of the paragraph above, expected that line\'s words to go on: a line that starts with `- ` ends the paragraph and starts a list, and every ¶ after it moves (join it to the line above, or write `\\-`) [article-list]'
    ])
  })

  it('leaves alone a list a paragraph introduces, one after a blank line, and one of capitalised items', () => {
    for (const body of ['Three reasons:\n- cost\n- time\n', 'Three reasons.\n\n- cost\n- time\n', 'Three reasons follow\n- Cost matters.\n- Time matters.\n']) {
      expect(parse(body).messages, body).toEqual([])
    }
  })

  it('leaves alone a list nested under an item whose words end with a semicolon or a full stop', () => {
    // "- new walls through the town;" over "  - some of them designed as seating…" was said to
    // be a hard wrap: a line ending its clause does not go on into the next.
    const nested = '1. Morpeth, which built storage:\n   - a dam across the valley;\n   - new walls through the town;\n     - some of them designed as seating.\n2. Pickering, whose project showed what natural measures can do.\n'
    const { article, messages } = parse(nested)
    expect(messages).toEqual([])
    expect(article.paragraphs).toHaveLength(5)
    expect(parse('He reads the world.\n- to suit his needs.\n').messages).toEqual([])
  })
})
