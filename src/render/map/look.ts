// How a map looks, for both backends: each relation kind in a line style of its own (solid,
// dashed, dash-dot) with its own heads and its word on the line, so kinds differ without
// colour; the colours only help. Edges are drawn as smooth curves through dagre's points.
import { MAP_STYLE, type MapBox, type Point } from './layout.js'
import type { MapKind } from './model.js'

export interface EdgeLook {
  color: string
  /** Dash pattern in points; empty for a solid line. */
  dash: number[]
  /** Heads at the target only, or at both ends (a contrast runs both ways). */
  heads: 'end' | 'both'
  /** A filled head, or an open one drawn as a line. */
  filled: boolean
}

export const EDGE_LOOK: Record<MapKind, EdgeLook> = {
  supports: { color: '#1f4e79', dash: [], heads: 'end', filled: true },
  qualifies: { color: '#8a5a00', dash: [4, 2.5], heads: 'end', filled: false },
  contrasts_with: { color: '#8b1e3f', dash: [6, 2, 1.5, 2], heads: 'both', filled: false }
}

export const BOX_LOOK = {
  fill: '#f7f9fb',
  stroke: '#5d6b7a',
  text: '#1b1f24',
  elsewhere: { fill: '#ffffff', stroke: '#9aa3ad', text: '#4b5563', dash: [3, 2] },
  lineWidth: 0.8,
  radius: 3,
  edgeWidth: 1,
  head: 4.5,
  legendText: '#1b1f24'
} as const

/** A path as commands both backends can draw: move, quadratic curve, line. */
export type PathCommand = { op: 'M' | 'L'; to: Point } | { op: 'Q'; control: Point; to: Point }

const round = (n: number): number => Math.round(n * 100) / 100
const at = (p: Point): Point => ({ x: round(p.x), y: round(p.y) })

/**
 * The edge through `points`, smoothed (each inner point a control point, the curve passing
 * through the midpoints between them), ending `trim` short of each end that gets a head.
 */
export function edgePath(points: readonly Point[], trimStart: number, trimEnd: number): PathCommand[] {
  const pts = points.map((p) => ({ ...p }))
  if (pts.length < 2) return []
  shorten(pts, 0, 1, trimStart)
  shorten(pts, pts.length - 1, pts.length - 2, trimEnd)
  const path: PathCommand[] = [{ op: 'M', to: at(pts[0]!) }]
  for (let i = 1; i < pts.length - 1; i++) {
    const next = i + 1 === pts.length - 1 ? pts[i + 1]! : mid(pts[i]!, pts[i + 1]!)
    path.push({ op: 'Q', control: at(pts[i]!), to: at(next) })
  }
  if (pts.length === 2) path.push({ op: 'L', to: at(pts[1]!) })
  return path
}

/** The head at the end `tip` of a line coming from `from`: three points (left wing, tip, right wing). */
export function head(tip: Point, from: Point, size = BOX_LOOK.head): Point[] {
  const dx = tip.x - from.x
  const dy = tip.y - from.y
  const length = Math.hypot(dx, dy) || 1
  const ux = dx / length
  const uy = dy / length
  const base = { x: tip.x - ux * size, y: tip.y - uy * size }
  const half = size * 0.5
  return [at({ x: base.x - uy * half, y: base.y + ux * half }), at(tip), at({ x: base.x + uy * half, y: base.y - ux * half })]
}

/** Baselines of a box's lines (its heading first), from the box's top. */
export function lineBaselines(box: MapBox): number[] {
  const { size, leading, padY } = MAP_STYLE.box
  const lineHeight = size * leading
  // DejaVu's ascent and descent (0.928 and 0.236 of the size) centred in the line.
  const first = padY + (lineHeight - 1.164 * size) / 2 + 0.928 * size
  return [box.heading, ...box.lines].map((_, i) => round(first + i * lineHeight))
}

function mid(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
}

// Move point `i` towards point `j` by `by` (never past it).
function shorten(pts: Point[], i: number, j: number, by: number): void {
  if (by <= 0) return
  const a = pts[i]!
  const b = pts[j]!
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  if (length === 0) return
  const t = Math.min(by, length * 0.9) / length
  pts[i] = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }
}
