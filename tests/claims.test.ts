import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { buildPack, checkModule } from '../src/index.js'
import { partialWords, printedQuote } from '../src/claims/anchor.js'
import { lookAlike } from '../src/claims/lookalike.js'
import { assemble, demoCopy, DEMO, lineOf, ROOT, run, tempDir, TINY } from './helpers/fixtures.js'

const claimsText = readFileSync(join(DEMO, 'claims.yaml'), 'utf8')
const quotes: string[] = YAML.parse(claimsText).claims.map((c: { quote: string }) => c.quote)

// The demo's ¶7 has "Ukaine": its claim quoted the slip bare, and the handout printed it as if classpack's.
describe("a quote that marks the article's slip with [sic]", () => {
  it('anchors to the article\'s words without the mark, and prints the mark where the teacher put it', async () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const edit = (name: string, change: (text: string) => string): void => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')))
    edit('article.md', (t) => t.replace('Small modules build fast.', 'Small moduls build fast [sic!].').replace('nobody runs.', 'nobody nobody runs.'))
    edit('claims.yaml', (t) => t.replace('"Small modules build fast."', '"Small moduls [sic] build fast."').replace('"A test that waits is a test nobody runs."', '"A test that waits is a test nobody nobody [SIC] runs."'))
    const result = checkModule(dir)
    expect(result.messages.filter((m) => m.fatal)).toEqual([])
    const [first, second] = result.module!.claims
    expect(first!.anchor.text).toBe('Small moduls build fast [sic!].')
    expect(first!.anchor.shown).toBe('Small moduls\u00a0[sic] build fast [sic!].')
    expect(second!.anchor.text).toBe('A test that waits is a test nobody nobody runs.')
    expect(second!.anchor.shown).toBe('A test that waits is a test nobody nobody\u00a0[SIC] runs.')
    const out = join(tempDir(), 'out')
    const built = await buildPack({ dir, out, formats: new Set(['html']) })
    expect(built.target).toBeDefined()
    const handout = readFileSync(join(built.target!, 'handout.html'), 'utf8')
    expect(handout.replace(/&nbsp;|&#xa0;|\u00a0/g, ' ')).toContain('“A test that waits is a test nobody nobody [SIC] runs.” (¶2')
    expect(handout.replace(/&nbsp;|&#xa0;|\u00a0/g, ' ')).toContain('Small moduls [sic] build fast [sic!].')
    // The mark stays on the line of the word it marks.
    expect(handout).toMatch(/nobody(?:&nbsp;|&#xa0;|\u00a0)\[SIC\]/)
    // The reading copy is the article, word for word.
    expect(readFileSync(join(built.target!, 'article.html'), 'utf8')).not.toContain('nobody [SIC]')
  })

  it("stands in a teacher's cloze passage, from the claim or from its own `quote`, its gaps on the same words", () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const edit = (name: string, change: (text: string) => string): void => writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')))
    edit('article.md', (t) => t.replace('Small modules build fast.', 'Small moduls build fast.'))
    edit('claims.yaml', (t) => t.replace('"Small modules build fast."', '"Small moduls [sic] build fast."'))
    const cloze = (id: string, quote: string) =>
      [`  - id: ${id}`, '    type: cloze', '    stem: Complete the sentence with words from the word bank.', '    claims: [small-fast]', '    difficulty: easy', '    bloom: remember', '    points: 2', ...(quote ? [`    quote: "${quote}"`] : []), '    gaps: [Small, build]', '    distractors: [slow]', ''].join('\n')
    edit('questions.yaml', (t) => `${t.trimEnd()}\n${cloze('q-gaps-claim', '')}${cloze('q-gaps-quote', 'Small moduls [sic!] build fast.')}`)
    const result = checkModule(dir)
    expect(result.messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([])
    const passages = result.module!.questions.quiz.filter((q) => q.type === 'cloze') as unknown as Array<{ id: string; passage: { text: string; gaps: Array<{ start: number; end: number; text: string }> } }>
    expect(passages.map((q) => q.passage.text)).toEqual(['Small moduls\u00a0[sic] build fast.', 'Small moduls\u00a0[sic!] build fast.'])
    for (const q of passages) expect(q.passage.gaps.map((g) => q.passage.text.slice(g.start, g.end)), q.id).toEqual(['Small', 'build'])
  })

  it('stands in a generated cloze passage too, its gaps on the same words', () => {
    const anchor = { text: 'Small moduls build fast.', shown: 'Small moduls\u00a0[sic] build fast.' } as Parameters<typeof printedQuote>[0]
    const printed = printedQuote(anchor)
    expect(printed.text).toBe(anchor.shown)
    // A gap before the mark, ending where it begins, and one after it.
    const before = printed.at(6, 12)
    expect(printed.text.slice(before.start, before.end)).toBe('moduls')
    const after = printed.at(13, 18)
    expect(printed.text.slice(after.start, after.end)).toBe('build')
    const { module } = checkModule(DEMO)
    for (const claim of module!.claims.filter((c) => c.anchor.shown)) {
      for (const item of module!.generated.filter((g) => g.claims[0] === claim.id && g.type === 'cloze') as Array<{ passage?: { text: string; gaps: Array<{ start: number; end: number; text: string }> } }>) {
        expect(item.passage!.text).toBe(claim.anchor.shown)
        for (const gap of item.passage!.gaps) expect(item.passage!.text.slice(gap.start, gap.end)).toBe(gap.text)
      }
    }
  })

  it('is quoted with its mark by every generated item that prints the quote', () => {
    const { module } = checkModule(DEMO)
    const marked = module!.claims.filter((c) => /\[sic\]/.test(c.quote))
    expect(marked.length).toBeGreaterThan(0)
    for (const claim of marked) {
      const quoting = module!.generated.filter((g) => g.claims.includes(claim.id) && g.stem.includes('the article says:'))
      expect(quoting.map((g) => g.generated).sort()).toEqual(expect.arrayContaining(['evidence', 'kind', 'voice']))
      for (const item of quoting) expect(item.stem, item.id).toContain('\u00a0[sic]')
    }
  })
})

describe('the curated claims', () => {
  const { module, lines } = assemble(DEMO)

  it('anchor without errors: 14 or more claims, every section contributing', () => {
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    expect(module!.claims.length).toBeGreaterThanOrEqual(14)
    const sections = new Set(module!.claims.map((c) => c.anchor.section))
    expect(sections.size).toBe(module!.article.sections.length)
  })

  it('anchor each quote to the exact words of its paragraph', () => {
    for (const claim of module!.claims) {
      const paragraph = module!.article.paragraphs[claim.anchor.paragraph - 1]!
      expect(paragraph.text.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.text)
      expect(claim.anchor.text.replace(/\s+/g, ' ')).toBe(claim.quote.replace(/\s*\[sic\]/g, '').replace(/\s+/g, ' '))
      expect(claim.anchor.sentences.length).toBeGreaterThan(0)
    }
  })

  it('place each anchor at its words in article.md', () => {
    const source = readFileSync(join(DEMO, 'article.md'), 'utf8')
    for (const claim of module!.claims) {
      const { start, end } = claim.anchor.place
      expect(source.slice(start.offset, end.offset)).toBe(claim.anchor.text)
    }
  })

  it('carry complete metadata: kind, asserter, hedges that the paragraph uses, evidence', () => {
    for (const claim of module!.claims) {
      expect(['empirical', 'causal', 'predictive', 'normative', 'interpretive']).toContain(claim.kind)
      expect(claim.paraphrase.length).toBeGreaterThan(20)
      const paragraph = module!.article.paragraphs[claim.anchor.paragraph - 1]!.text.toLowerCase()
      for (const hedge of claim.hedges) expect(paragraph).toContain(hedge.toLowerCase())
    }
    // The opening's first claim is hedged, and Trump's reported view is attributed to him.
    const byId = new Map(module!.claims.map((c) => [c.id, c]))
    expect([...byId.values()].some((c) => c.hedges.includes('Perhaps'))).toBe(true)
    expect([...byId.values()].some((c) => c.asserted_by.includes('trump'))).toBe(true)
  })

  it('date and mark every context note from outside the article', () => {
    const notes = module!.claims.flatMap((c) => c.context)
    expect(notes.length).toBeGreaterThan(3)
    for (const note of notes) expect(note.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const text = notes.map((n) => n.note).join(' ')
    expect(text).toContain('28 February 2025')
    expect(text).toContain('2 March 2025')
    expect(text).toContain('Twenty-second Amendment')
  })
})

describe('a changed word in any quote', () => {
  it.each(quotes.map((q, i) => [i, q]))('claim %i: is reported at the line of its quote, with the closest passage', (_i, quote) => {
    const words = quote.split(' ')
    const k = Math.floor(words.length / 2)
    const changed = [...words.slice(0, k), 'zzword', ...words.slice(k + 1)].join(' ')
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(quote, changed) })
    const { module, lines } = assemble(dir)
    expect(module).toBeUndefined()
    const line = lineOf(claimsText, quote)
    const error = lines.find((l) => l.includes('[quote-not-found]'))!
    expect(error).toMatch(new RegExp(`claims\\.yaml:${line}:\\d+: error: Unexpected quote .*expected words that appear verbatim in the article; closest: ¶\\d+`))
  })
})

describe('a quote that parts from the article after the part a message shows', () => {
  it('is shown where it parts, beside the article\'s words there', () => {
    // The longest quote of the demo, with a word near its end changed.
    const quote = [...quotes].sort((a, b) => b.length - a.length)[0]!
    const words = quote.split(' ')
    const k = words.length - 2
    const changed = [...words.slice(0, k), 'zzword', ...words.slice(k + 1)].join(' ')
    const { lines } = assemble(demoCopy({ 'claims.yaml': (t) => t.replace(quote, changed) }))
    const error = lines.find((l) => l.includes('[quote-not-found]'))!
    const m = /which has `…([^`]+?)…?` where the quote has `…([^`]+?)…?`/.exec(error)
    expect(m, error).not.toBeNull()
    expect(m![2]).toContain('zzword')
    expect(m![1]).toContain(words[k]!)
  })

  it('is shown in the first words too, as the article writes them (curly apostrophes and all)', () => {
    const { lines } = assemble(demoCopy({ 'claims.yaml': (t) => t.replace('"Perhaps the key reason Trump hasn’t so far', '"Perhaps teh key reason Trump hasn’t so far') }))
    const error = lines.find((l) => l.includes('[quote-not-found]'))!
    expect(error).toContain("which has `…the key reason…` where the quote has `…teh key reason…`")
    const apostrophe = assemble(demoCopy({ 'claims.yaml': (t) => t.replace('"Perhaps the key reason Trump hasn’t so far', '"Perhaps the key reason Trump hasnt so far') })).lines.find((l) => l.includes('[quote-not-found]'))!
    expect(apostrophe).toContain('which has `…hasn’t so far offered…` where the quote has `…hasnt so far offered…`')
  })

  it('found in many paragraphs, names the first eight and how many more', () => {
    const { lines } = assemble(demoCopy({ 'claims.yaml': (t) => t.replace(/quote: "Perhaps the key reason Trump[^"]*"/, 'quote: "Trump"') }))
    const error = lines.find((l) => l.includes('[quote-ambiguous]'))!
    const listed = /found \d+ times \((.*)\), expected/.exec(error)![1]!
    const [shown, more] = listed.split(' and ')
    expect(shown!.split(', ')).toHaveLength(8)
    const total = Number(/^(\d+) more paragraphs$/.exec(more!)![1])
    const article = readFileSync(join(DEMO, 'article.md'), 'utf8')
    // Every paragraph naming Trump is counted: the eight shown and the rest.
    expect(8 + total).toBe(article.split(/\n\n+/).filter((p) => /\bTrump\b/.test(p) && !p.startsWith('#') && !p.startsWith('---')).length)
  })

  // A soft hyphen or zero-width space pasted into the article made a message whose two
  // strings looked the same: the character is named, with its code, and where to delete it.
  it.each([
    ['\u00ad', 'soft hyphen, U+00AD'],
    ['\u200b', 'zero-width space, U+200B']
  ])('names an invisible character (%j) in the article that the quote lacks', (char, named) => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('security guarantees to cover', `security guar${char}antees to cover`) })
    const error = assemble(dir).lines.find((l) => l.includes('claims.yaml') && l.includes('[quote-not-found]'))!
    expect(error).toContain(`where the quote has \`…guarantees to cover…\` (the article's words hold an invisible ${named}: delete it from article.md)`)
  })

  // The same character pasted into the quote made the same two look-alike strings, unexplained.
  it.each([
    ['\u00ad', 'soft hyphen, U+00AD'],
    ['\u200b', 'zero-width space, U+200B']
  ])('names an invisible character (%j) in the quote that the article lacks', (char, named) => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('security guarantees to cover', `security guar${char}antees to cover`) })
    const error = assemble(dir).lines.find((l) => l.includes('claims.yaml') && l.includes('[quote-not-found]'))!
    expect(error).toContain(`(the quote holds an invisible ${named}: delete it from claims.yaml)`)
  })

  // A trial's quote typed `4 ºC` (the ordinal indicator) for the article's `4 °C` (the degree
  // sign): the message's two excerpts looked the same. Characters that look alike are named.
  it('names a character in the quote that looks like the article\'s but is another', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('security guarantees to cover', 'security guarantees to c\u043ever') })
    const error = assemble(dir).lines.find((l) => l.includes('claims.yaml') && l.includes('[quote-not-found]'))!
    expect(error).toContain('(the quote has `\u043e`, Cyrillic letter o U+043E, where the article has `o`, Latin letter o U+006F: they look alike; write the article\'s)')
    expect(lookAlike('º', '°')).toBe(" (the quote has `º`, masculine ordinal indicator U+00BA, where the article has `°`, degree sign U+00B0: they look alike; write the article's)")
    expect(lookAlike('é', 'e')).toBe('')
  })

  it('in quotation marks the article does not have around it, is said to be so', () => {
    const { lines } = assemble(demoCopy({ 'claims.yaml': (t) => t.replace('"Perhaps the key reason Trump hasn’t so far', '"“Perhaps the key reason Trump hasn’t so far').replace('end US involvement in Ukraine’s security"', 'end US involvement in Ukraine’s security”"') }))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([expect.stringMatching(/error: Unexpected quotation marks around the quote for claim `deal-ends-involvement`, expected the article's words alone: without them the words are in ¶1; 11 questions rest on it, .* and 7 more {2}\[quote-not-found\]$/)])
  })
})

describe('a changed article', () => {
  it('says which claims and which questions broke', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('Trump has often said that Putin', 'Trump has often claimed that Putin') })
    const { module, lines } = assemble(dir)
    expect(module).toBeUndefined()
    const questionsText = readFileSync(join(DEMO, 'questions.yaml'), 'utf8')
    const broken = lines.filter((l) => l.includes('[quote-not-found]'))
    expect(broken).toHaveLength(1)
    expect(broken[0]).toContain('claim `trump-says-putin-would-not-have-invaded`')
    const expected = YAML.parse(questionsText)
      .quiz.concat(YAML.parse(questionsText).discussion)
      .filter((q: { claims: string[] }) => q.claims.includes('trump-says-putin-would-not-have-invaded'))
      .map((q: { id: string }) => q.id)
    expect(expected.length).toBeGreaterThan(0)
    // Each is named once: by the error at its own quotation of the changed words, where it
    // quotes them, else in the claim's error (one message per root cause: no warning each).
    const misquoting = new Set(lines.filter((l) => l.includes('[quote-not-in-source]')).map((l) => /of `([^`]+)`/.exec(l)![1]))
    expect(expected.filter((id: string) => misquoting.has(id)).length).toBeGreaterThan(0)
    expect(lines.filter((l) => l.includes('[question-broken]'))).toEqual([])
    const resting = expected.filter((id: string) => !misquoting.has(id))
    expect(broken[0]).toContain(`; ${resting.length} questions rest on it, to check against the passage once it anchors again: `)
    // The first few by id and place, the rest counted.
    const named = [...broken[0]!.matchAll(/`([^`]+)` \(questions\.yaml:(\d+):(\d+)\)/g)]
    expect(named.length).toBe(resting.length <= 5 ? resting.length : 4)
    for (const [, id, line] of named) {
      expect(resting).toContain(id)
      expect(questionsText.split('\n')[Number(line) - 1]).toContain('trump-says-putin-would-not-have-invaded')
    }
    if (resting.length > 5) expect(broken[0]).toContain(` and ${resting.length - 4} more  [quote-not-found]`)
  })

  // Cut at 60 characters, an item's quotation and its closest passage looked the same when the changed word came later.
  it("shows where an item's quotation and the article part, as a claim's quote does", () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('bringing peace to Ukaine.', 'bringing peace to Ukraine.') })
    const said = assemble(dir).lines.filter((l) => l.includes('[quote-not-in-source]'))
    expect(said.length).toBeGreaterThan(0)
    for (const line of said) expect(line).toContain(', which has `…Ukraine.` where the quotation has `…Ukaine [sic].`')
  })

  // The publisher fixed the slip the teacher had marked [sic]: "which has `…Ukraine.` where the
  // quote has `…Ukaine [sic].`" left the teacher to work out that the mark now marks nothing.
  it('says the article no longer has the slip a quote marks [sic]', () => {
    const { lines } = assemble(demoCopy({ 'article.md': (t) => t.replace('bringing peace to Ukaine.', 'bringing peace to Ukraine.') }))
    const note = ' (the article no longer has the slip `Ukaine` the quote marks [sic]: quote its words as they stand now, without the mark)'
    expect(lines.find((l) => l.includes('for claim `attitude-colours-approach`'))).toContain(`which has \`…Ukraine.\` where the quote has \`…Ukaine [sic].\`${note}`)
    const items = lines.filter((l) => l.includes('[quote-not-in-source]'))
    expect(items.length).toBeGreaterThan(0)
    for (const line of items) expect(line).toContain(`where the quotation has \`…Ukaine [sic].\`${note}`)
  })

  // A paragraph split between the two sentences a claim quotes gave "closest: ¶13 …", which did not say why.
  it('says a quote now stands across two paragraphs, and which', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('A US security backstop is not out of the question. Trump', 'A US security backstop is not out of the question.\n\nTrump') })
    const said = assemble(dir).lines.filter((l) => l.includes('[quote-not-found]'))
    expect(said).toEqual([expect.stringMatching(/claims\.yaml:\d+:\d+: error: Unexpected quote `A US security backstop is not out of the question\. Trump ha…` for claim `backstop-not-out-of-question` across two paragraphs, expected words within one: the article now has them in ¶12 and ¶13 \(a paragraph break put between them\?\), so quote the words of one of the two, or join the paragraphs again/)])
  })

  // A site's editor that respaces a dash changes no words: "embodies- a" quoted, the article
  // revised to "embodies – a" or "embodies—a", was a changed quote to fix by hand.
  it.each([['embodies – a'], ['embodies—a'], ['embodies -a']])('takes a dash spaced anew (%s) for the words a claim quotes', (revised) => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('embodies- a', revised) })
    expect(readFileSync(join(dir, 'article.md'), 'utf8')).toContain(revised)
    const { module, lines } = assemble(dir)
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    expect(module).toBeDefined()
  })

  // A publisher retitled the article: the discussion question comparing title and body went on
  // quoting the old title to students, and `check` passed. A discussion question's quotations
  // are held to the article as a quiz item's are, whether the lint runs or another error stops it.
  it("names a discussion question that quotes the article's old words: a retitled article, a reworded sentence", () => {
    const questionsText = readFileSync(join(DEMO, 'questions.yaml'), 'utf8')
    const retitled = assemble(demoCopy({ 'article.md': (t) => t.replace(/^title: .*$/m, 'title: "Why a US backstop for Ukraine could be sold as protecting Americans"') }))
    expect(retitled.lines.filter((l) => l.includes(': error:'))).toEqual([
      expect.stringMatching(new RegExp(`questions\\.yaml:${lineOf(questionsText, '        The title says a backstop') - 1}:\\d+: error: Unexpected quotation \`could be packaged as protection of US citizens\` in follow-up 1 of \`d-title-body\` that the article does not contain`)),
      expect.stringMatching(new RegExp(`questions\\.yaml:${lineOf(questionsText, 'The title’s “could be packaged') - 1}:\\d+: error: Unexpected quotation \`could be packaged as protection of US citizens\` in the facilitator notes of \`d-title-body\` that the article does not contain`))
    ])
    // (Each at its text's `>-`, where the value starts.) A sentence reworded breaks a claim, and
    // the lint does not run: the misreading that quotes it is named all the same.
    const reworded = assemble(demoCopy({ 'article.md': (t) => t.replace('Perhaps he has said it so often', 'Perhaps he has repeated it so often') }))
    expect(reworded.lines).toContainEqual(
      expect.stringMatching(new RegExp(`questions\\.yaml:${lineOf(questionsText, 'Students may read “Perhaps he has said') - 1}:\\d+: error: Unexpected quotation \`Perhaps he has said it so often he has come to believe it\` in misreading 2 of \`d-invasion-counterfactual\` that the article does not contain, .*which has \`…has repeated it so…\` where the quotation has \`…has said it so often…\``))
    )
  })

  // The publisher cut ¶10: two of its three claims were told "closest: ¶12 `A preliminary deal
  // on rare earths…`" (a long quote scores as close to some paragraph left), sending the
  // teacher to a stranger. paragraphs.lock knows where the words stood, and that it is gone.
  it('says a quote stood in a paragraph the article no longer has, by paragraphs.lock', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace(/\nThat timeframe could just conceivably[^\n]*\n/, '') })
    const { lines } = assemble(dir)
    expect(lines.find((l) => l.includes('[paragraphs-renumbered]'))).toContain('¶10 deleted')
    const claims = lines.filter((l) => l.includes('[quote-not-found]'))
    expect(claims.map((l) => /for claim `([^`]+)`/.exec(l)![1]).sort()).toEqual(['legal-rules-broken', 'third-term-horizon', 'vance-not-endorsed'])
    for (const line of claims) {
      expect(line).toMatch(/expected words that appear verbatim in the article; it stood in ¶10 of paragraphs\.lock, a paragraph the article no longer has \(deleted\): if its passage was cut, delete claim `[^`]+` or quote words the article has/)
      expect(line).not.toContain('closest')
    }
    // The items that quote its words, likewise: one error a question, at its first quotation
    // of them, naming the others (17 quotations in 10 questions were 17 errors).
    const items = lines.filter((l) => l.includes('[quote-not-in-source]'))
    const questions = items.map((l) => /of `([^`]+)` that the article/.exec(l)![1])
    expect(new Set(questions).size).toBe(questions.length)
    expect(questions).toHaveLength(10)
    for (const line of items) expect(line).toMatch(/: it stood in ¶10 of paragraphs\.lock, a paragraph the article no longer has \(deleted\)(?:; its quotations? .* (?:is|are) of that paragraph too)? {2}\[quote-not-in-source\]$/)
    const text = readFileSync(join(DEMO, 'questions.yaml'), 'utf8')
    expect(items.find((l) => l.includes('of `q-timeframe-years`'))).toContain(
      `; its quotation \`could just conceivably stretch eight years into the future\` (questions.yaml:${lineOf(text, '      The author writes that the timeframe “could just') - 1}:15) is of that paragraph too`
    )
    // A reworded paragraph is no cut one: its closest passage is shown, as before.
    const reworded = assemble(demoCopy({ 'article.md': (t) => t.replace('stretch eight years', 'stretch ten years') })).lines.find((l) => l.includes('[quote-not-found]'))
    expect(reworded).toContain('closest: ¶10 `That timeframe could just conceivably stretch ten years')
  })

  // ¶10 cut, and one of its sentences, reworded, put in a paragraph of its own further on: the
  // record cannot pair the two (too little of ¶10 is left), but the claim's words went there,
  // and "deleted" would hide the closest passage the teacher needs.
  it('shows the closest passage, not "deleted", where it stands in a paragraph new to the record', () => {
    const moved = 'That timeframe could just conceivably stretch ten years into the future, because Trump’s plans may extend to a third term in office as President, despite a US Constitutional ban on a President serving a third term.'
    const dir = demoCopy({ 'article.md': (t) => `${t.replace(/\nThat timeframe could just conceivably[^\n]*\n/, '').trimEnd()}\n\n${moved}\n` })
    const { lines } = assemble(dir)
    const horizon = lines.find((l) => l.includes('for claim `third-term-horizon`'))
    expect(horizon).toContain('closest: ¶21 `That timeframe could just conceivably stretch ten years')
    expect(horizon).not.toContain('deleted')
    expect(lines.find((l) => l.includes('for claim `legal-rules-broken`'))).toContain('it stood in ¶10 of paragraphs.lock, a paragraph the article no longer has (deleted)')
  })

  // The publisher fixed its slips: a doubled word showed as "which has `…reason he has…` where
  // the quote has `…the reason he…`", as if the article had lost "the". Where a word was added
  // or cut, the excerpts start a word earlier, at one both have.
  it('shows a word added or cut with the word before it, which both have', () => {
    const { lines } = assemble(demoCopy({ 'article.md': (t) => t.replace('part of the the reason', 'part of the reason').replace('based Trump’s view', 'based on Trump’s view') }))
    expect(lines.find((l) => l.includes('for claim `vance-not-endorsed`'))).toContain('which has `…the reason he has…` where the quote has `…the the reason he…`')
    expect(lines.find((l) => l.includes('for claim `leader-deals-worldview`'))).toContain('which has `…based on Trump’s view…` where the quote has `…based Trump’s view…`')
    expect(lines.find((l) => l.includes('of `q-vance-tf`'))).toContain('which has `…the reason he` where the quotation has `…the the reason`')
  })

  // A correction appended by the publisher is the final paragraph now: the stem that says the
  // final paragraph begins "Optics matter for Trump." was told only "expected a quotation that
  // stands there", not what does, nor where its words went.
  it('says what a stem\'s place holds now, and where its quotation stands', () => {
    const dir = demoCopy({ 'article.md': (t) => `${t.trimEnd()}\n\n*Correction: an earlier version of this article misstated the date of the Oval Office meeting.*\n` })
    const said = assemble(dir).lines.filter((l) => l.includes('[positional-claim]'))
    expect(said).toEqual([
      expect.stringMatching(
        /questions\.yaml:\d+:\d+: error: Unexpected claim in the stem of `q-optics-relation` that the final paragraph begins with `Optics matter for Trump\.`, expected a quotation that stands there \(or a stem that says where it does stand\); ¶22 begins `Correction: an earlier version of this article misstated…`, and the quotation stands in ¶21 {2}\[positional-claim\]$/
      )
    ])
  })

  it('spares the warning an item whose own quote the change broke: its error says it (a cloze\'s passage)', () => {
    const dir = demoCopy({ 'article.md': (t) => t.replace('Perhaps the key reason', 'The key reason') })
    const { lines } = assemble(dir)
    const cloze = lines.filter((l) => l.includes('q-key-reason-cloze'))
    expect(cloze).toEqual([expect.stringMatching(/error: Unexpected quote `Perhaps the key reason .* for cloze item `q-key-reason-cloze`, expected words that appear verbatim in the article/)])
    // The items that quote nothing of it are named in the claim's error.
    expect(lines.find((l) => l.includes('for claim `deal-ends-involvement`'))).toMatch(/questions? rests? on it, to check against the passage once it anchors again: .*`q-key-reason` \(questions\.yaml:\d+:\d+\)/)
  })
})

describe('classpack check', () => {
  it('exits 0 and reports anchored claims and coverage', async () => {
    const { code, stdout } = await run(['check', 'source/us-backstop-ukraine'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/21 paragraphs in 6 sections/)
    expect(stdout).toMatch(/\d+ claims anchored, covering 6 of 6 sections/)
    expect(stdout).toMatch(/paragraphs no claim covers: /)
  })

  it('finds a quote whose accents the article stores decomposed (NFD, as macOS and PDFs give) and claims.yaml composed', () => {
    const dir = join(tempDir(), 'german')
    cpSync(join(ROOT, 'tests/fixtures/german'), dir, { recursive: true })
    const article = join(dir, 'article.md')
    const text = readFileSync(article, 'utf8')
    expect(text).toContain('ä')
    writeFileSync(article, text.normalize('NFD'))
    const result = checkModule(dir)
    expect(result.messages.filter((m) => m.fatal).map(String)).toEqual([])
    expect(result.module!.claims.length).toBeGreaterThan(10)
  })

  it('reports a duplicate claim id once, and checks the first claim of that id against its own paragraph', () => {
    const dir = demoCopy({
      'claims.yaml': (t) => {
        const at = t.indexOf('\nclaims:')
        const ids = [...t.slice(at).matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!)
        return t.slice(0, at) + t.slice(at).replace(`  - id: ${ids[1]}\n`, `  - id: ${ids[0]}\n`)
      }
    })
    const rules = checkModule(dir).messages.map((m) => m.ruleId)
    expect(rules.filter((r) => r === 'duplicate-id')).toHaveLength(1)
    // Nothing about the claims' hedges, boosters or passages: those claims did not change.
    expect(rules.filter((r) => r === 'hedge-not-found' || r === 'booster-not-found' || r === 'cloze-paragraph' || r === 'quote-not-found')).toEqual([])
  })

  it('says one of a thing in the singular', () => {
    const report = checkModule(join(ROOT, 'tests/fixtures/tiny')).report!
    expect(report).toMatch(/question bank: 2 quiz items, 1 discussion question; /)
    expect(report).toMatch(/: 2 quiz items, 1 discussion question, seed /)
    expect(report).not.toMatch(/\b1 [a-z ]+s\b[,;]/)
  })

  it('exits 1 naming claims.yaml and the line of a quote that changed', async () => {
    const quote = quotes[3]!
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(quote, quote.replace(/^\S+/, 'Changed')) })
    const { code, stderr } = await run(['check', dir])
    expect(code).toBe(1)
    expect(stderr).toContain(`claims.yaml:${lineOf(claimsText, quote)}:`)
  })

  it('exits 2 on a wrong command, naming the commands there are', async () => {
    const result = await run(['chek'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected command `chek`, expected `init`, `check`, `build`, `verify`, `studio` or `help`')
  })

  it('prints the version of the package it runs from for `--version` and `-v`', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    for (const flag of ['--version', '-v']) {
      const result = await run([flag])
      expect(result.code, flag).toBe(0)
      expect(result.stdout, flag).toBe(`classpack ${version}\n`)
    }
  })

  it('prints the usage for `--help` after any command, and names a wrong option in its own words', async () => {
    for (const args of [['build', '--help'], ['check', '-h'], ['studio', '--help']]) {
      const result = await run(args)
      expect(result.code, args.join(' ')).toBe(0)
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: classpack <command>/)
    }
    const unknown = await run(['build', '--frobnicate'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('classpack: Unexpected option `--frobnicate` for `build`')
    // A near miss names the option meant (`--version` is the command's, not `build`'s).
    for (const typo of ['--verions', '--version']) {
      const near = await run(['build', DEMO, typo, '2', '--out', tempDir()])
      expect(near.code, typo).toBe(2)
      expect(near.stderr, typo).toContain(`classpack: Unexpected option \`${typo}\` for \`build\`, expected \`--versions\` or another of the options \`classpack help\` lists`)
    }
    // The paper as it calls itself.
    const a4 = await run(['build', DEMO, '--paper', 'A4', '--format', 'html', '--out', tempDir()])
    expect(a4.code, a4.stderr).toBe(0)
    const missing = await run(['build', '--out'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('classpack: Unexpected `--out` without a value for `build`, expected `--out VALUE`')
    // A negative number is the option's value, out of its range, not a missing value.
    const negative = await run(['build', DEMO, '--versions', '-1', '--out', tempDir()])
    expect(negative.code).toBe(2)
    expect(negative.stderr).toContain('classpack: Unexpected `-1` for --versions, expected a whole number from 1 to 26')
  })
})

/** Replace the YAML of the first claim with `yaml` and return the messages. */
function withFirstClaim(edit: (claim: string) => string) {
  const dir = demoCopy({
    'claims.yaml': (t) => {
      const start = t.indexOf('  - id: ', t.indexOf('\nclaims:'))
      const end = t.indexOf('\n  - id: ', start + 1)
      return t.slice(0, start) + edit(t.slice(start, end)) + t.slice(end)
    }
  })
  return { dir, ...assemble(dir), text: readFileSync(join(dir, 'claims.yaml'), 'utf8') }
}

describe('bad claims.yaml', () => {
  it('reports a missing field at the claim', () => {
    const r = withFirstClaim((c) => c.replace(/\n    paraphrase: >-\n(      .*\n)+/, '\n'))
    const line = lineOf(r.text, '  - id: deal-ends-involvement')
    expect(r.lines).toContain(`${join(r.dir, 'claims.yaml')}:${line}:5: error: Missing field \`paraphrase\` in claim \`deal-ends-involvement\`, expected the claim in your own words (a reviewed claim needs one; \`status: suggested\` lets its quote stand in)  [schema-missing-field]`)
  })

  it('reports an unknown field with the closest known name', () => {
    const r = withFirstClaim((c) => c.replace('    kind: causal', '    kind: causal\n    hedging: []'))
    const line = lineOf(r.text, '    hedging: []')
    expect(r.lines.find((l) => l.includes('[schema-unknown-field]'))).toBe(
      `${join(r.dir, 'claims.yaml')}:${line}:5: error: Unexpected field \`hedging\` in a claim, expected \`hedges\` or one of \`id\`, \`status\`, \`quote\`, \`paraphrase\`, \`gist\`, \`kind\`, \`asserted_by\`, \`boosters\`, \`evidence\`, \`evidence_note\`, \`actors\`, \`themes\`, \`relations\`, \`context\`, \`teaching_note\`  [schema-unknown-field]`
    )
  })

  it('reports a value of the wrong type', () => {
    const r = withFirstClaim((c) => c.replace('    hedges: ["Perhaps"]', '    hedges: Perhaps'))
    const line = lineOf(r.text, '    hedges: Perhaps')
    expect(r.lines).toContain(`${join(r.dir, 'claims.yaml')}:${line}:13: error: Unexpected \`Perhaps\` at \`claims[0].hedges\`, expected a list of strings: write it in brackets, \`[Perhaps]\`  [schema-type]`)
  })

  it('reports an unknown kind with the vocabulary', () => {
    const r = withFirstClaim((c) => c.replace('    kind: causal', '    kind: casual'))
    const line = lineOf(r.text, '    kind: casual')
    expect(r.lines).toContain(
      `${join(r.dir, 'claims.yaml')}:${line}:11: error: Unexpected \`casual\` at \`claims[0].kind\`, expected \`causal\` (one of \`empirical\`, \`causal\`, \`predictive\`, \`normative\`, \`interpretive\`)  [schema-enum]`
    )
  })

  it('reports a duplicate id at the second use, naming the first', () => {
    const r = withFirstClaim((c) => c.replace('  - id: deal-ends-involvement', '  - id: leader-deals-worldview'))
    const first = lineOf(r.text, '  - id: leader-deals-worldview')
    const second = r.text.split('\n').findIndex((l, i) => i + 1 > first && l === '  - id: leader-deals-worldview') + 1
    // The claim renamed so is the one the references to `deal-ends-involvement` mean: one message, not also one per reference.
    const said = r.lines.filter((l) => l.includes(': error:'))
    expect(said).toEqual([
      expect.stringMatching(new RegExp(`^${join(r.dir, 'claims.yaml').replace(/[.*+?^$\{\}()|[\]\\]/g, '\\$&')}:${second}:9: error: Unexpected duplicate claim id \`leader-deals-worldview\`, expected a unique id \\(first used at ${first}:9\\); \\d+ references name \`deal-ends-involvement\` \\(the first at (claims|questions)\\.yaml:\\d+:\\d+\\), which nothing declares: one of the two was likely \`deal-ends-involvement\`, so give it that id back  \\[duplicate-id\\]$`))
    ])
  })

  it('reports a question renamed to another question\'s id once, at the duplicate, naming the id its `excludes` still use', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('  - id: q-worldview\n', '  - id: q-key-reason\n') })
    const text = readFileSync(join(dir, 'questions.yaml'), 'utf8')
    const lines = text.split('\n')
    const second = lines.findIndex((l, i) => l === '  - id: q-key-reason' && i + 1 > lineOf(text, '  - id: q-key-reason')) + 1
    expect(assemble(dir).lines.filter((l) => l.includes(': error:'))).toEqual([
      expect.stringMatching(new RegExp(`questions\\.yaml:${second}:9: error: Unexpected duplicate question id \`q-key-reason\`, expected a unique id \\(first used at ${lineOf(text, '  - id: q-key-reason')}:9\\); 1 reference names \`q-worldview\` \\(the first at questions\\.yaml:\\d+:\\d+\\), which nothing declares: one of the two was likely \`q-worldview\`, so give it that id back  \\[duplicate-id\\]$`))
    ])
  })

  it('reports a relation to an unknown claim, with the closest id', () => {
    const r = withFirstClaim((c) => c.replace('    themes: [us-guarantees]', '    themes: [us-guarantees]\n    relations:\n      supports: [putin-keep-deal]'))
    const line = lineOf(r.text, '      supports: [putin-keep-deal]')
    expect(r.lines).toContain(`${join(r.dir, 'claims.yaml')}:${line}:18: error: Unexpected claim id \`putin-keep-deal\`, expected \`putin-keeps-deal\` or another claim id declared in claims.yaml  [unknown-claim-id]`)
  })

  it('reports malformed YAML at its position', () => {
    const r = withFirstClaim((c) => c.replace('    kind: causal', '    kind: [causal'))
    const error = r.lines.find((l) => l.includes('[yaml-syntax]'))!
    expect(error).toMatch(/claims\.yaml:\d+:\d+: error: Unexpected `\[` that is never closed/)
    expect(r.module).toBeUndefined()
  })

  it('reports every problem of a run at once', () => {
    const r = withFirstClaim((c) => c.replace('    kind: causal', '    kind: casual').replace('    evidence: none', '    evidence: proof').replace('Perhaps the key reason', 'Maybe the key reason'))
    expect(r.lines.filter((l) => l.includes(': error:')).length).toBe(3)
  })
})

describe('a claim id mistyped where it is declared', () => {
  it('is one error at the declaration, naming the id its references use, not one per reference', () => {
    const claimsText = readFileSync(join(DEMO, 'claims.yaml'), 'utf8')
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('  - id: leader-deals-worldview\n', '  - id: leader-deal-worldview\n') })
    const { lines } = assemble(dir)
    const line = lineOf(claimsText, '  - id: leader-deals-worldview')
    expect(lines.filter((l) => l.includes(': error:') || l.includes('leader-deal'))).toEqual([
      expect.stringMatching(new RegExp(`claims\\.yaml:${line}:9: error: Unexpected claim id \`leader-deal-worldview\`, expected \`leader-deals-worldview\`: \\d+ references name \`leader-deals-worldview\` \\(the first at (claims|questions)\\.yaml:\\d+:\\d+\\) and none names \`leader-deal-worldview\`; correct the id here, or else the references {2}\\[unknown-claim-id\\]$`))
    ])
  })

  // A misspelt theme or actor declaration once gave an error at the first of its references
  // ("12 places name it, none declares it … correct each place") and a theme-unused warning.
  it.each([
    ['theme', 'us-guarantees', 'us-guarantee'],
    ['actor', 'trump', 'trumpp']
  ])('so is a %s id mistyped where it is declared, and nothing else is said of it', (what, id, typo) => {
    const claimsText = readFileSync(join(DEMO, 'claims.yaml'), 'utf8')
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(`  - id: ${id}\n`, `  - id: ${typo}\n`) })
    const line = claimsText.split('\n').indexOf(`  - id: ${id}`) + 1
    const said = assemble(dir).lines.filter((l) => l.includes(': error:') || l.includes(': warning:'))
    expect(said).toEqual([expect.stringMatching(new RegExp(`claims\\.yaml:${line}:9: error: Unexpected ${what} id \`${typo}\`, expected \`${id}\`: \\d+ references name \`${id}\` \\(the first at claims\\.yaml:\\d+:\\d+\\) and none names \`${typo}\`; correct the id here, or else the references {2}\\[unknown-${what}-id\\]$`))])
  })

  it('a claim or actor deleted while many places name it is one error, at the first place, naming the others', () => {
    // Deleting claim leader-deals-worldview gave 11 errors, one per reference; deleting actor
    // putin 7, each "expected a actor id". One mistake, one message.
    const cut = (text: string, start: string): string => {
      const a = text.indexOf(start)
      return text.slice(0, a) + text.slice(text.indexOf('  - id: ', a + start.length))
    }
    const dir = demoCopy({ 'claims.yaml': (t) => cut(cut(t, '  - id: leader-deals-worldview\n'), '  - id: putin\n') })
    const errors = assemble(dir).lines.filter((l) => l.includes(': error:'))
    expect(errors).toEqual([
      expect.stringMatching(/claims\.yaml:\d+:21: error: Unexpected actor id `putin`, expected an actor id declared in claims\.yaml: 7 places name it, none declares it \(also claims\.yaml:\d+:21(, \d+:\d+){5}\); declare it in claims\.yaml, or correct each place {2}\[unknown-actor-id\]$/),
      expect.stringMatching(/claims\.yaml:\d+:18: error: Unexpected claim id `leader-deals-worldview`, expected a claim id declared in claims\.yaml: 11 places name it, none declares it \(also claims\.yaml:(\d+:\d+, ){3}\d+:\d+; questions\.yaml:(\d+:\d+, ){3}\d+:\d+ and 2 more\); declare it in claims\.yaml, or correct each place {2}\[unknown-claim-id\]$/)
    ])
  })

  it('leaves a single unknown reference as it is: the reference may be the typo', () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('claims: [leader-deals-worldview', 'claims: [leader-deal-worldview') })
    const errors = assemble(dir).lines.filter((l) => l.includes(': error:'))
    expect(errors).toEqual([expect.stringMatching(/questions\.yaml:\d+:\d+: error: Unexpected claim id `leader-deal-worldview`, expected `leader-deals-worldview` or another claim id from claims\.yaml {2}\[unknown-claim-id\]$/)])
  })
})

/** A copy of the tiny module with `claims.yaml`'s quote `from` written `to`, and what `check` says of claims.yaml. */
function tinyQuote(from: string, to: string): string[] {
  const dir = join(tempDir(), 'tiny')
  cpSync(TINY, dir, { recursive: true })
  const path = join(dir, 'claims.yaml')
  writeFileSync(path, readFileSync(path, 'utf8').replace(`quote: "${from}"`, `quote: "${to}"`))
  return assemble(dir).lines.filter((l) => l.includes('claims.yaml:'))
}

describe('a quote cut inside a word', () => {
  it('is a warning at the quote that names the words cut and the whole words to quote', () => {
    expect(tinyQuote('Small modules build fast.', 'mall modules build fa')).toEqual([
      expect.stringMatching(/claims\.yaml:7:12: warning: Unexpected quote `mall modules build fa` for claim `small-fast` that starts inside the word `Small` and ends inside the word `fast`, expected whole words: quote `Small modules build fast` {2}\[quote-partial-word\]$/)
    ])
    expect(tinyQuote('A test that waits is a test nobody runs.', 'A test that waits is a test nobody ru')).toEqual([expect.stringContaining('ends inside the word `runs`, expected whole words: quote `A test that waits is a test nobody runs`')])
  })

  it('is not said of a quote that starts and ends at the edges of words', () => {
    expect(tinyQuote('Small modules build fast.', 'modules build')).toEqual([])
    expect(tinyQuote('Small modules build fast.', 'Small modules build fast')).toEqual([])
  })

  it('stops at a hyphen or an apostrophe, and goes on through digits', () => {
    expect(partialWords('A well-known test’s speed.', 2, 6)).toBeUndefined() // `well` of well-known
    expect(partialWords('A well-known test’s speed.', 7, 17)).toBeUndefined() // `known test` of test’s
    expect(partialWords('It took 45 seconds.', 8, 9)).toEqual({ said: 'ends inside the word `45`', whole: '45' })
    expect(partialWords('It took 45 seconds.', 0, 10)).toBeUndefined()
    expect(partialWords('小模块构建得很快。', 1, 4)).toBeUndefined()
  })
})

describe('a quote that differs from the article in the case of its letters', () => {
  it('names the first words that differ, not a later place where the quote\'s first words recur', () => {
    // "a test" found in "…is a test nobody runs" showed `…nobody runs.` against `…that waits is…`.
    const [said] = tinyQuote('A test that waits is a test nobody runs.', 'a test that waits is a test nobody runs.')
    expect(said).toContain("closest: ¶2 `A test that waits is a test nobody runs.`, which has `A test that waits…` where the quote has `a test that waits…` (only capital and small letters differ: write them as the article does)")
  })

  it('says so where the case of the first letter is all that differs, which showed no difference', () => {
    const [said] = tinyQuote('Small modules build fast.', 'small modules build fast.')
    expect(said).toContain('which has `Small modules…` where the quote has `small modules…` (only capital and small letters differ: write them as the article does)')
  })

  it('names the first difference, and no case note, where words differ too', () => {
    const [said] = tinyQuote('A test that waits is a test nobody runs.', 'A test that waits is a Test nobody ran.')
    expect(said).toContain('which has `…test nobody runs.` where the quote has `…Test nobody ran.`;')
  })
})

describe('a quote that leaves words out with an ellipsis', () => {
  it('is said to be one unbroken passage, with the words the article has from one side of the … to the other', () => {
    // It showed `…… nobody runs.` as the difference.
    expect(tinyQuote('A test that waits is a test nobody runs.', 'A test that waits … nobody runs.')).toEqual([
      expect.stringMatching(/claims\.yaml:15:12: error: Unexpected `…` in the quote `A test that waits … nobody runs\.` for claim `waiting-tests`, expected one unbroken passage of the article: a claim's quote cannot skip words \(quotations in questions\.yaml's text may use …\): the article has `A test that waits is a test nobody runs\.` in ¶2, so quote those words whole, or the words on one side of the `…`; .* {2}\[quote-not-found\]$/)
    ])
    expect(tinyQuote('A test that waits is a test nobody runs.', 'A test that waits... nobody runs.')[0]).toContain("Unexpected `...` in the quote `A test that waits... nobody runs.` for claim `waiting-tests`, expected one unbroken passage of the article: a claim's quote cannot skip words")
  })

  it('at a quote\'s start, names the words without it; with words the article lacks, says no more', () => {
    expect(tinyQuote('A test that waits is a test nobody runs.', '… a test nobody runs.')[0]).toContain("cannot skip words (quotations in questions.yaml's text may use …): quote `a test nobody runs.` (¶2) without it;")
    expect(tinyQuote('A test that waits is a test nobody runs.', 'A test that waits … everybody runs.')[0]).toContain("cannot skip words (quotations in questions.yaml's text may use …); 2 questions rest on it")
  })
})

describe('an ellipsis the article writes itself', () => {
  /** Claims.yaml's messages with the article's sentence and the claim's quote written anew. */
  const quoted = (article: string, quote: string): string[] => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const at = (name: string): string => join(dir, name)
    writeFileSync(at('article.md'), readFileSync(at('article.md'), 'utf8').replace('A test that waits is a test nobody runs.', article))
    writeFileSync(at('claims.yaml'), readFileSync(at('claims.yaml'), 'utf8').replace('quote: "A test that waits is a test nobody runs."', `quote: "${quote}"`))
    return assemble(dir).lines.filter((l) => l.includes('claims.yaml:'))
  }

  it('matches a quote whether either writes it `…` or `...`', () => {
    // `ready… to sign` quoted `ready... to sign` was "a claim's quote cannot skip words".
    expect(quoted('A test that waits… is a test nobody runs.', 'A test that waits... is a test nobody runs.')).toEqual([])
    expect(quoted('A test that waits... is a test nobody runs.', 'A test that waits… is a test nobody runs.')).toEqual([])
  })

  it('is still no way to skip words where the article has none', () => {
    expect(quoted('A test that waits… is a test nobody runs.', 'A test that waits... nobody runs.')[0]).toContain("cannot skip words")
  })
})

describe('a quote in other quotation marks than the article\'s', () => {
  /** Claims.yaml's messages with the article's sentence and the claim's quote written anew. */
  const quoted = (article: string, quote: string): string[] => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const at = (name: string): string => join(dir, name)
    writeFileSync(at('article.md'), readFileSync(at('article.md'), 'utf8').replace('A test that waits is a test nobody runs.', article))
    writeFileSync(at('claims.yaml'), readFileSync(at('claims.yaml'), 'utf8').replace('quote: "A test that waits is a test nobody runs."', `quote: '${quote}'`))
    return assemble(dir).lines.filter((l) => l.includes('claims.yaml:'))
  }

  it('matches guillemets as the quotation marks they are, „…“ against »…« and ‚…‘ against ›…‹', () => {
    // A German article setting »Gartensteuer« quoted „Gartensteuer“ was `quote-not-found`.
    expect(quoted('A test that waits is a »test« nobody runs.', 'A test that waits is a „test“ nobody runs.')).toEqual([])
    expect(quoted('A test that waits is a „test“ nobody runs.', 'A test that waits is a «test» nobody runs.')).toEqual([])
    expect(quoted('A test that waits is a ›test‹ nobody runs.', 'A test that waits is a ‚test‘ nobody runs.')).toEqual([])
  })

  it('still tells a guillemet from a letter', () => {
    expect(quoted('A test that waits is a »test« nobody runs.', 'A test that waits is a xtestx nobody runs.')[0]).toContain('quote-not-found')
  })
})

describe('a multiple-select item with one correct option', () => {
  it('is a warning at its type: single-choice is likely meant', () => {
    const dir = join(tempDir(), 'tiny')
    cpSync(TINY, dir, { recursive: true })
    const path = join(dir, 'questions.yaml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('type: single', 'type: multiple'))
    const said = assemble(dir).lines.filter((l) => l.includes('[one-correct-option]'))
    expect(said).toEqual([expect.stringMatching(/questions\.yaml:12:11: warning: Unexpected multiple-select item `q-fast` with one correct option, expected `type: single` for one right answer, or another `correct: true`: students told to tick every right option look for a second {2}\[one-correct-option\]$/)])
  })
})
