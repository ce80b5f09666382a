// Versions of unequal length. Each question is kept whole on a page, so two orders of the
// same questions can end on different pages; spacing evens them where it can (pack/fit.ts).
// Where it cannot, the build says so, naming each version's pages, and another seed is the
// way out. tests/fixtures/deutschlandticket (a German module from a teacher's trial, kept as
// she left it) has such a set: with seed 1 its version B takes a page more than A.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, tempDir } from './helpers/fixtures.js'
import { tryBuild } from './helpers/pack.js'
import { openPdf } from './helpers/pdf.js'

const MODULE = join(ROOT, 'tests/fixtures/deutschlandticket')

/** The morgen set in two versions with `seed`: the build's warnings of uneven versions, and each version's pages as pdf.js reads them. */
async function twoVersions(seed: number): Promise<{ uneven: string[]; pages: number[] }> {
  const result = await tryBuild({ dir: MODULE, set: 'morgen', versions: 2, seed, formats: ['pdf'] }, tempDir())
  expect(result.target, result.text).toBeDefined()
  const pages: number[] = []
  for (const version of ['A', 'B']) {
    const pdf = await openPdf(readFileSync(join(result.target!, `quiz-${version}.pdf`)))
    pages.push(pdf.numPages)
    await pdf.destroy()
  }
  return { uneven: result.lines.filter((line) => line.includes('[versions-uneven]')), pages }
}

describe('versions of unequal length', () => {
  it('are said, with each version\'s pages as printed, and another seed offered', async () => {
    const { uneven, pages } = await twoVersions(1)
    expect(pages).toEqual([2, 3])
    expect(uneven).toEqual([
      'command line: warning: Unexpected quizzes of unequal length with --versions 2 and seed 1: version B takes 3 pages, A 2 (a question is never split across pages, and closer spacing could not even them), expected versions of one length: another --seed deals the questions in other orders  [versions-uneven]'
    ])
  })

  it('are not said where the versions are as long', async () => {
    const { uneven, pages } = await twoVersions(2)
    expect(pages[0]).toBe(pages[1])
    expect(uneven).toEqual([])
  })
})

describe('identical versions', () => {
  // The tiny module's quiz is two items, one of them true/false: two orders of its questions,
  // and three versions must repeat one. Versions A and C printed the same quiz with no word.
  it('are said, naming them, why and what to do', async () => {
    const result = await tryBuild({ dir: join(ROOT, 'tests/fixtures/tiny'), versions: 3, seed: 1, formats: ['html'] }, tempDir())
    expect(result.target, result.text).toBeDefined()
    const same = result.lines.filter((line) => line.includes('[versions-identical]'))
    expect(same).toHaveLength(1)
    expect(same[0]).toMatch(/^command line: warning: Unexpected identical versions A and C with --versions 3 and seed 1 /)
    expect(same[0]).toContain('a quiz of 2 items has only 2 orders of its questions (2!)')
    expect(same[0]).toContain('ask for fewer versions (--versions 2), add items to the set')
    const key = (v: string) => readFileSync(join(result.target!, `answer-key-${v}.html`), 'utf8').replace(/answer-key-[ABC]|[Vv]ersion [ABC]/g, '')
    expect(key('A')).toBe(key('C'))
  })

  it('are not said where the versions differ', async () => {
    const result = await tryBuild({ dir: join(ROOT, 'tests/fixtures/tiny'), versions: 2, seed: 1, formats: ['html'] }, tempDir())
    expect(result.lines.filter((line) => line.includes('[versions-identical]'))).toEqual([])
  })
})
