// The layout cursor every block renderer shares: where on the page we are, when
// to turn the page, and which structure element (for the tagged PDF) the next
// piece of content belongs to.
//
// The same renderers also measure: a context without a document draws nothing
// and never turns the page, so running a renderer on it yields the block's
// height. Keeping a question on one page thus uses the very code that draws it,
// and cannot drift from it. Line breaking is cached per node (see inline.ts), so
// measuring first and drawing second shapes each word once. A block is measured as
// it is drawn below other content, where the gaps above its first child count (a
// discussion question's heading has 18 pt above it there; at the top of a page, none).
import type { Node } from 'mdast'
import type { Hyphenate } from '../hyphenate.js'
import { documentFont, drawable, fontFile, mainAdvance, weightOf, type FontName } from './fonts.js'
import { fastText } from './emit.js'
import { registerParsedFont } from './internals.js'
import { documentFallbackFont, fallbackFile, type FallbackFace } from './fallback.js'
import { drawShaped } from './shaped.js'
import { visualSegment } from './visual.js'
import { styles, type TextStyle } from './styles.js'

type Doc = PDFKit.PDFDocument
type Elem = PDFKit.PDFStructureElement

/** A horizontal band of the page that a block is laid out in. */
export interface Box {
  readonly x: number
  readonly width: number
}

/** The line that opens each later page of a block run over pages (`Ctx.continuing`). */
export interface CarriedLabel {
  /** The height it takes, with the space below it. */
  height: number
  /** Draw it with its top at `top` (inside an artifact). */
  draw: (top: number) => void
}

/** Renders a sequence of block nodes into `box` (supplied by flow.ts). */
export type Flow = (nodes: readonly Node[], box: Box, ctx: Ctx) => void

/** A structure element and its type (pdfkit does not expose the type back). */
export interface Tag {
  readonly elem: Elem
  readonly type: string
}

/** Attributes of a structure element: a table header cell's scope. */
export interface StructOptions {
  readonly scope?: 'Row' | 'Column'
  /** A Figure's alternate text. */
  readonly alt?: string
}

interface Outline {
  addItem(title: string, options?: object): Outline
}

// `lineBreak: false`: inline.ts has already broken the lines; pdfkit must draw
// each segment as given. `baseline: 'alphabetic'`: y is the baseline, so faces
// and sizes mixed on one line share it.
const TEXT: PDFKit.Mixins.TextOptions = { lineBreak: false, baseline: 'alphabetic' }

const heights = new WeakMap<Node, { width: number; squeeze: number; gaps: number; height: number }>()

// Line-by-line checks allow this much (an invisible fraction of a point) past
// the bottom margin, so a block that `keep` measured as fitting is not split by
// floating-point rounding: y + (a + b) and (y + a) + b can differ.
const SLACK = 0.5

/** The layout cursor and tagging state of one document (or of a measurement). */
export class Ctx {
  /** Top of the next thing to draw, in pdfkit's top-down page coordinates. */
  y: number
  /** The text style paragraphs inherit here (a blockquote greys its text, as CSS would). */
  body: TextStyle = styles.body
  /** How deeply lists are nested here; bullets alternate filled and hollow. */
  lists = 0
  /**
   * The x a paragraph's number (`:pn`) hangs left of inside lists and block quotes: the edge
   * of the column they stand in, so every ¶ number keeps to one margin; null outside them,
   * where it hangs left of its paragraph's own box.
   */
  numbersAt: number | null = null
  /**
   * Draw through stock pdfkit and fontkit only: fonts given to pdfkit as their files,
   * text drawn by pdfkit's `text`. Otherwise fonts are views of shared parsed ones and text
   * goes through emit.ts's fast path (the same bytes).
   */
  stock = false
  /** The document's language (BCP 47): hyphenation and the map's metrics follow it. */
  lang = 'en'
  /** Hyphenation for the document's language, or null where lines break between words only. */
  hyphenate: Hyphenate | null = null
  /**
   * How much of the space between questions and between options to keep (1: all). A
   * quiz whose versions would take different numbers of pages is set tighter where that
   * evens them (pack/fit.ts).
   */
  squeeze = 1
  /**
   * How much of the space between blocks to keep (1: all). A document whose last page
   * would hold only a few lines is set tighter where that saves the page (document.ts).
   */
  gaps = 1
  /** Lay out and turn pages without drawing text: to count pages (document.ts `countPages`). */
  dry = false
  /** Whether "End of quiz" was left out for want of room (directives.ts): fit.ts sets such a version tighter where that keeps it. */
  endLeftOut = false
  /** Space owed below the previous block; collapses with the next block's `before`. */
  private pending = 0
  private parent: Tag | null
  private open: { tag: Tag; content: PDFKit.PDFStructureContent } | null = null
  private readonly breakListeners: Array<(endY: number, nextTop: number) => void> = []
  /**
   * While a block that may run over pages flows (a facilitator's question, an answer key
   * entry: `continuing`), the line each later page of it opens with, so that its last part
   * does not read as the start of the next one; `y` is where the block began and `turned`
   * whether a page of it has been turned.
   */
  private carried: (CarriedLabel & { y: number; turned: boolean }) | null = null
  /** Where content starts on this page: `top`, or below a carried block's label. */
  private pageStart: number
  /** The faces registered with the document: main faces by name, fallback faces by key. */
  private readonly fonts = new Set<string>()
  private fill = ''
  private outlines: Outline[] = []
  /** A ruler measures as if below other content: gaps never collapse at its top. */
  private midPage = false
  /** The gap the first `start` added: a measured block's own space above, which `keep` adds itself. */
  private firstGap: number | null = null

  /**
   * @param doc the document to draw on, or null to only measure.
   * @param top the y where content starts on every page.
   * @param bottom the y content must not pass.
   * @param root the structure element content is tagged under (null when measuring).
   * @param outline whether headings become bookmarks.
   * @param outlineDepth the deepest heading level that becomes a bookmark.
   */
  constructor(
    readonly doc: Doc | null,
    readonly top: number,
    readonly bottom: number,
    readonly flow: Flow,
    root: Tag | null,
    private readonly outline = false,
    private readonly outlineDepth = 3
  ) {
    this.y = top
    this.pageStart = top
    this.parent = root
  }

  get measuring(): boolean {
    return this.doc === null
  }

  get atTop(): boolean {
    return !this.midPage && this.y === this.pageStart
  }

  /** How far down the page content has come (0 at the top of a fresh page). */
  get used(): number {
    return this.atTop ? 0 : this.y - this.pageStart
  }

  /** Height of a full page's content area. */
  get pageHeight(): number {
    return this.bottom - this.top
  }

  // ---- vertical rhythm ---------------------------------------------------------

  /** Start a block: add the collapsed gap, except at the top of a page. */
  start(before: number): void {
    const gap = Math.max(this.pending, before)
    this.pending = 0
    if (this.atTop) return
    this.y += gap * this.gaps
    this.firstGap ??= gap * this.gaps
  }

  /** End a block, owing `after` to whatever comes next. */
  end(after: number): void {
    this.pending = Math.max(this.pending, after)
  }

  /** Replace the space owed (a box's padding absorbs its last child's gap). */
  owe(space: number): void {
    this.pending = space
  }

  /** The height left below the cursor on this page (a whole page's at its top). */
  get room(): number {
    return this.atTop ? this.bottom - this.pageStart : this.bottom - this.y
  }

  /** Turn the page if `height` (after the gap `before`) does not fit but would on a fresh page. */
  keep(height: number, before: number): void {
    if (this.measuring || this.atTop || height > this.pageHeight) return
    if (this.y + Math.max(this.pending, before) * this.gaps + height > this.bottom) this.newPage()
  }

  /** Turn the page unless `height` fits below the cursor; used line by line. */
  fit(height: number): void {
    if (!this.measuring && !this.atTop && this.y + height > this.bottom + SLACK) this.newPage()
  }

  /** Whether `height` fits below the cursor on this page. */
  fits(height: number): boolean {
    return this.y + height <= this.bottom + SLACK
  }

  /** How many lines `lineHeight` tall fit below the cursor on this page (a whole page's worth at its top). */
  linesLeft(lineHeight: number): number {
    return Math.floor((this.bottom + SLACK - (this.atTop ? this.pageStart : this.y)) / lineHeight)
  }

  /** How many lines `lineHeight` tall fit on a later page (below a carried block's label, while one flows). */
  linesPerPage(lineHeight: number): number {
    return Math.floor((this.pageHeight - (this.carried?.height ?? 0) + SLACK) / lineHeight)
  }

  /**
   * Height of `node` laid out `width` wide by `render`, as drawn below other content and
   * without its own space above (which `keep` adds): cached per node and width.
   */
  measure(node: Node, width: number, render: (ctx: Ctx, box: Box) => void): number {
    const cached = heights.get(node)
    if (cached !== undefined && cached.width === width && cached.squeeze === this.squeeze && cached.gaps === this.gaps) return cached.height
    const ruler = new Ctx(null, 0, Infinity, this.flow, null)
    ruler.midPage = true
    ruler.body = this.body
    ruler.lists = this.lists
    ruler.lang = this.lang
    ruler.hyphenate = this.hyphenate
    ruler.squeeze = this.squeeze
    ruler.gaps = this.gaps
    render(ruler, { x: 0, width })
    const height = ruler.y - (ruler.firstGap ?? 0)
    heights.set(node, { width, squeeze: this.squeeze, gaps: this.gaps, height })
    return height
  }

  /** Start a new page, carrying open tagged content and decorations across. */
  newPage(): void {
    const doc = this.doc
    if (doc === null) return
    const open = this.open?.tag
    this.close()
    // A carried block's label, once some of the block stands on the page being left (one
    // moved whole to the new page starts there, with its own heading).
    const carried = this.carried
    const labelled = carried !== null && (carried.turned || this.y > carried.y)
    const nextTop = this.top + (labelled ? carried.height : 0)
    for (const listener of this.breakListeners) listener(this.y, nextTop)
    doc.addPage()
    this.y = this.top
    if (carried !== null && labelled) {
      carried.turned = true
      this.artifact(() => carried.draw(this.top), 'Pagination')
    } else if (carried !== null) carried.y = nextTop
    this.y = this.pageStart = nextTop
    this.pending = 0
    this.fill = ''
    if (open !== undefined) this.mark(open)
  }

  /**
   * Run `body`, each page it turns opening with `label` ("Question 3 (continued)") above
   * the rest of the block, drawn as page furniture.
   */
  continuing(label: CarriedLabel, body: () => void): void {
    if (this.measuring) return body()
    const outer = this.carried
    this.carried = { ...label, y: this.y, turned: false }
    try {
      body()
    } finally {
      this.carried = outer
    }
  }

  /** Call `listener(endY, nextTop)` before each page turn until the returned function is called; `nextTop` is where content starts on the new page. */
  onPageBreak(listener: (endY: number, nextTop: number) => void): () => void {
    this.breakListeners.push(listener)
    return () => {
      this.breakListeners.splice(this.breakListeners.lastIndexOf(listener), 1)
    }
  }

  // ---- structure (tagged PDF) --------------------------------------------------

  /** Run `body` with a new structure element of `type` as the parent of its content (`options.alt`: a figure's alternate text). */
  group(type: string, body: () => void, options?: StructOptions): void {
    const tag = this.child(type, options)
    if (tag === null) return body()
    const outer = this.parent
    this.parent = tag
    body()
    this.close()
    this.parent = outer
    tag.elem.end()
  }

  /** A new structure element of `type` under the current one, or null when measuring. */
  child(type: string, options?: StructOptions): Tag | null {
    if (this.doc === null || this.parent === null) return null
    // Content still open belongs before the new element in reading order.
    this.close()
    const tag = { elem: options === undefined ? this.doc.struct(type) : this.doc.struct(type, options as object), type }
    this.parent.elem.add(tag.elem)
    return tag
  }

  /** Make the content drawn next belong to `tag` (default: the current element). */
  mark(tag: Tag | null = this.parent): void {
    if (this.doc === null || tag === null || this.open?.tag === tag) return
    this.close()
    this.open = { tag, content: this.doc.markStructureContent(tag.type) }
  }

  /** Close the open marked content and hand it to its element. */
  close(): void {
    if (this.open === null || this.doc === null) return
    this.doc.endMarkedContent()
    this.open.tag.elem.add(this.open.content)
    this.open = null
  }

  /** Draw decoration that assistive technology should skip (rules, tints, page furniture). */
  artifact(draw: (doc: Doc) => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    const doc = this.doc
    if (doc === null) return
    this.close()
    doc.markContent('Artifact', { type })
    doc.save()
    draw(doc)
    doc.restore()
    this.fill = ''
    doc.endMarkedContent()
  }

  /** Draw vector content (a bullet, an underline) as part of the current element. */
  paint(draw: (doc: Doc) => void, tag: Tag | null = this.parent): void {
    const doc = this.doc
    if (doc === null) return
    this.mark(tag)
    doc.save()
    draw(doc)
    doc.restore()
    this.fill = ''
  }

  /** Go back to page `index` (0-based) to draw on it, e.g. its running header. */
  switchToPage(index: number): void {
    this.close()
    this.doc?.switchToPage(index)
    this.fill = ''
  }

  /** Add a bookmark for a heading of `depth` on the current page. */
  bookmark(depth: number, title: string): void {
    if (this.doc === null || !this.outline || depth > this.outlineDepth) return
    let parent = this.doc.outline as unknown as Outline
    for (let d = depth - 2; d >= 0; d--) {
      const outer = this.outlines[d]
      if (outer !== undefined) {
        parent = outer
        break
      }
    }
    // Default options give a whole-page ("Fit") destination; `expanded` opens
    // the top level so a short pack shows all its parts at once.
    const item = parent.addItem(title, depth === 1 ? { fit: true, expanded: true } : undefined)
    this.outlines.length = depth - 1
    this.outlines[depth - 1] = item
  }

  // ---- drawing -----------------------------------------------------------------

  /**
   * Draw `text` with its baseline at `baseline`, as wide as fonts.ts `advance` measures it.
   * What `face` cannot draw is drawn with a fallback face, a right-to-left stretch from
   * right to left (visual.ts), with glyph texts that read back as written (clusters.ts).
   * No ActualText: pdf.js ignores it, and poppler, given one, broke the line around it
   * and reversed the Arabic; without, both read the name as written.
   */
  text(written: string, x: number, baseline: number, face: FontName, size: number, color: string): void {
    const doc = this.doc
    if (doc === null || this.dry) return
    // As `advance` measured it: a box for what no face draws.
    const text = drawable(face, written)
    const segment = visualSegment(text, weightOf(face))
    if (segment === null) {
      this.mainText(doc, text, x, baseline, face, size, color)
      return
    }
    let at = x
    for (const piece of segment) {
      if (piece.face === null) {
        this.mainText(doc, piece.text, at, baseline, face, size, color)
        at += (mainAdvance(face, piece.text) * size) / 1000
      } else {
        this.useFallback(doc, piece.face, size, color)
        drawShaped(doc, piece.face, piece.runs, at, baseline)
        for (const run of piece.runs) at += (run.advanceWidth * size) / piece.face.font.unitsPerEm
      }
    }
  }

  /** Draw `text`, all of which `face` draws. */
  private mainText(doc: Doc, text: string, x: number, baseline: number, face: FontName, size: number, color: string): void {
    if (!this.fonts.has(face)) {
      if (this.stock) doc.registerFont(face, fontFile(face))
      else registerParsedFont(doc, face, documentFont(face))
      this.fonts.add(face)
    }
    doc.font(face).fontSize(size)
    this.color(doc, color)
    if (this.stock || !fastText(doc, text, x, baseline)) doc.text(text, x, baseline, TEXT)
  }

  /** Make fallback `face` the current font, registered as the main faces are on each path. */
  private useFallback(doc: Doc, face: FallbackFace, size: number, color: string): void {
    if (!this.fonts.has(face.key)) {
      if (this.stock) doc.registerFont(face.key, fallbackFile(face.script, face.weight))
      else registerParsedFont(doc, face.key, documentFallbackFont(face))
      this.fonts.add(face.key)
    }
    doc.font(face.key).fontSize(size)
    this.color(doc, color)
  }

  private color(doc: Doc, color: string): void {
    if (this.fill !== color) {
      // pdfkit writes a colour operator on every call; text runs mostly repeat one.
      doc.fillColor(color)
      this.fill = color
    }
  }
}
