// Renderers for the directive vocabulary of src/render/markdown.ts: questions,
// options, matching columns, ordering steps, answer lines and boxes, fill-in fields,
// callouts, page breaks and the argument map (map.ts).
import type { Nodes, Paragraph, PhrasingContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import type { DirectiveName, TextDirectiveName } from '../markdown.js'
import { PREMISE_SHARE, premiseShare } from '../match.js'
import type { Box, Ctx } from './context.js'
import { carriedLabel } from './furniture.js'
import { breakLines, drawText, layoutText, startsOnNextPage, textWidth, toRuns } from './inline.js'
import { table } from './table.js'
import { argumentMap } from './map.js'
import { panel } from './panel.js'
import { styles, type CalloutKind } from './styles.js'

type Directive = ContainerDirective | LeafDirective
type Render = (node: Directive, ctx: Ctx, box: Box) => void

/** Render any directive node; an unknown name is a template (programmer) error. */
export function directive(node: Directive, ctx: Ctx, box: Box): void {
  const render = Object.hasOwn(renderers, node.name) ? renderers[node.name as keyof typeof renderers] : undefined
  if (render === undefined) throw new TypeError(`Unexpected directive \`${node.name}\`, expected one of ${Object.keys(renderers).join(', ')}`)
  render(node, ctx, box)
}

// A question is never split across pages: if it does not fit below the cursor
// but would fit on a page of its own, it starts a new page. One taller than a page (an
// essay's 30 answer lines) goes on on the next, which, given `continued="(continued)"`,
// opens with its start and those words: bare lines atop a page said no question.
const question: Render = (node, ctx, box) => {
  const style = styles.question
  if (!ctx.measuring) ctx.keep(ctx.measure(node, box.width, (ruler, b) => question(node, ruler, b)), style.before)
  ctx.start(style.before)
  const continued = node.attributes?.continued?.replace(/\\([!-/:-@[-`{-~])/g, '$1')
  const start = continued ? node.children.find((child) => child.type === 'paragraph') : undefined
  const body = (): void => ctx.group('Sect', () => ctx.flow(node.children, box, ctx))
  if (continued && start !== undefined) ctx.continuing(carriedLabel(ctx, toString(start), continued, box.x, box.width), body)
  else body()
  ctx.end(style.after * ctx.squeeze)
}

// A run of blocks kept on one page when it fits on one (an answer key entry's head, a
// whole entry, a facilitator's question); flow() also keeps it with the start of what
// follows unless it is `next=free`. One taller than a page breaks where its own blocks
// allow: a heading inside still keeps the first lines after it. One marked `leave=half`
// (a whole key entry, a facilitator's question, mostly the better part of a page) is not
// worth more than half a page of paper: where moving it would leave that much empty, it
// starts below the cursor and breaks where its blocks allow, each head still with its start.
// One given `continued="(continued)"` opens each later page with its first heading and those
// words: the last part of a question's notes, alone atop a page, read as the next question's.
const keep: Render = (node, ctx, box) => {
  keepsNext(node)
  const half = leavesHalf(node)
  if (!ctx.measuring && !(half && ctx.room > ctx.pageHeight / 2)) ctx.keep(ctx.measure(node, box.width, (ruler, b) => keep(node, ruler, b)), styles.keep.before)
  ctx.start(styles.keep.before)
  // The view's words arrive escaped for Markdown, which an attribute's value does not unescape.
  const continued = node.attributes?.continued?.replace(/\\([!-/:-@[-`{-~])/g, '$1')
  const heading = continued ? firstHeading(node) : undefined
  if (continued && heading !== undefined) ctx.continuing(carriedLabel(ctx, heading, continued, box.x, box.width), () => ctx.flow(node.children, box, ctx))
  else ctx.flow(node.children, box, ctx)
  ctx.end(styles.keep.after)
}

/** The text of the first heading inside `node`, if any. */
function firstHeading(node: Directive): string | undefined {
  const visit = (children: readonly Nodes[]): string | undefined => {
    for (const child of children) {
      if (child.type === 'heading') return toString(child)
      const inner = 'children' in child ? visit(child.children) : undefined
      if (inner !== undefined) return inner
    }
    return undefined
  }
  return visit(node.children)
}

/** Whether a `:::keep` is kept with the start of what follows: yes, unless `next=free`. */
export function keepsNext(node: Directive): boolean {
  const next = node.attributes?.next
  if (next == null) return true
  if (next !== 'free') throw new TypeError(`Unexpected \`next=${next}\` on \`keep\`, expected \`free\` or none`)
  return false
}

/** Whether a `:::keep` may break rather than leave more than half a page empty: `leave=half`. */
export function leavesHalf(node: Directive): boolean {
  const leave = node.attributes?.leave
  if (leave == null) return false
  if (leave !== 'half') throw new TypeError(`Unexpected \`leave=${leave}\` on \`keep\`, expected \`half\` or none`)
  return true
}

// A question's name for navigation ("Question 3"): a bookmark here, a heading for
// screen readers in HTML; nothing is printed.
const navLabel: Render = (node, ctx) => {
  ctx.bookmark(2, toString(node))
}

/** The mark drawn before each option's letter: a circle (one answer), a box (every answer that applies), or none. */
function markOf(node: Directive): 'circle' | 'box' | null {
  const mark = node.attributes?.mark
  if (mark == null || mark === '') return null
  if (mark !== 'circle' && mark !== 'box') throw new TypeError(`Unexpected \`mark=${mark}\` on \`options\`, expected \`circle\` or \`box\``)
  return mark
}

const options: Render = (node, ctx, box) => {
  const style = styles.options
  const mark = markOf(node)
  const markWidth = mark === null ? 0 : style.mark.size + style.mark.gap
  const labelWidth = mark === null ? style.labelWidth - style.mark.size - style.mark.gap : style.labelWidth
  const textBox = { x: box.x + style.indent + labelWidth, width: box.width - style.indent - labelWidth }
  ctx.start(style.before)
  ctx.group('L', () => {
    node.children.forEach((child, index) => {
      if (child.type !== 'leafDirective' || child.name !== 'option') {
        throw new TypeError(`Unexpected \`${child.type}\` in \`options\`, expected \`::option\` leaves only`)
      }
      ctx.start(index === 0 ? 0 : style.itemGap * ctx.squeeze)
      const letter = child.attributes?.letter ?? String.fromCharCode(65 + index)
      const layout = layoutText(child, child.children, ctx.body, textBox.width, false, ctx.hyphenate)
      ctx.fit(layout.lineHeight)
      if (!ctx.atTop && startsOnNextPage(ctx, layout)) ctx.newPage()
      const baseline = ctx.y + layout.baseline
      ctx.group('LI', () => {
        if (mark !== null) drawMark(ctx, mark, box.x + style.indent, baseline)
        ctx.group('Lbl', () => {
          ctx.mark()
          // The trailing space gives text extraction "A. text", as the HTML reads.
          ctx.text(`${letter}. `, box.x + style.indent + markWidth, baseline, style.label.font, style.label.size, style.label.color)
        })
        ctx.group('LBody', () => drawText(ctx, layout, textBox))
      })
    })
  })
  ctx.end(style.after)
}

/** A hollow circle or square, its left edge at `x`, sitting on `baseline` as a capital letter would. */
function drawMark(ctx: Ctx, mark: 'circle' | 'box', x: number, baseline: number): void {
  const { size, width, color } = styles.options.mark
  // Cap height of DejaVu Sans is about 0.73 em; the mark is as tall as the letter beside it.
  const top = baseline - size * 0.86
  const inset = width / 2
  ctx.artifact((doc) => {
    if (mark === 'circle') doc.circle(x + size / 2, top + size / 2, size / 2 - inset)
    else doc.rect(x + inset, top + inset, size - width, size - width)
    doc.lineWidth(width).strokeColor(color).stroke()
  })
}

/** Draw a box to write in, its top-left at (x, top): decoration, like answer lines. */
function drawBox(ctx: Ctx, x: number, top: number, width: number = styles.box.width, height: number = styles.box.height): void {
  const style = styles.box
  ctx.artifact((doc) => {
    doc.rect(x, top, width, height).lineWidth(style.lineWidth).strokeColor(style.color).stroke()
  })
}

/** The leaves of a container named `name`; anything else there is a template (programmer) error. */
function leaves(node: Directive, names: readonly string[]): LeafDirective[] {
  return node.children.map((child) => {
    if (child.type !== 'leafDirective' || !names.includes(child.name)) {
      throw new TypeError(`Unexpected \`${child.type}\` in \`${node.name}\`, expected ${names.map((n) => `\`::${n}\``).join(' or ')} leaves only`)
    }
    return child
  })
}

/**
 * A list entry: a bold label, optionally a box before or after it, and the leaf's text
 * beside them, tagged LI with its Lbl and LBody. Returns nothing; advances the cursor.
 */
function entry(ctx: Ctx, leaf: LeafDirective, x: number, width: number, label: string, boxAt: 'before' | 'after' | null, labelWidth: number, labelStyle: typeof styles.options.label): void {
  const boxSpace = boxAt ? styles.box.width + styles.box.gap : 0
  const textX = x + labelWidth + boxSpace
  const layout = layoutText(leaf, leaf.children, ctx.body, x + width - textX, false, ctx.hyphenate)
  ctx.fit(Math.max(layout.lineHeight, styles.box.height))
  const top = ctx.y
  const baseline = top + layout.baseline
  // The box sits on the first line, centred on it.
  const boxTop = top + (layout.lineHeight - styles.box.height) / 2
  ctx.group('LI', () => {
    ctx.group('Lbl', () => {
      ctx.mark()
      const labelX = boxAt === 'before' ? x + boxSpace : x
      // The trailing space gives text extraction "A. text", as the HTML reads.
      ctx.text(`${label} `, labelX, baseline, labelStyle.font, labelStyle.size, labelStyle.color)
    })
    if (boxAt) drawBox(ctx, boxAt === 'before' ? x : x + labelWidth, boxTop)
    ctx.group('LBody', () => drawText(ctx, layout, { x: textX, width: x + width - textX }))
  })
  // A line of text is shorter than a box: leave the box room below.
  ctx.y = Math.max(ctx.y, boxTop + styles.box.height)
}

// Two columns: the numbered premises, each with a box for a letter, and the lettered
// responses beside them. Each column is a list of its own (tagged L); the block is laid out
// whole on one page (the question that holds it is kept on one page too).
const matching: Render = (node, ctx, box) => {
  const style = styles.matching
  const all = leaves(node, ['premise', 'response'])
  const premises = all.filter((l) => l.name === 'premise')
  const responses = all.filter((l) => l.name === 'response')
  // Each column is as wide as its words need, within bounds: long quotations to match
  // with short labels, or short names with long views (as the HTML sets them: match.ts).
  const columns = box.width - style.indent - style.columnGap
  // Short premises may still hold a long word ("Landesnahverkehrsgesellschaft"): room for it
  // beside the label and box, so it is not broken over three lines beside a half-empty column.
  const widest = Math.max(0, ...premises.flatMap((l) => toString(l).split(/\s+/)).map((w) => textWidth(w, ctx.body.font, ctx.body.size)))
  const needs = (style.labelWidth + styles.box.width + styles.box.gap + widest + 1) / columns
  const share = Math.min(PREMISE_SHARE.most, Math.max(needs, premiseShare(premises.map((l) => toString(l)), responses.map((l) => toString(l)))))
  const left = { x: box.x + style.indent, width: columns * share }
  const right = { x: left.x + left.width + style.columnGap, width: box.x + box.width - (left.x + left.width + style.columnGap) }
  const column = (items: LeafDirective[], at: Box, label: (l: LeafDirective, i: number) => string, boxed: boolean): void => {
    ctx.group('L', () => {
      items.forEach((leaf, i) => {
        ctx.start(i === 0 ? 0 : style.itemGap)
        entry(ctx, leaf, at.x, at.width, label(leaf, i), boxed ? 'after' : null, style.labelWidth, style.label)
        ctx.end(0)
      })
    })
  }
  if (!ctx.measuring) ctx.fit(ctx.measure(node, box.width, (ruler, b) => matching(node, ruler, b)))
  ctx.start(style.before)
  const top = ctx.y
  column(premises, left, (l, i) => `${l.attributes?.n ?? i + 1}.`, true)
  const leftEnd = ctx.y
  ctx.y = top
  column(responses, right, (l, i) => `${l.attributes?.letter ?? String.fromCharCode(65 + i)}.`, false)
  ctx.y = Math.max(ctx.y, leftEnd)
  ctx.end(style.after)
}

// Lettered steps, each with a box before it for its place in the order.
const ordering: Render = (node, ctx, box) => {
  const style = styles.ordering
  ctx.start(style.before)
  ctx.group('L', () => {
    leaves(node, ['step']).forEach((leaf, i) => {
      ctx.start(i === 0 ? 0 : style.itemGap)
      entry(ctx, leaf, box.x + style.indent, box.width - style.indent, `${leaf.attributes?.letter ?? String.fromCharCode(65 + i)}.`, 'before', style.labelWidth, style.label)
      ctx.end(0)
    })
  })
  ctx.end(style.after)
}

// A wide box for a number, and its unit (the leaf's label) after it.
const answerBox: Render = (node, ctx, box) => {
  const style = styles.answerBox
  ctx.start(style.before)
  ctx.fit(style.height)
  const top = ctx.y
  drawBox(ctx, box.x + style.indent, top, style.width, style.height)
  const textX = box.x + style.indent + style.width + styles.box.gap
  if (node.children.length > 0) {
    const layout = layoutText(node, node.children as PhrasingContent[], ctx.body, box.x + box.width - textX, false, ctx.hyphenate)
    ctx.y = top + (style.height - layout.lineHeight) / 2
    ctx.group('P', () => drawText(ctx, layout, { x: textX, width: box.x + box.width - textX }))
  }
  ctx.y = top + style.height
  ctx.end(style.after)
}

const answerLines: Render = (node, ctx, box) => {
  const style = styles.answerLines
  const raw = node.attributes?.lines
  const count = raw == null || raw === '' ? style.default : Number(raw)
  if (!Number.isInteger(count) || count < 1 || count > 100) {
    throw new TypeError(`Unexpected \`lines=${raw}\` on \`answer-lines\`, expected a whole number from 1 to 100`)
  }
  ctx.start(style.before)
  for (let i = 0; i < count; i++) {
    ctx.fit(style.spacing)
    ctx.y += style.spacing
    const y = ctx.y
    ctx.artifact((doc) => {
      doc.moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(style.width).strokeColor(style.color).stroke()
    })
  }
  ctx.end(style.after)
}

const fillIn: Render = (node, ctx, box) => {
  const style = styles.fillIn
  const label: PhrasingContent[] = [...(node.children as PhrasingContent[]), { type: 'text', value: ':' }]
  const layout = layoutText(node, label, style.text, box.width * 0.5, false, ctx.hyphenate)
  ctx.start(style.before)
  ctx.fit(layout.lineHeight * layout.lines.length)
  const top = ctx.y + layout.lineHeight * (layout.lines.length - 1)
  ctx.group('P', () => drawText(ctx, layout, box))
  const last = layout.lines.at(-1)?.at(-1)
  const from = box.x + Math.max((last === undefined ? 0 : last.x + last.width) + style.gap, style.column)
  const y = top + layout.baseline + 1
  ctx.artifact((doc) => {
    doc.moveTo(from, y).lineTo(box.x + box.width, y).lineWidth(style.width).strokeColor(style.color).stroke()
  })
  ctx.end(style.after)
}

const callout: Render = (node, ctx, box) => {
  const style = styles.callout
  const kind = node.attributes?.kind ?? 'note'
  if (!Object.hasOwn(style.kinds, kind)) {
    throw new TypeError(`Unexpected callout kind \`${kind}\`, expected one of ${Object.keys(style.kinds).join(', ')}`)
  }
  const look = style.kinds[kind as CalloutKind]
  const panelStyle = { ...style, fill: look.fill, border: style.border, borderColor: look.border }
  panel(ctx, node, box, panelStyle, 'Div', callout, (inner) => {
    const [first, ...rest] = node.children
    if (first?.type === 'paragraph' && first.data?.directiveLabel) {
      title(first, ctx, inner, look.title)
      ctx.flow(rest, inner, ctx)
    } else {
      ctx.flow(node.children, inner, ctx)
    }
  })
}

// One style object per colour: line layouts are cached per node and style object.
const titles = new Map<string, typeof styles.callout.title>()

function title(node: Paragraph, ctx: Ctx, box: Box, color: string): void {
  let style = titles.get(color)
  if (style === undefined) titles.set(color, (style = { ...styles.callout.title, color }))
  ctx.start(0)
  ctx.group('P', () => drawText(ctx, layoutText(node, node.children, style, box.width, false, ctx.hyphenate), box))
  ctx.end(styles.callout.titleAfter)
}

const pageBreak: Render = (_node, ctx) => {
  if (!ctx.atTop) ctx.newPage()
}

/** The columns' shares of a `fields` row: `widths=3-1`, else equal. */
function shares(node: Directive): number[] {
  const n = node.children.length
  const raw = node.attributes?.widths
  if (raw == null || raw === '') return Array.from({ length: n }, () => 1)
  const parts = raw.split('-').map(Number)
  if (parts.length !== n || parts.some((p) => !Number.isInteger(p) || p < 1)) {
    throw new TypeError(`Unexpected \`widths=${raw}\` on \`fields\`, expected ${n} whole numbers joined by hyphens`)
  }
  return parts
}

// Blocks side by side in columns (equal, or in the shares `widths` gives), kept on one
// line of the page. A container among them (a `:::keep`) stacks its own blocks in its column.
const fields: Render = (node, ctx, box) => {
  const style = styles.fields
  if (!ctx.measuring) ctx.keep(ctx.measure(node, box.width, (ruler, b) => fields(node, ruler, b)), style.before)
  ctx.start(style.before)
  const weights = shares(node)
  const unit = (box.width - style.gap * (weights.length - 1)) / weights.reduce((a, b) => a + b, 0)
  const top = ctx.y
  let bottom = top
  let x = box.x
  const boxes: Array<{ node: Directive; box: Box }> = []
  node.children.forEach((child, i) => {
    const width = unit * weights[i]!
    const column = { x, width }
    x += width + style.gap
    // A score box stretches to the row, so it is drawn once the rest are.
    if (child.type === 'leafDirective' && child.name === 'score-box') return void boxes.push({ node: child, box: column })
    ctx.y = top
    ctx.owe(0)
    if (child.type === 'containerDirective' && child.name === 'keep') ctx.flow(child.children, column, ctx)
    else ctx.flow([child], column, ctx)
    bottom = Math.max(bottom, ctx.y)
  })
  for (const score of boxes) {
    ctx.y = top
    ctx.owe(0)
    // As tall as the row, so its text stands on the row's last baseline.
    scoreBox(score.node, ctx, score.box, bottom > top ? bottom - top : styles.scoreBox.height)
    bottom = Math.max(bottom, ctx.y)
  }
  ctx.y = bottom
  ctx.owe(0)
  ctx.end(style.after)
}

// A box to write the score in: its label at the bottom left, "/ total" at the bottom
// right, on the baseline of the last line of what stands beside it (in a `fields` row,
// which stretches the box to the row), so the text reads "Date: … Score / 31" as laid out.
function scoreBox(node: Directive, ctx: Ctx, box: Box, height: number = styles.scoreBox.height): void {
  const style = styles.scoreBox
  const total = node.attributes?.total
  if (total == null || !/^\d+$/.test(total)) throw new TypeError(`Unexpected \`total=${total}\` on \`score-box\`, expected a whole number`)
  const width = Math.min(style.width, box.width)
  const x = box.x + box.width - width
  ctx.start(style.before)
  ctx.fit(height)
  const top = ctx.y
  const inner = width - 2 * style.padding
  const of = breakLines(toRuns([{ type: 'text', value: `/ ${total}` }], style.total), style.total, inner)
  const ofWidth = of.lines[0]?.reduce((w, s) => Math.max(w, s.x + s.width), 0) ?? 0
  // The label keeps clear of "/ total": a longer one (German "Erreichte Punkte") wraps upwards.
  const label = layoutText(node, node.children as PhrasingContent[], style.label, inner - ofWidth - style.padding)
  ctx.artifact((doc) => {
    doc.roundedRect(x, top + style.inset, width, height - 2 * style.inset, style.radius).lineWidth(style.borderWidth).strokeColor(style.border).stroke()
  })
  const line = top + height - of.lineHeight
  ctx.group('P', () => {
    ctx.y = line + of.lineHeight - label.lineHeight * label.lines.length
    drawText(ctx, label, { x: x + style.padding, width: inner })
    ctx.y = line
    drawText(ctx, of, { x: x + width - style.padding - ofWidth, width: ofWidth + 1 })
  })
  ctx.y = top + height
  ctx.end(style.after)
}

// "End of quiz", centred between two short rules. Where its usual space above would
// send it alone to a page of its own, it closes up to the last question instead; where
// even that does not fit, it is left out: a page of its own would cost every student a
// sheet to say what the last page's "Page N of N" already says. The count of pages says so
// (pack/fit.ts), which sets a version tighter where that keeps it.
const endMark: Render = (node, ctx, box) => {
  const style = styles.endMark
  const layout = layoutText(node, node.children as PhrasingContent[], style.text, box.width)
  const width = layout.lines[0]?.reduce((w, s) => Math.max(w, s.x + s.width), 0) ?? 0
  const height = layout.lineHeight * layout.lines.length
  if (!ctx.measuring && !ctx.atTop && !ctx.fits(style.closeUp + height)) {
    ctx.endLeftOut = true
    return
  }
  const roomy = ctx.fits(style.before + height)
  if (!roomy) ctx.owe(0)
  ctx.start(roomy ? style.before : style.closeUp)
  ctx.fit(height)
  const x = box.x + (box.width - width) / 2
  const y = ctx.y + layout.lineHeight / 2
  ctx.artifact((doc) => {
    doc.moveTo(x - style.gap - style.rule, y).lineTo(x - style.gap, y)
    doc.moveTo(x + width + style.gap, y).lineTo(x + width + style.gap + style.rule, y)
    doc.lineWidth(style.width).strokeColor(style.color).stroke()
  })
  ctx.group('P', () => drawText(ctx, layout, { x, width: width + 1 }))
  ctx.end(style.after)
}

// Leaves read by the container they belong in, never rendered alone.
type Inner = 'option' | 'premise' | 'response' | 'step' | 'map-kind' | 'map-claim' | 'map-relation'

const renderers: Record<Exclude<DirectiveName, Inner | TextDirectiveName>, Render> = {
  'argument-map': (node, ctx, box) => argumentMap(node as ContainerDirective, ctx, box),
  question,
  options,
  match: matching,
  sequence: ordering,
  'answer-box': answerBox,
  'answer-lines': answerLines,
  'fill-in': fillIn,
  callout,
  'page-break': pageBreak,
  keep,
  'nav-label': navLabel,
  fields,
  'score-box': (node, ctx, box) => scoreBox(node, ctx, box),
  'end-mark': endMark,
  table
}
