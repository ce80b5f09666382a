// The bank with the classic faults (tests/fixtures/lint/faulty): each fault is
// reported inside its item, at the field that holds it, with its rule id; the clean bank
// it was made from gets nothing at all.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'
import { CLEAN, line, lineOf, lint } from './helpers.js'

const FAULTY = join(ROOT, 'tests/fixtures/lint/faulty')

/** The lines of item `id` in questions.yaml: from its `- id:` line to the line before the next item. */
function itemLines(text: string, id: string): [number, number] {
  const first = lineOf(text, `  - id: ${id}\n`)
  const rest = text.split('\n').slice(first)
  const next = rest.findIndex((l) => l.startsWith('  - id: '))
  return [first, next < 0 ? first + rest.length : first + next]
}

describe('a bank with the classic faults', () => {
  const { findings, text, result } = lint(FAULTY)
  const questions = text('questions.yaml')
  const at = (rule: string, id: string, needle: string): void => {
    const hits = findings.filter((f) => f.rule === rule && (f.item === id || f.items?.includes(id)))
    expect(hits.length, `${rule} on ${id}`).toBeGreaterThan(0)
    const [from, to] = itemLines(questions, id)
    const within = lineOf(questions.slice(questions.indexOf(`  - id: ${id}\n`)), needle) + from - 1
    expect(hits.map(line)).toContain(within)
    for (const h of hits.filter((f) => f.item === id)) {
      expect(line(h)).toBeGreaterThanOrEqual(from)
      expect(line(h)).toBeLessThanOrEqual(to)
    }
  }

  it('is refused: the lint has errors', () => {
    expect(result.ok).toBe(false)
  })

  it('reports the correct option always first', () => {
    at('key-position-authored', 's-vote', '- id: s-vote')
    expect(findings.find((f) => f.rule === 'key-position-authored')!.items).toEqual(['s-vote', 's-cost', 's-reason', 's-who', 's-study', 's-saving', 's-signatures', 's-delay'])
  })

  it('reports the correct option always longest, in each item and for the bank', () => {
    // The key is the first option: its text is the item's first `- text:` line.
    for (const id of ['s-vote', 's-reason', 's-delay']) at('key-strictly-longest', id, '      - text: ')
    const bank = findings.find((f) => f.rule === 'key-strictly-longest' && f.item === undefined)!
    expect(bank.severity).toBe('error')
    expect(bank.items).toHaveLength(8)
  })

  it('reports "all of the above"', () => at('all-or-none-of-the-above', 's-cost', 'All of the above'))

  it('reports "all of the above" once: not also as an absolute word, nor by its length', () => {
    const option = lineOf(questions.slice(questions.indexOf('  - id: s-cost\n')), 'All of the above') + itemLines(questions, 's-cost')[0] - 1
    expect(findings.filter((f) => f.item === 's-cost' && line(f) === option).map((f) => f.rule)).toEqual(['all-or-none-of-the-above'])
  })
  it('reports an unemphasised NOT', () => at('negative-stem-unemphasised', 's-study', 'stem:'))
  it('reports a true/false double negative', () => at('negated-tf-statement', 't-certain', 'stem:'))
  it("reports a stem that gives another item's answer", () => {
    at('cross-item-answer-leak', 'w-delay', 'stem:')
    expect(findings.find((f) => f.rule === 'cross-item-answer-leak')!.items).toEqual(['w-delay', 't-roads'])
  })
  it('reports a misquotation', () => at('quote-not-in-source', 's-reason', 'stem:'))
  it('reports a rubric criterion met by restating the stem', () => at('rubric-echoes-stem', 'w-money', 'States the two sides'))
})

describe('the clean bank', () => {
  it('gets no finding at all, not even an info', () => {
    const { findings, result } = lint(CLEAN, { strict: true })
    expect(findings).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.messages).toEqual([])
  })
})
