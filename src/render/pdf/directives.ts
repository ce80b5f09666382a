// Renderers for the directive vocabulary of src/render/markdown.ts: questions,
// options, matching columns, ordering steps, answer lines and boxes, fill-in fields,
// callouts and page breaks.
import type { Paragraph, PhrasingContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import type { DirectiveName, TextDirectiveName } from '../markdown.js'
import type { Box, Ctx } from './context.js'
import { drawText, layoutText } from './inline.js'
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
// but would fit on a page of its own, it starts a new page.
const question: Render = (node, ctx, box) => {
  const style = styles.question
  if (!ctx.measuring) ctx.keep(ctx.measure(node, box.width, (ruler, b) => question(node, ruler, b)), style.before)
  ctx.start(style.before)
  ctx.group('Sect', () => ctx.flow(node.children, box, ctx))
  ctx.end(style.after)
}

const options: Render = (node, ctx, box) => {
  const style = styles.options
  const textBox = { x: box.x + style.indent + style.labelWidth, width: box.width - style.indent - style.labelWidth }
  ctx.start(style.before)
  ctx.group('L', () => {
    node.children.forEach((child, index) => {
      if (child.type !== 'leafDirective' || child.name !== 'option') {
        throw new TypeError(`Unexpected \`${child.type}\` in \`options\`, expected \`::option\` leaves only`)
      }
      ctx.start(index === 0 ? 0 : style.itemGap)
      const letter = child.attributes?.letter ?? String.fromCharCode(65 + index)
      const layout = layoutText(child, child.children, ctx.body, textBox.width)
      ctx.fit(layout.lineHeight)
      const baseline = ctx.y + layout.baseline
      ctx.group('LI', () => {
        ctx.group('Lbl', () => {
          ctx.mark()
          // The trailing space gives text extraction "A. text", as the HTML reads.
          ctx.text(`${letter}. `, box.x + style.indent, baseline, style.label.font, style.label.size, style.label.color)
        })
        ctx.group('LBody', () => drawText(ctx, layout, textBox))
      })
    })
  })
  ctx.end(style.after)
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
  const layout = layoutText(leaf, leaf.children, ctx.body, x + width - textX)
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
  // with short labels, or short names with long views.
  const chars = (items: LeafDirective[]): number => items.reduce((n, l) => n + toString(l).length, 0)
  const share = Math.min(style.premiseShare.most, Math.max(style.premiseShare.least, chars(premises) / Math.max(1, chars(premises) + chars(responses))))
  const left = { x: box.x + style.indent, width: (box.width - style.indent - style.columnGap) * share }
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
    const layout = layoutText(node, node.children as PhrasingContent[], ctx.body, box.x + box.width - textX)
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
  const layout = layoutText(node, label, style.text, box.width * 0.5)
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
  ctx.group('P', () => drawText(ctx, layoutText(node, node.children, style, box.width), box))
  ctx.end(styles.callout.titleAfter)
}

const pageBreak: Render = (_node, ctx) => {
  if (!ctx.atTop) ctx.newPage()
}

const renderers: Record<Exclude<DirectiveName, 'option' | 'premise' | 'response' | 'step' | TextDirectiveName>, Render> = {
  question,
  options,
  match: matching,
  sequence: ordering,
  'answer-box': answerBox,
  'answer-lines': answerLines,
  'fill-in': fillIn,
  callout,
  'page-break': pageBreak
}
