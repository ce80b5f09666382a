// The studio's writes: a claim from a selection in the article, a set from the set
// builder. Each is made in memory, judged by `check`'s rules (errors in what was added
// refuse the write, with the messages), and written only when the file is still as the
// page read it. Problems come back as data for the page, worded as `check` words them.
import { normalize, occurrences } from '../article/normalize.js'
import { QUESTION_TYPES } from '../questions/model.js'
import { BLOOM, DIFFICULTY } from '../questions/model.js'
import { GENERATORS } from '../generate/names.js'
import { ORDERS, type QuestionSet } from '../module/model.js'
import { insertClaim, type NewClaim, type Position } from './claim-insert.js'
import { readWithHash, writeIfUnchanged } from './files.js'
import { resolveInside } from './paths.js'
import { editQuestion, fieldLines, type OptionEdit, type QuestionEdit } from './question-edit.js'
import { recheck } from './recheck.js'
import { writeSet } from './set-write.js'
import { parseStrict, SpliceError } from './yaml-splice.js'
import { messagesOf, partial, type PageMessage } from './state.js'

/** What an edit did: written, or refused with messages for the page (each may name the form's field). */
export type EditResult = { ok: true; messages: PageMessage[]; detail?: Record<string, unknown> } | { ok: false; status: number; messages: Array<PageMessage & { field?: string }>; stale?: true }

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** An edit refused, with its messages. */
type Refusal = Extract<EditResult, { ok: false }>

/** A refusal for the page. */
export function refused(status: number, file: string, reason: string, field?: string): Refusal {
  return { ok: false, status, messages: [{ file, line: null, column: null, severity: 'error', reason, rule: 'studio', ...(field ? { field } : {}) }] }
}

export interface NewClaimRequest extends Omit<NewClaim, 'quote'> {
  paragraph: number
  start: number
  end: number
  /** The words the page showed as selected: when article.md changed since, its offsets may point elsewhere. */
  selected?: string
  /** The hash of claims.yaml when the page read it. */
  base: string
}

/** The request's fields checked for their types (the values are judged by `check` later), or why not. */
export function claimRequest(body: Record<string, unknown>): NewClaimRequest | string {
  const wrong: string[] = []
  const text = (key: string): string => {
    if (typeof body[key] === 'string') return body[key] as string
    wrong.push(key)
    return ''
  }
  const words = (key: string): string[] => {
    const value = body[key]
    if (Array.isArray(value) && value.every((w) => typeof w === 'string')) return value as string[]
    wrong.push(key)
    return []
  }
  const whole = (key: string): number => {
    if (Number.isInteger(body[key])) return body[key] as number
    wrong.push(key)
    return 0
  }
  const request: NewClaimRequest = {
    paragraph: whole('paragraph'),
    start: whole('start'),
    end: whole('end'),
    ...(body.selected === undefined ? {} : { selected: text('selected') }),
    base: text('base'),
    id: text('id'),
    status: body.status === 'reviewed' ? 'reviewed' : 'suggested',
    paraphrase: typeof body.paraphrase === 'string' ? body.paraphrase : undefined,
    kind: text('kind'),
    asserted_by: text('asserted_by'),
    hedges: words('hedges'),
    evidence: text('evidence'),
    themes: words('themes')
  }
  return wrong.length === 0 ? request : `Unexpected request without a valid \`${wrong[0]}\`, expected every field of the new claim form`
}

/** Add the claim whose quote is the article's text from `start` to `end` of ¶`paragraph`: exact by construction. */
export function addClaim(dir: string, body: Record<string, unknown>): EditResult {
  const request = claimRequest(body)
  if (typeof request === 'string') return refused(400, 'claims.yaml', request)
  const { article, claims } = partial(dir)
  if (!article) return refused(409, 'article.md', 'Unexpected article.md that cannot be read, expected an article to quote: fix it first')
  const paragraph = article.paragraphs[request.paragraph - 1]
  if (!paragraph || !Number.isInteger(request.start) || !Number.isInteger(request.end) || request.start < 0 || request.end > paragraph.text.length || request.start >= request.end) {
    return refused(400, 'claims.yaml', `Unexpected selection (¶${request.paragraph}, ${request.start}–${request.end}), expected a stretch of one paragraph's text`, 'quote')
  }
  const raw = paragraph.text.slice(request.start, request.end)
  if (request.selected !== undefined && raw !== request.selected) {
    return refused(409, 'article.md', `Unexpected changes to article.md since the words were selected (¶${request.paragraph} no longer has them there), expected the article as the page showed it: the studio wrote nothing; select the words again in the article as it is now`, 'quote')
  }
  const quote = raw.trim()
  const start = request.start + (raw.length - raw.trimStart().length)
  if (quote.length < 3) return refused(400, 'claims.yaml', 'Unexpected selection of fewer than three characters, expected the words of a claim', 'quote')
  const needle = normalize(quote).text
  const hits = article.paragraphs.reduce((n, p) => n + occurrences(normalize(p.text).text, needle).length, 0)
  if (hits > 1) return refused(400, 'claims.yaml', `Unexpected selection that occurs ${hits} times in the article, expected a passage that occurs once: select a few more words`, 'quote')
  if (!ID.test(request.id)) return refused(400, 'claims.yaml', `Unexpected id ${JSON.stringify(request.id)}, expected lower-case letters, digits and hyphens`, 'id')
  if (claims.some((c) => c.id === request.id)) return refused(400, 'claims.yaml', `Unexpected id \`${request.id}\`, expected one no other claim has`, 'id')
  const path = inModule(dir, 'claims.yaml')
  if (typeof path !== 'string') return path
  const { text, hash } = readWithHash(path)
  if (text === undefined) return refused(409, 'claims.yaml', 'Missing claims.yaml, expected the module\'s claims to add to')
  const moved = notAsRead(text, hash, request.base, 'claims.yaml')
  if (moved) return moved
  const claim: NewClaim = {
    id: request.id,
    status: request.status === 'reviewed' ? 'reviewed' : 'suggested',
    quote,
    ...(request.paraphrase?.trim() ? { paraphrase: request.paraphrase.trim() } : {}),
    kind: request.kind,
    asserted_by: request.asserted_by,
    hedges: request.hedges.map((h) => h.trim()).filter(Boolean),
    evidence: request.evidence,
    themes: request.themes
  }
  const positions = new Map<string, Position>(claims.map((c) => [c.id, { paragraph: c.anchor.paragraph, start: c.anchor.start }]))
  let inserted: ReturnType<typeof insertClaim>
  try {
    inserted = insertClaim(text, claim, { paragraph: paragraph.n, start }, positions)
  } catch (cause) {
    return refused(409, 'claims.yaml', (cause as Error).message)
  }
  // check's verdict on the new claim: its lines in the new file.
  const firstLine = text.slice(0, inserted.at).split('\n').length
  const lastLine = firstLine + inserted.text.slice(inserted.at, inserted.at + inserted.length).split('\n').length - 1
  const lines = inserted.text.split('\n')
  const fieldAt = (line: number | null, reason = ''): string | undefined => /^Missing field `([a-z_]+)`/.exec(reason)?.[1] ?? (line === null ? undefined : /^\s*-?\s*([a-z_]+):/.exec(lines[line - 1] ?? '')?.[1])
  const found = messagesOf(recheck(dir, { 'claims.yaml': inserted.text })).filter((m) => m.file === 'claims.yaml' && m.line !== null && m.line >= firstLine && m.line <= lastLine)
  const errors = found.filter((m) => m.severity === 'error')
  if (errors.length) return { ok: false, status: 422, messages: errors.map((m) => ({ ...m, ...(fieldAt(m.line, m.reason) ? { field: fieldAt(m.line, m.reason)! } : {}) })) }
  return write(path, inserted.text, request.base, found, { id: claim.id, line: firstLine + (inserted.text[inserted.at] === '\n' ? 1 : 0) })
}

export interface SaveSetRequest {
  name: string
  set: QuestionSet
  /** The hash of module.yaml when the page read it (`absent` for none). */
  base: string
}

/** Write the set into module.yaml under `sets`, replacing one of the same name. */
export function saveSet(dir: string, body: Record<string, unknown>): EditResult {
  const request = body as unknown as SaveSetRequest
  if (typeof request.base !== 'string') return refused(400, 'module.yaml', 'Unexpected request without `base`, expected the hash of module.yaml as the page read it')
  if (typeof request.name !== 'string' || !ID.test(request.name)) return refused(400, 'module.yaml', `Unexpected set name ${JSON.stringify(request.name)}, expected lower-case letters, digits and hyphens (like \`quick-check\`)`, 'name')
  const set = cleanSet(request.set)
  if (typeof set === 'string') return refused(400, 'module.yaml', set)
  const path = inModule(dir, 'module.yaml')
  if (typeof path !== 'string') return path
  const { text, hash } = readWithHash(path)
  const moved = notAsRead(text, hash, request.base, 'module.yaml')
  if (moved) return moved
  let next: string
  try {
    next = writeSet(text, request.name, set)
  } catch (cause) {
    return refused(409, 'module.yaml', (cause as Error).message)
  }
  const found = messagesOf(recheck(dir, { 'module.yaml': next }, request.name)).filter((m) => m.file === 'module.yaml' || m.file === 'command line')
  const errors = found.filter((m) => m.severity === 'error')
  if (errors.length) return { ok: false, status: 422, messages: errors }
  return write(path, next, request.base, found, { name: request.name })
}

/** A set from the page with only the fields and values a set may have, or why not. */
export function cleanSet(input: unknown): QuestionSet | string {
  if (typeof input !== 'object' || input === null) return 'Unexpected set, expected its fields'
  const given = input as Record<string, unknown>
  const set: Record<string, unknown> = {}
  const lists: Record<string, readonly string[] | RegExp | null> = { types: QUESTION_TYPES, claims: ID, themes: ID, bloom: BLOOM, difficulty: DIFFICULTY, tags: null, include: ID, exclude: ID, generated: GENERATORS }
  for (const [key, allowed] of Object.entries(lists)) {
    const value = given[key]
    if (value === undefined || value === null) continue
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return `Unexpected \`${key}\`, expected a list of words`
    for (const v of value as string[]) {
      if (allowed instanceof RegExp && !allowed.test(v)) return `Unexpected \`${v}\` in \`${key}\`, expected an id`
      if (Array.isArray(allowed) && !allowed.includes(v)) return `Unexpected \`${v}\` in \`${key}\`, expected one of ${allowed.join(', ')}`
    }
    if (value.length) set[key] = value
  }
  for (const key of ['count', 'points', 'discussion', 'minutes'] as const) {
    const value = given[key]
    if (value === undefined || value === null || value === '') continue
    if (!Number.isInteger(value) || (value as number) < (key === 'discussion' ? 0 : 1)) return `Unexpected \`${key}\` ${JSON.stringify(value)}, expected a whole number`
    set[key] = value
  }
  if (given.order !== undefined && given.order !== null && given.order !== '') {
    if (!(ORDERS as readonly unknown[]).includes(given.order)) return `Unexpected order ${JSON.stringify(given.order)}, expected one of ${ORDERS.join(', ')}`
    set.order = given.order
  }
  if (typeof given.title === 'string' && given.title.trim()) set.title = given.title.trim()
  // Rules the set sets aside (`lint: ignore: {rule: reason}`) stay with it; check judges them.
  const lint = given.lint as { ignore?: unknown } | undefined
  if (lint !== undefined) {
    const ignore = lint?.ignore
    if (typeof ignore !== 'object' || ignore === null || Object.values(ignore).some((v) => typeof v !== 'string')) return 'Unexpected `lint`, expected `ignore` with a reason for each rule'
    set.lint = { ignore }
  }
  return set as QuestionSet
}

/** The real path of a module file, or a refusal when it is a link that leads out of the module folder. */
function inModule(dir: string, name: string): string | EditResult {
  const inside = resolveInside(dir, name)
  return inside.ok ? inside.path : refused(403, name, `${inside.reason}: the studio reads and writes only inside the module folder`)
}

/**
 * The refusal for a file that is not as the page read it (its hash `base`): first whether it
 * parses as it is now (unparsed), then whether it changed (stale); undefined when neither.
 */
function notAsRead(text: string | undefined, hash: string, base: string, file: string): Refusal | undefined {
  return (text === undefined ? undefined : unparsed(text, file)) ?? (hash !== base ? stale(file) : undefined)
}

/** Marked `stale`: the page then takes the file as it is now for the form's next save. */
function stale(file: string): Refusal {
  return { ...refused(409, file, `Unexpected changes to ${file} since the page read it, expected the file as the page last saw it: it was saved elsewhere (an editor?), so the studio wrote nothing; your edit is still in the form: look at the new version, then save again`), stale: true }
}

/**
 * The refusal for a file that does not parse as it is now, said before whether it changed
 * since the page read it: broken in an editor while a form was open, it was called changed,
 * the form then stood on the broken file, and once the file was fixed the next save was
 * refused as changed again.
 */
function unparsed(text: string, file: string): Refusal | undefined {
  try {
    parseStrict(text, file)
  } catch (cause) {
    if (cause instanceof SpliceError) return refused(409, file, cause.message)
    throw cause
  }
  return undefined
}

function write(path: string, text: string, base: string, messages: PageMessage[], detail: Record<string, unknown>): EditResult {
  try {
    writeIfUnchanged(path, text, base)
  } catch (cause) {
    const name = path.split(/[\\/]/).at(-1)!
    if ((cause as Error).name === 'StaleFile') return stale(name)
    if (cause instanceof TypeError) return refused(409, name, cause.message)
    throw cause
  }
  return { ok: true, messages, detail }
}

/** The edit form's fields checked for their types, or why not. */
export function questionRequest(body: Record<string, unknown>): (QuestionEdit & { base: string }) | string {
  const { id, base, stem, claims, options } = body
  if (typeof id !== 'string' || typeof base !== 'string' || typeof stem !== 'string') return 'Unexpected request without `id`, `base` and `stem`, expected every field of the question form'
  if (!Array.isArray(claims) || claims.some((c) => typeof c !== 'string')) return 'Unexpected `claims`, expected a list of claim ids'
  let edited: OptionEdit[] | undefined
  if (options !== undefined) {
    if (!Array.isArray(options) || options.some((o) => typeof o?.text !== 'string' || typeof o.feedback !== 'string' || typeof o.correct !== 'boolean')) return 'Unexpected `options`, expected each with `text`, `feedback` and `correct`'
    edited = (options as OptionEdit[]).map((o) => ({ text: o.text, feedback: o.feedback, correct: o.correct }))
  }
  return { id, base, stem: stem.trim(), claims: claims.map((c: string) => c.trim()).filter(Boolean), ...(edited ? { options: edited } : {}) }
}

/** Write an edited quiz item back into questions.yaml, when `check` finds no error in it. */
export function saveQuestion(dir: string, body: Record<string, unknown>): EditResult {
  const request = questionRequest(body)
  if (typeof request === 'string') return refused(400, 'questions.yaml', request)
  const path = inModule(dir, 'questions.yaml')
  if (typeof path !== 'string') return path
  const { text, hash } = readWithHash(path)
  if (text === undefined) return refused(409, 'questions.yaml', 'Missing questions.yaml, expected the question bank')
  const moved = notAsRead(text, hash, request.base, 'questions.yaml')
  if (moved) return moved
  let next: string
  try {
    next = editQuestion(text, request)
  } catch (cause) {
    return refused(409, 'questions.yaml', (cause as Error).message)
  }
  const { item, fields } = fieldLines(next, request.id)
  const inItem = (line: number | null) => item !== undefined && line !== null && line >= item[0] && line <= item[1]
  const found = messagesOf(recheck(dir, { 'questions.yaml': next })).filter((m) => m.file === 'questions.yaml' && inItem(m.line))
  const errors = found.filter((m) => m.severity === 'error')
  if (errors.length) {
    const fieldOf = (line: number | null) => fields.find((f) => line !== null && line >= f.from && line <= f.to)?.field
    return { ok: false, status: 422, messages: errors.map((m) => ({ ...m, ...(fieldOf(m.line) ? { field: fieldOf(m.line)! } : {}) })) }
  }
  return write(path, next, request.base, found, { id: request.id })
}
