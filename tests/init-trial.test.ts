// `classpack init` on a teacher's trial articles (tests/fixtures/trial/): an English opinion
// piece and a German news report, each as .md, .txt and a saved news-site page. What the
// trial found, each held here: tables (no ¶ per cell, no `|` bars), datelines and German dates
// as `published`, a Markdown standfirst in emphasis, plain text's lists, block quotes and tab
// rows, a page's footnotes, quotes whose marks pair, and questions.yaml's examples of every type.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import type { Article } from '../src/article/model.js'
import { parseArticle } from '../src/article/parse.js'
import { datelineDate } from '../src/init/dates.js'
import { planModule, type ModulePlan } from '../src/init/index.js'
import { buildPack, checkModule, formatMessages, initModule } from '../src/index.js'
import { ROOT, tempDir } from './helpers/fixtures.js'

const TRIAL = join(ROOT, 'tests/fixtures/trial')

interface Planned {
  plan: ModulePlan
  markdown: string
  article: Article
  claims: Array<{ id: string; quote: string }>
  questions: string
}

async function plan(name: string, text?: string): Promise<Planned> {
  const bytes = text === undefined ? new Uint8Array(readFileSync(join(TRIAL, name))) : new TextEncoder().encode(text)
  const planned = await planModule({ path: name, bytes, into: 'source/trial' })
  expect(planned.checked.flatMap((f) => f.messages).filter((m) => m.fatal), formatMessages(planned.checked)).toEqual([])
  const file = (n: string): string => planned.files.find((f) => f.name === n)!.text
  const article = parseArticle(new VFile({ path: 'article.md', value: file('article.md') }))!
  return { plan: planned, markdown: file('article.md'), article, claims: YAML.parse(file('claims.yaml')).claims, questions: file('questions.yaml') }
}

const FORMS = ['md', 'txt', 'html'] as const
const parking: Partial<Record<(typeof FORMS)[number], Planned>> = {}
const fernwaerme: Partial<Record<(typeof FORMS)[number], Planned>> = {}
beforeAll(async () => {
  for (const form of FORMS) {
    parking[form] = await plan(`parking.${form}`)
    fernwaerme[form] = await plan(`fernwaerme.${form}`)
  }
})
const each = (articles: typeof parking): Array<[string, Planned]> => FORMS.map((f) => [f, articles[f]!])
const texts = (p: Planned): string[] => p.article.paragraphs.map((x) => x.text)
const kinds = (p: Planned): string[] => p.article.paragraphs.map((x) => (x.within ?? []).map((c) => (c.kind === 'item' ? `${c.ordered ? 'ol' : 'ul'}${c.number}` : 'quote')).join(' '))
const leftOut = (p: Planned): string[] => p.plan.guesses.filter((g) => g.what === 'left out').map((g) => `${g.value} (${g.how})`)

describe('init leaves an image that stands alone out of the reading copy, keeps it in a comment and names it', () => {
  // Its alt text was a numbered paragraph of "prose" (`check` now warns `article-image` of one left in).
  it('numbers no ¶ for it, keeps the words of an image inside a sentence, and check says nothing of it', async () => {
    const text = '# Reading old charters\n\nBy Ann Lee\n\nThe first page survives in the archive.\n\n![A facsimile of the first page](https://example.org/p1.jpg)\n\n[![Chart of visitors](c.png)](c.html)\n\nThe seal ![seal](s.png) is intact, the archivist said.\n'
    const p = await plan('charters.md', text)
    expect(texts(p)).toEqual(['The first page survives in the archive.', 'The seal seal is intact, the archivist said.'])
    expect(p.markdown).toContain('<!-- classpack init left out this image: the reading copy has no images. Say what it shows in a sentence if questions need it.\n![A facsimile of the first page](https://example.org/p1.jpg)\n-->')
    expect(leftOut(p).filter((g) => g.startsWith('an image')).map((g) => g.split(' (the')[0])).toEqual(['an image, after ¶1 (“A facsimile of the first page”)', 'an image, after ¶1 (“Chart of visitors”)'])
    expect(p.plan.checked.flatMap((f) => f.messages).map((m) => m.ruleId)).not.toContain('article-image')
  })
})

describe('init leaves a table out of the reading copy, keeps its rows in a comment and names it', () => {
  it('in a page, a Markdown file and plain text alike: no ¶ per cell, no `|` bars, the ¶ after it numbered as the text reads', () => {
    for (const [form, p] of each(parking)) {
      expect(texts(p), form).not.toContain('Seattle')
      expect(texts(p).some((t) => t.includes('|') || t.includes('$35,000')), form).toBe(false)
      expect(p.article.paragraphs[5]!.text, form).toBe('Consider the numbers from three recent studies:')
      expect(p.article.paragraphs[6]!.text, form).toMatch(/^Renters who do not own a car/)
      expect(p.markdown, form).toContain('<!-- classpack init left out this table: the reading copy has no tables. Write what it says as sentences if questions need its figures.\n| City | Cost per structured space | Share of rent attributable to parking |\n| --- | --- | --- |\n| Seattle | $35,000 | 15% |')
      expect(leftOut(p).filter((g) => g.startsWith('a table')), form).toEqual([
        "a table of 4 rows × 3 columns, after ¶6 (“City | Cost per structured space | Share of rent attributab…”) (the article's table: the reading copy has none; its rows stay in article.md as a comment there, to write as sentences if questions need its figures)"
      ])
      // check says nothing of a table: there is none left in the article.
      expect(p.plan.checked.flatMap((f) => f.messages).map((m) => m.ruleId), form).not.toContain('article-table')
    }
    for (const [form, p] of each(fernwaerme)) {
      expect(leftOut(p).filter((g) => g.startsWith('a table')).map((g) => g.split(' (')[0]), form).toEqual(['a table of 4 rows × 4 columns, after ¶4'])
      expect(p.markdown, form).toContain('| 8.500 kWh | 1.265 € | 1.420 € | +12,3 % |')
    }
  })

  it("reads a page's layout table (one column, or a cell of paragraphs) as its paragraphs, as before", async () => {
    const long = 'The council met on Tuesday to hear what residents want for the old library, and the meeting ran late into the evening because many of them wished to speak about the reading room, the opening hours, the volunteers, the costs of heating the building in winter and the plans for the car park next door.'
    const html = `<html><head><title>Layout</title></head><body><table><tr><td><p>${long}</p><p>A second paragraph of the article, under the first.</p></td><td>Menu</td></tr><tr><td><p>By the way, a third paragraph.</p></td><td></td></tr></table></body></html>`
    const p = await plan('layout.html', html)
    expect(texts(p)).toEqual(expect.arrayContaining([long, 'A second paragraph of the article, under the first.']))
    expect(p.markdown).not.toContain('<!--')
  })
})

describe('init reads a dateline as `published` and names the line', () => {
  it('under the byline of plain text and Markdown ("March 14, 2024", "3. März 2025")', () => {
    for (const [articles, date, line] of [
      [parking, '2024-03-14', 'March 14, 2024'],
      [fernwaerme, '2025-03-03', '3. März 2025']
    ] as const) {
      for (const form of ['md', 'txt'] as const) {
        const p = articles[form]!
        expect(p.article.meta.published, form).toBe(date)
        expect(p.plan.guesses, form).toContainEqual({ what: 'published', value: date, how: `the line “${line}”` })
        expect(texts(p).some((t) => t.includes(line)), form).toBe(false)
        expect(p.article.meta.standfirst ?? '', form).not.toContain(line)
      }
    }
    expect(fernwaerme.txt!.article.paragraphs[0]!.text).toMatch(/^Mieterinnen und Mieter/)
    expect(fernwaerme.md!.article.paragraphs[0]!.text).toMatch(/^Mieterinnen und Mieter/)
  })

  it('after the place it was written ("Düsseldorf, 3. März 2025", "LONDON, March 14, 2024"): `published`, and ¶1 stays the first paragraph', async () => {
    for (const [name, line, date, first] of [
      ['fernwaerme', 'Düsseldorf, 3. März 2025', '2025-03-03', /^Mieterinnen und Mieter/],
      ['fernwaerme', 'DÜSSELDORF, 3. März 2025', '2025-03-03', /^Mieterinnen und Mieter/],
      ['parking', 'LONDON, March 14, 2024', '2024-03-14', /^Walk through/]
    ] as const) {
      for (const form of ['md', 'txt'] as const) {
        const original = readFileSync(join(TRIAL, `${name}.${form}`), 'utf8')
        const text = original.replace(name === 'parking' ? 'March 14, 2024' : '3. März 2025', line)
        expect(text).not.toBe(original)
        const p = await plan(`${name}.${form}`, text)
        expect(p.article.meta.published, `${line} in .${form}`).toBe(date)
        expect(p.plan.guesses).toContainEqual({ what: 'published', value: date, how: `the line “${line}”` })
        expect(texts(p)[0], `${line} in .${form}`).toMatch(first)
        expect(texts(p).some((t) => t.includes(line))).toBe(false)
      }
    }
  })

  it('in the body of a page: `published` when the metadata gives none, else named as left out', async () => {
    const body = '<p>March 14, 2024</p><p>Walk through almost any downtown and you will pass more asphalt than storefronts, and that is the law.</p><p>Parking minimums arrived quietly in the 1950s, copied from one city code to the next.</p>'
    const bare = await plan('bare.html', `<html><head><title>Parking</title></head><body><article><h1>Parking</h1>${body}</article></body></html>`)
    expect(bare.article.meta.published).toBe('2024-03-14')
    expect(bare.plan.guesses).toContainEqual({ what: 'published', value: '2024-03-14', how: 'the line “March 14, 2024”' })
    const dated = await plan('dated.html', `<html><head><title>Parking</title><meta property="article:published_time" content="2024-03-15T07:00:00Z"></head><body><article><h1>Parking</h1>${body}</article></body></html>`)
    expect(dated.article.meta.published).toBe('2024-03-15')
    expect(leftOut(dated)).toContain('“March 14, 2024” (the dateline; `published` is 2024-03-15, from the page metadata)')
    expect(texts(dated)[0]).toMatch(/^Walk through/)
  })

  it('knows English and German dates, and only real days', () => {
    const dates: Record<string, string | undefined> = {
      'March 14, 2024': '2024-03-14',
      '14 March 2024': '2024-03-14',
      'Thursday, 14th Mar. 2024': '2024-03-14',
      '2024-03-14': '2024-03-14',
      'Published 4 March 2025, 09:30 GMT': '2025-03-04',
      '3. März 2025': '2025-03-03',
      '3. Maerz 2025': '2025-03-03',
      '3. Mrz. 2025': '2025-03-03',
      '3. März 2025, 14:32 Uhr': '2025-03-03',
      'Montag, 3. März 2025': '2025-03-03',
      'Veröffentlicht am 12. Dezember 2024': '2024-12-12',
      '1. Jänner 2025': '2025-01-01',
      '03.03.2025': '2025-03-03',
      // A news dateline: the place first, the date after a comma or a dash.
      'Düsseldorf, 3. März 2025': '2025-03-03',
      'DÜSSELDORF, 3. März 2025': '2025-03-03',
      'Frankfurt am Main, 03.03.2025': '2025-03-03',
      'Berlin (dpa) – 3. März 2025': '2025-03-03',
      'Kassel – Montag, 3. März 2025, 14:32 Uhr': '2025-03-03',
      'LONDON, March 14, 2024': '2024-03-14',
      'London, 14 March 2024': '2024-03-14',
      'NEW YORK (AP) — March 14, 2024': '2024-03-14',
      'LONDON, Thursday, March 14, 2024': '2024-03-14',
      // A weekday cut short, as British papers date a story (the web-page trial's "Sat 14 Mar 2026 18.30 GMT")
      'Sat 14 Mar 2026 18.30 GMT': '2026-03-14',
      'Thu, March 14, 2024': '2024-03-14',
      'Wed. 1 April 2026 09:00 BST': '2026-04-01',
      // Not German ("März 3, 2025"), no day, not a day, or more than a date.
      'März 3, 2025': undefined,
      'LONDON, March 2024': undefined,
      'Düsseldorf, 31. April 2025': undefined,
      'Düsseldorf, 3. März 2025: Die Stadt plant neue Radwege.': undefined,
      'Am Ende stand fest, 3. März 2025': undefined,
      'in Düsseldorf, 3. März 2025': undefined,
      'Düsseldorf 3. März 2025': undefined,
      'March 2024': undefined,
      '31 April 2024': undefined,
      '1. FC Köln': undefined,
      'The 14 March 2024 meeting ran late.': undefined
    }
    for (const [line, date] of Object.entries(dates)) expect(datelineDate(line), line).toBe(date)
  })
})

describe("init takes a Markdown article's standfirst in emphasis under the title", () => {
  it('as `standfirst`, not ¶1 and not a suggested claim, as plain text does', () => {
    const standfirst = 'Cities keep paying for cars that never arrive. It’s time to scrap minimum parking rules.'
    for (const form of ['md', 'txt'] as const) {
      const p = parking[form]!
      expect(p.article.meta.standfirst, form).toBe(standfirst)
      expect(texts(p)[0], form).toMatch(/^Walk through almost any downtown/)
      expect(p.claims.some((c) => standfirst.includes(c.quote)), form).toBe(false)
    }
    expect(parking.md!.plan.guesses).toContainEqual({ what: 'standfirst', value: standfirst, how: 'the line in emphasis under the title' })
  })
})

describe("init reads plain text's lists, block quotes and tab-separated rows as Markdown reads them", () => {
  it('each item a ¶ of its own in its list, a `> ` quote a block quote: as the Markdown file gives them', () => {
    expect(kinds(parking.txt!)).toEqual(kinds(parking.md!))
    const items = (p: Planned): string[] => texts(p).filter((_, i) => kinds(p)[i] !== '')
    expect(items(parking.txt!).slice(0, 6)).toEqual(items(parking.md!).slice(0, 6))
    expect(kinds(parking.txt!).filter(Boolean)).toEqual(['quote', 'ul1', 'ul2', 'ul3', 'ul4', 'ol1', 'ol2', 'ol3', 'ol1', 'ol2', 'ol3'])
    expect(parking.txt!.markdown).toContain('- Buffalo, New York, dropped minimums citywide in 2017.')
    expect(parking.txt!.markdown).toContain('> “We were requiring developers')
    expect(parking.txt!.markdown).not.toMatch(/\\[->]/)
    expect(kinds(fernwaerme.txt!).filter(Boolean)).toEqual(['ul1', 'ul2', 'ul3', 'ul4', 'ol1', 'ol2', 'ol3'])
    expect(texts(fernwaerme.txt!).filter((_, i) => kinds(fernwaerme.txt!)[i] !== '')).toEqual(texts(fernwaerme.md!).filter((_, i) => /^[ou]l/.test(kinds(fernwaerme.md!)[i]!)))
  })

  it('never puts a quote marker in a suggested claim', () => {
    for (const p of [parking.txt!, parking.md!]) expect(p.claims.filter((c) => /^\s*>/.test(c.quote))).toEqual([])
    expect(parking.txt!.claims.map((c) => c.quote)).toContain('“We were requiring developers to build garages that stood half-empty at midnight and half-empty at noon,” said Carla Reyes, the former planning director of Minneapolis')
  })

  it('keeps a lone numbered line ("1. FC Köln …") or a chance dash a paragraph, and items between blank lines one list', async () => {
    const text = [
      'Der Verein spielt weiter',
      'Von Jana Weißenfels',
      '1. FC Köln gewann am Samstag mit zwei zu null gegen den Tabellenführer, und die Fans feierten lange.',
      'Der Trainer sagte danach, die Mannschaft habe sich den Sieg verdient\n- und zwar mit Geduld.',
      '- Erstens die Abwehr',
      '- Zweitens der Sturm',
      'Am Sonntag geht es weiter, wenn das Wetter hält und die Spieler sich erholt haben.'
    ].join('\n\n')
    const p = await plan('koeln.txt', `${text}\n`)
    expect(texts(p)).toEqual([
      '1. FC Köln gewann am Samstag mit zwei zu null gegen den Tabellenführer, und die Fans feierten lange.',
      'Der Trainer sagte danach, die Mannschaft habe sich den Sieg verdient - und zwar mit Geduld.',
      'Erstens die Abwehr',
      'Zweitens der Sturm',
      'Am Sonntag geht es weiter, wenn das Wetter hält und die Spieler sich erholt haben.'
    ])
    expect(kinds(p)).toEqual(['', '', 'ul1', 'ul2', ''])
  })
})

describe("init leaves out a page's footnotes that Readability unwraps", () => {
  it('names them and keeps them out of the last ¶', () => {
    const p = parking.html!
    expect(texts(p).some((t) => t.includes('Figures include'))).toBe(false)
    expect(texts(p).at(-1)).toBe('Donald Shoup, The High Cost of Free Parking (Chicago: Planners Press, 2005).')
    expect(leftOut(p)).toContain("“1. Figures include residential, on-street and commercial spaces.” (the page's footnotes)")
  })
})

describe('init suggests quotes whose quotation marks pair', () => {
  /** Double quotation marks that pair: “…” or „…“, «…» or »…«, "…". */
  const pairs = (text: string): boolean => {
    const open: string[] = []
    for (const c of text) {
      if (c === '„' || c === '«' || (c === '“' && open.at(-1) !== '„') || (c === '"' && open.at(-1) !== '"') || (c === '»' && open.at(-1) !== '«')) open.push(c)
      else if ('“”"»«'.includes(c) && open.pop() === undefined) return false
    }
    return open.length === 0
  }

  it('in German: the whole quotation a sentence was cut from, and the stem that quotes it', () => {
    for (const [form, p] of each(fernwaerme)) {
      for (const c of p.claims) expect(pairs(c.quote), `${form}: ${c.quote}`).toBe(true)
      expect(p.claims.map((c) => c.quote), form).toContain('„Fernwärmekunden können ihren Anbieter nicht wechseln. Deshalb muss die Preisbildung besonders transparent sein – und das ist sie hier nicht“, sagte Energieexpertin Sabine Müller-Lüdenscheidt')
      for (const stem of YAML.parse(p.questions).quiz.map((q: { stem: string }) => q.stem)) expect(pairs(stem), stem).toBe(true)
    }
  })

  it('in English, and cut at the lone mark where the whole quotation is too long to quote', async () => {
    const long = Array.from({ length: 8 }, (_, i) => `Sentence ${i + 1} of the mayor’s answer runs on for a while.`).join(' ')
    const text = [
      'What the mayor said',
      'By Sam Writer',
      'The council met on Tuesday. “Parking is not free. Perhaps the council should stop requiring it,” said Mayor Jane Hill at the meeting.',
      `The mayor went on at length. “${long} The council should clearly act on the rules this year,” Hill added.`,
      'The vote will take place in June, after a second round of public meetings in the town hall.'
    ].join('\n\n')
    const p = await plan('mayor.txt', `${text}\n`)
    for (const c of p.claims) expect(pairs(c.quote), c.quote).toBe(true)
    const quotes = p.claims.map((c) => c.quote)
    expect(quotes).toContain('“Parking is not free. Perhaps the council should stop requiring it,” said Mayor Jane Hill at the meeting')
    expect(quotes).toContain('The council should clearly act on the rules this year')
  })
})

describe("questions.yaml's commented examples", () => {
  it('show every other item type, and each passes check uncommented, with the claims init suggested', async () => {
    for (const name of ['parking.md', 'fernwaerme.txt']) {
      const cwd = tempDir('classpack-init-trial-')
      const dir = join(cwd, 'source/trial')
      const result = await initModule({ path: join(TRIAL, name), into: dir, cwd })
      expect(result.written, formatMessages(result.files)).toBe(true)
      const path = join(dir, 'questions.yaml')
      const text = readFileSync(path, 'utf8')
      for (const type of ['single', 'true-false', 'multiple', 'cloze', 'matching', 'ordering', 'numeric']) expect(text, `${name}: ${type}`).toContain(`  #   type: ${type}\n`)
      // Uncommented: the examples' lines, not their titles.
      writeFileSync(path, text.replace(/^ {2}# (?=[- ])/gm, '  '))
      const quiz = YAML.parse(readFileSync(path, 'utf8')).quiz as Array<{ id: string; type: string }>
      expect(quiz.map((q) => q.type)).toEqual(expect.arrayContaining(['single', 'true-false', 'multiple', 'cloze', 'matching', 'ordering', 'numeric']))
      const examples = ['q-main-reason', 'q-true-or-false', 'q-which-are-said', 'q-fill-the-gaps', 'q-match-each', 'q-put-in-order', 'q-how-many']
      // What the examples print, uncommented, is in the article's language: a German module's were English.
      const printed = (value: unknown, key = ''): string[] =>
        typeof value === 'string' ? (['id', 'type', 'claim', 'difficulty', 'bloom', 'key'].includes(key) ? [] : [value]) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'claims' || k === 'gaps' ? [] : printed(v, Array.isArray(value) ? key : k))) : []
      const words = printed(quiz.filter((q) => examples.includes(q.id)))
      expect(words.length).toBeGreaterThan(30)
      const english = /\b(the|article|says|what|which|match|put|right|wrong|according|how)\b/i
      const german = /\b(der|die|das|Text|steht|was|welche|warum)\b/
      const [own, other] = name.endsWith('.txt') ? [german, english] : [english, german]
      expect(words.filter((w) => other.test(w))).toEqual([])
      expect(words.filter((w) => own.test(w)).length).toBeGreaterThan(20)
      const check = checkModule(dir)
      expect(check.messages.filter((m) => m.fatal), `${name}\n${formatMessages(check.files)}`).toEqual([])
      // Nor does the item-writing lint find fault with them.
      expect(check.messages.filter((m) => examples.some((id) => m.reason.includes(`\`${id}\``))).map((m) => m.reason)).toEqual([])
    }
  })
})

describe("init leaves each actor's role to the teacher, in the article's language, unless the article gives it", () => {
  it('in German: a comment asks for it, and the handout prints the Beteiligte by name alone, no English placeholder; a title before the name is the role', async () => {
    const cwd = tempDir('classpack-trial-roles-')
    writeFileSync(join(cwd, 'fernwaerme.md'), readFileSync(join(TRIAL, 'fernwaerme.md')))
    expect((await initModule({ path: 'fernwaerme.md', into: 'm', cwd })).written).toBe(true)
    const claims = readFileSync(join(cwd, 'm/claims.yaml'), 'utf8')
    const actors = (YAML.parse(claims) as { actors: Array<{ id: string; name: string; role?: string }> }).actors
    expect(actors.length).toBeGreaterThan(0)
    // A title the article gives with the name ("sagte Geschäftsführer Dr. Matthias Groß") is the
    // article's own words, and the role; for anyone else a comment asks for one.
    const article = readFileSync(join(TRIAL, 'fernwaerme.md'), 'utf8')
    expect(actors.filter((a) => a.role).map((a) => [a.name, a.role])).toContainEqual(['Matthias Groß', 'Geschäftsführer'])
    expect(actors.some((a) => !a.role)).toBe(true)
    for (const actor of actors) {
      if (actor.role) expect(article, actor.id).toContain(`${actor.role} `)
      else expect(claims).toMatch(new RegExp(`  - id: ${actor.id}\\n    name: .+\\n    # role: Rolle in wenigen Worten beschreiben \\(genannt in ¶\\d+\\)\\n`))
    }
    expect(claims).not.toMatch(/describe their role|Named in/)
    const build = await buildPack({ dir: join(cwd, 'm'), out: join(cwd, 'out'), formats: new Set(['html']) })
    expect(build.target, formatMessages(build.files)).toBeDefined()
    expect(build.files.flatMap((f) => f.messages).filter((x) => x.ruleId === 'scaffold-text')).toEqual([])
    const handout = readFileSync(join(build.target!, 'handout.html'), 'utf8')
    expect(handout).toContain('Beteiligte')
    for (const actor of actors) expect(handout).toContain(actor.role ? `<strong>${actor.name}</strong>` : `<li><strong>${actor.name}</strong></li>`)
    expect(handout).not.toMatch(/Named in|describe their role|genannt in ¶/)
  })
})

// A third trial article (tests/fixtures/trial/lake-ice.*, curated as tests/fixtures/lake-ice):
// a science news story with figures and units. As plain text its two-sentence standfirst ran
// into the byline and dateline, and its headline (a question and its answer) was body text;
// as a page its section label, a div of text alone, was ¶1. Each form now reads as the .md does.
describe('init reads the lake-ice article alike as Markdown, plain text and a saved page', () => {
  it('gives one title, standfirst, author, bio and date, and the same paragraphs, as the curated module has', async () => {
    const curated = parseArticle(new VFile({ path: 'article.md', value: readFileSync(join(ROOT, 'tests/fixtures/lake-ice/article.md'), 'utf8') }))!
    for (const form of FORMS) {
      const p = await plan(`lake-ice.${form}`)
      const { title, standfirst, author, authorBio, published } = p.article.meta
      expect({ title, standfirst, author, authorBio, published }, form).toEqual({
        title: curated.meta.title,
        standfirst: curated.meta.standfirst,
        author: 'Tomasz Reyes',
        authorBio: curated.meta.authorBio,
        published: '2026-12-01'
      })
      expect(texts(p), form).toEqual(curated.paragraphs.map((x) => x.text))
      expect(p.article.sections.map((s) => s.heading), form).toEqual(curated.sections.map((s) => s.heading))
    }
    expect(checkModule(join(ROOT, 'tests/fixtures/lake-ice')).ok).toBe(true)
  })
})

describe('init reads the head of a page saved as Markdown (the web-page trial: a museum returning artefacts)', () => {
  const md = (): Promise<Planned> => plan('harwick-figures.md')
  // The page's section label, a link above the `# Title`, was the title
  // ("[Culture](https://…)"), and the headline, standfirst, byline and dateline the first ¶s.
  it('leaves out a section label above the `# Title` and names it, and takes the heading for the title', async () => {
    const p = await md()
    expect(p.article.meta.title).toBe('Harwick museum agrees to return 214 carved figures to the Sarevan Islands')
    expect(p.plan.guesses).toContainEqual({ what: 'left out', value: '“[Culture](https://www.harwickcourier.example/culture)”', how: 'the section label above the `#` heading' })
    expect(p.article.meta.standfirst).toMatch(/^The city council’s vote ends a decade-long campaign/)
    // A first line that is a sentence is no label: the file has no title there, as before.
    const prose = await plan('prose.md', 'The council met on Tuesday.\n\n# A council decides\n\nIt decided.\n\nIt went home.\n')
    expect(prose.article.meta.title).not.toBe('A council decides')
  })

  // "By [Priya Nandakumar](https://…/profile/…), Culture correspondent": no author was found.
  it('reads a byline whose name is a link, without the role after it, and a dateline with a weekday cut short', async () => {
    const p = await md()
    expect(p.article.meta.author).toBe('Priya Nandakumar')
    expect(p.article.meta.published).toBe('2026-03-14')
    expect(p.markdown).not.toMatch(/^By \[Priya/m)
    expect(p.markdown).not.toMatch(/^Sat 14 Mar 2026/m)
  })
})

describe("init leaves the site's lines in the body out of the reading copy (the web-page trial)", () => {
  // "Read more: <a headline>" between paragraphs, an "Advertisement" label, a bar of share
  // buttons, and the editor's note and correction at either end were numbered ¶s of the page and
  // the Markdown file, and subheads of the plain text.
  // And an image's caption with its credit, and a pull quote that repeats the body's words.
  const SITE = /^(?:\**Read more|Advertisement$|Share this article|\*?This article was updated|\*?_*Correction|Some of the 214 Sarevan figures|\W*Caring for something)/u
  it('in a page, a Markdown file and plain text alike, each named as left out', async () => {
    for (const form of FORMS) {
      const p = await plan(`harwick-figures.${form}`)
      const all = [...p.article.sections.map((s) => s.heading ?? ''), ...texts(p)]
      expect(all.filter((t) => SITE.test(t)), form).toEqual([])
      const left = p.plan.guesses.filter((g) => g.what === 'left out').map((g) => g.value)
      expect(left.filter((v) => /Read more/.test(v)), form).toHaveLength(2)
      expect(left.some((v) => /^“[*_]*Correction/.test(v)), form).toBe(true)
      expect(left.some((v) => /This article was updated/.test(v)), form).toBe(true)
      expect(left.some((v) => /^“Some of the 214 Sarevan figures/.test(v)), form).toBe(form !== 'html')
      // Every paragraph of the article's own is still there, and the sentence a pull quote repeated.
      expect(texts(p).filter((t) => t.includes('caring for something is not the same as having a right to it')), form).toHaveLength(1)
      expect(all.some((t) => t.startsWith('The empty gallery will close for redesign')), form).toBe(true)
      expect(all.some((t) => t.startsWith('The vote follows a ten-year campaign')), form).toBe(true)
    }
  })

  it("keeps a sentence that only starts like one, and an update inside the body, as the article's", async () => {
    const body = [
      'The council met on Tuesday.',
      'Read more: the report said, and the council agreed.',
      'Update: the council voted 5 to 2 in favour of the plan.',
      '“We will not close the library on Sundays,” the mayor said on Monday.',
      'Credit: the council paid for the new roof itself.',
      'Later it met again.',
      'Asked again, the mayor said: “We will not close the library on Sundays, and I mean it.”',
      'Then it rested.',
      'The end came.',
      'Advertisement.',
      'That single word once paid for half the newsroom.'
    ]
    const p = await plan('council.txt', `A council decides\n\nBy Ann Example\n\n${body.join('\n\n')}\n`)
    expect(texts(p)).toEqual(body)
  })

  // The false-positive trial: "See also: the governors' report, page 4", the writer's pointer to
  // a page, was left out as a link to another story, whose headline opens with a capital.
  it('keeps a pointer of the writer’s own that goes on in lower case', async () => {
    const p = await plan('school.md', "# The school newsletter\n\nBy Ann Example\n\nThe council met.\n\nThe most read item was the lunch menu.\n\nSee also: the governors' report, page 4\n\nIt went home.\n\nIt met again.\n")
    expect(texts(p)).toContain("See also: the governors' report, page 4")
  })
})

describe('init keeps an article about corrections and newsletters whole (the false-positive trial)', () => {
  // A media column opened "This article was updated forty-one times in its first year online, …"
  // and "Correction: that one word, printed in bold, …": both were left out as an editor's note.
  it('keeps a paragraph at either end that opens like an editor’s note but says no correction', async () => {
    const body = [
      'This article was updated forty-one times in its first year online, and every change is logged at the foot of the page, the standards editor said.',
      'Correction: that one word, printed in bold, is the most read line in the paper, she said.',
      'The Ledger began printing corrections on page two in 1974.',
      'Before that, mistakes were fixed quietly.',
      'The board will decide on Friday.',
      'It met again.'
    ]
    for (const form of ['md', 'txt'] as const) {
      const p = await plan(`ledger.${form}`, `${form === 'md' ? '# ' : ''}How the Ledger learned to say sorry\n\nBy Ann Example\n\n${body.join('\n\n')}\n\nCorrection: An earlier version of this column misspelled the name of the standards editor.\n`)
      expect(texts(p), form).toEqual(body)
      expect(p.plan.guesses.filter((g) => g.what === 'left out').map((g) => g.value), form).toEqual([expect.stringMatching(/^“Correction: An earlier version/)])
    }
  })

  // "## How newsletters make money" over "Most of them don't." and a paragraph about an inbox was
  // taken for a sign-up box: the subhead and both paragraphs were gone from the reading copy.
  it('keeps a subhead about newsletters and the paragraphs under it, which have no sign-up form', async () => {
    const md = await plan('ledger.md', "# Newsletters\n\nBy Ann Example\n\nThe council met.\n\n## How newsletters make money\n\nMost of them don't.\n\nOf the forty newsletters in her inbox, three pay their writers a wage.\n\nIt went home.\n\nIt met again.\n")
    expect(md.article.sections.map((s) => s.heading)).toEqual([null, 'How newsletters make money'])
    expect(texts(md)).toEqual(['The council met.', "Most of them don't.", 'Of the forty newsletters in her inbox, three pay their writers a wage.', 'It went home.', 'It met again.'])
  })

  // Plain text wrapped over lines: a paragraph opening "Sign up for …" that mentions "your email
  // address", one ending "… Photograph: a wall of water in March 1998", and one opening "Related
  // stories about …" that ends in a colon were left out as a sign-up box, a caption and a list.
  it('keeps paragraphs of plain text that only share words with a sign-up box, a caption or a related-stories list', async () => {
    const wrapped = [
      'Sign up for a ferry pass and the harbour office asks for little: a name, a\npostcode and your email address, which it promises never to sell.',
      'Hannah Code has kept the north ferry for thirty years. Her photographs of the\ncrossing hang in the harbour office. Photograph: a wall of water in March 1998',
      'Related stories about the ferry have filled the local paper for a decade, and\nthe most read of them was about her father, who rowed the crossing in a\nstorm:'
    ]
    const p = await plan('ferry.txt', `The last ferry keepers\n\nBy Ann Example\n\nThe council met.\n\n${wrapped.join('\n\n')}\n\nIt went home.\n\nIt met again.\n`)
    expect(texts(p)).toEqual(['The council met.', ...wrapped.map((w) => w.replaceAll('\n', ' ')), 'It went home.', 'It met again.'])
    expect(p.plan.guesses.filter((g) => g.what === 'left out')).toEqual([])
  })

  // A closing paragraph that repeats an earlier quotation, for emphasis, was left out as a pull
  // quote, in plain text, a page and Markdown (set as a block quote) alike.
  it('keeps a last paragraph that echoes an earlier quotation: a pull quote stands between paragraphs', async () => {
    const body = ['The council met on Tuesday.', '“We will not close the library on Sundays,” the mayor said on Monday.', 'Later it met again.', 'Then it rested.']
    const echo = '“We will not close the library on Sundays.”'
    const txt = await plan('echo.txt', `The archive\n\nBy Ann Example\n\n${[...body, echo].join('\n\n')}\n`)
    const html = await plan('echo.html', `<html lang="en"><head><title>The archive</title></head><body><article><h1>The archive</h1><p class="byline">By Ann Example</p>${[...body, echo].map((t) => `<p>${t}</p>`).join('')}</article></body></html>`)
    const md = await plan('echo.md', `# The archive\n\nBy Ann Example\n\n${body.join('\n\n')}\n\n> ${echo}\n`)
    for (const [form, p] of [['txt', txt], ['html', html], ['md', md]] as const) expect(texts(p), form).toEqual([...body, echo])
  })
})

describe('init reads the head of plain text copied from a web page (the web-page trial)', () => {
  // The page's head, copied without blank lines (a section label, the headline, the standfirst,
  // the byline, the dateline, the share buttons' words), was one ¶1, and the title came from
  // the file's name ("Harwick figures").
  it('takes the headline, standfirst, byline and dateline, and leaves out the section label above them', async () => {
    const p = await plan('harwick-figures.txt')
    expect(p.article.meta).toMatchObject({ title: 'Harwick museum agrees to return 214 carved figures to the Sarevan Islands', author: 'Priya Nandakumar', published: '2026-03-14' })
    expect(p.article.meta.standfirst).toMatch(/^The city council’s vote ends/)
    expect(texts(p)[0]).toMatch(/^The Harwick Museum of World Cultures will return/)
    expect(p.plan.guesses).toContainEqual({ what: 'left out', value: '“Culture”', how: "the page's section label above the headline" })
    expect(p.plan.guesses).toContainEqual({ what: 'title', value: 'Harwick museum agrees to return 214 carved figures to the Sarevan Islands', how: 'the line under the section label' })
  })

  it('keeps a first paragraph of prose wrapped over several lines one paragraph', async () => {
    const prose = ['The council met on Tuesday in the old town hall', 'and talked for three hours about the budget', 'for the coming year, which it must pass by March', 'or lose the money the county has promised it', 'for roads, schools and the library on Main Street.']
    const p = await plan('council.txt', `${prose.join('\n')}\n\nIt went home.\n\nIt met again.\n`)
    expect(texts(p)[0]).toBe(prose.join(' '))
  })
})

describe('init reads the web-page trial’s article alike as a page, Markdown and plain text', () => {
  // Each form kept some of the page's clutter the others did not: a related-stories list and a
  // newsletter's sign-up box (its heading a subhead of Markdown, so the next paragraphs were a
  // section, a theme, named "Sign up to Culture Weekly"), joined into ¶s of plain text.
  it('gives the same paragraphs and subheads from each, and names the boxes it leaves out', async () => {
    const read = await Promise.all(FORMS.map((form) => plan(`harwick-figures.${form}`)))
    const [md, txt, html] = read.map((p) => ({ texts: texts(p), headings: p.article.sections.map((s) => s.heading) }))
    expect(html!.texts).toHaveLength(18)
    expect(html!.headings).toEqual([null, 'A collection taken by force', 'Money and visitors', 'What happens next'])
    expect(md).toEqual(html)
    expect(txt).toEqual(html)
    const how = (p: Planned): string[] => p.plan.guesses.filter((g) => g.what === 'left out').map((g) => g.how)
    for (const p of read.slice(0, 2)) expect(how(p)).toEqual(expect.arrayContaining(["the site's list of other stories", "a newsletter's sign-up box"]))
  })

  it('keeps such a heading over the article’s own paragraphs, and a sentence about a newsletter', async () => {
    const md = await plan('council.md', '# A council decides\n\nBy Ann Example\n\nThe council met.\n\n## Read more\n\nThe council will meet again in May.\n\nIt went home.\n')
    expect(md.article.sections.map((s) => s.heading)).toEqual([null, 'Read more'])
    const txt = await plan('council.txt', 'A council decides\n\nBy Ann Example\n\nThe council met.\n\nSubscribe to the council newsletter, the leader said,\nand residents can email the planning office.\n\nIt went home.\n')
    expect(texts(txt)).toContain('Subscribe to the council newsletter, the leader said, and residents can email the planning office.')
  })
})
