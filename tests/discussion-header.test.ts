// The discussion pack as a teacher plans with it: the header's time is the whole discussion's
// only when every question has `minutes` (else it says how many it covers), and the
// facilitator's "Draws on" lists a question's claims in C-number order, as every other list
// of claims, whatever order questions.yaml names them in.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { de } from '../src/lang/de.js'
import { en } from '../src/lang/en.js'
import { orderedClaims } from '../src/view/common.js'
import { assemble, demoCopy } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'

/** The demo with `minutes` taken from one of the seminar's discussion questions. */
const UNTIMED = 'd-steelman-thesis'

describe('the discussion pack of a set whose questions are not all timed', () => {
  let pack: string
  let questions: Array<{ id: string; claims: string[]; minutes?: number }>
  let chosen: string[]
  /** Each claim's number (C7 → 7), by id. */
  let numbers: Map<string, number>
  beforeAll(async () => {
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(new RegExp(`(- id: ${UNTIMED}\\n[\\s\\S]*?)\\n +minutes: \\d+`), '$1') })
    questions = (YAML.parse(readFileSync(join(dir, 'questions.yaml'), 'utf8')) as { discussion: typeof questions }).discussion
    numbers = new Map(orderedClaims(assemble(dir).module!).map((c) => [c.claim.id, Number(c.label.replace(/\D/g, ''))]))
    pack = await build({ dir, formats: ['html'] })
    chosen = (JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as { set: { discussion: string[] } }).set.discussion
  }, 300_000)

  it('says the minutes are for the timed questions, not the discussion', () => {
    const asked = questions.filter((q) => chosen.includes(q.id))
    const timed = asked.filter((q) => q.minutes)
    expect(asked.map((q) => q.id)).toContain(UNTIMED)
    expect(timed.length).toBeGreaterThan(0)
    const minutes = en.aboutMinutes(timed.reduce((n, q) => n + q.minutes!, 0))
    for (const doc of ['discussion', 'discussion-facilitator']) {
      const text = readHtml(readFileSync(join(pack, `${doc}.html`), 'utf8')).mainText.replace(/\s+/g, ' ')
      expect(text, doc).not.toContain(`${asked.length} questions, ${minutes}.`)
      expect(text, doc).toContain(`${asked.length} questions, ${minutes} for ${timed.length} of them.`)
    }
  })

  it('lists the claims each question draws on in C-number order', () => {
    const page = readHtml(readFileSync(join(pack, 'discussion-facilitator.html'), 'utf8'))
    const main = page.elements('main')[0]!
    const blocks = main.children.filter((c): c is Element => c.type === 'element')
    const lists: number[][] = []
    const visit = (els: Element[]): void => {
      els.forEach((el, i) => {
        if (el.tagName === 'h3' && toText(el).trim() === en.discussion({ title: '', author: null, count: 0, minutes: null, timed: 0, misreadings: false }).drawsOn) {
          const list = els.slice(i + 1).find((e) => e.tagName === 'ul')!
          lists.push(list.children.filter((c): c is Element => c.type === 'element').map((li) => Number(/^C(\d+)/.exec(toText(li).trim())![1])))
        }
        visit(el.children.filter((c): c is Element => c.type === 'element'))
      })
    }
    visit(blocks)
    const authored = chosen.map((id) => questions.find((q) => q.id === id)!.claims.map((c) => numbers.get(c)!))
    expect(lists).toEqual(authored.map((ns) => [...ns].sort((a, b) => a - b)))
    // Not vacuous: questions.yaml names some question's claims out of that order.
    expect(authored.some((ns) => ns.some((x, i) => i > 0 && x < ns[i - 1]!))).toBe(true)
  })
})

describe('the discussion header in words', () => {
  const n = { title: 'T', author: null, misreadings: false }
  it('gives the whole time only when every question is timed', () => {
    expect(en.discussion({ ...n, count: 2, minutes: 20, timed: 2 }).intro).toMatch(/^2 questions, about 20 minutes\. /)
    expect(en.discussion({ ...n, count: 2, minutes: 10, timed: 1 }).intro).toMatch(/^2 questions, about 10 minutes for 1 of them\. /)
    expect(en.discussion({ ...n, count: 2, minutes: null, timed: 0 }).intro).toMatch(/^2 questions\. /)
    expect(de.discussion({ ...n, count: 3, minutes: 10, timed: 1 }).intro).toMatch(/^3 Fragen, etwa 10 Minuten für 1 davon\. /)
  })
})
