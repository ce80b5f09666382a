// The student handout gives no quiz answer away: in a pack whose quiz asks how one claim
// relates to another (generated "relations" items), the student edition prints no claim's
// relations, in HTML or PDF, nor does its view hold them for a template of the teacher's
// own; the teacher edition prints every one. What is asked comes from claims.yaml as the
// module reads it, the words from the catalogue, so nothing here is the output written down.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RELATIONS } from '../src/claims/model.js'
import { GENERATED_PREFIX } from '../src/generate/index.js'
import { en } from '../src/lang/en.js'
import { handoutTeacherView, handoutView } from '../src/view/handout.js'
import { orderedClaims } from '../src/view/common.js'
import { assemble, DEMO, demoCopy } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'
import { readPdfText } from './helpers/pdf.js'
import { pdfWords } from './helpers/reading.js'

const { module } = assemble(DEMO)
if (!module) throw new Error('the demo module does not assemble')
const labels = new Map(orderedClaims(module).map((c) => [c.claim.id, c.label]))
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const anyLabel = [...labels.values()].map(escape).join('|')
/** Every relation claims.yaml records, as the handout would word it: "C12 qualifies C2" (other targets may stand between word and label). */
const relations = module.claims.flatMap((claim) =>
  RELATIONS.flatMap((kind) =>
    claim.relations[kind].map((target) => ({
      from: labels.get(claim.id)!,
      words: new RegExp(`\\b${escape(en.relations[kind])} (?:(?:${anyLabel}), )*${escape(labels.get(target)!)}(?!\\d)`),
      toString: () => `${labels.get(claim.id)} ${en.relations[kind]} ${labels.get(target)}`
    }))
  )
)
const relationsLabel = en.handout({ title: '', author: null, pronoun: null, paragraphs: 0, words: 0, minutes: 0, claims: 0, standfirst: false, notes: false, reported: false }).relations

describe('a pack whose quiz asks how claims relate', () => {
  let pack: string
  const text: Record<string, { html: string; pdf: string }> = {}
  beforeAll(async () => {
    pack = await build({ dir: DEMO, overrides: { generated: ['relations'], tags: ['relations'] } })
    for (const doc of ['handout', 'handout-teacher']) {
      const html = readHtml(readFileSync(join(pack, `${doc}.html`), 'utf8')).mainText.replace(/\s+/g, ' ')
      const pdf = pdfWords(await readPdfText(new Uint8Array(readFileSync(join(pack, `${doc}.pdf`))))).join(' ')
      text[doc] = { html, pdf }
    }
  }, 300_000)

  it('asks them: its quiz holds generated relations items', () => {
    const manifest = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { set: { quiz: string[] } }
    expect(manifest.set.quiz.filter((id) => id.startsWith(`${GENERATED_PREFIX}relations-`)).length).toBeGreaterThan(0)
    expect(relations.length).toBeGreaterThan(0)
  })

  it('the student handout prints no claim’s relations, in HTML and PDF; the teacher’s prints every one', () => {
    for (const format of ['html', 'pdf'] as const) {
      const student = text.handout![format]
      const teacher = text['handout-teacher']![format]
      // Not vacuous: the claims relations are recorded on stand in both.
      expect(relations.filter(({ from }) => !student.includes(`${from} · ¶`)).map(String), format).toEqual([])
      // Listed where they fail, rather than the whole handout in the message.
      expect({ format, label: student.includes(relationsLabel), printed: relations.filter(({ words }) => words.test(student)).map(String) }).toEqual({ format, label: false, printed: [] })
      expect({ format, label: teacher.includes(relationsLabel), missing: relations.filter(({ words }) => !words.test(teacher)).map(String) }).toEqual({ format, label: true, missing: [] })
    }
  })

  it('parts a claim’s themes with semicolons where a theme’s label holds a comma, in both PDFs', () => {
    // "Themes: Trump, Putin and leader-to-leader diplomacy, US security guarantees and a US
    // backstop" read as four themes, or three.
    const label = (id: string): string => module.themes.find((t) => t.id === id)!.label
    const claim = module.claims.find((c) => c.themes.length > 1 && c.themes.some((id) => label(id).includes(',')))!
    expect(claim).toBeDefined()
    for (const doc of ['handout', 'handout-teacher']) {
      expect(text[doc]!.pdf, doc).toContain(`Themes: ${claim.themes.map(label).join('; ')}`)
    }
  })

  it('the student handout’s view holds no relation for a teacher’s template to print: its map is the worksheet’s', () => {
    const teacher = handoutTeacherView(module, null)
    const student = handoutView(module, null)
    const sentences = teacher.map!.relations.map((r) => r.sentence)
    expect(sentences.length).toBeGreaterThan(0)
    const held = JSON.stringify(student)
    expect(sentences.filter((sentence) => held.includes(sentence))).toEqual([])
    expect(relations.filter(({ words }) => words.test(held)).map(String)).toEqual([])
    // The worksheet (partials/argument-map-blank.md.hbs) still has its claims to draw between.
    expect(student.map!.claims).toEqual(teacher.map!.claims)
  })
})

describe('a paraphrase that says who makes the claim', () => {
  // "The author suggests …" and "Trump has repeatedly claimed …" printed above the "Asserted by" blank they answer.
  const surname = (id: string): string => module.actors.find((a) => a.id === id)!.name.split(' ').at(-1)!
  const saysWho = (claim: (typeof module.claims)[number]): boolean =>
    claim.asserted_by.some((id) => (id === 'author' ? /\bauthor/i.test(claim.paraphrase) : claim.paraphrase.includes(surname(id))))

  it('is left out of the student handout’s view, the quote standing for the claim; the teacher edition keeps it', () => {
    const student = new Map(handoutView(module, null).claims.map((c) => [c.id, c]))
    const teacher = new Map(handoutTeacherView(module, null).claims.map((c) => [c.id, c]))
    const naming = module.claims.filter(saysWho)
    expect(naming.length).toBeGreaterThan(0)
    for (const claim of module.claims) {
      expect(student.get(claim.id)!.paraphrase, claim.id).toBe(saysWho(claim) ? null : claim.paraphrase)
      expect(teacher.get(claim.id)!.paraphrase, claim.id).toBe(claim.paraphrase)
      expect(student.get(claim.id)!.quote.length, claim.id).toBeGreaterThan(0)
    }
  })

  it('is kept where it names no asserter, and the student PDF prints it then and not otherwise', async () => {
    const claim = module.claims.find((c) => c.asserted_by.includes('author') && saysWho(c))!
    const plain = 'The deal is meant to end American involvement in the security of Ukraine.'
    const dir = demoCopy({ 'claims.yaml': (t) => t.replace(new RegExp(`(- id: ${claim.id}\\n(?:    .*\\n)*?    paraphrase: )>-\\n(?:      .*\\n)+`), `$1${plain}\n`) })
    const pack = await build({ dir, formats: ['pdf'] })
    const pdf = pdfWords(await readPdfText(new Uint8Array(readFileSync(join(pack, 'handout.pdf'))))).join(' ')
    expect(pdf).toContain(plain)
    const named = module.claims.find((c) => c.id !== claim.id && saysWho(c))!
    expect(pdf).not.toContain(named.paraphrase.replace(/\s+/g, ' ').slice(0, 60))
  }, 300_000)
})

describe('the label before a claim’s themes', () => {
  // "Themes: The opening" stood before each claim's one theme.
  it('is singular before one theme and plural before two or more, in both editions', () => {
    for (const view of [handoutView(module, null), handoutTeacherView(module, null)]) {
      const claims = view.claims as Array<{ id: string; themes: string; themesLabel: string }>
      for (const claim of claims) {
        const count = module.claims.find((c) => c.id === claim.id)!.themes.length
        expect(claim.themesLabel, claim.id).toBe(count === 1 ? 'Theme:' : 'Themes:')
      }
      expect(new Set(claims.map((c) => c.themesLabel))).toEqual(new Set(['Theme:', 'Themes:']))
    }
  })
})

describe('a paraphrase that names a body by the common noun its name ends in', () => {
  // "The local education authority says …" printed above the "Asserted by" blank for the
  // actor "Northfield education authority" (a health story's trial): its name's head noun names it.
  it('is left out of the student handout, as one naming the asserter by name is', () => {
    const claim = module.claims[0]!
    const body = { id: 'education-authority', name: 'Northfield education authority' }
    const actors = [...module.actors, body] as typeof module.actors
    const withPhrase = (paraphrase: string) => {
      const claims = module.claims.map((c) => (c.id === claim.id ? { ...c, asserted_by: [body.id], paraphrase } : c))
      return handoutView({ ...module, actors, claims } as typeof module, null).claims.find((c) => c.id === claim.id)!.paraphrase
    }
    expect(withPhrase('The local education authority says it will study the findings.')).toBeNull()
    expect(withPhrase('The authority says it will study the findings.')).toBeNull()
    // Naming no one: kept.
    const plain = 'Schools will study the findings before the next timetable.'
    expect(withPhrase(plain)).toBe(plain)
  })
})
