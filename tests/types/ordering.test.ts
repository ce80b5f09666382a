// Ordering items: steps put in order. With `key: article` the key is where the steps'
// claims stand in the article, so moving a passage in the article moves the key; problems
// at their line:col; on paper lettered steps with a box each, in an order each version
// shuffles and never the key's; in the exports, steps in an order of their own, never the key's.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { XMLParser } from 'fast-xml-parser'
import { canvasQti } from '../../src/export/qti.js'
import { gift } from '../../src/export/gift.js'
import { qti21 } from '../../src/export/qti21.js'
import type { OrderingItem } from '../../src/types/index.js'
import { assemble } from '../helpers/fixtures.js'
import { readHtml } from '../helpers/html.js'
import { readCanvas, readGift } from '../helpers/lms.js'
import { build, tryBuild } from '../helpers/pack.js'
import { unzip } from '../helpers/zip.js'
import { at, atLast, head, library } from './helpers.js'

// Listed out of order; the article has ¶1 (the vote), ¶2 (the cost), ¶4 (children), ¶8 (delay).
const ORDER = `${head('o-article', 'ordering', 'vote-next-month', 2)}    key: article
    steps:
      - text: Teachers and parents fear poorer children would fall behind.
        claim: children-fall-behind
      - text: The council will vote next month on closing the library.
        claim: vote-next-month
        feedback: The article opens with the vote.
      - text: The author asks the council to delay the vote.
        claim: delay-vote
      - text: Amin puts the library's cost at forty thousand pounds a year.
        claim: costs-money
`

const errorsOf = (dir: string): string[] => assemble(dir).lines.filter((l) => l.includes(': error:'))
const questions = (dir: string): string => readFileSync(join(dir, 'questions.yaml'), 'utf8')

describe('an ordering item is read', () => {
  it('with `key: article`, its key taken from where its steps’ claims stand in the article', () => {
    const { module } = assemble(library(ORDER))
    const item = module!.questions.quiz[0] as OrderingItem
    expect(item.sequence).toEqual([1, 3, 0, 2])
  })

  it('whose key follows the article when a passage moves', () => {
    // The council's delay moved to the top: its step now comes first.
    const moved = (t: string): string => {
      const delay = 'The council should delay the vote until it has counted the visitors and asked the schools.'
      return t.replace(`\n\n${delay}`, '').replace('The council of Millbrook', `${delay}\n\nThe council of Millbrook`)
    }
    const { module, lines } = assemble(library(ORDER, { 'article.md': moved }))
    expect(lines.filter((l) => l.includes(': error:'))).toEqual([])
    expect((module!.questions.quiz[0] as OrderingItem).sequence).toEqual([2, 1, 3, 0])
  })

  it('listed in its right order without `key: article`', () => {
    const { module } = assemble(library(ORDER.replace('    key: article\n', '')))
    expect((module!.questions.quiz[0] as OrderingItem).key).toBe('listed')
  })

  it('reporting a step without a claim, two steps on one claim, a duplicate step, an unknown key at their line:col', () => {
    const bare = library(ORDER.replace('        claim: delay-vote\n', ''))
    expect(errorsOf(bare)).toEqual([`${join(bare, 'questions.yaml')}:${at(questions(bare), '- text: The author asks')}: error: Missing \`claim\` in step 3 of ordering item \`o-article\`, expected the claim the step rests on: with \`key: article\` the claims' places in the article give the order  [ordering-claim]`.replace(/:(\d+): error/, (_, c: string) => `:${Number(c) + 2}: error`)])
    const shared = library(ORDER.replace('claim: delay-vote', 'claim: costs-money'))
    expect(errorsOf(shared)).toEqual([`${join(shared, 'questions.yaml')}:${atLast(questions(shared), 'costs-money')}: error: Unexpected claim \`costs-money\` for steps 3 and 4 of ordering item \`o-article\`, expected a claim of its own for each step: the article cannot order two steps that rest on one passage (or list the steps in order and leave out \`key: article\`)  [ordering-claim]`])
    const twice = library(ORDER.replace('The author asks the council to delay the vote.', 'the council will vote next month on closing the library.'))
    expect(errorsOf(twice)).toContainEqual(expect.stringContaining('Unexpected duplicate step `the council will vote next month on closing the library.` in ordering item `o-article`, expected steps that differ (same as step 2)  [duplicate-option]'))
    const key = library(ORDER.replace('key: article', 'key: articel'))
    expect(errorsOf(key)).toEqual([`${join(key, 'questions.yaml')}:${at(questions(key), 'articel')}: error: Unexpected \`articel\` at \`quiz[0].key\`, expected \`article\` (one of \`listed\`, \`article\`)  [schema-enum]`])
  })
})

describe('an ordering item on paper', () => {
  it('prints lettered steps with a box each, shuffled by version and never in the key’s order; the key gives the letters in order', async () => {
    const pack = await build({ dir: library(ORDER), formats: ['html'], versions: 4, seed: 9 })
    const inOrder = [1, 3, 0, 2].map((i) => ['Teachers and parents fear', 'The council will vote', 'The author asks', 'Amin puts'][i]!)
    const printed = new Set<string>()
    for (const v of ['A', 'B', 'C', 'D']) {
      const quiz = readHtml(readFileSync(join(pack, `quiz-${v}.html`), 'utf8'))
      const list = quiz.elements('ol').find((ol) => (ol.properties.className as string[]).includes('sequence'))!
      expect(list.children.filter((c) => c.type === 'element').length).toBe(4)
      const text = quiz.mainText
      const order = [...inOrder].sort((a, b) => text.indexOf(a) - text.indexOf(b))
      expect(order).not.toEqual(inOrder)
      printed.add(order.join('|'))
      const letterOf = (step: string): string => String.fromCharCode(65 + order.indexOf(step))
      const key = readHtml(readFileSync(join(pack, `answer-key-${v}.html`), 'utf8')).mainText.replaceAll('\u00a0', ' ')
      expect(key).toContain(`Answer: ${inOrder.map(letterOf).join(', ')}`)
      expect(key).toContain('1. The council will vote next month on closing the library. The article opens with the vote. (C1, ¶1)'.replace('1. ', `1. ${letterOf(inOrder[0]!)}. `))
    }
    expect(printed.size).toBeGreaterThan(1)
  })
})

describe('an ordering item in GIFT', () => {
  it('writes a step\'s own `->` as `→` and warns of it (GIFT cannot escape it in its matching form)', async () => {
    const dir = library(ORDER.replace('Teachers and parents fear', 'Teachers -> parents fear'))
    const result = await tryBuild({ dir, formats: ['gift'] })
    expect(result.lines.find((l) => l.includes('[gift-arrow]'))).toContain('Unexpected `->` in a step of ordering item `o-article` in quiz.gift.txt')
    expect(readFileSync(join(result.target!, 'quiz.gift.txt'), 'utf8')).toContain('=Teachers → parents fear')
  })
})

// Listed in their right order, as a teacher often writes them.
const LISTED = `${head('o-listed', 'ordering', 'vote-next-month', 2)}    steps:
      - text: The council will vote next month.
      - text: Amin puts the cost at forty thousand pounds.
      - text: Teachers fear children would fall behind.
      - text: The author asks for a delay.
`

describe('an ordering item in Canvas, GIFT and QTI 2.1', () => {
  const { module, selection } = assemble(library(ORDER + LISTED))
  const place = (n: number): string => `${n}${['th', 'st', 'nd', 'rd'][n] ?? 'th'}`
  /** Each item's steps in the key's order. */
  const keys = new Map(
    selection!.items.map((item) => {
      const o = item as OrderingItem
      return [o.id, (o.sequence ?? o.steps.map((_, i) => i)).map((i) => o.steps[i]!.text)]
    })
  )

  /** Rows as a platform that keeps them in order shows them, each with the place it takes in the key. */
  const expectRows = (what: string, id: string, premises: string[], right: string[]): void => {
    const key = keys.get(id)!
    expect([...premises].sort(), what).toEqual([...key].sort())
    // Matching top to bottom 1st, 2nd, 3rd… must not score.
    expect(premises, what).not.toEqual(key)
    expect(right, what).toEqual(premises.map((p) => place(key.indexOf(p) + 1)))
  }

  it('Canvas: the rows, which Canvas never shuffles, are never in the key’s order, whatever the seed; each row keeps its right place', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const items = (await readCanvas(canvasQti(module!, { ...selection!, seed }))).items
      for (const id of keys.keys()) {
        const parts = items.get(id)!.parts!
        if (parts.kind !== 'pairs') throw new Error(`${id} read back as ${parts.kind}`)
        expectRows(`${id}, seed ${seed}`, id, parts.premises, parts.right)
        expect(parts.score(parts.right), `${id}, seed ${seed}`).toBe(1)
      }
    }
    // Same seed, same bytes.
    expect(Buffer.from(canvasQti(module!, selection!)).equals(Buffer.from(canvasQti(module!, selection!)))).toBe(true)
  })

  it('GIFT: the steps matched to their places are never in the key’s order (Moodle shuffles them only where its site says so)', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const items = readGift(gift(module!, { ...selection!, seed }))
      for (const id of keys.keys()) {
        const parts = items.get(id)!.parts!
        if (parts.kind !== 'pairs') throw new Error(`${id} read back as ${parts.kind}`)
        expectRows(`${id}, seed ${seed}`, id, parts.premises, parts.right)
      }
    }
  })

  it('QTI 2.1: the order interaction is shuffled, and its choices are never in the key’s order for a platform that does not shuffle', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'simpleChoice' || name === 'value' })
    for (let seed = 1; seed <= 12; seed++) {
      const files = await unzip(qti21(module!, { ...selection!, seed }))
      for (const id of keys.keys()) {
        const item = parser.parse([...files.values()].map((f) => f.bytes.toString('utf8')).find((xml) => xml.includes(`title="${id}"`))!).assessmentItem
        const interaction = item.itemBody.orderInteraction
        expect(interaction['@shuffle']).toBe('true')
        const choices = (interaction.simpleChoice as Array<Record<string, string>>).map((c) => ({ id: c['@identifier']!, text: c['#text']! }))
        const correct = (item.responseDeclaration.correctResponse.value as string[]).map((v) => choices.find((c) => c.id === v)!.text)
        expect(correct, id).toEqual(keys.get(id))
        expect(choices.map((c) => c.text), `${id}, seed ${seed}`).not.toEqual(keys.get(id))
      }
    }
  })
})
