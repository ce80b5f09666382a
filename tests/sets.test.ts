// Question sets, versions and per-student quizzes through the library; flags through the command.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { checkModule, formatMessages } from '../src/index.js'
import { assemble, DEMO, demoCopy, ROOT, run, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build, packFiles, squash, tryBuild, type PackRequest } from './helpers/pack.js'
import { readPdfText } from './helpers/pdf.js'
import { head, library } from './types/helpers.js'

const bank = YAML.parse(readFileSync(join(DEMO, 'questions.yaml'), 'utf8'))
const claims = YAML.parse(readFileSync(join(DEMO, 'claims.yaml'), 'utf8'))

describe('versions', () => {
  let pack: string
  let files: Map<string, Buffer>
  let manifest: { seed: number; versions: Array<{ id: string; items: Array<{ id: string; answer: string }> }> }
  const request: PackRequest = { dir: DEMO, set: 'full', versions: 3, seed: 7, formats: ['pdf', 'html'] }
  beforeAll(async () => {
    pack = await build(request)
    files = packFiles(pack)
    manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'))
  })

  it('writes a quiz and an answer key for A, B and C', () => {
    for (const v of ['A', 'B', 'C']) for (const doc of ['quiz', 'answer-key']) for (const ext of ['pdf', 'html']) expect(files.has(`${doc}-${v}.${ext}`)).toBe(true)
    expect(manifest.seed).toBe(7)
    expect(manifest.versions.map((v) => v.id)).toEqual(['A', 'B', 'C'])
  })

  it("gives, in each version's key, the letter of the correct option in that version's quiz (read back from the PDFs)", async () => {
    for (const version of manifest.versions) {
      const quiz = await readPdfText(new Uint8Array(files.get(`quiz-${version.id}.pdf`)!))
      const key = await readPdfText(new Uint8Array(files.get(`answer-key-${version.id}.pdf`)!))
      const quizText = quiz.pages.flatMap((p) => p.lines).join('\n')
      const keyText = squash(key.pages.flatMap((p) => p.lines).join('\n'))
      version.items.forEach((entry, i) => {
        const item = bank.quiz.find((q: { id: string }) => q.id === entry.id)
        // Items answered by letters only; the newer types' keys are read back in tests/types/.
        if (!['single', 'multiple', 'true-false'].includes(item.type)) return
        // The quiz's option lines for question i+1: "A. text", each letter the quiz printed.
        const start = squash(quizText).indexOf(squash(`${i + 1}. ${item.stem}`))
        expect(start, `${version.id} ${entry.id}`).toBeGreaterThanOrEqual(0)
        const options = item.type === 'true-false' ? [{ text: 'True', correct: item.answer }, { text: 'False', correct: !item.answer }] : item.options
        const letters = options
          .filter((o: { correct?: boolean }) => o.correct)
          .map((o: { text: string }) => {
            const escaped = squash(o.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            return new RegExp(`([A-Z])\\.${escaped}`).exec(squash(quizText).slice(start))![1]!
          })
          .sort()
        expect(letters.join(','), `${version.id} ${entry.id}`).toBe(entry.answer)
        expect(keyText).toContain(squash(`Answer: ${letters[0]}.`))
      })
    }
  })

  it('shuffles question and option orders differently per version, keeping true/false and pinned options in place', () => {
    const orders = manifest.versions.map((v) => v.items.map((i) => i.id).join())
    expect(new Set(orders).size).toBe(3)
    for (const v of manifest.versions) {
      for (const entry of v.items) {
        const item = bank.quiz.find((q: { id: string }) => q.id === entry.id)
        if (item.type === 'true-false') expect(entry.answer).toBe(item.answer ? 'A' : 'B')
      }
    }
  })

  it('gives identical bytes for the same seed, and other orders for another seed', async () => {
    const again = packFiles(await build(request))
    for (const [path, bytes] of files) expect(again.get(path)!.equals(bytes), path).toBe(true)
    const other = JSON.parse(packFiles(await build({ ...request, seed: 8, formats: ['gift'] })).get('manifest.json')!.toString('utf8'))
    expect(other.versions.map((v: { items: Array<{ id: string }> }) => v.items.map((i) => i.id).join())).not.toEqual(manifest.versions.map((v) => v.items.map((i) => i.id).join()))
  })

  it('pins an option last in every version', async () => {
    const dir = demoCopy({
      'questions.yaml': (t) => t.replace(/(  - id: q-key-reason\n(?:.*\n)*?    options:\n)/, '$1      - text: The article does not say\n        feedback: The article gives a reason.\n        pin: last\n')
    })
    const built = packFiles(await build({ dir, set: 'full', versions: 4, formats: ['html'] }))
    const m = JSON.parse(built.get('manifest.json')!.toString('utf8'))
    for (const v of m.versions) {
      const quiz = readHtml(built.get(`quiz-${v.id}.html`)!.toString('utf8'))
      const section = quiz.elements('section').find((s) => s.properties.id === 'q-key-reason')!
      const options = section.children.filter((c) => c.type === 'element' && c.tagName === 'ol').flatMap((ol) => (ol as { children: unknown[] }).children)
      const last = options.filter((o) => (o as { type: string }).type === 'element').at(-1)
      expect(JSON.stringify(last)).toContain('The article does not say')
    }
  })
})

describe('per-student quizzes', () => {
  const names = [
    `"O'Brien, Seán"`,
    'Zoë/../../x',
    'Дмитрий Шостакович',
    '..',
    'CON',
    'Ada Lovelace',
    'Ada Lovelace',
    ...Array.from({ length: 23 }, (_, i) => `Student ${i + 1}`)
  ]
  let pack: string
  let files: Map<string, Buffer>
  let manifest: { students: Array<{ name: string; id: string | null; version: string; file: string }> }
  beforeAll(async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, ['name,id', ...names.map((n, i) => `${n},${1000 + i}`)].join('\n') + '\n')
    pack = await build({ dir: DEMO, roster, versions: 2, formats: ['pdf'] })
    files = packFiles(pack)
    manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'))
  })

  it('writes 30 distinct quiz PDFs inside the pack', () => {
    const quizzes = [...files.keys()].filter((f) => f.startsWith('quiz/'))
    expect(quizzes).toHaveLength(30)
    expect(new Set(quizzes).size).toBe(30)
    for (const f of quizzes) expect(f).toMatch(/^quiz\/\d{3}-[a-z0-9-]+\.pdf$/)
    expect(manifest.students.map((s) => s.file).sort()).toEqual(quizzes.sort())
  })

  it('prints each name exactly as written, and records name, id and version in the manifest', async () => {
    const expected = names.map((n) => (n.startsWith('"') ? n.slice(1, -1) : n))
    expect(manifest.students.map((s) => s.name)).toEqual(expected)
    for (const student of manifest.students) {
      const pdf = await readPdfText(new Uint8Array(files.get(student.file)!))
      expect(pdf.pages[0]!.text).toContain(student.name)
      expect(pdf.pages[0]!.text).toContain(student.id!)
      expect(['A', 'B']).toContain(student.version)
    }
    // Neighbours on the list get different versions.
    expect(manifest.students[0]!.version).not.toBe(manifest.students[1]!.version)
  })

  it('writes a grading sheet mapping each student to version and answers', () => {
    const sheet = files.get('grading.csv')!.toString('utf8').trim().split('\r\n')
    // A byte order mark first (trim() takes it off above), so Excel reads the names as UTF-8.
    expect(files.get('grading.csv')!.subarray(0, 3).toString('hex')).toBe('efbbbf')
    expect(sheet[0]).toMatch(/^name,id,group,version,file,q1,/)
    expect(sheet).toHaveLength(31)
    expect(sheet[1]).toContain(`"O'Brien, Seán"`)
  })

  it('warns, naming the student, when no font can draw a character of a name', async () => {
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, 'name\nWang 王小明 🙂\nAda\n')
    const result = await tryBuild({ dir: DEMO, roster, formats: ['pdf'] })
    expect(result.target).toBeDefined()
    // 王小明 has a fallback face; the emoji has none.
    expect(result.text).toContain(`roster.csv:2:1: warning: Unexpected \`🙂\` in the name of Wang 王小明 🙂`)
    expect(result.text).not.toContain('`王`')
  })
})

describe('question sets', () => {
  const themeOf = (id: string): string[] => {
    const item = bank.quiz.find((q: { id: string }) => q.id === id)
    return item.claims.flatMap((c: string) => claims.claims.find((x: { id: string }) => x.id === c).themes)
  }

  /** The manifest of the demo built with `request` (no documents: the manifest is all these tests read). */
  const manifestOf = async (request: Omit<PackRequest, 'dir'>) => JSON.parse(packFiles(await build({ dir: DEMO, formats: ['gift'], ...request })).get('manifest.json')!.toString('utf8'))

  it('filtered to one theme hold only that theme', async () => {
    const m = await manifestOf({ set: 'full', overrides: { themes: ['european-coalition'] } })
    expect(m.versions[0].items.length).toBeGreaterThan(0)
    for (const item of m.versions[0].items) expect(themeOf(item.id)).toContain('european-coalition')
  })

  // "only 1 quiz item match its filters" (a trial's --types single --claims …): the verb agrees with one item.
  it('says one item “matches” its filters', async () => {
    const ids = bank.quiz.map((q: { id: string }) => q.id)
    const result = await tryBuild({ dir: DEMO, set: 'full', overrides: { exclude: ids.slice(1), count: 5 } })
    expect(result.text).toContain('expected at most 1: only 1 quiz item matches its filters')
  })

  it('asking for more items than exist is an error naming the set and the number available', async () => {
    const available = bank.quiz.filter((q: { id: string }) => themeOf(q.id).includes('european-coalition')).length
    const result = await tryBuild({ dir: DEMO, set: 'full', overrides: { themes: ['european-coalition'], count: 99 } })
    expect(result.target).toBeUndefined()
    // The most that can stand together, when some `excludes` others: the number given is one a build takes.
    const most = Number(/Unexpected count 99 for set `full`, expected at most (\d+): /.exec(result.text)?.[1])
    expect(most).toBeLessThanOrEqual(available)
    expect(result.text).toContain(most === available ? `only ${available} quiz items match its filters` : `${available} quiz items match its filters, but some \`excludes\` others`)
    expect((await tryBuild({ dir: DEMO, set: 'full', formats: ['gift'], overrides: { themes: ['european-coalition'], count: most } })).target).toBeDefined()
    expect((await tryBuild({ dir: DEMO, set: 'full', formats: ['gift'], overrides: { themes: ['european-coalition'], count: most + 1 } })).text).toContain(`expected at most ${most}:`)
  })

  it('matching no item is said as such: a tag no item carries is named, other filters are spelt out; the count is not blamed', () => {
    const messages = (overrides: object): string[] => formatMessages(checkModule(DEMO, { set: 'seminar', overrides }).files).split('\n').filter((l) => l.includes(': error:'))
    expect(messages({ tags: ['nope'] })).toEqual([expect.stringMatching(/^command line: error: Unexpected tag `nope` in set `seminar`, expected .*tag an item of this module carries {2}\[unknown-tag\]$/)])
    expect(messages({ difficulty: ['hard'], bloom: ['remember'] })).toEqual([
      expect.stringMatching(/^command line: error: Unexpected empty set `seminar`, expected at least one quiz item to match its filters \(the bank has \d+; no item is .*at Bloom level `remember` and of difficulty `hard`\) {2}\[set-empty\]$/)
    ])
  })

  // "no item is left after `exclude`" was said of a set without an `exclude`, its bank empty.
  // With no set written, the error was the command line's, of a set `default` the teacher never wrote.
  it('a bank without quiz items is said to be that, at questions.yaml when no set asks, at the set when one does', () => {
    const errors = (files: Record<string, (text: string) => string>): string[] => assemble(demoCopy(files)).lines.filter((l) => l.includes(': error:'))
    const asked = 'for the quiz (or a set in module.yaml that draws on generated items with `generated:`)  [set-empty]'
    expect(errors({ 'questions.yaml': () => 'discussion: []\nquiz: []\n', 'module.yaml': () => 'seed: 1\n' })).toEqual([
      expect.stringMatching(/\/questions\.yaml:2:7: error: Unexpected empty `quiz` list, expected at least one quiz item /)
    ])
    expect(errors({ 'questions.yaml': () => 'discussion: []\n', 'module.yaml': () => 'seed: 1\n' })).toEqual([expect.stringMatching(/\/questions\.yaml:1:1: error: Missing `quiz` list, expected quiz items under `quiz:` /)])
    expect(errors({ 'questions.yaml': () => 'quiz: []\n', 'module.yaml': () => 'seed: 1\n' })[0]).toMatch(new RegExp(`${asked.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}$`))
    expect(errors({ 'questions.yaml': () => 'quiz: []\n', 'module.yaml': () => 'sets:\n  default:\n    bloom: [remember]\n' })).toEqual([
      expect.stringMatching(/\/module\.yaml:\d+:\d+: error: Unexpected empty set `default`, expected at least one quiz item to match its filters: questions.yaml has no quiz items \(write some under `quiz:`, or draw on generated items with `generated:`\) {2}\[set-empty\]$/)
    ])
  })

  // Flags override the set's fields: `--points 12` on the demo's default set (`count: 10`)
  // was refused for not agreeing with the count the teacher had not given.
  it('samples by --points alone on a set with a count, and by --count alone on a set with points', () => {
    const points = checkModule(DEMO, { set: 'seminar', overrides: { points: 12 } })
    expect(formatMessages(points.files).split('\n').filter((l) => l.includes(': error:'))).toEqual([])
    expect(points.selection!.items.reduce((sum, item) => sum + (item.points ?? 1), 0)).toBe(12)
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/\n  seminar:\n((?:    .*\n)*?)    count: 10\n/, '\n  seminar:\n$1    points: 11\n') })
    expect(readFileSync(join(dir, 'module.yaml'), 'utf8')).toContain('    points: 11\n')
    const count = checkModule(dir, { set: 'seminar', overrides: { count: 5 } })
    expect(formatMessages(count.files).split('\n').filter((l) => l.includes(': error:'))).toEqual([])
    expect(count.selection!.items).toHaveLength(5)
  })

  it('an id both included and excluded is a contradiction, said at the include', () => {
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/\n  seminar:\n/, '\n  seminar:\n    include: [q-key-reason]\n    exclude: [q-key-reason]\n') })
    expect(assemble(dir).text).toMatch(/module\.yaml:\d+:15: error: Unexpected `q-key-reason` in both `include` and `exclude` of set `seminar`, expected it in one of them {2}\[set-excludes\]/)
  })

  it('reports an unknown id in a set other than the one checked, at its line: check passing means every set can be built', () => {
    // A typo in `quick-check` went unnoticed by `check` (which samples the default set) until
    // `build --set quick-check` failed.
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/\n  quick-check:\n/, '\n  quick-check:\n    include: [q-key-reasn]\n    claims: [deal-ends-involvment]\n') })
    const result = assemble(dir)
    expect(result.ok).toBe(false)
    const line = readFileSync(join(dir, 'module.yaml'), 'utf8').split('\n').indexOf('    include: [q-key-reasn]') + 1
    expect(result.lines.filter((l) => l.includes(': error:'))).toEqual([
      expect.stringMatching(new RegExp(`module\\.yaml:${line}:15: error: Unexpected question id \`q-key-reasn\` in set \`quick-check\`, expected \`q-key-reason\` or another question id of this module {2}\\[unknown-question-id\\]$`)),
      expect.stringMatching(new RegExp(`module\\.yaml:${line + 1}:14: error: Unexpected claim id \`deal-ends-involvment\` in set \`quick-check\`, expected \`deal-ends-involvement\` or another claim id of this module {2}\\[unknown-claim-id\\]$`))
    ])
    // Said once, also when that set is the one checked.
    expect(formatMessages(checkModule(dir, { set: 'quick-check' }).files).split('\n').filter((l) => l.includes(': error:'))).toHaveLength(2)
  })

  // Every generated id starts `gen-`: an unknown one was offered the first of them, however unrelated.
  it('offers no id for an unknown one that only starts as others do', () => {
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/\n  quick-check:\n/, '\n  quick-check:\n    include: [gen-voice-no-such-claim-anywhere]\n') })
    const said = assemble(dir).lines.filter((l) => l.includes('[unknown-question-id]'))
    expect(said).toEqual([expect.stringContaining('Unexpected question id `gen-voice-no-such-claim-anywhere` in set `quick-check`, expected a question id of this module')])
  })

  it('knows only the sets module.yaml names: `--set constructor` or `default_set: constructor` is no set', () => {
    // A plain object's inherited names (constructor, toString, __proto__) were taken for sets:
    // `build --set constructor` built the whole bank under that name and exited 0.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const errors = formatMessages(checkModule(DEMO, { set: name }).files).split('\n').filter((l) => l.includes(': error:'))
      expect(errors, name).toEqual([expect.stringMatching(new RegExp(`^command line: error: Unexpected set \`${name}\` for --set, expected .*\\[unknown-set\\]$`))])
    }
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/^default_set: .*$/m, 'default_set: constructor') })
    expect(assemble(dir).text).toMatch(/module\.yaml:\d+:\d+: error: Unexpected default set `constructor`, expected one of the sets defined under `sets` \(`seminar`, `quick-check`, `reading-skills`, `close-reading`, `full`\) {2}\[unknown-set\]/)
    // A misspelt one is named as the set meant.
    const typo = demoCopy({ 'module.yaml': (t) => t.replace(/^default_set: .*$/m, 'default_set: seminr') })
    expect(assemble(typo).text).toContain('error: Unexpected default set `seminr`, expected `seminar` or another of the sets defined under `sets` (`seminar`, `quick-check`')
  })

  // `--paper A4` was read, `paper: A4` in module.yaml an error: both read the paper in any case now.
  it('reads module.yaml\'s paper in any case, as --paper is read', () => {
    for (const [written, paper] of [['A4', 'a4'], ['Letter', 'letter'], ['LETTER', 'letter'], [' a4 ', 'a4']] as const) {
      const result = assemble(demoCopy({ 'module.yaml': (t) => t.replace(/^paper: a4$/m, `paper: "${written}"`) }))
      expect(result.text, written).not.toMatch(/error/)
      expect(result.module?.config.paper, written).toBe(paper)
    }
    const wrong = assemble(demoCopy({ 'module.yaml': (t) => t.replace(/^paper: a4$/m, 'paper: A5') }))
    expect(wrong.text).toMatch(/module\.yaml:16:8: error: Unexpected .*`A5`.*, expected `a4` \(one of `a4`, `letter` \(in any case\)\)/)
  })

  it('warns of a discussion count above what matches when it is given as an override (it was cut quietly), once when module.yaml writes it', () => {
    const matching = bank.discussion.length
    const given = checkModule(DEMO, { overrides: { discussion: 300 } })
    expect(formatMessages(given.files)).toContain(`command line: warning: Unexpected discussion 300 for set \`seminar\`, expected at most ${matching}: only ${matching} discussion questions match its filters, and the pack has those  [set-discussion]`)
    // Written in module.yaml, the lint says it (set-feasibility), at its line, and nothing else does.
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/ {4}discussion: 3/, '    discussion: 300') })
    const line = readFileSync(join(dir, 'module.yaml'), 'utf8').split('\n').indexOf('    discussion: 300') + 1
    const said = assemble(dir).lines.filter((l) => l.includes('300'))
    expect(said).toEqual([`${join(dir, 'module.yaml')}:${line}:17: warning: Unexpected \`discussion: 300\` in set \`seminar\`, expected at most ${matching}: its filters match only ${matching} discussion questions  [set-feasibility]`])
  })

  it('reports a bad count in module.yaml at its line', () => {
    const dir = demoCopy({ 'module.yaml': (t) => t.replace(/ {4}count: \d+/, '    count: 500') })
    const result = assemble(dir)
    expect(result.ok).toBe(false)
    const line = readFileSync(join(dir, 'module.yaml'), 'utf8').split('\n').indexOf('    count: 500') + 1
    expect(result.text).toMatch(new RegExp(`module\\.yaml:${line}:12: error: Unexpected count 500 for set \`seminar\``))
  })

  it('sample a count keeping every theme represented', async () => {
    const m = await manifestOf({ set: 'full', overrides: { count: 6 } })
    const themes = new Set(m.versions[0].items.flatMap((i: { id: string }) => themeOf(i.id)))
    expect(m.versions[0].items).toHaveLength(6)
    for (const t of claims.themes) expect(themes).toContain(t.id)
  })

  it('order by ¶ when asked', async () => {
    const m = await manifestOf({ set: 'full', overrides: { order: 'paragraph' } })
    const paragraph = new Map(assemble(DEMO).module!.claims.map((c) => [c.id, c.anchor.paragraph]))
    const first = (id: string): number => Math.min(...bank.quiz.find((q: { id: string }) => q.id === id).claims.map((c: string) => paragraph.get(c)!))
    const order = m.versions[0].items.map((i: { id: string }) => first(i.id))
    const held = Number(/set `full`.*: (\d+) quiz items/.exec((await run(['check', DEMO, '--set', 'full'])).stdout)![1])
    expect(m.versions[0].items.length).toBe(held)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('take a points total', async () => {
    const m = await manifestOf({ set: 'full', overrides: { points: 10 } })
    const total = m.versions[0].items.reduce((n: number, i: { id: string }) => n + (bank.quiz.find((q: { id: string }) => q.id === i.id).points ?? 1), 0)
    expect(total).toBe(10)
  })

  it('take any points total the matching items can make, not only one that taking each item that fits reaches', () => {
    // Four 5-point items and two of 3 points: 6 is made only by the two 3s. Taking whichever
    // item fits first takes a 5 and is then stuck at 5 (a 3 would make 8).
    const item = (id: string, points: number): string => `${head(id, 'numeric', 'signatures', points)}    answer: 3\n    feedback: The residents collected the signatures in three weeks.\n`
    const dir = library(['a', 'b', 'c', 'd'].map((id) => item(`n-five-${id}`, 5)).join('') + item('n-three-a', 3) + item('n-three-b', 3))
    writeFileSync(join(dir, 'module.yaml'), 'date: 2025-04-01\nseed: 11\ndefault_set: six\nsets:\n  six:\n    title: Six points\n    points: 6\n  seven:\n    title: Seven points\n    points: 7\n')
    const six = checkModule(dir)
    expect(formatMessages(six.files).split('\n').filter((l) => l.includes(': error:'))).toEqual([])
    expect(six.report).toMatch(/set `six` \(Six points\): 2 quiz items/)
    // A total no choice makes is still an error, at `points`.
    const seven = formatMessages(checkModule(dir, { set: 'seven' }).files)
    expect(seven).toContain('error: Unexpected points total 7 for set `seven`, expected a total its 6 matching items can make exactly (they hold 26 points in all)  [set-points]')
  })

  it('without discussion questions (`discussion: 0`) write no discussion documents, and the landing page lists none', async () => {
    // The demo's quick-check set has `discussion: 0`: its pack held a student page saying "0 questions".
    const files = packFiles(await build({ dir: DEMO, set: 'quick-check', formats: ['html', 'pdf'] }))
    expect([...files.keys()].filter((f) => f.startsWith('discussion'))).toEqual([])
    expect(files.has('quiz.pdf') && files.has('handout-teacher.pdf')).toBe(true)
    const index = files.get('index.html')!.toString('utf8')
    expect(index).not.toContain('discussion.html')
    // Nor does its opening line promise them.
    expect(readHtml(index).mainText).toContain('ready to teach: a reading copy, a seminar handout, quizzes and answer keys.')
    // A set with discussion questions still has both editions.
    const seminar = packFiles(await build({ dir: DEMO, set: 'seminar', formats: ['html'] }))
    expect(['discussion.html', 'discussion-facilitator.html'].every((f) => seminar.has(f))).toBe(true)
  })

  it('show in check and index.html which claims and ¶ they cover', async () => {
    const result = checkModule(DEMO, { set: 'quick-check' })
    expect(result.ok).toBe(true)
    expect(result.report).toMatch(/set `quick-check`.*: 8 quiz items/)
    expect(result.report).toMatch(new RegExp(`covers \\d+ of ${claims.claims.length} claims and ¶`))
    // Each with its id, as index.html lists it: a label alone (`C2 (¶2)`) is not found in claims.yaml.
    expect(result.report).toMatch(/leaves out claims: (C\d+ \(¶\d+, [a-z0-9-]+\)(, |$)|none)/m)
    const index = readHtml(packFiles(await build({ dir: DEMO, set: 'quick-check', formats: ['html'] })).get('index.html')!.toString('utf8')).mainText
    expect(index).toMatch(new RegExp(`They cover \\d+ of the ${claims.claims.length} key claims`))
  })

  it('flags override the set and wrong flag values name the flag', async () => {
    const result = await run(['build', DEMO, '--out', tempDir(), '--types', 'essay'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Unexpected `essay` in --types, expected one of `single`, `multiple`, `true-false`, `short`')
  })

  it('paths that cannot be meant are wrong usage (exit 2), and nothing is written: an empty --out, a module folder that is not there, --templates naming a file', async () => {
    const cwd = tempDir()
    const file = join(cwd, 'notes.txt')
    writeFileSync(file, 'x')
    for (const [args, message] of [
      [['build', DEMO, '--out', ''], 'Unexpected empty --out, expected a folder for the packs (the default is `out`)'],
      [['build', DEMO, '--out', cwd, '--roster', ' '], 'Unexpected empty --roster, expected a CSV file with a `name` column'],
      [['check', join(cwd, 'missing')], `Unexpected MODULE_DIR \`${join(cwd, 'missing')}\`, expected a module folder (one with an article.md): there is nothing at that path`],
      [['check', file], `Unexpected MODULE_DIR \`${file}\`, expected a module folder (one with an article.md): there is a file there`],
      [['build', DEMO, '--out', cwd, '--templates', file], `Unexpected --templates \`${file}\`, expected an existing folder: it is a file`]
    ] as const) {
      const result = await run([...args], cwd)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toContain(message)
    }
    expect(readdirSync(cwd)).toEqual(['notes.txt'])
  })

  it('a path starting with a `~` the shell left as it is (`--out=~/packs`) is wrong usage, and no folder named `~` is made', async () => {
    // It wrote ./~/packs/<module> while saying "wrote ~/packs/…", where the teacher then looked for it.
    const cwd = tempDir()
    const said = (flag: string, value: string): string => `classpack: Unexpected \`~\` at the start of --${flag} \`${value}\`, expected a path the shell has expanded: after \`--${flag}=\` or in quotes \`~\` is not your home folder but a folder named \`~\`; write \`--${flag} ${value}\` (a space, no quotes) or the full path`
    const build = await run(['build', DEMO, '--out=~/packs', '--roster=~/class.csv', '--templates=~'], cwd)
    expect(build.code).toBe(2)
    expect(build.stderr.split('\n').filter((line) => line.startsWith('classpack:'))).toEqual([said('out', '~/packs'), said('roster', '~/class.csv'), said('templates', '~')])
    const init = await run(['init', join(ROOT, 'tests/fixtures/seed-article.txt'), '--into=~/m'], cwd)
    expect(init.code).toBe(2)
    expect(init.stderr).toContain(said('into', '~/m'))
    expect(readdirSync(cwd)).toEqual([])
    // A `~` further on is a character of a name like any other.
    expect((await run(['build', DEMO, '--out', 'a~b', '--format', 'html'], cwd)).code).toBe(0)
  })
})

describe('template overrides', () => {
  it('a file of the same name beside the module overrides that template alone', async () => {
    const dir = demoCopy()
    const templates = join(dir, 'templates')
    const original = readFileSync(join(DEMO, '../../templates/quiz.md.hbs'), 'utf8')
    mkdirSync(templates)
    writeFileSync(join(templates, 'quiz.md.hbs'), original.replace(/^# .*$/m, '# Class test'))
    const files = packFiles(await build({ dir, formats: ['html'] }))
    expect(readHtml(files.get('quiz.html')!.toString('utf8')).headings[0]!.text).toBe('Class test')
    expect(readHtml(files.get('handout.html')!.toString('utf8')).headings[0]!.text).toContain('A US backstop')
  })

  it('--templates DIR overrides a partial', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'partials'))
    writeFileSync(join(dir, 'partials', 'header.md.hbs'), 'Department of Politics\n\n')
    const files = packFiles(await build({ dir: DEMO, formats: ['html'], templates: dir }))
    for (const doc of ['handout', 'quiz']) expect(readHtml(files.get(`${doc}.html`)!.toString('utf8')).mainText).toMatch(/^\s*Department of Politics/)
  })
})
