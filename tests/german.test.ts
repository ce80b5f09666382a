// A module whose article says `lang: de-DE` (tests/fixtures/german, an op-ed written for
// these tests) builds a whole pack in German: every document (HTML and PDF, their titles
// and subjects), the grading sheet and every export are read back and compared with the
// English catalogue, walked string by string (functions called with sample arguments):
// no English UI string remains. Dates, numbers and quotation marks are German, Moodle's
// true/false keywords stay, and no text in any PDF passes the right margin.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { fromHtml } from 'hast-util-from-html'
import type { Paragraph } from 'mdast'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkModule } from '../src/index.js'
import { de } from '../src/lang/de.js'
import { en } from '../src/lang/en.js'
import { hyphenator } from '../src/render/hyphenate.js'
import { breakLines, textWidth, toRuns } from '../src/render/pdf/inline.js'
import { parseFilled } from '../src/render/markdown.js'
import { styles } from '../src/render/pdf/styles.js'
import { assemble, ROOT, run, tempDir, TINY } from './helpers/fixtures.js'
import { build, packFiles } from './helpers/pack.js'
import { openPdf, readPdf } from './helpers/pdf.js'
import { unzip } from './helpers/zip.js'

const GERMAN = join(ROOT, 'tests/fixtures/german')

// Sample arguments: numbers and names that cannot be mistaken for a catalogue's words, so
// what a function adds around them is its own text.
const SAMPLE = {
  title: 'QQTITLE',
  author: 'QQAUTHOR',
  paragraphs: 71,
  words: 7123,
  minutes: 73,
  claims: 74,
  count: 75,
  version: 'QQV',
  items: 76,
  points: 77,
  quizCount: 78,
  discussionCount: 79,
  seed: 81,
  versions: 'QQVERSIONS',
  students: 82,
  claimsCovered: 83,
  claimsTotal: 84,
  paragraphsCovered: 'QQCOVERED',
  paragraphsLeftOut: 'QQLEFT',
  pronoun: null,
  publication: 'QQPUBLICATION',
  published: 'QQPUBLISHED',
  marks: { one: true, all: true }
}
const TRIALS: unknown[][] = [
  [SAMPLE],
  [87],
  [87, 89],
  ['QQA'],
  ['QQA', 'QQB'],
  ['QQA', 'supports', 'QQB'],
  ['QQA', 'QQB', 'QQC'],
  [['QQA', 'QQB', 'QQC']],
  ['QQA', 87],
  [null, 'QQA'],
  [2026, 11, 1],
  // The claims an item tests (exports.tests).
  [
    [
      { label: 'QQA', paragraph: 87, paraphrase: 'QQB' },
      { label: 'QQC', paragraph: 89, paraphrase: 'QQD' }
    ]
  ]
]

// A whole number of a few digits (the trial's) is written alike: `types.numeric.number()` differs only in its separators.
/** Catalogue entries German writes as English does: labels and names. */
// nested().text is the quote itself, handed back in its marks.
const SAME_IN_GERMAN = ['nested().text', 'handout().online', 'article().online', 'quiz().nameLabel', 'quiz().fillInName', 'quiz().versionLabel', 'cover().fillInName', 'index().pdf', 'documents.title()', 'documents.version()', 'documents.student()', 'documents.marks()', 'types.numeric.number()']
/** Words of English strings that German strings use too: a plural both spell alike, a format's name. */
const SHARED_WORDS = ['Tests', 'QTI']

/** Every string a catalogue prints, functions called with sample arguments (the first that returns words). */
function catalogueStrings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }]
  if (typeof value === 'function') {
    for (const args of TRIALS.filter((t) => t.length === (value as () => unknown).length)) {
      try {
        const out = (value as (...a: unknown[]) => unknown)(...args)
        if (out !== undefined && out !== null && !/\[object Object\]|undefined|NaN/.test(JSON.stringify(out))) return catalogueStrings(out, `${path}()`)
      } catch {
        // Not this signature: try the next.
      }
    }
    throw new Error(`no sample arguments fit ${path}`)
  }
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => catalogueStrings(v, path ? `${path}.${k}` : k))
  return []
}

/** The words a catalogue string contributes itself: its text around the sample values, in pieces with letters. */
function fragments(text: string): string[] {
  return text
    .split(/QQ[A-Z]+|\d+/)
    .map((f) => f.replace(/^[\s,.;:()/–—-]+|[\s,.;:(/–—-]+$/g, '').trim())
    .filter((f) => (f.match(/\p{L}/gu) ?? []).length >= 3)
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const squash = (s: string): string => s.replace(/\s+/g, ' ')
/** Whether `phrase` stands in `text` as words of its own (not inside a longer word or identifier). */
const wordIn = (phrase: string, text: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}_])${escape(squash(phrase))}(?![\\p{L}\\p{N}_])`, 'u').test(text)

/** Text of every string in an XML document (element text and CDATA), one per line. */
function xmlText(xml: string): string {
  const parsed = new XMLParser({ ignoreAttributes: true, cdataPropName: false as unknown as string }).parse(xml) as unknown
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number') out.push(String(v))
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(parsed)
  // Lower-case tokens are the formats' own vocabulary (Canvas's `points`, Moodle's `true`), not words for a reader.
  const words = out.filter((s) => !/^[a-z][a-z0-9_.-]*$/.test(s.trim()))
  // Feedback and descriptions are HTML inside the XML: their text is what a student reads.
  return words.map((s) => (/<[a-z]/i.test(s) ? toText(fromHtml(s, { fragment: true })) : s)).join('\n')
}

describe('a German module', () => {
  let pack: string
  const texts = new Map<string, string>()

  beforeAll(async () => {
    pack = await build({ dir: GERMAN, formats: ['html', 'pdf', 'print', 'moodle', 'gift', 'qti', 'qti21'], versions: 2, roster: join(GERMAN, 'klasse.csv'), covers: true })
    for (const [path, bytes] of packFiles(pack)) {
      if (path.endsWith('.html')) {
        const tree = fromHtml(bytes.toString('utf8'))
        texts.set(path, toText(tree))
      } else if (path.endsWith('.pdf')) {
        const pdf = await readPdf(bytes)
        texts.set(path, [String(pdf.info.Title), String(pdf.info.Subject), ...pdf.outline.map((o) => o.title), ...pdf.pages.map((p) => p.text)].join('\n'))
      } else if (path.endsWith('.xml')) {
        texts.set(path, xmlText(bytes.toString('utf8')))
      } else if (path.endsWith('.zip')) {
        for (const [inner, file] of await unzip(bytes)) if (inner.endsWith('.xml')) texts.set(`${path}/${inner}`, xmlText(file.bytes.toString('utf8')))
      } else if (path.endsWith('.csv') || path.endsWith('.txt')) {
        texts.set(path, bytes.toString('utf8'))
      }
    }
  }, 600_000)

  it('is read back whole: every document, the grading sheet and every export', () => {
    const names = [...texts.keys()]
    for (const expected of ['handout.html', 'handout.pdf', 'discussion-facilitator.pdf', 'quiz-A.pdf', 'answer-key-B.html', 'print-bundle.pdf', 'grading.csv', 'moodle.xml', 'quiz.gift.txt', 'index.html']) expect(names).toContain(expected)
    expect(names.some((n) => n.startsWith('quiz/') && n.endsWith('.pdf'))).toBe(true)
    expect(names.some((n) => n.startsWith('canvas-qti.zip/'))).toBe(true)
    expect(names.some((n) => n.startsWith('qti21.zip/'))).toBe(true)
  })

  it('holds no string of the English catalogue (its own words, around any values)', () => {
    // Strings German writes exactly as English does, and words both use inside strings that differ:
    // each listed, so an untranslated string cannot pass as one of them.
    const english = catalogueStrings(en).filter((s) => s.path !== 'lang')
    const germanStrings = new Map(catalogueStrings(de).map((s) => [s.path, s.text]))
    expect(english.filter((s) => germanStrings.get(s.path) === s.text).map((s) => s.path)).toEqual(SAME_IN_GERMAN)
    const german = squash([...germanStrings.values()].join('\n'))
    for (const word of SHARED_WORDS) expect(wordIn(word, german)).toBe(true)
    const checked = english
      .filter((s) => !SAME_IN_GERMAN.includes(s.path))
      .flatMap((s) => fragments(s.text).filter((f) => !SHARED_WORDS.includes(f)).map((f) => ({ path: s.path, fragment: f })))
    // The walk reaches every part of the catalogue: documents, PDF furniture, exports, types.
    expect(checked.length).toBeGreaterThan(150)
    for (const part of ['handout()', 'quiz()', 'pdf.page()', 'pdf.blank', 'grading', 'exports.qtiDescription()', 'types.multiple.keyScoring()', 'map.intro', 'documents.printSubject']) {
      expect(checked.some((c) => c.path.startsWith(part))).toBe(true)
    }
    const found: string[] = []
    for (const [file, text] of texts) {
      const flat = squash(text)
      for (const { path, fragment } of checked) {
        if (wordIn(fragment, flat)) found.push(`${file}: ${path} ${JSON.stringify(fragment)}`)
      }
    }
    expect(found).toEqual([])
  })

  it('prints dates, numbers and quotation marks the German way', () => {
    const handout = squash(texts.get('handout-teacher.pdf')!)
    // Published, the pack's date, and a context note's date, written out by Intl.
    expect(handout).toContain('Erscheinungsdatum: 12. Juni 2025')
    expect(handout).toContain('20. Juni 2025')
    expect(handout).toContain('Stand: 1. Juni 2025')
    expect(handout).toContain('„Vielleicht“')
    expect(squash(texts.get('handout.html')!)).toContain('„Die Vorlage der Verwaltung beziffert')
    // Three right options sharing two points: a fraction of a point, in German.
    expect(squash(texts.get('answer-key-A.pdf')!)).toContain('2/3 Punkt')
    expect(squash(texts.get('quiz-A.pdf')!)).toMatch(/6 Aufgaben, 8 Punkte\./)
    expect(texts.get('grading.csv')!.split(/\r?\n/)[0]).toBe('\uFEFFName,Nr.,Gruppe,Version,Datei,Aufgabe 1,Aufgabe 2,Aufgabe 3,Aufgabe 4,Aufgabe 5,Aufgabe 6')
  })

  it('words the select-all scoring as a teacher does, on the quiz, in the key and in the exports', () => {
    const rule = 'Jedes richtige Kreuz bringt den gleichen Anteil der Punkte, jedes falsche kostet einen Anteil; keine Aufgabe wird mit weniger als 0 Punkten bewertet.'
    for (const file of ['quiz-A.html', 'moodle.xml', 'quiz.gift.txt']) expect(squash(texts.get(file)!), file).toContain(rule)
    expect(squash(texts.get('answer-key-A.html')!)).toContain('Bewertung: 3 richtige Antworten; jedes richtige Kreuz bringt 2/3 Punkt, jedes falsche kostet 2/3 Punkt; mindestens 0 Punkte.')
  })

  it('names the claims an item tests as “Geprüfte Aussage(n)”, in the key and the exports, and a written answer an open one', () => {
    const key = squash(texts.get('answer-key-A.html')!)
    expect(key).toContain('Geprüfte Aussagen C1 (¶1): Laut der Vorlage der Verwaltung')
    expect(key).toMatch(/6 offene Antwort \(siehe Musterantwort\) 2/)
    // Canvas's quiz: the file named as its folder (beside it, the quiz's settings).
    const canvas = [...texts.keys()].find((k) => /^canvas-qti\.zip\/(g[0-9a-f]+)\/\1\.xml$/.test(k))!
    for (const file of ['moodle.xml', canvas, 'quiz.gift.txt']) {
      // GIFT's escapes (\: and \n between lines) read as what they stand for.
      const text = squash(texts.get(file)!.replace(/\\n/g, '\n').replace(/\\(.)/g, '$1'))
      // One claim on its line; several under a line of their own.
      expect(text, file).toContain('Geprüfte Aussage C1 (¶1): Laut der Vorlage der Verwaltung')
      expect(text, file).toMatch(/Geprüfte Aussagen: C2 \(¶2\): Die Autorin hält den Schutz vor Hitze .* C5 \(¶3\): Wohnungslose/)
    }
    for (const [file, text] of texts) expect(text, file).not.toMatch(/\bPrüft\b|schriftlich \(siehe/)
  })

  it('words the handout, the reading copy and the cover as a German teacher would', () => {
    const handout = squash(texts.get('handout.html')!)
    expect(handout).toContain('Titel und Vorspann lesen. Welche Position vertritt der Text vermutlich, und zu welchem Thema?')
    // The section's paragraphs in brackets, and no brackets before them.
    expect(handout).toContain('Einstieg, ohne Zwischenüberschrift (¶1–2)')
    expect(handout).toContain('Zu jeder Aussage die Felder anhand des Textes ausfüllen:')
    expect(handout).toContain('Hintergrundinformationen (nicht aus dem Text)')
    expect(handout).toContain('Diese Hinweise liefern Fakten, die im Text nicht stehen. Jeder ist datiert und der Aussage zugeordnet, zu deren Verständnis er beiträgt.')
    expect(squash(texts.get('handout-teacher.html')!)).toContain('Art der Aussage: interpretierend')
    expect(squash(texts.get('article-teacher.html')!)).toContain(
      'Jede der 12 Kernaussagen ist im Text markiert und mit ihrer Kennung (C1, C2, …) versehen, unter der sie auch in Handout, Diskussionsfragen und Lösungsschlüssel erscheint.'
    )
    const bundle = squash(texts.get('print-bundle.pdf')!)
    expect(bundle).toContain('Vor Beginn')
    expect(bundle).toContain('Prüfen, ob auf diesem Blatt der eigene Name steht. Erst auf ein Zeichen hin umblättern.')
    for (const [file, text] of texts) expect(squash(text), file).not.toMatch(/Vor dem Beginn|wenn das Zeichen|\bdeutend\b|Zwischenüberschrift\) \(¶/)
  })

  it('calls a test’s questions “Aufgaben” throughout the quiz, its key and its cover, and marks every teacher’s document “Ausgabe für Lehrkräfte”', () => {
    // Documents, not the exports, whose notes speak Moodle's words („die Frage“, „Fragensammlung“).
    const tests = [...texts.keys()].filter((k) => /^(?:quiz|answer-key)[-/].*\.(?:pdf|html)$|^print-bundle/.test(k))
    expect(tests.length).toBeGreaterThan(8)
    // (C10's paraphrase speaks of „Mut zum Fragen“: asking, not a question.)
    for (const file of tests) expect(texts.get(file), file).not.toMatch(/(?<!\p{L}|zum )Fragen?(?!\p{L})/u)
    expect(squash(texts.get('quiz-A.html')!)).toContain('6 Aufgaben, 8 Punkte. Alle Aufgaben bearbeiten;')
    const key = squash(texts.get('answer-key-A.pdf')!)
    expect(key).toContain('6 Aufgaben, 8 Punkte. Zu jeder Aufgabe: die Lösung')
    expect(key).toContain('Aufgabe 1 Welche Gründe')
    expect(key).toContain('Lösungsschlüssel – Ausgabe für Lehrkräfte')
    expect(squash(texts.get('print-bundle.pdf')!)).toContain('6 Aufgaben, 8 Punkte')
    for (const [file, text] of texts) expect(text, file).not.toContain('Exemplar')
  })

  it('keeps each label of the facilitator edition with its value, on a line of its own', () => {
    const lines = texts.get('discussion-facilitator.pdf')!.split('\n').map((l) => l.trim())
    expect(lines.filter((l) => /(?:·|Ziel:|Bloom-Stufe:|Zeit:|Kennung:)$/.test(l))).toEqual([])
    expect(lines).toContain('· Kennung: d-gegenvorschlag')
  })

  it('shortens a running header’s title after a whole word, never inside one', () => {
    // "Lösungsschlüssel: Warum unsere Innenstadt öffe…" read as a typo.
    const words = new Set('Warum unsere Innenstadt öffentliche Trinkbrunnen braucht'.split(' '))
    const cut = [...texts].filter(([file]) => file.endsWith('.pdf')).flatMap(([, text]) => [...text.matchAll(/(\p{L}+)…/gu)].map((m) => m[1]!))
    // The key's title gives way to its mark and version, a long name's quiz to the name.
    expect(cut.length).toBeGreaterThan(4)
    expect(cut.filter((word) => !words.has(word))).toEqual([])
  })

  it('adds no instruction to a short-answer stem that gives its own', () => {
    const quiz = squash(texts.get('quiz-A.html')!)
    expect(quiz).toContain('nicht für gleichwertig? In zwei bis drei Sätzen erläutern. (2 Punkte)')
    expect(quiz).not.toContain(de.types.short.instruction)
  })

  it('words true/false items Richtig and Falsch, while Moodle XML keeps the keywords its import reads', () => {
    expect(texts.get('quiz-A.html')).toContain('Richtig oder falsch?')
    expect(texts.get('quiz-A.pdf')).toMatch(/A\.\s+Richtig\s*\n\s*B\.\s+Falsch/)
    const moodle = readFileSync(join(pack, 'moodle.xml'), 'utf8')
    expect(moodle).toMatch(/<answer fraction="100" format="moodle_auto_format">\s*<text>true<\/text>/)
    // The key's verdicts are other words: „A. Falsch.“ beside an option A „Richtig“ would read as a contradiction.
    // Each entry names the option, then its verdict: „A. Richtig – Falsche Antwort.“
    const key = texts.get('answer-key-A.pdf')!
    expect(key).toMatch(/[AB]\. Richtig – Falsche Antwort\./)
    expect(key).toMatch(/[AB]\. Falsch – Falsche Antwort\./)
    expect(key).toMatch(/[A-H]\. [^\n–]+ – Richtige Antwort\./)
    expect(key).not.toMatch(/\b[A-Z]\. (?:Richtig|Falsch)\./)
  })

  it('names each student\'s quiz file as German spells the name without umlauts, cut at a word, in grading.csv too', () => {
    const quizzes = [...texts.keys()].filter((k) => k.startsWith('quiz/') && k.endsWith('.pdf')).sort()
    // Jürgen Öztürk is not "jurgen-ozturk", Weißmüller not "weissmuller"; the longest name ends at a word, not "…-von-hohe".
    expect(quizzes).toEqual([
      'quiz/001-juergen-oeztuerk.pdf',
      'quiz/002-anna-lena-weissmueller.pdf',
      'quiz/003-zoe-brandstaetter.pdf',
      'quiz/004-maximilian-grosskopf-schneebergerhausen.pdf',
      'quiz/005-maximiliane-adelheid-friederike-von.pdf'
    ])
    const sheet = texts.get('grading.csv')!
    for (const file of quizzes) expect(sheet).toContain(file)
  })

  it('never hyphenates a student\'s name, in the quiz or on its cover', () => {
    const name = 'Maximiliane Adelheid Friederike von Hohenzollern-Sigmaringen-Brandenburgerstraße'
    const file = [...texts.keys()].find((k) => k.startsWith('quiz/005-') && k.endsWith('.pdf'))!
    // The name wraps (it is longer than its line) but only at its spaces: its words read back whole.
    const words = texts.get(file)!.split(/\s+/)
    for (const word of name.split(' ')) expect(words, word).toContain(word)
    expect(texts.get('print-bundle.pdf')!.split(/\s+/)).toContain('Hohenzollern-Sigmaringen-Brandenburgerstraße')
    const html = readFileSync(join(pack, file.replace(/\.pdf$/, '.html')), 'utf8')
    expect(html).toContain(`<span class="name" translate="no">${name}</span>`)
  })

  it('has German page footers, a German blank-page notice and German document titles', () => {
    expect(texts.get('handout.pdf')).toMatch(/Seite 1 von \d+/)
    expect(texts.get('print-bundle.pdf')).toContain('Diese Seite wurde absichtlich leer gelassen.')
    expect(texts.get('quiz/001-juergen-oeztuerk.pdf')!.split('\n')[0]).toBe('Test für Jürgen Öztürk: Warum unsere Innenstadt öffentliche Trinkbrunnen braucht')
    expect(texts.get('index.html')).toContain('Unterrichtspaket: Warum unsere Innenstadt öffentliche Trinkbrunnen braucht')
    // A set's title after its name with a German dash, spaced: an English em dash there read as a slip.
    expect(texts.get('index.html')).toContain('Aufgabenset unterricht – Unterrichtsstunde')
    expect(texts.get('index.html')).not.toContain('—')
  })

  it('draws the argument map with German words', () => {
    const html = readFileSync(join(pack, 'handout-teacher.html'), 'utf8')
    expect(html).toContain('<title id="argument-map-1-title">Argumentationskarte</title>')
    expect(html).toContain('C2 stützt C11')
    expect(texts.get('handout-teacher.pdf')).toContain('Argumentationskarte')
  })

  it('lets no text pass the right margin on any page of any PDF', async () => {
    const margin = styles.page.margin.right
    const over: string[] = []
    let items = 0
    for (const [path, bytes] of packFiles(pack)) {
      if (!path.endsWith('.pdf')) continue
      const doc = await openPdf(bytes)
      try {
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n)
          const width = (page.view as number[])[2]!
          const content = await page.getTextContent()
          for (const item of content.items) {
            if (!('str' in item) || item.str.trim() === '') continue
            items++
            const right = item.transform[4]! + item.width
            if (right > width - margin + 0.5) over.push(`${relative(pack, join(pack, path))} p${n}: ${JSON.stringify(item.str)} ends at ${right.toFixed(1)} of ${width - margin}`)
          }
        }
      } finally {
        await doc.destroy()
      }
    }
    expect(items).toBeGreaterThan(1000)
    expect(over).toEqual([])
  })

  it('builds the same bytes again', async () => {
    const again = await build({ dir: GERMAN, formats: ['html', 'pdf', 'print', 'moodle', 'gift', 'qti', 'qti21'], versions: 2, roster: join(GERMAN, 'klasse.csv'), covers: true })
    const first = packFiles(pack)
    const second = packFiles(again)
    expect([...second.keys()]).toEqual([...first.keys()])
    for (const [path, bytes] of first) expect(second.get(path)!.equals(bytes), path).toBe(true)
  }, 600_000)
})

describe('a short-answer stem that already says how to answer', () => {
  it('is recognised in German: in … Sätzen, mit eigenen Worten, an instructing verb', () => {
    const instructs = de.types.short.instructs
    for (const stem of [
      'Warum hält die Autorin den Vorschlag nicht für gleichwertig? In zwei bis drei Sätzen erläutern.',
      'In 2–3 Sätzen: Was will die Autorin?',
      'Was sagt der Text in ¶3 aus? Mit eigenen Worten beantworten.',
      'Begründen, warum die Brunnen fehlen.',
      'Erläutern Sie die Position der Stadtwerke.',
      'Begründe deine Einschätzung.',
      'Was plant die Stadt? Kurz beschreiben.'
    ]) expect(instructs(stem), stem).toBe(true)
    // A question about the text, with such a verb in it (the infinitive is also "they …"), asks how.
    for (const stem of ['Wie begründen die Stadtwerke ihre Aussage?', 'Warum erklären sie das nicht?', 'Was meint die Autorin in diesem Satz?', 'Warum hält die Autorin die Brunnen für nötig?']) {
      expect(instructs(stem), stem).toBe(false)
    }
  })

  it('is recognised in English the same way: in … sentences, in your own words, an instruction’s verb', () => {
    const instructs = en.types.short.instructs
    for (const stem of [
      'In two or three sentences, explain why the author supports free buses.',
      'Explain the two sides of the money question.',
      'In your own words, what does the article claim in ¶3?',
      'Whose idea is it? Then say whether the author agrees.',
      'Why does she hesitate? Answer in a sentence or two.'
    ]) expect(instructs(stem), stem).toBe(true)
    for (const stem of ['How does the author explain the rise?', 'Why does the author want the vote delayed?', 'What does the author claim in this sentence?']) expect(instructs(stem), stem).toBe(false)
  })
})

describe('a multiple-select stem that already asks for every answer', () => {
  it('is recognised in English and German', () => {
    for (const stem of ['Which of these does the article say? Choose every one that it says.', 'Which reasons does it give? Select all that apply.', 'Tick every box that fits the article.', 'Which are the author’s? Mark all that apply.']) expect(en.types.multiple.instructs(stem), stem).toBe(true)
    for (const stem of ['Which of these does the article say?', 'Which reasons apply to all three cities?', 'Who chose every candidate?']) expect(en.types.multiple.instructs(stem), stem).toBe(false)
    for (const stem of ['Welche Gründe nennt der Text? Alle zutreffenden ankreuzen.', 'Welche Aussagen stimmen? Mehrere Antworten sind möglich.']) expect(de.types.multiple.instructs(stem), stem).toBe(true)
    expect(de.types.multiple.instructs('Welche Gründe für die Brunnen nennt der Text?')).toBe(false)
  })

  it('is not followed on the quiz by the instruction it already gives', async () => {
    // "Choose every one that applies. Select all that apply." said it twice.
    const dir = join(tempDir(), 'german')
    cpSync(GERMAN, dir, { recursive: true })
    const questions = join(dir, 'questions.yaml')
    writeFileSync(questions, readFileSync(questions, 'utf8').replace('stem: Welche Gründe für die Brunnen nennt der Text?', 'stem: Welche Gründe für die Brunnen nennt der Text? Alle zutreffenden ankreuzen.'))
    const pack = await build({ dir, formats: ['html'] })
    const text = toText(fromHtml(readFileSync(join(pack, 'quiz.html'), 'utf8')))
    expect(text).toContain('Alle zutreffenden ankreuzen.')
    expect(text).not.toContain('Alle zutreffenden Antworten wählen.')
  })
})

describe('German line breaking in the PDF', () => {
  const base = styles.body
  const runs = (text: string) => [{ text, face: base.font, size: base.size, color: base.color, link: null }]
  /** The phrasing content of a one-paragraph Markdown text, directives included. */
  const parse = (text: string) => (parseFilled(text).children[0] as Paragraph).children
  const hyphenate = hyphenator('de-DE')!
  const word = 'Einwegplastikflaschenverbrauchsreduzierungsprogramm'

  it('breaks a compound wider than the line at its hyphenation points, never past the line', () => {
    const width = 150
    const layout = breakLines(runs(`Das ${word} der Stadt`), base, width, false, hyphenate)
    const lines = layout.lines.map((l) => l.map((s) => s.text).join(''))
    expect(lines.length).toBeGreaterThan(2)
    for (const line of layout.lines) for (const s of line) expect(s.x + s.width).toBeLessThanOrEqual(width + 0.01)
    // Each break is at a syllable boundary of the word and carries a hyphen; together the lines are the text.
    const boundaries = new Set(hyphenate(word).map((_, k, all) => all.slice(0, k + 1).join('').length))
    let at = 0
    const broken = lines.filter((l) => l.trimEnd().endsWith('-'))
    expect(broken.length).toBeGreaterThan(1)
    for (const l of broken) {
      at += l.trimEnd().split(' ').at(-1)!.replace(/-$/, '').length
      expect(boundaries).toContain(at)
    }
    expect(lines.map((l) => l.trimEnd().replace(/-$/, '')).join('').replace(/ /g, '')).toBe(`Das${word}derStadt`)
  })

  it('breaks a word wider than the line no more often than it must', () => {
    // A narrow column (a matching item's premises): once the rest of the word fits a line,
    // it is not broken again ("Verkehrsministe-", "rium", never "ri-", "um").
    const text = 'Verkehrsministerium'
    const width = textWidth('Verkehrsministe-', base.font, base.size) + 1
    const layout = breakLines(runs(text), base, width, false, hyphenate)
    expect(layout.lines.map((l) => l.map((s) => s.text).join('').trimEnd())).toEqual(['Verkehrsministe-', 'rium'])
  })

  it('breaks a compound at its own hyphen at a line’s end, not inside one of its parts', () => {
    // Duden: „Müller-|Lüdenscheidt“, never „Müller-Lü-|denscheidt“, which the patterns allow.
    const text = 'Sabine Müller-Lüdenscheidt'
    expect(hyphenate('Müller-Lüdenscheidt').length).toBeGreaterThan(2)
    const width = textWidth('Sabine Müller-Lüden-', base.font, base.size) + 1
    const layout = breakLines(runs(text), base, width, false, hyphenate)
    expect(layout.lines.map((l) => l.map((s) => s.text).join('').trimEnd())).toEqual(['Sabine Müller-', 'Lüdenscheidt'])
  })

  it('hyphenates at a line’s end where the word would leave a gap, and only then', () => {
    const text = 'Wir wollen Sicherheitsgarantien'
    const width = textWidth('Wir wollen Sicherheits-', base.font, base.size) + 1
    const layout = breakLines(runs(text), base, width, false, hyphenate)
    expect(layout.lines.map((l) => l.map((s) => s.text).join('').trimEnd())).toEqual(['Wir wollen Sicherheits-', 'garantien'])
    // Headings (no gaps to fill) and English (no patterns): the word moves to the next line whole.
    const heading = breakLines(runs(text), base, width, false, hyphenate, false)
    expect(heading.lines.map((l) => l.map((s) => s.text).join('').trimEnd())).toEqual(['Wir wollen', 'Sicherheitsgarantien'])
    const plain = breakLines(runs(text), base, width, false, null)
    expect(plain.lines.map((l) => l.map((s) => s.text).join('').trimEnd())).toEqual(['Wir wollen', 'Sicherheitsgarantien'])
    // A word that would leave only a small gap is not broken.
    const long = 'Die Stadt plant Trinkbrunnen und Sicherheitsgarantien'
    const snug = breakLines(runs(long), base, textWidth('Die Stadt plant Trinkbrunnen und Si-', base.font, base.size) + 1, false, hyphenate)
    expect(snug.lines[0]!.map((s) => s.text).join('').trimEnd()).toBe('Die Stadt plant Trinkbrunnen und')
  })

  it('never adds a hyphen to a name (:name), where it would break prose of the same width', () => {
    const name = 'Hohenzollern-Sigmaringen-Brandenburgerstraße'
    const text = `Name: Maximiliane von ${name}`
    const width = textWidth('Name: Maximiliane von Hohenzollern-Sig-', base.font, base.size) + 1
    // Prose of that width adds a hyphen inside a part of the compound where it has no hyphen of its own.
    const prose = breakLines(toRuns(parse(text.replaceAll('-', '')), base), base, width, false, hyphenate)
    expect(prose.lines.flatMap((l) => l.map((s) => s.text)).some((t) => /\p{L}-$/u.test(t.trimEnd()))).toBe(true)
    const named = breakLines(toRuns(parse(`Name: :name[Maximiliane von ${name}]`), base), base, width, false, hyphenate)
    // Wider than the line, the name breaks at its own hyphens, not at a syllable nor anywhere.
    expect(named.lines.map((l) => l.map((s) => s.text).join('').trimEnd())).toEqual(['Name: Maximiliane von', 'Hohenzollern-Sigmaringen-', 'Brandenburgerstraße'])
  })

  it('never adds a hyphen to a word of a cloze’s word bank (:word), where it would break prose', () => {
    // A student copies a bank's word into a gap as printed: "Vermut-|lich" is not a word.
    const text = 'einzige · wichtigste · Sicherlich · Vermutlich'
    const width = textWidth('einzige · wichtigste · Sicherlich · Vermut-', base.font, base.size) + 1
    const lines = (md: string) => breakLines(toRuns(parse(md), base), base, width, false, hyphenate).lines.map((l) => l.map((s) => s.text).join('').trimEnd())
    expect(lines(text)).toEqual(['einzige · wichtigste · Sicherlich · Vermut-', 'lich'])
    expect(lines('einzige · wichtigste · Sicherlich · :word[Vermutlich]')).toEqual(['einzige · wichtigste · Sicherlich ·', 'Vermutlich'])
  })

  it('never adds a hyphen to an address', () => {
    const url = 'https://www.gesetze-im-internet.de/trinkwv_2023/'
    const layout = breakLines(runs(`Quelle: ${url}`), base, 120, false, hyphenate)
    expect(layout.lines.length).toBeGreaterThan(1)
    expect(layout.lines.map((l) => l.map((s) => s.text).join('')).join('')).toBe(`Quelle: ${url}`)
  })
})

describe('--lang', () => {
  it('prints an English article’s pack in German, keeping the article’s language for its text', async () => {
    const pack = await build({ dir: TINY, formats: ['html'], lang: 'de' })
    const quiz = readFileSync(join(pack, 'quiz.html'), 'utf8')
    expect(quiz).toContain('Eine Antwort wählen.')
    expect(quiz).toContain('Richtig oder falsch?')
    expect(quiz).toContain('<html lang="en-GB">')
  })

  // `xx` got the same warning as `fr`, and went into every page's `lang` for screen readers.
  it('refuses a language tag that names no language, at `lang`', () => {
    const dir = join(tempDir(), 'tiny-xx')
    cpSync(TINY, dir, { recursive: true })
    const article = join(dir, 'article.md')
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^lang: .*$/m, 'lang: xx-YY'))
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.startsWith('lang:')) + 1
    const lines = assemble(dir).lines.filter((l) => l.includes('article.md'))
    expect(lines).toEqual([expect.stringContaining(`article.md:${line}:7: error: Unexpected \`lang: xx-YY\`, expected a language tag that names a language, like \`en\`, \`en-GB\`, \`de\` or \`fr\`: \`xx\` is none (pages and PDFs carry it for screen readers)  [lang-unknown]`)])
    // Languages there are, two letters or three, are no error (only the warning that classpack has no words in them).
    for (const tag of ['sw-KE', 'fil', 'yo']) {
      writeFileSync(article, readFileSync(article, 'utf8').replace(/^lang: .*$/m, `lang: ${tag}`))
      expect(assemble(dir).lines.filter((l) => l.includes('article.md')).map((l) => /\[([\w-]+)\]$/.exec(l)?.[1]), tag).toEqual(['ui-language'])
    }
  })

  it('warns once, at `lang`, of an article in a language classpack prints no words in; --lang answers it', async () => {
    const dir = join(tempDir(), 'tiny-fr')
    cpSync(TINY, dir, { recursive: true })
    const article = join(dir, 'article.md')
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^lang: .*$/m, 'lang: fr-FR'))
    const line = readFileSync(article, 'utf8').split('\n').findIndex((l) => l.startsWith('lang:')) + 1
    const checked = await run(['check', dir])
    expect(checked.code).toBe(0)
    const warnings = checked.stderr.split('\n').filter((l) => l.includes('[ui-language]'))
    expect(warnings).toEqual([expect.stringContaining(`article.md:${line}:7: warning: Unexpected \`lang: fr-FR\` for the words classpack prints around the article, expected a language it has a catalogue for (en, de)`)])
    const chosen = await run(['build', dir, '--lang', 'en', '--format', 'html', '--out', tempDir()])
    expect(chosen.code, chosen.stderr).toBe(0)
    expect(chosen.stderr).not.toContain('[ui-language]')
  })

  it('warns that generated items are worded in English when a German set draws on them', async () => {
    const result = await run(['check', GERMAN, '--generated', 'voice,kind'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/command line: warning: Unexpected \d+ generated items in set `unterricht` of a pack printed in `de`, expected items in the pack's language/)
    expect((await run(['check', GERMAN])).stderr).not.toContain('[generated-language]')
  })

  it('takes only a language classpack has, as a usage error', async () => {
    const result = await run(['build', TINY, '--lang', 'fr', '--out', tempDir()])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected `fr` for --lang, expected')
    expect(result.stderr).toContain('`de`')
  })

  it('nests a claim\'s quotation of quoted words as German does („… ‚…‘ …“), in both editions of the handout and the English way in English', async () => {
    const dir = join(tempDir(), 'german-nested')
    cpSync(GERMAN, dir, { recursive: true })
    const said = '„Eine Stadt, die sich auf heißere Sommer einstellen muss“, sagte die Bürgermeisterin, „sollte Trinkwasser nicht dem Zufall überlassen.“'
    const article = join(dir, 'article.md')
    writeFileSync(article, readFileSync(article, 'utf8').replace('Eine Stadt, die sich auf heißere Sommer einstellen muss, sollte Trinkwasser nicht dem Zufall überlassen.', said))
    const claims = join(dir, 'claims.yaml')
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('quote: "Eine Stadt, die sich auf heißere Sommer einstellen muss, sollte Trinkwasser nicht dem Zufall überlassen."', `quote: '${said}'`))
    const nested = '„‚Eine Stadt, die sich auf heißere Sommer einstellen muss‘, sagte die Bürgermeisterin, ‚sollte Trinkwasser nicht dem Zufall überlassen.‘“'
    for (const lang of ['de', 'en'] as const) {
      const pack = await build({ dir, formats: ['html'], lang })
      for (const name of ['handout.html', 'handout-teacher.html']) {
        const text = toText(fromHtml(readFileSync(join(pack, name), 'utf8')))
        if (lang === 'de') expect(text, name).toContain(nested)
        else expect(text, name).toContain(`‘${said}’`)
      }
    }
  })
})

describe('the German facilitator edition’s introduction', () => {
  // A relative clause is closed by a comma in German, also before „und“.
  it('closes the relative clause „auf die sie sich stützt“ with a comma, with misreadings or without', () => {
    const n = { title: 'T', author: null, count: 2, minutes: null, timed: 0 }
    expect(de.discussion({ ...n, misreadings: false }).facilitatorIntro).toContain('auf die sie sich stützt, und was ein gutes Gespräch abdeckt.')
    expect(de.discussion({ ...n, misreadings: true }).facilitatorIntro).toContain('auf die sie sich stützt, was ein gutes Gespräch abdeckt und welche')
  })
})

describe('a German context note dated after the article', () => {
  // A teacher's German note could satisfy the lint only with the English words "after the article".
  const withNote = (note: string): string => {
    const dir = join(tempDir('classpack-de-context-'), 'german')
    cpSync(GERMAN, dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    writeFileSync(join(dir, 'claims.yaml'), claims.replace('as_of: 2025-06-01', 'as_of: 2025-07-01').replace('- note: Der Deutsche Wetterdienst verzeichnet', `- note: ${note} Der Deutsche Wetterdienst verzeichnet`))
    return dir
  }
  const undated = (dir: string): string[] => {
    const { messages } = checkModule(dir)
    expect(messages.filter((m) => m.fatal).map(String)).toEqual([])
    return messages.filter((m) => m.ruleId === 'context-undated').map(String)
  }

  it('says so in German words: „nach Erscheinen des Artikels“', () => {
    expect(undated(withNote('Nach Erscheinen des Artikels bestätigt.'))).toEqual([])
    expect(undated(withNote('Seit der Veröffentlichung bestätigt.'))).toEqual([])
  })

  it('is warned of, asking for those words, when it does not say so', () => {
    const [warning, ...more] = undated(withNote('Inzwischen bestätigt.'))
    expect(more).toEqual([])
    expect(warning).toContain('expected the note to say „nach Erscheinen des Artikels“')
  })
})

describe('a glossary term in a German module', () => {
  // A teacher's term „erste Lesung“ for the article's „in erster Lesung“ was "never used".
  const unused = (term: string): string[] => {
    const dir = join(tempDir('classpack-de-glossary-'), 'german')
    cpSync(GERMAN, dir, { recursive: true })
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    writeFileSync(join(dir, 'claims.yaml'), claims.replace('glossary:\n', `glossary:\n  - term: ${term}\n    definition: Ein Begriff.\n    source: article\n`))
    return checkModule(dir).messages.filter((m) => m.ruleId === 'glossary-unused').map((m) => m.reason)
  }

  it('is found in an inflected form („heißer Tag“ in „an heißen Tagen“)', () => {
    expect(unused('heißer Tag')).toEqual([])
    expect(unused('Heißer Tage')).toEqual([])
  })

  it('is still unused where no form of it stands in the article', () => {
    expect(unused('kalter Tag')).toEqual([expect.stringContaining('`kalter Tag`')])
  })
})
