// Independent readers of the exports' cloze, matching, ordering and numeric questions, for
// the round-trip test: each reads what a platform reads (Moodle's embedded-answer syntax,
// GIFT's matching and numeric answers, Canvas's blanks and matches, QTI 2.1's gaps, match
// sets and orders) into one shape, `Parts`, and scores a response by that format's own
// rules (Moodle's weighted gaps and its graders, Canvas's respconditions added as decimals,
// QTI 2.1's response processing run by lms-qti21.ts), never by classpack's code.
import { XMLParser } from 'fast-xml-parser'
import { fromHtml } from 'hast-util-from-html'
import { toText } from 'hast-util-to-text'
import { responseProcessing, scoreShare, type Value } from './lms-qti21.js'

type Node = Record<string, any>

/** A cloze: the passage with each gap as `_____`, each gap's accepted answers and choices (null where students type), and the score of one answer a gap (null for none). */
export interface GapsParts {
  kind: 'gaps'
  passage: string
  gaps: Array<{ accepted: string[]; choices: string[] | null }>
  score(answers: ReadonlyArray<string | null>): number
}

/** Matching: the premises, every response offered (once), the response each premise takes in the key, and the score of a response per premise. */
export interface PairsParts {
  kind: 'pairs'
  premises: string[]
  responses: string[]
  right: string[]
  score(assigned: ReadonlyArray<string | null>): number
}

/** Ordering: the steps in their right order, the order the file lists them in, and the score of an order. */
export interface SequenceParts {
  kind: 'sequence'
  steps: string[]
  shown: string[]
  score(order: readonly string[]): number
}

/** A number, and the score of a response. */
export interface NumberParts {
  kind: 'number'
  score(value: number): number
}

/** What a student answers in an item of one of these types, and how the format scores it (0…1). */
export type Parts = GapsParts | PairsParts | SequenceParts | NumberParts

const text = (html: string): string => toText(fromHtml(html, { fragment: true })).trim()
const plain = (node: unknown): string => (typeof node === 'string' ? node : ((node as Node | undefined)?.['#text'] ?? '')).trim()
const clamp = (n: number, low: number, high: number): number => Math.min(high, Math.max(low, n))
const xml = (arrays: string[]) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false, isArray: (name) => arrays.includes(name) })

/** HTML character references decoded once, as PHP's html_entity_decode does. */
export function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
    return named[ref.toLowerCase()] ?? all
  })
}

/** Moodle's short-answer match: case-insensitive, `*` any text, `\*` a star. */
function shortAnswerMatches(pattern: string, response: string): boolean {
  const source = pattern
    .split(/(\\\*|\*)/)
    .map((part) => (part === '*' ? '.*' : part === '\\*' ? '\\*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 'iu').test(response.trim())
}

// ---- Moodle XML ----

// question/type/multianswer/questiontype.php: ANSWER_REGEX and ANSWER_ALTERNATIVE_REGEX.
const ALTERNATIVE = String.raw`(=|%(-?[0-9]*[.,]?[0-9]*)%)?(.+?(?<!\\|&|&amp;)(?=[~#}]|$))(#(.*?(?<!\\)(?=[~}]|$)))?`
const TYPES = 'NUMERICAL|NM|MULTICHOICE_VS|MCVS|MULTICHOICE_HS|MCHS|MULTICHOICE_V|MCV|MULTICHOICE_H|MCH|MULTICHOICE_S|MCS|MULTICHOICE|MC|SHORTANSWER_C|SAC|MWC|SHORTANSWER|SA|MW|MULTIRESPONSE_HS|MRHS|MULTIRESPONSE_H|MRH|MULTIRESPONSE_S|MRS|MULTIRESPONSE|MR'
const EMBEDDED = new RegExp(String.raw`\{([0-9]*):(${TYPES}):(${ALTERNATIVE}(?:~${ALTERNATIVE})*)\}`, 's')

/** A Moodle cloze's question text: its gaps, read as Moodle's import reads them. */
export function moodleCloze(questionHtml: string): GapsParts & { stem: string; marks: number } {
  let rest = questionHtml
  const gaps: Array<{ weight: number; choice: boolean; answers: Array<{ text: string; fraction: number }> }> = []
  for (let m = EMBEDDED.exec(rest); m; m = EMBEDDED.exec(rest)) {
    const choice = /^(MULTICHOICE|MC)/.test(m[2]!)
    const answers: Array<{ text: string; fraction: number }> = []
    let alternatives = m[3]!
    const one = new RegExp(`^~?${ALTERNATIVE}`, 's')
    for (let a = one.exec(alternatives); a && alternatives !== ''; a = one.exec(alternatives)) {
      const fraction = a[1] === '=' ? 1 : a[2] ? Number(a[2].replace(',', '.')) / 100 : 0
      const decoded = decodeEntities(a[3]!).replaceAll('\\}', '}').replaceAll('\\#', '#')
      // A drop-down's answer is HTML (what students see is its text); a typed answer is plain text.
      answers.push({ text: choice ? text(decoded) : decoded, fraction })
      alternatives = alternatives.slice(a[0].length)
    }
    gaps.push({ weight: m[1] === '' ? 1 : Number(m[1]), choice, answers })
    rest = rest.replace(m[0], '_____')
  }
  // The question's own text (stem, and any note under it), and the passage holding the gaps.
  const paragraphs = [...rest.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => text(p[1]!))
  const total = gaps.reduce((n, g) => n + g.weight, 0)
  return {
    kind: 'gaps',
    // Moodle makes a cloze worth the sum of its gaps' weights, whatever <defaultgrade> says.
    marks: total,
    stem: paragraphs.filter((p) => !p.includes('_____')).join('\n'),
    passage: paragraphs.filter((p) => p.includes('_____')).join('\n'),
    gaps: gaps.map((g) => ({ accepted: g.answers.filter((a) => a.fraction === 1).map((a) => (g.choice ? a.text : a.text.replaceAll('\\*', '*'))), choices: g.choice ? g.answers.map((a) => a.text) : null })),
    score: (responses) =>
      gaps.reduce((sum, g, i) => {
        const response = responses[i]
        if (response == null) return sum
        const hit = g.answers.find((a) => (g.choice ? a.text === response : shortAnswerMatches(a.text, response)))
        return sum + g.weight * (hit?.fraction ?? 0)
      }, 0) / total
  }
}

/**
 * Plain text Moodle keeps and shows through `format_string()`, as a matching response:
 * tags stripped (its default `formatstringstriptags`; PHP's strip_tags takes a `<` not
 * followed by white space to begin a tag, which runs to its `>` or the end), then read as
 * HTML, so entities show as their characters.
 */
export const moodleShown = (stored: string): string => decodeEntities(stored.replace(/<(?!\s)[^>]*(?:>|$)/g, ''))

/**
 * A question category's path as Moodle files questions under it, from moodle.xml and GIFT
 * alike: its import splits the path at each lone `/` (`//` is a `/` inside a name), trims
 * each name and cleans it with `clean_param(PARAM_TEXT)`, which strips anything like a tag
 * (qformat_default::split_category_path), and the bank shows each name through
 * `format_string()`, as it shows a matching response (moodleShown). The names, as shown, joined by `/`.
 */
export const moodleCategoryShown = (path: string): string =>
  path
    .split(/(?<!\/)\/(?!\/)/)
    .map((name) => moodleShown(name.replaceAll('//', '/').trim()))
    .join('/')

/** A Moodle matching question's subquestions, the responses as students see them. */
export function moodleMatching(q: Node): PairsParts {
  const subs = ((q.subquestion ?? []) as Node[]).map((s) => ({ premise: text(plain(s.text)), answer: moodleShown(plain((Array.isArray(s.answer) ? s.answer[0] : s.answer)?.text)) }))
  const pairs = subs.filter((s) => s.premise !== '')
  return pairsOf(
    pairs.map((p) => p.premise),
    [...new Set(subs.map((s) => s.answer))],
    pairs.map((p) => p.answer)
  )
}

/** A Moodle ordering question (qtype_ordering): its answers by their order, scored by its grading type. */
export function moodleOrdering(q: Node): SequenceParts {
  if (plain(q.gradingtype) !== 'ABSOLUTE_POSITION') throw new Error(`grading type ${plain(q.gradingtype)}`)
  const listed = ((q.answer ?? []) as Node[]).map((a) => ({ order: Number(a['@fraction']), text: text(plain(a.text)) }))
  const answers = [...listed].sort((a, b) => a.order - b.order)
  return sequenceOf(answers.map((a) => a.text), listed.map((a) => a.text))
}

/**
 * Whether Moodle's numerical question takes `v` for `answer` ± `tolerance`
 * (qtype_numerical_answer::get_tolerance_interval, nominal): the tolerance widened only by
 * PHP's precision (10^-14) of the larger of the two, so a figure rounded at the 12th digit is wrong.
 */
export function moodleWithin(v: number, answer: number, tolerance: number): boolean {
  const epsilon = 1e-14
  return Math.abs(v - answer) <= tolerance + epsilon * Math.max(Math.abs(tolerance), Math.abs(answer), epsilon)
}

/** A Moodle numerical question: right within its answers' tolerances. */
export function moodleNumerical(q: Node): NumberParts {
  const answers = ((q.answer ?? []) as Node[]).map((a) => ({ value: Number(plain(a.text)), tolerance: Number(plain(a.tolerance ?? '0')), fraction: Number(a['@fraction']) / 100 }))
  return { kind: 'number', score: (v) => Math.max(0, ...answers.filter((a) => moodleWithin(v, a.value, a.tolerance)).map((a) => a.fraction)) }
}

// ---- shared shapes ----

/** Matching: each premise right when given its response; the score is the share of right matches. */
export function pairsOf(premises: string[], responses: string[], right: string[]): PairsParts {
  return { kind: 'pairs', premises, responses, right, score: (assigned) => right.filter((r, i) => assigned[i] === r).length / right.length }
}

/** Ordering: each step right in its place; the score is the share of steps in place. */
export function sequenceOf(steps: string[], shown: string[]): SequenceParts {
  return { kind: 'sequence', steps, shown, score: (order) => steps.filter((s, i) => order[i] === s).length / steps.length }
}

// ---- GIFT (gift-pegjs's questions) ----

/**
 * A GIFT matching question. gift-pegjs leaves a response's escaped characters as its own
 * placeholders (`&&123;` for `\{`); Moodle's import turns them back into the characters
 * (qformat_gift's escapedchar_post), as this does.
 */
export function giftMatching(q: Node): PairsParts {
  // Then stored as moodle.xml's responses are, and shown likewise (moodleShown).
  const unescape = (value: string): string => moodleShown(value.replace(/&&(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))))
  const pairs = (q.matchPairs as Node[]).map((p) => ({ premise: String(p.subquestion.text), answer: unescape(String(p.subanswer)) }))
  const real = pairs.filter((p) => p.premise !== '')
  return pairsOf(
    real.map((p) => p.premise),
    [...new Set(pairs.map((p) => p.answer))],
    real.map((p) => p.answer)
  )
}

/** A GIFT numerical question: `n:tolerance` or `low..high`, as Moodle's import takes it (an answer and a tolerance) and scores it. */
export function giftNumerical(q: Node): NumberParts {
  const choices = (Array.isArray(q.choices) ? q.choices : [{ isCorrect: true, weight: null, text: q.choices }]) as Node[]
  const ranges = choices
    .filter((c) => c.isCorrect)
    .map((c) => {
      const t = c.text as Node
      // qformat_gift takes a range as its middle and half its width.
      if (t.type === 'high-low') return [((t.numberLow as number) + (t.numberHigh as number)) / 2, ((t.numberHigh as number) - (t.numberLow as number)) / 2]
      return [t.number as number, t.type === 'range' ? (t.range as number) : 0]
    })
  return { kind: 'number', score: (v) => (ranges.some(([answer, tolerance]) => moodleWithin(v, answer!, tolerance!)) ? 1 : 0) }
}

/** A GIFT missing-word question (one blank): choices, or short answers that Moodle matches as short answers. */
export function giftMissingWord(q: Node): GapsParts {
  const choices = q.choices as Node[]
  const typed = q.type === 'Short'
  const answers = choices.map((c) => ({ text: String(c.text.text), right: c.isCorrect as boolean }))
  const accepted = answers.filter((a) => a.right).map((a) => (typed ? a.text.replaceAll('\\*', '*') : a.text))
  return {
    kind: 'gaps',
    // The passage is the question text's last line (the stem and any note come before it).
    passage: String(q.stem.text).split('\n').at(-1)!,
    gaps: [{ accepted, choices: typed ? null : answers.map((a) => a.text) }],
    score: ([response]) => (response != null && answers.some((a) => a.right && (typed ? shortAnswerMatches(a.text, response) : a.text === response)) ? 1 : 0)
  }
}

// ---- Canvas QTI 1.2 ----

// QTI 1.2 declares SCORE a `Decimal`: its values add up as decimals, 33.33333 + 33.33333 +
// 33.33334 to exactly 100, where binary floats may make 99.99999999999999.
const SCALE = 9

/** A decimal number as whole units of 10⁻⁹, where sums are exact. */
export function decimalUnits(text: string): bigint {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim())
  if (!m || (m[2] === '' && !m[3]) || (m[3] ?? '').length > SCALE) throw new Error(`not a decimal of at most ${SCALE} places: ${JSON.stringify(text)}`)
  const units = BigInt(`${m[2] || '0'}${(m[3] ?? '').padEnd(SCALE, '0')}`)
  return m[1] === '-' ? -units : units
}

/** Units of decimalUnits as a number. */
export const fromUnits = (units: bigint): number => Number(units) / 10 ** SCALE

/** QTI 1.2's SCORE: `setvar`s applied in order (Add or Set), as decimals, then kept within min…max. */
export function decimalScore(sets: Array<{ action: string; value: string }>, min: string, max: string): number {
  let value = 0n
  for (const set of sets) value = set.action === 'Add' ? value + decimalUnits(set.value) : decimalUnits(set.value)
  const [low, high] = [decimalUnits(min), decimalUnits(max)]
  return fromUnits(value < low ? low : value > high ? high : value)
}

/** The respconditions' score for chosen label ids, by response: Add and Set to SCORE, bounded 0…100. */
function canvasScore(conditions: Node[], chosen: Map<string, string | null>): number {
  const holds = (condition: Node): boolean => {
    if (condition.other !== undefined) return true
    const all = (node: Node): boolean => {
      const equal = ((node.varequal ?? []) as Node[]).every((v) => chosen.get(v['@respident']) === plain(v))
      const ands = ((node.and ?? []) as Node[]).every(all)
      const ors = ((node.or ?? []) as Node[]).every((o) => any(o))
      return equal && ands && ors
    }
    const any = (node: Node): boolean => ((node.varequal ?? []) as Node[]).some((v) => chosen.get(v['@respident']) === plain(v)) || ((node.and ?? []) as Node[]).some(all)
    return all(condition)
  }
  const sets: Array<{ action: string; value: string }> = []
  for (const c of conditions) {
    if (!holds(c.conditionvar)) continue
    for (const set of (c.setvar ?? []) as Node[]) sets.push({ action: set['@action'], value: plain(set) })
    if (c['@continue'] !== 'Yes') break
  }
  return decimalScore(sets, '0', '100') / 100
}

const CANVAS_ARRAYS = ['response_lid', 'response_label', 'respcondition', 'varequal', 'and', 'or', 'not', 'setvar', 'vargte', 'varlte', 'displayfeedback']

/** A Canvas item of these types (its `<item>` XML), read as Canvas's importer reads it. */
export function canvasParts(itemXml: string, type: string): Parts & { stem: string } {
  const item = xml(CANVAS_ARRAYS).parse(itemXml).item
  const html = plain(item.presentation.material.mattext)
  const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((p) => p[1]!)
  const lids = (item.presentation.response_lid ?? []) as Node[]
  // The question's own text (stem, and any note under it); a cloze's passage holds its blanks' names.
  const blankNames = lids.map((lid) => `[${plain(lid.material.mattext)}]`)
  const isPassage = (p: string): boolean => type !== 'matching_question' && blankNames.some((b) => p.includes(b))
  const stem = paragraphs
    .filter((p) => !isPassage(p))
    .map(text)
    .join('\n')
  const conditions = item.resprocessing.respcondition as Node[]
  const labels = (lid: Node) => ((lid.render_choice.response_label ?? []) as Node[]).map((l) => ({ id: l['@ident'] as string, text: plain(l.material.mattext) }))
  if (type === 'matching_question') {
    const premises = lids.map((lid) => plain(lid.material.mattext))
    const responses = [...new Set(lids.flatMap((lid) => labels(lid).map((l) => l.text)))]
    const scoreOf = (assigned: ReadonlyArray<string | null>): number =>
      canvasScore(conditions, new Map(lids.map((lid, i) => [lid['@ident'] as string, labels(lid).find((l) => l.text === assigned[i])?.id ?? null])))
    const right = lids.map((lid, i) => labels(lid).find((l) => canvasScore(conditions, new Map([[lid['@ident'] as string, l.id]])) > 0)?.text ?? `none for ${i}`)
    return { ...pairsOf(premises, responses, right), score: scoreOf, stem }
  }
  if (type === 'multiple_dropdowns_question' || type === 'fill_in_multiple_blanks_question') {
    const typed = type === 'fill_in_multiple_blanks_question'
    const blanks = lids.map((lid) => ({ ident: lid['@ident'] as string, name: plain(lid.material.mattext), labels: labels(lid) }))
    const passageHtml = paragraphs.filter(isPassage).join('\n').replace(/\[([^\]]+)\]/g, (all, name: string) => (blanks.some((b) => b.name === name) ? '_____' : all))
    // Canvas compares a typed blank without regard to case; a drop-down's choice is one of its labels.
    const chosen = (responses: ReadonlyArray<string | null>) => new Map(blanks.map((b, i) => [b.ident, b.labels.find((l) => responses[i] != null && (typed ? l.text.toLowerCase() === responses[i]!.trim().toLowerCase() : l.text === responses[i]))?.id ?? null]))
    return {
      kind: 'gaps',
      stem,
      passage: text(passageHtml),
      gaps: blanks.map((b) => ({ accepted: b.labels.filter((l) => canvasScore(conditions, new Map([[b.ident, l.id]])) > 0).map((l) => l.text), choices: typed ? null : b.labels.map((l) => l.text) })),
      score: (responses) => canvasScore(conditions, chosen(responses))
    }
  }
  if (type === 'numerical_question') {
    // The response is a number; each condition holds when it is equal to or within the bounds given.
    const holds = (node: Node, v: number): boolean => {
      const eq = ((node.varequal ?? []) as Node[]).every((x) => Number(plain(x)) === v)
      const ge = ((node.vargte ?? []) as Node[]).every((x) => v >= Number(plain(x)))
      const le = ((node.varlte ?? []) as Node[]).every((x) => v <= Number(plain(x)))
      const ands = ((node.and ?? []) as Node[]).every((a) => holds(a, v))
      const ors = ((node.or ?? []) as Node[]).every((o) => ((o.varequal ?? []) as Node[]).some((x) => Number(plain(x)) === v) || ((o.and ?? []) as Node[]).some((a) => holds(a, v)))
      return eq && ge && le && ands && ors
    }
    return {
      kind: 'number',
      stem,
      score: (v) => {
        for (const c of conditions) if (c.conditionvar.other === undefined && holds(c.conditionvar, v)) return clamp(Number(plain(c.setvar[0])), 0, 100) / 100
        return 0
      }
    }
  }
  throw new Error(`Canvas question type ${type}`)
}

// ---- QTI 2.1 ----

const QTI_ARRAYS = ['responseDeclaration', 'mapEntry', 'value', 'simpleMatchSet', 'simpleAssociableChoice', 'simpleChoice', 'responseCondition', 'p', 'inlineChoice', 'outcomeDeclaration']

/** A QTI 2.1 item of these types (its XML), scored by its own response processing. */
export function qti21Parts(itemXml: string): Parts & { stem: string; points: number } {
  const item = xml(QTI_ARRAYS).parse(itemXml).assessmentItem
  const declarations = new Map((item.responseDeclaration as Node[]).map((d) => [d['@identifier'] as string, d]))
  const maxScore = Number(plain((item.outcomeDeclaration as Node[]).find((o) => o['@identifier'] === 'MAXSCORE')!.defaultValue.value[0]))
  const process = responseProcessing(itemXml)
  const score = (responses: Record<string, Value>): number => scoreShare(process, responses)
  const body = item.itemBody
  // Paragraphs as written, for mixed text and inline interactions.
  const rawParagraphs = [...itemXml.slice(itemXml.indexOf('<itemBody>'), itemXml.indexOf('</itemBody>')).matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!)
  // The question's own text (stem, and any note under it), and the paragraph holding the gaps.
  const interactive = (p: string): boolean => /<(inlineChoiceInteraction|textEntryInteraction)\b/.test(p)
  const stem = rawParagraphs
    .filter((p) => !interactive(p))
    .map(text)
    .join('\n')
  // What a gap accepts: the values its mapping maps to more than nothing.
  const mapped = (identifier: string, value: string): number => {
    const mapping = declarations.get(identifier)?.mapping
    const entry = ((mapping?.mapEntry ?? []) as Node[]).find((e) => (e['@caseSensitive'] === 'false' ? String(e['@mapKey']).toLowerCase() === value.toLowerCase() : e['@mapKey'] === value))
    return entry ? Number(entry['@mappedValue']) : Number(mapping?.['@defaultValue'] ?? 0)
  }
  if (body.matchInteraction) {
    const [left, right] = (body.matchInteraction.simpleMatchSet as Node[]).map((set) => ((set.simpleAssociableChoice ?? []) as Node[]).map((c) => ({ id: c['@identifier'] as string, text: plain(c) })))
    const declaration = declarations.get('RESPONSE')!
    const correct = ((declaration.correctResponse?.value ?? []) as Node[]).map((v) => plain(v).split(' '))
    const premises = left!.map((p) => p.text)
    const rightOf = left!.map((p) => right!.find((r) => correct.some(([a, b]) => a === p.id && b === r.id))?.text ?? '')
    // The response: the directed pairs made, premise to response.
    const scoreOf = (assigned: ReadonlyArray<string | null>): number => {
      const pairs = left!.flatMap((p, i) => {
        const r = right!.find((x) => x.text === assigned[i])
        return r ? [`${p.id} ${r.id}`] : []
      })
      return score({ RESPONSE: pairs.length ? { cardinality: 'multiple', values: pairs } : null })
    }
    return { ...pairsOf(premises, right!.map((r) => r.text), rightOf), score: scoreOf, stem, points: maxScore }
  }
  if (body.orderInteraction) {
    const choices = (body.orderInteraction.simpleChoice as Node[]).map((c) => ({ id: c['@identifier'] as string, text: plain(c) }))
    const correct = ((declarations.get('RESPONSE')!.correctResponse.value ?? []) as Node[]).map((v) => plain(v))
    // The response: the steps' identifiers in the order given.
    const scoreOf = (order: readonly string[]): number => score({ RESPONSE: { cardinality: 'ordered', values: order.map((t) => choices.find((c) => c.text === t)?.id ?? '') } })
    return { ...sequenceOf(correct.map((id) => choices.find((c) => c.id === id)!.text), choices.map((c) => c.text)), score: scoreOf, stem, points: maxScore }
  }
  const gapsHtml = rawParagraphs.filter(interactive).join('\n')
  const interactions = [...gapsHtml.matchAll(/<inlineChoiceInteraction responseIdentifier="([^"]+)"[^>]*>([\s\S]*?)<\/inlineChoiceInteraction>|<textEntryInteraction responseIdentifier="([^"]+)"[^>]*\/>/g)]
  const declarationOf = (m: RegExpMatchArray) => declarations.get((m[1] ?? m[3])!)!
  if (interactions.length === 1 && declarationOf(interactions[0]!)['@baseType'] === 'float') {
    return { kind: 'number', stem, points: maxScore, score: (v) => score({ [declarationOf(interactions[0]!)['@identifier']]: v }) }
  }
  const gaps = interactions.map((m) => {
    const declaration = declarationOf(m)
    const identifier = declaration['@identifier'] as string
    if (m[1]) {
      const choices = [...m[2]!.matchAll(/<inlineChoice identifier="([^"]+)"[^>]*>([\s\S]*?)<\/inlineChoice>/g)].map((c) => ({ id: c[1]!, text: text(c[2]!) }))
      return { identifier, typed: false, choices, accepted: choices.filter((c) => mapped(identifier, c.id) > 0).map((c) => c.text) }
    }
    const entries = ((declaration.mapping?.mapEntry ?? []) as Node[]).map((e) => ({ key: String(e['@mapKey']), value: Number(e['@mappedValue']) }))
    return { identifier, typed: true, choices: null, accepted: entries.filter((e) => e.value > 0).map((e) => e.key) }
  })
  // SCORE is the sum of the gaps' mapped responses.
  return {
    kind: 'gaps',
    stem,
    points: maxScore,
    passage: text(gapsHtml.replace(/<inlineChoiceInteraction[\s\S]*?<\/inlineChoiceInteraction>|<textEntryInteraction[^>]*\/>/g, '_____')),
    gaps: gaps.map((g) => ({ accepted: g.accepted, choices: g.choices ? g.choices.map((c) => c.text) : null })),
    // Each gap's response: the words typed, or the identifier of the choice picked.
    score: (responses) =>
      score(
        Object.fromEntries(
          gaps.map((g, i) => {
            const response = responses[i] ?? null
            return [g.identifier, response === null ? null : g.typed ? response.trim() : (g.choices!.find((c) => c.text === response)?.id ?? null)]
          })
        )
      )
  }
}
