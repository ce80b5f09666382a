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
import { DEMO, ROOT, run, tempDir, withoutRecord } from './helpers/fixtures.js'

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
function decide(messages: ReturnType<typeof checkModule>['messages']): number {
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
        expect(decide(apart)).toBe(apart.length)
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

describe('alignParagraphs', () => {
  const P = ['Alpha one two three.', 'Bravo four five six seven.', 'Charlie eight nine ten.', 'Delta eleven twelve thirteen fourteen.', 'Echo fifteen sixteen.']
  const said = (now: string[]): string[] => describeChanges(alignParagraphs(P, now)).map((c) => c.words)
  it('is the identity when only a word changed', () => {
    const now = [...P]
    now[2] = 'Charlie eight nine eleven.'
    expect(isIdentity(alignParagraphs(P, now))).toBe(true)
    expect(isIdentity(alignParagraphs(P, P.map((p) => p.replace('one', 'one ')))), 'white space').toBe(true)
  })
  it('names an insertion, a deletion, a swap, a move, a split and a merge', () => {
    expect(said(['Note.', ...P])).toEqual(['a paragraph inserted as ¶1'])
    expect(said([...P.slice(0, 4), 'New one.', 'New two.', P[4]!])).toEqual(['2 paragraphs inserted as ¶5–¶6'])
    expect(said([P[0]!, P[1]!, P[3]!, P[4]!])).toEqual(['¶3 deleted'])
    expect(said([P[0]!, P[2]!, P[1]!, P[3]!, P[4]!])).toEqual(['¶2 and ¶3 swapped'])
    expect(said([P[1]!, P[2]!, P[3]!, P[0]!, P[4]!])).toEqual(['¶1 moved to ¶4'])
    expect(said([P[0]!, 'Bravo four five.', 'Six seven.', ...P.slice(2)])).toEqual(['¶2 split into ¶2–¶3'])
    expect(said([P[0]!, `${P[1]} ${P[2]}`, ...P.slice(3)])).toEqual(['¶2 and ¶3 merged into ¶2'])
  })
  // Two paragraphs swapped, a figure in one of them updated: the reworded one was taken for one
  // deleted and one inserted, and each reference to it for a reference to a deleted paragraph.
  it('names a swap or a move where the paragraph moved was reworded too', () => {
    const reworded = 'Charlie eight nine eleven.'
    expect(said([P[0]!, reworded, P[1]!, P[3]!, P[4]!])).toEqual(['¶2 and ¶3 swapped'])
    const a = alignParagraphs(P, [P[0]!, reworded, P[1]!, P[3]!, P[4]!])
    expect(a.oldTo).toEqual([[1], [3], [2], [4], [5]])
    expect(a.changed).toEqual(new Set([3]))
    expect(said([P[1]!, P[2]!, P[3]!, 'Alpha one two four.', P[4]!])).toEqual(['¶1 moved to ¶4'])
    // A paragraph alike in a few words only is no moved one.
    expect(said([P[0]!, 'Charlie and others entirely.', P[1]!, P[3]!, P[4]!])).toEqual(['a paragraph inserted as ¶2', '¶3 deleted'])
  })

  it('keeps a reworded paragraph beside an inserted one', () => {
    const a = alignParagraphs(P, [P[0]!, 'An unrelated sentence here.', 'Bravo four five six eight.', ...P.slice(2)])
    expect(a.oldTo).toEqual([[1], [3], [4], [5], [6]])
    expect(a.changed).toEqual(new Set([2]))
  })
})

describe('paragraphs.lock', () => {
  it('names each change apart when one of them holds an "and" of its own', () => {
    const dir = copy(DEMO)
    const text = read(dir, 'article.md')
    const first = text.indexOf('Perhaps the key reason')
    const merged = text.replace('Putin would have backed off.\n\nWhy?', 'Putin would have backed off. Why?')
    writeFileSync(join(dir, 'article.md'), `${merged.slice(0, first)}*Updated on 14 March.*\n\n${merged.slice(first)}`)
    const renumbered = checkModule(dir).messages.filter((m) => m.ruleId === 'paragraphs-renumbered')
    expect(renumbered).toHaveLength(1)
    expect(renumbered[0]!.reason).toContain('since paragraphs.lock: a paragraph inserted as ¶1, and ¶4 and ¶5 merged into ¶5, expected')
  })

  it('a typo fixed in the article gives no message', () => {
    const dir = copy(DEMO)
    writeFileSync(join(dir, 'article.md'), read(dir, 'article.md').replace('an indefinite period', 'an indefinte period'))
    const messages = checkModule(dir).messages.filter((m) => REFERENCE_RULES.has(m.ruleId ?? ''))
    expect(messages.map(String)).toEqual([])
  })

  it('a malformed line is an error at its line, saying what it found and expected', () => {
    const dir = copy(MODULES.german)
    const lines = read(dir, 'paragraphs.lock').split('\n')
    const at = lines.findIndex((l) => l.startsWith('¶3 '))
    lines[at] = lines[at]!.replace('¶3 ', '¶4 ')
    lines[at + 1] = 'not a paragraph'
    writeFileSync(join(dir, 'paragraphs.lock'), lines.join('\n'))
    const text = formatMessages(checkModule(dir).files)
    expect(text).toContain(`${join(dir, 'paragraphs.lock')}:${at + 1}:2: error: Unexpected \`¶4\`, expected \`¶3\``)
    expect(text).toContain(`${join(dir, 'paragraphs.lock')}:${at + 2}:1: error: Unexpected \`not a paragraph\`, expected \`¶4 \` and the paragraph's text on one line`)
  })

  it('a line deleted, or repeated, is one error at the first line off, naming the lines it puts off', () => {
    const lockErrors = (dir: string): string[] => checkModule(dir).messages.filter((m) => m.ruleId === 'paragraphs-lock').map(String)
    const deleted = copy(DEMO)
    const lines = read(deleted, 'paragraphs.lock').split('\n')
    const at = lines.findIndex((l) => l.startsWith('¶10 '))
    const last = lines.filter((l) => l.startsWith('¶')).length
    writeFileSync(join(deleted, 'paragraphs.lock'), lines.filter((_, i) => i !== at).join('\n'))
    const gone = lockErrors(deleted)
    expect(gone).toHaveLength(1)
    expect(gone[0]).toContain(`${at + 1}:2: Unexpected \`¶11\`, expected \`¶10\`: ¶10 is missing (a line deleted?), so lines ${at + 1}–${lines.length - 2} (¶11–¶${last}) are each numbered 1 above their place`)
    const repeated = copy(DEMO)
    writeFileSync(join(repeated, 'paragraphs.lock'), [...lines.slice(0, at + 1), lines[at], ...lines.slice(at + 1)].join('\n'))
    const again = lockErrors(repeated)
    expect(again).toHaveLength(1)
    expect(again[0]).toContain(`${at + 2}:2: Unexpected \`¶10\`, expected \`¶11\`: ¶10 comes again (a line repeated?), so lines ${at + 2}–${lines.length} (¶10–¶${last}) are each numbered 1 below their place`)
  })

  it('an empty record, or one of its header only, is one error; the references are checked as without one, and --renumber writes it anew', async () => {
    for (const text of ['', read(DEMO, 'paragraphs.lock').split('\n').filter((l) => l.startsWith('#')).join('\n') + '\n']) {
      const dir = copy(DEMO)
      writeFileSync(join(dir, 'paragraphs.lock'), text)
      const messages = checkModule(dir).messages.filter((m) => m.fatal === true || REFERENCE_RULES.has(m.ruleId ?? ''))
      expect(messages.map(String)).toEqual([expect.stringContaining(`paragraphs.lock:1:1: Unexpected ${text ? 'record of comment lines only' : 'empty record'}, expected \`¶1 \``)])
      const r = await run(['check', '--renumber', dir])
      expect(r.code, r.stderr).toBe(0)
      expect(read(dir, 'paragraphs.lock')).toBe(read(DEMO, 'paragraphs.lock'))
    }
  })

  it('--renumber changes only the digits of the references, and nothing while a reference needs a decision', async () => {
    const dir = copy(DEMO)
    const before = Object.fromEntries(PROSE.map((f) => [f, read(dir, f)]))
    edit(dir, EDITS['insert at start']!)
    const r = await run(['check', '--renumber', dir])
    expect(r.stdout).toMatch(/renumbered \d+ references:\n/)
    expect(r.stdout).toContain("recorded the article's numbering in paragraphs.lock")
    for (const f of PROSE) {
      const after = read(dir, f)
      expect(after).not.toBe(before[f])
      expect(after.replace(/¶\d+/g, '¶#').replace(/(¶#[–-])\d+/g, '$1#'), f).toBe(before[f]!.replace(/¶\d+/g, '¶#').replace(/(¶#[–-])\d+/g, '$1#'))
    }
    expect(r.code, r.stderr).toBe(0)
    // A deletion a module.yaml reason cites: a decision; nothing written.
    const held = copy(DEMO)
    const b = blocks(read(held, 'article.md'))
    b.blocks.splice(b.paragraphs[4]!, 1)
    writeFileSync(join(held, 'article.md'), joined(b))
    const bytes = Object.fromEntries([...PROSE, 'paragraphs.lock'].map((f) => [f, read(held, f)]))
    const refused = await run(['check', '--renumber', held])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('whose ¶5 the article no longer has (deleted)')
    expect(refused.stderr).toContain('--renumber changed nothing')
    for (const f of Object.keys(bytes)) expect(read(held, f)).toBe(bytes[f])
  })

  it('a reference to a split paragraph is placed by the words quoted before it', () => {
    const dir = copy(MODULES.german)
    const old = recorded(dir)
    // A note quoting the second sentence of ¶2, which is then split after its first.
    const second = old[1]!.split(/(?<=[a-zäöüß]\.) /)[1]!.split(' ').slice(0, 4).join(' ')
    const q = read(dir, 'questions.yaml')
    expect(q).toContain('belegt wird (¶2).')
    writeFileSync(join(dir, 'questions.yaml'), q.replace('belegt wird (¶2).', `belegt wird – “${second}” (¶2).`))
    const b = blocks(read(dir, 'article.md'))
    const i = b.paragraphs[1]!
    const at = SENTENCE_END.exec(b.blocks[i]!)!
    b.blocks.splice(i, 1, b.blocks[i]!.slice(0, at.index + 1), b.blocks[i]!.slice(at.index + at[0].length))
    writeFileSync(join(dir, 'article.md'), joined(b))
    const checked = checkModule(dir)
    expect(checked.messages.filter((m) => m.ruleId === 'paragraph-reference').map(String)).toEqual([])
    expect(formatMessages(checked.files)).toContain('¶2 split into ¶2–¶3')
    expect(formatMessages(checked.files)).toContain('`¶2` → `¶3`')
  })

  it('a module without a record adopts one with --renumber only when its references stand', () => {
    const dir = withoutRecord(copy(DEMO))
    expect(renumberModule(dir)).toMatchObject({ ok: true, recorded: true, changed: [] })
    expect(read(dir, 'paragraphs.lock')).toBe(read(DEMO, 'paragraphs.lock'))
    const stale = withoutRecord(copy(DEMO))
    writeFileSync(join(stale, 'module.yaml'), read(stale, 'module.yaml').replace('¶5 is the one-word question', '¶25 is the one-word question'))
    const refused = renumberModule(stale)
    expect(refused.ok).toBe(false)
    expect(formatMessages(refused.files)).toContain('Unexpected ¶ reference errors (1), expected references that stand as the article numbers it now')
  })
})

describe('the second article, split, with its record', () => {
  it('says the split once, and places the split paragraph’s reference by its item’s claim', () => {
    const dir = copy(join(ROOT, 'tests/fixtures/second-article'))
    writeFileSync(join(dir, 'article.md'), read(dir, 'article.md').replace('the council makes least. A 17-year-old', 'the council makes least.\n\nA 17-year-old'))
    const checked = checkModule(dir)
    const said = checked.messages.filter((m) => REFERENCE_RULES.has(m.ruleId ?? ''))
    expect(said.map(String)).toHaveLength(1)
    expect(said[0]!.reason).toContain('¶10 split into ¶10–¶11')
    expect(said[0]!.reason).toMatch(/`¶10` → `¶11`/)
    expect(said[0]!.reason).toMatch(/`¶12` → `¶13`/)
  })
})
