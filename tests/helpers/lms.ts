// Independent readers of the four LMS exports, for the round-trip test: each reads a file
// the way the platform's import reads it (fast-xml-parser, gift-pegjs, yauzl, parse5 via
// hast; never classpack's code) into one shape, `Imported`, that the test compares with the
// question bank field by field. Scores are computed by each format's own rules (Moodle's
// grade sums, QTI 1.2 respconditions added as decimals, QTI 2.1 response processing), not
// by classpack's. GIFT is read by gift-pegjs, and where Moodle's reader differs from it
// (category lines, whether a question shows a blank) as Moodle reads it (moodleGift).
import { XMLParser } from 'fast-xml-parser'
import { parse as parseGift, type GIFTQuestion } from 'gift-pegjs'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { canvasParts, decimalScore, giftMatching, giftMissingWord, giftNumerical, moodleCategoryShown, moodleCloze, moodleMatching, moodleNumerical, moodleOrdering, qti21Parts, type Parts } from './lms-parts.js'
import { responseProcessing, scoreShare } from './lms-qti21.js'
import { unzip } from './zip.js'

export type ItemType = 'single' | 'multiple' | 'true-false' | 'short' | 'cloze' | 'matching' | 'ordering' | 'numeric'

/** A question of a type answered otherwise than by options, as a platform imports it (see lms-parts.ts). */
const structured = (base: { id: string; type: ItemType; stem: string; points: number | null; feedback: string }, parts: Parts): Imported => ({
  ...base,
  options: [],
  score: () => 0,
  shuffle: null,
  fixed: [],
  grader: null,
  lines: null,
  standardInstruction: null,
  parts
})

/** An item as a platform would import it. */
export interface Imported {
  id: string
  type: ItemType
  stem: string
  /** Its points, or null where the format cannot carry them (GIFT). */
  points: number | null
  options: Array<{ text: string; feedback: string }>
  /** The share of the item's points (0…1) that ticking these options (authored order) scores. */
  score(ticked: readonly boolean[]): number
  /** Whether the platform shuffles the options: true, false, or null for the platform's default. */
  shuffle: boolean | null
  /** The options kept in place when the rest are shuffled (authored indexes). */
  fixed: number[]
  /** Everything students may see after an attempt, besides stem and options: all feedback. */
  feedback: string
  /** What only graders see (Moodle's grader information, QTI 2.1's scorer rubric), or null. */
  grader: string | null
  /** The essay box's lines, where the format says. */
  lines: number | null
  /** Moodle's own instruction ("Select one or more:") shown under the stem. */
  standardInstruction: boolean | null
  /** A cloze's gaps, matching pairs, ordering steps or numeric answer, as read (null for options and essays). */
  parts?: Parts
}

type Node = Record<string, any>
const xml = (arrays: string[], stopNodes: string[] = []) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false, isArray: (name) => arrays.includes(name), stopNodes })

/** The text a reader sees in an HTML fragment, line breaks as `\n`. */
export const htmlText = (html: string): string => toText(fromHtml(html, { fragment: true })).trim()
/** Text of an element that may hold only text. */
const plain = (node: unknown): string => (typeof node === 'string' ? node : ((node as Node | undefined)?.['#text'] ?? '')).trim()
const clamp = (n: number, low: number, high: number): number => Math.min(high, Math.max(low, n))

// ---- Moodle XML ----

/** Each question of a Moodle XML file. */
export function readMoodle(text: string): Map<string, Imported & { category: string }> {
  const quiz = xml(['question', 'answer', 'subquestion']).parse(text).quiz
  const out = new Map<string, Imported & { category: string }>()
  let category = ''
  for (const q of quiz.question as Node[]) {
    if (q['@type'] === 'category') {
      category = moodleCategoryShown(plain(q.category.text))
      continue
    }
    const answers = (q.answer ?? []) as Node[]
    const kinds: Record<string, ItemType> = { cloze: 'cloze', matching: 'matching', ordering: 'ordering', numerical: 'numeric' }
    if (kinds[q['@type']]) {
      const kind = kinds[q['@type']]!
      const html = (node: Node | undefined): string => (node ? plain(node.text) : '')
      const parts = kind === 'cloze' ? moodleCloze(html(q.questiontext)) : kind === 'matching' ? moodleMatching(q) : kind === 'ordering' ? moodleOrdering(q) : moodleNumerical(q)
      const stem = kind === 'cloze' ? (parts as { stem: string }).stem : htmlText(html(q.questiontext))
      const feedback = [htmlText(html(q.generalfeedback)), ...answers.map((a) => (a.feedback ? htmlText(plain(a.feedback.text)) : ''))].join('\n')
      const points = kind === 'cloze' ? (parts as { marks: number }).marks : Number(plain(q.defaultgrade))
      out.set(plain(q.name.text), { ...structured({ id: plain(q.name.text), type: kind, stem, points, feedback }, parts), category })
      continue
    }
    const fractions = answers.map((a) => Number(a['@fraction']) / 100)
    const type: ItemType = q['@type'] === 'essay' ? 'short' : q['@type'] === 'truefalse' ? 'true-false' : plain(q.single) === 'true' ? 'single' : 'multiple'
    const text = (node: Node | undefined): string => (node ? htmlText(plain(node.text)) : '')
    out.set(plain(q.name.text), {
      id: plain(q.name.text),
      category,
      type,
      stem: text(q.questiontext),
      points: Number(plain(q.defaultgrade)),
      // True/false answers are the keywords Moodle reads; the bank's words are its own.
      options: answers.map((a) => ({ text: type === 'true-false' ? plain(a.text) : htmlText(plain(a.text)), feedback: text(a.feedback) })),
      // Moodle: a multiple-answer question scores the sum of the ticked answers' grades, from 0 to 1; one answer, its grade.
      score: (ticked) => clamp(fractions.reduce((sum, f, i) => sum + (ticked[i] ? f : 0), 0), 0, 1),
      shuffle: q.shuffleanswers === undefined ? null : ['true', '1'].includes(plain(q.shuffleanswers)),
      fixed: [],
      feedback: [text(q.generalfeedback), ...answers.map((a) => text(a.feedback))].join('\n'),
      grader: q.graderinfo ? text(q.graderinfo) : null,
      lines: q.responsefieldlines === undefined ? null : Number(plain(q.responsefieldlines)),
      // Moodle's import shows its instruction unless the file says 0.
      standardInstruction: q['@type'] === 'multichoice' ? plain(q.showstandardinstruction ?? '1') !== '0' : null
    })
  }
  return out
}

// ---- GIFT ----

// qformat_gift's escape pre-pass (escapedchar_pre): `\\` is a backslash, and `\:` `\#` `\=`
// `\{` `\}` `\~` `\n` become placeholders, which its post-pass turns back into `: # = { } ~`
// and a line break everywhere but in a category line.
const PLACEHOLDERS: Record<string, string> = { ':': '&&058;', '#': '&&035;', '=': '&&061;', '{': '&&123;', '}': '&&125;', '~': '&&126;', n: '&&010' }
const escapedPre = (text: string): string =>
  text
    .replaceAll('\\\\', '&&092;')
    .replace(/\\([:#={}~n])/g, (_, c: string) => PLACEHOLDERS[c]!)
    .replaceAll('&&092;', '\\')

/** A `$CATEGORY:` line's path (after the colon) as Moodle's GIFT import reads it: the pre-pass, and nothing after it. */
export const moodleGiftCategory = (raw: string): string => escapedPre(raw).trim()

/**
 * A GIFT file as Moodle's import first reads it (qformat_default's readquestions,
 * qformat_gift's readquestion): questions are the runs of lines between blank lines,
 * lines starting `//` are dropped, and the text, trimmed, after the pre-pass, is a category
 * or a question, titled `::…::`. A question whose text ends with the `}` of its answers is
 * an ordinary question; with any text after it, a missing word, shown with a blank. By title.
 */
export function moodleGift(text: string): Map<string, { blank: boolean; type: string }> {
  const questions = new Map<string, { blank: boolean; type: string }>()
  const blocks: string[][] = [[]]
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim() === '') blocks.push([])
    else blocks.at(-1)!.push(line.trim())
  }
  for (const block of blocks) {
    const question = escapedPre(block.map((line) => (line.startsWith('//') ? ' ' : line)).join('\n').trim())
    if (question === '' || question.startsWith('$CATEGORY:')) continue
    const titled = /^::([\s\S]*?)::([\s\S]*)$/.exec(question)
    const body = titled ? titled[2]!.trim() : question
    const answers = body.includes('{') && body.includes('}')
    questions.set(titled ? titled[1]! : body, { blank: answers && !body.endsWith('}'), type: answers ? giftType(body) : 'description' })
  }
  return questions
}

/**
 * The question type Moodle's GIFT reader gives a question by its answers alone (between the
 * first `{` and the first `}`, general feedback after the last `####` left out), after the
 * pre-pass: qformat_gift's readquestion, in its order.
 */
function giftType(body: string): string {
  let answers = body.slice(body.indexOf('{') + 1, body.indexOf('}')).trim()
  const general = answers.lastIndexOf('####')
  if (general >= 0) answers = answers.slice(0, general).trim()
  if (answers === '') return 'essay'
  if (answers.startsWith('#')) return 'numerical'
  if (answers.includes('~')) return 'multichoice'
  if (answers.includes('=') && answers.includes('->')) return 'match'
  const hash = answers.indexOf('#')
  return ['T', 'TRUE', 'F', 'FALSE'].includes(hash > 0 ? answers.slice(0, hash).trim() : answers) ? 'truefalse' : 'shortanswer'
}

/** Each question of a GIFT file, in the category Moodle files it under. */
export function readGift(text: string): Map<string, Imported & { category: string }> {
  const out = new Map<string, Imported & { category: string }>()
  let category = ''
  for (const q of parseGift(text) as GIFTQuestion[]) {
    if (q.type === 'Category') {
      // gift-pegjs gives the line as written; Moodle runs its escape pre-pass over it.
      category = moodleCategoryShown(moodleGiftCategory(q.title))
      continue
    }
    const general = ('globalFeedback' in q ? q.globalFeedback?.text : undefined) ?? ''
    let item: Imported
    const embedded = (q.type === 'MC' || q.type === 'Short') && q.hasEmbeddedAnswers
    if (q.type === 'Matching' || q.type === 'Numerical' || embedded) {
      // The question's own text, before the passage a cloze adds on its last line.
      const lines = q.stem.text.split('\n')
      const stem = (q.type !== 'Numerical' && lines.length > 1 && lines.at(-1)!.includes('_____') ? lines.slice(0, -1) : lines).join('\n')
      const parts = q.type === 'Matching' ? giftMatching(q) : q.type === 'Numerical' ? giftNumerical(q) : giftMissingWord(q)
      const choices = ('choices' in q && Array.isArray(q.choices) ? q.choices : []) as Array<{ feedback: { text: string } | null }>
      const type: ItemType = q.type === 'Matching' ? 'matching' : q.type === 'Numerical' ? 'numeric' : 'cloze'
      out.set(q.title!, { ...structured({ id: q.title!, type, stem, points: null, feedback: [general, ...choices.map((c) => c.feedback?.text ?? '')].join('\n') }, parts), category })
      continue
    }
    if (q.type !== 'MC' && q.type !== 'TF' && q.type !== 'Essay') throw new Error(`${q.title}: read back as ${q.type}`)
    if (q.type === 'MC') {
      const single = q.choices.some((c) => c.isCorrect && c.weight === null)
      // Moodle: `=` is 100% (one answer); `~%w%` weighs an answer, and the ticked weights add up, from 0 to 100%.
      const weights = q.choices.map((c) => (c.weight ?? (c.isCorrect ? 100 : 0)) / 100)
      item = {
        id: q.title!,
        type: single ? 'single' : 'multiple',
        stem: q.stem.text,
        points: null,
        options: q.choices.map((c) => ({ text: c.text.text, feedback: c.feedback?.text ?? '' })),
        score: (ticked) => clamp(weights.reduce((sum, w, i) => sum + (ticked[i] ? w : 0), 0), 0, 1),
        // GIFT cannot say: Moodle shuffles as its site default says.
        shuffle: null,
        fixed: [],
        feedback: [general, ...q.choices.map((c) => c.feedback?.text ?? '')].join('\n'),
        grader: null,
        lines: null,
        standardInstruction: null
      }
    } else if (q.type === 'TF') {
      // GIFT gives the feedback for a wrong answer first (gift-pegjs calls it trueFeedback).
      const [wrong, right] = [q.trueFeedback?.text ?? '', q.falseFeedback?.text ?? '']
      const feedbacks = q.isTrue ? [right, wrong] : [wrong, right]
      item = {
        id: q.title!,
        type: 'true-false',
        stem: q.stem.text,
        points: null,
        options: [
          { text: 'true', feedback: feedbacks[0]! },
          { text: 'false', feedback: feedbacks[1]! }
        ],
        score: (ticked) => (ticked[q.isTrue ? 0 : 1] ? 1 : 0),
        shuffle: false,
        fixed: [],
        feedback: [general, ...feedbacks].join('\n'),
        grader: null,
        lines: null,
        standardInstruction: null
      }
    } else {
      item = { id: q.title!, type: 'short', stem: q.stem.text, points: null, options: [], score: () => 0, shuffle: null, fixed: [], feedback: general, grader: null, lines: null, standardInstruction: null }
    }
    out.set(item.id, { ...item, category })
  }
  return out
}

// ---- Canvas QTI 1.2 ----

/** Whether Canvas's importer keeps this HTML as HTML (qti_exporter html_helper.rb, `detect_html`), rather than escaping it again. */
export function canvasKeepsHtml(html: string): boolean {
  let node: Root | Element = fromHtml(html, { fragment: true })
  const bare = (c: RootContent | ElementContent): boolean => (c.type === 'text' && c.value.trim() === '') || (c.type === 'element' && c.tagName === 'br')
  for (;;) {
    const children: Array<RootContent | ElementContent> = [...node.children]
    while (children.length && bare(children[0]!)) children.shift()
    while (children.length && bare(children[children.length - 1]!)) children.pop()
    const only = children.length === 1 ? children[0]! : undefined
    if (only && only.type === 'element' && ['p', 'div', 'span'].includes(only.tagName) && Object.keys(only.properties).length === 0) {
      node = only
      continue
    }
    // A lone text is plain text to Canvas.
    return !(children.length === 1 && children[0]!.type === 'text')
  }
}

export interface CanvasPackage {
  items: Map<string, Imported & { feedbackTypes: string[]; feedbackHtml: string[]; optionTypes: string[] }>
  /** Canvas's quiz-wide setting (assessment_meta.xml's shuffle_answers). */
  shuffleAnswers: boolean
  points: number
}

/** A Canvas QTI 1.2 package. */
export async function readCanvas(bytes: Uint8Array): Promise<CanvasPackage> {
  const files = await unzip(bytes)
  const text = (path: string): string => files.get(path)!.bytes.toString('utf8')
  const manifest = xml(['resource', 'file', 'dependency']).parse(text('imsmanifest.xml')).manifest
  const qti = manifest.resources.resource.find((r: Node) => r['@type'] === 'imsqti_xmlv1p2')
  const metaResource = manifest.resources.resource.find((r: Node) => r['@identifier'] === qti.dependency[0]['@identifierref'])
  const arrays = ['item', 'qtimetadatafield', 'response_label', 'respcondition', 'itemfeedback', 'varequal', 'not', 'setvar', 'displayfeedback']
  const assessment = xml(arrays).parse(text(qti.file[0]['@href'])).questestinterop.assessment
  const meta = xml([]).parse(text(metaResource.file[0]['@href'])).quiz
  const items = new Map<string, Imported & { feedbackTypes: string[]; feedbackHtml: string[]; optionTypes: string[] }>()
  // Each item's XML as written, for the readers of types answered otherwise than by options.
  const itemsXml = new Map([...text(qti.file[0]['@href']).matchAll(/<item ident="[^"]*" title="([^"]*)">[\s\S]*?<\/item>/g)].map((m) => [m[1]!, m[0]]))
  for (const node of assessment.section.item as Node[]) {
    const fields = Object.fromEntries((node.itemmetadata.qtimetadata.qtimetadatafield as Node[]).map((f) => [plain(f.fieldlabel), plain(f.fieldentry)]))
    const others: Record<string, ItemType> = { matching_question: 'matching', multiple_dropdowns_question: 'cloze', fill_in_multiple_blanks_question: 'cloze', numerical_question: 'numeric' }
    if (others[fields.question_type!]) {
      const parts = canvasParts(itemsXml.get(node['@title'])!, fields.question_type!)
      const feedbackNodes = (node.itemfeedback as Node[]).map((f) => f.flow_mat.material.mattext as Node)
      items.set(node['@title'], {
        ...structured({ id: node['@title'], type: others[fields.question_type!]!, stem: parts.stem, points: Number(fields.points_possible), feedback: feedbackNodes.map((f) => htmlText(plain(f))).join('\n') }, parts),
        feedbackTypes: feedbackNodes.map((f) => f['@texttype'] as string),
        feedbackHtml: feedbackNodes.map((f) => plain(f)),
        optionTypes: []
      })
      continue
    }
    const types: Record<string, ItemType> = { multiple_choice_question: 'single', multiple_answers_question: 'multiple', true_false_question: 'true-false', essay_question: 'short' }
    const lid = node.presentation.response_lid
    const labels = (lid?.render_choice.response_label ?? []) as Node[]
    const ids = labels.map((l) => l['@ident'] as string)
    const mattext = (n: Node): Node => n.material.mattext
    const feedbacks = new Map((node.itemfeedback as Node[]).map((f) => [f['@ident'] as string, mattext(f.flow_mat)]))
    const decvar = node.resprocessing.outcomes.decvar
    const conditions = node.resprocessing.respcondition as Node[]
    // QTI 1.2: each respcondition whose conditions hold sets or adds to SCORE; continue="No" stops; SCORE stays within its decvar.
    const holds = (condition: Node, chosen: Set<string>): boolean => {
      if (condition.other !== undefined) return true
      const all = condition.and ?? condition
      const yes = ((all.varequal ?? []) as Node[]).every((v) => chosen.has(plain(v)))
      const no = ((all.not ?? []) as Node[]).every((n) => !(n.varequal as Node[]).some((v) => chosen.has(plain(v))))
      return yes && no && ((all.varequal ?? []) as Node[]).length + ((all.not ?? []) as Node[]).length > 0
    }
    const score = (ticked: readonly boolean[]): number => {
      const chosen = new Set(ids.filter((_, i) => ticked[i]))
      const sets: Array<{ action: string; value: string }> = []
      for (const c of conditions) {
        if (!holds(c.conditionvar, chosen)) continue
        for (const set of (c.setvar ?? []) as Node[]) sets.push({ action: set['@action'], value: plain(set) })
        if (c['@continue'] === 'No') break
      }
      return decimalScore(sets, decvar['@minvalue'], decvar['@maxvalue']) / 100
    }
    const general = feedbacks.get('general_fb')
    const optionFeedback = ids.map((id) => feedbacks.get(`${id}_fb`)!)
    items.set(node['@title'], {
      id: node['@title'],
      type: types[fields.question_type!]!,
      stem: htmlText(plain(mattext(node.presentation))),
      points: Number(fields.points_possible),
      options: labels.map((l, i) => ({ text: plain(mattext(l)), feedback: htmlText(plain(optionFeedback[i])) })),
      score,
      shuffle: lid ? lid.render_choice['@shuffle'] === 'Yes' : null,
      fixed: labels.flatMap((l, i) => (l['@rshuffle'] === 'No' ? [i] : [])),
      feedback: [general ? htmlText(plain(general)) : '', ...optionFeedback.map((f) => htmlText(plain(f)))].join('\n'),
      // Canvas has no field for graders alone.
      grader: null,
      lines: null,
      standardInstruction: null,
      feedbackTypes: [general, ...optionFeedback].map((f) => f?.['@texttype'] as string),
      feedbackHtml: [general, ...optionFeedback].map((f) => plain(f)),
      optionTypes: labels.map((l) => mattext(l)['@texttype'] as string)
    })
  }
  return { items, shuffleAnswers: plain(meta.shuffle_answers) === 'true', points: Number(plain(meta.points_possible)) }
}

/**
 * Canvas's own score for a multiple-answers question (quiz_question/multiple_answers_question.rb
 * and user_answer.rb): the options its importer reads as right (those the respconditions
 * score) share the points, each wrong one ticked takes a share away, never below 0.
 */
export function canvasNativeScore(item: Imported, ticked: readonly boolean[]): number {
  const right = item.options.map((_, i) => item.score(item.options.map((__, j) => j === i)) > 0)
  const k = right.filter(Boolean).length
  const c = ticked.filter((t, i) => t && right[i]).length
  const w = ticked.filter((t, i) => t && !right[i]).length
  return Math.max(0, c / k - w / k)
}

// ---- QTI 2.1 ----

export interface Qti21Package {
  files: Map<string, string>
  manifest: Node
  test: Node
  items: Map<string, Imported & { xml: string }>
}

/** A QTI 2.1 content package. */
export async function readQti21(bytes: Uint8Array): Promise<Qti21Package> {
  const zipped = await unzip(bytes)
  const files = new Map([...zipped].map(([path, f]) => [path, f.bytes.toString('utf8')]))
  const manifest = xml(['resource', 'file', 'dependency']).parse(files.get('imsmanifest.xml')!).manifest
  const testResource = (manifest.resources.resource as Node[]).find((r) => r['@type'] === 'imsqti_test_xmlv2p1')!
  const test = xml(['assessmentItemRef', 'outcomeDeclaration']).parse(files.get(testResource['@href'])!).assessmentTest
  const items = new Map<string, Imported & { xml: string }>()
  // XHTML is read as HTML (parse5): the inner markup of these elements is kept as it is.
  const stop = ['*.p', '*.simpleChoice', '*.modalFeedback', '*.rubricBlock']
  for (const ref of test.testPart.assessmentSection.assessmentItemRef as Node[]) {
    const source = files.get(ref['@href'])!
    if (/<(matchInteraction|orderInteraction|inlineChoiceInteraction|textEntryInteraction)\b/.test(source)) {
      const parts = qti21Parts(source)
      const kind = source.includes('<matchInteraction') ? 'matching' : source.includes('<orderInteraction') ? 'ordering' : parts.kind === 'number' ? 'numeric' : 'cloze'
      const modals = [...source.matchAll(/<modalFeedback[^>]*>([\s\S]*?)<\/modalFeedback>/g)].map((m) => htmlText(m[1]!))
      const title = /<assessmentItem[^>]* title="([^"]*)"/.exec(source)![1]!
      items.set(title, { ...structured({ id: title, type: kind, stem: parts.stem, points: parts.points, feedback: modals.join('\n') }, parts), xml: source })
      continue
    }
    const item = xml(['responseDeclaration', 'outcomeDeclaration', 'simpleChoice', 'mapEntry', 'value', 'modalFeedback', 'p', 'responseCondition', 'setOutcomeValue', 'rubricBlock'], stop).parse(source).assessmentItem
    const declaration = (item.responseDeclaration as Node[])[0]!
    const outcomes = new Map((item.outcomeDeclaration as Node[]).map((o) => [o['@identifier'], o]))
    const body = item.itemBody
    const interaction = body.choiceInteraction
    const choices = (interaction?.simpleChoice ?? []) as Node[]
    const ids = choices.map((c) => c['@identifier'] as string)
    const inner = (n: Node | string): string => htmlText(typeof n === 'string' ? n : (n['#text'] ?? ''))
    // Which feedback each option shows: a responseCondition on that option setting FEEDBACK.
    const rules = (item.responseProcessing?.responseCondition ?? []) as Node[]
    const feedbackOf = (id: string): string | undefined => {
      const rule = rules.find((r) => JSON.stringify(r.responseIf.match ?? r.responseIf.member ?? '').includes(`"${id}"`))
      return rule?.responseIf.setOutcomeValue?.[0]?.multiple?.baseValue?.['#text']
    }
    const modals = new Map(((item.modalFeedback ?? []) as Node[]).map((m) => [m['@identifier'] as string, m]))
    const always = ((item.responseProcessing?.setOutcomeValue ?? []) as Node[]).filter((s) => s['@identifier'] === 'FEEDBACK').map((s) => s.multiple.baseValue['#text'] as string)
    const maxScore = Number(plain(outcomes.get('MAXSCORE')?.defaultValue.value[0]))
    // The item's response processing on the options ticked: one identifier, or a set of them.
    const process = responseProcessing(source)
    const score = (ticked: readonly boolean[]): number => {
      const chosen = ids.filter((_, i) => ticked[i])
      const response = declaration['@cardinality'] === 'multiple' ? (chosen.length ? { cardinality: 'multiple' as const, values: chosen } : null) : (chosen[0] ?? null)
      return scoreShare(process, { RESPONSE: response })
    }
    const scorer = ((body.rubricBlock ?? []) as Node[]).filter((r) => String(r['@view']).split(' ').includes('scorer'))
    const candidate = ((body.rubricBlock ?? []) as Node[]).filter((r) => !String(r['@view']).split(' ').includes('scorer'))
    const type: ItemType = interaction ? (declaration['@cardinality'] === 'multiple' ? 'multiple' : ids[0] && /^true$/i.test(inner(choices[0]!)) ? 'true-false' : 'single') : 'short'
    items.set(item['@title'], {
      id: item['@title'],
      xml: source,
      type,
      stem: ((body.p ?? []) as Node[]).map(inner).join('\n'),
      points: maxScore,
      options: choices.map((c, i) => ({ text: inner(c), feedback: modals.get(feedbackOf(ids[i]!) ?? '') ? inner(modals.get(feedbackOf(ids[i]!)!)!) : '' })),
      score,
      shuffle: interaction ? interaction['@shuffle'] === 'true' : null,
      fixed: choices.flatMap((c, i) => (c['@fixed'] === 'true' ? [i] : [])),
      feedback: [...always.map((id) => (modals.get(id) ? inner(modals.get(id)!) : '')), ...[...modals.values()].map(inner), ...candidate.map(inner)].join('\n'),
      grader: scorer.length ? scorer.map(inner).join('\n') : null,
      lines: body.extendedTextInteraction ? Number(body.extendedTextInteraction['@expectedLines']) : null,
      standardInstruction: null
    })
  }
  return { files, manifest, test, items }
}
