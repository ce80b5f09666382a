// One small renderer per Markdown block kind, and `flow`, which lays a sequence
// of blocks down the page. Directives live in directives.ts.
import type { Blockquote, Code, Heading, List, ListItem, Node, Paragraph, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import type { Box, Ctx, Flow } from './context.js'
import { drawText, layoutText, lineMetrics, startsOnNextPage, textWidth } from './inline.js'
import { directive, keepsNext, leavesHalf } from './directives.js'
import { panel } from './panel.js'
import { styles, type BlockStyle, type Spacing } from './styles.js'

type Render<T extends Node = Node> = (node: T, ctx: Ctx, box: Box) => void

/** Lay `nodes` out in `box`, keeping each heading (and each `:::keep` run) with what follows it. */
export const flow: Flow = (nodes, box, ctx) => {
  const blocks = nodes as readonly RootContent[]
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!
    if (i + 1 < blocks.length && !ctx.measuring && leads(node)) keepWithNext(blocks, i, box, ctx)
    else if (!ctx.measuring && lastBeforeBreak(blocks, i)) keepPair(blocks, i, box, ctx)
    render(node, ctx, box)
  }
}

/**
 * A block that must not end a page: a heading, or a run of blocks kept together (a key
 * entry's head), unless that run is free of what follows (`next=free`: a whole key entry,
 * which would otherwise pull the whole next entry onto its page).
 */
function leads(node: RootContent): node is Heading | ContainerDirective {
  return node.type === 'heading' || (node.type === 'containerDirective' && node.name === 'keep' && keepsNext(node))
}

function render(node: RootContent, ctx: Ctx, box: Box): void {
  const renderer = renderers[node.type] as Render | undefined
  if (renderer === undefined) throw new TypeError(`Unexpected node type \`${node.type}\` in the PDF renderer`)
  renderer(node, ctx, box)
}

// Never leave a heading alone at the foot of a page: it needs the block after it
// beside it (all of it if that block is kept whole anyway, else a few lines). When
// that block leads too (a sub-heading right below a heading), it brings what it
// needs in turn: a chain of headings moves with the first lines of content after
// the last of them. A note that opens a section (a callout right below its heading: the
// handout's "Supplied by the teacher" above the dated context notes) is part of the chain
// too: kept whole, it once went with its heading to the foot of a page and the section's
// content to the next. The gap between two blocks counts too: the larger of the two,
// as start() collapses them. A chain taller than a page, which must break somewhere
// anyway, keeps each block with the next only.
function keepWithNext(nodes: readonly RootContent[], index: number, box: Box, ctx: Ctx): void {
  const measure = (node: RootContent): number => ctx.measure(node, box.width, (ruler, b) => render(node, ruler, b))
  const body = lineMetrics(ctx.body).lineHeight * 3
  // Heights from the top of the first lead: to the end of what its own next block must bring
  // (`first`), and to the end of what the chain's last lead's next block must bring.
  let first = 0
  let height = 0
  // The leads so far, each with the gap below it.
  let above = 0
  for (let i = index; i + 1 < nodes.length && height <= ctx.pageHeight; i++) {
    const lead = nodes[i]!
    if (!leads(lead) && !(i > index && (opens(lead) || introduces(lead, nodes[i - 1]!, nodes[i + 1]!)))) break
    const next = nodes[i + 1]!
    const whole = next.type === 'containerDirective' || next.type === 'leafDirective' || next.type === 'code' || next.type === 'heading'
    above += measure(lead) + Math.max(leadStyle(lead).after, spaceBefore(next))
    height = above + (whole ? measure(next) : Math.min(measure(next), body))
    if (i === index) first = height
  }
  ctx.keep(height <= ctx.pageHeight ? height : first, leadStyle(nodes[index] as Heading | ContainerDirective).before)
}

/**
 * A free run (`next=free`) followed by a callout and then a page break: the teacher
 * handout's last claim, its teaching note, and the argument map's page. The note is free to
 * start a page after the others, where the next claim fills the page; before a page break it
 * stood alone on a sheet that was otherwise empty. So there the run brings it along. (Not a
 * `leave=half` run, which breaks rather than leave half a page empty; nor a run followed by
 * another, which fills its page on its own.)
 */
function lastBeforeBreak(nodes: readonly RootContent[], index: number): boolean {
  const node = nodes[index]!
  const next = nodes[index + 1]
  const after = nodes[index + 2]
  return (
    node.type === 'containerDirective' &&
    node.name === 'keep' &&
    !keepsNext(node) &&
    !leavesHalf(node) &&
    next !== undefined &&
    opens(next) &&
    after?.type === 'leafDirective' &&
    after.name === 'page-break'
  )
}

/** Keep `nodes[index]` and the block after it on one page, where the two fit on one. */
function keepPair(nodes: readonly RootContent[], index: number, box: Box, ctx: Ctx): void {
  const measure = (node: RootContent): number => ctx.measure(node, box.width, (ruler, b) => render(node, ruler, b))
  const run = nodes[index]!
  const next = nodes[index + 1]!
  const height = measure(run) + Math.max(styles.keep.after, spaceBefore(next)) + measure(next)
  if (height <= ctx.pageHeight) ctx.keep(height, styles.keep.before)
}

/**
 * A paragraph right below a heading that introduces a run of kept blocks (the handout's
 * "For each claim, fill in the blanks…" above C1): the heading and it once ended a page,
 * the first block starting the next. Part of the chain, so the three move together.
 */
function introduces(node: RootContent, before: RootContent, after: RootContent): boolean {
  return node.type === 'paragraph' && before.type === 'heading' && after.type === 'containerDirective' && after.name === 'keep'
}

/** A callout, which after a heading opens its section: kept with what follows there. */
function opens(node: RootContent): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === 'callout'
}

function leadStyle(lead: RootContent): Spacing {
  return lead.type === 'heading' ? headingStyle(lead) : lead.type === 'paragraph' ? styles.paragraph : opens(lead) ? styles.callout : styles.keep
}

/** The space a block asks for above it. */
function spaceBefore(node: RootContent): number {
  switch (node.type) {
    case 'heading':
      return headingStyle(node).before
    case 'list':
      return styles.list.before
    case 'blockquote':
      return styles.blockquote.before
    case 'code':
      return styles.code.before
    case 'containerDirective':
      return node.name === 'question' ? styles.question.before : node.name === 'callout' ? styles.callout.before : node.name === 'table' ? styles.table.before : 0
    default:
      return 0
  }
}

function headingStyle(node: Heading): BlockStyle {
  return styles.heading[Math.min(node.depth, 4) as 1 | 2 | 3 | 4]
}

const heading: Render<Heading> = (node, ctx, box) => {
  const style = headingStyle(node)
  ctx.start(style.before)
  // Headings break between words; only a word wider than the line is hyphenated.
  const layout = layoutText(node, node.children, style.text, box.width, false, ctx.hyphenate, false)
  ctx.group(`H${node.depth}`, () => {
    // A heading's lines stay together.
    ctx.fit(layout.lineHeight * layout.lines.length)
    ctx.bookmark(node.depth, toString(node))
    drawText(ctx, layout, box)
  })
  if (node.depth === 1) {
    const rule = styles.titleRule
    ctx.y += rule.gap
    horizontalRule(ctx, box, ctx.y, rule)
  }
  ctx.end(style.after)
}

const paragraph: Render<Paragraph> = (node, ctx, box) => {
  const style = styles.paragraph
  ctx.start(style.before)
  const layout = layoutText(node, node.children, ctx.body, box.width, false, ctx.hyphenate)
  ctx.group('P', () => drawText(ctx, layout, box))
  ctx.end(style.after)
}

const list: Render<List> = (node, ctx, box) => {
  const style = styles.list
  const body = ctx.body
  const first = node.start ?? 1
  // Ordered labels are right-aligned; widen the gutter if "10." needs it.
  const labelWidth = node.ordered ? textWidth(`${first + node.children.length - 1}.`, body.font, body.size) : 0
  const indent = Math.max(style.indent, labelWidth + style.labelGap)
  const inner = { x: box.x + indent, width: box.width - indent }
  const { lineHeight, baseline } = lineMetrics(body)
  ctx.start(style.before)
  ctx.lists++
  const numbersAt = ctx.numbersAt
  ctx.numbersAt ??= box.x
  ctx.group('L', () => {
    node.children.forEach((item: ListItem, index) => {
      ctx.start(0)
      ctx.fit(lineHeight)
      // The label goes where the item's first line will be: over the page if that line would be an orphan.
      const lead = item.children[0]
      if (lead?.type === 'paragraph' && !ctx.atTop && startsOnNextPage(ctx, layoutText(lead, lead.children, ctx.body, inner.width, false, ctx.hyphenate))) ctx.newPage()
      const y = ctx.y + baseline
      ctx.group('LI', () => {
        ctx.group('Lbl', () => {
          if (node.ordered) {
            const label = `${first + index}.`
            ctx.mark()
            ctx.text(label, inner.x - style.labelGap - textWidth(label, body.font, body.size), y, body.font, body.size, body.color)
          } else {
            bullet(ctx, box.x + indent / 2 - style.labelGap / 2, y - body.size * 0.3, body.color)
          }
        })
        ctx.group('LBody', () => {
          for (const child of item.children) {
            ctx.flow([child], inner, ctx)
            // A tight list (no blank lines between items) is set tight, as in HTML.
            if (!node.spread) ctx.owe(style.itemGap)
          }
        })
      })
    })
  })
  ctx.lists--
  ctx.numbersAt = numbersAt
  ctx.end(style.after)
}

// A vector dot rather than a "•" glyph: the PDF's text then matches the HTML's,
// where the bullet is a list marker and not part of the text.
function bullet(ctx: Ctx, x: number, y: number, color: string): void {
  const r = styles.list.bulletRadius
  const hollow = ctx.lists % 2 === 0
  ctx.paint((doc) => {
    doc.circle(x, y, hollow ? r - 0.3 : r)
    if (hollow) doc.lineWidth(0.6).stroke(color)
    else doc.fill(color)
  })
}

const blockquote: Render<Blockquote> = (node, ctx, box) => {
  const style = styles.blockquote
  ctx.start(style.before)
  let top = ctx.y
  // The rule is drawn after the text it runs beside, one piece per page.
  const rule = (from: number, to: number): void =>
    ctx.artifact((doc) => {
      doc.rect(box.x, from, style.rule.width, to - from).fill(style.rule.color)
    })
  const stop = ctx.onPageBreak((end, next) => {
    rule(top, end)
    top = next
  })
  const outer = ctx.body
  const numbersAt = ctx.numbersAt
  ctx.body = style.text
  ctx.numbersAt ??= box.x
  ctx.group('BlockQuote', () => ctx.flow(node.children, { x: box.x + style.indent, width: box.width - style.indent }, ctx))
  ctx.body = outer
  ctx.numbersAt = numbersAt
  stop()
  rule(top, ctx.y)
  ctx.end(style.after)
}

const thematicBreak: Render = (_node, ctx, box) => {
  const style = styles.thematicBreak
  ctx.start(style.before)
  horizontalRule(ctx, box, ctx.y + style.width / 2, style)
  ctx.end(style.after)
}

/** A rule across the box at `y`, as an artifact (decoration, not content); moves the cursor past it. */
function horizontalRule(ctx: Ctx, box: Box, y: number, rule: { width: number; color: string }): void {
  ctx.artifact((doc) => {
    doc.moveTo(box.x, y).lineTo(box.x + box.width, y).lineWidth(rule.width).strokeColor(rule.color).stroke()
  })
  ctx.y += rule.width
}

const code: Render<Code> = (node, ctx, box) => {
  const style = styles.code
  const look = { ...style, radius: 2, border: 0, borderColor: style.fill, padding: { x: style.padding, y: style.padding } }
  panel(ctx, node, box, look, 'Code', code, (inner) => {
    // Tabs have no glyph worth drawing; four spaces is what most viewers show.
    const text = [{ type: 'text' as const, value: node.value.replace(/\t/g, '    ') }]
    const layout = layoutText(node, text, style.text, inner.width, true)
    drawText(ctx, layout, inner)
  })
}

const renderers: Partial<Record<RootContent['type'], Render<never>>> = {
  heading,
  paragraph,
  list,
  blockquote,
  thematicBreak,
  code,
  containerDirective: directive,
  leafDirective: directive,
  // Link reference definitions print nothing, in HTML or here.
  definition: () => {}
}
