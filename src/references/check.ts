// Checked paragraph references: every `¶N` a teacher writes in claims.yaml,
// questions.yaml or module.yaml's reasons for rules set aside must name a paragraph the article has; a quiz item's, or a claim's
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
import type { Article } from '../article/model.js'
import { normalize } from '../article/normalize.js'
import type { Anchor, ClaimsFile } from '../claims/model.js'
import { code, error, lineIndex, warn, type Place } from '../messages.js'
import type { QuestionBank } from '../questions/model.js'
import type { ModuleConfig } from '../module/model.js'
import { placeOf } from '../yaml/decode.js'
import { alignParagraphs, isIdentity } from './align.js'
import { reportChangedParagraphs } from './changed.js'
import { listUpdates } from './listing.js'
import { type FoundReference, type Renumbering, renumberReferences } from './renumber.js'
import { findReferences, paragraphsOf, type ParagraphReference } from './parse.js'
import { noteUnfoundWords } from '../lint/quotations.js'

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
  /** The article's file, where a renumbering that explains many stale references is reported. */
  articleFile?: VFile
  anchors: ReadonlyMap<string, Anchor>
  claimsFile: VFile
  claims: ClaimsFile
  questionsFile?: VFile
  bank?: QuestionBank
  /** module.yaml, whose reasons for lint rules set aside may cite paragraphs. */
  moduleFile?: VFile
  module?: ModuleConfig
  /** The paragraphs' texts as paragraphs.lock recorded them, when the module has the record: the numbering the references were written against. */
  record?: readonly string[]
}

/**
 * Report every paragraph reference of claims.yaml and questions.yaml that the article does
 * not bear out. With a record of the numbering they were written against that the article
 * no longer keeps, each is read against the record instead (renumber.ts): what it returns is
 * the edits `--renumber` makes; the inference below is for modules without one.
 */
export function checkReferences(input: ReferenceInput): Renumbering | undefined {
  const { article, anchors } = input
  const alignment = input.record ? alignParagraphs(input.record, article.paragraphs.map((p) => p.text)) : undefined
  // Read against the record: the inference would only say again, reference by reference, what its one message says.
  const recorded = alignment && input.articleFile && !isIdentity(alignment) ? { alignment, found: [] as FoundReference[] } : undefined
  const paragraphOf = (id: string): number | undefined => anchors.get(id)?.paragraph
  const covered = new Set([...anchors.values()].map((a) => a.paragraph))
  const texts = article.paragraphs.map((p) => normalize(p.text).text.toLowerCase())
  const declared = new Set(input.claims.claims.map((c) => c.id))
  // Undefined when one of the claims is in claims.yaml but does not anchor (its quote's error
  // says so): where it stood is unknown, so a ¶ cited for it is not to be judged against the
  // others' ("¶3" for a claim whose figure the article revised is not a stale "¶4").
  const restsOn = (ids: Iterable<string>): Array<{ id: string; paragraph: number }> | undefined => {
    const out = new Map<string, number>()
    for (const id of ids) {
      const n = paragraphOf(id)
      if (n !== undefined) out.set(id, n)
      else if (declared.has(id)) return undefined
    }
    return [...out].map(([id, paragraph]) => ({ id, paragraph }))
  }

  // The other way to mend it, when the ¶ is right and the item's claims are short of one: an
  // item citing ¶13 for a figure there, resting only on a ¶17 claim, was told "expected ¶17".
  const meant = (scope: Scope, named: readonly number[]): string => {
    if (!scope.owner.startsWith('item ') || named.length !== 1) return ''
    const n = named[0]!
    const there = [...anchors].filter(([, a]) => a.paragraph === n).map(([id]) => code(id))
    return there.length ? ` (if ¶${n} is meant, name ${there.length === 1 ? 'its claim' : 'one of its claims'}, ${there.join(' or ')}, in the item's \`claims\`)` : ` (if ¶${n} is meant, curate a claim in it and name that in the item's \`claims\`)`
  }

  // Stale references, reported at the end: one by one, or, where most of them are off by the
  // same number (a paragraph inserted, removed, split or merged), as one renumbering.
  const stale: Stale[] = []
  /** Paragraphs that quoted words confirm a reference to: a renumbering starts after them. */
  const confirmed: number[] = []
  /** References that nothing confirms nor contradicts: a renumbering carries them along unless the files already cite paragraphs after it by their new numbers. */
  const unconfirmed: Unconfirmed[] = []
  let seen = 0
  const count = article.paragraphs.length
  const check = (file: VFile, owner: object, key: string | number, text: string, scope: Scope): void => {
    const refs = findReferences(text)
    for (const [index, ref] of refs.entries()) {
      // Where it stands in the files, in the order they are read: the order a renumbering lists them in.
      const seq = ++seen
      const at = (): Place | undefined => placeInText(file, placeOf(owner, key), refs, index, text.length)
      if (recorded) {
        const quoted = quotationBefore(text, ref)
        recorded.found.push({ file, at: at(), ref, owner: scope.owner, ...(quoted ? { quoted } : {}), ...(scope.restsOn ? { restsOn: scope.restsOn.map((c) => c.paragraph) } : {}) })
        continue
      }
      const named = paragraphsOf(ref)
      const missing = named.find((n) => n < 1 || n > count)
      if (missing !== undefined) {
        stale.push({ seq, file, at: at(), ref, shifts: [], reason: `Unexpected ${code(ref.text)} in ${scope.owner}, expected a paragraph from ¶1 to ¶${count}: the article has ${count} (¶${missing} is not one)` })
        continue
      }
      const quoted = quotationBefore(text, ref)
      if (quoted) {
        const words = normalize(quoted).text.toLowerCase()
        const where = texts.flatMap((t, i) => (t.includes(words) ? [i + 1] : []))
        // Quoted words the article no longer has (reworded, cut): the ¶ after them cannot be
        // checked, and the note quotes what the students will not find.
        if (where.length === 0 && words.length >= MIN_QUOTED) {
          const message = warn(file, `Unexpected words ${code(`“${quoted}”`)} before ${code(ref.text)} in ${scope.owner}, expected words the article has: they are not in it (reworded or cut?), so readers will not find them at ¶${ref.text.replace(/^¶+/, '')} or anywhere`, at(), 'paragraph-reference')
          noteUnfoundWords(message, owner, key, words)
          continue
        }
        if (where.length && !named.some((n) => where.includes(n))) {
          stale.push({ seq, file, at: at(), ref, shifts: named.length === 1 ? where.map((w) => w - named[0]!) : [], reason: `Unexpected ${code(ref.text)} for the words ${code(`“${quoted}”`)} in ${scope.owner}, expected ${where.map((n) => `¶${n}`).join(' or ')}: the article has them there` })
          continue
        }
        if (where.length === 1 && named.length === 1) confirmed.push(where[0]!)
      }
      if (!scope.restsOn || scope.restsOn.length === 0) {
        if (!quoted) unconfirmed.push({ seq, file, at: at(), ref })
        continue
      }
      const own = scope.restsOn.map((c) => c.paragraph)
      // A range that spans a claim's paragraph cites the stretch around it.
      if (named.some((n) => own.includes(n))) {
        if (!quoted) unconfirmed.push({ seq, file, at: at(), ref, own })
        continue
      }
      const n = named[0]!
      // The nearest is the likely one: a paragraph inserted or removed shifts numbers by one or two.
      const nearest = [...scope.restsOn].sort((a, b) => Math.abs(a.paragraph - n) - Math.abs(b.paragraph - n) || a.paragraph - b.paragraph)[0]!
      const all = [...new Set(own)].sort((a, b) => a - b)
      const expected = all.length === 1 ? `¶${nearest.paragraph}, the paragraph of claim \`${nearest.id}\` that ${scope.owner} rests on` : `¶${nearest.paragraph} (claim \`${nearest.id}\`), the nearest of the paragraphs ${scope.owner} rests on: ${all.map((p) => `¶${p}`).join(', ')}`
      const neighbour = named.length === 1 && !covered.has(n) && own.some((p) => Math.abs(p - n) === 1)
      // A neighbour may be cited for context: a warning, unless a renumbering explains it.
      if (neighbour) stale.push({ seq, file, at: at(), ref, shifts: all.map((p) => p - n), reason: `Unexpected ${code(ref.text)} in ${scope.owner}, expected ${expected}; no claim anchors ¶${n} (if it is cited for context on purpose, leave it)`, warning: true })
      else stale.push({ seq, file, at: at(), ref, shifts: all.map((p) => p - n), reason: `Unexpected ${code(ref.text)} in ${scope.owner}, expected ${expected}${meant(scope, named)}` })
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
  // Each named as the teacher knows it: "glossary term `reassurance force`", not "claims.yaml".
  for (const theme of claims.themes) walk(claimsFile, theme, { owner: `theme \`${theme.id}\`` })
  for (const actor of claims.actors) walk(claimsFile, actor, { owner: `actor \`${actor.id}\`` })
  for (const entry of claims.glossary) walk(claimsFile, entry, { owner: `glossary term \`${entry.term}\`` })
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

  const { moduleFile, module } = input
  if (moduleFile && module) {
    walk(moduleFile, module.lint?.ignore ?? {}, { owner: 'module.yaml' })
    for (const [name, set] of Object.entries(module.sets)) walk(moduleFile, set.lint?.ignore ?? {}, { owner: `set \`${name}\`` })
  }

  const { questionsFile, bank } = input
  if (questionsFile && bank) {
    for (const q of bank.discussion) walk(questionsFile, q, { owner: `discussion question \`${q.id}\`` })
    for (const item of bank.quiz) {
      const optionClaims = 'options' in item ? item.options.flatMap((o) => (o.claim ? [o.claim] : [])) : []
      walk(questionsFile, item, { owner: `item \`${item.id}\``, restsOn: restsOn([...item.claims, ...optionClaims]) })
    }
  }
  if (alignment && input.articleFile) reportChangedParagraphs({ alignment, record: input.record!, article, articleFile: input.articleFile, anchors, ...(bank ? { bank } : {}) })
  if (recorded) return renumberReferences(recorded.found, recorded.alignment, input.record!, article, input.articleFile!)
  reportStale(stale, article, input.articleFile, confirmed, unconfirmed)
  return alignment ? { same: true, changes: [], edits: [], undecided: 0 } : undefined
}

/** A reference no quoted words place, in prose that may cite any paragraph or that cites one of its claims' (`own`, theirs). */
interface Unconfirmed {
  seq: number
  file: VFile
  at: Place | undefined
  ref: ParagraphReference
  own?: readonly number[]
}

/** A reference the article does not bear out, with how far off it is where that is clear. */
interface Stale {
  seq: number
  file: VFile
  at: Place | undefined
  ref: ParagraphReference
  /** Each shift (the article's number for what it cites, less the number written) that would bear it out: one where it is clear. */
  shifts: readonly number[]
  reason: string
  /** Said as a warning when no renumbering explains it (a neighbouring ¶, perhaps cited for context). */
  warning?: boolean
}

/** Quoted words shorter than this are not judged missing (a letter, a symbol). */
const MIN_QUOTED = 3

/** References off by the same number, from one paragraph on, that make a renumbering: at least this many. */
const RENUMBERED = 3

/**
 * One message per root cause: when most stale references are off by the same number (the
 * article gained or lost a paragraph), one error at the first paragraph renumbered says so
 * and lists every reference to update; the rest are reported one by one. An insertion near
 * the top once gave 14 errors, a removal 22, none naming the cause.
 */
function reportStale(stale: readonly Stale[], article: Article, articleFile: VFile | undefined, confirmed: readonly number[], unconfirmed: readonly Unconfirmed[]): void {
  const count = article.paragraphs.length
  // A reference's shift is clear when it names one ¶ and one place bears it out.
  const clear = (s: Stale): number | null => (s.shifts.length === 1 && paragraphsOf(s.ref).length === 1 ? s.shifts[0]! : null)
  const shifts = new Map<number, number>()
  for (const s of stale) {
    const one = s.warning ? null : clear(s)
    if (one !== null && one !== 0) shifts.set(one, (shifts.get(one) ?? 0) + 1)
  }
  const [shift, votes] = [...shifts].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0] ?? [0, 0]
  // Out of range, a single ¶ the shift brings into range is renumbered too.
  // So is a reference whose words stand in several paragraphs, one of them where the shift
  // puts it, and one naming a paragraph the article no longer has, which the shift brings back.
  const follows = (s: Stale): boolean => {
    const one = clear(s)
    if (one !== null) return one === shift
    if (s.shifts.length) return s.shifts.includes(shift)
    const named = paragraphsOf(s.ref)
    return named.some((n) => n < 1 || n > count) && named.every((n) => n + shift >= 1 && n + shift <= count)
  }
  const grouped = articleFile && votes >= RENUMBERED ? stale.filter(follows) : []
  for (const s of stale) if (!grouped.includes(s)) (s.warning ? warn : error)(s.file, s.reason, s.at, 'paragraph-reference')
  if (grouped.length === 0) return
  const first = Math.min(...grouped.map((s) => paragraphsOf(s.ref).at(-1)!))
  const now = Math.min(Math.max(first + shift, 1), count)
  // The files were written before the change, so each ¶ from the first renumbered on is off
  // by the shift, confirmed or not: a ¶ in prose, or one that lands on another of its item's
  // claims (`¶3 or ¶4` beside claims now at ¶4 and ¶5), would otherwise stay stale and the
  // next check pass. Unless the files already cite a paragraph after the change by its new
  // number (quoted words, or a claim that only the new number names): then nothing but
  // quoted words or claims tells which numbering the others are in.
  const renumbers = (n: number): boolean => n >= first
  // A ¶ its own claim stands in now, where the shifted number would miss every claim of its owner: cited by the article's present numbering.
  const asNow = (u: Unconfirmed, n: number): boolean => u.own !== undefined && u.own.includes(n) && !u.own.includes(n + shift)
  // So too where the stale references are off by more than one count (two paragraphs
  // inserted apart): the count alone would shift the later ones by the wrong one.
  const mixed = shifts.size > 1 || confirmed.some((n) => n >= now) || unconfirmed.some((u) => paragraphsOf(u.ref).some((n) => renumbers(n) && asNow(u, n)))
  const byCount = mixed ? [] : unconfirmed.filter((u) => paragraphsOf(u.ref).some(renumbers) && paragraphsOf(u.ref).every((n) => !renumbers(n) || (n + shift >= 1 && n + shift <= count)))
  const updates = [...grouped, ...byCount].sort((a, b) => a.seq - b.seq)
  // Each number from the first renumbered on, shifted: `¶17 and ¶21` → `¶16 and ¶20`.
  const renumbered = (s: { ref: ParagraphReference }): string => s.ref.text.replace(/\d+/g, (d) => String(renumbers(Number(d)) ? Number(d) + shift : Number(d)))
  const { listed, files, count: fileCount } = listUpdates(updates.map((s) => ({ file: s.file, at: s.at, from: s.ref.text, to: renumbered(s) })))
  // Where the article changed: after the last paragraph that quoted words, or a claim cited
  // by its paragraph's number, still confirm, up to the first renumbered.
  const unmoved = unconfirmed.flatMap((u) => paragraphsOf(u.ref).filter((n) => n < now && !renumbers(n) && asNow(u, n)))
  const after = Math.max(0, ...confirmed.filter((n) => n < now), ...unmoved)
  const where = after === 0 ? `before ¶${now}` : after === now - 1 ? `between ¶${after} and ¶${now}` : `somewhere from ¶${after + 1} to ¶${now}`
  const paragraphs = (n: number): string => (n === 1 ? 'a paragraph' : `${n} paragraphs`)
  const cause = shift < 0 ? `${paragraphs(-shift)} removed or merged ${where}` : `${paragraphs(shift)} inserted or split ${where}`
  const written = (n: number): string => `¶${n - shift}`
  // Between the last paragraph confirmed where it was and the first renumbered, the count
  // cannot say whether a reference moved: it did if the change is before it. Each is named, to
  // read against the article (an insertion at the top left notes citing ¶1–¶5 unlisted).
  const between = (n: number): boolean => n > after && n < first
  const toRead = mixed ? [] : unconfirmed.filter((u) => !byCount.includes(u) && paragraphsOf(u.ref).some(between))
  const readList = toRead.map((u) => `${u.file.basename ?? 'file'} ${u.at ? `${u.at.start.line}:${u.at.start.column} ` : ''}\`${u.ref.text}\``).join(', ')
  const unsure = mixed
    ? ` (a ¶ that prose cites without quoted words is not checked: look for ¶${Math.min(after + 1, now - shift)} and later there too)`
    : `${byCount.length ? ` (${byCount.length} of them by the count alone: no quoted words or claim place them)` : ''}${toRead.length ? `; and ${toRead.length} that cite ¶${after + 1}${first - 1 > after + 1 ? `–¶${first - 1}` : ''}, which moved too if the change is before them: ${readList}` : ''}`
  error(
    articleFile!,
    `Unexpected numbering from ¶${now} on: ${files} cite${fileCount === 1 ? 's' : ''} the article's ¶${now} as ${written(now)}, and each paragraph after it ${Math.abs(shift)} ${shift < 0 ? 'higher' : 'lower'} (${cause}?), expected each ¶N written from ${written(now)} on to be ¶N${shift < 0 ? '−' : '+'}${Math.abs(shift)}: ${updates.length} references to update: ${listed}${unsure}`,
    article.paragraphs[now - 1]?.place,
    'paragraph-reference'
  )
}

/** The quoted words a reference directly follows (`“perhaps” in ¶12`, `“…” (¶19)`), if any. */
function quotationBefore(text: string, ref: ParagraphReference): string | undefined {
  const before = text.slice(Math.max(0, ref.start - 300), ref.start)
  const m = /[“"]([^“”"]{2,280})[”"][.,]?\s?(?:\(|(?:in|at|from|of)\s)?$/u.exec(before)
  return m?.[1]?.trim() || undefined
}

/** The place of the `index`-th reference of a field's text in the file: found in the field's source, else the field. */
function placeInText(file: VFile, field: Place | undefined, refs: readonly ParagraphReference[], index: number, length: number): Place | undefined {
  const start = field?.start.offset
  let end = field?.end.offset
  if (start === undefined || end === undefined) return field
  // A mapping of reasons (module.yaml's `lint.ignore`) keeps each entry's place at its key: the
  // text follows it, written in at most half as many characters again as it holds.
  if (end - start < length) end = Math.min(String(file.value).length, start + Math.ceil(length * 1.5) + 100)
  const source = String(file.value).slice(start, end)
  const ref = refs[index]!
  // The index-th time this reference's text occurs among the field's references, found among
  // the references of the field's source: a plain search for `¶12` found it inside an earlier
  // `¶12–¶19`, and pointed there.
  const same = refs.slice(0, index).filter((r) => r.text === ref.text).length
  const at = findReferences(source).filter((r) => r.text === ref.text)[same]?.start
  if (at === undefined) return field
  const where = lineIndex(file)
  const from = where.toPoint(start + at)
  const to = where.toPoint(start + at + ref.text.length)
  return from && to ? { start: from, end: to } : field
}
