// QTI 2.1 response processing, run as the specification says (IMS QTI 2.1 information model:
// response processing, expressions, mapping), for the readers of lms.ts and lms-parts.ts: a
// response is scored by the item's own rules and declarations, never by knowing what
// classpack writes. Numbers are the binary floats a processor adds. It knows the rules and
// expressions of the schema subset a package is checked against (tests/fixtures/qti21-xsd);
// anything else throws, so a rule an export starts writing cannot go unscored.
import { XMLParser } from 'fast-xml-parser'

type Single = number | string | boolean
/** A QTI value: NULL, a single value, or a container (an empty container is NULL). */
export type Value = null | Single | { cardinality: 'multiple' | 'ordered'; values: Single[] }

interface El {
  name: string
  attrs: Record<string, string>
  children: El[]
  text: string
}

/** The item as elements in document order (rules run in order). */
function parse(xml: string): El {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false })
  const convert = (node: Record<string, unknown>): El | null => {
    const name = Object.keys(node).find((k) => k !== ':@')!
    if (name === '#text' || name.startsWith('?')) return null
    const kids = node[name] as Array<Record<string, unknown>>
    return {
      name,
      attrs: (node[':@'] ?? {}) as Record<string, string>,
      children: kids.map(convert).filter((c): c is El => c !== null),
      text: kids.map((k) => ('#text' in k ? String(k['#text']) : '')).join('')
    }
  }
  const root = (parser.parse(xml) as Array<Record<string, unknown>>).map(convert).find((n) => n?.name === 'assessmentItem')
  if (!root) throw new Error('no assessmentItem')
  return root
}

const child = (el: El, name: string): El | undefined => el.children.find((c) => c.name === name)
const isContainer = (v: Value): v is { cardinality: 'multiple' | 'ordered'; values: Single[] } => v !== null && typeof v === 'object'

function typed(baseType: string, text: string): Single {
  if (baseType === 'float' || baseType === 'integer') return Number(text)
  if (baseType === 'boolean') return text === 'true'
  return text
}

interface Mapping {
  entries: Array<{ key: string; value: number; caseSensitive: boolean }>
  defaultValue: number
  lower: number
  upper: number
}

interface Declaration {
  cardinality: string
  baseType: string
  correct: Value
  mapping: Mapping | null
}

/** A container of `values` of `cardinality`, or NULL when there are none. */
const container = (cardinality: 'multiple' | 'ordered', values: Single[]): Value => (values.length === 0 ? null : { cardinality, values })

/**
 * The item's response processing: given each response variable's value (an identifier, a
 * string, a number, a container of them, or null for no response), every outcome's value
 * after the rules have run from the declared defaults.
 */
export function responseProcessing(itemXml: string): (responses: Readonly<Record<string, Value>>) => Map<string, Value> {
  const item = parse(itemXml)
  const declarations = new Map<string, Declaration>()
  for (const d of item.children.filter((c) => c.name === 'responseDeclaration')) {
    const { cardinality, baseType } = d.attrs as { cardinality: string; baseType: string }
    const values = (child(d, 'correctResponse')?.children ?? []).map((v) => typed(baseType, v.text.trim()))
    const correct = cardinality === 'single' ? (values[0] ?? null) : container(cardinality as 'multiple' | 'ordered', values)
    const m = child(d, 'mapping')
    const mapping = m
      ? {
          entries: m.children.map((e) => ({ key: e.attrs.mapKey!, value: Number(e.attrs.mappedValue), caseSensitive: e.attrs.caseSensitive !== 'false' })),
          defaultValue: Number(m.attrs.defaultValue ?? 0),
          lower: m.attrs.lowerBound === undefined ? -Infinity : Number(m.attrs.lowerBound),
          upper: m.attrs.upperBound === undefined ? Infinity : Number(m.attrs.upperBound)
        }
      : null
    declarations.set(d.attrs.identifier!, { cardinality, baseType, correct, mapping })
  }
  const defaults = new Map<string, Value>()
  for (const o of item.children.filter((c) => c.name === 'outcomeDeclaration')) {
    const value = child(o, 'defaultValue')?.children[0]
    defaults.set(o.attrs.identifier!, value ? typed(o.attrs.baseType!, value.text.trim()) : null)
  }
  const rules = child(item, 'responseProcessing')?.children ?? []

  return (responses) => {
    const state = new Map<string, Value>([...defaults, ...Object.entries(responses)])
    const numbers = (args: Value[]): number[] | null => (args.some((a) => a === null) ? null : args.map(Number))
    const evaluate = (e: El): Value => {
      const args = (): Value[] => e.children.map(evaluate)
      switch (e.name) {
        case 'baseValue':
          return typed(e.attrs.baseType!, e.text.trim())
        case 'variable':
          return state.get(e.attrs.identifier!) ?? null
        case 'correct':
          return declarations.get(e.attrs.identifier!)!.correct
        case 'mapResponse': {
          // The sum of the mapped values of the response's distinct values, within the mapping's bounds.
          const { mapping } = declarations.get(e.attrs.identifier!)!
          if (!mapping) throw new Error(`mapResponse of ${e.attrs.identifier}, which has no mapping`)
          const value = state.get(e.attrs.identifier!) ?? null
          const keys = value === null ? [] : isContainer(value) ? [...new Set(value.values.map(String))] : [String(value)]
          const sum = keys.reduce((n, key) => n + (mapping.entries.find((m) => (m.caseSensitive ? m.key === key : m.key.toLowerCase() === key.toLowerCase()))?.value ?? mapping.defaultValue), 0)
          return Math.min(mapping.upper, Math.max(mapping.lower, sum))
        }
        case 'match': {
          const [a, b] = args()
          if (a == null || b == null) return null
          if (isContainer(a) !== isContainer(b)) throw new Error('match of a container and a single value')
          if (!isContainer(a) || !isContainer(b)) return String(a) === String(b)
          if (a.values.length !== b.values.length) return false
          if (a.cardinality === 'ordered') return a.values.every((v, i) => String(v) === String(b.values[i]))
          const rest = b.values.map(String)
          return a.values.every((v) => {
            const at = rest.indexOf(String(v))
            return at >= 0 && rest.splice(at, 1).length === 1
          })
        }
        case 'member': {
          const [a, b] = args()
          if (a == null || b == null) return null
          if (!isContainer(b)) throw new Error('member of a single value')
          return b.values.some((v) => String(v) === String(a))
        }
        case 'multiple':
          return container('multiple', args().flatMap((v) => (v === null ? [] : isContainer(v) ? v.values : [v])))
        case 'index': {
          const [v] = args()
          if (v == null) return null
          if (!isContainer(v) || v.cardinality !== 'ordered') throw new Error('index of what is not ordered')
          return v.values[Number(e.attrs.n) - 1] ?? null
        }
        case 'sum': {
          const ns = numbers(args())
          return ns === null ? null : ns.reduce((a, b) => a + b, 0)
        }
        case 'and': {
          const vs = args()
          if (vs.some((v) => v === false)) return false
          return vs.some((v) => v === null) ? null : true
        }
        case 'gte':
        case 'lte': {
          const ns = numbers(args())
          if (ns === null) return null
          return e.name === 'gte' ? ns[0]! >= ns[1]! : ns[0]! <= ns[1]!
        }
        default:
          throw new Error(`QTI 2.1 expression <${e.name}> is unknown to this reader`)
      }
    }
    const run = (list: El[]): void => {
      for (const rule of list) {
        if (rule.name === 'setOutcomeValue') state.set(rule.attrs.identifier!, evaluate(rule.children[0]!))
        else if (rule.name === 'responseCondition') {
          // The first branch whose condition is true runs (NULL is not true); else `responseElse`.
          for (const branch of rule.children) {
            if (branch.name === 'responseElse') {
              run(branch.children)
              break
            }
            const [condition, ...body] = branch.children
            if (evaluate(condition!) === true) {
              run(body)
              break
            }
          }
        } else throw new Error(`QTI 2.1 rule <${rule.name}> is unknown to this reader`)
      }
    }
    run(rules)
    return state
  }
}

/** The item's SCORE for `responses`, as a share of its MAXSCORE (0…1). */
export function scoreShare(process: ReturnType<typeof responseProcessing>, responses: Readonly<Record<string, Value>>): number {
  const outcomes = process(responses)
  return Number(outcomes.get('SCORE') ?? 0) / Number(outcomes.get('MAXSCORE'))
}
