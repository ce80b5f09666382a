// Schema pieces the newer types share that the YAML schema language does not have: a
// number that need not be whole (a numeric answer, its tolerance), and a field written
// either as a bare string or as a mapping (a cloze gap: `perhaps` or `{ text: perhaps,
// feedback: … }`). Both report at the value's line:col, worded as the schema's own.
import { isMap, isScalar, type Node as YamlNode } from 'yaml'
import { error } from '../messages.js'
import { described, INVALID, rememberPlace, type Decoder } from '../yaml/decode.js'

/** A decoder's JSON Schema, where the schema language gives one (editors use them). */
const schemaOf = (decoder: Decoder<unknown>): object => (decoder as { toJsonSchema?: () => object }).toJsonSchema?.() ?? {}


/** A number, whole or not, from `min` up (and at most `max`). */
export function decimal(min = -Infinity, max = Infinity): Decoder<number> {
  const bounds = min === -Infinity ? (max === Infinity ? '' : ` up to ${max}`) : max === Infinity ? ` of at least ${min}` : ` from ${min} to ${max}`
  const expected = `a number${bounds} (like \`8\` or \`0.5\`)`
  const decoder = {
    expected,
    decode(node: YamlNode | null, src: Parameters<Decoder<number>['decode']>[1], path: string) {
      node = src.deref(node)
      const value = node && isScalar(node) ? node.value : undefined
      if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) return value
      const comma = typeof value === 'string' ? commaHint(value.trim()) : ''
      error(src.file, `Unexpected ${described(node)}${path ? ` at \`${path}\`` : ''}, expected ${expected}${comma}`, src.place(node?.range ?? undefined), 'schema-type')
      return INVALID
    },
    toJsonSchema: () => ({ type: 'number', ...(min > -Infinity ? { minimum: min } : {}), ...(max < Infinity ? { maximum: max } : {}) })
  }
  return decoder
}

/**
 * The way out for a number YAML read as text because of a comma. A decimal comma, as German
 * and most of Europe write it (`8,5`), is a decimal point. But commas every three digits
 * (`18,000`, as English writes $18,000) group thousands: "write `18.000`" there made a quiz
 * accept 18 for eighteen thousand. One such group may be either, and both are said; more
 * (`1,250,000`) only group.
 */
function commaHint(text: string): string {
  if (/^[-+]?[1-9]\d{0,2}(?:,\d{3}){2,}$/.test(text)) return `: write it without the commas, \`${text.replaceAll(',', '')}\``
  if (/^[-+]?[1-9]\d{0,2},\d{3}$/.test(text)) return `: write \`${text.replace(',', '')}\` if the comma groups thousands, or \`${text.replace(',', '.')}\` if it is a decimal comma`
  return /^[-+]?\d+,\d+$/.test(text) ? `: write a decimal point, \`${text.replace(',', '.')}\`` : ''
}

/**
 * A mapping, or a bare string standing for a mapping whose `key` is that string (the rest
 * left out): `perhaps` reads as `{ text: perhaps }`. `name` is what it is ("a gap"), for a
 * list's messages; a value of neither shape is reported as expecting either. The string
 * keeps its place, so messages about the field point where it was written.
 */
export function stringOr<T extends object>(name: string, key: keyof T & string, string: Decoder<string>, mapping: Decoder<T>, fill: (text: string) => T): Decoder<T> {
  const decoder = {
    expected: name,
    decode(node: YamlNode | null, src: Parameters<Decoder<T>['decode']>[1], path: string) {
      const target = src.deref(node)
      if (target && isMap(target)) return mapping.decode(node, src, path)
      if (!target || !isScalar(target)) {
        error(src.file, `Unexpected ${described(target)}${path ? ` at \`${path}\`` : ''}, expected ${name}: ${string.expected}, or ${mapping.expected}`, src.place(target?.range ?? undefined), 'schema-type')
        return INVALID
      }
      const text = string.decode(node, src, path)
      if (text === INVALID) return INVALID
      // Placed like a mapping's field, so `placeOf(value, key)` finds it.
      return placed(fill(text), key, src.place(target.range ?? undefined))
    },
    toJsonSchema: () => ({ anyOf: [schemaOf(string), schemaOf(mapping)] })
  }
  return decoder
}

/** `value`, its field `key` and itself placed at `place`, as the schema language places a mapping's fields. */
const placed = <T extends object>(value: T, key: string, place: Parameters<typeof rememberPlace>[2]): T => {
  rememberPlace(value, key, place)
  rememberPlace(value, '', place)
  return value
}
