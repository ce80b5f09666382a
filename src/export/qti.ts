// A Canvas quiz package: QTI 1.2 as Canvas itself exports it (imsmanifest.xml, the
// assessment, and Canvas's assessment_meta.xml), zipped. Pure: returns the zip's bytes, the
// same bytes for the same module and selection.
import { createHash } from 'node:crypto'
import type { Module } from '../assemble.js'
import { escapeHtml } from '../fill/escape.js'
import type { Option, QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { authoredOptions } from '../select/versions.js'
import { citeClaim, claimIndex, pointsLabel } from '../view/common.js'
import { zip } from './zip.js'

type ClaimIndex = ReturnType<typeof claimIndex>

/** A Canvas-style identifier (`g` and 32 hex digits) derived from `parts`, so a rebuild gives the same one. */
function ident(...parts: string[]): string {
  return `g${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)}`
}

// XML 1.0 cannot carry these characters at all, escaped or not, so they are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** `text` as XML character data or attribute value. */
function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/** Plain text as HTML, line breaks kept. */
const html = (text: string): string => escapeHtml(text).replace(/\r\n?|\n/g, '<br>')

/** A `<mattext>`: HTML (itself escaped as XML) or plain text, which Canvas shows as written. */
function mattext(indent: string, type: 'text/html' | 'text/plain', content: string): string {
  return `${indent}<mattext texttype="${type}">${xml(content)}</mattext>`
}

/** An option's feedback with the ¶ of the claim it rests on: "… (¶3)". */
function optionFeedback(index: ClaimIndex, item: QuizItem, option: Option): string {
  const cite = citeClaim(index, option.claim ?? item.claims[0]!)
  return cite ? `${option.feedback} (${cite})` : option.feedback
}

/** Canvas's general feedback: the claims the item tests, and for an essay its model answer and rubric. */
function generalHtml(index: ClaimIndex, item: QuizItem): string {
  const tests = item.claims
    .map((id) => index.get(id))
    .filter((c) => c !== undefined)
    .map((c) => `<p>Tests ${c.label} (¶${c.claim.anchor.paragraph}): ${html(c.claim.paraphrase)}</p>`)
    .join('')
  if (item.type !== 'short') return tests
  const rubric = item.rubric.map((r) => `<li>${html(pointsLabel(r.points))}: ${html(r.criterion)}</li>`).join('')
  return `${tests}<p><strong>Model answer:</strong> ${html(item.model_answer)}</p><p><strong>Rubric</strong> (${html(pointsLabel(item.points))}):</p><ul>${rubric}</ul>`
}

const TYPES: Record<QuizItem['type'], string> = {
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  'true-false': 'true_false_question',
  short: 'essay_question'
}

function field(label: string, entry: string): string[] {
  return ['            <qtimetadatafield>', `              <fieldlabel>${label}</fieldlabel>`, `              <fieldentry>${xml(entry)}</fieldentry>`, '            </qtimetadatafield>']
}

function feedback(id: string, type: 'text/html' | 'text/plain', content: string): string[] {
  return [`        <itemfeedback ident="${id}">`, '          <flow_mat>', '            <material>', mattext('              ', type, content), '            </material>', '          </flow_mat>', '        </itemfeedback>']
}

function respcondition(go: 'Yes' | 'No', condition: string[], then: string[]): string[] {
  return [`          <respcondition continue="${go}">`, '            <conditionvar>', ...condition, '            </conditionvar>', ...then, '          </respcondition>']
}

const show = (id: string): string => `            <displayfeedback feedbacktype="Response" linkrefid="${id}"/>`
const is = (id: string, indent = '              '): string => `${indent}<varequal respident="response1">${id}</varequal>`
const FULL_SCORE = '            <setvar action="Set" varname="SCORE">100</setvar>'

/** One `<item>`, laid out as Canvas exports a question of its type. */
function item(module: Module, selection: Selection, index: ClaimIndex, quizItem: QuizItem): string {
  const options = authoredOptions(quizItem)
  // Option identifiers follow the authored order, which every build keeps.
  const ids = options.map((_, i) => ident(module.name, quizItem.id, `option ${i + 1}`))
  const presentation =
    quizItem.type === 'short'
      ? ['          <response_str ident="response1" rcardinality="Single">', '            <render_fib>', '              <response_label ident="answer1" rshuffle="No"/>', '            </render_fib>', '          </response_str>']
      : [
          `          <response_lid ident="response1" rcardinality="${quizItem.type === 'multiple' ? 'Multiple' : 'Single'}">`,
          '            <render_choice>',
          ...options.flatMap((o, i) => [`              <response_label ident="${ids[i]}">`, '                <material>', mattext('                  ', 'text/plain', o.text), '                </material>', '              </response_label>']),
          '            </render_choice>',
          '          </response_lid>'
        ]
  const right = ids.filter((_, i) => options[i]!.correct)
  const scoring =
    quizItem.type === 'short'
      ? respcondition('No', ['              <other/>'], [])
      : quizItem.type === 'multiple'
        ? // Canvas's own form: every right option chosen and no wrong one.
          respcondition('No', ['              <and>', ...ids.flatMap((id, i) => (options[i]!.correct ? [is(id, '                ')] : ['                <not>', is(id, '                  '), '                </not>'])), '              </and>'], [FULL_SCORE])
        : respcondition('No', [is(right[0]!)], [FULL_SCORE])
  return [
    `      <item ident="${ident(module.name, selection.name, quizItem.id)}" title="${xml(quizItem.id)}">`,
    '        <itemmetadata>',
    '          <qtimetadata>',
    ...field('question_type', TYPES[quizItem.type]),
    ...field('points_possible', quizItem.points.toFixed(1)),
    ...field('original_answer_ids', ids.join(',')),
    // The same question in every quiz made from this module shares one entry in Canvas's question bank.
    ...field('assessment_question_identifierref', ident(module.name, quizItem.id)),
    '          </qtimetadata>',
    '        </itemmetadata>',
    '        <presentation>',
    '          <material>',
    mattext('            ', 'text/html', `<div><p>${html(quizItem.stem)}</p></div>`),
    '          </material>',
    ...presentation,
    '        </presentation>',
    '        <resprocessing>',
    '          <outcomes>',
    '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>',
    '          </outcomes>',
    ...respcondition('Yes', ['              <other/>'], [show('general_fb')]),
    ...ids.flatMap((id) => respcondition('Yes', [is(id)], [show(`${id}_fb`)])),
    ...scoring,
    '        </resprocessing>',
    ...feedback('general_fb', 'text/html', generalHtml(index, quizItem)),
    ...options.flatMap((o, i) => feedback(`${ids[i]}_fb`, 'text/plain', optionFeedback(index, quizItem, o))),
    '      </item>'
  ].join('\n')
}

function manifest(id: string, assessment: string, meta: string, title: string, date: string | null): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd">
  <metadata>
    <schema>IMS Content</schema>
    <schemaversion>1.1.3</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>
          <imsmd:string>${xml(title)}</imsmd:string>
        </imsmd:title>
      </imsmd:general>${
        // The pack's date, never the clock's, so that the package is the same every build.
        date === null
          ? ''
          : `
      <imsmd:lifeCycle>
        <imsmd:contribute>
          <imsmd:date>
            <imsmd:dateTime>${xml(date)}</imsmd:dateTime>
          </imsmd:date>
        </imsmd:contribute>
      </imsmd:lifeCycle>`
      }
    </imsmd:lom>
  </metadata>
  <organizations/>
  <resources>
    <resource identifier="${assessment}" type="imsqti_xmlv1p2">
      <file href="${assessment}/${assessment}.xml"/>
      <dependency identifierref="${meta}"/>
    </resource>
    <resource identifier="${meta}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${assessment}/assessment_meta.xml">
      <file href="${assessment}/assessment_meta.xml"/>
    </resource>
  </resources>
</manifest>
`
}

function assessmentMeta(id: string, assignment: string, title: string, description: string, points: number, shuffle: boolean): string {
  const total = points.toFixed(1)
  return `<?xml version="1.0" encoding="UTF-8"?>
<quiz identifier="${id}" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 https://canvas.instructure.com/xsd/cccv1p0.xsd">
  <title>${xml(title)}</title>
  <description>${xml(description)}</description>
  <shuffle_answers>${shuffle}</shuffle_answers>
  <scoring_policy>keep_highest</scoring_policy>
  <hide_results></hide_results>
  <quiz_type>assignment</quiz_type>
  <points_possible>${total}</points_possible>
  <require_lockdown_browser>false</require_lockdown_browser>
  <require_lockdown_browser_for_results>false</require_lockdown_browser_for_results>
  <require_lockdown_browser_monitor>false</require_lockdown_browser_monitor>
  <lockdown_browser_monitor_data/>
  <show_correct_answers>true</show_correct_answers>
  <anonymous_submissions>false</anonymous_submissions>
  <could_be_locked>false</could_be_locked>
  <allowed_attempts>1</allowed_attempts>
  <one_question_at_a_time>false</one_question_at_a_time>
  <cant_go_back>false</cant_go_back>
  <available>false</available>
  <one_time_results>false</one_time_results>
  <show_correct_answers_last_attempt>false</show_correct_answers_last_attempt>
  <only_visible_to_overrides>false</only_visible_to_overrides>
  <module_locked>false</module_locked>
  <assignment identifier="${assignment}">
    <title>${xml(title)}</title>
    <due_at/>
    <lock_at/>
    <unlock_at/>
    <module_locked>false</module_locked>
    <workflow_state>unpublished</workflow_state>
    <assignment_overrides>
    </assignment_overrides>
    <quiz_identifierref>${id}</quiz_identifierref>
    <allowed_extensions></allowed_extensions>
    <has_group_category>false</has_group_category>
    <points_possible>${total}</points_possible>
    <grading_type>points</grading_type>
    <all_day>false</all_day>
    <submission_types>online_quiz</submission_types>
    <position>1</position>
    <peer_review_count>0</peer_review_count>
    <peer_reviews>false</peer_reviews>
    <automatic_peer_reviews>false</automatic_peer_reviews>
    <anonymous_peer_reviews>false</anonymous_peer_reviews>
    <grade_group_students_individually>false</grade_group_students_individually>
    <freeze_on_copy>false</freeze_on_copy>
    <omit_from_final_grade>false</omit_from_final_grade>
    <intra_group_peer_reviews>false</intra_group_peer_reviews>
    <only_visible_to_overrides>false</only_visible_to_overrides>
    <post_to_sis>false</post_to_sis>
    <moderated_grading>false</moderated_grading>
    <grader_count>0</grader_count>
    <anonymous_grading>false</anonymous_grading>
  </assignment>
  <assignment_overrides>
  </assignment_overrides>
</quiz>
`
}

/**
 * The quiz items of `selection`, in its order, as a Canvas quiz package (QTI 1.2 zip) for
 * Settings › Import Course Content › QTI .zip file: one quiz, options in authored order,
 * each option's feedback with its ¶, and the claims each item tests as general feedback.
 */
export function canvasQti(module: Module, selection: Selection): Uint8Array {
  const index = claimIndex(module)
  const assessment = ident(module.name, selection.name, 'assessment')
  const meta = ident(module.name, selection.name, 'assessment_meta')
  const { title: articleTitle, author } = module.article.meta
  const title = `Quiz: ${articleTitle}`
  const setTitle = selection.set.title ?? null
  const description = `<p>${html(`${setTitle ? `${setTitle}. ` : ''}On “${articleTitle}” by ${author}.`)}</p>`
  const points = selection.items.reduce((n, q) => n + q.points, 0)
  // Canvas shuffles a whole quiz's answers or none: an item with a pinned option ("None of these") keeps them in order.
  const shuffle = !selection.items.some((q) => q.type !== 'true-false' && q.type !== 'short' && q.options.some((o) => o.pin === 'last'))
  const questions = `<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">
  <assessment ident="${assessment}" title="${xml(title)}">
    <qtimetadata>
      <qtimetadatafield>
        <fieldlabel>cc_maxattempts</fieldlabel>
        <fieldentry>1</fieldentry>
      </qtimetadatafield>
    </qtimetadata>
    <section ident="root_section">
${selection.items.map((q) => item(module, selection, index, q)).join('\n')}
    </section>
  </assessment>
</questestinterop>
`
  const text = (s: string): Uint8Array => new TextEncoder().encode(s)
  return zip([
    { path: 'imsmanifest.xml', bytes: text(manifest(ident(module.name, selection.name, 'manifest'), assessment, meta, title, module.config.date ?? null)) },
    { path: `${assessment}/${assessment}.xml`, bytes: text(questions) },
    { path: `${assessment}/assessment_meta.xml`, bytes: text(assessmentMeta(assessment, ident(module.name, selection.name, 'assignment'), title, description, points, shuffle)) }
  ])
}
