// The demo's close-reading set (two items of each newer type) in every format: the same
// seed gives the same bytes, another seed other orders of the banks, responses and steps.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../helpers/fixtures.js'
import type { Format } from '../../src/index.js'
import { XMLParser } from 'fast-xml-parser'
import YAML from 'yaml'
import { build, packFiles } from '../helpers/pack.js'
import { unzip } from '../helpers/zip.js'

const FORMATS: Format[] = ['html', 'pdf', 'moodle', 'gift', 'qti', 'qti21']
const request = (seed: number, formats = FORMATS) => ({ dir: DEMO, set: 'close-reading', versions: 2, seed, formats })

describe('the close-reading set', () => {
  it('gives the same bytes for the same seed, in every format', async () => {
    const [one, two] = [await build(request(7)), await build(request(7))]
    const [a, b] = [packFiles(one), packFiles(two)]
    expect([...a.keys()]).toEqual([...b.keys()])
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true)
    expect([...a.keys()]).toEqual(expect.arrayContaining(['quiz-A.pdf', 'quiz-B.pdf', 'answer-key-A.pdf', 'moodle.xml', 'quiz.gift.txt', 'canvas-qti.zip', 'qti21.zip']))
  })

  it('orders banks, responses and steps by the seed', async () => {
    const quiz = async (seed: number) => readFileSync(join(await build(request(seed, ['html'])), 'quiz-A.html'), 'utf8')
    const [seven, eight] = [await quiz(7), await quiz(8)]
    const blocks = (html: string): string[] => [...html.matchAll(/<(?:div class="callout callout-bank"|ol class="(?:responses|sequence)")[\s\S]*?<\/(?:div|ol)>/g)].map((m) => m[0])
    // One word bank (the other cloze is typed), two matching items' responses, two orderings' steps.
    expect(blocks(seven)).toHaveLength(5)
    // Nothing to circle or tick in this set, so no line says how to.
    expect(seven).not.toContain('How to answer')
    // Every block has the same words under both seeds, and at least one is in another order.
    const words = (block: string): string => [...block.replace(/<[^>]+>/g, ' ').split(/\s+/)].filter(Boolean).sort().join(' ')
    expect(blocks(seven).map(words).sort()).toEqual(blocks(eight).map(words).sort())
    expect(blocks(seven).filter((b) => !blocks(eight).includes(b)).length).toBeGreaterThan(0)
  })
})

// Canvas's QTI 1.2 and QTI 2.1 listed a matching item's responses as authored: premise 1's
// answer first, premise 2's second. A platform that shows them as written gave the key away.
describe("the exports' matching responses", () => {
  it('are listed in an order that is not the key, every premise offered the same list, each still scored to its own response', async () => {
    const dir = await build(request(7, ['qti', 'qti21']))
    const bank = YAML.parse(readFileSync(join(DEMO, 'questions.yaml'), 'utf8')).quiz as Array<{ id: string; type: string; pairs?: Array<{ response: string }>; distractors?: string[] }>
    const matchingIds = new Set(bank.filter((q) => q.type === 'matching').map((q) => q.id))
    const parse = (xml: string, arrays: string[]) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => arrays.includes(name) }).parse(xml)
    const text = (node: any): string => (typeof node === 'string' ? node : node['#text'])
    // Canvas: a response_lid per premise, each offering every response.
    const canvas = await unzip(readFileSync(join(dir, 'canvas-qti.zip')))
    const [assessmentPath] = [...canvas.keys()].filter((p) => p.endsWith('.xml') && !/imsmanifest|assessment_meta/.test(p))
    const items = (parse(canvas.get(assessmentPath!)!.bytes.toString('utf8'), ['item', 'response_lid', 'response_label', 'respcondition']).questestinterop.assessment.section.item as any[]).filter((i) => matchingIds.has(i['@title']))
    expect(items.length).toBeGreaterThan(0)
    for (const node of items) {
      const authored = bank.find((q) => q.id === node['@title'])!
      const responses = [...authored.pairs!.map((p) => p.response), ...(authored.distractors ?? [])]
      const lists = (node.presentation.response_lid as any[]).map((lid) => (lid.render_choice.response_label as any[]).map((l) => text(l.material.mattext)))
      for (const list of lists) expect(list).toEqual(lists[0])
      expect([...lists[0]!].sort()).toEqual([...responses].sort())
      expect(lists[0], node['@title']).not.toEqual(responses)
      // Premise i is still scored right with the label that holds pair i's response.
      const labels = (node.presentation.response_lid as any[])[0].render_choice.response_label as any[]
      const byIdent = new Map(labels.map((l) => [l['@ident'], text(l.material.mattext)]))
      const scored = (node.resprocessing.respcondition as any[]).filter((c) => c.setvar?.['@action'] === 'Add').map((c) => byIdent.get(text(c.conditionvar.varequal)))
      expect(scored).toEqual(authored.pairs!.map((p) => p.response))
    }
    // QTI 2.1: the second match set, in the same kind of order.
    const qti21 = await unzip(readFileSync(join(dir, 'qti21.zip')))
    let read = 0
    for (const id of matchingIds) {
      const entry = [...qti21.entries()].find(([path, { bytes }]) => path.endsWith('.xml') && bytes.toString('utf8').includes(`.${id}"`) && bytes.toString('utf8').includes('matchInteraction'))
      if (!entry) continue
      const interaction = parse(entry[1].bytes.toString('utf8'), ['simpleMatchSet', 'simpleAssociableChoice']).assessmentItem.itemBody.matchInteraction
      const identifiers = (interaction.simpleMatchSet[1].simpleAssociableChoice as any[]).map((c) => c['@identifier'])
      expect([...identifiers].sort()).toEqual(identifiers.map((_, i) => `response-${i + 1}`).sort())
      expect(identifiers, id).not.toEqual(identifiers.map((_, i) => `response-${i + 1}`))
      read++
    }
    expect(read).toBe(items.length)
  })
})
