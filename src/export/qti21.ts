// A QTI 2.1 package (IMS Question and Test Interoperability 2.1, in an IMS content
// package): imsmanifest.xml, one assessmentItem per quiz item and an assessmentTest for the
// set, zipped. Blackboard Ultra and Brightspace import it, and Canvas reads it without the
// QTI 1.2 converter. Pure: returns the zip's bytes, the same for the same module and selection.
//
// Each item scores itself (outcome SCORE, out of MAXSCORE, its points): single choice and
// true/false by the correct response, multiple select by a mapping of ±points/k per option
// bounded below by 0 (the rule of src/types/multiple.ts), short answers by hand. Shares are
// written so that they add up to the points, and an answer right in every part scores the
// points exactly (src/types/shares.ts, Qti21Kit.scoreFull). Feedback is
// keyed by the FEEDBACK outcome: each chosen option's, and the general feedback (the claims
// the item tests). An essay's model answer and rubric are a rubric block for the scorer's
// view, which candidates never see; they are general feedback too only when asked.
import type { ElementContent } from 'xast'
import { x } from 'xastscript'
import type { Module } from '../assemble.js'
import type { ExportOptions } from '../formats/format.js'
import { moduleStrings, type UiStrings } from '../lang/index.js'
import type { QuizItem } from '../questions/model.js'
import type { Selection } from '../select/model.js'
import { typeOf, wordsOf, type Qti21Kit } from '../types/index.js'
import { shares } from '../types/shares.js'
import { sha256 } from '../sha256.js'
import { claimIndex } from '../view/common.js'
import { citeText, exportOrder, ident, optionFeedback, scoringNote, setName, testedClaims, typeLimits, type ClaimIndex, type ItemOrder } from './common.js'
import { paragraphs } from '../fill/escape.js'
import type { ExportLimit } from '../formats/format.js'
import { writeXml, type Element } from './xml.js'
import { zip } from './zip.js'

const QTI = 'http://www.imsglobal.org/xsd/imsqti_v2p1'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const QTI_NAMESPACES = { xmlns: QTI, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${QTI} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd` }
const CP = 'http://www.imsglobal.org/xsd/imscp_v1p1'
const CP_NAMESPACES = { xmlns: CP, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${CP} http://www.imsglobal.org/xsd/imscp_v1p1.xsd` }

/** The general feedback's identifier: Canvas's importer reads a `general_…` one as its neutral comments. */
const GENERAL = 'general_fb'

/** Plain text as XHTML content, line breaks as `<br/>`. */
function text(value: string): ElementContent[] {
  return value.split(/\r\n?|\n/).flatMap((line, i): ElementContent[] => (i === 0 ? [{ type: 'text', value: line }] : [x('br'), { type: 'text', value: line }]))
}

/**
 * A paragraph of feedback. The span keeps it HTML in Canvas: its importer takes a lone text
 * in bare `<p>`, `<div>` or `<span>` wrappers for plain text and escapes it again ("AT&amp;T"),
 * but stops unwrapping at an element with an attribute it allows, such as `class`.
 */
const feedbackParagraph = (value: string): Element => x('p', [x('span', { class: 'feedback' }, text(value))])

/** The decimals QTI numbers are written with. */
const PLACES = 6
const number = (n: number): string => String(Number(n.toFixed(PLACES)))
const outcome = (identifier: string, baseType: string, value?: string): Element =>
  x('outcomeDeclaration', { identifier, cardinality: value === undefined ? 'multiple' : 'single', baseType }, value === undefined ? [] : [x('defaultValue', [x('value', value)])])
const identifier = (value: string): Element => x('baseValue', { baseType: 'identifier' }, value)
const response = (): Element => x('variable', { identifier: 'RESPONSE' })
/** `<setOutcomeValue identifier="FEEDBACK">`: FEEDBACK with `id` added. */
const showFeedback = (id: string): Element => x('setOutcomeValue', { identifier: 'FEEDBACK' }, [x('multiple', [x('variable', { identifier: 'FEEDBACK' }), identifier(id)])])
const modal = (id: string, content: Element[]): Element => x('modalFeedback', { outcomeIdentifier: 'FEEDBACK', identifier: id, showHide: 'show' }, content)

/** An item's file in the package. */
const itemPath = (item: QuizItem): string => `items/${item.id}.xml`
/**
 * The module's folder name as part of an XML name (NCName): its ASCII letters, digits, `.`, `_`
 * and `-` kept and anything else `_`, followed then by a short hash of the name, as two names
 * could come out alike.
 */
function namePart(name: string): string {
  const kept = name.replace(/[^A-Za-z0-9._-]/g, '_')
  return kept === name ? name : `${kept}-${sha256(name).slice(0, 8)}`
}

/**
 * An item's QTI identifier, an XML name unique across modules (as Canvas's package makes its
 * own), so that items of two modules imported into one bank never share one: `item-` (an id
 * may start with a digit), the module's folder name, and after a `.`, which ids never hold, its id.
 */
const itemIdentifier = (module: Module, item: QuizItem): string => `item-${namePart(module.name)}.${item.id}`

/** One `<assessmentItem>`. */
function assessmentItem(module: Module, index: ClaimIndex, item: QuizItem, strings: UiStrings, options: ExportOptions, order: ItemOrder): Element {
  const type = typeOf(item)
  const words = wordsOf(type, strings)
  const choices = type.options(item, words)
  const ids = choices.map((_, i) => `choice-${i + 1}`)
  const kit: Qti21Kit = {
    ...order(item),
    strings,
    modelAnswers: options.modelAnswers === true,
    options: choices,
    ids,
    cite: (value, claim) => citeText(index, item, value, claim),
    text,
    number,
    shares: (fractions) => shares(fractions, item.points, PLACES),
    choices(kind, mapping) {
      const correct = x('correctResponse', ids.filter((_, i) => choices[i]!.correct).map((id) => x('value', id)))
      const map = mapping
        ? [x('mapping', { lowerBound: number(mapping.lower), upperBound: number(mapping.upper), defaultValue: '0' }, ids.map((id, i) => x('mapEntry', { mapKey: id, mappedValue: number(mapping.points[i]!) })))]
        : []
      return x('responseDeclaration', { identifier: 'RESPONSE', cardinality: kind, baseType: 'identifier' }, [correct, ...map])
    },
    choice: (max, shuffle) =>
      x(
        'choiceInteraction',
        { responseIdentifier: 'RESPONSE', shuffle: String(shuffle), maxChoices: String(max) },
        choices.map((o, i) => x('simpleChoice', shuffle && o.pin === 'last' ? { identifier: ids[i], fixed: 'true' } : { identifier: ids[i] }, text(o.text)))
      ),
    scoreCorrect: () =>
      x('responseCondition', [
        x('responseIf', [x('match', [response(), x('correct', { identifier: 'RESPONSE' })]), x('setOutcomeValue', { identifier: 'SCORE' }, [x('baseValue', { baseType: 'float' }, number(item.points))])])
      ]),
    scoreMapped: () => x('setOutcomeValue', { identifier: 'SCORE' }, [x('mapResponse', { identifier: 'RESPONSE' })]),
    scoreFull: (condition) => x('responseCondition', [x('responseIf', [condition, x('setOutcomeValue', { identifier: 'SCORE' }, [x('baseValue', { baseType: 'float' }, number(item.points))])])])
  }
  const declarations = type.qti21.response(item, kit)
  const note = scoringNote(item, strings)
  const body = type.qti21.body(item, words, kit)
  // Each chosen option shows its feedback: `match` for one choice, `member` for several.
  const chosen = (id: string): Element => (declarations[0]?.attributes?.cardinality !== 'multiple' ? x('match', [response(), identifier(id)]) : x('member', [identifier(id), response()]))
  const feedbackRules = ids.map((id, i) => x('responseCondition', [x('responseIf', [chosen(id), showFeedback(`feedback-${i + 1}`)])]))
  const tests = strings.exports.tests(testedClaims(index, item)).map(feedbackParagraph)
  return x('assessmentItem', { ...QTI_NAMESPACES, identifier: itemIdentifier(module, item), title: item.id, adaptive: 'false', timeDependent: 'false', 'xml:lang': module.article.meta.lang }, [
    ...declarations,
    outcome('SCORE', 'float', '0'),
    outcome('MAXSCORE', 'float', number(item.points)),
    outcome('FEEDBACK', 'identifier'),
    x('itemBody', [...body.before, ...paragraphs(item.stem).map((p) => x('p', text(p))), ...(note === null ? [] : [x('p', text(note))]), ...body.after]),
    x('responseProcessing', [...type.qti21.scoring(item, kit), ...feedbackRules, showFeedback(GENERAL)]),
    ...choices.map((o, i) => modal(`feedback-${i + 1}`, [feedbackParagraph(optionFeedback(index, item, o))])),
    modal(GENERAL, [...tests, ...type.qti21.general(item, words, kit)])
  ])
}

/** The `<assessmentTest>`: the items in the set's order, in one part and one section, its SCORE their sum. */
function assessmentTest(module: Module, id: string, title: string, items: readonly QuizItem[]): Element {
  const points = items.reduce((n, q) => n + q.points, 0)
  return x('assessmentTest', { ...QTI_NAMESPACES, identifier: id, title, toolName: 'classpack' }, [
    outcome('SCORE', 'float', '0'),
    outcome('MAXSCORE', 'float', number(points)),
    x('testPart', { identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'simultaneous' }, [
      x('assessmentSection', { identifier: 'section-1', title, visible: 'true' }, items.map((item) => x('assessmentItemRef', { identifier: itemIdentifier(module, item), href: itemPath(item) })))
    ]),
    x('outcomeProcessing', [x('setOutcomeValue', { identifier: 'SCORE' }, [x('sum', [x('testVariables', { variableIdentifier: 'SCORE' })])])])
  ])
}

/** The content package's manifest: the test, depending on every item, and each item. */
function manifest(module: Module, id: string, items: readonly QuizItem[]): Element {
  const resource = (identifier: string, type: string, href: string, more: Element[] = []): Element => x('resource', { identifier, type, href }, [x('file', { href }), ...more])
  const itemResource = (item: QuizItem): string => `resource-${itemIdentifier(module, item)}`
  return x('manifest', { ...CP_NAMESPACES, identifier: id }, [
    // "QTIv2.1 Package" is how importers (Canvas among them) tell QTI 2 from QTI 1.2.
    x('metadata', [x('schema', 'QTIv2.1 Package'), x('schemaversion', '1.0.0')]),
    x('organizations'),
    x('resources', [
      resource('resource-test', 'imsqti_test_xmlv2p1', 'assessment.xml', items.map((item) => x('dependency', { identifierref: itemResource(item) }))),
      ...items.map((item) => resource(itemResource(item), 'imsqti_item_xmlv2p1', itemPath(item)))
    ])
  ])
}

/**
 * The quiz items of `selection`, in its order, as a QTI 2.1 content package (zip): the test
 * and one file per item; options in authored order; words in `strings`' language (by default
 * the article's).
 */
export function qti21(module: Module, selection: Selection, options: ExportOptions = {}, strings: UiStrings = moduleStrings(module)): Uint8Array {
  const index = claimIndex(module)
  const title = strings.exports.qtiTitle(module.article.meta.title, setName(module, selection))
  const order = exportOrder(selection, strings)
  const encode = (root: Element): Uint8Array => new TextEncoder().encode(writeXml(root))
  return zip([
    { path: 'imsmanifest.xml', bytes: encode(manifest(module, ident(module.name, selection.name, 'qti21 manifest'), selection.items)) },
    { path: 'assessment.xml', bytes: encode(assessmentTest(module, ident(module.name, selection.name, 'qti21 test'), title, selection.items)) },
    ...selection.items.map((item) => ({ path: itemPath(item), bytes: encode(assessmentItem(module, index, item, strings, options, order)) }))
  ])
}

/** What qti21.zip cannot carry of `selection`'s items, as their types say (none so far). */
export function qti21Limits(module: Module, selection: Selection): ExportLimit[] {
  return typeLimits(selection.items, 'qti21', moduleStrings(module))
}
