// The argument map as inline SVG for the HTML page: one `<svg role="img">` per part, its
// `<title>` and `<desc>` (every relation in words) naming it for assistive technology, and
// boxes and edges that carry their claims' ids (`data-claim`, `data-from`, `data-to`,
// `data-kind`), so the figure can be read back and checked against claims.yaml.
import type { Element, ElementContent, Properties } from 'hast'
import { MAP_STYLE, type MapBox, type MapEdge, type MapPart, type LegendEntry } from './layout.js'
import { BOX_LOOK, EDGE_LOOK, edgePath, head, lineBaselines, type PathCommand } from './look.js'
import type { ArgumentMap } from './model.js'

const FONT = "'DejaVu Sans', Verdana, sans-serif"
// Points to CSS pixels: the map is laid out in points, like the PDF.
const PX = 4 / 3

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children })
const text = (value: string): ElementContent => ({ type: 'text', value })
const n = (value: number): string => String(Math.round(value * 100) / 100)

/** The text alternative of a part: its relations in words (a worksheet's: its claims). */
export function mapDescription(map: ArgumentMap, part: MapPart): string {
  const items = map.blank ? part.boxes.map((b) => `${b.label}: ${b.gist}`) : part.edges.map((e) => e.sentence)
  return items.join('; ') + (items.length ? '.' : '')
}

/** The title of a part: the map's, with the part's claims when the map is split. */
export function partTitle(map: ArgumentMap, part: MapPart, parts: number): string {
  return parts > 1 ? `${map.title}: ${part.range}` : map.title
}

/** The figure for `map` laid out in `parts`; `id` makes its element ids unique on the page. */
export function mapFigure(map: ArgumentMap, parts: readonly MapPart[], id: string): Element {
  const children: ElementContent[] = []
  parts.forEach((part, i) => {
    const title = partTitle(map, part, parts.length)
    if (parts.length > 1) children.push(el('p', { className: ['map-caption'] }, [text(title)]))
    children.push(el('div', { className: ['map-part'] }, [svg(part, title, mapDescription(map, part), `${id}-${i + 1}`)]))
  })
  return el('figure', { className: ['argument-map'], id }, children)
}

function svg(part: MapPart, title: string, description: string, id: string): Element {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      role: 'img',
      ariaLabelledBy: [`${id}-title`],
      ariaDescribedBy: [`${id}-desc`],
      viewBox: `0 0 ${n(part.width)} ${n(part.height)}`,
      width: n(part.width * PX),
      height: n(part.height * PX),
      // Its own width, so the style sheet's smallest legible width never enlarges a small part.
      style: `--map-width: ${n(part.width * PX)}px`,
      fontFamily: FONT
    },
    [
      el('title', { id: `${id}-title` }, [text(title)]),
      el('desc', { id: `${id}-desc` }, [text(description)]),
      el('g', { className: ['map-edges'] }, part.edges.map(edge)),
      el('g', { className: ['map-claims'] }, part.boxes.map(box)),
      el('g', { className: ['map-legend'] }, part.legend.flatMap(legend))
    ]
  )
}

function d(path: readonly PathCommand[]): string {
  return path.map((c) => (c.op === 'Q' ? `Q${n(c.control.x)} ${n(c.control.y)} ${n(c.to.x)} ${n(c.to.y)}` : `${c.op}${n(c.to.x)} ${n(c.to.y)}`)).join(' ')
}

function stroke(color: string, dash: readonly number[], width: number = BOX_LOOK.edgeWidth): Properties {
  return { fill: 'none', stroke: color, strokeWidth: n(width), ...(dash.length ? { strokeDasharray: dash.join(' ') } : {}) }
}

function edge(e: MapEdge): Element {
  const look = EDGE_LOOK[e.kind]
  const trim = look.filled ? BOX_LOOK.head * 0.9 : 0
  const pts = e.points
  const heads = [head(pts.at(-1)!, pts.at(-2)!)]
  if (look.heads === 'both') heads.push(head(pts[0]!, pts[1]!))
  const headEls = heads.map((h) => {
    const points = h.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')
    return look.filled ? el('polygon', { points, fill: look.color }) : el('polyline', { points, ...stroke(look.color, []) })
  })
  const { label } = e
  return el('g', { className: ['map-edge'], dataFrom: e.from, dataTo: e.to, dataKind: e.kind, ...(e.copy ? { dataCopy: 'true' } : {}) }, [
    el('path', { d: d(edgePath(pts, look.heads === 'both' ? trim : 0, trim)), ...stroke(look.color, look.dash) }),
    ...headEls,
    el('rect', { x: n(label.x - label.width / 2), y: n(label.y - label.height / 2), width: n(label.width), height: n(label.height), fill: '#ffffff' }),
    el('text', { x: n(label.x), y: n(label.y + MAP_STYLE.edgeLabel.size * 0.35), textAnchor: 'middle', fontSize: n(MAP_STYLE.edgeLabel.size), fill: look.color }, [text(e.word)])
  ])
}

function box(b: MapBox): Element {
  const look = b.elsewhere ? BOX_LOOK.elsewhere : BOX_LOOK
  const baselines = lineBaselines(b)
  const x = b.x + MAP_STYLE.box.padX
  return el('g', { className: ['map-claim'], ...(b.elsewhere ? { dataElsewhere: b.id } : { dataClaim: b.id }), dataLabel: b.label }, [
    el('rect', {
      x: n(b.x),
      y: n(b.y),
      width: n(b.width),
      height: n(b.height),
      rx: n(BOX_LOOK.radius),
      fill: look.fill,
      ...stroke(look.stroke, b.elsewhere ? BOX_LOOK.elsewhere.dash : [], BOX_LOOK.lineWidth)
    }),
    el(
      'text',
      { fontSize: n(MAP_STYLE.box.size), fill: look.text },
      [b.heading, ...b.lines].map((line, i) => el('tspan', { x: n(x), y: n(b.y + baselines[i]!), ...(i === 0 ? { fontWeight: 'bold' } : {}) }, [text(line)]))
    )
  ])
}

function legend(entry: LegendEntry): ElementContent[] {
  const { sample, size } = MAP_STYLE.legend
  const y = entry.y - size * 0.35
  const word = el('text', { x: n(entry.x + sample + 4), y: n(entry.y), fontSize: n(size), fill: BOX_LOOK.legendText }, [text(entry.word)])
  if (entry.kind === 'elsewhere') {
    const look = BOX_LOOK.elsewhere
    return [el('rect', { x: n(entry.x), y: n(y - 4), width: n(sample), height: '8', rx: '2', fill: look.fill, ...stroke(look.stroke, look.dash, BOX_LOOK.lineWidth) }), word]
  }
  const look = EDGE_LOOK[entry.kind]
  const from = { x: entry.x, y }
  const to = { x: entry.x + sample, y }
  const trim = look.filled ? BOX_LOOK.head * 0.9 : 0
  const heads = [head(to, from)]
  if (look.heads === 'both') heads.push(head(from, to))
  return [
    el('path', { d: d(edgePath([from, to], look.heads === 'both' ? trim : 0, trim)), ...stroke(look.color, look.dash) }),
    ...heads.map((h) => {
      const points = h.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')
      return look.filled ? el('polygon', { points, fill: look.color }) : el('polyline', { points, ...stroke(look.color, []) })
    }),
    word
  ]
}
