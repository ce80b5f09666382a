// The argument map as the filled template states it: an `:::argument-map` container of
// `::map-kind`, `::map-claim` and `::map-relation` leaves (templates/partials/argument-map.md.hbs).
// Both backends read it back with `readMap` and draw the same layout (layout.ts), so the
// words on the map are the template's, in the document's language, and nothing else.
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'

/** The relation kinds a map draws, each in a line style of its own. */
export const MAP_KINDS = ['supports', 'qualifies', 'contrasts_with'] as const
export type MapKind = (typeof MAP_KINDS)[number]

export interface MapClaim {
  /** Its id in claims.yaml. */
  id: string
  /** C1, C2, … */
  label: string
  paragraph: number
  /** The article's section it stands in (0 before the first subhead): the map splits between sections. */
  section: number
  /** A few words: the box's text. */
  gist: string
}

export interface MapRelation {
  from: string
  to: string
  kind: MapKind
  /** The relation in words ("C3 supports C2"): the text alternative reads these. */
  sentence: string
}

export interface ArgumentMap {
  /** The figure's title. */
  title: string
  /** A worksheet: the boxes without their relations, for students to draw (`{blank=true}`). */
  blank: boolean
  /** Each kind's word, for the legend and the edge labels; `elsewhere` names a claim drawn in another part. */
  words: Record<MapKind | 'elsewhere', string>
  claims: MapClaim[]
  relations: MapRelation[]
}

const LEAVES = ['map-kind', 'map-claim', 'map-relation'] as const

/** Read a map from its directive; a malformed one is a template (programmer) error. */
export function readMap(node: ContainerDirective): ArgumentMap {
  const [first, ...rest] = node.children
  const labelled = first?.type === 'paragraph' && first.data?.directiveLabel === true
  const title = labelled ? toString(first) : ''
  const attributes = node.attributes ?? {}
  const map: ArgumentMap = { title, blank: attributes.blank === 'true', words: { supports: '', qualifies: '', contrasts_with: '', elsewhere: '' }, claims: [], relations: [] }
  for (const child of labelled ? rest : node.children) {
    if (child.type !== 'leafDirective' || !(LEAVES as readonly string[]).includes(child.name)) {
      throw new TypeError(`Unexpected \`${child.type === 'leafDirective' ? child.name : child.type}\` in \`argument-map\`, expected \`::map-kind\`, \`::map-claim\` or \`::map-relation\` leaves only`)
    }
    const attrs = child.attributes ?? {}
    const text = toString(child).trim()
    if (child.name === 'map-kind') {
      const kind = kindOf(attrs.kind, true)
      map.words[kind] = text
    } else if (child.name === 'map-claim') {
      map.claims.push({ id: need(child, 'claim'), label: need(child, 'label'), paragraph: whole(child, 'paragraph'), section: whole(child, 'section'), gist: text })
    } else {
      map.relations.push({ from: need(child, 'from'), to: need(child, 'to'), kind: kindOf(attrs.kind, false) as MapKind, sentence: text })
    }
  }
  // A worksheet must not carry its answers, not even in the page's source.
  if (map.blank && map.relations.length) throw new TypeError('Unexpected `::map-relation` in a blank `argument-map`, expected its claims only')
  const ids = new Set(map.claims.map((c) => c.id))
  for (const r of map.relations) {
    for (const end of [r.from, r.to]) if (!ids.has(end)) throw new TypeError(`Unexpected relation to \`${end}\` in \`argument-map\`, expected a claim the map has a \`::map-claim\` for`)
  }
  return map
}

// Directive attributes are tokens (letters, digits, hyphens): `contrasts-with` stands for `contrasts_with`.
function kindOf(attribute: string | null | undefined, orElsewhere: boolean): MapKind | 'elsewhere' {
  const value = attribute?.replace(/-/g, '_')
  if ((MAP_KINDS as readonly string[]).includes(value ?? '') || (orElsewhere && value === 'elsewhere')) return value as MapKind
  throw new TypeError(`Unexpected kind \`${value}\` in \`argument-map\`, expected one of ${MAP_KINDS.join(', ')}`)
}

function need(node: LeafDirective, name: string): string {
  const value = node.attributes?.[name]
  if (!value) throw new TypeError(`Missing \`${name}\` on \`::${node.name}\`, expected a value`)
  return value
}

function whole(node: LeafDirective, name: string): number {
  const value = Number(need(node, name))
  if (!Number.isInteger(value) || value < 0) throw new TypeError(`Unexpected \`${name}=${node.attributes?.[name]}\` on \`::${node.name}\`, expected a whole number`)
  return value
}
