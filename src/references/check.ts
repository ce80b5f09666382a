// Checked paragraph references: every `¶N` a teacher writes in claims.yaml or
// questions.yaml must name a paragraph the article has; a quiz item's, or a claim's
// paraphrase, must name the paragraphs of the claims it rests on; and a quotation
// followed by a `¶` must stand in that paragraph. So inserting a paragraph, which
// renumbers the rest, cannot leave a stale ¶ behind unnoticed.
//
// Notes that survey the argument (a claim's evidence and teaching notes and context, a
// discussion question's prompt and facilitator notes, theme labels, actor roles, the
// glossary) legitimately cite paragraphs beyond their own claims; there only the first
// and last rules apply. A single ¶ in an item that names a paragraph no claim anchors,
// next to one the item rests on, is a warning: a neighbouring paragraph cited for its
// context, or a stale number; the teacher decides.
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { Article } from '../article/model.js'
import { normalize } from '../article/normalize.js'
import type { Anchor, ClaimsFile } from '../claims/model.js'
import { code, error, warn, type Place } from '../messages.js'
import type { QuestionBank } from '../questions/model.js'
import { placeOf } from '../yaml/decode.js'
import { findReferences, paragraphsOf, type ParagraphReference } from './parse.js'

/** Fields that hold ids, words of a fixed list or article text, never prose with references. */
const NOT_PROSE = new Set(['id', 'type', 'claims', 'claim', 'difficulty', 'bloom', 'purpose', 'tags', 'pin', 'generated', 'status', 'quote', 'kind', 'asserted_by', 'hedges', 'boosters', 'evidence', 'actors', 'themes', 'relations', 'as_of', 'excludes'])

/** What a field's references must match: any paragraph, or those of the claims it rests on. */
interface Scope {
  /** The owner's name for messages: "item `q-x`", "the paraphrase of claim `y`". */
  owner: string
  /** The claims it rests on, with their ¶; absent where any paragraph may be cited. */
  restsOn?: ReadonlyArray<{ id: string; paragraph: number }>
}

export interface ReferenceInput {
  article: Article
  anchors: ReadonlyMap<string, Anchor>
  claimsFile: VFile
  claims: ClaimsFile
  questionsFile?: VFile
  bank?: QuestionBank
}

/** Report every paragraph reference of claims.yaml and questions.yaml that the article does not bear out. */
export function checkReferences(input: ReferenceInput): void {
  const { article, anchors } = input
  const paragraphOf = (id: string): number | undefined => anchors.get(id)?.paragraph
  const covered = new Set([...anchors.values()].map((a) => a.paragraph))
  const texts = article.paragraphs.map((p) => normalize(p.text).text.toLowerCase())
  const restsOn = (ids: Iterable<string>): Array<{ id: string; paragraph: number }> => {
    const out = new Map<string, number>()
    for (const id of ids) {
      const n = paragraphOf(id)
      if (n !== undefined) out.set(id, n)
    }
    return [...out].map(([id, paragraph]) => ({ id, paragraph }))
  }

  const check = (file: VFile, owner: object, key: string | number, text: string, scope: Scope): void => {
    for (const [index, ref] of findReferences(text).entries()) {
      const at = (): Place | undefined => placeInText(file, placeOf(owner, key), findReferences(text), index)
      const named = paragraphsOf(ref)
      const missing = named.find((n) => n < 1 || n > article.paragraphs.length)
      if (missing !== undefined) {
        error(file, `Unexpected ${code(ref.text)} in ${scope.owner}, expected a paragraph from ¶1 to ¶${article.paragraphs.length}: the article has ${article.paragraphs.length} (¶${missing} is not one)`, at(), 'paragraph-reference')
        continue
      }
      const quoted = quotationBefore(text, ref)
      if (quoted) {
        const words = normalize(quoted).text.toLowerCase()
        const where = texts.flatMap((t, i) => (t.includes(words) ? [i + 1] : []))
        if (where.length && !named.some((n) => where.includes(n))) {
          error(file, `Unexpected ${code(ref.text)} for the words ${code(`“${quoted}”`)} in ${scope.owner}, expected ${where.map((n) => `¶${n}`).join(' or ')}: the article has them there`, at(), 'paragraph-reference')
          continue
        }
      }
      if (!scope.restsOn || scope.restsOn.length === 0) continue
      const own = scope.restsOn.map((c) => c.paragraph)
      // A range that spans a claim's paragraph cites the stretch around it.
      if (named.some((n) => own.includes(n))) continue
      const n = named[0]!
      // The nearest is the likely one: a paragraph inserted or removed shifts numbers by one or two.
      const nearest = [...scope.restsOn].sort((a, b) => Math.abs(a.paragraph - n) - Math.abs(b.paragraph - n) || a.paragraph - b.paragraph)[0]!
      const all = [...new Set(own)].sort((a, b) => a - b)
      const expected = all.length === 1 ? `¶${nearest.paragraph}, the paragraph of claim \`${nearest.id}\` that ${scope.owner} rests on` : `¶${nearest.paragraph} (claim \`${nearest.id}\`), the nearest of the paragraphs ${scope.owner} rests on: ${all.map((p) => `¶${p}`).join(', ')}`
      const neighbour = named.length === 1 && !covered.has(n) && own.some((p) => Math.abs(p - n) === 1)
      if (neighbour) warn(file, `Unexpected ${code(ref.text)} in ${scope.owner}, expected ${expected}; no claim anchors ¶${n} (if it is cited for context on purpose, leave it)`, at(), 'paragraph-reference')
      else error(file, `Unexpected ${code(ref.text)} in ${scope.owner}, expected ${expected}`, at(), 'paragraph-reference')
    }
  }

  const walk = (file: VFile, value: unknown, scope: Scope, owner?: object, key?: string | number): void => {
    if (typeof value === 'string') {
      if (owner !== undefined && key !== undefined) check(file, owner, key, value, scope)
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(file, v, scope, value, i))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!NOT_PROSE.has(k)) walk(file, v, scope, value, k)
    }
  }

  const { claimsFile, claims } = input
  const anywhere: Scope = { owner: 'claims.yaml' }
  walk(claimsFile, claims.themes, anywhere)
  walk(claimsFile, claims.actors, anywhere)
  walk(claimsFile, claims.glossary, anywhere)
  for (const claim of claims.claims) {
    const related = Object.values(claim.relations ?? {}).flat()
    const relatedFrom = claims.claims.filter((c) => Object.values(c.relations ?? {}).some((ids) => ids.includes(claim.id))).map((c) => c.id)
    for (const [key, value] of Object.entries(claim)) {
      if (NOT_PROSE.has(key)) continue
      // A paraphrase speaks for its claim (a suggested claim's is its quote, which holds no ¶); notes survey the argument.
      if (key === 'paraphrase') {
        if (claim.status !== 'suggested') check(claimsFile, claim, key, String(value), { owner: `the paraphrase of claim \`${claim.id}\``, restsOn: restsOn([claim.id, ...related, ...relatedFrom]) })
      } else walk(claimsFile, value, { owner: `claim \`${claim.id}\`` }, claim, key)
    }
  }

  const { questionsFile, bank } = input
  if (!questionsFile || !bank) return
  for (const q of bank.discussion) walk(questionsFile, q, { owner: `discussion question \`${q.id}\`` })
  for (const item of bank.quiz) {
    const optionClaims = 'options' in item ? item.options.flatMap((o) => (o.claim ? [o.claim] : [])) : []
    walk(questionsFile, item, { owner: `item \`${item.id}\``, restsOn: restsOn([...item.claims, ...optionClaims]) })
  }
}

/** The quoted words a reference directly follows (`“perhaps” in ¶12`, `“…” (¶19)`), if any. */
function quotationBefore(text: string, ref: ParagraphReference): string | undefined {
  const before = text.slice(Math.max(0, ref.start - 300), ref.start)
  const m = /[“"]([^“”"]{2,280})[”"][.,]?\s?(?:\(|(?:in|at|from|of)\s)?$/u.exec(before)
  return m?.[1]?.trim() || undefined
}

/** The place of the `index`-th reference of a field's text in the file: found in the field's source, else the field. */
function placeInText(file: VFile, field: Place | undefined, refs: readonly ParagraphReference[], index: number): Place | undefined {
  const start = field?.start.offset
  const end = field?.end.offset
  if (start === undefined || end === undefined) return field
  const source = String(file.value).slice(start, end)
  const ref = refs[index]!
  // The index-th time this reference's text occurs among the field's references.
  const same = refs.slice(0, index).filter((r) => r.text === ref.text).length
  let at = -1
  for (let i = 0; i <= same; i++) {
    at = source.indexOf(ref.text, at + 1)
    if (at < 0) return field
  }
  const where = location(file)
  const from = where.toPoint(start + at)
  const to = where.toPoint(start + at + ref.text.length)
  return from && to ? { start: from, end: to } : field
}
