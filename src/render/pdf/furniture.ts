// Page furniture: the running header that says what a page is (the document, who it is
// for, a teacher document's mark) and the "Page N of M" footer. Drawn after layout, as
// pagination artifacts, through the same runs and faces as body text (inline.ts), so
// whatever body text can draw (a name in any script) the header draws too.
import type { CarriedLabel, Ctx } from './context.js'
import { drawLine, layoutLine, lineMetrics, type TextLayout } from './inline.js'
import { styles, type TextStyle } from './styles.js'

/** What the running header of a page says. */
export interface RunningHeader {
  /** The document and the module's title; shortened with an ellipsis when space runs out, after its last word that fits. */
  title: string
  /** Who or what the copy is for ("Version B", a student's name); never shortened. */
  who?: string | null
  /** A teacher document's mark ("Answer key — teacher edition"); never shortened. */
  mark?: string | null
}

interface Placed {
  layout: TextLayout
  width: number
  x: number
}

/**
 * Draw `header` across the top of the current page, between `left` and `right`: the
 * title from the left, the mark and who it is for at the right. When the line is too
 * narrow the title gives way first, shortened down to its first few words (what the page
 * is: "Quiz: A US…"); a name that leaves less room than that is set smaller rather than
 * cut, down to a floor, and only past that shortened with an ellipsis.
 */
export function drawHeader(ctx: Ctx, header: RunningHeader, left: number, right: number): void {
  const page = styles.page
  const width = right - left
  const gap = page.headerGap
  const mark = header.mark ? layoutLine(header.mark, page.mark.text) : null
  const markWidth = mark === null ? 0 : mark.width + 2 * page.mark.padding
  let whoStyle: TextStyle = page.who
  let who = header.who ? layoutLine(header.who, whoStyle) : null
  const fixed = (): number => (who?.width ?? 0) + markWidth + (who !== null && mark !== null ? gap : 0)
  // The title's first letters always stay: a page of a student's quiz with a very long name
  // once said only the name, not that it was a quiz or of what.
  const least = leastTitle(header.title)
  const titleRoom = least === '' ? 0 : layoutLine(least, page.header).width + gap
  const room = width - markWidth - (mark ? gap : 0) - titleRoom
  if (who !== null && who.width > room) {
    // Set the name smaller, in proportion, down to a floor.
    const size = Math.max(page.minWho, (whoStyle.size * room) / who.width)
    whoStyle = { ...whoStyle, size }
    who = layoutLine(header.who!, whoStyle)
    // Past the floor it would run off the paper, losing letters at both edges: shortened with
    // an ellipsis instead (a name that long is whole in the quiz's own Name line). What follows
    // its last ` · ` (the version: "… · Version B", which sorts the papers) stays whole.
    if (who.width > room) {
      const cut = header.who!.lastIndexOf(' · ')
      const tail = cut > 0 ? layoutLine(header.who!.slice(cut), whoStyle) : null
      const head = tail === null ? null : clippedText(header.who!.slice(0, cut), whoStyle, room - tail.width)
      who = head !== null ? layoutLine(`${head}${header.who!.slice(cut)}`, whoStyle) : (clipped(header.who!, whoStyle, room) ?? who)
    }
  }
  const title = clipped(header.title, page.header, width - fixed() - (fixed() > 0 ? gap : 0), true)
  const { baseline } = lineMetrics(page.header)
  const y = page.headerTop + baseline
  const parts: Placed[] = []
  let x = right
  if (who !== null) {
    x -= who.width
    parts.push({ ...who, x })
    x -= gap
  }
  if (mark !== null) {
    x -= markWidth
    const boxTop = page.headerTop - page.mark.padding + 1
    const boxHeight = lineMetrics(page.mark.text).lineHeight + 2 * page.mark.padding - 2
    const boxX = x
    ctx.doc?.roundedRect(boxX, boxTop, markWidth, boxHeight, page.mark.radius).lineWidth(page.mark.width).strokeColor(page.mark.border).stroke()
    parts.push({ ...mark, x: x + page.mark.padding })
  }
  if (title !== null) parts.push({ ...title, x: left })
  for (const part of parts) drawLine(ctx, part.layout, part.x, y)
  const ruleY = page.headerTop + lineMetrics(page.header).lineHeight + page.headerRule.gap
  ctx.doc?.moveTo(left, ruleY).lineTo(right, ruleY).lineWidth(page.headerRule.width).strokeColor(page.headerRule.color).stroke()
}

/** Draw `text` centred between `left` and `right` at `baseline`, in the header's small grey. */
export function drawCentred(ctx: Ctx, text: string, left: number, right: number, baseline: number): void {
  const line = layoutLine(text, styles.page.header)
  drawLine(ctx, line.layout, (left + right - line.width) / 2, baseline)
}

/**
 * The line that opens each later page of a block run over pages (Ctx.continuing): `heading`
 * and `continued` ("3. Which … (continued)") in the header's small grey, the heading
 * shortened at a word to leave `continued` whole on one line `width` wide from `left`.
 */
export function carriedLabel(ctx: Ctx, heading: string, continued: string, left: number, width: number): CarriedLabel {
  const style = styles.page.header
  const { lineHeight, baseline } = lineMetrics(style)
  return {
    height: lineHeight + styles.page.carriedGap,
    draw: (top) => {
      const tail = layoutLine(` ${continued}`, style)
      const head = clippedText(heading, style, width - tail.width, true)
      const line = layoutLine(head === null ? continued : `${head} ${continued}`, style)
      drawLine(ctx, line.layout, left, top + baseline)
    }
  }
}

/** How much of a title a header keeps at the least: its first TITLE_LEAST letters and an ellipsis, or all of a shorter one. */
function leastTitle(title: string): string {
  const chars = [...title]
  return chars.length <= TITLE_LEAST ? title : `${chars.slice(0, TITLE_LEAST).join('').trimEnd()}…`
}
const TITLE_LEAST = 12

/** `text` laid out in `style`, shortened with an ellipsis to fit `width` (`atWords`: see clippedText); null when not even a word and the ellipsis fit. */
function clipped(text: string, style: TextStyle, width: number, atWords = false): { layout: TextLayout; width: number } | null {
  const fits = clippedText(text, style, width, atWords)
  return fits === null ? null : layoutLine(fits, style)
}

/**
 * `text`, or its longest start that fits `width` in `style` with an ellipsis; null when fewer
 * than 8 letters would. `atWords`: the start ends with a whole word, the last that fits (a
 * title cut mid-word, "…Trinkbrunnen bra…", read as a typo), unless not even its first word
 * does; a name is cut anywhere, keeping as many of its letters as fit.
 */
function clippedText(text: string, style: TextStyle, width: number, atWords = false): string | null {
  if (text === '') return null
  if (layoutLine(text, style).width <= width) return text
  const chars = [...text]
  // The longest prefix that fits with its ellipsis, found by halving.
  let lo = 0
  let hi = chars.length - 1
  let best: string | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const shortened = `${chars.slice(0, mid).join('').trimEnd()}…`
    if (layoutLine(shortened, style).width <= width) {
      // A few letters and an ellipsis say nothing; then the title is left out.
      best = mid < 8 ? null : shortened
      lo = mid + 1
    } else hi = mid - 1
  }
  if (best === null || !atWords) return best
  // The first `hi` letters fit: back to the last space at or before the next one, so that
  // the start ends with a whole word (and without a separator: "Lösungsschlüssel…").
  let space = hi
  while (space > 0 && !/\s/u.test(chars[space]!)) space--
  const words = chars.slice(0, space).join('').replace(/[\s,;:·–—-]+$/u, '')
  return words === '' ? best : `${words}…`
}
