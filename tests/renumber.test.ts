// paragraphs.lock and `check --renumber`: an article edited in every way that renumbers its
// paragraphs (inserted at the start, in the middle, before the last; deleted; merged; split;
// two swapped), in the demo and two fixtures. Each gives one renumbering error (and errors of
// their own only for references that need a decision); --renumber then leaves a clean check,
// and every reference names the paragraph it named before: checked here on the texts of the
// record before and after, not against a list of expected numbers.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModule, formatMessages, renumberModule } from '../src/index.js'
import { alignParagraphs, describeChanges, isIdentity } from '../src/references/align.js'
import { findReferences } from '../src/references/parse.js'
import { DEMO, ROOT, run, tempDir } from './helpers/fixtures.js'

const MODULES = { demo: DEMO, deutschlandticket: join(ROOT, 'tests/fixtures/deutschlandticket'), german: join(ROOT, 'tests/fixtures/german') }
const PROSE = ['claims.yaml', 'questions.yaml', 'module.yaml']
const REFERENCE_RULES = new Set(['paragraph-reference', 'paragraphs-renumbered', 'paragraphs-lock'])

function copy(source: string): string {
  const dir = join(tempDir(), source.split('/').at(-1)!)
  cpSync(source, dir, { recursive: true })
  return dir
}

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8')

/** The paragraphs (text lines) paragraphs.lock records. */
const recorded = (dir: string): string[] => read(dir, 'paragraphs.lock').split('\n').filter((l) => l.startsWith('¶')).map((l) => l.replace(/^¶\d+ /, ''))

/** The article's body as blocks (paragraphs and subheads), and a way to put it back. */
function blocks(text: string): { head: string; blocks: string[]; paragraphs: number[] } {
  const end = text.indexOf('\n---\n', 4) + 5
  const list = text.slice(end).split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)
  return { head: text.slice(0, end), blocks: list, paragraphs: list.flatMap((b, i) => (b.startsWith('#') ? [] : [i])) }
}
const joined = (b: { head: string; blocks: string[] }): string => `${b.head}\n${b.blocks.join('\n\n')}\n`

type Edit = (b: { blocks: string[]; paragraphs: number[] }) => void
const INSERTED = 'Updated on 13 June: this piece was revised after publication, and a figure was corrected.'
const EDITS: Record<string, Edit> = {
  'insert at start': (b) => b.blocks.splice(b.paragraphs[0]!, 0, INSERTED),
  'insert in the middle': (b) => b.blocks.splice(b.paragraphs[Math.floor(b.paragraphs.length / 2)]!, 0, INSERTED),
  'insert before the last': (b) => b.blocks.splice(b.paragraphs.at(-1)!, 0, INSERTED),
  delete: (b) => b.blocks.splice(b.paragraphs[2]!, 1),
  merge: (b) => {
    const [i, j] = [b.paragraphs[2]!, b.paragraphs[3]!]
    b.blocks[i] = `${b.blocks[i]} ${b.blocks[j]}`
    b.blocks.splice(j, 1)
  },
  split: (b) => {
    // The paragraph of most sentences, split after its first.
    const i = [...b.paragraphs].sort((x, y) => sentences(b.blocks[y]!) - sentences(b.blocks[x]!))[0]!
    const at = SENTENCE_END.exec(b.blocks[i]!)!
    b.blocks.splice(i, 1, b.blocks[i]!.slice(0, at.index + at[0].length - 1), b.blocks[i]!.slice(at.index + at[0].length))
  },
  swap: (b) => {
    // Two neighbours in one section, past the first.
    const k = b.paragraphs.findIndex((p, n) => n > 0 && b.paragraphs[n + 1] === p + 1)
    const [i, j] = [b.paragraphs[k]!, b.paragraphs[k + 1]!]
    ;[b.blocks[i], b.blocks[j]] = [b.blocks[j]!, b.blocks[i]!]
  }
}
/** A sentence's end: a word's last letter, a full stop (not `1.`), and a capital after it. */
const SENTENCE_END = /(?<=[a-zäöüß])[.!?][”"]? (?=[A-ZÄÖÜ])/
const sentences = (text: string): number => (text.match(new RegExp(SENTENCE_END.source, 'g')) ?? []).length

function edit(dir: string, change: Edit): void {
  const b = blocks(read(dir, 'article.md'))
  expect(b.paragraphs.length, 'the article is paragraphs and subheads only').toBe(recorded(dir).length)
  change(b)
  writeFileSync(join(dir, 'article.md'), joined(b))
}

/** Words, lower case, counted. */
function bag(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) out.set(w, (out.get(w) ?? 0) + 1)
  return out
}
function contained(part: string, whole: string): number {
  const [p, w] = [bag(part), bag(whole)]
  let total = 0
  let shared = 0
  for (const [word, n] of p) {
    total += n
    shared += Math.min(n, w.get(word) ?? 0)
  }
  return total ? shared / total : 0
}

/** Every reference of the prose files, in file order, with the text of the paragraphs it covers under `record`. */
function citations(dir: string, record: readonly string[]): Array<{ file: string; text: string; covered: string }> {
  // Comments are the teacher's notes to themselves, which no check reads and no pack prints.
  const prose = (file: string): string => read(dir, file).split('\n').map((line) => (line.trimStart().startsWith('#') ? '' : line)).join('\n')
  return PROSE.flatMap((file) => findReferences(prose(file)).map((ref) => ({ file, text: ref.text, covered: ref.spans.flatMap((s) => record.slice(s.from - 1, s.to)).join(' ') })))
}

/** Resolve each reference that needs a decision as a teacher might: cite the paragraph before it instead (the one after ¶1), in the record's numbering. */
function decide(dir: string, messages: ReturnType<typeof checkModule>['messages']): number {
  const undecided = messages.filter((m) => m.ruleId === 'paragraph-reference' && m.fatal)
  for (const m of [...undecided].sort((a, b) => b.line! - a.line! || b.column! - a.column!)) {
    const file = m.file!
    const lines = readFileSync(file, 'utf8').split('\n')
    const line = lines[m.line! - 1]!
    const ref = findReferences(line.slice(m.column! - 1))[0]!
    const n = ref.spans[0]!.from
    lines[m.line! - 1] = line.slice(0, m.column! - 1) + `¶${n > 1 ? n - 1 : n + 1}` + line.slice(m.column! - 1 + ref.text.length)
    writeFileSync(file, lines.join('\n'))
  }
  return undecided.length
}

describe('paragraphs.lock: an article renumbered', () => {
  for (const [module, source] of Object.entries(MODULES)) {
    for (const [name, change] of Object.entries(EDITS)) {
      it(`${module}: ${name}: one renumbering error, then --renumber leaves every reference on its paragraph`, () => {
        const dir = copy(source)
        const old = recorded(dir)
        const before = citations(dir, old)
        edit(dir, change)
        const checked = checkModule(dir)
        const said = checked.messages.filter((m) => REFERENCE_RULES.has(m.ruleId ?? ''))
        const renumbered = said.filter((m) => m.ruleId === 'paragraphs-renumbered')
        expect(renumbered, formatMessages(checked.files)).toHaveLength(1)
        // An error where a reference is to update; where none cites what moved, a warning that the record is behind.
        const cited = renumbered[0]!.reason.includes('to update:')
        expect(renumbered[0]!.fatal, formatMessages(checked.files)).toBe(cited)
        // Apart from it, only references that need a decision: each says it was written against the record.
        const apart = said.filter((m) => m.ruleId === 'paragraph-reference')
        for (const m of apart) expect(m.reason, m.reason).toContain('written against paragraphs.lock')
        // Those decided (the test cites the paragraph before), then the module is renumbered.
        const bytes = Object.fromEntries(PROSE.map((f) => [f, read(dir, f)]))
        if (apart.length) {
          const refused = renumberModule(dir)
          expect(refused.ok).toBe(false)
          for (const f of PROSE) expect(read(dir, f), 'nothing is changed while a reference needs a decision').toBe(bytes[f])
          expect(read(dir, 'paragraphs.lock').split('\n').filter((l) => l.startsWith('¶'))).toHaveLength(old.length)
        }
        const decided = new Set(citations(dir, old).flatMap((c, i) => (c.text !== before[i]!.text ? [i] : [])))
        expect(decide(dir, apart)).toBe(apart.length)
        const decidedNow = new Set(citations(dir, old).flatMap((c, i) => (c.text !== before[i]!.text ? [i] : [])))
        for (const i of decided) decidedNow.add(i)
        const result = renumberModule(dir)
        expect(result.ok, formatMessages(result.files)).toBe(true)
        const after = checkModule(dir)
        expect(after.messages.filter((m) => REFERENCE_RULES.has(m.ruleId ?? '')).map(String)).toEqual([])
        // Other errors only where the edit took a claim's words away (a deleted paragraph), or a claim of the last paragraph is no longer in it.
        const expected = new Set(['positional-claim', ...(name === 'delete' ? ['quote-not-found', 'quote-not-in-source'] : [])])
        expect(after.messages.filter((m) => m.fatal && !expected.has(m.ruleId ?? '')).map((m) => `${m.file}:${m.line} ${m.reason}`)).toEqual([])
        // Each reference names now what it named before: the same paragraph's words (all of them,
        // or, where it was split or merged, the part it is now, or the whole it is part of).
        const now = citations(dir, recorded(dir))
        expect(now).toHaveLength(before.length)
        for (const [i, c] of now.entries()) {
          if (decidedNow.has(i)) continue
          const was = before[i]!
          const same = Math.max(contained(was.covered, c.covered), contained(c.covered, was.covered))
          expect(same, `${c.file}: ${was.text} → ${c.text}: ${was.covered.slice(0, 80)} | ${c.covered.slice(0, 80)}`).toBeGreaterThan(0.99)
        }
        expect(result.changed.length > 0).toBe(cited)
      })
    }
  }
})
