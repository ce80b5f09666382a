// Phrasing content: mdast inline nodes → styled runs → lines → drawn text.
//
// We break lines ourselves instead of using pdfkit's LineWrapper so that
// measuring a block is exact and cheap: widths come from the same fontkit faces
// and chunking pdfkit draws with (see fonts.ts `advance`), and a node's lines are
// computed once and reused when it is drawn after being measured.
import type { Node, PhrasingContent } from 'mdast'
import type { Hyphenate } from '../hyphenate.js'
import type { TextDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import { advance, font, type FontName } from './fonts.js'
import type { Box, Ctx, Tag } from './context.js'
import { styles, type TextStyle } from './styles.js'

/** A stretch of text in one face, size and colour. */
export interface Run {
  readonly text: string
  /** A hard line break (Markdown's trailing backslash or two spaces); `text` is empty. */
  readonly lineBreak?: true
  readonly face: FontName
  readonly size: number
  readonly color: string
  /** The link node the run belongs to, if any, and its URL when it may be followed. */
  readonly link: { readonly node: Node; readonly url: string | null } | null
  /** A tint drawn behind the text (a highlight), if any. */
  readonly highlight?: string
  /** Drawn in the left margin beside the first line, outside the text's width (a paragraph's number). */
  readonly hang?: true
  /** Never hyphenated (a person's name, a word bank's word): broken at its spaces only (anywhere only if a word is wider than the line). */
  readonly whole?: true
}

interface Segment {
  readonly text: string
  readonly run: Run
  readonly x: number
  /** Width of the visible text (a line-ending space is drawn but not counted). */
  readonly width: number
}

/** Lines ready to draw; `baseline` is measured from each line's top. */
export interface TextLayout {
  readonly lines: ReadonlyArray<readonly Segment[]>
  readonly lineHeight: number
  readonly baseline: number
  /** What hangs in the margin beside the first line (a paragraph's number), if anything. */
  readonly hang?: Run
}

// Only these schemes become clickable: a class pack is opened by students, and
// `javascript:` or `file:` links have no business in it.
const FOLLOW = /^(?:https?:|mailto:)/i

const BOLD: Record<FontName, FontName> = {
  regular: 'bold', bold: 'bold', oblique: 'boldOblique', boldOblique: 'boldOblique', mono: 'monoBold', monoBold: 'monoBold'
}
const OBLIQUE: Record<FontName, FontName> = {
  regular: 'oblique', bold: 'boldOblique', oblique: 'oblique', boldOblique: 'boldOblique', mono: 'mono', monoBold: 'monoBold'
}
const MONO: Record<FontName, FontName> = {
  regular: 'mono', bold: 'monoBold', oblique: 'mono', boldOblique: 'monoBold', mono: 'mono', monoBold: 'monoBold'
}

/** Flatten phrasing nodes into runs styled from `base`. */
export function toRuns(nodes: readonly PhrasingContent[], base: TextStyle): Run[] {
  const runs: Run[] = []
  collect(nodes, base.font, base, null, runs, undefined)
  return runs
}

function collect(nodes: readonly PhrasingContent[], face: FontName, base: TextStyle, link: Run['link'], runs: Run[], highlight: string | undefined): void {
  const color = link === null ? base.color : styles.inline.link.color
  const tint = highlight === undefined ? {} : { highlight }
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        runs.push({ text: node.value, face, size: base.size, color, link, ...tint })
        break
      case 'emphasis':
        collect(node.children, OBLIQUE[face], base, link, runs, highlight)
        break
      case 'strong':
        collect(node.children, BOLD[face], base, link, runs, highlight)
        break
      case 'inlineCode':
        runs.push({ text: node.value, face: MONO[face], size: base.size * styles.inline.code.scale, color, link, ...tint })
        break
      case 'break':
        runs.push({ text: '', lineBreak: true, face, size: base.size, color, link })
        break
      case 'link':
        collect(node.children, face, base, { node, url: FOLLOW.test(node.url) ? node.url : null }, runs, highlight)
        break
      case 'linkReference':
        // Resolving definitions is the HTML backend's business too; the words are what matter.
        collect(node.children, face, base, link, runs, highlight)
        break
      case 'image':
      case 'imageReference':
        // The PDF has no images; the alt text keeps the words the HTML carries.
        if (node.alt) runs.push({ text: node.alt, face, size: base.size, color, link, ...tint })
        break
      case 'textDirective':
        textDirective(node, face, base, link, runs)
        break
      default:
        throw new TypeError(`Unexpected node type \`${node.type}\` in PDF inline content`)
    }
  }
}

/** The text directives of src/render/markdown.ts: a paragraph's number, a claim's label, marked words. */
function textDirective(node: TextDirective, face: FontName, base: TextStyle, link: Run['link'], runs: Run[]): void {
  const look = styles.highlight
  switch (node.name) {
    case 'pn': {
      const style = styles.paragraphNumber.text
      runs.push({ text: toString(node), face: style.font, size: style.size, color: style.color, link: null, hang: true })
      return
    }
    case 'claim':
      collect(node.children, BOLD[face], { ...base, color: look.label.color }, link, runs, look.label.fill)
      return
    case 'highlight':
      collect(node.children, face, base, link, runs, look.fill)
      return
    case 'name':
    case 'word': {
      // A name, or a word bank's word a student copies into a gap: a hyphen the
      // line breaker added would read as part of it ("Vermut-|lich").
      const own: Run[] = []
      collect(node.children, face, base, link, own, undefined)
      for (const run of own) runs.push({ ...run, whole: true })
      return
    }
    default:
      throw new TypeError(`Unexpected text directive \`${node.name}\` in PDF inline content, expected \`pn\`, \`claim\`, \`highlight\`, \`name\` or \`word\``)
  }
}

const layouts = new WeakMap<Node, { width: number; base: TextStyle; hyphenate: Hyphenate | null; gaps: boolean; layout: TextLayout }>()

/**
 * Lines of `node`'s phrasing `children` in `base` style, `width` wide; cached per node.
 * @param preserve keep spaces and newlines as written (code blocks).
 * @param hyphenate the document language's hyphenation, or null to break between words only.
 * @param gaps hyphenate at a line's end against a gap (body text); else only words wider than a line (headings).
 */
export function layoutText(node: Node, children: readonly PhrasingContent[], base: TextStyle, width: number, preserve = false, hyphenate: Hyphenate | null = null, gaps = true): TextLayout {
  const cached = layouts.get(node)
  if (cached !== undefined && cached.width === width && cached.base === base && cached.hyphenate === hyphenate && cached.gaps === gaps) return cached.layout
  const layout = breakLines(toRuns(children, base), base, width, preserve, hyphenate, gaps)
  layouts.set(node, { width, base, hyphenate, gaps, layout })
  return layout
}

/**
 * A line ends in a hyphenated word only where the word would leave at least this share of
 * the line empty: ragged-right text needs hyphens only against gaps a reader would notice.
 */
const HYPHENATE_GAP = 0.15

/** A word's pieces after its own hyphens only: where a name may break. */
const ownHyphens: Hyphenate = (word) => word.split(/(?<=-)(?=.)/)

/** Text in Latin script alone (and spaces): every character has an advance, and none changes an earlier one's shape or width much. */
const LATIN = /^[\u0020-\u024F]*$/

/** Words that are addresses, not prose (URLs, mail addresses, paths, ids): a hyphen added there would change them. */
const NOT_PROSE = /[/@_\\:]|\d/

/**
 * Break `runs` into lines at most `width` wide, at spaces; with `hyphenate`, a long word of
 * prose is also broken at its hyphenation points (at a line's end where it would leave a gap,
 * when `gaps`, and wherever it is wider than a line); what is still too wide is broken anywhere.
 */
export function breakLines(runs: readonly Run[], base: TextStyle, width: number, preserve = false, hyphenate: Hyphenate | null = null, gaps = true): TextLayout {
  const lines: Segment[][] = []
  let line: Segment[] = []
  let x = 0
  // The word being assembled: it may span runs ("**1.** Why") and is only
  // broken between words, after a space, as HTML does.
  let word: Array<{ text: string; run: Run; width: number; ink: number }> = []
  let wordInk = 0

  const push = (text: string, run: Run, w: number): void => {
    const last = line[line.length - 1]
    if (last !== undefined && last.run === run) {
      line[line.length - 1] = { text: last.text + text, run, x: last.x, width: last.width + w }
    } else {
      line.push({ text, run, x, width: w })
    }
    x += w
  }
  const endLine = (): void => {
    const last = line[line.length - 1]
    if (last !== undefined && !preserve) {
      // The space a line was broken at stays in the text, so text extraction
      // and screen readers get "European peacekeepers", not "Europeanpeacekeepers";
      // it is invisible, but must not be underlined, so the width excludes it.
      const ink = last.text.replace(/[ \t]+$/, '')
      if (ink !== last.text) line[line.length - 1] = { ...last, width: ink === '' ? 0 : widthOf(ink, last.run) }
    }
    lines.push(line)
    line = []
    x = 0
  }
  const placeWord = (): void => {
    if (line.length > 0 && x + wordInk > width && !(hyphenate && gaps && word.length === 1 && hyphenateEnd(word[0]!))) endLine()
    for (const piece of word) {
      // Only a word wider than a whole line gets here with x > 0 and no room. A piece that
      // fits a line goes to the next whole; one wider than any line is broken here, where it
      // is glued on ("· ID: 4F1E…" with the id's start, as a browser breaks it), not moved
      // to a line of its own led by the no-break space that glued it.
      if (line.length > 0 && x + piece.ink > width && piece.ink <= width) endLine()
      if (line.length === 0 && !preserve && piece.ink === 0) continue
      if (x + piece.ink > width) splitPiece(piece.text, piece.run)
      else push(piece.text, piece.run, piece.width)
    }
    word = []
    wordInk = 0
  }
  // Put as much of a one-piece word at the end of the line as fits with a hyphen, when the
  // gap it would leave is worth it; the rest becomes the word. False when nothing fits.
  const hyphenateEnd = (piece: (typeof word)[number]): boolean => {
    const free = width - x
    if (free < width * HYPHENATE_GAP) return false
    const core = piece.text.replace(/[ \t]+$/, '')
    if (piece.run.whole || NOT_PROSE.test(core)) return false
    // A compound with its own hyphen breaks there ("Müller-|Lüdenscheidt", not "Müller-Lü-|denscheidt"), as Duden asks.
    const parts = /\p{L}-\p{L}/u.test(core) ? ownHyphens(core) : hyphenate!(core)
    for (let k = parts.length - 1; k > 0; k--) {
      const head = withHyphen(parts.slice(0, k))
      const w = measure(head, piece.run)
      if (w > free) continue
      push(head, piece.run, w)
      endLine()
      const rest = parts.slice(k).join('') + piece.text.slice(core.length)
      const restWidth = measure(rest, piece.run)
      const ink = restWidth - (piece.text.length - core.length) * measure(' ', piece.run)
      word = [{ text: rest, run: piece.run, width: restWidth, ink }]
      wordInk = ink
      return true
    }
    return false
  }
  const splitPiece = (text: string, run: Run): void => {
    // A word wider than a whole line: at its hyphenation points first, as far as they go;
    // a name only at its own hyphens ("Hohenzollern-|Sigmaringen"), in any language.
    // An address (a URL) breaks where a browser breaks it, after a slash or a hyphen of its
    // own, with no hyphen added ("…/harlow-vale-|catchment-…", not "…/harlow-vale-ca|tchment-…"),
    // where that leaves at least half of the line's room filled; past that, anywhere.
    const address = !run.whole && NOT_PROSE.test(text)
    const points: Hyphenate | null = run.whole ? ownHyphens : address ? addressBreaks : hyphenate ? hyphenate : null
    const head = address ? (parts: readonly string[]): string => parts.join('') : withHyphen
    if (points) {
      const trailing = text.slice(text.replace(/[ \t]+$/, '').length)
      let parts = [...points(text.slice(0, text.length - trailing.length))]
      // Once what is left fits the line whole, it goes there whole: "Verkehrsministe-|rium",
      // not "Verkehrsministe-|ri-|um" with a needless break on a line of its own.
      while (parts.length > 1 && x + measure(parts.join(''), run) > width) {
        let k = parts.length - 1
        while (k > 0 && x + measure(head(parts.slice(0, k)), run) > width) k--
        if (k === 0 || (address && measure(head(parts.slice(0, k)), run) < (width - x) / 2)) break
        const start = head(parts.slice(0, k))
        push(start, run, measure(start, run))
        endLine()
        parts = parts.slice(k)
      }
      text = parts.join('') + trailing
      if (x + measure(text, run) - trailing.length * measure(' ', run) <= width) {
        push(text, run, measure(text, run))
        return
      }
    }
    // Each line's part is measured whole, as it is drawn: kerning between its letters
    // (DejaVu Sans sets "AA" wider than two "A"s) makes it other than the sum of them.
    // A space at the end stays on the line, where it takes no room (see endLine), except in code.
    let chunk = ''
    let chunkWidth = 0
    const chars = [...text]
    // Latin text grows wider with every letter added (no letter's kerning takes back its
    // advance), so the longest beginning that fits is found by halving, not by measuring
    // every beginning: a URL of 150 letters was 150 shapings of up to 150 letters each.
    const growing = LATIN.test(text)
    // Where the run of letters at k ends (the next space): found once per run, not per line.
    let end = -1
    for (let k = 0; k < chars.length; k++) {
      const char = chars[k]!
      if (growing && chunk !== '' && !/[ \t]/.test(char)) {
        // The letters up to the next space: how many more fit on this line.
        if (end < k) {
          end = k
          while (end < chars.length && !/[ \t]/.test(chars[end]!)) end++
        }
        // Bounded by doubling first, so each probe is about a line long: halving over all
        // the letters left measured 10,000-letter strings for every line of a 10,000-letter
        // word (11 s and 270 MB for one such word; 100,000 letters did not finish).
        let fits = 0
        let over = 1
        while (over <= end - k && x + measure(chunk + chars.slice(k, k + over).join(''), run) <= width) {
          fits = over
          over *= 2
        }
        over = Math.min(over, end - k + 1)
        while (over - fits > 1) {
          const mid = (fits + over) >> 1
          if (x + measure(chunk + chars.slice(k, k + mid).join(''), run) > width) over = mid
          else fits = mid
        }
        if (fits > 0) {
          chunk += chars.slice(k, k + fits).join('')
          chunkWidth = measure(chunk, run)
          k += fits - 1
          continue
        }
      }
      const longer = chunk + char
      const w = measure(longer, run)
      // Not even one letter fits after what the line holds: the rest starts the next line.
      if (chunk === '' && x > 0 && x + w > width) endLine()
      if (chunk !== '' && x + w > width && (preserve || !/[ \t]/.test(char))) {
        push(chunk, run, chunkWidth)
        endLine()
        chunk = char
        chunkWidth = measure(char, run)
      } else {
        chunk = longer
        chunkWidth = w
      }
    }
    if (chunk !== '') push(chunk, run, chunkWidth)
  }
  const addPiece = (text: string, run: Run): void => {
    const w = measure(text, run)
    const trailing = text.length - text.replace(/[ \t]+$/, '').length
    const ink = trailing === text.length ? 0 : w - trailing * measure(' ', run)
    // Earlier pieces of a word end without a space, so their ink is their width.
    wordInk += ink
    word.push({ text, run, width: w, ink })
    if (trailing > 0) placeWord()
  }

  // What hangs in the margin takes no room in the lines.
  const hang = runs.find((run) => run.hang)
  if (hang !== undefined) runs = runs.filter((run) => !run.hang)
  const last = runs.length - 1
  runs.forEach((run, index) => {
    if (run.lineBreak) {
      placeWord()
      endLine()
      return
    }
    let text = run.text
    if (!preserve) {
      // Source newlines inside a paragraph are spaces, as in HTML.
      text = text.replace(/[ \t\r\n]+/g, ' ')
      if (index === 0) text = text.trimStart()
      if (index === last) text = text.trimEnd()
    }
    const hardLines = preserve ? text.split('\n') : [text]
    hardLines.forEach((hard, i) => {
      if (i > 0) {
        placeWord()
        endLine()
      }
      for (const piece of hard.split(BREAK)) if (piece !== '') addPiece(piece, run)
    })
  })
  placeWord()
  if (line.length > 0 || lines.length === 0) endLine()

  return { lines, ...lineMetrics(base), ...(hang === undefined ? {} : { hang }) }
}

/** An address's pieces: each ends after a slash or a hyphen that a letter or digit follows (not inside "//"), where UAX #14 and so a browser break a URL. */
const addressBreaks: Hyphenate = (word) => word.split(/(?<=[/-])(?=[\p{L}\p{N}])/u)

/** The pieces of a word up to a break, with the hyphen the break needs (none after a hyphen of the word's own). */
function withHyphen(pieces: readonly string[]): string {
  const head = pieces.join('')
  return /[-\u2010\u2011\u2013]$/.test(head) ? head : `${head}-`
}

/** Height of a line of `style` text and its baseline below the line's top (glyphs centred in the line). */
export function lineMetrics(style: TextStyle): { lineHeight: number; baseline: number } {
  const regular = font('regular')
  const ascent = (regular.ascent / regular.unitsPerEm) * style.size
  const descent = (-regular.descent / regular.unitsPerEm) * style.size
  const lineHeight = style.size * style.leading
  return { lineHeight, baseline: (lineHeight - ascent - descent) / 2 + ascent }
}

// Where a line may break: after a space or tab, but not between a number and its unit or
// sign ("53 %", "12 €", "1,5 km", "10 Uhr") nor inside a date ("3. März 2025", "14 March"),
// which German typesetting keeps together and a reader stumbles over when parted: the
// article's own ordinary space is kept, and only the break it offered is not taken.
const MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December'
const UNITS = '%|‰|€|\\$|£|¥|°C|°F|°|km|m|cm|mm|kg|g|t|l|ml|h|min|s|ha|Uhr|Prozent|Euro|Cent|Mio\\.|Mrd\\.|Millionen|Milliarden|million|billion|percent|per cent'
const BREAK = new RegExp(`(?<=[ \\t])(?!(?<=\\p{N}[ \\t])(?:${UNITS})(?![\\p{L}\\p{N}])|(?<=\\p{N}\\.?[ \\t])(?:${MONTHS})(?!\\p{L})|(?<=(?:${MONTHS})[ \\t])\\p{N}{4}(?!\\p{N}))`, 'u')

/** Width of `text` drawn in `face` at `size`. */
export function textWidth(text: string, face: FontName, size: number): number {
  let total = 0
  for (const piece of text.split(/(?<=[ \t])/)) total += (advance(face, piece) * size) / 1000
  return total
}

function measure(text: string, run: Run): number {
  return (advance(run.face, text) * run.size) / 1000
}

function widthOf(text: string, run: Run): number {
  return textWidth(text, run.face, run.size)
}

/**
 * Where `count` lines `lineHeight` tall, drawn from the cursor, turn the page: the
 * indices of the lines that start a page. No page holds a single line of them: a
 * first line alone at the foot of a page (an orphan) goes over with the rest, and
 * a last line alone at the head of one (a widow) takes the line before it along.
 */
export function pageBreaks(ctx: Ctx, count: number, lineHeight: number): number[] {
  const first = ctx.linesLeft(lineHeight)
  if (ctx.measuring || count <= first) return []
  const page = Math.max(2, ctx.linesPerPage(lineHeight))
  const plan = (lead: number): number[] => {
    const sizes = [lead]
    let rest = count - lead
    while (rest > page) {
      sizes.push(page)
      rest -= page
    }
    sizes.push(rest)
    return sizes
  }
  let sizes = plan(first < 2 ? 0 : first)
  if (sizes.length > 1 && sizes.at(-1) === 1) {
    const before = sizes.length - 2
    if (sizes[before]! > 2) {
      sizes[before]!--
      sizes[before + 1] = 2
    } else {
      // Only the first page can be this short: the block starts on the next page.
      sizes = plan(0)
    }
  }
  const breaks: number[] = []
  let at = 0
  for (const size of sizes.slice(0, -1)) {
    at += size
    if (at === 0 && ctx.atTop) continue
    breaks.push(at)
  }
  return breaks
}

/** Whether drawing `layout` from the cursor would start by turning the page (its first line would be an orphan). */
export function startsOnNextPage(ctx: Ctx, layout: TextLayout): boolean {
  return pageBreaks(ctx, layout.lines.length, layout.lineHeight)[0] === 0
}

/** Lay `text` out on one line in `style`, as body text is (the same runs, faces and widths); returns the line and its width. */
export function layoutLine(text: string, style: TextStyle): { layout: TextLayout; width: number } {
  const layout = breakLines(toRuns([{ type: 'text', value: text }], style), style, Infinity)
  const line = layout.lines[0] ?? []
  const last = line.at(-1)
  return { layout, width: last === undefined ? 0 : last.x + last.width }
}

/** Draw a line laid out by `layoutLine` with its left end at `x`, as untagged page furniture (call inside `ctx.artifact`). */
export function drawLine(ctx: Ctx, layout: TextLayout, x: number, baseline: number): void {
  for (const segment of layout.lines[0] ?? []) {
    ctx.text(segment.text, x + segment.x, baseline, segment.run.face, segment.run.size, segment.run.color)
  }
}

/**
 * Draw `layout` in `box` from the cursor down, turning pages between lines (never
 * leaving one line of it alone on a page: see pageBreaks). Text is tagged to the
 * current structure element; links get their own `Link` element and, for
 * followable URLs, a link annotation.
 */
export function drawText(ctx: Ctx, layout: TextLayout, box: Box): void {
  const { lineHeight, baseline } = layout
  if (ctx.measuring) {
    ctx.y += layout.lines.length * lineHeight
    return
  }
  const breaks = pageBreaks(ctx, layout.lines.length, lineHeight)
  let links: Map<Node, Tag | null> | undefined
  for (const [index, line] of layout.lines.entries()) {
    if (breaks.includes(index)) ctx.newPage()
    else ctx.fit(lineHeight)
    const top = ctx.y
    // Beside the first line wherever it lands, so a number never strays from its paragraph;
    // drawn first, it is read first ("¶3 Perhaps …"); the space keeps the two apart in the text.
    if (index === 0 && layout.hang !== undefined) {
      const { text, face, size, color } = layout.hang
      ctx.mark()
      ctx.text(`${text} `, (ctx.numbersAt ?? box.x) - styles.paragraphNumber.gap - textWidth(text, face, size), top + baseline, face, size, color)
    }
    for (const segment of line) {
      const { run } = segment
      if (run.highlight !== undefined && segment.width > 0) highlight(ctx, box.x + segment.x, top + baseline, segment.width, run)
      let tag: Tag | null | undefined
      if (run.link !== null && run.link.url !== null) {
        links ??= new Map()
        tag = links.get(run.link.node)
        if (tag === undefined) links.set(run.link.node, (tag = ctx.child('Link')))
      }
      ctx.mark(tag)
      const x = box.x + segment.x
      ctx.text(segment.text, x, top + baseline, run.face, run.size, run.color)
      if (run.link === null) continue
      const y = top + baseline + styles.inline.link.underlineOffset
      ctx.paint((doc) => {
        doc.moveTo(x, y).lineTo(x + segment.width, y)
        doc.lineWidth(styles.inline.link.underlineWidth).strokeColor(run.color).stroke()
      }, tag)
      if (tag != null && run.link.url !== null) {
        // pdfkit's typings lack `structParent`, which ties the annotation to its Link element.
        const options = { structParent: tag.elem } as PDFKit.Mixins.AnnotationOption
        ctx.doc!.link(x, top, segment.width, lineHeight, run.link.url, options)
      }
    }
    ctx.y += lineHeight
  }
  ctx.close()
}

/** A tint behind `width` of text at `x` on `baseline`, as decoration (the words stay the content). */
function highlight(ctx: Ctx, x: number, baseline: number, width: number, run: Run): void {
  const { pad } = styles.highlight
  const regular = font('regular')
  const ascent = (regular.ascent / regular.unitsPerEm) * run.size
  const descent = (-regular.descent / regular.unitsPerEm) * run.size
  ctx.artifact((doc) => {
    doc.rect(x - pad, baseline - ascent, width + 2 * pad, ascent + descent).fill(run.highlight!)
  })
}
