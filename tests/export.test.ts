// Exports for Moodle and Canvas, read back with parsers of their own (gift-pegjs, fast-xml-parser,
// yauzl, parse5 via hast), never with the code that wrote them.
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse as parseGift, type GIFTQuestion, type TextFormat } from 'gift-pegjs'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import { unzip } from './helpers/zip.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gift } from '../src/export/gift.js'
import { moodleXml } from '../src/export/moodle.js'
import { canvasQti } from '../src/export/qti.js'
import { qti21 } from '../src/export/qti21.js'
import { zip } from '../src/export/zip.js'
import { checkModule, formatMessages, type CheckResult, type Module } from '../src/index.js'
import { exclusions } from '../src/select/excludes.js'
import type { QuizItem } from '../src/questions/model.js'
import { authoredOptions } from '../src/select/versions.js'
import { demoCopy } from './helpers/fixtures.js'
import { readCanvas, readGift as readGiftLms, readMoodle as readMoodleLms, readQti21 } from './helpers/lms.js'
import { build as buildPack, packFiles, tryBuild } from './helpers/pack.js'
import { head, library } from './types/helpers.js'

type Selection = NonNullable<CheckResult['selection']>

// ---- the module, its selection and its exports, through the library ----

/** The round trip's readers (tests/helpers/lms.ts), each file read as its platform reads it. */
const readLms = { moodle: readMoodleLms, gift: readGiftLms, canvas: readCanvas, qti21: readQti21 }

interface Built {
  module: Module
  selection: Selection
  moodle: string
  gift: string
  qti: Buffer
}

/** The checked module and the whole bank's selection (what the exports hold), and the exports of its pack, built afresh. */
async function build(dir: string): Promise<Built> {
  const checked = checkModule(dir, { set: 'full' })
  if (!checked.module || !checked.selection) throw new Error(formatMessages(checked.files))
  const files = packFiles(await buildPack({ dir, set: 'full', formats: ['moodle', 'gift', 'qti'] }))
  return { module: checked.module, selection: checked.selection, moodle: files.get('moodle.xml')!.toString('utf8'), gift: files.get('quiz.gift.txt')!.toString('utf8'), qti: files.get('canvas-qti.zip')! }
}

// Text that GIFT, XML and HTML each give a meaning to; the option starts like a GIFT weight, the feedback like a GIFT format.
const SPECIAL = `A & B < C > D "E" 'F' {G} ~H =I #J :K \\L ]]> <i>M</i> &amp;`
const STEM = `According to the author ${SPECIAL}, what is the key reason?`
const OPTION = `%5% The deal ${SPECIAL} is supposed to end US involvement.`
const FEEDBACK = `[html] The article ${SPECIAL} does not say Zelensky refused.`

/** `make()`, made once. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => (made ??= { value: make() }).value
}

/** The demo with SPECIAL in the stem, the right option and a wrong option's feedback of q-key-reason. */
function specialCopy(): string {
  return demoCopy({
    'questions.yaml': (text) => {
      const edited = text
        .replace(/stem: >-\n\s+According to the author, what is perhaps the key reason Trump has so far held back\n\s+from offering US security guarantees for a Ukraine peace deal\?/, `stem: ${JSON.stringify(STEM)}`)
        .replace('text: The deal should bring US involvement in Ukraine’s security to an end.', `text: ${JSON.stringify(OPTION)}`)
        .replace(/feedback: >-\n\s+The article does not say Zelensky refused; the expected signing gave way to Trump\n\s+and Vance’s outburst\./, `feedback: ${JSON.stringify(FEEDBACK)}`)
      if (edited.split(JSON.stringify(SPECIAL).slice(1, -1)).length !== 4) throw new Error('the demo questions.yaml changed; update the test edits')
      return edited
    }
  })
}

const builds = new Map<string, Promise<Built>>()
/** build(dir), once per folder. */
const built = (dir: string): Promise<Built> => builds.get(dir) ?? builds.set(dir, build(dir)).get(dir)!

// ---- what every export must say, computed from the model ----

interface Expected {
  item: QuizItem
  options: Array<{ text: string; correct: boolean; feedback: string }>
  /** "(¶3): <paraphrase>" for each claim the item tests. */
  tests: string[]
  category: string
}

function expected(module: Module, item: QuizItem): Expected {
  const claim = (id: string) => module.claims.find((c) => c.id === id)!
  const title = module.article.meta.title
  const theme = module.themes.find((t) => t.id === claim(item.claims[0]!).themes[0])!
  return {
    item,
    // An option's own claim's ¶ (true/false answers name the item's), the item's for a right option, none for a wrong option without one.
    options: authoredOptions(item).map((o) => {
      const cited = o.claim ?? (o.correct ? item.claims[0]! : null)
      return { text: o.text, correct: o.correct, feedback: cited ? `${o.feedback} (¶${claim(cited).anchor.paragraph})` : o.feedback }
    }),
    tests: item.claims.map((id) => `(¶${claim(id).anchor.paragraph}): ${claim(id).paraphrase}`),
    category: `$course$/top/${title}/${theme.label}`
  }
}

/** The text a reader sees in an HTML fragment. */
const htmlText = (html: string): string => toText(fromHtml(html, { fragment: true })).trim()

/**
 * The question text students see: the stem and, for a select-all item, the quiz's
 * instruction and scoring rule under it (no platform's own instruction says a wrong tick
 * costs), separated as the format separates paragraphs.
 */
const shownStem = (item: QuizItem, separator: string): string => {
  const notes: Record<string, string> = {
    multiple: 'Select all that apply. Each correct option you tick earns an equal share of the points and each wrong option you tick takes one share away; no question scores below 0.',
    // Online, where the platform draws the list to reorder or to match.
    ordering: 'Put the items in order. Each item in its right place earns an equal share of the points.',
    matching: 'Match each item with its answer. Each correct match earns an equal share of the points.'
  }
  const note = notes[item.type]
  return note ? `${item.stem}${separator}${note}` : item.stem
}

/**
 * Whether `text` is the question text students see (shownStem), and where the format's
 * answer box has no place for a numeric item's unit (`unitUnder`: Moodle, GIFT, Canvas), a line under
 * it holding the unit.
 */
function expectShown(text: string, item: QuizItem, separator: string, unitUnder: boolean): void {
  const stem = shownStem(item, separator)
  const unit = unitUnder && item.type === 'numeric' ? item.unit : undefined
  if (!unit) return void expect(text, item.id).toBe(stem)
  expect(text.slice(0, stem.length + separator.length), item.id).toBe(stem + separator)
  const under = text.slice(stem.length + separator.length)
  expect(under, item.id).toContain(unit)
  expect(under, item.id).not.toMatch(/\n/)
}

/** The answer grades Moodle accepts, as fractions (Moodle's question_bank fraction options). */
const MOODLE_FRACTIONS = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0]
// Moodle's import takes a grade within 0.00001 of an option (match_grade_options).
const moodleAccepts = (percent: number): boolean => MOODLE_FRACTIONS.some((f) => Math.abs(Math.abs(percent / 100) - f) < 0.00001)
const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0)

// ---- readers ----

/** A parsed XML element, as fast-xml-parser gives it. */
type Node = Record<string, any>

const xmlParser = (arrays: string[]) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => arrays.includes(name) })

/** Each question of a Moodle XML file with the category it lands in. */
function readMoodle(xml: string): Map<string, { question: Node; category: string }> {
  const quiz = xmlParser(['question', 'answer']).parse(xml).quiz
  const out = new Map<string, { question: Node; category: string }>()
  let category = ''
  for (const question of quiz.question as Node[]) {
    if (question['@type'] === 'category') category = question.category.text
    else out.set(question.name.text, { question, category })
  }
  return out
}

/** Each question of a GIFT file with the category it lands in. */
function readGift(text: string): Map<string, { question: GIFTQuestion; category: string }> {
  const out = new Map<string, { question: GIFTQuestion; category: string }>()
  let category = ''
  for (const question of parseGift(text)) {
    if (question.type === 'Category') category = question.title
    else out.set(question.title!, { question, category })
  }
  return out
}

interface Qti {
  files: Map<string, { bytes: Buffer; date: Date }>
  manifest: Node
  assessment: Node
  meta: Node
  texts: string[]
  assessmentPath: string
}

async function readQti(bytes: Uint8Array): Promise<Qti> {
  const files = await unzip(bytes)
  const text = (path: string): string => files.get(path)!.bytes.toString('utf8')
  const manifest = xmlParser(['resource', 'file', 'dependency']).parse(text('imsmanifest.xml')).manifest
  const qti = manifest.resources.resource.find((r: Node) => r['@type'] === 'imsqti_xmlv1p2')
  const assessmentPath = qti.file[0]['@href']
  const metaResource = manifest.resources.resource.find((r: Node) => r['@identifier'] === qti.dependency[0]['@identifierref'])
  const arrays = ['item', 'qtimetadatafield', 'response_label', 'respcondition', 'itemfeedback', 'varequal', 'not']
  return {
    files,
    manifest,
    assessment: xmlParser(arrays).parse(text(assessmentPath)).questestinterop.assessment,
    meta: xmlParser([]).parse(text(metaResource.file[0]['@href'])).quiz,
    texts: ['imsmanifest.xml', assessmentPath, metaResource.file[0]['@href']].map(text),
    assessmentPath
  }
}

const mattext = (node: Node): string => node.material.mattext['#text'] ?? ''

// ---- the checks, for the demo and for text full of special characters ----

const cases: Array<[string, () => string]> = [
  ['the demo module', () => 'source/us-backstop-ukraine'],
  ['text holding & < > " \' { } ~ = # :', once(specialCopy)]
]

describe.each(cases)('exports of %s', (_, dir) => {
  let module: Module
  let selection: Selection
  let exports: Built
  let items: Expected[]
  beforeAll(async () => {
    exports = await built(dir())
    ;({ module, selection } = exports)
    items = selection.items.map((item) => expected(module, item))
  })

  it('selects the whole bank but for items that answer a chosen one, of every type', () => {
    const excluded = exclusions(module.questions.quiz)
    const chosen = new Set(selection.items.map((q) => q.id))
    const answersChosen = (id: string): boolean => [...(excluded.get(id) ?? [])].some((other) => chosen.has(other))
    for (const q of module.questions.quiz) expect(chosen.has(q.id) || answersChosen(q.id) || selection.set.exclude?.includes(q.id)).toBe(true)
    for (const id of chosen) expect(answersChosen(id)).toBe(false)
    expect([...new Set(selection.items.map((q) => q.type))]).toEqual(expect.arrayContaining(['single', 'multiple', 'true-false', 'short']))
  })

  describe('Moodle XML', () => {
    let xml: string
    let questions: ReturnType<typeof readMoodle>
    beforeAll(() => {
      xml = exports.moodle
      questions = readMoodle(xml)
    })

    it('is well-formed XML', () => {
      expect(XMLValidator.validate(xml)).toBe(true)
    })

    it('holds every selected item, once, in the category of its first claim’s first theme', () => {
      expect([...questions.keys()].sort()).toEqual(selection.items.map((q) => q.id).sort())
      for (const { item, category } of items) expect(questions.get(item.id)!.category).toBe(category)
    })

    it('gives each item its stem, points and the claims it tests', () => {
      for (const { item, tests } of items) {
        const { question } = questions.get(item.id)!
        expect(question.questiontext['@format']).toBe('html')
        expectShown(htmlText(question.questiontext.text), item, '\n\n', true)
        expect(question.defaultgrade).toBe(String(item.points))
        const general = htmlText(question.generalfeedback.text)
        for (const line of tests) expect(general).toContain(line)
      }
    })

    it('gives choice items their options, grades Moodle accepts and feedback with the ¶', () => {
      for (const { item, options } of items.filter((e) => e.item.type === 'single' || e.item.type === 'multiple')) {
        const { question } = questions.get(item.id)!
        expect(question['@type']).toBe('multichoice')
        expect(question.single).toBe(String(item.type === 'single'))
        expect(question.answernumbering).toBe('ABCD')
        const answers = question.answer as Node[]
        expect(answers.map((a) => htmlText(a.text))).toEqual(options.map((o) => o.text))
        expect(answers.map((a) => htmlText(a.feedback.text))).toEqual(options.map((o) => o.feedback))
        const fractions = answers.map((a) => Number(a['@fraction']))
        for (const f of fractions) expect(moodleAccepts(f), `${item.id}: grade ${f}`).toBe(true)
        expect(sum(fractions.filter((_, i) => options[i]!.correct))).toBeCloseTo(100, 3)
        fractions.forEach((f, i) => expect(f > 0, `${item.id} option ${i + 1}`).toBe(options[i]!.correct))
        // Multiple answers: each right option +100/k, each wrong one −100/k (k right options); Moodle keeps the sum within 0…100.
        const k = options.filter((o) => o.correct).length
        if (item.type === 'multiple') fractions.forEach((f, i) => expect(f).toBeCloseTo((options[i]!.correct ? 100 : -100) / k, 4))
        // Its own instruction ("Select one or more:") would repeat the quiz's.
        expect(question.showstandardinstruction).toBe('0')
      }
    })

    it('gives true/false items the answer and the feedback for each choice', () => {
      for (const { item, options } of items.filter((e) => e.item.type === 'true-false')) {
        const { question } = questions.get(item.id)!
        expect(question['@type']).toBe('truefalse')
        const answers = question.answer as Node[]
        expect(answers.map((a) => a.text)).toEqual(['true', 'false'])
        expect(answers.map((a) => a['@fraction'] === '100')).toEqual(options.map((o) => o.correct))
        expect(answers.map((a) => htmlText(a.feedback.text))).toEqual(options.map((o) => o.feedback))
      }
    })

    it('makes short answers essays, with the model answer and rubric for the grader', () => {
      for (const { item } of items.filter((e) => e.item.type === 'short')) {
        if (item.type !== 'short') continue
        const { question } = questions.get(item.id)!
        expect(question['@type']).toBe('essay')
        expect(question.graderinfo['@format']).toBe('html')
        const info = htmlText(question.graderinfo.text)
        expect(info).toContain(item.model_answer)
        for (const line of item.rubric) expect(info).toContain(line.criterion)
        expect(Number(question.responsefieldlines)).toBeGreaterThanOrEqual(item.lines)
      }
    })
  })

  describe('GIFT', () => {
    let questions: ReturnType<typeof readGift>
    beforeAll(() => {
      questions = readGift(exports.gift)
    })

    it('holds every selected item, titled with its id, in the category of its first claim’s first theme', () => {
      expect([...questions.keys()].sort()).toEqual(selection.items.map((q) => q.id).sort())
      for (const { item, category } of items) expect(questions.get(item.id)!.category).toBe(category)
    })

    it('gives each item its stem as plain text', () => {
      for (const { item } of items) {
        const { question } = questions.get(item.id)!
        if (question.type === 'Category') throw new Error('unreachable')
        expect(question.stem.format).toBe('plain')
        expectShown(question.stem.text, item, '\n', true)
      }
    })

    it('gives choice items their options, which are right (= or a positive weight), and feedback with the ¶', () => {
      for (const { item, options, tests } of items.filter((e) => e.item.type === 'single' || e.item.type === 'multiple')) {
        const { question } = questions.get(item.id)!
        if (question.type !== 'MC') throw new Error(`${item.id} read back as ${question.type}`)
        expect(question.choices.map((c) => c.text.text)).toEqual(options.map((o) => o.text))
        expect(question.choices.map((c) => c.feedback?.text)).toEqual(options.map((o) => o.feedback))
        if (item.type === 'single') {
          expect(question.choices.map((c) => c.isCorrect)).toEqual(options.map((o) => o.correct))
        } else {
          const weights = question.choices.map((c) => c.weight!)
          weights.forEach((w, i) => expect(w > 0).toBe(options[i]!.correct))
          for (const w of weights) expect(moodleAccepts(w), `${item.id}: weight ${w}`).toBe(true)
          expect(sum(weights.filter((w) => w > 0))).toBeCloseTo(100, 3)
          const k = options.filter((o) => o.correct).length
          weights.forEach((w, i) => expect(w).toBeCloseTo((options[i]!.correct ? 100 : -100) / k, 4))
        }
        for (const line of tests) expect(question.globalFeedback?.text).toContain(line)
      }
    })

    it('gives true/false items the answer, the feedback for a wrong answer first and for a right one second', () => {
      for (const { item, options } of items.filter((e) => e.item.type === 'true-false')) {
        const { question } = questions.get(item.id)!
        if (question.type !== 'TF') throw new Error(`${item.id} read back as ${question.type}`)
        expect(question.isTrue).toBe(options[0]!.correct)
        // gift-pegjs names the two feedbacks by position; Moodle shows the first for a wrong answer.
        const [wrong, right] = [question.trueFeedback, question.falseFeedback] as [TextFormat, TextFormat]
        expect(wrong.text).toBe(options.find((o) => !o.correct)!.feedback)
        expect(right.text).toBe(options.find((o) => o.correct)!.feedback)
      }
    })

    it('makes short answers essays, the model answer and rubric as general feedback (which students see) only when asked', () => {
      const asked = readGift(gift(module, selection, { modelAnswers: true }))
      for (const { item, tests } of items.filter((e) => e.item.type === 'short')) {
        if (item.type !== 'short') continue
        const { question } = questions.get(item.id)!
        expect(question.type).toBe('Essay')
        if (question.type !== 'Essay') continue
        for (const line of tests) expect(question.globalFeedback?.text).toContain(line)
        expect(question.globalFeedback?.text).not.toContain(item.model_answer)
        for (const line of item.rubric) expect(question.globalFeedback?.text).not.toContain(line.criterion)
        const shown = asked.get(item.id)!.question
        if (shown.type !== 'Essay') throw new Error('unreachable')
        expect(shown.globalFeedback?.text).toContain(item.model_answer)
        for (const line of item.rubric) expect(shown.globalFeedback?.text).toContain(line.criterion)
      }
    })
  })

  describe('Canvas QTI', () => {
    let bytes: Uint8Array
    let qti: Qti
    beforeAll(async () => {
      bytes = exports.qti
      qti = await readQti(bytes)
    })

    it('is a zip of a manifest, the assessment and its Canvas settings, all well-formed', () => {
      const id = qti.assessmentPath.split('/')[0]!
      expect([...qti.files.keys()]).toEqual(['imsmanifest.xml', `${id}/${id}.xml`, `${id}/assessment_meta.xml`])
      const meta = qti.manifest.resources.resource.find((r: Node) => r['@type'] === 'associatedcontent/imscc_xmlv1p1/learning-application-resource')
      expect(meta['@href']).toBe(`${id}/assessment_meta.xml`)
      for (const text of qti.texts) expect(XMLValidator.validate(text)).toBe(true)
    })

    it('is the same bytes every time', async () => {
      const again = await build(dir())
      expect(again.qti.equals(Buffer.from(bytes))).toBe(true)
    })

    it('describes a graded quiz worth the items’ points', () => {
      expect(qti.meta.quiz_type).toBe('assignment')
      expect(Number(qti.meta.points_possible)).toBe(sum(selection.items.map((q) => q.points)))
      expect(qti.meta.title).toContain(module.article.meta.title)
    })

    it('holds every selected item in the set’s order, with its type, points and stem', () => {
      const qtiItems = qti.assessment.section.item as Node[]
      expect(qtiItems.map((q) => q['@title'])).toEqual(selection.items.map((q) => q.id))
      // Canvas's classic quizzes have no ordering question: ordering items arrive as matching.
      const types = { single: 'multiple_choice_question', multiple: 'multiple_answers_question', 'true-false': 'true_false_question', short: 'essay_question', matching: 'matching_question', ordering: 'matching_question', numeric: 'numerical_question' } as Record<string, string>
      const canvasType = (q: (typeof items)[number]['item']): string => (q.type === 'cloze' ? (q.bank ? 'multiple_dropdowns_question' : 'fill_in_multiple_blanks_question') : types[q.type]!)
      items.forEach(({ item, tests }, i) => {
        const node = qtiItems[i]!
        const meta = Object.fromEntries((node.itemmetadata.qtimetadata.qtimetadatafield as Node[]).map((f) => [f.fieldlabel, f.fieldentry]))
        expect(meta.question_type).toBe(canvasType(item))
        expect(Number(meta.points_possible)).toBe(item.points)
        expect(meta.assessment_question_identifierref).toMatch(/^g[0-9a-f]{32}$/)
        expect(node.presentation.material.mattext['@texttype']).toBe('text/html')
        expectShown(htmlText(mattext(node.presentation)), item, '\n\n', true)
        const general = (node.itemfeedback as Node[]).find((f) => f['@ident'] === 'general_fb')!
        for (const line of tests) expect(htmlText(mattext(general.flow_mat))).toContain(line)
      })
    })

    it('gives choice and true/false items their options, the right ones scored 100, and each option’s feedback', () => {
      const qtiItems = qti.assessment.section.item as Node[]
      items.forEach(({ item, options }, i) => {
        // Short answers have no options, and the newer types other parts (tests/roundtrip.test.ts reads those).
        if (options.length === 0) return
        const node = qtiItems[i]!
        const labels = node.presentation.response_lid.render_choice.response_label as Node[]
        expect(labels.map((l) => mattext(l))).toEqual(options.map((o) => o.text))
        const ids = labels.map((l) => l['@ident'] as string)
        const meta = Object.fromEntries((node.itemmetadata.qtimetadata.qtimetadatafield as Node[]).map((f) => [f.fieldlabel, f.fieldentry]))
        expect(meta.original_answer_ids).toBe(ids.join(','))
        const conditions = node.resprocessing.respcondition as Node[]
        if (item.type === 'multiple') {
          // Each option adds its share: +100/k when right, −100/k when wrong (k right options).
          const k = options.filter((o) => o.correct).length
          const adds = conditions.filter((c) => c.setvar?.['@action'] === 'Add')
          expect(adds.map((c) => c.conditionvar.varequal[0]['#text'])).toEqual(ids)
          adds.forEach((c, i) => expect(Number(c.setvar['#text'])).toBeCloseTo((options[i]!.correct ? 100 : -100) / k, 4))
        } else {
          const scoring = conditions.filter((c) => c.setvar?.['#text'] === '100')
          expect(scoring).toHaveLength(1)
          expect((scoring[0]!.conditionvar.varequal as Node[]).map((v) => v['#text'])).toEqual(ids.filter((_, k) => options[k]!.correct))
        }
        const feedback = new Map((node.itemfeedback as Node[]).map((f) => [f['@ident'], f.flow_mat.material.mattext]))
        expect(ids.map((id) => feedback.get(`${id}_fb`)['@texttype'])).toEqual(options.map(() => 'text/html'))
        expect(ids.map((id) => htmlText(feedback.get(`${id}_fb`)['#text']))).toEqual(options.map((o) => o.feedback))
        // Each option's feedback is shown when it is chosen.
        const shown = (node.resprocessing.respcondition as Node[]).filter((c) => c.displayfeedback && c.conditionvar.varequal)
        expect(shown.map((c) => [c.conditionvar.varequal[0]['#text'], c.displayfeedback['@linkrefid']])).toEqual(ids.map((id) => [id, `${id}_fb`]))
      })
    })

    it('makes short answers essays, the model answer and rubric as general feedback (which students see) only when asked', async () => {
      const general = (items: Node[], i: number): string => htmlText(mattext((items[i]!.itemfeedback as Node[]).find((f) => f['@ident'] === 'general_fb')!.flow_mat))
      const qtiItems = qti.assessment.section.item as Node[]
      const asked = (await readQti(canvasQti(module, selection, { modelAnswers: true }))).assessment.section.item as Node[]
      items.forEach(({ item }, i) => {
        if (item.type !== 'short') return
        expect(qtiItems[i]!.presentation.response_str['@ident']).toBe('response1')
        expect(general(qtiItems, i)).not.toContain(item.model_answer)
        for (const line of item.rubric) expect(general(qtiItems, i)).not.toContain(line.criterion)
        expect(general(asked, i)).toContain(item.model_answer)
        for (const line of item.rubric) expect(general(asked, i)).toContain(line.criterion)
      })
    })
  })
})

describe('text with special characters', () => {
  it('reaches the exports exactly (the edits took effect)', async () => {
    const { selection, gift, moodle } = await built(cases[1]![1]())
    const item = selection.items.find((q) => q.id === 'q-key-reason')!
    expect(item.stem).toBe(STEM)
    const options = authoredOptions(item)
    expect(options.find((o) => o.correct)!.text).toBe(OPTION)
    expect(options.map((o) => o.feedback)).toContain(FEEDBACK)
    const g = readGift(gift).get('q-key-reason')!.question
    expect(g.type === 'MC' && g.stem.text).toBe(STEM)
    expect(htmlText(readMoodle(moodle).get('q-key-reason')!.question.questiontext.text)).toBe(STEM)
  })
})

describe('question categories', () => {
  // Moodle cleans each name of a category path with clean_param(PARAM_TEXT) on import, which
  // strips anything like a tag: `<b>` went, and `<25` took the rest of the name with it, so two
  // themes could land in one category. Read back as Moodle files and shows them (moodleCategoryShown).
  // Its last words are the demo title's, which a discussion question quotes (quote-not-in-source).
  const TITLE = 'Why <br> tags & “AT&amp;T” / R&D matter: it could be packaged as protection of US citizens'
  const LABEL = 'Voters <25 & <b>turnout</b>'
  const OTHER = 'Voters <30'
  const dir = once(() =>
    demoCopy({
      'article.md': (text) => text.replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`),
      'claims.yaml': (text) =>
        text.replace('label: US security guarantees and a US backstop', `label: ${JSON.stringify(LABEL)}`).replace('label: Trump, Putin and leader-to-leader diplomacy', `label: ${JSON.stringify(OTHER)}`)
    })
  )

  it('arrive in Moodle named as the article and its themes are, from moodle.xml and from GIFT', async () => {
    const { moodle, gift } = await build(dir())
    for (const [format, items] of [['moodle', readLms.moodle(moodle)], ['gift', readLms.gift(gift)]] as const) {
      const categories = [...new Set([...items.values()].map((item) => item.category))]
      expect([format, categories.filter((c) => !c.startsWith(`$course$/top/${TITLE}/`))]).toEqual([format, []])
      expect([format, categories.filter((c) => c.includes('Voters')).sort()]).toEqual([format, [`$course$/top/${TITLE}/${LABEL}`, `$course$/top/${TITLE}/${OTHER}`]])
    }
  })
})

describe('a model answer in paragraphs', () => {
  // README: a model answer's paragraphs stay paragraphs in every export, a blank line in GIFT.
  // With --export-model-answers GIFT's general feedback holds it, shown as plain text, where a
  // single line end is only a line break: the second paragraph ran on under the first, and a
  // line end inside one broke it there.
  const FIRST = '(a) As long as Trump is in the White House. (b) Not very confident: “could just conceivably”.'
  const SECOND = '(c) Trump has learned that legal rules can be broken or worked around.'
  const dir = once(() =>
    demoCopy({
      // The first paragraph wrapped as an editor wraps it: its line end is a space everywhere.
      'questions.yaml': (text) => text.replace(/(- id: q-third-term-short[\s\S]*?model_answer: )>-\n(?: {6}.*\n)+/, `$1|-\n      ${FIRST.replace(' (b)', '\n      (b)')}\n\n      ${SECOND}\n`)
    })
  )

  it('keeps them apart by a blank line in GIFT, as in the other exports', async () => {
    const checked = checkModule(dir(), { set: 'full' })
    if (!checked.module || !checked.selection) throw new Error(formatMessages(checked.files))
    const item = checked.selection.items.find((q) => q.id === 'q-third-term-short')!
    expect(item.type === 'short' && item.model_answer).toBe(`${FIRST.replace(' (b)', '\n(b)')}\n\n${SECOND}`)
    const general = readGift(gift(checked.module, checked.selection, { modelAnswers: true })).get('q-third-term-short')!.question
    expect(general.type === 'Essay' && general.globalFeedback?.text).toContain(`${FIRST}\n\n${SECOND}`)
    const moodle = htmlText(readMoodle(moodleXml(checked.module, checked.selection, { modelAnswers: true })).get('q-third-term-short')!.question.generalfeedback.text)
    // Moodle's <p>s, read as text: a blank line between them too (a line end inside one is white space in HTML).
    expect(moodle.replace(/([^\n])\n(?=[^\n])/g, '$1 ')).toContain(`${FIRST}\n\n${SECOND}`)
  })
})

describe('zip', () => {
  const files = [
    { path: 'b.txt', bytes: new TextEncoder().encode('second name, first entry') },
    { path: 'a/c.xml', bytes: new TextEncoder().encode('<x/>'.repeat(100)) }
  ]

  it('is the same bytes every time, entries in the order given, dated 1980-01-01', async () => {
    const bytes = zip(files)
    expect(Buffer.from(zip(files)).equals(Buffer.from(bytes))).toBe(true)
    const read = await unzip(bytes)
    expect([...read.keys()]).toEqual(['b.txt', 'a/c.xml'])
    for (const { path, bytes: content } of files) expect(read.get(path)!.bytes.equals(Buffer.from(content))).toBe(true)
    for (const { date } of read.values()) expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([1980, 0, 1, 0, 0])
  })

  it('refuses paths that leave the archive or appear twice', () => {
    for (const path of ['../x', '/x', 'a//b', 'a\\b', '']) expect(() => zip([{ path, bytes: new Uint8Array() }])).toThrow(TypeError)
    expect(() => zip([files[0]!, files[0]!])).toThrow(/twice/)
  })
})

// ---- options and word banks a platform shows as written ----

/** A single-choice item on `claim` whose key is written first and whose last option is pinned last. */
const pinnedSingle = (id: string, claim: string): string => `${head(id, 'single', claim)}    options:
      - text: The key of ${id}.
        correct: true
        feedback: Right.
      - text: A first wrong answer to ${id}.
        feedback: Wrong.
      - text: A second wrong answer to ${id}.
        feedback: Wrong.
      - text: A wrong answer kept last in ${id}.
        feedback: Wrong.
        pin: last
`
const PINNED = `${pinnedSingle('s-pinned', 'costs-money')}${head('m-pinned', 'multiple', 'free-computers')}    options:
      - text: Its computers are free.
        correct: true
        feedback: Yes.
      - text: It is the only such place in town.
        correct: true
        feedback: Yes.
      - text: Its books are new.
        feedback: No.
      - text: It opens at night.
        feedback: No.
      - text: A wrong answer kept last in m-pinned.
        feedback: No.
        pin: last
${head('s-free', 'single', 'vote-next-month')}    options:
      - text: Next month.
        correct: true
        feedback: Right.
      - text: Next year.
        feedback: Wrong.
      - text: Last week.
        feedback: Wrong.
${head('c-bank', 'cloze', 'free-computers', 2)}    gaps: [only, computer]
    distractors: [first, phone]
${head('c-one', 'cloze', 'costs-money')}    gaps: [forty]
    distractors: [fifty, sixty]
`

describe('a select-all item whose stem says how to answer', () => {
  it('has its scoring rule added in every export without the instruction a second time', async () => {
    const items = `${head('m-said', 'multiple', 'free-computers')}    options:
      - text: Its computers are free.
        correct: true
        feedback: Yes.
      - text: It is the only such place in town.
        correct: true
        feedback: Yes.
      - text: Its books are new.
        feedback: No.
`.replace('stem: Answer m-said from the article.', 'stem: What does the article say of the library? Select all that apply.')
    const { module, selection } = checkModule(library(items))
    const qtiFiles = await unzip(qti21(module!, selection!))
    const qtiText = [...qtiFiles.values()].map((entry) => entry.bytes.toString('utf8')).join('\n')
    const scoring = 'Each correct option you tick earns an equal share of the points'
    for (const [format, text] of [['moodle', moodleXml(module!, selection!)], ['gift', gift(module!, selection!)], ['qti21', qtiText]] as const) {
      expect(text, format).toContain(scoring)
      expect(text.split('Select all that apply').length - 1, format).toBe(1)
    }
  })
})

describe('options a platform shows as written', () => {
  const dir = once(() => library(PINNED))
  const checked = once(() => checkModule(dir(), { set: 'all' }))
  /** Each item's options as the file lists them, and whether each is right. */
  const written = (options: Array<{ text: string }>, id: string): boolean[] => {
    const item = checked().selection!.items.find((q) => q.id === id)!
    return options.map((o) => authoredOptions(item).find((a) => a.text === o.text)!.correct)
  }
  const authoredKeys = (id: string): boolean[] => authoredOptions(checked().selection!.items.find((q) => q.id === id)!).map((o) => o.correct)
  /**
   * The keys' places each item is written with, seed after seed: dealt as on paper, they
   * stand where they are written in some seeds and elsewhere in others. Written in place every
   * time gave the key away (A, where teachers write it), and never in place was a cue too.
   */
  const keysDealt = () => {
    const seen = new Map<string, Set<string>>()
    return {
      add: (id: string, keys: boolean[]) => seen.set(id, (seen.get(id) ?? new Set()).add(JSON.stringify(keys))),
      expectSpread: () => {
        for (const [id, places] of seen) {
          expect(places.size, id).toBeGreaterThan(1)
          // A single key lands on its written letter (most often A) in some seed, as on paper.
          if (authoredKeys(id).filter(Boolean).length === 1) expect(places.has(JSON.stringify(authoredKeys(id))), `${id} as written in some seed`).toBe(true)
        }
      }
    }
  }

  it('Moodle XML: an item with a pinned option is not shuffled, so its options are dealt from the seed, the pinned one last and the keys on any letter; a warning says so', async () => {
    const { module, selection } = checked()
    const dealt = keysDealt()
    for (let seed = 1; seed <= 20; seed++) {
      const items = readLms.moodle(moodleXml(module!, { ...selection!, seed }))
      for (const id of ['s-pinned', 'm-pinned']) {
        const item = items.get(id)!
        expect(item.shuffle, id).toBe(false)
        expect(item.options.at(-1)!.text, `${id}, seed ${seed}`).toMatch(/^A wrong answer kept last in /)
        dealt.add(id, written(item.options, id))
        // Still scored by the options' own grades.
        expect(item.score(written(item.options, id)), `${id}, seed ${seed}`).toBe(1)
      }
      // Shuffled by Moodle: as written.
      expect(items.get('s-free')!.shuffle).toBe(true)
    }
    dealt.expectSpread()
    const result = await tryBuild({ dir: dir(), formats: ['moodle'] })
    const questions = readFileSync(join(dir(), 'questions.yaml'), 'utf8')
    expect(result.lines.filter((l) => l.includes('[moodle-pin]'))).toEqual(
      ['s-pinned', 'm-pinned'].map(
        (id) =>
          `${join(dir(), 'questions.yaml')}:${pinAt(questions, `kept last in ${id}`)}: warning: Unexpected option pinned last in item \`${id}\` in moodle.xml, expected options Moodle may shuffle: Moodle cannot keep \`A wrong answer kept last in ${id}.\` last while it shuffles the others, so this question is not shuffled and every student sees its options in one order (dealt from the seed as on paper, the pinned one last); leave out \`pin\` to have them shuffled  [moodle-pin]`
      )
    )
  })

  it('Canvas: a pinned option turns shuffling off for the quiz, so every question’s options are dealt from the seed, the pinned one last and the keys on any letter; a warning says so', async () => {
    const { module, selection } = checked()
    const dealt = keysDealt()
    for (let seed = 1; seed <= 20; seed++) {
      const canvas = await readLms.canvas(canvasQti(module!, { ...selection!, seed }))
      expect(canvas.shuffleAnswers).toBe(false)
      for (const id of ['s-pinned', 'm-pinned', 's-free']) {
        const item = canvas.items.get(id)!
        dealt.add(id, written(item.options, id))
        expect(item.score(written(item.options, id)), `${id}, seed ${seed}`).toBe(1)
        if (id !== 's-free') expect(item.fixed, `${id}, seed ${seed}`).toEqual([item.options.length - 1])
      }
    }
    dealt.expectSpread()
    const result = await tryBuild({ dir: dir(), formats: ['qti'] })
    const warnings = result.lines.filter((l) => l.includes('[qti-pin]'))
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain(
      "warning: Unexpected option pinned last in item `s-pinned` in canvas-qti.zip, expected options Canvas may shuffle: Canvas shuffles a whole quiz's answers or none, so to keep `A wrong answer kept last in s-pinned.` last the quiz is not shuffled and every student sees each question's options in one order (dealt from the seed as on paper, the pinned ones last); leave out `pin` to have Canvas shuffle them, or import qti21.zip, which keeps it last and shuffles the rest  [qti-pin]"
    )
  })

  it('GIFT: an item with a pinned option, whose shuffling the teacher is told to turn off, lists its options dealt, the pinned one last', () => {
    const { module, selection } = checked()
    const dealt = keysDealt()
    for (let seed = 1; seed <= 20; seed++) {
      const items = readLms.gift(gift(module!, { ...selection!, seed }))
      for (const id of ['s-pinned', 'm-pinned']) {
        const item = items.get(id)!
        expect(item.options.at(-1)!.text).toMatch(/^A wrong answer kept last in /)
        dealt.add(id, written(item.options, id))
      }
    }
    dealt.expectSpread()
  })

  it('every export lists a word bank in an order of the seed’s, never with the gaps’ words first in gap order', async () => {
    const { module, selection } = checked()
    const onlyFirst = new Set<string>()
    for (let seed = 1; seed <= 20; seed++) {
      const request = { ...selection!, seed }
      const read = {
        moodle: readLms.moodle(moodleXml(module!, request)),
        canvas: (await readLms.canvas(canvasQti(module!, request))).items,
        qti21: (await readLms.qti21(qti21(module!, request))).items
      }
      for (const [format, items] of Object.entries(read)) {
        const parts = items.get('c-bank')!.parts!
        if (parts.kind !== 'gaps') throw new Error(`${format}: read back as ${parts.kind}`)
        for (const gap of parts.gaps) expect(gap.choices!.slice(0, 2), `${format}, seed ${seed}`).not.toEqual(['only', 'computer'])
        expect(parts.score(['only', 'computer']), `${format}, seed ${seed}`).toBe(1)
      }
      const one = readLms.gift(gift(module!, request)).get('c-one')!.parts!
      if (one.kind !== 'gaps') throw new Error(`GIFT: read back as ${one.kind}`)
      onlyFirst.add(one.gaps[0]!.choices![0]!)
    }
    // A one-gap bank's word may stand first, but not always.
    expect([...onlyFirst].sort()).toEqual(['fifty', 'forty', 'sixty'])
  })
})

/** `line:col` of the `pin` value of the option whose text holds `text`. */
function pinAt(questions: string, text: string): string {
  const offset = questions.indexOf('pin: last', questions.indexOf(text)) + 'pin: '.length
  const before = questions.slice(0, offset).split('\n')
  return `${before.length}:${before.at(-1)!.length + 1}`
}

describe('the quiz Canvas and QTI 2.1 import', () => {
  it('is named after its set, so that two sets imported into one course are two quizzes, each also naming the article', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
    const titles = await Promise.all(
      ['close-reading', 'quick-check'].map(async (set) => {
        const { module, selection } = checkModule('source/us-backstop-ukraine', { set })
        const canvas = await readQti(canvasQti(module!, selection!))
        const files = await unzip(qti21(module!, selection!))
        const test = parser.parse(files.get('assessment.xml')!.bytes.toString('utf8')).assessmentTest
        const named = [canvas.meta.title, canvas.meta.assignment.title, canvas.assessment['@title'], canvas.manifest.metadata['imsmd:lom']['imsmd:general']['imsmd:title']['imsmd:string'], test['@title']]
        for (const title of named) {
          expect(title, set).toContain(selection!.set.title!)
          expect(title, set).toContain(module!.article.meta.title)
        }
        return named[0]
      })
    )
    expect(titles[0]).not.toBe(titles[1])
  })

  it('has a Canvas title of at most the 255 characters Canvas takes (a longer one fails the quiz’s import), opening with the set’s title', async () => {
    // Canvas validates a quiz's and an assignment's title to 255 characters (maximum_string_length): a longer one fails the quiz's save, and the quiz is not imported.
    const long = `Close reading, set for the second week: ${'blanks, matching, order and figures — é 🙂 '.repeat(6)}about 15 minutes`
    const dir = demoCopy({ 'module.yaml': (text) => text.replace('title: Close reading (blanks, matching, order and figures), about 15 minutes', `title: "${long}"`) })
    const { module, selection } = checkModule(dir, { set: 'close-reading' })
    expect(selection!.set.title).toBe(long)
    const canvas = await readQti(canvasQti(module!, selection!))
    const named = [canvas.meta.title, canvas.meta.assignment.title, canvas.assessment['@title']]
    for (const title of named) {
      // Ruby counts characters (code points).
      expect([...title].length).toBeLessThanOrEqual(255)
      expect(title).toContain(long.slice(0, 60))
    }
  })
})
