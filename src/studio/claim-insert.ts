// "New claim from selection": a claim written into claims.yaml by insertion alone. It goes
// in reading order (before the first claim that stands later in the article), in the
// file's own indentation and spacing; every byte before and after it is unchanged.
import { isMap, isScalar, isSeq, type YAMLMap, type Node as YamlNode } from 'yaml'
import { afterLine, blankBetween, block, itemColumns, lineStart, parseStrict, SpliceError } from './yaml-splice.js'

/** A new claim as the page's form gives it. */
export interface NewClaim {
  id: string
  status: 'suggested' | 'reviewed'
  quote: string
  paraphrase?: string
  kind: string
  asserted_by: string
  hedges: string[]
  evidence: string
  themes: string[]
}

/** Where a claim stands in the article: ¶ and offset in the paragraph. */
export interface Position {
  paragraph: number
  start: number
}

/** The new text of claims.yaml and where the claim went (offset and length of the inserted text). */
export interface Inserted {
  text: string
  at: number
  length: number
  /** The claim's index in the `claims` list. */
  index: number
}

/**
 * Insert `claim` into the claims.yaml `text`, before the first claim whose position (from
 * `positions`, by id) comes after `position`. Throws SpliceError when the file has no block
 * list of claims to insert into.
 */
export function insertClaim(text: string, claim: NewClaim, position: Position, positions: ReadonlyMap<string, Position>): Inserted {
  const doc = parseStrict(text, 'claims.yaml')
  const list = isMap(doc.contents) ? (doc.contents as YAMLMap).get('claims', true) : undefined
  if (!isSeq(list) || list.flow || list.items.length === 0) throw new SpliceError('Unexpected `claims` in claims.yaml that is not a list of claims written one per block (`- id: …`), expected one: the studio adds a claim only where it can leave the rest of the file as it is')
  const items = list.items as YamlNode[]
  const later = (p: Position | undefined) => p !== undefined && (p.paragraph > position.paragraph || (p.paragraph === position.paragraph && p.start > position.start))
  let index = items.findIndex((item) => later(positions.get(idOf(item))))
  if (index < 0) index = items.length
  const first = items[0]!
  const { dash, content } = itemColumns(text, first.range![0])
  const lines = block(value(claim), ' '.repeat(dash) + '-' + ' '.repeat(content - dash - 1), content, { quote: 'double', paraphrase: 'folded', hedges: 'flow', themes: 'flow' })
  const gap = blankBetween(text, items) ? '\n' : ''
  let at: number
  let inserted: string
  if (index === 0) {
    // Before the first claim: below a comment that heads the list (a section's), above the
    // first claim's own note (init writes "# ¶2, suggested for …" on the line above each), which
    // would otherwise label the new claim and leave its own.
    at = ownNoteStart(text, lineStart(text, first.range![0]))
    inserted = lines + gap
  } else {
    at = afterLine(text, items[index - 1]!.range![2])
    inserted = (at === text.length && !text.endsWith('\n') ? '\n' : '') + gap + lines
  }
  const result = { text: text.slice(0, at) + inserted + text.slice(at), at, length: inserted.length, index }
  check(result.text, claim, index, items.length + 1)
  return result
}

/** Where the comment lines right above `at` (no blank line between) begin, when they are a claim's own note ("# ¶2, …"); else `at`. */
function ownNoteStart(text: string, at: number): number {
  let start = at
  while (start > 0) {
    const previous = lineStart(text, start - 1)
    if (!/^\s*#/.test(text.slice(previous, start))) break
    start = previous
  }
  return start < at && /^\s*# ¶\d/.test(text.slice(start, at)) ? start : at
}

function idOf(item: YamlNode): string {
  const id = isMap(item) ? item.get('id', true) : undefined
  return isScalar(id) ? String(id.value) : ''
}

/** The claim as it is written: keys in the order claims.yaml documents them, nothing empty left out that check requires. */
function value(claim: NewClaim): Record<string, unknown> {
  return {
    id: claim.id,
    status: claim.status,
    quote: claim.quote,
    ...(claim.paraphrase ? { paraphrase: claim.paraphrase } : {}),
    kind: claim.kind,
    asserted_by: claim.asserted_by,
    hedges: claim.hedges,
    evidence: claim.evidence,
    themes: claim.themes
  }
}

/** The spliced file must parse, with the claim where it was put and as it was given. */
function check(text: string, claim: NewClaim, index: number, count: number): void {
  const doc = parseStrict(text, 'claims.yaml')
  const data = doc.toJS() as { claims?: Array<Record<string, unknown>> }
  const got = data.claims?.[index]
  if (data.claims?.length !== count || JSON.stringify(got) !== JSON.stringify(value(claim))) {
    throw new SpliceError('Unexpected layout of claims.yaml around the place of the new claim, expected a list the studio can add to: add this claim in your editor')
  }
}
