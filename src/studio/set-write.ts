// "Save as set": a question set written into module.yaml under `sets`, by splicing: a new
// set goes after the last one, a set of the same name is replaced where it stands, and a
// module.yaml without `sets` gains the mapping at its end. Nothing else changes.
import { isMap, isScalar, type Pair, type YAMLMap, type Node as YamlNode } from 'yaml'
import type { QuestionSet } from '../module/model.js'
import { afterLine, block, lineStart, parseStrict, SpliceError } from './yaml-splice.js'

/** A set's fields in the order module.yaml documents them. */
const ORDER = ['title', 'types', 'claims', 'themes', 'bloom', 'difficulty', 'tags', 'include', 'exclude', 'generated', 'count', 'points', 'order', 'discussion', 'minutes', 'lint'] as const satisfies ReadonlyArray<keyof QuestionSet>
// Every field a set can have is written: a field missing from ORDER fails to compile here.
const everyField: Exclude<keyof QuestionSet, (typeof ORDER)[number]> extends never ? true : never = true

/** The set's fields in the order module.yaml documents them, empty ones left out. */
function fields(set: QuestionSet): Record<string, unknown> {
  void everyField
  const out: Record<string, unknown> = {}
  for (const key of ORDER) {
    const value = set[key]
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue
    out[key] = value
  }
  return out
}

const LISTS = { types: 'flow', claims: 'flow', themes: 'flow', bloom: 'flow', difficulty: 'flow', tags: 'flow', include: 'flow', exclude: 'flow', generated: 'flow' } as const

/** module.yaml's `text` (undefined: no file yet) with the set `name` written as `set`. */
export function writeSet(text: string | undefined, name: string, set: QuestionSet): string {
  const body = fields(set)
  if (text === undefined || text.trim() === '') return `${text ?? ''}sets:\n${block({ [name]: body }, '  ', 2, LISTS)}`
  const doc = parseStrict(text, 'module.yaml')
  // A module.yaml of comments alone (settings not yet written, or all commented out) is an
  // empty document, which check accepts: it gains `sets:` at its end like any file without one.
  if (doc.contents !== null && !isMap(doc.contents)) throw new SpliceError('Unexpected module.yaml that is not a mapping of settings, expected one (`sets:`, `seed:`, …): fix it in your editor first')
  const sets = doc.contents === null ? undefined : ((doc.contents as YAMLMap).get('sets', true) as YamlNode | undefined)
  let result: string
  if (sets === undefined) {
    const end = text.endsWith('\n') ? '' : '\n'
    result = `${text}${end}\nsets:\n${block({ [name]: body }, '  ', 2, LISTS)}`
  } else {
    if (!isMap(sets) || sets.flow || sets.items.length === 0) throw new SpliceError('Unexpected `sets` in module.yaml that is not a block mapping of named sets, expected one (`sets:` then each set on its own lines): add the set in your editor')
    const pairs = sets.items as Array<Pair<YamlNode, YamlNode | null>>
    const keyStart = pairs[0]!.key.range![0]
    const indent = keyStart - lineStart(text, keyStart)
    const inner = indentOf(text, pairs) ?? indent + 2
    const lines = block({ [name]: body }, ' '.repeat(indent), indent, LISTS).split('\n')
    // The set's own fields at the file's indentation (the yaml package writes them 2 deeper).
    const written = lines.map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(inner) + line.slice(indent + 2))).join('\n')
    const same = pairs.find((p) => isScalar(p.key) && p.key.value === name)
    if (same) {
      const from = lineStart(text, same.key.range![0])
      const to = afterLine(text, (same.value ?? same.key).range![2])
      result = text.slice(0, from) + (fieldByField(text, same, body, inner, to) ?? written) + text.slice(to)
    } else {
      const last = pairs.at(-1)!
      const at = afterLine(text, (last.value ?? last.key).range![2])
      const nl = at === text.length && !text.endsWith('\n') ? '\n' : ''
      result = text.slice(0, at) + nl + '\n' + written + text.slice(at)
    }
  }
  const data = parseStrict(result, 'module.yaml').toJS() as { sets?: Record<string, unknown> }
  if (canonical(data.sets?.[name]) !== canonical(body)) throw new SpliceError('Unexpected layout of module.yaml around `sets`, expected one the studio can add to: add the set in your editor')
  return result
}

/**
 * The set `pair` rewritten to `body` field by field: a field whose value is unchanged keeps
 * its text as written (its comments too), a changed one is written anew where it stands, a
 * new one goes at the end, a dropped one goes. Undefined when the set is no block mapping.
 */
function fieldByField(text: string, pair: Pair<YamlNode, YamlNode | null>, body: Record<string, unknown>, inner: number, to: number): string | undefined {
  const map = pair.value
  if (!isMap(map) || map.flow || map.items.length === 0) return undefined
  const items = map.items as Array<Pair<YamlNode, YamlNode | null>>
  const starts = items.map((p) => lineStart(text, p.key.range![0]))
  const end = afterLine(text, (items.at(-1)!.value ?? items.at(-1)!.key).range![2])
  const write = (key: string): string => block({ [key]: body[key] }, ' '.repeat(inner), inner, LISTS)
  let out = text.slice(lineStart(text, pair.key.range![0]), starts[0])
  const seen = new Set<string>()
  items.forEach((p, i) => {
    const key = isScalar(p.key) ? String(p.key.value) : ''
    seen.add(key)
    if (!(key in body)) return
    // A field's text runs to the next field's line: its comment lines stay with it.
    const next = starts[i + 1] ?? end
    const own = text.slice(starts[i], next)
    if (JSON.stringify(p.value?.toJSON() ?? null) === JSON.stringify(body[key])) out += own
    else {
      // Written anew, but the comment and blank lines under its value (often the next
      // field's heading) stay where they stand.
      const under = text.slice(Math.min(afterLine(text, (p.value ?? p.key).range![1]), next), next)
      out += write(key) + (/^(?:[ \t]*(?:#[^\n]*)?\n)*$/.test(under) ? under : '')
    }
  })
  for (const key of Object.keys(body)) if (!seen.has(key)) out += write(key)
  // The comment and blank lines after the set's last field (init's guide to the fields not
  // yet used) are the set's too: they stay, below any field added.
  return out + text.slice(Math.min(end, to), to)
}

/** `value` as JSON with every mapping's keys sorted: fields kept where they stand may come in any order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v))
}

/** The indentation of the first set's fields, when it has any in block style. */
function indentOf(text: string, pairs: Array<Pair<YamlNode, YamlNode | null>>): number | undefined {
  for (const pair of pairs) {
    const value = pair.value
    if (isMap(value) && !value.flow && value.items.length > 0) {
      const start = (value.items[0] as Pair<YamlNode>).key.range![0]
      return start - lineStart(text, start)
    }
  }
  return undefined
}
