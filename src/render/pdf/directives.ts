// Renderers for the directive vocabulary of src/render/markdown.ts: questions,
// options, answer lines, fill-in fields, callouts, page breaks and the argument map (map.ts).
import type { Paragraph, PhrasingContent } from 'mdast'
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive'
import type { DirectiveName } from '../markdown.js'
import type { Box, Ctx } from './context.js'
import { drawText, layoutText } from './inline.js'
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
      const layout = layoutText(child, child.children, ctx.body, textBox.width, false, ctx.hyphenate)
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

// Leaves read by the container they belong in, never rendered alone.
type Inner = 'option' | 'map-kind' | 'map-claim' | 'map-relation'

const renderers: Record<Exclude<DirectiveName, Inner>, Render> = {
  'argument-map': (node, ctx, box) => argumentMap(node as ContainerDirective, ctx, box),
  question,
  options,
  'answer-lines': answerLines,
  'fill-in': fillIn,
  callout,
  'page-break': pageBreak
}
