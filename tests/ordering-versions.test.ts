// Versions of a quiz give an ordering item's steps in orders of their own: two versions in
// one order share one key, which a neighbour can copy. Seed 10 dealt the tram's four steps
// the same order in versions A and B before each version avoided the orders before it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'hast'
import { toText } from 'hast-util-to-text'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../src/lang/index.js'
import type { QuizItem } from '../src/questions/model.js'
import { makeVersions } from '../src/select/versions.js'
import { ROOT } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build } from './helpers/pack.js'

const TRAM = join(ROOT, 'tests/fixtures/tram')
const STEPS = ['Contractors price in the risk of cancellation', 'The business case weakens', 'The Treasury grant is cut', 'The council must borrow more']

const classes = (el: Element): string[] => (el.properties.className as string[] | undefined) ?? []
const childElements = (el: Element): Element[] => el.children.filter((c): c is Element => c.type === 'element')

/** The steps as a quiz page presents them: letter → text. */
function presented(html: string): Map<string, string> {
  const list = readHtml(html).elements('ol').find((ol) => classes(ol).includes('sequence'))!
  return new Map(
    childElements(list).map((li) => {
      const [, letter, text] = /^([A-Z])\.\s+(.*)$/s.exec(toText(li).trim())!
      return [letter!, text!.trim()]
    })
  )
}

/** The key's rows for the steps: place, letter and the step's text ("1. D." Contractors…). */
function keyed(html: string): Array<{ place: number; letter: string; text: string }> {
  return readHtml(html)
    .elements('li')
    .flatMap((li) => {
      const [strong, em] = childElements(li)
      if (strong?.tagName !== 'strong' || em?.tagName !== 'em') return []
      const row = /^(\d+)\. ([A-Z])\.$/.exec(toText(strong))
      return row && STEPS.includes(toText(em)) ? [{ place: Number(row[1]), letter: row[2]!, text: toText(em) }] : []
    })
}

describe('ordering items in two versions', () => {
  it('present the steps in a different order in A and B, and each key gives its own version’s letters', async () => {
    const pack = await build({ dir: TRAM, versions: 2, seed: 10, formats: ['html'] })
    const read = (file: string) => readFileSync(join(pack, file), 'utf8')
    const orders: string[][] = []
    for (const v of ['A', 'B']) {
      const steps = presented(read(`quiz-${v}.html`))
      expect([...steps.values()].sort()).toEqual([...STEPS].sort())
      const key = keyed(read(`answer-key-${v}.html`))
      // The key lists the steps in the article's order, each with the letter its version printed it under.
      expect(key.map((r) => r.text)).toEqual(STEPS)
      expect(key.map((r) => r.place)).toEqual([1, 2, 3, 4])
      for (const r of key) expect(steps.get(r.letter), `${v}: ${r.letter}`).toBe(r.text)
      orders.push([...steps.values()])
    }
    expect(orders[0]).not.toEqual(orders[1])
  }, 120_000)
})

describe('makeVersions', () => {
  const ordering = (steps: number): QuizItem =>
    ({ id: 'q-order', type: 'ordering', key: 'listed', stem: 'Order them.', claims: ['c'], difficulty: 'easy', points: steps, bloom: 'remember', steps: Array.from({ length: steps }, (_, i) => ({ text: `Step ${i + 1}` })) }) as unknown as QuizItem
  const orders = (steps: number, count: number, seed: number): string[] => makeVersions([ordering(steps)], count, seed, true, LANGUAGES[0]!).map((v) => v.items[0]!.pieces.map((p) => p.index).join(' '))
  const answer = (steps: number) => Array.from({ length: steps }, (_, i) => i).join(' ')

  it('gives every version of a 3- or 4-step item its own order while there are orders enough, never the answer, and the same orders for the same seed', () => {
    for (let seed = 1; seed <= 60; seed++) {
      for (const steps of [3, 4]) {
        const two = orders(steps, 2, seed)
        expect(new Set(two).size, `seed ${seed}, ${steps} steps`).toBe(2)
        expect(two).not.toContain(answer(steps))
        expect(orders(steps, 2, seed)).toEqual(two)
      }
      // Three steps have five orders that do not answer the item: five versions take one each.
      const five = orders(3, 5, seed)
      expect(new Set(five).size, `seed ${seed}`).toBe(5)
      expect(five).not.toContain(answer(3))
      // A sixth must repeat one, but not the order of the version before it.
      const six = orders(3, 6, seed)
      expect(six.slice(0, 5)).toEqual(five)
      expect(six.slice(1, 5)).not.toContain(six[5])
    }
  })
})
