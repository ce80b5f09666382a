// A Canvas quiz package: QTI 1.2 as Canvas itself exports it (imsmanifest.xml, the
// assessment, and Canvas's assessment_meta.xml), zipped. Pure: returns the zip's bytes, the
// same bytes for the same module and selection.
import { x } from 'xastscript'
import type { Module } from '../assemble.js'
import type { ExportOptions } from '../formats/format.js'
import { moduleStrings, type UiStrings } from '../lang/index.js'
import { code } from '../messages.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { typeOf, wordsOf, type QtiKit } from '../types/index.js'
import { shares } from '../types/shares.js'
import { claimIndex } from '../view/common.js'
import { escapeHtml } from '../fill/escape.js'
import { citeText, exportOrder, html, ident, optionFeedback, pinLimits, pinnedOptions, questionHtml, setName, testedClaims, typeLimits, type ClaimIndex, type ItemOrder } from './common.js'
import type { ExportLimit } from '../formats/format.js'
import { openEmpty, writeXml, type Element } from './xml.js'
import { zip } from './zip.js'

/** A `<material>` holding a `<mattext>`: HTML (itself escaped as XML) or plain text, which Canvas shows as written. */
const material = (type: 'text/html' | 'text/plain', content: string): Element => x('material', [x('mattext', { texttype: type }, content)])

const field = (label: string, entry: string): Element => x('qtimetadatafield', [x('fieldlabel', label), x('fieldentry', entry)])

const feedback = (id: string, content: string): Element => x('itemfeedback', { ident: id }, [x('flow_mat', [material('text/html', content)])])

/**
 * Feedback as HTML that Canvas keeps. Canvas's importer (qti_exporter's html_helper.rb,
 * `detect_html`) takes HTML that is a lone text in bare `<p>`, `<div>` or `<span>` wrappers
 * for plain text, stores it escaped and shows "AT&amp;T"; an element with an attribute it
 * allows stops that unwrapping, so the feedback is kept as HTML. The attribute is the
 * article's language, which the feedback is written in.
 */
const canvasHtml = (lang: string, markup: string): string => (markup === '' ? '' : `<div lang="${escapeHtml(lang)}">${markup}</div>`)

function respcondition(go: 'Yes' | 'No', conditions: Element[], then: Element[]): Element {
  return x('respcondition', { continue: go }, [x('conditionvar', conditions), ...then])
}

const chosen = (id: string, respident = 'response1'): Element => x('varequal', { respident }, id)
const show = (id: string): Element => x('displayfeedback', { feedbacktype: 'Response', linkrefid: id })

/** The decimals a percentage is written with. */
const PLACES = 5
/** A percentage as a decimal with at most 5 places: "33.33333", "-50". */
const decimal = (percent: number): string => String(Number(percent.toFixed(PLACES)))

/** Canvas's general feedback, shown to students after they submit: the claims the item tests, and what its type adds (an essay's model answer and rubric, when asked). */
function generalHtml(index: ClaimIndex, item: QuizItem, strings: UiStrings, more: string): string {
  const tests = strings.exports
    .tests(testedClaims(index, item))
    .map((line) => `<p>${html(line)}</p>`)
    .join('')
  return tests + more
}

/** What an item is written with besides itself: the module, set, claims and words, and how its options are ordered. */
interface Context {
  module: Module
  selection: Selection
  index: ClaimIndex
  strings: UiStrings
  options: ExportOptions
  order: ItemOrder
  /** Whether Canvas shuffles the quiz's answers; where it does not, options are written in their dealt order. */
  shuffle: boolean
}

/** One `<item>`, laid out as Canvas exports a question of its type. */
function item({ module, selection, index, strings, options, order, shuffle }: Context, quizItem: QuizItem): Element {
  const type = typeOf(quizItem)
  const words = wordsOf(type, strings)
  const choices = type.options(quizItem, words)
  const lang = module.article.meta.lang
  // Option identifiers follow the authored order, which every build keeps.
  const ids = choices.map((_, i) => ident(module.name, quizItem.id, `option ${i + 1}`))
  const parts = order(quizItem)
  // Students see the options as written where Canvas does not shuffle them: the key then must not stand where it was authored.
  const written = shuffle ? choices.map((_, i) => i) : parts.dealt
  const kit: QtiKit = {
    ...parts,
    strings,
    modelAnswers: options.modelAnswers === true,
    options: choices,
    ids,
    question: questionHtml(quizItem, strings),
    ident: (part) => ident(module.name, quizItem.id, part),
    // `m3_g…`: the hash alone often began two responses' first digits alike (`g5a…`, `gb5…`),
    // so Canvas made them one match, choosing either scored as the right one and a premise
    // showed the other's text; or 0 (`g0…`), which Canvas never gives a match.
    matchIdent: (n) => `m${n}_${ident(module.name, quizItem.id, `response ${n}`)}`,
    cite: (text, claim) => citeText(index, quizItem, text, claim),
    html,
    plain: (text) => material('text/plain', text),
    // Option text as plain text, which Canvas's importer keeps exactly (its `div.text`).
    // Shuffled where the type shuffles, a pinned option fixed (`rshuffle="No"`); Canvas itself
    // shuffles a whole quiz's answers or none (assessment_meta.xml's shuffle_answers).
    choice: (cardinality) =>
      x('response_lid', { ident: 'response1', rcardinality: cardinality }, [
        x(
          'render_choice',
          { shuffle: type.shuffles ? 'Yes' : 'No' },
          written.map((i) => x('response_label', choices[i]!.pin === 'last' ? { ident: ids[i], rshuffle: 'No' } : { ident: ids[i] }, [material('text/plain', choices[i]!.text)]))
        )
      ]),
    score: (conditions, full) => respcondition('No', conditions, full ? [x('setvar', { action: 'Set', varname: 'SCORE' }, '100')] : []),
    add: (id, percent, respident) => respcondition('Yes', [chosen(id, respident)], [x('setvar', { action: 'Add', varname: 'SCORE' }, decimal(percent))]),
    percents: (fractions) => shares(fractions, 100, PLACES),
    chosen
  }
  return x('item', { ident: ident(module.name, selection.name, quizItem.id), title: quizItem.id }, [
    x('itemmetadata', [
      x('qtimetadata', [
        field('question_type', typeof type.qti.type === 'function' ? type.qti.type(quizItem) : type.qti.type),
        field('points_possible', quizItem.points.toFixed(1)),
        field('original_answer_ids', written.map((i) => ids[i]).join(',')),
        // The same question in every quiz made from this module shares one entry in Canvas's question bank.
        field('assessment_question_identifierref', ident(module.name, quizItem.id))
      ])
    ]),
    x('presentation', [material('text/html', `<div>${type.qti.text(quizItem, words, kit)}</div>`), ...type.qti.response(quizItem, words, kit)]),
    x('resprocessing', [
      x('outcomes', [x('decvar', { maxvalue: '100', minvalue: '0', varname: 'SCORE', vartype: 'Decimal' })]),
      respcondition('Yes', [x('other')], [show('general_fb')]),
      ...ids.map((id) => respcondition('Yes', [chosen(id)], [show(`${id}_fb`)])),
      ...type.qti.scoring(quizItem, kit)
    ]),
    feedback('general_fb', canvasHtml(lang, generalHtml(index, quizItem, strings, type.qti.general(quizItem, words, kit)))),
    ...choices.map((o, i) => feedback(`${ids[i]}_fb`, canvasHtml(lang, `<p>${html(optionFeedback(index, quizItem, o))}</p>`)))
  ])
}

const NAMESPACES = {
  manifest: {
    xmlns: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
    'xmlns:lom': 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource',
    'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_v1p2',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd'
  },
  quiz: {
    xmlns: 'http://canvas.instructure.com/xsd/cccv1p0',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd'
  },
  questestinterop: {
    xmlns: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd'
  }
}

function manifest(id: string, assessment: string, meta: string, title: string, date: string | null): Element {
  const general = x('imsmd:general', [x('imsmd:title', [x('imsmd:string', title)])])
  // The pack's date, never the clock's, so that the package is the same every build.
  const lifeCycle = date === null ? [] : [x('imsmd:lifeCycle', [x('imsmd:contribute', [x('imsmd:date', [x('imsmd:dateTime', date)])])])]
  return x('manifest', { identifier: id, ...NAMESPACES.manifest }, [
    x('metadata', [x('schema', 'IMS Content'), x('schemaversion', '1.1.3'), x('imsmd:lom', [general, ...lifeCycle])]),
    x('organizations'),
    x('resources', [
      x('resource', { identifier: assessment, type: 'imsqti_xmlv1p2' }, [x('file', { href: `${assessment}/${assessment}.xml` }), x('dependency', { identifierref: meta })]),
      x('resource', { identifier: meta, type: 'associatedcontent/imscc_xmlv1p1/learning-application-resource', href: `${assessment}/assessment_meta.xml` }, [
        x('file', { href: `${assessment}/assessment_meta.xml` })
      ])
    ])
  ])
}

/** Canvas's quiz settings, as Canvas exports them. */
function assessmentMeta(id: string, assignment: string, title: string, description: string, points: number, shuffle: boolean): Element {
  const total = points.toFixed(1)
  const no = 'false'
  return x('quiz', { identifier: id, ...NAMESPACES.quiz }, [
    x('title', title),
    x('description', description),
    x('shuffle_answers', String(shuffle)),
    x('scoring_policy', 'keep_highest'),
    x('hide_results', ''),
    x('quiz_type', 'assignment'),
    x('points_possible', total),
    x('require_lockdown_browser', no),
    x('require_lockdown_browser_for_results', no),
    x('require_lockdown_browser_monitor', no),
    x('lockdown_browser_monitor_data'),
    x('show_correct_answers', 'true'),
    x('anonymous_submissions', no),
    x('could_be_locked', no),
    x('allowed_attempts', '1'),
    x('one_question_at_a_time', no),
    x('cant_go_back', no),
    x('available', no),
    x('one_time_results', no),
    x('show_correct_answers_last_attempt', no),
    x('only_visible_to_overrides', no),
    x('module_locked', no),
    x('assignment', { identifier: assignment }, [
      x('title', title),
      x('due_at'),
      x('lock_at'),
      x('unlock_at'),
      x('module_locked', no),
      x('workflow_state', 'unpublished'),
      openEmpty('assignment_overrides'),
      x('quiz_identifierref', id),
      x('allowed_extensions', ''),
      x('has_group_category', no),
      x('points_possible', total),
      x('grading_type', 'points'),
      x('all_day', no),
      x('submission_types', 'online_quiz'),
      x('position', '1'),
      x('peer_review_count', '0'),
      x('peer_reviews', no),
      x('automatic_peer_reviews', no),
      x('anonymous_peer_reviews', no),
      x('grade_group_students_individually', no),
      x('freeze_on_copy', no),
      x('omit_from_final_grade', no),
      x('intra_group_peer_reviews', no),
      x('only_visible_to_overrides', no),
      x('post_to_sis', no),
      x('moderated_grading', no),
      x('grader_count', '0'),
      x('anonymous_grading', no)
    ]),
    openEmpty('assignment_overrides')
  ])
}

/**
 * The quiz items of `selection`, in its order, as a Canvas quiz package (QTI 1.2 zip) for
 * Settings › Import Course Content › QTI .zip file: one quiz, options in authored order (in
 * their dealt order where a pinned option turns Canvas's shuffling off: exportOptions),
 * each option's feedback (HTML) with its ¶, and the claims each item tests as general
 * feedback; essays' model answers and rubrics there too only with `options.modelAnswers`
 * (Canvas has no field for graders alone). Words in `strings`' language (by default the article's).
 */
export function canvasQti(module: Module, selection: Selection, options: ExportOptions = {}, strings: UiStrings = moduleStrings(module)): Uint8Array {
  const index = claimIndex(module)
  const order = exportOrder(selection, strings)
  const assessment = ident(module.name, selection.name, 'assessment')
  const meta = ident(module.name, selection.name, 'assessment_meta')
  const { title: articleTitle, author } = module.article.meta
  const title = canvasTitle(strings.exports.qtiTitle(articleTitle, setName(module, selection)))
  const description = `<p>${html(strings.exports.qtiDescription(selection.set.title ?? null, articleTitle, author))}</p>`
  const points = selection.items.reduce((n, q) => n + q.points, 0)
  // Canvas shuffles a whole quiz's answers or none: an item with a pinned option ("None of these") keeps them in order.
  const shuffle = !selection.items.some((q) => pinnedOptions(q, strings).length > 0)
  const questions = x('questestinterop', NAMESPACES.questestinterop, [
    x('assessment', { ident: assessment, title }, [
      x('qtimetadata', [field('cc_maxattempts', '1')]),
      x('section', { ident: 'root_section' }, selection.items.map((q) => item({ module, selection, index, strings, options, order, shuffle }, q)))
    ])
  ])
  const text = (s: string): Uint8Array => new TextEncoder().encode(s)
  return zip([
    { path: 'imsmanifest.xml', bytes: text(writeXml(manifest(ident(module.name, selection.name, 'manifest'), assessment, meta, title, module.config.date ?? null))) },
    { path: `${assessment}/${assessment}.xml`, bytes: text(writeXml(questions)) },
    { path: `${assessment}/assessment_meta.xml`, bytes: text(writeXml(assessmentMeta(assessment, ident(module.name, selection.name, 'assignment'), title, description, points, shuffle))) }
  ])
}

/**
 * `title` cut to the 255 characters Canvas takes: it validates a quiz's and an assignment's
 * title to that length (maximum_string_length), so a longer one failed the quiz's save and the
 * quiz was not imported at all. The set's title comes first, so the cut takes the article's.
 */
function canvasTitle(title: string): string {
  const chars = [...title]
  return chars.length <= CANVAS_TITLE ? title : `${chars.slice(0, CANVAS_TITLE - 1).join('').trimEnd()}…`
}

/** The most characters Canvas keeps in a quiz's or assignment's title (Ruby counts code points). */
const CANVAS_TITLE = 255

/**
 * What canvas-qti.zip cannot carry of `selection`'s items: what their types say (an ordering
 * item arrives as a matching one), and every option pinned last, which turns Canvas's
 * shuffling off for the whole quiz.
 */
export function canvasQtiLimits(module: Module, selection: Selection): ExportLimit[] {
  const strings = moduleStrings(module)
  const pins = pinLimits(
    selection.items,
    strings,
    'qti-pin',
    (item, option) =>
      `Unexpected option pinned last in item \`${item.id}\` in canvas-qti.zip, expected options Canvas may shuffle: Canvas shuffles a whole quiz's answers or none, so to keep ${code(option.text)} last the quiz is not shuffled and every student sees each question's options in one order (dealt from the seed as on paper, the pinned ones last); leave out \`pin\` to have Canvas shuffle them, or import qti21.zip, which keeps it last and shuffles the rest`
  )
  return [...typeLimits(selection.items, 'qti', strings), ...pins]
}
