// The demo's close-reading set (two items of each newer type) in every format: the same
// seed gives the same bytes, another seed other orders of the banks, responses and steps.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../helpers/fixtures.js'
import type { Format } from '../../src/index.js'
import { build, packFiles } from '../helpers/pack.js'

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
