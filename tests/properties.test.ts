// Property-based tests: whatever a teacher feeds in, a run ends in a pack or in
// positioned messages, and no roster name ever writes outside the output folder.
import { readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintModule } from '../src/lint/run.js'
import fc from 'fast-check'
import { VFile } from 'vfile'
import YAML from 'yaml'
import { assembleModule } from '../src/assemble.js'
import { buildPack } from '../src/pack/build.js'
import { PACK_TEMPLATES } from '../src/pack/plan.js'
import { loadTemplates } from '../src/load.js'
import { resolveSelection } from '../src/select/resolve.js'
import { assignStudents } from '../src/roster/assign.js'
import { writePack } from '../src/write.js'
import { hasErrors } from '../src/messages.js'
import { tempDir } from './helpers/fixtures.js'

/** Mostly `good`, sometimes `bad`: runs should reach both a pack and messages. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad })
// Mostly plain words (so quotes can match), sometimes Markdown's special characters.
const word = mostly(fc.stringMatching(/^[A-Za-z’'",?0-9]{1,10}$/), fc.stringMatching(/^[A-Za-z’'"*_<>&#[\]()!`~\-:.,?0-9]{1,10}$/))
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.')
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '))
const block = fc.oneof({ weight: 5, arbitrary: paragraph }, { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => `## ${w.join(' ')}`) })
function mostlyBlocks() {
  return fc.oneof({ weight: 8, arbitrary: fc.tuple(paragraph, fc.array(block, { maxLength: 7 })).map(([p, rest]) => [p, ...rest]) }, { weight: 1, arbitrary: fc.array(block, { maxLength: 3 }) })
}
const articleArb = fc.record({
  title: fc.string({ minLength: 0, maxLength: 30 }),
  blocks: mostlyBlocks()
})

const KINDS = ['empirical', 'causal', 'predictive', 'normative', 'interpretive']

/** A module in memory: an article, claims quoting it (or not), questions naming claims (or not). */
const moduleArb = articleArb.chain(({ blocks }) => {
  const paragraphs = blocks.filter((b) => !b.startsWith('## '))
  const slice = fc.tuple(fc.nat(Math.max(0, paragraphs.length - 1)), fc.nat(), fc.nat()).map(([p, a, b]) => {
    const text = paragraphs[p] ?? 'nothing'
    const start = a % text.length
    return text.slice(start, start + 20 + (b % 40))
  })
  const claim = fc.record({
    duplicate: mostly(fc.constant(false), fc.constant(true)),
    quote: paragraphs.length ? mostly(slice, word) : word,
    kind: mostly(fc.constantFrom(...KINDS), fc.constantFrom('bogus', '')),
    hedges: mostly(fc.constant([] as string[]), fc.array(word, { minLength: 1, maxLength: 2 }))
  })
  return fc.record({
    title: mostly(fc.string({ minLength: 1, maxLength: 30 }), fc.constant('')),
    blocks: fc.constant(blocks),
    claims: fc.oneof({ weight: 8, arbitrary: fc.array(claim, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant([]) }),
    items: fc.array(
      fc.record({
        type: mostly(fc.constantFrom('single', 'multiple', 'true-false', 'short'), fc.constant('essay')),
        claim: mostly(fc.constant(0), fc.constant(99)),
        stem: mostly(fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''), fc.constant('')),
        correct: mostly(fc.constant([true, false, false]), fc.array(fc.boolean(), { minLength: 0, maxLength: 4 }))
      }),
      { maxLength: 4 }
    )
  })
})

function files(m: fc.Arbitrary<unknown> extends never ? never : any) {
  const article = `---\n${YAML.stringify({ title: m.title || undefined, author: 'A. Author' })}---\n\n${m.blocks.join('\n\n')}\n`
  const claims = YAML.stringify({
    themes: [{ id: 't', label: 'Theme' }],
    claims: m.claims.map((c: any, i: number) => ({ id: c.duplicate ? 'c0' : `c${i}`, quote: c.quote, paraphrase: 'P.', kind: c.kind, asserted_by: 'author', hedges: c.hedges, evidence: 'none', themes: ['t'] }))
  })
  const questions = YAML.stringify({
    quiz: m.items.map((q: any, i: number) => ({
      id: `q${i}`,
      type: q.type,
      stem: q.stem,
      claims: [`c${q.claim}`],
      difficulty: 'easy',
      bloom: 'remember',
      ...(q.type === 'single' || q.type === 'multiple' ? { options: q.correct.map((c: boolean, i: number) => ({ text: `Option ${i}`, correct: c, feedback: 'F.' })) } : {}),
      ...(q.type === 'true-false' ? { answer: q.correct[0] ?? true, feedback: { if_true: 'T.', if_false: 'F.' } } : {}),
      ...(q.type === 'short' ? { model_answer: 'M.', rubric: [{ points: 1, criterion: 'C.' }] } : {})
    }))
  })
  return {
    dir: 'm',
    name: 'm',
    article: new VFile({ path: 'm/article.md', value: article }),
    claims: new VFile({ path: 'm/claims.yaml', value: claims }),
    questions: new VFile({ path: 'm/questions.yaml', value: questions })
  }
}

describe('random modules', () => {
  it('end in a pack or in positioned messages, never in a crash', async () => {
    const outcomes = { pack: 0, messages: 0 }
    await fc.assert(
      fc.asyncProperty(moduleArb, async (m) => {
        const input = files(m)
        const { module, files: vfiles } = assembleModule(input)
        if (!module) {
          expect(hasErrors(vfiles)).toBe(true)
          for (const file of vfiles) for (const msg of file.messages) if (msg.fatal) expect(msg.line, msg.reason).toBeGreaterThan(0)
          outcomes.messages++
          return
        }
        const { selection, files: setFiles } = resolveSelection(module, {}, { overrides: {}, versions: 2, shuffle: false })
        if (!selection) {
          expect(hasErrors(setFiles)).toBe(true)
          outcomes.messages++
          return
        }
        // The lint reads any module that assembles, and places what it finds.
        for (const f of lintModule(module, selection, input)) if (f.place) expect(f.place.start.line).toBeGreaterThan(0)
        const { output, files: templateFiles } = buildPack(module, selection, { formats: new Set(['html']), paper: 'a4', date: null, creationDate: new Date(0), templates: loadTemplates([], PACK_TEMPLATES), students: [] })
        const written: string[] = []
        for await (const file of output) written.push(file.path)
        expect(hasErrors(templateFiles)).toBe(false)
        expect(written).toContain('manifest.json')
        outcomes.pack++
      }),
      { numRuns: 200, seed: 42 }
    )
    // Both ends are reached, so the property says something about each.
    expect(outcomes.pack).toBeGreaterThan(5)
    expect(outcomes.messages).toBeGreaterThan(5)
  })
})

describe('random rosters', () => {
  const names = fc.array(
    fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.fullUnicodeString({ minLength: 1, maxLength: 20 }), fc.constantFrom('..', '.', '/', '\\', 'CON', 'nul', '../../etc/passwd', 'C:\\x', ' ', '\u0000')),
    { minLength: 1, maxLength: 40 }
  )

  it('give distinct file names that stay inside the pack', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 1, max: 5 }), fc.nat(), (list, versions, seed) => {
        const students = assignStudents(list.map((name, i) => ({ name, id: null, group: null, line: i + 2 })), versions, seed)
        const root = resolve('/pack')
        const paths = students.map((s) => resolve(root, `${s.base}.pdf`))
        for (const p of paths) expect(p.startsWith(root + sep + 'quiz' + sep)).toBe(true)
        expect(new Set(paths).size).toBe(paths.length)
        for (const s of students) expect(s.base).toMatch(/^quiz\/\d{3,}-[a-z0-9-]+$/)
      }),
      { numRuns: 300, seed: 7 }
    )
  })

  it('never write outside the output folder, even when asked to', async () => {
    const out = tempDir()
    async function* evil() {
      yield { path: 'quiz/001-ok.pdf', bytes: new Uint8Array([1]) }
      yield { path: '../escaped.pdf', bytes: new Uint8Array([2]) }
    }
    await expect(writePack(join(out, 'pack'), evil(), () => true)).rejects.toThrow(/leaves the pack folder/)
    expect(readdirSync(out)).toEqual([])
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(out, join(d, n))]))
    expect(walk(out)).toEqual([])
  })
})

describe('versions dealt to a roster', () => {
  it('are as even within each group as over the whole list, and over the whole class too, and rotate through a roster without groups', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C', null), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 5 }), fc.nat(), (groups, versions, seed) => {
        const students = assignStudents(groups.map((group, i) => ({ name: `S${i}`, id: null, group, line: i + 2 })), versions, seed)
        for (const group of new Set(groups)) {
          const counts = Array.from({ length: versions }, (_, v) => students.filter((s) => s.group === group && s.version === v).length)
          // A group of 9 with three versions was dealt 5, 3 and 1 when versions rotated through the whole list.
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
        }
        // And the class as a whole: two groups of 4 with three versions were dealt 4, 2 and 2 when every group started at the same version.
        const all = Array.from({ length: versions }, (_, v) => students.filter((s) => s.version === v).length)
        expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300, seed: 11 }
    )
    const plain = assignStudents(Array.from({ length: 7 }, (_, i) => ({ name: `S${i}`, id: null, group: null, line: i + 2 })), 3, 5)
    expect(plain.map((s) => (s.version - plain[0]!.version + 3) % 3)).toEqual([0, 1, 2, 0, 1, 2, 0])
  })
})
