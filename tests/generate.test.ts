// Questions generated from claims: on the demo module every claim with the metadata gets a
// voice, kind and evidence item, and there are hedges items; each key is right by the
// metadata (checked here against claims.yaml, not the generators' own tables); each item
// passes `check` when written into questions.yaml; the same seed gives the same items.
// Sets draw on them only when they ask; a teacher pins, edits or drops one by its id.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import type { AnchoredClaim } from '../src/claims/model.js'
import type { Option } from '../src/questions/model.js'
import type { ClozeItem, MatchingItem } from '../src/types/index.js'
import { GENERATOR_MODULES, GENERATORS, generateItems } from '../src/generate/index.js'
import { shown as shownPremise } from '../src/generate/classify.js'
import type { GeneratedItem } from '../src/generate/index.js'
import { buildPack, checkModule, formatMessages, type Module } from '../src/index.js'
import { selectQuestions } from '../src/select/select.js'
import { lintedModule, oneKeyGenerated, placeGenerated } from '../src/lint/bank.js'
import { names as namesActor } from '../src/lint/names.js'
import { contentWords } from '../src/lint/text.js'
import { VFile } from 'vfile'
import { DEMO, demoCopy, lineOf, ROOT, tempDir } from './helpers/fixtures.js'

const claimsYaml = YAML.parse(readFileSync(join(DEMO, 'claims.yaml'), 'utf8')) as { actors: Array<{ id: string; name: string }>; claims: Array<Record<string, unknown> & { id: string }> }
const author = 'Derrick Wyatt'
const nameOf = (id: string): string => (id === 'author' ? author : claimsYaml.actors.find((a) => a.id === id)!.name)

// What each kind and kind of evidence is called in an option, written out here so the test
// does not read the generators' own tables.
const KIND_LABEL: Record<string, string> = { empirical: 'Empirical:', causal: 'Causal:', predictive: 'Predictive:', normative: 'Normative:', interpretive: 'Interpretive:' }
const EVIDENCE_LABEL: Record<string, string> = { none: 'No backing:', 'reported-statement': 'Reported words:', event: 'An event:', example: 'An example:', reasoning: 'Reasoning:' }
// Hedges and words of certainty, written out here, not read from the generators' tables.
const HEDGES = ['perhaps', 'maybe', 'may', 'might', 'could', 'can', 'likely', 'probably', 'possibly', 'presumably', 'apparently', 'arguably', 'conceivably', 'potentially', 'about', 'roughly', 'approximately', 'around', 'nearly', 'almost', 'seems', 'appears', 'suggests', 'partly', 'largely', 'reportedly', 'allegedly']
const HEDGES_DE = ['könnte', 'könnten', 'dürfte', 'dürften', 'vielleicht', 'wahrscheinlich', 'möglicherweise', 'vermutlich', 'voraussichtlich', 'wohl', 'etwa', 'rund', 'ungefähr']
const CERTAIN = ['will', 'must', 'certainly', 'certain', 'surely', 'clearly', 'definitely', 'undoubtedly', 'exactly', 'precisely', 'always', 'never', 'entirely', 'wholly', 'shows', 'show']
const MODALS = ['will', 'must', 'shall', 'would']
const RELATION_LABEL: Record<string, string> = { supports: 'The first supports', qualifies: 'The first qualifies', contrasts_with: 'The first contrasts with' }

let module: Module
let generated: GeneratedItem[]
const byId = (id: string): GeneratedItem => {
  const item = generated.find((g) => g.id === id)
  if (!item) throw new Error(`no generated item ${id}`)
  return item
}
/** An item with options (every generator's but the cloze and matching ones). */
type Optioned = GeneratedItem & { options: Option[] }
const withOptions = (item: GeneratedItem): item is Optioned => 'options' in item
const key = (item: GeneratedItem): string[] => (withOptions(item) ? item.options.filter((o) => o.correct).map((o) => o.text) : [])

beforeAll(() => {
  const checked = checkModule(DEMO)
  expect(checked.ok, formatMessages(checked.files)).toBe(true)
  module = checked.module!
  generated = module.generated as GeneratedItem[]
})

/** A claim whose quote names an asserter by surname, whoever else it names: its voice item would show its answer beside the question. */
function namesAnAsserter(claim: Record<string, unknown>): boolean {
  const surname = (id: string): string => nameOf(id).split(' ').at(-1)!
  const quote = String(claim.quote)
  return ([] as string[]).concat(claim.asserted_by as string | string[]).some((id) => id !== 'author' && quote.includes(surname(id)))
}

/** A claim on reported words whose quote has a verb of saying, whoever its subject ("Zelensky says", "Macron and Starmer have indicated"): its evidence item would show its own answer. */
const showsItsSpeaker = (claim: Record<string, unknown>): boolean => claim.evidence === 'reported-statement' && /\b(says|said|saying|told|indicated|believes|assumes|estimated|according to)\b/i.test(String(claim.quote))

describe('generation on the demo module', () => {
  it('makes a voice, a kind and an evidence item for every claim, and hedges items', () => {
    for (const claim of claimsYaml.claims) for (const g of ['voice', 'kind', 'evidence']) expect(generated.some((i) => i.id === `gen-${g}-${claim.id}`), `${g} ${claim.id}`).toBe(g === 'voice' ? !namesAnAsserter(claim) : g !== 'evidence' || !showsItsSpeaker(claim))
    expect(generated.filter((i) => i.generated === 'hedges').length).toBeGreaterThanOrEqual(1)
    expect(generated.filter((i) => i.generated === 'relations').length).toBeGreaterThanOrEqual(1)
    // Position items leave out claims whose words echo their own subhead (a match of words would answer them).
    expect(generated.filter((i) => i.generated === 'position').length).toBeGreaterThanOrEqual(claimsYaml.claims.length / 2)
  })

  it('keys each voice item to the claim’s asserter, and cites its ¶ in the stem', () => {
    const reports = ', as the article reports'
    for (const claim of module.claims) {
      if (namesAnAsserter(claimsYaml.claims.find((c) => c.id === claim.id)!)) continue
      const item = byId(`gen-voice-${claim.id}`) as Optioned
      expect(item).toMatchObject({ type: 'single', generated: 'voice', claims: [claim.id] })
      expect(key(item)).toHaveLength(1)
      // One asserter, or (where claims.yaml allows a list) several asserting jointly.
      const ids = ([] as string[]).concat(claim.asserted_by as string | string[])
      const names = ids.map(nameOf)
      const joined = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
      if (ids[0] === 'author') expect(key(item)[0]).toMatch(/^The author, (in|speaking in|making the claim in) (their|the article’s) own voice$/)
      else expect(key(item)).toEqual([`${joined}${reports}`])
      // Exactly one option says the author's own voice; the others name actors the article reports.
      expect(item.options.filter((o) => o.text.startsWith('The author, ')).length).toBeLessThanOrEqual(1)
      for (const o of item.options) if (!o.text.startsWith('The author, ')) expect(o.text.endsWith(reports)).toBe(true)
      // The article's words in quotation marks (single ones around words that hold their own), ending a sentence;
      // with the teacher's [sic] where the claim marks the article's slip.
      const shown = claim.anchor.shown ?? claim.anchor.text
      expect(shown.replace(/\u00a0\[sic\]/g, '')).toBe(claim.anchor.text)
      const words = /[“”"]/.test(shown) ? `‘${shown}’` : `“${shown}”`
      const stop = /[.!?…][”’"]*$/.test(words) ? '' : '.'
      expect(item.stem).toBe(`In ¶${claim.anchor.paragraph}, the article says: ${words}${stop} Who makes this claim?`)
      // The author is never offered as one of the reported actors.
      expect(item.options.filter((o) => o.text.startsWith(author))).toEqual([])
    }
  })

  it('keys each kind and evidence item to the claim’s kind and evidence', () => {
    for (const claim of module.claims) {
      expect(key(byId(`gen-kind-${claim.id}`))[0]).toMatch(new RegExp(`^${KIND_LABEL[claim.kind]}`))
      if (!showsItsSpeaker(claimsYaml.claims.find((c) => c.id === claim.id)!)) expect(key(byId(`gen-evidence-${claim.id}`))[0]).toMatch(new RegExp(`^${EVIDENCE_LABEL[claim.evidence]}`))
    }
  })

  it('offers "Reported words" as a wrong answer only for the author’s own claims: a reported claim stands in the article as someone’s words', () => {
    // The tram module's claim of an engineer's reasoning; the demo's reported claims all rest on reported words.
    const tram = checkModule(join(ROOT, 'tests/fixtures/tram')).module!
    const reported = tram.claims.filter((c) => !c.asserted_by.includes('author') && c.evidence !== 'reported-statement')
    expect(reported.map((c) => c.id)).toEqual(['brt-less-exposed'])
    // Whichever three distractors a seed draws.
    for (let seed = 1; seed <= 40; seed++) {
      const [item] = generateItems({ article: tram.article, claims: reported, actors: tram.actors }, seed).filter((i) => i.generated === 'evidence') as Optioned[]
      expect(item!.options.map((o) => o.text).filter((t) => t.startsWith(EVIDENCE_LABEL['reported-statement']!)), `seed ${seed}`).toEqual([])
      expect(item!.options.length).toBe(4)
    }
    // The author's own may still be offered it: the distractor is fair there.
    const own = tram.claims.filter((c) => c.asserted_by.includes('author') && c.evidence !== 'reported-statement')
    expect(own.some((c) => (tram.generated.find((g) => g.id === `gen-evidence-${c.id}`) as Optioned).options.some((o) => o.text.startsWith(EVIDENCE_LABEL['reported-statement']!)))).toBe(true)
  })

  it('keys each hedges item to the hedged passages, each showing its hedge', () => {
    const hedged = new Map(module.claims.map((c) => [c.id, c.hedges]))
    for (const item of generated.filter(withOptions).filter((i) => i.generated === 'hedges')) {
      expect(item.type).toBe(key(item).length === 1 ? 'single' : 'multiple')
      expect(hedged.get(item.claims[0]!)!.length).toBeGreaterThan(0)
      item.options.forEach((o) => {
        const claim = o.claim ?? item.claims[0]!
        expect(o.correct, `${item.id}: ${o.text}`).toBe(hedged.get(claim)!.length > 0)
        expect(o.text).toMatch(new RegExp(`^¶${module.claims.find((c) => c.id === claim)!.anchor.paragraph}: `))
        if (o.correct) expect(hedged.get(claim)!.some((h) => o.text.toLowerCase().includes(h.toLowerCase()))).toBe(true)
      })
      expect(item.options.some((o) => !o.correct)).toBe(true)
    }
  })

  it('keys each relations item to the relation claims.yaml records', () => {
    const items = generated.filter((i) => i.generated === 'relations')
    for (const claim of module.claims) {
      for (const [relation, targets] of Object.entries(claim.relations)) {
        for (const target of targets) expect(key(byId(`gen-relations-${claim.id}-${target}`))[0]).toMatch(new RegExp(`^${RELATION_LABEL[relation]}`))
      }
    }
    expect(items.length).toBe(module.claims.reduce((n, c) => n + Object.values(c.relations).flat().length, 0))
  })

  it('keys each position item to the part of the article the claim stands in', () => {
    for (const item of generated.filter(withOptions).filter((i) => i.generated === 'position')) {
      const claim = module.claims.find((c) => c.id === item.claims[0])!
      const heading = module.article.sections[claim.anchor.section]!.heading
      // A subhead is quoted by its first words.
      if (heading === null) expect(key(item)[0]).toBe('In the opening, before the first subhead')
      else expect(key(item)[0]).toMatch(new RegExp(`^Under the subhead “${heading.split(' ').slice(0, 3).join(' ')}`))
      expect((item as Optioned).options.find((o) => o.correct)!.feedback).toContain(`¶${claim.anchor.paragraph}, ${heading === null ? 'in the opening' : `under the subhead “${heading}”`}`)
    }
  })

  // "A city-commissioned study expects average household water bills to rise" was keyed
  // "Under the subhead “The cost to households”", the one option holding the word.
  it.each(['source/us-backstop-ukraine', 'tests/fixtures/second-article', 'tests/fixtures/tram'])('asks no position item whose stem shares a word with the key’s subhead and none with the others’ (%s)', (dir) => {
    const items = checkModule(join(ROOT, dir)).module!.generated.filter((i) => i.generated === 'position') as Optioned[]
    const roots = (text: string): Set<string> => new Set([...contentWords(text)].map((w) => w.replace(/['’]s$/, '').replace(/ies$/, 'y').replace(/e?s$/, '')))
    for (const item of items) {
      const stem = roots(item.stem.replace('In which part of the article is it made?', ''))
      const others = new Set(item.options.filter((o) => !o.correct).flatMap((o) => [...roots(o.text)]))
      const cue = [...roots(item.options.find((o) => o.correct)!.text)].filter((w) => stem.has(w) && !others.has(w) && w !== 'subhead')
      expect(cue, item.id).toEqual([])
    }
  })

  // A suggested claim is asked by its quote, which has no full stop: the stem read
  // “… care” In which part of the article is it made?
  it('ends the claim a position item quotes with a full stop before its question, a suggested claim’s quote too', () => {
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(/^( {2}- id: [\w-]+\n)(?= {4}quote:)/gm, '$1    status: suggested\n') })
    const items = checkModule(dir).module!.generated.filter((i) => i.generated === 'position')
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(item.stem, item.id).toMatch(/(?:[”’]\.|[.!?][”’]) In which part of the article is it made\?$/)
  })

  it('writes plausible, parallel options: never "all/none of the above", no duplicates, 2 to 8 each, distractors from the module', () => {
    const actorNames = claimsYaml.actors.map((a) => a.name)
    for (const item of generated.filter(withOptions)) {
      expect(item.options.length).toBeGreaterThanOrEqual(2)
      expect(item.options.length).toBeLessThanOrEqual(8)
      expect(new Set(item.options.map((o) => o.text)).size).toBe(item.options.length)
      for (const o of item.options) {
        expect(o.text).not.toMatch(/\b(all|none|both) of (the )?(above|these|them)\b|\bnone of these\b/i)
        expect(o.feedback.length).toBeGreaterThan(10)
      }
      // Voice options: the author (worded one way in the whole module, key or not, so the wording gives nothing away), or one or two of the module's actors.
      if (item.generated === 'voice') {
        for (const o of item.options) {
          if (o.text.startsWith('The author,')) continue
          const named = o.text.replace(/, as the article reports$/, '')
          expect(actorNames.includes(named) || actorNames.some((a) => actorNames.some((b) => named === `${a} and ${b}`)), o.text).toBe(true)
        }
      }
    }
  })

  it('words the author’s option one way in a module, key or distractor', () => {
    // Every claim of the demo that an actor asserts names them in its quote (no voice item): one that does not.
    const trump = module.claims.find((c) => c.id === 'trump-says-putin-would-not-have-invaded')!
    const unnamed = { ...trump, id: 'unnamed', anchor: { ...trump.anchor, text: 'Putin would not have invaded Ukraine' } } as AnchoredClaim
    const items = generateItems({ article: module.article, claims: [...module.claims, unnamed], actors: module.actors }, 1)
    expect(items.some((i) => i.id === 'gen-voice-unnamed')).toBe(true)
    const author = items.filter(withOptions).filter((i) => i.generated === 'voice').flatMap((i) => i.options.filter((o) => o.text.startsWith('The author')))
    expect(author.some((o) => o.correct) && author.some((o) => !o.correct)).toBe(true)
    expect(new Set(author.map((o) => o.text)).size).toBe(1)
  })

  it('words the author’s option with the article’s `author_pronoun`: “her own voice” for `she`', () => {
    const wording = (edit: (text: string) => string): string[] => {
      const checked = checkModule(demoCopy({ 'article.md': edit }))
      expect(checked.ok, formatMessages(checked.files)).toBe(true)
      const voice = (checked.module!.generated as GeneratedItem[]).filter(withOptions).filter((i) => i.generated === 'voice')
      return [...new Set(voice.flatMap((i) => i.options.filter((o) => o.text.startsWith('The author')).map((o) => o.text)))]
    }
    const plain = wording((t) => t.replace(/^author_pronoun:.*\n/m, ''))
    const she = wording((t) => t.replace(/^author_pronoun:.*\n/m, '').replace(/^author: (.*)$/m, 'author: $1\nauthor_pronoun: she'))
    expect(plain).toEqual(['The author, in their own voice'])
    expect(she).toEqual(['The author, in her own voice'])
  })

  it('gives no key away by its length: the key is strictly the longest option in few items', () => {
    const single = generated.filter(withOptions).filter((i) => i.type === 'single')
    const longest = single.filter((i) => {
      const k = i.options.findIndex((o) => o.correct)
      return i.options.every((o, j) => j === k || o.text.length < i.options[k]!.text.length)
    })
    // The item-writing rule's bank threshold is 40%; about 1 in k is chance.
    expect(longest.length / single.length).toBeLessThan(0.25)
  })

  it('deals the keys of each generator over the letters, the distractors in a canonical order', () => {
    const order = Object.values(KIND_LABEL)
    for (const item of generated.filter(withOptions).filter((i) => i.generated === 'kind')) {
      const ranks = item.options.filter((o) => !o.correct).map((o) => order.findIndex((label) => o.text.startsWith(label)))
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    }
    // Most claims are the author's own, yet the author's option is not always first: each
    // letter holds about its share of each generator's keys, as written (the exports' order).
    for (const name of ['voice', 'kind', 'evidence', 'relations', 'position']) {
      const items = generated.filter(withOptions).filter((i) => i.generated === name)
      const counts = new Map<number, number>()
      for (const i of items) counts.set(i.options.findIndex((o) => o.correct), (counts.get(i.options.findIndex((o) => o.correct)) ?? 0) + 1)
      const share = items.reduce((s, i) => s + 1 / i.options.length, 0)
      expect(counts.get(0), name).toBeLessThanOrEqual(Math.floor(share) + 1)
      expect(counts.size, name).toBeGreaterThanOrEqual(3)
    }
  })

  it('gives the same items for the same seed, and other distractors for another', () => {
    const input = { article: module.article, claims: module.claims, actors: module.actors, glossary: module.glossary }
    // The module's items also exclude the items they would answer (generate/excludes.ts).
    const bare = (items: readonly GeneratedItem[]) => items.map(({ excludes: _, ...rest }) => rest)
    expect(bare(generateItems(input, 2025))).toEqual(bare(generated))
    expect(generateItems(input, 2025)).toEqual(generateItems(input, 2025))
    const other = generateItems(input, 7)
    // Voice, kind, evidence and relations items are made for every claim whatever the seed
    // (hedges and position items may be left out where a draw gives no fair options).
    const always = (items: readonly GeneratedItem[]) => items.filter((i) => ['voice', 'kind', 'evidence', 'relations'].includes(i.generated)).map((i) => i.id)
    expect(always(other)).toEqual(always(generated))
    expect(bare(other)).not.toEqual(bare(generated))
  })

  it('leaves blank, in a claim’s own words, its hedges and boosters (and a key term beside them), the bank’s other words other claims’ markers and terms', () => {
    const items = generated.filter((i) => i.generated === 'markers') as Array<ClozeItem & GeneratedItem>
    expect(items.length).toBeGreaterThanOrEqual(10)
    const terms = module.glossary.map((g) => g.term.toLowerCase())
    for (const item of items) {
      const claim = module.claims.find((c) => c.id === item.claims[0])!
      expect(item).toMatchObject({ type: 'cloze', bank: true, claims: [claim.id] })
      expect(item.passage!.text).toBe(claim.anchor.shown ?? claim.anchor.text)
      const markers = [...claim.hedges, ...claim.boosters].map((w) => w.toLowerCase())
      const gaps = item.passage!.gaps.map((g) => g.text.toLowerCase())
      expect(gaps.some((g) => markers.includes(g)), item.id).toBe(true)
      for (const g of gaps) expect(markers.includes(g) || terms.includes(g), `${item.id}: ${g}`).toBe(true)
      // No gap's words stand a second time in the passage, printed for students to copy
      // (the demo's "third term … serving a third term").
      const printed = item.passage!.gaps.reduceRight((text, g) => `${text.slice(0, g.start)} ${text.slice(g.end)}`, item.passage!.text)
      const words = ` ${printed.toLowerCase().split(/[^\p{L}\p{N}]+/u).join(' ')} `
      for (const g of gaps) expect(words, `${item.id}: ${g}`).not.toContain(` ${g} `)
      // The bank's other words: a glossary term beside a term, and beside a marker a word of the
      // opposite confidence, never another of its own (a hedge beside a hedge fits the blank too).
      const hedges = [...HEDGES, ...module.claims.flatMap((c) => c.hedges)].map((w) => w.toLowerCase())
      const boosters = [...CERTAIN, ...module.claims.flatMap((c) => c.boosters)].map((w) => w.toLowerCase())
      const roles = new Set(gaps.map((g) => (terms.includes(g) ? 'term' : claim.hedges.some((h) => h.toLowerCase() === g) ? 'hedge' : 'booster')))
      expect(item.distractors.length).toBeGreaterThan(0)
      for (const d of item.distractors.map((w) => w.toLowerCase())) {
        expect(gaps).not.toContain(d)
        if (terms.includes(d)) continue
        if (!roles.has('booster')) expect(hedges, `${item.id}: ${d}`).not.toContain(d)
        if (!roles.has('hedge')) expect(boosters, `${item.id}: ${d}`).not.toContain(d)
      }
      expect(item.points).toBe(item.gaps.length)
    }
  })

  it('puts beside a marker a word that changes how confidently the claim is put, of the marker’s own kind, and makes no item where none is known', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const markersFor = (text: string, hedges: string[], boosters: string[] = []) => {
      const changed = { ...claim, hedges, boosters, anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      // Other claims whose hedges would fit any hedge's blank.
      const others = [['could', 'The switch could slow their crews down'], ['roughly', 'the city has roughly 300 licensed landscapers'], ['may', 'Costs may rise'], ['perhaps', 'Perhaps the fund runs out']].map(([h, t], i) => ({ ...claim, id: `other-${i}`, hedges: [h], boosters: [], anchor: { ...claim.anchor, text: t } }) as unknown as AnchoredClaim)
      const items: GeneratedItem[] = []
      for (const seed of [1, 2, 3]) items.push(...generateItems({ article: module.article, claims: [changed, ...others], actors: module.actors, glossary: [] }, seed).filter((i) => i.id === `gen-markers-${claim.id}`))
      return items as Array<ClozeItem & GeneratedItem>
    }
    const cases: Array<[string, string, string[]]> = [
      ['the exhaust may aggravate asthma in children and in older residents', 'may', MODALS],
      ['the switch to battery equipment would be expensive and could slow their crews down', 'could', MODALS],
      ['replacing his equipment would cost about $18,000', 'about', CERTAIN],
      ['driving a passenger car roughly 1,100 miles', 'roughly', CERTAIN],
      ['prices for residential lawn care will likely rise by 10 to 15 percent', 'likely', CERTAIN],
      ['Jede Preiserhöhung könnte Kundinnen und Kunden kosten', 'könnte', ['wird', 'werden', 'muss']]
    ]
    for (const [text, hedge, kind] of cases) {
      const items = markersFor(text, [hedge])
      expect(items.length, text).toBe(3)
      for (const item of items) {
        expect(item.distractors.length).toBe(1)
        const d = item.distractors[0]!.toLowerCase()
        expect([...HEDGES, ...HEDGES_DE], `${text}: ${d}`).not.toContain(d)
        expect(kind, `${text}: ${d}`).toContain(d)
      }
    }
    // "likely" before a noun it describes ("the most likely explanation", a health story's trial):
    // an adjective, whose contrast is "certain"; "the most certainly explanation" gave the key away.
    for (const text of ['Dr Rao said the most likely explanation was simple', 'The likely cause of the delays is the weather', 'It is a likely outcome of the vote']) {
      const items = markersFor(text, ['likely'])
      expect(items.length, text).toBe(3)
      for (const item of items) expect(item.distractors, text).toEqual(['certain'])
    }
    for (const item of markersFor('Dr Rao said the most likely explanation was simple', ['most likely'])) expect(item.distractors).toEqual(['most certain'])
    for (const item of markersFor('Prices will most likely rise next year', ['most likely'])) expect(item.distractors).toEqual(['certainly'])
    // A booster gets a hedge of its kind.
    for (const item of markersFor('which will surely mean Russia keeping the territory', [], ['surely'])) expect(HEDGES).toContain(item.distractors[0]!.toLowerCase())
    // No contrast known, or the marker not of a kind it has here ("about" before no figure): no item.
    expect(markersFor('A US security backstop is not out of the question', ['not out of the question'])).toEqual([])
    expect(markersFor('The council seems to agree with the residents', ['seems'])).toEqual([])
    expect(markersFor('This is about the people who live next to the noise', ['about'])).toEqual([])
  })

  it('ends a markers passage as the article’s sentence ends: its full stop where the quote leaves it out, not “…”', () => {
    const items = generated.filter((i) => i.generated === 'markers') as Array<ClozeItem & GeneratedItem>
    let ending = 0
    for (const item of items) {
      const claim = module.claims.find((c) => c.id === item.claims[0])!
      const after = module.article.paragraphs.find((p) => p.n === claim.anchor.paragraph)!.text.slice(claim.anchor.end)
      const stop = /^[.!?]/.exec(after)?.[0]
      if (stop === undefined) continue
      ending++
      // As an authored cloze of the same quote has it (`check` sets the full stop after the passage).
      expect(item.passage?.closing, item.id).toBe(stop)
    }
    expect(ending).toBeGreaterThan(0)
  })

  it('matches claims of different kinds to their kinds, the kinds no claim has left over', () => {
    const items = generated.filter((i) => i.generated === 'classify') as Array<MatchingItem & GeneratedItem>
    expect(items.length).toBeGreaterThanOrEqual(2)
    const used = new Set<string>()
    for (const item of items) {
      expect(item.type).toBe('matching')
      const claims = item.pairs.map((p) => module.claims.find((c) => c.id === p.claim)!)
      expect(new Set(claims.map((c) => c.kind)).size).toBe(claims.length)
      for (const [i, pair] of item.pairs.entries()) {
        expect(pair.response.startsWith(KIND_LABEL[claims[i]!.kind]!)).toBe(true)
        expect(pair.premise.startsWith(`¶${claims[i]!.anchor.paragraph}: `)).toBe(true)
        expect(used.has(claims[i]!.id)).toBe(false)
        used.add(claims[i]!.id)
      }
      expect(item.distractors.map((d) => d.split(':')[0]).sort()).toEqual(Object.keys(KIND_LABEL).filter((k) => !claims.some((c) => c.kind === k)).map((k) => KIND_LABEL[k]!.replace(':', '')).sort())
    }
  })

  it("shows a long claim by the words that carry its kind, where its first words would leave them out", () => {
    const claim = (text: string, hedges: string[] = []) => ({ anchor: { ...module.claims[0]!.anchor, paragraph: 6, text }, hedges, boosters: [] })
    const long = 'Dr. Priya Raman, a pulmonologist at Millbrook General Hospital, told the council that the exhaust from two-stroke engines may aggravate asthma in children.'
    const premise = shownPremise(claim(long, ['may']))
    expect(premise).toMatch(/^¶6: “… .*may aggravate asthma/)
    // Every word shown is the article's, in order.
    const words = premise.replace(/^¶6: “|”$/g, '').replace(/^… | …$/g, '')
    expect(long).toContain(words)
    // A cue among the first words: shown from the start, as before.
    const early = 'Leaf blowers should be banned because they are loud, dirty and unnecessary in a city that prides itself on its quiet streets.'
    expect(shownPremise(claim(early))).toMatch(/^¶6: “Leaf blowers should be banned/)
    // A word that carries another kind moves no window: a fact with "should" in a clause of it
    // is shown from its start, not as "… the city … should prepare", which reads as normative.
    const fact = 'The decision ends a three-year debate over how the coastal city of roughly 280,000 people should prepare for longer droughts'
    expect(shownPremise({ ...claim(fact), kind: 'empirical' })).toMatch(/^¶6: “The decision ends a three-year debate/)
    expect(shownPremise({ ...claim(long, ['may']), kind: 'causal' })).toMatch(/^¶6: “… .*may aggravate asthma/)
    // The teacher's [sic] is printed where the quote puts it, held to its word.
    const sic = { ...claim('This attitude of Trump’s deeply colours his approach to bringing peace to Ukaine.'), kind: 'causal' as const }
    expect(shownPremise({ ...sic, anchor: { ...sic.anchor, shown: 'This attitude of Trump’s deeply colours his approach to bringing peace to Ukaine\u00a0[sic].' } })).toBe('¶6: “This attitude of Trump’s deeply colours his approach to bringing peace to Ukaine\u00a0[sic].”')
    // Every classify premise of the demo holds its words as the article has them.
    for (const item of generated.filter((i) => i.generated === 'classify') as Array<MatchingItem & GeneratedItem>) {
      for (const pair of item.pairs) {
        const text = pair.premise.replace(/^¶\d+: [“‘]|[”’]$/g, '').replace(/^… | …$/g, '')
        const anchor = module.claims.find((c) => c.id === pair.claim)!.anchor
        expect((anchor.shown ?? anchor.text).replace(/[^\S\u00a0]+/g, ' ')).toContain(text.replace(/[,;:.]+$/, ''))
      }
    }
  })

  it('curls a quotation mark a window cut from its pair by the side it stands on', () => {
    const claim = { anchor: { ...module.claims[0]!.anchor, paragraph: 16, text: '"The forecasts that justify this plant assume we will keep using water the way we did in 2005," she said' }, hedges: [], boosters: [], kind: 'interpretive' as const }
    // Its opening mark alone in the window: it opens, as it did in the article.
    expect(shownPremise(claim)).toBe('¶16: ‘“The forecasts that justify this plant assume we will keep using water the way …’')
    // Its closing mark alone: it closes.
    const end = { ...claim, anchor: { ...claim.anchor, text: 'we will keep using water the way we did in 2005," she said' } }
    expect(shownPremise(end)).toMatch(/2005,” she said’$/)
  })

  it('treats joint asserters as one answer, with pairs as distractors, never one of them alone', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    // A quote that does not name them ("Macron and Starmer have indicated …" would show the answer).
    const joint = { ...claim, asserted_by: ['macron', 'starmer'], anchor: { ...claim.anchor, text: 'US security guarantees would be an essential precondition for a European force' } } as unknown as AnchoredClaim
    for (const seed of [1, 2, 3]) {
      const [item] = generateItems({ article: module.article, claims: [joint], actors: module.actors }, seed).filter((i) => i.generated === 'voice')
      expect(key(item!)).toEqual(['Emmanuel Macron and Keir Starmer, as the article reports'])
      const wrong = (item as Optioned).options.filter((o) => !o.correct)
      // A pair that swaps one of them for someone else, or the author; never Macron or Starmer on their own.
      expect(wrong.filter((o) => /Macron|Starmer/.test(o.text) && !/ and /.test(o.text))).toEqual([])
      expect(wrong.some((o) => / and /.test(o.text))).toBe(true)
    }
  })

  it('leaves out a voice item whose quote names the asserter by a part of the name, or by the role, and no one else on offer', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const actors = [...module.actors, { id: 'okafor', name: 'Denise Okafor', role: 'chair of the water board' }]
    const voiceFor = (asserted: string, text: string) => {
      const changed = { ...claim, asserted_by: asserted, actors: [], anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors }, 1).filter((i) => i.generated === 'voice')
    }
    // The surname alone, and the role's head noun, name the asserter.
    expect(voiceFor('starmer', 'Starmer said the guarantees would come first')).toEqual([])
    expect(voiceFor('okafor', 'The costs could rise, the chair said')).toEqual([])
    // So does the head noun of a name after a possessive: "Its authors say" beside "The study's authors".
    const authors = { id: 'study-authors', name: "The study's authors" }
    const voiceOf = (text: string) => {
      const changed = { ...claim, asserted_by: 'study-authors', actors: [], anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors: [...actors, authors] }, 1).filter((i) => i.generated === 'voice')
    }
    expect(voiceOf('Its authors say the findings should change how schools schedule exams')).toEqual([])
    expect(voiceOf('The findings should change how schools schedule exams')).toHaveLength(1)
    // A plural pronoun beside a verb of saying, or "according to", gives the source too.
    expect(voiceOf('If that trend continues, they say, students could face 30 or more such nights each summer')).toEqual([])
    expect(voiceOf('Teenagers lose sleep on hot nights, according to a new study that followed 2,300 students')).toEqual([])
    // Naming no one, or a lower-case word of a role that is not how the stem names anyone, leaves the item in.
    expect(voiceFor('starmer', 'The guarantees would come first')).toHaveLength(1)
    expect(voiceFor('okafor', 'The costs could rise, the board said')).toHaveLength(1)
  })

  it('leaves out a voice item whose quote names the asserter, whoever else it names and whoever else is on offer', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const raman = { id: 'raman', name: 'Priya Raman', role: 'pulmonologist at Millbrook General Hospital' }
    const hospital = { id: 'hospital', name: 'Millbrook General Hospital' }
    const okafor = { id: 'okafor', name: 'Denise Okafor', role: 'chair of the water board' }
    const actors = [...module.actors, raman, hospital, okafor]
    const voiceFor = (asserted: string | string[], involved: string[], text: string) => {
      const changed = { ...claim, asserted_by: asserted, actors: involved, anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors }, 1).filter((i) => i.generated === 'voice')
    }
    const told = 'Dr. Priya Raman, a pulmonologist at Millbrook General Hospital, told the council that the exhaust may aggravate asthma'
    // The hospital the quote names too, and Starmer, whom it names elsewhere, on offer: seeds draw other distractors.
    for (const involved of [['hospital'], ['hospital', 'starmer'], []]) expect(voiceFor('raman', involved, told), involved.join()).toEqual([])
    expect(voiceFor('raman', ['hospital'], 'Raman told the council, as Macron did, that the exhaust may aggravate asthma')).toEqual([])
    expect(voiceFor('okafor', ['hospital'], 'The chair told Millbrook General Hospital that costs could rise')).toEqual([])
    // Joint asserters, one of them named.
    expect(voiceFor(['macron', 'starmer'], [], 'Starmer has indicated that US security guarantees would be a precondition')).toEqual([])
    // A quote naming only someone else keeps its item: the name is then a distractor's, not the key's.
    expect(voiceFor('raman', ['hospital'], 'Millbrook General Hospital has seen more asthma cases')).toHaveLength(1)
  })

  it('leaves out a voice item whose quote gives the speaker as “she said” or “he told”: the pronoun is a clue wherever the people on offer differ in it', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const voiceFor = (text: string) => {
      const changed = { ...claim, asserted_by: 'starmer', actors: [], anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors: module.actors }, 1).filter((i) => i.generated === 'voice')
    }
    for (const text of ['“The guarantees come first,” she said.', 'The guarantees, he told reporters, would come first', '“The guarantees come first,” said he.', '„Die Garantien kommen zuerst“, sagte sie.']) expect(voiceFor(text), text).toEqual([])
    // A pronoun that is not the speaker's, after another verb, leaves the item in.
    for (const text of ['Those who say she is wrong want the guarantees first', 'They said she was right about the guarantees']) expect(voiceFor(text), text).toHaveLength(1)
  })

  it('asks reported speech by its spoken words alone: the attribution outside the quotation marks is not shown', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const voiceFor = (text: string) => {
      const changed = { ...claim, asserted_by: 'starmer', actors: [], anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors: module.actors }, 1).filter((i) => i.generated === 'voice')
    }
    const spoken = 'US security guarantees would have to come before any European force'
    for (const text of [`“${spoken},” she said.`, `“${spoken},” said Prime Minister Keir Starmer.`, `"${spoken}," Starmer told reporters.`]) {
      const [item] = voiceFor(text)
      expect(item, text).toBeDefined()
      expect(item!.stem, text).toContain(`“${spoken}”`)
      expect(item!.stem, text).not.toMatch(/\b(?:she|said|Starmer|told)\b/)
    }
  })

  it('leaves out an evidence item on reported words whose quote says who speaks: the stem would show “Reported words”', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const evidenceFor = (text: string, evidence = 'reported-statement') => {
      const changed = { ...claim, evidence, anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors: module.actors }, 1).filter((i) => i.generated === 'evidence')
    }
    for (const text of ['“I read the numbers and I just didn’t want to gamble,” she said', 'Mensah said the department would keep advising parents', '“We will not wait,” said board chair Denise Okafor', 'According to the board, the plan will work']) {
      expect(evidenceFor(text), text).toEqual([])
    }
    // A quote that does not say who speaks, or a claim resting on something else, keeps its item.
    expect(evidenceFor('Short-term exposure at these levels is very unlikely to make anyone sick')).toHaveLength(1)
    expect(evidenceFor('The claims of the board were true, and news reports of a delay were wrong')).toHaveLength(1)
    expect(evidenceFor('Mensah said the department would keep advising parents', 'event')).toHaveLength(1)
  })

  it('counts a verb of saying anywhere in the quote as saying who speaks, whatever its subject, in English and German', () => {
    const claim = module.claims.find((c) => c.id === 'guarantees-precondition')!
    const evidenceFor = (text: string) => {
      const changed = { ...claim, evidence: 'reported-statement', anchor: { ...claim.anchor, text } } as unknown as AnchoredClaim
      return generateItems({ article: module.article, claims: [changed], actors: module.actors }, 1).filter((i) => i.generated === 'evidence')
    }
    // Subjects and verbs of every shape, each frame with each verb: a noun phrase, a name after
    // an apposition, a body with "has", a verb after its object.
    const subjects = ['City officials', 'Marcus Bell, who runs a five-person crew on the east side,', 'Dr. Priya Raman, a pulmonologist at Millbrook General Hospital,', 'The California Air Resources Board has', 'Owners of small landscaping firms, several of whom spoke,']
    const verbs = ['said', 'says', 'told the council', 'estimated', 'argued', 'warned', 'reported', 'wrote', 'added', 'noted', 'claimed', 'insisted', 'predicted', 'believes']
    for (const subject of subjects) {
      for (const verb of verbs) {
        const text = `${subject} ${verb} that the exhaust may aggravate asthma`
        expect(evidenceFor(text), text).toEqual([])
      }
    }
    for (const text of ['The costs will rise, the board claims', 'Prices will rise by 10 percent, according to Tom Hargreaves', 'The costs have been estimated at $18,000 by the board', 'Die Länder könnten die Mehrkosten nicht allein tragen, sagte sie', 'Die Kosten steigen, so Knie.', 'Laut dem Umweltbundesamt steigen die Kosten', 'Die Verwaltung schätzt die Kosten auf rund 180.000 Euro']) {
      expect(evidenceFor(text), text).toEqual([])
    }
    // Nouns of the same spelling are not verbs of saying.
    expect(evidenceFor('The claims of the board were true, and the city’s estimates were low')).toHaveLength(1)
    expect(evidenceFor('Die Vorlage ist so teuer wie ein Bus')).toHaveLength(1)
  })

  it('asks a hedges item in words that stand in no key alone, and cuts its options alike: none opens with “…” where another does not', () => {
    const STOP = new Set(['the', 'and', 'one', 'these', 'does', 'its', 'which'])
    const wordsOf = (text: string): string[] => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w))
    const cut = (text: string): boolean => /^¶\d+: [“‘]…/.test(text)
    let seen = 0
    let long = 0
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const item of generateItems({ article: module.article, claims: module.claims, actors: module.actors }, seed).filter((i) => i.generated === 'hedges') as Optioned[]) {
        seen++
        const inKeys = new Set(item.options.filter((o) => o.correct).flatMap((o) => wordsOf(o.text)))
        const inOthers = new Set(item.options.filter((o) => !o.correct).flatMap((o) => wordsOf(o.text)))
        expect(wordsOf(item.stem).filter((w) => inKeys.has(w) && !inOthers.has(w)), `seed ${seed}: ${item.id}`).toEqual([])
        const cuts = item.options.filter((o) => cut(o.text)).length
        expect([0, item.options.length], `seed ${seed}: ${item.id}`).toContain(cuts)
        // Passages long enough to be cut are among them.
        if (item.options.some((o) => o.correct && o.text.endsWith('…”'))) long++
      }
    }
    expect(seen).toBeGreaterThan(10)
    expect(long).toBeGreaterThan(0)
  })

  it('offers no passage that puts a figure approximately as one put without a hedge', () => {
    // "roughly 280,000 people" is a hedge as a markers item reads "about" before a figure: a
    // student who ticked it was marked wrong, with the feedback "puts its claim without a hedge".
    const offered = (claims: readonly AnchoredClaim[]) => generateItems({ article: module.article, claims, actors: module.actors }, 1).filter((i) => i.generated === 'hedges').flatMap((i) => (i as Optioned).options.filter((o) => !o.correct).map((o) => o.claim ?? i.claims[0]))
    const plain = 'zelensky-seeks-reset'
    expect(offered(module.claims)).toContain(plain)
    const worded = (words: string) => module.claims.map((c) => (c.id === plain ? { ...c, anchor: { ...c.anchor, text: c.anchor.text.replace('numerous previous occasions', words) } } : c))
    expect(offered(worded('some 20 previous occasions'))).not.toContain(plain)
    // An "about" before no figure approximates nothing: the passage stays on offer.
    expect(offered(worded('numerous occasions about aid'))).toContain(plain)
  })

  it('never makes a hedges item of two options: with one unhedged passage to offer, it draws other keys beside its own', () => {
    const plain = module.claims.filter((c) => c.hedges.length === 0)[0]!
    const claims = module.claims.filter((c) => c.hedges.length > 0 || c === plain)
    const items = generateItems({ article: module.article, claims, actors: module.actors }, 1).filter((i) => i.generated === 'hedges') as Optioned[]
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(item.options.length, item.id).toBeGreaterThanOrEqual(3)
  })

  it('makes a hedges item with one key single-choice, worth 1 point, and one with more multiple-select', () => {
    const counts = new Set<number>()
    for (const seed of [1, 2, 3, 4, 5]) {
      const items = generateItems({ article: module.article, claims: module.claims, actors: module.actors }, seed).filter((i) => i.generated === 'hedges')
      expect(items.length).toBeGreaterThan(0)
      for (const item of items) {
        const keys = key(item).length
        counts.add(keys)
        expect(item.type, `seed ${seed}: ${item.id}`).toBe(keys === 1 ? 'single' : 'multiple')
        expect(item.points, item.id).toBe(keys === 1 ? 1 : 2)
      }
    }
    // The number of right answers varies, so it is no cue.
    expect(counts.size).toBeGreaterThan(1)
    // One hedged claim in the module: no second key to offer.
    const hedged = module.claims.find((c) => c.hedges.length > 0)!
    const alone = module.claims.map((c) => (c === hedged ? c : ({ ...c, hedges: [] } as AnchoredClaim)))
    const items = generateItems({ article: module.article, claims: alone, actors: module.actors }, 1).filter((i) => i.generated === 'hedges')
    expect(items).toHaveLength(1)
    for (const item of items) {
      expect(item.type).toBe('single')
      expect(key(item)).toHaveLength(1)
    }
  })

  it('the lint says of a generated multiple-select item with one key what check says of an authored one', () => {
    const checked = checkModule(DEMO, { set: 'full', overrides: { generated: ['hedges'] } })
    const made = checked.module!
    const hedges = made.generated.find((g) => g.generated === 'hedges') as Optioned
    let kept = false
    const oneKey = { ...hedges, options: hedges.options.map((o) => ({ ...o, correct: o.correct && !kept && (kept = true) })) }
    const broken = { ...made, generated: made.generated.map((g) => (g === hedges ? oneKey : g)) } as Module
    const found = oneKeyGenerated(lintedModule(broken, checked.selection!))
    expect(found.map((f) => [f.rule, f.item])).toEqual([['one-correct-option', hedges.id]])
    // At the item's claim in claims.yaml, naming the item.
    expect(placeGenerated(found[0]!, broken).reason).toContain(`(generated item \`${hedges.id}\``)
    expect(oneKeyGenerated(lintedModule(made, checked.selection!))).toEqual([])
  })

  it('names a role inside a sentence in lower case ("to the education secretary"), a proper name as written', () => {
    const found = module.claims.find((c) => c.id === 'guarantees-precondition')!
    // A quote that names none of them (naming one would leave the item out).
    const claim = { ...found, anchor: { ...found.anchor, text: 'US security guarantees would be an essential precondition for a European force' } }
    const actors = [...module.actors, { id: 'secretary', name: 'The education secretary', role: 'a minister' }, { id: 'paper', name: 'The Guardian', role: 'a newspaper' }]
    const feedback = (asserted: string | string[]): string[] => {
      const changed = { ...claim, asserted_by: asserted, actors: [] } as unknown as AnchoredClaim
      const [item] = generateItems({ article: module.article, claims: [changed], actors }, 1).filter((i) => i.generated === 'voice')
      return (item as Optioned).options.flatMap((o) => [o.text, o.feedback ?? ''])
    }
    const texts = [...feedback('secretary'), ...feedback(['macron', 'secretary']), ...feedback('paper'), ...feedback('author')].join('\n')
    expect(texts).toContain('the view of the education secretary')
    expect(texts).toContain('Emmanuel Macron and the education secretary')
    expect(texts).not.toMatch(/\S The education secretary/)
    // A proper name keeps its capital, and a sentence still opens with one.
    expect(texts).not.toMatch(/the Guardian/)
    expect(texts).not.toMatch(/(^|\. )the education/m)
  })
})

describe('generated items and the item-writing lint', () => {
  const every = { generated: [...GENERATORS] }

  it('each passes the lint, warnings as errors, in a set that prints every one of them', () => {
    const checked = checkModule(DEMO, { set: 'full', strict: true, overrides: every })
    expect(formatMessages(checked.files)).toBe('')
    expect(checked.ok).toBe(true)
    expect(checked.selection!.items.filter((q) => q.generated).length).toBeGreaterThan(60)
  })

  it('reads them as bank items: a fault in one is reported at its claim, naming the item', () => {
    // A paraphrase that quotes words the article does not have reaches the relations items' stems.
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace('      The author suggests that the main reason Trump', '      The author suggests, “in words never written”, that the main reason Trump') })
    const checked = checkModule(dir, { set: 'full', overrides: { generated: ['relations'] } })
    const found = checked.messages.filter((m) => m.ruleId === 'quote-not-in-source').map(String)
    expect(found.length).toBeGreaterThan(0)
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    for (const m of found) {
      // At the id of the item's main claim.
      const [, line, item, claim] = /claims\.yaml:(\d+):\d+.*\(generated item `(gen-relations-[a-z-]+)`, made by `relations` from claim `([a-z-]+)`\)$/.exec(m) ?? []
      expect(item, m).toBeDefined()
      expect(Number(line)).toBe(lineOf(claims, `- id: ${claim}`))
    }
    // A set that does not draw on them is linted as before.
    expect(checkModule(dir, { set: 'full' }).messages.filter((m) => m.ruleId === 'quote-not-in-source')).toEqual([])
  })

  it('never puts in one quiz two items where one gives the other’s answer', () => {
    // The voice item quotes ¶1’s claim, which the hedges items offer as a key.
    const voice = byId('gen-voice-deal-ends-involvement')
    expect(voice.excludes).toContain('gen-hedges-deal-ends-involvement')
    expect(voice.excludes).toContain('q-hedges-multi')
    const checked = checkModule(DEMO, { set: 'full', overrides: every })
    const ids = new Set(checked.selection!.items.map((q) => q.id))
    for (const q of checked.selection!.items) for (const other of q.excludes) expect(ids.has(other), `${q.id} and ${other}`).toBe(false)
  })
})

describe('a voice item and an item of the same claim whose stem names the speaker', () => {
  // A kind item quoting "“…,” Cho said" answered "Who makes this claim?" three questions on
  // (a teacher's trial). Every such pair, in modules of three articles, excludes each other.
  it.each(['source/us-backstop-ukraine', 'tests/fixtures/tram', 'tests/fixtures/german'])('never share a quiz (%s)', (dir) => {
    const module = checkModule(join(ROOT, dir)).module!
    const all = [...module.questions.quiz, ...module.generated]
    let pairs = 0
    for (const voice of module.generated.filter((g) => g.generated === 'voice')) {
      const options = (voice as Optioned).options
      const wrong = options.filter((o) => !o.correct)
      const asked = module.actors.filter((a) => namesActor(options.find((o) => o.correct)!.text, a) && !wrong.some((o) => namesActor(o.text, a)))
      for (const other of all) {
        if (other === voice || !other.claims.some((c) => voice.claims.includes(c)) || !asked.some((a) => namesActor(other.stem, a))) continue
        pairs++
        expect(voice.excludes.includes(other.id) || other.excludes.includes(voice.id), `${voice.id} and ${other.id}`).toBe(true)
      }
    }
    expect(pairs).toBeGreaterThan(0)
  })
})

describe('generated items asking the same question', () => {
  it('never share a quiz: each excludes the others with its stem', () => {
    const stems = new Map<string, string[]>()
    for (const g of generated) stems.set(g.stem, [...(stems.get(g.stem) ?? []), g.id])
    const twins = [...stems.values()].filter((ids) => ids.length > 1)
    // The demo has such items (hedges items of claims of one paragraph, among others).
    expect(twins.length).toBeGreaterThan(0)
    for (const ids of twins) for (const id of ids) expect(byId(id).excludes, id).toEqual(expect.arrayContaining(ids.filter((other) => other !== id)))
  })
})

describe('generated items in questions.yaml', () => {
  it('each passes check, warnings as errors, when written there as an ordinary item', () => {
    const entries = YAML.stringify(generated.map((g) => ({ ...g })), { lineWidth: 0 })
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/\nquiz:\n/, `\nquiz:\n${entries.replace(/^/gm, '  ').trimEnd()}\n`) })
    const checked = checkModule(dir, { strict: true, overrides: { generated: [...GENERATORS] } })
    expect(checked.files.flatMap((f) => f.messages).filter((m) => m.fatal).map(String)).toEqual([])
    expect(checked.ok).toBe(true)
    // Written out, they stand in for the generated ones: every one of them is the teacher's now.
    expect(checked.module!.generated).toEqual([])
    expect(checked.module!.questions.quiz.filter((q) => q.generated)).toHaveLength(generated.length)
  })

  it('a teacher pins or edits one by its id, and drops one with `drop: true`', () => {
    const edited = { ...byId('gen-kind-deal-ends-involvement'), stem: 'Edited: what kind of claim opens the article?' }
    const dir = demoCopy({
      'questions.yaml': (t) => t.replace(/\nquiz:\n/, `\nquiz:\n${YAML.stringify([edited, { id: 'gen-voice-deal-ends-involvement', drop: true }, { id: 'gen-voice-no-such-claim', drop: true }], { lineWidth: 0 }).replace(/^/gm, '  ').trimEnd()}\n`)
    })
    const checked = checkModule(dir, { set: 'full', overrides: { generated: ['kind', 'voice'] } })
    expect(checked.ok, formatMessages(checked.files)).toBe(true)
    const ids = checked.module!.generated.map((g) => g.id)
    expect(ids).not.toContain('gen-kind-deal-ends-involvement')
    expect(ids).not.toContain('gen-voice-deal-ends-involvement')
    expect(ids).toContain('gen-voice-leader-deals-worldview')
    const chosen = checked.selection!.items
    expect(chosen.find((q) => q.id === 'gen-kind-deal-ends-involvement')!.stem).toBe(edited.stem)
    expect(chosen.some((q) => q.id === 'gen-voice-deal-ends-involvement')).toBe(false)
    const unknown = checked.messages.find((m) => m.ruleId === 'generated-unknown')!
    expect(String(unknown)).toMatch(/questions\.yaml:\d+:\d+(-\d+:\d+)?: Unexpected drop of `gen-voice-no-such-claim`, expected the id of an item the generators make \(gen-<generator>-<claim id>\): nothing was dropped/)
    expect(unknown.fatal).toBe(false)
  })
})

describe('sets and generated items', () => {
  it('a set that does not ask for them is chosen as before', () => {
    for (const set of Object.keys(module.config.sets)) {
      const checked = checkModule(DEMO, { set })
      expect(checked.selection!.items.some((q) => q.generated)).toBe(false)
      // The same items as from a module with no generated items at all.
      const without = selectQuestions({ ...module, generated: [] }, set, module.config.sets[set]!, module.config.seed!, { file: new VFile() })!
      expect(checked.selection!.items.map((q) => q.id)).toEqual(without.items.map((q) => q.id))
    }
  })

  // The claims give many generated items: sampled alike, a teacher's nine came out as one.
  it("a sample takes the teacher's own items first, and generated ones fill up the count", () => {
    const inTheme = (q: { claims: string[] }): boolean => q.claims.some((c) => module.claims.find((k) => k.id === c)!.themes.includes('trump-putin'))
    const apart = (a: { id: string; excludes?: string[] }, b: { id: string; excludes?: string[] }): boolean => Boolean(a.excludes?.includes(b.id) || b.excludes?.includes(a.id))
    // A theme; and two claims, one that only generated items ask about, of a theme the other's
    // do not have (a generated item taken for that theme once left one of the teacher's out).
    const askedBy = (id: string) => module.questions.quiz.filter((q) => q.claims.includes(id))
    const a = module.claims.find((c) => askedBy(c.id).length >= 2 && c.themes.length > 0)!
    const b = module.claims.find((c) => c.themes.length > 0 && !c.themes.some((t) => a.themes.includes(t)))!
    const own = askedBy(a.id)
    // b's own items left out: only generated items speak for its theme.
    const others = askedBy(b.id).filter((q) => !own.includes(q))
    for (const [filter, mine] of [
      ['themes: [trump-putin]', module.questions.quiz.filter(inTheme)],
      [`claims: [${a.id}, ${b.id}]${others.length ? `\n    exclude: [${others.map((q) => q.id).join(', ')}]` : ''}`, own]
    ] as const) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const dir = demoCopy({ 'module.yaml': (t) => t.replace(/^seed: .*$/m, `seed: ${seed}`).replace('\nsets:\n', `\nsets:\n  mixed:\n    title: Own and generated\n    generated: [voice, kind, hedges, evidence, relations]\n    ${filter}\n    count: ${mine.length}\n`) })
        const items = checkModule(dir, { set: 'mixed' }).selection!.items
        expect(items).toHaveLength(mine.length)
        // Generated items only where the teacher's own cannot stand with those chosen (one \`excludes\` another).
        for (const q of mine) if (!items.some((c) => c.id === q.id)) expect(items.some((c) => !c.generated && apart(q, c)), `${filter}, seed ${seed}: ${q.id} left out`).toBe(true)
      }
    }
  })

  it('spreads a sample over the claims: no claim tested twice while claims not yet tested have items left', () => {
    // Generated items only: the teacher's own are left out by id.
    const own = module.questions.quiz.map((q) => q.id).join(', ')
    for (const seed of [1, 2, 3, 4, 5]) {
      const dir = demoCopy({ 'module.yaml': (t) => t.replace(/^seed: .*$/m, `seed: ${seed}`).replace('\nsets:\n', `\nsets:\n  spread:\n    title: Generated only\n    generated: [voice, kind, evidence]\n    exclude: [${own}]\n    count: 12\n`) })
      const items = checkModule(dir, { set: 'spread' }).selection!.items
      expect(items).toHaveLength(12)
      expect(items.every((q) => q.generated !== undefined)).toBe(true)
      const claims = items.flatMap((q) => q.claims)
      expect(new Set(claims).size, `seed ${seed}: ${claims.join(', ')}`).toBe(claims.length)
    }
  })

  // A type's few items of the teacher's own cover fewer themes than generated ones do: a
  // generated item taken for such a theme before the teacher's own were all in left one out.
  it("takes the teacher's own items of a type before generated ones cover the other themes", () => {
    const second = join(ROOT, 'tests/fixtures/second-article')
    const singles = (checkModule(second).module!.questions.quiz as Array<{ id: string; type: string }>).filter((q) => q.type === 'single').map((q) => q.id)
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const dir = join(tempDir(), 'buses')
      cpSync(second, dir, { recursive: true })
      writeFileSync(join(dir, 'module.yaml'), `seed: ${seed}\ndefault_set: typed\nsets:\n  typed:\n    title: Single choice\n    types: [single]\n    generated: [voice, kind]\n    count: ${singles.length + 1}\n`)
      const items = checkModule(dir).selection!.items
      expect(items.filter((q) => !q.generated).map((q) => q.id).sort(), `seed ${seed}`).toEqual([...singles].sort())
    }
  })

  // "one `excludes` the other in questions.yaml" sent the teacher looking for what a generated item works out.
  it('says why a set may not include a generated item and one it answers: not by an `excludes` in questions.yaml', () => {
    const g = module.generated.find((q) => q.excludes && q.excludes.length > 0)!
    const other = g.excludes![0]!
    const dir = demoCopy({ 'module.yaml': (t) => t.replace('\nsets:\n', `\nsets:\n  pair:\n    title: Both\n    generated: [${g.generated}]\n    include: [${other}, ${g.id}]\n`) })
    const said = formatMessages(checkModule(dir, { set: 'pair' }).files).split('\n').filter((l) => l.includes('[set-excludes]'))
    expect(said).toEqual([expect.stringContaining(`expected at most one of them: one gives the other's answer (a generated item is kept apart from the items it answers or that answer it)`)])
  })

  it('a set draws on the generators it names, with the usual filters and counts', () => {
    const dir = demoCopy({ 'module.yaml': (t) => `${t}\n  skills:\n    title: Reading skills from the claims\n    generated: [voice, hedges]\n    tags: [voice, hedging]\n    themes: [trump-putin]\n    count: 10\n` })
    const checked = checkModule(dir, { set: 'skills' })
    expect(checked.ok, formatMessages(checked.files)).toBe(true)
    const items = checked.selection!.items
    // More than the teacher's own items that match, so generated ones fill up.
    expect(items).toHaveLength(10)
    for (const q of items) {
      if (q.generated) expect(['voice', 'hedges']).toContain(q.generated)
      expect(q.tags.some((t) => t === 'voice' || t === 'hedging')).toBe(true)
    }
    expect(items.some((q) => q.generated)).toBe(true)
  })

  it('`include` names one by id, and --generated asks from the command line', () => {
    expect(checkModule(DEMO, { set: 'full', overrides: { include: ['gen-evidence-trump-admires-putin'] } }).selection!.items.map((q) => q.id)).toEqual(['gen-evidence-trump-admires-putin'])
    const kinds = checkModule(DEMO, { set: 'full', overrides: { generated: ['kind'], types: ['single'], tags: ['kind'] } }).selection!.items
    expect(kinds.filter((q) => q.generated).map((q) => q.id)).toEqual(module.claims.map((c) => `gen-kind-${c.id}`))
  })

  it('are built like any other item, and the manifest names their generator and claims', async () => {
    const out = tempDir()
    const built = await buildPack({ dir: DEMO, out, formats: new Set(['html']), set: 'full', overrides: { include: ['gen-voice-backed-off-at-trumps-word'] } })
    expect(built.target, formatMessages(built.files)).toBeDefined()
    const manifest = JSON.parse(readFileSync(join(built.target!, 'manifest.json'), 'utf8'))
    const entry = manifest.versions[0].items.find((i: { id: string }) => i.id === 'gen-voice-backed-off-at-trumps-word')
    expect(entry).toEqual({ id: 'gen-voice-backed-off-at-trumps-word', answer: expect.any(String), generated: 'voice', claims: ['backed-off-at-trumps-word'] })
    const key = readFileSync(join(built.target!, 'answer-key.html'), 'utf8')
    expect(key).toContain('Donald Trump, as the article reports')
  })
})

describe('the README', () => {
  it('has a row for each generator, with what it asks', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const rows = readme.split('\n').filter((l) => /^\| `[a-z]+` \| .+ \| `gen-/.test(l))
    expect(rows.map((r) => /^\| `([a-z]+)`/.exec(r)![1])).toEqual(GENERATOR_MODULES.map((g) => g.name))
    for (const g of GENERATOR_MODULES) expect(rows.find((r) => r.startsWith(`| \`${g.name}\``))).toContain(`| ${g.asks} |`)
  })
})

describe('an article typed with straight quotation marks and apostrophes', () => {
  // A teacher's own article: "…," Cho said; the city's. Generated stems set it as
  // ‘"…," Cho said’ beside classpack's curly marks, and the lint faulted its own items.
  const dir = join(ROOT, 'tests/fixtures/desal')
  const module = checkModule(dir).module!
  const texts = (item: GeneratedItem): string[] => [item.stem, ...(withOptions(item) ? item.options.flatMap((o) => [o.text, o.feedback]) : [])]

  it('is quoted in generated items with curly marks alone, a quotation inside a quote as ‘“…,” Cho said’', () => {
    // A markers cloze is the article's words, blanks and all: left as typed.
    const items = module.generated.filter((g) => g.generated !== 'markers') as GeneratedItem[]
    expect(items.length).toBeGreaterThan(20)
    for (const item of items) for (const text of texts(item)) expect(text, item.id).not.toMatch(/"|\p{L}'\p{L}/u)
    expect(items.some((g) => /‘“[^‘’]+,” Cho said’/.test(g.stem))).toBe(true)
  })

  it('leaves the lint nothing to say of mixed marks in them', () => {
    const mixed = checkModule(dir, { overrides: { generated: ['voice', 'kind', 'hedges', 'evidence', 'relations', 'position', 'classify'] } }).messages.filter((m) => m.ruleId === 'mixed-typography')
    expect(mixed.map(String)).toEqual([])
  })

  it("curls an actor's name and a plural's apostrophe typed straight: “The study’s authors”, “the students’ own reports”", () => {
    // heat-sleep's voice options set "The study's authors" beside "The author, in the article’s own voice".
    const heat = checkModule(join(ROOT, 'tests/fixtures/heat-sleep')).module!
    const items = heat.generated.filter((g) => g.generated !== 'markers') as GeneratedItem[]
    expect(items.some((g) => withOptions(g) && g.options.some((o) => o.text.startsWith('The study’s authors')))).toBe(true)
    expect(items.some((g) => g.stem.includes('the students’ own reports') || (withOptions(g) && g.options.some((o) => o.text.includes('the students’ own reports'))))).toBe(true)
    for (const item of items) for (const text of texts(item)) expect(text, item.id).not.toMatch(/\p{L}'/u)
  })

  it('is nested in the handout as ‘“…,” she said’', async () => {
    const result = await buildPack({ dir, formats: new Set(['html']), out: tempDir('classpack-desal-') })
    const handout = readFileSync(join(result.target!, 'handout.html'), 'utf8')
    expect(handout).toMatch(/‘“[^‘’<]+,” (?:she|Cho|he) said/)
    expect(handout).not.toMatch(/‘"/)
  })
})

// A kind item whose distractor the claim's own words also support is one a student can argue
// against the key: "Putin would not have dared because he believes …" is causal, and reads as
// predictive ("would") and interpretive ("believes") too.
describe('the kind item', () => {
  it('offers no kind the claim’s own words also point to, and no item where fewer than two are left', async () => {
    const { module } = checkModule(DEMO)
    const base = module!.claims.find((c) => c.id === 'trump-says-putin-would-not-have-invaded')!
    const claim = (id: string, kind: AnchoredClaim['kind'], text: string) => ({ ...base, id, kind, anchor: { ...base.anchor, text, shown: undefined } }) as AnchoredClaim
    const claims = [
      claim('motive', 'causal', 'Putin would not have invaded because he believes Trump is strong'),
      claim('plain', 'causal', 'The invasion began because the talks failed'),
      claim('crowded', 'empirical', 'They should act because officials believe the talks will fail')
    ]
    const items = generateItems({ article: module!.article, claims, actors: module!.actors }, 1).filter((i) => i.generated === 'kind') as Optioned[]
    const offered = (id: string) => items.find((i) => i.claims[0] === id)?.options.map((o) => o.text.split(' ')[0])
    expect(offered('motive')).toEqual(expect.arrayContaining(['Causal:', 'Empirical:', 'Normative:']))
    expect(offered('motive')).not.toContain('Predictive:')
    expect(offered('motive')).not.toContain('Interpretive:')
    expect(offered('plain')).toHaveLength(4)
    // Normative, causal, interpretive and predictive words beside an empirical key: one kind is left, no item.
    expect(offered('crowded')).toBeUndefined()
  })
})
