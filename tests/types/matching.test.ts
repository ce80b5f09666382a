// Matching items: premises each matched to a response, more responses than premises
// allowed. Problems at their line:col; on paper two columns, numbered premises with a box
// each and lettered responses that each version shuffles (never in the key's order); the
// key's letters are the printed ones, version by version.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assemble } from '../helpers/fixtures.js'
import { readHtml } from '../helpers/html.js'
import { readGift, readMoodle } from '../helpers/lms.js'
import { build, tryBuild } from '../helpers/pack.js'
import { openPdf } from '../helpers/pdf.js'
import { arrangePieces } from '../../src/select/versions.js'
import { at, head, library } from './helpers.js'

const MATCH = `${head('m-who', 'matching', 'costs-money', 3)}    pairs:
      - premise: Rachel Amin
        response: The library costs forty thousand pounds a year.
        feedback: The council leader said so.
      - premise: Local teachers and parents
        response: Poorer children would fall behind if it closed.
        claim: children-fall-behind
        feedback: They have said so.
      - premise: The author
        response: Free computers are perhaps the best reason to keep it.
        claim: free-computers
        feedback: Her own hedged reason.
    distractors:
      - The building should become a museum.
`

const errorsOf = (dir: string): string[] => assemble(dir).lines.filter((l) => l.includes(': error:'))
const questions = (dir: string): string => readFileSync(join(dir, 'questions.yaml'), 'utf8')

describe('a matching item is read', () => {
  it('with its pairs, their claims and its distractors', () => {
    const { module, lines } = assemble(library(MATCH))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    const item = module!.questions.quiz[0]!
    expect(item).toMatchObject({ type: 'matching', distractors: ['The building should become a museum.'] })
    expect('pairs' in item && item.pairs.map((p) => p.claim)).toEqual([undefined, 'children-fall-behind', 'free-computers'])
  })

  it('reporting a duplicate premise or response, an unknown claim and too few pairs at their line:col', () => {
    const twice = library(MATCH.replace('premise: The author', 'premise: rachel amin'))
    expect(errorsOf(twice)).toEqual([`${join(twice, 'questions.yaml')}:${at(questions(twice), 'rachel amin')}: error: Unexpected duplicate premise \`rachel amin\` in matching item \`m-who\`, expected premises that differ (same as premise 1)  [duplicate-option]`])
    const response = library(MATCH.replace('The building should become a museum.', 'Poorer children would fall behind if it closed.'))
    expect(errorsOf(response)).toEqual([`${join(response, 'questions.yaml')}:${at(questions(response), '- Poorer children')}: error: Unexpected duplicate response \`Poorer children would fall behind if it closed.\` in matching item \`m-who\`, expected responses that differ (same as response 2)  [duplicate-option]`.replace(/:(\d+): error/, (_, c: string) => `:${Number(c) + 2}: error`)])
    const unknown = library(MATCH.replace('claim: free-computers', 'claim: free-computer'))
    expect(errorsOf(unknown)).toEqual([`${join(unknown, 'questions.yaml')}:${at(questions(unknown), 'free-computer\n')}: error: Unexpected claim id \`free-computer\`, expected \`free-computers\` or another claim id from claims.yaml  [unknown-claim-id]`])
    const one = library(MATCH.replace(/ {6}- premise: Local[\s\S]*?(?= {4}distractors)/, ''))
    expect(errorsOf(one)).toEqual([`${join(one, 'questions.yaml')}:${at(questions(one), '- premise: Rachel')}: error: Unexpected 1 item at \`quiz[0].pairs\`, expected at least 2  [schema-count]`])
  })
})

describe('a matching item’s responses', () => {
  // Version A of a trial printed `1A 2B 3D`: the answers in the premises' order, the distractor
  // between them. Reading down the list, skipping one, answered the item.
  it('never hold three or more answers in the premises’ order, whatever the seed, with the distractors anywhere', () => {
    const { module, lines } = assemble(library(MATCH))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    const item = module!.questions.quiz[0]!
    const places = new Set<number>()
    for (let seed = 1; seed <= 400; seed++) {
      const order = arrangePieces(item, seed).map((p) => p.index)
      expect(order.filter((i) => i < 3), `seed ${seed}: ${order.join(' ')}`).not.toEqual([0, 1, 2])
      places.add(order.indexOf(3))
    }
    // The distractor still stands anywhere.
    expect([...places].sort()).toEqual([0, 1, 2, 3])
  })

  // Of the 24 orders of three answers and a distractor, 20 give nothing away: twenty versions print
  // each of them once, and later ones repeat only orders printed before the version just before.
  it('gives twenty versions twenty orders, none in the key’s, and the twenty-first none of the nineteen before it', () => {
    const { module } = assemble(library(MATCH))
    const item = module!.questions.quiz[0]!
    const earlier = { orders: [] as string[], all: new Set<string>() }
    for (let v = 0; v < 30; v++) {
      const order = arrangePieces(item, 100 + v, earlier).map((p) => p.index)
      const key = order.join(' ')
      expect(order.filter((i) => i < 3), `version ${v + 1}: ${key}`).not.toEqual([0, 1, 2])
      if (v < 20) expect(earlier.all.has(key), `version ${v + 1}: ${key}`).toBe(false)
      else expect(earlier.orders.slice(-19), `version ${v + 1}: ${key}`).not.toContain(key)
      earlier.orders.push(key)
      earlier.all.add(key)
    }
  })

  it('may hold two answers in the premises’ order: barring it would give the other order away', () => {
    const { module } = assemble(library(MATCH.replace(/ {6}- premise: The author[\s\S]*?(?= {4}distractors)/, '')))
    const item = module!.questions.quiz[0]!
    const relative = new Set<string>()
    for (let seed = 1; seed <= 200; seed++) relative.add(arrangePieces(item, seed).map((p) => p.index).filter((i) => i < 2).join(' '))
    expect([...relative].sort()).toEqual(['0 1', '1 0'])
  })
})

describe('a matching item on paper', () => {
  it('prints numbered premises with a box each beside lettered responses, shuffled by version; the key matches the letters printed', async () => {
    const pack = await build({ dir: library(MATCH), formats: ['html', 'pdf'], versions: 3, seed: 5 })
    const responses = ['The library costs forty thousand pounds a year.', 'Poorer children would fall behind if it closed.', 'Free computers are perhaps the best reason to keep it.', 'The building should become a museum.']
    const orders = new Set<string>()
    for (const v of ['A', 'B', 'C']) {
      const quiz = readHtml(readFileSync(join(pack, `quiz-${v}.html`), 'utf8'))
      const [premises, printed] = ['premises', 'responses'].map((name) => quiz.elements('ol').find((ol) => (ol.properties.className as string[]).includes(name))!)
      expect(premises!.children.filter((c) => c.type === 'element').length).toBe(3)
      expect(quiz.elements('span').filter((s) => (s.properties.className as string[] | undefined)?.includes('box')).length).toBe(3)
      const texts = quiz.mainText
      const order = responses.map((r) => texts.indexOf(r)).map((at, i) => ({ at, i })).sort((a, b) => a.at - b.at).map((x) => x.i)
      expect(order).not.toEqual([0, 1, 2, 3])
      orders.add(order.join())
      expect(printed!.children.filter((c) => c.type === 'element').length).toBe(4)
      // The key: each premise's letter is its response's letter in this version.
      const letters = order.map((_, n) => String.fromCharCode(65 + n))
      const letterOf = (i: number): string => letters[order.indexOf(i)]!
      const key = readHtml(readFileSync(join(pack, `answer-key-${v}.html`), 'utf8')).mainText
      expect(key).toContain(`Answer: 1 → ${letterOf(0)}, 2 → ${letterOf(1)}, 3 → ${letterOf(2)}`)
      expect(key).toContain(`Matching nothing: ${letterOf(3)}.`)
      expect(key).toContain('Scoring: 3 matches, each correct one earning 1 point.')
    }
    expect(orders.size).toBeGreaterThan(1)
    // Two columns in the PDF: every premise starts left of every response.
    const doc = await openPdf(new Uint8Array(readFileSync(join(pack, 'quiz-A.pdf'))))
    const items = (await (await doc.getPage(1)).getTextContent()).items as Array<{ str: string; transform: number[] }>
    await doc.destroy()
    const x = (start: string): number => items.find((t) => t.str.startsWith(start))!.transform[4]!
    const premiseX = Math.max(x('Rachel Amin'), x('Local teachers'), x('The author'))
    const responseX = Math.min(...responses.map((r) => x(r.slice(0, 12))))
    expect(premiseX).toBeLessThan(responseX)
  })
})

describe('a matching item in the PDF', () => {
  it('gives its premises’ column room for their longest word, which is not broken when it fits the page', async () => {
    // Short names with long views: the premises' column is narrow by their words' share,
    // but "Landesnahverkehrsgesellschaft" must still stand on one line, in English or German.
    for (const lang of ['en-GB', 'de-DE']) {
      const dir = library(MATCH.replace('premise: Local teachers and parents', 'premise: Landesnahverkehrsgesellschaft'), { 'article.md': (t) => t.replace(/lang: .*/, `lang: ${lang}`) })
      const pack = await build({ dir, formats: ['pdf'] })
      const doc = await openPdf(new Uint8Array(readFileSync(join(pack, 'quiz.pdf'))))
      const items = (await (await doc.getPage(1)).getTextContent()).items as Array<{ str: string }>
      await doc.destroy()
      expect(items.map((t) => t.str.trim()), lang).toContain('Landesnahverkehrsgesellschaft')
    }
  })
})

describe('a matching item in Moodle XML and GIFT', () => {
  it('says above a matching question with too few responses for Moodle, in the pack’s language', async () => {
    const two = MATCH.replace(/      - premise: The author[\s\S]*$/, '')
    const dir = library(two)
    const english = readFileSync(join((await tryBuild({ dir, formats: ['gift'] })).target!, 'quiz.gift.txt'), 'utf8')
    expect(english).toContain('// m-who: Moodle needs 3 responses or more for a matching question; add one before importing.')
    // A German pack's file speaks German there too, as it does in every other comment.
    const german = readFileSync(join((await tryBuild({ dir, formats: ['gift'], lang: 'de' })).target!, 'quiz.gift.txt'), 'utf8')
    expect(german).toContain('// m-who: Moodle braucht für eine Zuordnungsfrage mindestens 3 Antworten; vor dem Import eine ergänzen.')
    expect(german).not.toContain('Moodle needs')
  })

  it('warns of a response longer than the 255 characters Moodle stores, and of none that fits', async () => {
    // Letters of other scripts count as one character each, as Moodle's database counts them.
    const fits = `Free computers ${'é'.repeat(239)}.`
    const long = `${fits}${'ж'.repeat(16)}`
    expect([...fits]).toHaveLength(255)
    const dir = library(MATCH.replace('Free computers are perhaps the best reason to keep it.', long).replace('The building should become a museum.', fits))
    const result = await tryBuild({ dir, formats: ['moodle', 'gift'] })
    expect(result.lines.filter((l) => l.includes(': error:'))).toEqual([])
    const warnings = result.lines.filter((l) => l.includes('matching-response-length]'))
    expect(warnings).toHaveLength(2)
    // At the response itself (a distractor would be at its own line likewise).
    for (const warning of warnings) expect(warning).toContain(`${join(dir, 'questions.yaml')}:${at(questions(dir), long)}`)
    expect(warnings.join('\n')).toContain(`Unexpected response of 271 characters in matching item \`m-who\` in moodle.xml ("Free computers ${'é'.repeat(25)}…"), expected 255 or fewer`)
    expect(warnings.join('\n')).toContain('[gift-matching-response-length]')
    expect(readFileSync(join(result.target!, 'quiz.gift.txt'), 'utf8')).toContain('// m-who: a response is longer than the 255 characters Moodle stores')
    // A distractor too long, at its line in `distractors`.
    const other = library(MATCH.replace('The building should become a museum.', long))
    const distractor = (await tryBuild({ dir: other, formats: ['moodle'] })).lines.filter((l) => l.includes('[moodle-matching-response-length]'))
    expect(distractor).toHaveLength(1)
    expect(distractor[0]).toContain(`${join(other, 'questions.yaml')}:${at(questions(other), long)}`)
    // At 255, none.
    const none = await tryBuild({ dir: library(MATCH.replace('The building should become a museum.', fits)), formats: ['moodle', 'gift'] })
    expect(none.lines.filter((l) => l.includes('matching-response-length'))).toEqual([])
  })
})

describe('a matching item’s responses in Moodle', () => {
  it('are shown as written, though Moodle strips tags from them: `<b>`, `<5%`, an entity', async () => {
    // Moodle keeps a response as plain text and shows it through format_string(), which strips tags.
    const responses = ['Costs rose by <5% a year & more.', 'The word <b>free</b> matters.', 'Written &amp; in the article.']
    const dir = library(
      MATCH.replace('The library costs forty thousand pounds a year.', responses[0]!)
        .replace('Poorer children would fall behind if it closed.', responses[1]!)
        .replace('The building should become a museum.', responses[2]!)
    )
    const pack = await build({ dir, formats: ['moodle', 'gift'] })
    const moodle = readMoodle(readFileSync(join(pack, 'moodle.xml'), 'utf8')).get('m-who')!.parts
    const gift = readGift(readFileSync(join(pack, 'quiz.gift.txt'), 'utf8')).get('m-who')!.parts
    for (const parts of [moodle, gift]) {
      expect(parts?.kind).toBe('pairs')
      if (parts?.kind !== 'pairs') continue
      expect(parts.responses).toEqual(expect.arrayContaining(responses))
      expect(parts.right.slice(0, 2)).toEqual(responses.slice(0, 2))
    }
    // An ordinary response is written as it stands.
    expect(readFileSync(join(pack, 'moodle.xml'), 'utf8')).toContain('<text>Free computers are perhaps the best reason to keep it.</text>')
  })
})

describe('a matching item in GIFT', () => {
  it('writes a premise\'s own `->` as `→`, which GIFT cannot escape, and says so in a warning and above the question', async () => {
    const dir = library(MATCH.replace('premise: Local teachers and parents', 'premise: Teachers -> parents'))
    const result = await tryBuild({ dir, formats: ['gift'] })
    expect(result.lines.filter((l) => l.includes(': error:'))).toEqual([])
    const warning = result.lines.find((l) => l.includes('[gift-arrow]'))
    expect(warning).toContain(`${join(dir, 'questions.yaml')}:`)
    expect(warning).toContain('Unexpected `->` in a premise of matching item `m-who` in quiz.gift.txt')
    const gift = readFileSync(join(result.target!, 'quiz.gift.txt'), 'utf8')
    expect(gift).toContain('=Teachers → parents -> ')
    expect(gift).toMatch(/\/\/ m-who: “->” in a premise arrives as “→”/)
    // Without one, no warning.
    expect((await tryBuild({ dir: library(MATCH), formats: ['gift'] })).lines.filter((l) => l.includes('[gift-arrow]'))).toEqual([])
  })
})

describe('a matching item in Canvas QTI', () => {
  it('gives each response an ident whose first run of digits is its own, which Canvas’s importer takes for the match’s id', async () => {
    // Canvas's importer (qti_exporter associate_interaction.rb, get_canvas_matches) takes a
    // matching response's id from the first digits in its ident: two responses with the same
    // digits there became one match, so choosing either scored as the right one, and a premise
    // showed the other's text as its answer.
    const extra = ['The mayor wants a car park there.', 'The library opened last year.', 'Nobody uses the computers.']
    const items = Array.from({ length: 8 }, (_, n) => MATCH.replace('m-who', `m-who-${n + 1}`).replace('      - The building should become a museum.\n', ['      - The building should become a museum.', ...extra.map((e) => `      - ${e}`)].join('\n') + '\n')).join('')
    const pack = await build({ dir: library(items), formats: ['qti'] })
    const { unzip } = await import('../helpers/zip.js')
    const files = await unzip(new Uint8Array(readFileSync(join(pack, 'canvas-qti.zip'))))
    const assessment = [...files].find(([path]) => path.endsWith('.xml') && !path.endsWith('assessment_meta.xml') && path !== 'imsmanifest.xml')![1].bytes.toString('utf8')
    const questions = [...assessment.matchAll(/<item ident="[^"]+" title="([^"]+)">([\s\S]*?)<\/item>/g)]
    expect(questions).toHaveLength(8)
    for (const [, id, body] of questions) {
      const lid = /<response_lid[^>]*>([\s\S]*?)<\/response_lid>/.exec(body!)![1]!
      const matchIds = [...lid.matchAll(/<response_label ident="([^"]+)"/g)].map((m) => Number(/\d+/.exec(m[1]!)?.[0]))
      expect(matchIds, id).toHaveLength(7)
      expect(new Set(matchIds).size, `${id}: ${matchIds.join(', ')}`).toBe(matchIds.length)
      expect(matchIds.every((n) => n > 0), id).toBe(true)
    }
  })
})
