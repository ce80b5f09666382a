// The argument map's layout, shared by the HTML (SVG) and PDF backends so both draw the
// same picture. Layered (Sugiyama) layout by dagre: a claim's reasons sit below it and
// arrows run up from a reason to what it supports, qualifies or contrasts with. Pure and
// deterministic: the same map and metrics give the same coordinates, rounded to 1/100 pt.
//
// A map too large for a page at a legible size is split between the article's sections:
// consecutive sections go into one part while it fits; a section too large on its own is
// split between runs of its consecutive claims. A relation that crosses parts is
// drawn in both, its far claim as a dashed box, and counts in the part of its source.
import dagre from '@dagrejs/dagre'
import { MAP_KINDS, type ArgumentMap, type MapClaim, type MapKind } from './model.js'

/** What layout needs to know of the faces the map is drawn in. */
export interface Metrics {
  /** Width of `text` at a size of 1 pt, in the regular or the bold face. */
  width(text: string, bold: boolean): number
  /** Where `word` may be hyphenated: its pieces in order (the word itself when nowhere). */
  pieces(word: string): readonly string[]
}

/** Sizes of the map in points, before it is scaled to fit. */
export const MAP_STYLE = {
  box: { width: 100, padX: 5, padY: 4, size: 7.5, leading: 1.25, maxLines: 6 },
  edgeLabel: { size: 6.5, padX: 2, height: 9 },
  legend: { gap: 12, sample: 24, size: 7, rowHeight: 12, spacing: 14 },
  nodesep: 14,
  edgesep: 8,
  ranksep: 20,
  /** The room a part is fitted to: a page's content width (the narrower of A4 and Letter) and most of its height. */
  frame: { width: 475, height: 560 },
  /** Below this, a map is split rather than shrunk (7.5 pt text at 0.8 is 6 pt). */
  minScale: 0.8
} as const

export interface Point {
  x: number
  y: number
}

/** A claim's box: top-left corner, size, and its text broken into lines. */
export interface MapBox {
  id: string
  label: string
  /** "C9 · ¶9", in bold above the gist. */
  heading: string
  /** The claim's few words, and the lines they are broken into. */
  gist: string
  lines: string[]
  x: number
  y: number
  width: number
  height: number
  /** A claim of another part, drawn dashed, for the relations that cross to it. */
  elsewhere: boolean
}

export interface MapEdge {
  from: string
  to: string
  kind: MapKind
  sentence: string
  /** From the source box's border to the target's. */
  points: Point[]
  /** The kind's word, centred at `label`. */
  word: string
  label: Point & { width: number; height: number }
  /** Drawn here as well as in the part of its source claim, where it counts. */
  copy: boolean
}

export interface LegendEntry {
  kind: MapKind | 'elsewhere'
  word: string
  /** Left end of the sample and the baseline of the word. */
  x: number
  y: number
}

/** One drawing: the whole map, or the part of it for some sections. */
export interface MapPart {
  /** "C1–C12": the labels of its own claims, first to last. */
  range: string
  boxes: MapBox[]
  edges: MapEdge[]
  legend: LegendEntry[]
  /** Size of the drawing with its legend. */
  width: number
  height: number
  /** The scale at which the part fits the frame (at most 1). */
  scale: number
}

// Layouts made, by metrics and map. A pack draws the same map in the handouts' HTML and
// PDF; each layout runs dagre a score of times (parts tried in both directions, then
// sections and runs of claims), a quarter to half a second for the demo's 27 claims.
// Parts are data that the backends only read. Bounded: a map is a few kilobytes of JSON.
const laidOut = new WeakMap<Metrics, Map<string, MapPart[]>>()
const KEPT = 16

/** Lay `map` out in one part, or in parts between sections when one would be illegibly small. */
export function layoutMap(map: ArgumentMap, metrics: Metrics): MapPart[] {
  let kept = laidOut.get(metrics)
  if (kept === undefined) laidOut.set(metrics, (kept = new Map()))
  const key = JSON.stringify(map)
  let parts = kept.get(key)
  if (parts === undefined) {
    if (kept.size >= KEPT) kept.clear()
    kept.set(key, (parts = map.blank ? layoutBlank(map, metrics) : layoutParts(map, metrics)))
  }
  return parts
}

function layoutParts(map: ArgumentMap, metrics: Metrics): MapPart[] {
  // The search below tries some sets of claims more than once (a section alone, then as
  // the first unit of a part): each is laid out once.
  const tried = new Map<string, MapPart>()
  const layoutPart = (own: ReadonlySet<string>): MapPart => {
    const key = [...own].sort().join('\n')
    let part = tried.get(key)
    if (part === undefined) tried.set(key, (part = layoutEither(map, own, metrics)))
    return part
  }
  const all = map.claims.map((c) => c.id)
  const whole = layoutPart(new Set(all))
  if (whole.scale >= MAP_STYLE.minScale) return [whole]
  const parts: MapPart[] = []
  let current: string[] = []
  let laid: MapPart | null = null
  for (const unit of units(map, layoutPart)) {
    const trial = layoutPart(new Set([...current, ...unit]))
    if (current.length === 0 || trial.scale >= MAP_STYLE.minScale) {
      current.push(...unit)
      laid = trial
    } else {
      parts.push(laid!)
      current = [...unit]
      laid = layoutPart(new Set(current))
    }
  }
  if (laid) parts.push(laid)
  return parts
}

/**
 * What parts are made of, in reading order: the claims of each section, or, for a section
 * whose claims alone would be illegibly small (an article without subheads, a long chain of
 * reasons), runs of its consecutive claims, each as long as stays legible.
 */
function units(map: ArgumentMap, layoutPart: (own: ReadonlySet<string>) => MapPart): string[][] {
  const sections = [...new Set(map.claims.map((c) => c.section))].sort((a, b) => a - b)
  return sections.flatMap((section) => {
    const ids = map.claims.filter((c) => c.section === section).map((c) => c.id)
    if (ids.length < 2 || layoutPart(new Set(ids)).scale >= MAP_STYLE.minScale) return [ids]
    const runs: string[][] = []
    let run: string[] = []
    for (const id of ids) {
      if (run.length > 0 && layoutPart(new Set([...run, id])).scale < MAP_STYLE.minScale) {
        runs.push(run)
        run = []
      }
      run.push(id)
    }
    if (run.length) runs.push(run)
    return runs
  })
}

const round = (n: number): number => Math.round(n * 100) / 100

/**
 * Lay out the claims `own` and, dashed, the claims their relations reach outside it:
 * reasons below what they support, or, where that is wider than the page allows and the
 * other way is legible at a larger scale, reasons to the left.
 */
function layoutEither(map: ArgumentMap, own: ReadonlySet<string>, metrics: Metrics): MapPart {
  const up = layoutIn(map, own, metrics, 'BT')
  if (up.scale >= MAP_STYLE.minScale) return up
  const across = layoutIn(map, own, metrics, 'LR')
  return across.scale > up.scale ? across : up
}

function layoutIn(map: ArgumentMap, own: ReadonlySet<string>, metrics: Metrics, rankdir: 'BT' | 'LR'): MapPart {
  const style = MAP_STYLE
  const edges = map.relations.filter((r) => own.has(r.from) || own.has(r.to))
  const shown = new Set([...own, ...edges.flatMap((r) => [r.from, r.to])])
  const claims = map.claims.filter((c) => shown.has(c.id))

  const graph = new dagre.graphlib.Graph({ multigraph: true })
  graph.setGraph({ rankdir, nodesep: style.nodesep, edgesep: style.edgesep, ranksep: style.ranksep, marginx: 0, marginy: 0 })
  graph.setDefaultEdgeLabel(() => ({}))
  const boxes = new Map<string, MapBox>()
  for (const claim of claims) {
    const box = claimBox(claim, !own.has(claim.id), metrics)
    boxes.set(claim.id, box)
    graph.setNode(claim.id, { width: box.width, height: box.height })
  }
  edges.forEach((r, i) => {
    const word = map.words[r.kind]
    const width = metrics.width(word, false) * style.edgeLabel.size + 2 * style.edgeLabel.padX
    graph.setEdge(r.from, r.to, { width, height: style.edgeLabel.height, labelpos: 'c' }, String(i))
  })
  dagre.layout(graph)

  for (const [id, box] of boxes) {
    const node = graph.node(id) as { x: number; y: number }
    box.x = round(node.x - box.width / 2)
    box.y = round(node.y - box.height / 2)
  }
  const drawn: MapEdge[] = edges.map((r, i) => {
    const e = graph.edge({ v: r.from, w: r.to, name: String(i) }) as { points: Point[]; x: number; y: number; width: number; height: number }
    const placed = [...boxes.values()]
    const points = e.points.map((p) => ({ ...p }))
    // dagre ends an edge where the straight line from its last bend meets the box; for a box
    // far to the side that is its side, and the line runs through the boxes beside it in its
    // row. The edge goes into the gap next to the row instead and meets the box face on.
    const last = points.length - 1
    const tail = faceOn(boxes.get(r.to)!, points[last]!, points[last - 1]!, placed, rankdir)
    if (tail) points.splice(last, 1, ...tail.reverse())
    const head = faceOn(boxes.get(r.from)!, points[0]!, points[1]!, placed, rankdir)
    if (head) points.splice(0, 1, ...head)
    return {
      from: r.from,
      to: r.to,
      kind: r.kind,
      sentence: r.sentence,
      points: points.map((p) => ({ x: round(p.x), y: round(p.y) })),
      word: map.words[r.kind],
      label: { x: round(e.x), y: round(e.y), width: round(e.width), height: round(e.height) },
      copy: !own.has(r.from)
    }
  })
  const size = graph.graph() as { width: number; height: number }
  const kinds: Array<MapKind | 'elsewhere'> = MAP_KINDS.filter((k) => edges.some((r) => r.kind === k))
  if ([...boxes.values()].some((b) => b.elsewhere)) kinds.push('elsewhere')
  const legend = layoutLegend(kinds, map, metrics, Math.max(size.width, style.frame.width * 0.6), size.height + style.legend.gap)
  const width = round(Math.max(size.width, ...legend.map((l) => l.x + style.legend.sample + 4 + metrics.width(l.word, false) * style.legend.size)))
  const rows = legend.length ? Math.round((legend.at(-1)!.y - legend[0]!.y) / style.legend.rowHeight) + 1 : 0
  const height = round(size.height + (rows ? style.legend.gap + rows * style.legend.rowHeight : 0))
  const labels = map.claims.filter((c) => own.has(c.id)).map((c) => c.label)
  return {
    range: labels.length > 1 ? `${labels[0]}–${labels.at(-1)}` : (labels[0] ?? ''),
    boxes: [...boxes.values()],
    edges: drawn,
    legend,
    width,
    height,
    scale: round(Math.min(1, style.frame.width / width, style.frame.height / height))
  }
}

/**
 * Where an edge that comes from `toward` (the next point of its line) should meet `box`:
 * null when dagre's line from there to its `end` on the box crosses no other box (or comes
 * level with the box); else the point on that face
 * nearest the line, and before it a point in the gap beside the box's row (the rank's
 * boxes: those level with it), from the box out. Between ranks there are no boxes, so a
 * line from `toward` to the gap point crosses none.
 */
function faceOn(box: MapBox, end: Point, toward: Point, placed: readonly MapBox[], rankdir: 'BT' | 'LR'): Point[] | null {
  // Work in "across" (along the row) and "along" (between rows) coordinates.
  const vertical = rankdir === 'BT'
  const across = (p: { x: number; y: number }): number => (vertical ? p.x : p.y)
  const along = (p: { x: number; y: number }): number => (vertical ? p.y : p.x)
  const point = (a: number, b: number): Point => (vertical ? { x: a, y: b } : { x: b, y: a })
  const start = along(box)
  const size = vertical ? box.height : box.width
  const middle = start + size / 2
  const t = along(toward)
  if (t >= start && t <= start + size) return null
  const row = placed.filter((b) => Math.abs(along(b) + (vertical ? b.height : b.width) / 2 - middle) < 1)
  const below = t > start + size
  // Only a line that would run through another box is rerouted; the rest stay as dagre drew them.
  if (!placed.some((b) => b !== box && crosses(b, end, toward))) return null
  const edge = below ? Math.max(...row.map((b) => along(b) + (vertical ? b.height : b.width))) : Math.min(...row.map((b) => along(b)))
  const gap = below ? edge + GAP : edge - GAP
  // Not room for it (the line's next point is in the gap already): leave dagre's end.
  if (below ? t <= gap : t >= gap) return null
  const low = across(box) + CORNER
  const high = across(box) + (vertical ? box.width : box.height) - CORNER
  const a = Math.min(high, Math.max(low, across(toward)))
  return [point(a, below ? start + size : start), point(a, gap)]
}

/** Whether the straight line from `a` to `b` passes through the inside of `box` (its border aside). */
function crosses(box: MapBox, a: Point, b: Point): boolean {
  for (let i = 0; i <= 64; i++) {
    const x = a.x + ((b.x - a.x) * i) / 64
    const y = a.y + ((b.y - a.y) * i) / 64
    if (x > box.x + 1 && x < box.x + box.width - 1 && y > box.y + 1 && y < box.y + box.height - 1) return true
  }
  return false
}

/** How far into the gap beside a row an edge turns toward its box, and how far from a corner it meets it. */
const GAP = 6
const CORNER = 8

/**
 * A worksheet: the boxes in reading order, in rows across the frame with room between them
 * to draw, and the legend of every kind for students to draw them with; a page a part.
 */
function layoutBlank(map: ArgumentMap, metrics: Metrics): MapPart[] {
  const style = MAP_STYLE
  const gap = { x: style.nodesep * 2, y: style.ranksep * 2 }
  const columns = Math.max(1, Math.floor((style.frame.width + gap.x) / (style.box.width + gap.x)))
  const boxes = map.claims.map((c) => claimBox(c, false, metrics))
  const rows: MapBox[][] = []
  for (let i = 0; i < boxes.length; i += columns) rows.push(boxes.slice(i, i + columns))
  const width = columns * style.box.width + (columns - 1) * gap.x
  const legendHeight = style.legend.gap + 2 * style.legend.rowHeight
  const parts: MapPart[] = []
  let part: MapBox[] = []
  let y = 0
  const close = (): void => {
    if (part.length === 0) return
    const height = y - gap.y
    const legend = layoutLegend(MAP_KINDS, map, metrics, width, height + style.legend.gap)
    const rowsUsed = legend.length ? Math.round((legend.at(-1)!.y - legend[0]!.y) / style.legend.rowHeight) + 1 : 0
    const labels = part.map((b) => b.label)
    parts.push({ range: labels.length > 1 ? `${labels[0]}–${labels.at(-1)}` : labels[0]!, boxes: part, edges: [], legend, width, height: round(height + style.legend.gap + rowsUsed * style.legend.rowHeight), scale: 1 })
    part = []
    y = 0
  }
  for (const row of rows) {
    const rowHeight = Math.max(...row.map((b) => b.height))
    if (part.length && y + rowHeight + legendHeight > style.frame.height) close()
    row.forEach((b, i) => {
      b.x = round(i * (style.box.width + gap.x))
      b.y = round(y)
    })
    part.push(...row)
    y += rowHeight + gap.y
  }
  close()
  return parts
}

/** The legend's entries in rows `width` wide, starting at `top`. */
function layoutLegend(kinds: ReadonlyArray<MapKind | 'elsewhere'>, map: ArgumentMap, metrics: Metrics, width: number, top: number): LegendEntry[] {
  const style = MAP_STYLE.legend
  const entries: LegendEntry[] = []
  let x = 0
  let y = top + style.rowHeight * 0.75
  for (const kind of kinds) {
    const word = map.words[kind]
    const w = style.sample + 4 + metrics.width(word, false) * style.size
    if (x > 0 && x + w > width) {
      x = 0
      y += style.rowHeight
    }
    entries.push({ kind, word, x: round(x), y: round(y) })
    x += w + style.spacing
  }
  return entries
}

function claimBox(claim: MapClaim, elsewhere: boolean, metrics: Metrics): MapBox {
  const style = MAP_STYLE.box
  const inner = style.width - 2 * style.padX
  const lines = wrap(claim.gist, inner / style.size, metrics, style.maxLines)
  const lineHeight = style.size * style.leading
  return {
    id: claim.id,
    label: claim.label,
    heading: `${claim.label} · ¶${claim.paragraph}`,
    gist: claim.gist,
    lines,
    x: 0,
    y: 0,
    width: style.width,
    height: round(2 * style.padY + lineHeight * (1 + lines.length)),
    elsewhere
  }
}

/**
 * Break `text` into lines at most `width` wide (at 1 pt): at spaces, then inside a word at
 * its hyphenation points (with a hyphen), then anywhere. More than `max` lines end in "…".
 */
export function wrap(text: string, width: number, metrics: Metrics, max: number): string[] {
  const fits = (s: string): boolean => metrics.width(s, false) <= width
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Past `max` lines the rest is cut anyway: a long text (a gist of thousands of
    // characters with no space) is not laid out to its end.
    if (lines.length > max) break
    const joined = line ? `${line} ${word}` : word
    if (fits(joined)) {
      line = joined
      continue
    }
    if (line && fits(word)) {
      lines.push(line)
      line = word
      continue
    }
    // The word does not fit on a line of its own (or after what is there): hyphenate.
    let rest = [...metrics.pieces(word)]
    while (rest.length && lines.length <= max) {
      const head = (n: number): string => rest.slice(0, n).join('') + (n < rest.length && !rest[n - 1]!.endsWith('-') ? '-' : '')
      const fitsAfter = (n: number): boolean => fits(line ? `${line} ${head(n)}` : head(n))
      // The most pieces that fit: all of them, else counted up from one (a line holds few;
      // counting down from thousands of pieces, each measured, took minutes).
      let take = rest.length
      if (!fitsAfter(take)) {
        take = 0
        while (take + 1 < rest.length && fitsAfter(take + 1)) take++
      }
      if (take === 0) {
        if (line) {
          lines.push(line)
          line = ''
          continue
        }
        // Not even one piece fits a line: split it by characters.
        const chars = [...rest[0]!]
        let n = 1
        while (n < chars.length && fits(`${chars.slice(0, n + 1).join('')}-`)) n++
        lines.push(`${chars.slice(0, n).join('')}-`)
        rest = [chars.slice(n).join(''), ...rest.slice(1)].filter(Boolean)
        continue
      }
      const piece = head(take)
      rest = rest.slice(take)
      if (rest.length === 0) {
        line = line ? `${line} ${piece}` : piece
      } else {
        lines.push(line ? `${line} ${piece}` : piece)
        line = ''
      }
    }
  }
  if (line) lines.push(line)
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  let last = kept[max - 1]!
  while (last && !fits(`${last}…`)) last = last.replace(/\s*\S+$/, '')
  kept[max - 1] = `${last}…`
  return kept
}
