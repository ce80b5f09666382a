// The argument map in the PDF: the layout the SVG draws (render/map/), drawn with pdfkit's
// vector operators, its words as real text, each part scaled down to fit the page where it
// must and kept on one page, tagged as a Figure whose alternate text lists the relations.
import type { ContainerDirective } from 'mdast-util-directive'
import { layoutMap, MAP_STYLE, type MapBox, type MapEdge, type MapPart, type LegendEntry } from '../map/layout.js'
import { BOX_LOOK, EDGE_LOOK, edgePath, head, lineBaselines, type PathCommand } from '../map/look.js'
import { mapMetrics } from '../map/metrics.js'
import { readMap } from '../map/model.js'
import { mapDescription, partTitle } from '../map/svg.js'
import type { Box, Ctx } from './context.js'
import { lineMetrics, textWidth } from './inline.js'
import type { TextStyle } from './styles.js'

type Doc = PDFKit.PDFDocument

const CAPTION: TextStyle = { font: 'bold', size: 9, leading: 1.3, color: '#1f4e79' }
const SPACING = { before: 6, after: 14, between: 16 }

/** Render an `:::argument-map` container: each part of the map, a page at most each. */
export function argumentMap(node: ContainerDirective, ctx: Ctx, box: Box): void {
  const map = readMap(node)
  const parts = layoutMap(map, mapMetrics(ctx.lang))
  const caption = parts.length > 1 ? lineMetrics(CAPTION).lineHeight : 0
  ctx.start(SPACING.before)
  parts.forEach((part, i) => {
    if (i > 0) ctx.y += SPACING.between
    const whole = Math.min(1, box.width / part.width, (ctx.pageHeight - caption) / part.height)
    // The first part follows the map's heading and introduction: rather than leave them alone
    // above an empty page, it is set smaller to fit what is left of this one, while its words
    // stay as legible as the layout requires (the smallest scale it lays a part out at).
    const here = i === 0 && !ctx.measuring && !ctx.atTop ? (ctx.bottom - ctx.y - caption) / part.height : whole
    const scale = here < whole && here >= MAP_STYLE.minScale ? here : whole
    const height = caption + part.height * scale
    ctx.fit(height)
    const title = partTitle(map, part, parts.length)
    const top = ctx.y
    ctx.group(
      'Figure',
      () => {
        if (ctx.measuring) return
        ctx.mark()
        if (caption) ctx.text(title, box.x, top + lineMetrics(CAPTION).baseline, CAPTION.font, CAPTION.size, CAPTION.color)
        // Centred in the column when narrower than it.
        const x = box.x + (box.width - part.width * scale) / 2
        const y = top + caption
        ctx.paint((doc) => {
          doc.translate(x, y).scale(scale)
          drawShapes(doc, part)
        })
        ctx.paint((doc) => {
          doc.translate(x, y).scale(scale)
          drawWords(ctx, part)
        })
      },
      { alt: `${title}. ${mapDescription(map, part)}` }
    )
    ctx.y = top + height
  })
  ctx.end(SPACING.after)
}

function path(doc: Doc, commands: readonly PathCommand[]): void {
  for (const c of commands) {
    if (c.op === 'Q') doc.quadraticCurveTo(c.control.x, c.control.y, c.to.x, c.to.y)
    else if (c.op === 'M') doc.moveTo(c.to.x, c.to.y)
    else doc.lineTo(c.to.x, c.to.y)
  }
}

// pdfkit's `dash` takes a whole pattern as an array (its typings say a number only).
function setDash(doc: Doc, dash: readonly number[]): void {
  if (dash.length === 0) doc.undash()
  else doc.dash([...dash] as unknown as number, {})
}

function stroked(doc: Doc, commands: readonly PathCommand[], width: number, color: string, dash: readonly number[]): void {
  doc.save()
  doc.lineWidth(width).strokeColor(color)
  setDash(doc, dash)
  path(doc, commands)
  doc.stroke()
  doc.restore()
}

function heads(doc: Doc, e: { points: MapEdge['points'] }, kind: MapEdge['kind']): void {
  const look = EDGE_LOOK[kind]
  const pts = e.points
  const all = [head(pts.at(-1)!, pts.at(-2)!)]
  if (look.heads === 'both') all.push(head(pts[0]!, pts[1]!))
  for (const h of all) {
    doc.save()
    doc.moveTo(h[0]!.x, h[0]!.y).lineTo(h[1]!.x, h[1]!.y).lineTo(h[2]!.x, h[2]!.y)
    if (look.filled) doc.closePath().fillColor(look.color).fill()
    else doc.lineWidth(BOX_LOOK.edgeWidth).strokeColor(look.color).stroke()
    doc.restore()
  }
}

/** Lines, heads, boxes and the label grounds: everything but the words. */
function drawShapes(doc: Doc, part: MapPart): void {
  for (const e of part.edges) {
    const look = EDGE_LOOK[e.kind]
    const trim = look.filled ? BOX_LOOK.head * 0.9 : 0
    stroked(doc, edgePath(e.points, look.heads === 'both' ? trim : 0, trim), BOX_LOOK.edgeWidth, look.color, look.dash)
    heads(doc, e, e.kind)
    const { label } = e
    doc.save().rect(label.x - label.width / 2, label.y - label.height / 2, label.width, label.height).fillColor('#ffffff').fill().restore()
  }
  for (const b of part.boxes) drawBox(doc, b)
  for (const entry of part.legend) drawSample(doc, entry)
}

function drawBox(doc: Doc, b: MapBox): void {
  const look = b.elsewhere ? BOX_LOOK.elsewhere : BOX_LOOK
  doc.save()
  doc.lineWidth(BOX_LOOK.lineWidth)
  setDash(doc, b.elsewhere ? BOX_LOOK.elsewhere.dash : [])
  doc.roundedRect(b.x, b.y, b.width, b.height, BOX_LOOK.radius).fillColor(look.fill).strokeColor(look.stroke).fillAndStroke()
  doc.restore()
}

function drawSample(doc: Doc, entry: LegendEntry): void {
  const { sample, size } = MAP_STYLE.legend
  const y = entry.y - size * 0.35
  if (entry.kind === 'elsewhere') {
    const look = BOX_LOOK.elsewhere
    doc.save().lineWidth(BOX_LOOK.lineWidth)
    setDash(doc, look.dash)
    doc.roundedRect(entry.x, y - 4, sample, 8, 2).fillColor(look.fill).strokeColor(look.stroke).fillAndStroke()
    doc.restore()
    return
  }
  const look = EDGE_LOOK[entry.kind]
  const from = { x: entry.x, y }
  const to = { x: entry.x + sample, y }
  const trim = look.filled ? BOX_LOOK.head * 0.9 : 0
  stroked(doc, edgePath([from, to], look.heads === 'both' ? trim : 0, trim), BOX_LOOK.edgeWidth, look.color, look.dash)
  heads(doc, { points: [from, to] }, entry.kind)
}

/** The words: box headings and gists, edge labels, the legend. */
function drawWords(ctx: Ctx, part: MapPart): void {
  const { box: style, edgeLabel, legend } = MAP_STYLE
  for (const e of part.edges) {
    const width = textWidth(e.word, 'regular', edgeLabel.size)
    ctx.text(e.word, e.label.x - width / 2, e.label.y + edgeLabel.size * 0.35, 'regular', edgeLabel.size, EDGE_LOOK[e.kind].color)
  }
  for (const b of part.boxes) {
    const color = b.elsewhere ? BOX_LOOK.elsewhere.text : BOX_LOOK.text
    const baselines = lineBaselines(b)
    ;[b.heading, ...b.lines].forEach((text, i) => ctx.text(text, b.x + style.padX, b.y + baselines[i]!, i === 0 ? 'bold' : 'regular', style.size, color))
  }
  for (const entry of part.legend) ctx.text(entry.word, entry.x + legend.sample + 4, entry.y, 'regular', legend.size, BOX_LOOK.legendText)
}
