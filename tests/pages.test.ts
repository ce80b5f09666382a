// Every page says what it is, and a quiz has what a teacher expects, read back from built
// packs with pdf.js as a reader (and a photocopier) sees them: the running header of
// every page (the document, the version or the student's name, the teacher's mark), the
// quiz's furniture, the answer grid before the key's reasons, questions and headings
// whole on their pages, and what assistive technology needs (PDF/UA id, bookmarks).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { assemble, DEMO, demoCopy, tempDir } from './helpers/fixtures.js'
import { readHtml } from './helpers/html.js'
import { build, sharedPack } from './helpers/pack.js'
import { openPdf, readPdf, readPdfText, roles, type PdfPage, type PdfText } from './helpers/pdf.js'

// Wider than the header line at its size: it must be set smaller, and the title must give way (to its first letters).
const LONG = 'Maximiliana Alexandrovna Konstantinopolskaya-Wolfeschlegelsteinhausen von Habsburg-Lothringen und Sachsen-Coburg'
const STUDENTS = ["O'Brien, Seán", LONG, 'Ada Lovelace']
const KEY_MARK = 'Answer key — teacher edition'
const FACILITATOR_MARK = 'Facilitator edition'

let full: string
let versioned: string
const read = (pack: string, file: string): Promise<PdfText> => readPdfText(new Uint8Array(readFileSync(join(pack, file))))
const manifest = (pack: string) => JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8'))

beforeAll(async () => {
  // The whole bank in one version (as pack.test.ts builds it), and the default set in two versions for a small roster.
  full = await sharedPack({ dir: DEMO, set: 'full' })
  const roster = join(tempDir(), 'roster.csv')
  writeFileSync(roster, `name,id\n${STUDENTS.map((n, i) => `"${n}",S${i + 1}`).join('\n')}\n`)
  versioned = await build({ dir: DEMO, versions: 2, roster, formats: ['html', 'pdf'] })
})

/** The running header: the first line of the page, top to bottom. */
const header = (page: PdfPage): string => page.lines[0]!
/** The page without its running header and its "Page N of M" footer. */
const body = (page: PdfPage): string[] => page.lines.slice(1).filter((l) => !/^Page \d+ of \d+$/.test(l.trim()))

describe('every page says what it is', () => {
  it('every page of quiz-B.pdf carries "Version B", and none "Version A"', async () => {
    const pdf = await read(versioned, 'quiz-B.pdf')
    expect(pdf.numPages).toBeGreaterThan(1)
    for (const page of pdf.pages) {
      expect(header(page)).toMatch(/Version B$/)
      expect(header(page)).toContain('Quiz: A US backstop')
      expect(page.text).not.toContain('Version A')
    }
  })

  it("every page of a student's quiz carries their name, whole, even when the title has to give way", async () => {
    const { students } = manifest(versioned)
    expect(students.map((s: { name: string }) => s.name)).toEqual(STUDENTS)
    for (const student of students as Array<{ name: string; file: string; version: string }>) {
      const pdf = await read(versioned, student.file)
      expect(pdf.numPages).toBeGreaterThan(1)
      for (const page of pdf.pages) expect(header(page)).toContain(`${student.name} · Version ${student.version}`)
    }
    const long = await read(versioned, (students as Array<{ name: string; file: string }>).find((s) => s.name === LONG)!.file)
    // The name is whole; the title is shortened, never the name, and never left out: the page still says it is a quiz, and of what.
    expect(header(long.pages[1]!)).not.toContain('A US backstop for European peacekeepers in Ukraine could be packaged as protection of US citizens')
    for (const page of long.pages) expect(header(page)).toMatch(/^Quiz: A US/)
  })

  it('shortens with an ellipsis only a name that would run off the paper even at the smallest size, and keeps it on the page', async () => {
    const absurd = `${'Maximiliane '.repeat(24)}Zed`
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, `name\n${absurd}\n`)
    const pack = await build({ dir: DEMO, roster, formats: ['pdf'] })
    const file = manifest(pack).students[0].file as string
    const doc = await openPdf(new Uint8Array(readFileSync(join(pack, file))))
    try {
      const page = await doc.getPage(2)
      const width = (page.view as number[])[2]!
      const top = (page.view as number[])[3]!
      const items = (await page.getTextContent()).items.filter((i) => 'str' in i && i.str.trim() !== '' && i.transform[5]! > top - 60) as Array<{ str: string; width: number; transform: number[] }>
      expect(items.map((i) => i.str).join('')).toMatch(/^Maximiliane Maximiliane .*…$/)
      for (const item of items) {
        expect(item.transform[4]!).toBeGreaterThanOrEqual(0)
        expect(item.transform[4]! + item.width).toBeLessThanOrEqual(width)
      }
    } finally {
      await doc.destroy()
    }
  })

  it('keeps the version whole after a name shortened with an ellipsis', async () => {
    const absurd = `${'Maximiliane '.repeat(24)}Zed`
    const roster = join(tempDir(), 'roster.csv')
    writeFileSync(roster, `name\n${absurd}\n`)
    const pack = await build({ dir: DEMO, roster, versions: 2, formats: ['pdf'] })
    const student = manifest(pack).students[0] as { file: string; version: string }
    const pdf = await read(pack, student.file)
    // The title keeps its first letters (what the page is); the name gives way, the version never.
    for (const page of pdf.pages) expect(header(page)).toMatch(new RegExp(`^Quiz: A US.*… Maximiliane Maximiliane .*… · Version ${student.version}$`))
  })

  it('shortens the title after a whole word, never inside one', async () => {
    const words = new Set('Answer key: Quiz: A US backstop for European peacekeepers in Ukraine could be packaged as protection of US citizens'.split(' '))
    const { students } = manifest(versioned)
    const long = (students as Array<{ name: string; file: string }>).find((s) => s.name === LONG)!.file
    let cut = 0
    for (const file of ['answer-key-A.pdf', long]) {
      for (const page of (await read(versioned, file)).pages) {
        const title = header(page).split('…')[0]!
        if (title === header(page)) continue
        cut++
        expect(words, `${file}: ${header(page)}`).toContain(title.split(' ').at(-1))
      }
    }
    expect(cut).toBeGreaterThan(2)
  })

  it('every page of the answer keys carries the key’s teacher-edition mark, every page of the facilitator edition its mark', async () => {
    for (const file of ['answer-key-A.pdf', 'answer-key-B.pdf']) {
      const pdf = await read(versioned, file)
      expect(pdf.numPages).toBeGreaterThan(1)
      for (const page of pdf.pages) expect(header(page)).toContain(KEY_MARK)
      for (const page of pdf.pages) expect(header(page)).toContain(`Version ${file[11]}`)
    }
    const facilitator = await read(full, 'discussion-facilitator.pdf')
    expect(facilitator.numPages).toBeGreaterThan(1)
    for (const page of facilitator.pages) expect(header(page)).toContain(FACILITATOR_MARK)
  })

  it("puts no teacher's mark on what students get", async () => {
    for (const file of ['quiz-A.pdf', 'discussion.pdf', 'handout.pdf', manifest(versioned).students[0].file]) {
      const pdf = await read(versioned, file)
      for (const page of pdf.pages) expect(page.text).not.toMatch(/[Tt]eacher edition|Facilitator edition/)
    }
  })

  it('says the same at the top of the HTML pages', () => {
    const quiz = readHtml(readFileSync(join(versioned, 'quiz-B.html'), 'utf8'))
    const running = quiz.elements('header')[0]!
    expect(running.properties.className).toEqual(['running'])
    const key = readFileSync(join(versioned, 'answer-key-A.html'), 'utf8')
    expect(readHtml(key).elements('strong').map((e) => (e.children[0] as { value?: string } | undefined)?.value)).toEqual(expect.arrayContaining([KEY_MARK, 'Version A']))
  })
})

describe('the quiz', () => {
  it('has name, class and date lines, the time allowed, a score box, how to answer, a points table and an end', async () => {
    const pdf = await read(versioned, 'quiz-A.pdf')
    const lines = pdf.pages.flatMap(body)
    const text = lines.join('\n')
    const items = manifest(versioned).versions[0].items as Array<{ id: string }>
    const bank = YAML.parse(readFileSync(join(DEMO, 'questions.yaml'), 'utf8')).quiz as Array<{ id: string; points?: number }>
    const points = items.map((i) => bank.find((q) => q.id === i.id)!.points ?? 1)
    const total = points.reduce((a, b) => a + b, 0)
    expect(text).toMatch(/^Name:/m)
    expect(lines).toContain(`Class: Date: Score / ${total}`)
    // The seminar set's `minutes`.
    expect(text).toContain('Time allowed: 15 minutes.')
    expect(text).toContain('How to answer: ○ fill in one circle; □ tick every box that applies.')
    expect(lines.at(-1)).toBe('End of quiz')
    // The points table: each question's points, in the order printed, and the total.
    expect(lines).toContain(`Question ${items.map((_, n) => n + 1).join(' ')} Total`)
    expect(lines).toContain(`Points ${points.join(' ')} ${total}`)
    expect(lines).toContain('Score')
  })

  it('labels the marks as the choice questions’ beside questions answered otherwise (the line read as the whole instruction)', async () => {
    const bank = YAML.parse(readFileSync(join(DEMO, 'questions.yaml'), 'utf8')).quiz as Array<{ id: string; type: string }>
    const asked = (manifest(full).versions[0].items as Array<{ id: string }>).map((i) => bank.find((q) => q.id === i.id)?.type)
    // Not vacuous: the full set asks written or blank-filling questions beside choices.
    expect(asked.some((t) => t !== undefined && !['single', 'multiple', 'true-false'].includes(t))).toBe(true)
    const text = (await read(full, 'quiz.pdf')).pages.flatMap(body).join(' ')
    expect(text).toContain('Choice questions: ○ fill in one circle; □ tick every box that applies.')
    expect(text).not.toContain('How to answer')
  })

  it("takes the time allowed from the set's `minutes`, and says where a wrong one is", () => {
    const dir = demoCopy({ 'module.yaml': (t) => t.replace('    minutes: 15 ', '    minutes: 0 ') })
    const result = assemble(dir)
    const line = readFileSync(join(dir, 'module.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('    minutes: 0 ')) + 1
    expect(result.ok).toBe(false)
    expect(result.text).toContain(`module.yaml:${line}:14: error: Unexpected \`0\` at \`sets.seminar.minutes\`, expected a whole number from 1 to 1000`)
  })

  it('prints a student’s name in place of the name line', async () => {
    const pdf = await read(versioned, manifest(versioned).students[0].file)
    expect(pdf.pages[0]!.text).toContain(`Name: ${STUDENTS[0]} · ID: S1 · Version:`)
    expect(pdf.pages[0]!.text).toMatch(/^Class: Date: Score \/ \d+$/m)
  })

  // A long name once left "· ID: 100074 ·" at a line's end and "Version: B" alone on the next.
  it('breaks a long Name line before a separator, never between a label and its value', async () => {
    const words = ['Maximiliana', 'de', 'la', 'Fuente', 'Konstantinopoulou', 'Bo', 'Ng', 'Vanderbilt']
    const names = Array.from({ length: 14 }, (_, i) => Array.from({ length: 5 + (i >> 1) }, (_, w) => words[(i * 3 + w * 5) % words.length]).join(' '))
    const roster = join(tempDir(), 'long-names.csv')
    writeFileSync(roster, ['name,id', ...names.map((name, i) => `${name},${100000 + i * 37}`)].join('\n') + '\n')
    const pack = await build({ dir: DEMO, versions: 2, roster, formats: ['pdf'] })
    let broken = 0
    for (const student of manifest(pack).students as Array<{ file: string }>) {
      const lines = body((await read(pack, student.file)).pages[0]!)
      const at = lines.findIndex((l) => l.startsWith('Name:'))
      const own = lines.slice(at, lines.findIndex((l) => l.startsWith('Class:')))
      if (own.length > 1) broken++
      for (const line of own) expect(line, student.file).not.toMatch(/(·|ID:|Version:)\s*$/)
      expect(own.join(' ').replace(/\s+/g, ' '), student.file).toMatch(/ · ID: \d+ · Version: [AB]$/)
    }
    // The sweep breaks some of them (else it tests nothing).
    expect(broken).toBeGreaterThan(4)
  })

  // A class was added to the line without its no-break space: "Class:" ended one line, "10B" opened the next.
  it('keeps the class with its label on a long Name line', async () => {
    const words = ['Priyanka', 'Chaudhary-Venkataraman', 'de', 'la', 'Konstantinopoulou', 'Ng']
    const names = Array.from({ length: 12 }, (_, i) => Array.from({ length: 2 + (i >> 1) }, (_, w) => words[(i + w * 5) % words.length]).join(' '))
    const roster = join(tempDir(), 'groups.csv')
    writeFileSync(roster, ['name,id,group', ...names.map((name, i) => `${name},${2000 + i},${10 + (i % 3)}B`)].join('\n') + '\n')
    const pack = await build({ dir: DEMO, versions: 2, roster, formats: ['pdf'] })
    let broken = 0
    for (const student of manifest(pack).students as Array<{ file: string }>) {
      const lines = body((await read(pack, student.file)).pages[0]!)
      const at = lines.findIndex((l) => l.startsWith('Name:'))
      const own = lines.slice(at, lines.findIndex((l, i) => i > at && l.startsWith('Date:')))
      if (own.length > 1) broken++
      for (const line of own) expect(line, student.file).not.toMatch(/(·|ID:|Class:|Version:)\s*$/)
      expect(own.join(' ').replace(/\s+/g, ' '), student.file).toMatch(/ · ID: \d+ · Class: 1\dB · Version: [AB]$/)
    }
    expect(broken).toBeGreaterThan(2)
  })

  // An id wider than the Name line's column, with no space to break at: "· ID:" ended one line and
  // the id started the next behind the no-break space that glued it to its label, off the margin.
  it('breaks an id wider than its line where the line ends, after its label, as a browser does', async () => {
    const id = `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'}0123456789${'abcdefghijklmnopqrstuvwxyz'}`
    const roster = join(tempDir(), 'long-id.csv')
    writeFileSync(roster, `name,id\nŁukasz Nowak-Wiśniewski,${id}\nAda Lovelace,${id.slice(0, 40)}-${id.slice(40)}\n`)
    const pack = await build({ dir: DEMO, roster, formats: ['pdf'] })
    for (const student of manifest(pack).students as Array<{ file: string; id: string }>) {
      const lines = body((await read(pack, student.file)).pages[0]!)
      const at = lines.findIndex((l) => l.startsWith('Name:'))
      const own = lines.slice(at, lines.findIndex((l) => l.startsWith('Class:')))
      expect(own.length, own.join(' / ')).toBeGreaterThan(1)
      for (const line of own) {
        expect(line, own.join(' / ')).not.toMatch(/ID:\s*$/)
        expect(line, own.join(' / ')).not.toMatch(/^\s/)
      }
      expect(own.join('').replace(/\s+/g, ' '), student.file).toContain(`· ID: ${student.id}`)
    }
  })

  it('marks one-answer options with circles and select-all options with boxes, in the HTML too', () => {
    const html = readHtml(readFileSync(join(full, 'quiz.html'), 'utf8'))
    const lists = html.elements('ol').filter((ol) => (ol.properties.className as string[]).includes('options'))
    const kinds = lists.map((ol) => (ol.properties.className as string[]).find((c) => c.startsWith('mark-')))
    expect(new Set(kinds)).toEqual(new Set(['mark-circle', 'mark-box']))
    // A select-all item's options have boxes: the stem before them says so.
    const section = html.elements('section').find((s) => JSON.stringify(s).includes('Select all that apply'))!
    expect(JSON.stringify(section)).toContain('mark-box')
  })

  it('never starts a question on one page and goes on with it on the next', async () => {
    for (const [pack, file] of [
      [full, 'quiz.pdf'],
      [versioned, 'quiz-A.pdf'],
      [versioned, 'quiz-B.pdf'],
      [versioned, manifest(versioned).students[1].file]
    ] as const) {
      const pdf = await read(pack, file)
      expect(pdf.numPages).toBeGreaterThan(1)
      // What stands at the head of a page after the first is a question's start (or the end).
      pdf.pages.slice(1).forEach((page, i) => expect(body(page)[0], `${file} page ${i + 2}`).toMatch(/^(\d+\. |End of quiz$)/))
    }
  })

  it('takes as many pages in one version as in the other', async () => {
    const [a, b] = await Promise.all([read(versioned, 'quiz-A.pdf'), read(versioned, 'quiz-B.pdf')])
    expect(a.numPages).toBe(b.numPages)
  })
})

describe('the answer key', () => {
  it('starts with a one-page grid of every answer and its points, before the reasons', async () => {
    const pdf = await read(versioned, 'answer-key-B.pdf')
    const first = body(pdf.pages[0]!)
    expect(first).toContain('Answers at a glance')
    expect(first).toContain('Question Answer Points')
    const items = manifest(versioned).versions[1].items as Array<{ id: string; answer: string }>
    items.forEach((item, n) => {
      const answer = /^[A-Z](,[A-Z])*$/.test(item.answer) ? item.answer.split(',').join(', ') : 'written (see the model answer)'
      expect(first.some((l) => l.startsWith(`${n + 1} ${answer} `))).toBe(true)
    })
    // A true/false item's letter comes with its word.
    expect(first.some((l) => /^\d+ [AB] \((?:True|False)\) \d/.test(l))).toBe(true)
    // The last row adds the points up, as the quiz's score box has them.
    const total = (YAML.parse(readFileSync(join(DEMO, 'questions.yaml'), 'utf8')).quiz as Array<{ id: string; points?: number }>)
      .filter((q) => items.some((i) => i.id === q.id))
      .reduce((sum, q) => sum + (q.points ?? 1), 0)
    expect(first).toContain(`Total ${total}`)
    expect(first.indexOf(`Total ${total}`)).toBe(first.indexOf('Question Answer Points') + items.length + 1)
    // The reasons start on the next page, question by question.
    expect(pdf.pages[0]!.text).not.toMatch(/^Question 1$/m)
    expect(body(pdf.pages[1]!)[0]).toBe('Question 1')
  })

  it("keeps each entry's head (heading, stem, answer) on one page", async () => {
    const pdf = await read(full, 'answer-key.pdf')
    const lines = pdf.pages.flatMap((page, p) => body(page).map((text) => ({ text, p })))
    const heads = lines.filter((l) => /^Question \d+$/.test(l.text))
    expect(heads.length).toBeGreaterThan(20)
    for (const head of heads) {
      const at = lines.indexOf(head)
      const answer = lines.findIndex((l, i) => i > at && l.text.startsWith('Answer:'))
      expect(lines[answer]!.p, head.text).toBe(head.p)
    }
  })
})

describe('pagination', () => {
  /** Each body line of `pdf` with its page and size, in reading order. */
  const placed = (pdf: PdfText) => pdf.pages.flatMap((page, p) => page.lines.map((text, i) => ({ text, p, size: page.sizes[i]!, y: page.baselines[i]! })).slice(1, -1))
  /** The line a page opens with when an entry runs on to it ("Question 6 (continued)"): small, atop the page. */
  const isCarried = (line: ReturnType<typeof placed>[number]): boolean => line.size < 9 && line.text.endsWith('(continued)')
  /**
   * `run`'s later pages (an entry split across pages) each open with the entry's heading and
   * "(continued)", and no other page does: checked against `all`, the document's lines.
   */
  const carriedLabels = (all: ReturnType<typeof placed>, runs: { heading: string; pages: number[] }[]): void => {
    const expected = new Map(runs.flatMap((r) => r.pages.slice(1).map((p) => [p, r.heading] as const)))
    for (const p of new Set(all.map((l) => l.p))) {
      const first = all.find((l) => l.p === p)!
      const heading = expected.get(p)
      if (heading === undefined) expect(isCarried(first), `page ${p + 1} opens with ${first.text}`).toBe(false)
      else {
        expect(isCarried(first), `page ${p + 1} opens with ${first.text}`).toBe(true)
        // A long prompt is shortened at a word, with an ellipsis, to keep the label on one line.
        const shown = first.text.replace(/ \(continued\)$/, '')
        expect(heading.startsWith(shown.replace(/…$/, '')), `page ${p + 1}: ${first.text} for ${heading}`).toBe(true)
      }
    }
  }

  // A run's first baseline stands below where it starts (the cursor, which the renderer's half-page rule
  // reads) by the space above its heading and the heading's own line: the 8 pt a list before it owes (the
  // run's keep takes that gap, and its heading adds its own), 18 pt above a level-2 heading, and its
  // baseline 13.7 pt below the top of its line: 39.7 pt. 30 and then 32 were too little: a key entry
  // starting 5 pt above the middle once fell into the first, a facilitator's question 0.5 pt above the
  // middle (below a "continued" label that moved its page down) into the second.
  const SPACE = 40
  /**
   * The middle of the body area, from the top of the highest line and the foot of the lowest set
   * anywhere in `lines` (their baselines put it 3 pt low: a page that ends 1 pt above the true middle
   * once read as more than half empty).
   */
  const middle = (lines: ReturnType<typeof placed>): number => (Math.max(...lines.map((l) => l.y + l.size)) + Math.min(...lines.map((l) => l.y - 0.25 * l.size))) / 2
  /** How tall `run` (lines in reading order) is set, its pieces on each page added up: from its first line's top to its last line's foot. */
  const extent = (run: ReturnType<typeof placed>): number => {
    let total = 0
    for (const p of new Set(run.map((l) => l.p))) {
      const on = run.filter((l) => l.p === p)
      total += on[0]!.y + on[0]!.size - (on.at(-1)!.y - 0.25 * on.at(-1)!.size)
    }
    return total
  }
  /** What a page of `lines` holds at most: what its fullest page holds. */
  const pageRoom = (lines: ReturnType<typeof placed>): number => Math.max(...[...new Set(lines.map((l) => l.p))].map((p) => extent(lines.filter((l) => l.p === p))))

  it('keeps each answer key entry whole on its page, what the item tests included, unless that would leave over half a page empty', async () => {
    // The "Tests" heading and its claims once went over alone to the head of the next page;
    // then, kept whole, entries left half of many pages empty.
    const all = placed(await read(full, 'answer-key.pdf'))
    const lines = all.filter((l) => !isCarried(l))
    const heads = lines.filter((l) => /^Question \d+$/.test(l.text))
    const split: { heading: string; pages: number[] }[] = []
    expect(heads.length).toBeGreaterThan(20)
    const half = middle(lines)
    const room = pageRoom(lines)
    let whole = 0
    heads.forEach((head, k) => {
      const at = lines.indexOf(head)
      const tests = lines.findIndex((l, i) => i > at && l.text === 'Tests')
      const end = k + 1 < heads.length ? lines.indexOf(heads[k + 1]!) : lines.findIndex((l, i) => i > tests && l.size > 12.5)
      expect(tests, head.text).toBeGreaterThan(at)
      const own = lines.slice(at, end)
      if (own.every((l) => l.p === head.p)) return void whole++
      split.push({ heading: head.text, pages: [...new Set(own.map((l) => l.p))] })
      // Broken: only where it starts in the upper half of its page or is taller than a page (a
      // long select-all item, its options' words and its claims), and only between blocks that
      // may part: its head stays with its answer, the "Tests" heading with its first claim.
      if (extent(own) <= room - 24) expect(head.y, `${head.text} breaks though it starts low on its page`).toBeGreaterThan(half - SPACE)
      expect(own.find((l) => l.text.startsWith('Answer:'))!.p, head.text).toBe(head.p)
      expect(lines[tests + 1]!.p, head.text).toBe(lines[tests]!.p)
    })
    expect(whole).toBeGreaterThan(heads.length / 2)
    expect(split.length).toBeGreaterThan(0)
    carriedLabels(all, split)
    // No page is left more than half empty but the glance grid's (a page of its own) and the last.
    const glance = lines.find((l) => l.text === 'Answers at a glance')!.p
    const pages = new Set(lines.map((l) => l.p))
    for (const p of [...pages].slice(0, -1)) if (p !== glance) expect(Math.min(...lines.filter((l) => l.p === p).map((l) => l.y)), `page ${p + 1}`).toBeLessThan(half)
  })

  it('fills every page an entry runs over, the label atop each later one taken into account', async () => {
    // A feedback of about 150 lines: pages past the first break once held the label and one line each.
    const long = Array.from({ length: 140 }, () => 'That belongs to the second reason, which the author adds with “another reason too”.').join(' ')
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace('        feedback: That belongs to the second reason, which the author adds with “another reason too”.', `        feedback: ${long}`) })
    const pack = await build({ dir, set: 'full', formats: ['pdf'] })
    const lines = placed(await read(pack, 'answer-key.pdf'))
    const pages = [...new Set(lines.map((l) => l.p))]
    // The pages the feedback runs over, past the one it starts on.
    const over = [...new Set(lines.filter((l) => l.text.includes('which the author adds with')).map((l) => l.p))].slice(1)
    expect(over.length).toBeGreaterThan(2)
    for (const p of over) expect(isCarried(lines.find((l) => l.p === p)!), `page ${p + 1}`).toBe(true)
    // Each of them but the last is full: as many lines as the fullest page holds, give or take the label's.
    const count = (p: number): number => lines.filter((l) => l.p === p).length
    const most = Math.max(...pages.map(count))
    for (const p of over.slice(0, -1)) expect(count(p), `page ${p + 1}`).toBeGreaterThanOrEqual(most - 2)
  })

  it("keeps each of the facilitator's questions whole on its page, with its notes and misreadings, where that leaves no more than half a page empty", async () => {
    // A question's heading and purpose once ended a page, its notes on the next; then, kept
    // whole, the first question left the first page all but empty.
    const all = placed(await read(full, 'discussion-facilitator.pdf'))
    const lines = all.filter((l) => !isCarried(l))
    const split: { heading: string; pages: number[] }[] = []
    const half = middle(lines)
    const room = pageRoom(lines)
    // Each section heading's first line (a question's may take two).
    const sections = lines.filter((l, i) => l.size > 12.5 && !(lines[i - 1]!.size > 12.5))
    const questions = sections.filter((l) => /^\d+\. /.test(l.text))
    expect(questions.length).toBeGreaterThan(10)
    for (const question of questions) {
      const at = lines.indexOf(question)
      const next = sections[sections.indexOf(question) + 1]
      const end = next === undefined ? lines.length : lines.indexOf(next)
      const own = lines.slice(at, end)
      expect(own.some((l) => l.text === 'What a good discussion covers'), question.text).toBe(true)
      if (own.every((l) => l.p === question.p)) continue
      // The heading whole: a question's may take two lines.
      const heading = own.slice(0, own.findIndex((l) => l.size <= 12.5)).map((l) => l.text).join(' ')
      split.push({ heading, pages: [...new Set(own.map((l) => l.p))] })
      // Split: only where it starts in the upper half of its page or is taller than a page,
      // and never between its heading and its purpose, nor a box from its first lines.
      if (extent(own) <= room - 24) expect(question.y, `${question.text} is split though it starts low on its page`).toBeGreaterThan(half - SPACE)
      expect(own.find((l) => l.text.startsWith('Purpose:'))!.p, question.text).toBe(question.p)
      const box = own.findIndex((l) => l.text === 'What a good discussion covers')
      expect(own[box + 1]!.p, question.text).toBe(own[box]!.p)
    }
    const pages = [...new Set(lines.map((l) => l.p))]
    for (const p of pages.slice(0, -1)) expect(Math.min(...lines.filter((l) => l.p === p).map((l) => l.y)), `page ${p + 1}`).toBeLessThan(half)
    expect(split.length).toBeGreaterThan(0)
    carriedLabels(all, split)
  })

  // The student's four lines to fill in once broke across a page ("Evidence in the text" alone
  // on the next), the teacher's record of a claim (kind, asserter, hedging, evidence) went
  // over without it, and a claim's actors, themes and relations went over, or the last of
  // them alone. Each claim runs from its heading to the next heading or teaching note.
  it.each([['handout.pdf'], ['handout-teacher.pdf']])('keeps each claim of %s on one page, down to its relations', async (file) => {
    const lines = placed(await read(full, file))
    // Each claim's heading: its label's first line (the argument map's boxes, after, name them too).
    const heads = lines.filter((l, i) => /^C\d+ · ¶\d+$/.test(l.text) && lines.findIndex((m) => m.text === l.text) === i)
    expect(heads.length).toBeGreaterThan(20)
    for (const head of heads) {
      const at = lines.indexOf(head)
      const end = lines.findIndex((l, i) => i > at && (l.size > 11.5 || l.text.startsWith('Teaching note')))
      const own = lines.slice(at, end === -1 ? lines.length : end)
      expect(own.some((l) => /^Themes?:/.test(l.text)), head.text).toBe(true)
      for (const line of own) expect(line.p, `${head.text}: ${line.text}`).toBe(head.p)
    }
  })

  // A claim's teaching note may start the next page, away from the claim; its title says whose it is.
  it("names its claim in each teaching note's title in the teacher's handout", async () => {
    const lines = placed(await read(full, 'handout-teacher.pdf'))
    const notes = lines.filter((l) => l.text.startsWith('Teaching note'))
    expect(notes.length).toBeGreaterThan(10)
    for (const note of notes) {
      const claim = lines.slice(0, lines.indexOf(note)).filter((l) => /^C\d+ · ¶\d+$/.test(l.text)).at(-1)!
      expect(note.text).toBe(`Teaching note · ${claim.text.split(' · ')[0]}`)
    }
  })

  // On letter paper the demo's last note did not fit below its claim: it stood alone on a
  // page before the argument map's, the rest of that sheet empty. A note that opens a page
  // shares it with the next claim; the last one goes over with its claim instead.
  it("never leaves a teaching note alone on a page of the teacher's handout, on either paper", async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await read(await sharedPack({ dir: DEMO, set: 'full', paper, formats: ['pdf'] }), 'handout-teacher.pdf')
      const pages = pdf.pages.map(body)
      const map = pages.findIndex((lines) => lines[0] === 'Argument map')
      expect(map, paper).toBeGreaterThan(0)
      for (const [p, lines] of pages.entries()) {
        if (!lines[0]?.startsWith('Teaching note')) continue
        expect(lines.some((l) => /^C\d+ · ¶\d+$/.test(l)), `${paper}, page ${p + 1}: ${lines.join(' / ')}`).toBe(true)
      }
      // The claims end on the page before the map's, and that page is not a note's alone.
      expect(pages[map - 1]!.some((l) => /^C\d+ · ¶\d+$/.test(l)), `${paper}, page ${map}`).toBe(true)
    }
  })

  it('breaks a facilitator’s Purpose line before a separator, never between a label and its value', async () => {
    const lines = (await read(full, 'discussion-facilitator.pdf')).pages.flatMap(body).map((l) => l.trim())
    expect(lines.filter((l) => /(?:·|Purpose:|Bloom level:|Time:|Id:)$/.test(l))).toEqual([])
    // The demo's lines are too long for one line: each breaks (else this tests nothing), and its Id stays with its value.
    expect(lines.filter((l) => /^· Id: d-[\w-]+$/.test(l)).length).toBeGreaterThan(4)
  })

  it("keeps a facilitator's question taller than a page with its follow-ups' first lines, not its heading and purpose alone", async () => {
    // With its notes twice as long, a question no longer fits on a page; its heading and
    // purpose once ended a page by themselves.
    const dir = demoCopy({
      'questions.yaml': (text) => {
        const doc = YAML.parseDocument(text)
        for (const item of (doc.get('discussion') as YAML.YAMLSeq<YAML.YAMLMap>).items) item.set('facilitator_notes', `${item.get('facilitator_notes')} ${item.get('facilitator_notes')}`)
        return doc.toString()
      }
    })
    const lines = placed(await read(await build({ dir, set: 'full', formats: ['pdf'] }), 'discussion-facilitator.pdf'))
    const questions = lines.filter((l, i) => l.size > 12.5 && /^\d+\. /.test(l.text) && !(lines[i - 1]!.size > 12.5))
    expect(questions.length).toBeGreaterThan(10)
    for (const question of questions) {
      const at = lines.indexOf(question)
      const follow = lines.findIndex((l, i) => i > at && l.text === 'Follow-ups')
      expect(lines[follow]!.p, question.text).toBe(question.p)
      expect(lines[follow + 1]!.p, question.text).toBe(question.p)
    }
  })

  it('never leaves a heading at the foot of a page', async () => {
    for (const file of ['handout.pdf', 'discussion-facilitator.pdf', 'answer-key.pdf', 'discussion.pdf']) {
      const pdf = await read(full, file)
      pdf.pages.slice(0, -1).forEach((page, i) => {
        // The last body line (before the footer) is not set in a heading's size.
        const last = page.lines.length - 2
        expect(page.sizes[last], `${file} page ${i + 1}: ${page.lines[last]}`).toBeLessThan(11.5)
      })
    }
  })

  it('never splits a discussion question across pages', async () => {
    const pdf = await read(full, 'discussion.pdf')
    expect(pdf.numPages).toBeGreaterThan(1)
    pdf.pages.slice(1).forEach((page) => expect(body(page)[0]).toMatch(/^\d+\. /))
  })

  it('opens the page a question taller than a page runs on to with its start and "(continued)"', async () => {
    // A short answer with 30 lines on letter paper: its last lines stood bare atop the next
    // page, saying no question, in a student's quiz as in the blank one.
    const dir = demoCopy({ 'questions.yaml': (t) => t.replace(/(\n {2}- id: q-thesis-short\n[\s\S]*?\n {4}lines: )7\n/, '$130\n') })
    const pack = await build({ dir, paper: 'letter', overrides: { include: ['q-thesis-short'] }, formats: ['pdf'] })
    const all = placed(await read(pack, 'quiz.pdf'))
    const start = all.findIndex((l) => /^\d+\. Explain the article’s central proposal/.test(l.text))
    expect(start).toBeGreaterThan(-1)
    const end = all.findIndex((l, i) => i >= start && / \(3 points\)$/.test(l.text))
    const heading = all.slice(start, end + 1).map((l) => l.text).join(' ')
    carriedLabels(all, [{ heading, pages: [all[start]!.p, all[start]!.p + 1] }])
  })
})

describe('accessibility', () => {
  it('claims PDF/UA in the XMP metadata of every PDF, and has bookmarks in every one of more than a page', async () => {
    const files = ['handout.pdf', 'discussion.pdf', 'discussion-facilitator.pdf', 'quiz-A.pdf', 'answer-key-A.pdf', manifest(versioned).students[2].file]
    for (const file of files) {
      const pdf = await readPdf(new Uint8Array(readFileSync(join(versioned, file))))
      expect(pdf.xmp?.['pdfuaid:part'], file).toBe('1')
      if (pdf.numPages > 1) expect(pdf.outline.length, file).toBeGreaterThan(0)
    }
  })

  it("bookmarks a quiz's questions, and a key's entries under their document", async () => {
    const quiz = await read(versioned, 'quiz-A.pdf')
    const count = manifest(versioned).versions[0].items.length
    expect(quiz.outline).toEqual([{ title: 'Quiz, version A', items: Array.from({ length: count }, (_, i) => ({ title: `Question ${i + 1}`, items: [] })) }])
    const key = await read(versioned, 'answer-key-A.pdf')
    expect(key.outline[0]!.items.map((i) => i.title).slice(0, count + 1)).toEqual(['Answers at a glance', ...Array.from({ length: count }, (_, i) => `Question ${i + 1}`)])
  })

  it('tags the facilitator edition’s and the key’s sub-headings as headings, in PDF and HTML', async () => {
    const facilitator = await readPdf(new Uint8Array(readFileSync(join(full, 'discussion-facilitator.pdf'))))
    const tags = facilitator.structTree.flatMap((tree) => roles(tree))
    const questions = readHtml(readFileSync(join(full, 'discussion.html'), 'utf8')).elements('section').length
    expect(tags.filter((t) => t === 'H3').length).toBeGreaterThanOrEqual(2 * questions)
    const html = readHtml(readFileSync(join(full, 'discussion-facilitator.html'), 'utf8'))
    expect(html.headings.filter((h) => h.depth === 3 && h.text === 'Follow-ups')).toHaveLength(questions)
    const key = readHtml(readFileSync(join(full, 'answer-key.html'), 'utf8'))
    expect(key.headings.filter((h) => h.depth === 3 && h.text === 'Tests').length).toBeGreaterThan(20)
  })

  it('gives each quiz question a heading screen readers can jump to, and names the landmarks', () => {
    const html = readHtml(readFileSync(join(versioned, 'quiz-A.html'), 'utf8'))
    const count = manifest(versioned).versions[0].items.length
    expect(html.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(Array.from({ length: count }, (_, i) => `Question ${i + 1}`))
    expect(html.elements('main')[0]!.properties.ariaLabel).toBe('Quiz, version A')
    expect(html.elements('header')[0]!.properties.ariaLabel).toBeTruthy()
  })
})
