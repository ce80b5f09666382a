// One document of a pack, from view to bytes: fill its Markdown template, parse once,
// and hand the same tree to the HTML and the PDF backends.
import type { Root } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { removePosition } from 'unist-util-remove-position'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { escapeHtml, escapeView, Trusted } from '../fill/escape.js'
import type { Templates } from '../fill/templates.js'
import { code, error, lineIndex, type Point } from '../messages.js'
import { DIRECTIVES, parseFilled } from '../render/markdown.js'
import { htmlSections, nestedNumbersCss, renderHtmlBody } from '../render/html.js'
import { readMap } from '../render/map/model.js'
import { tableRows } from '../render/table.js'
import type { PdfOptions } from '../render/pdf/options.js'
import { uiStrings } from '../lang/index.js'
import { escapeRegExp } from '../regexp.js'

/** Details of a document that both formats need. */
export interface DocumentMeta {
  /** File name without extension: `handout`, `quiz-B`, `quiz/042-o-brien`. */
  base: string
  /** Template file name, e.g. `quiz.md.hbs`. */
  template: string
  /** Page title and PDF title. */
  title: string
  /** PDF subject. */
  subject: string
  kind: string
  /** Bookmarks for the headings (and the questions). */
  outline: boolean
  /** For the teacher only (a teacher edition, the facilitator edition, an answer key): listed apart on the landing page. */
  teacher?: boolean
  /** A reading document long enough to want a list of its sections to jump to, in HTML. */
  contents?: boolean
  /** The deepest heading level bookmarked (default 2: the document's parts, not their sub-headings). */
  outlineDepth?: number
  /** The running header's title: the document and the module ("Quiz: <title>"); default `title`. */
  header?: string
  /** Who this copy is for, on every page: "Version B", a student's name; null for no one in particular. */
  who?: string | null
  /** A teacher document's mark on every page: "Answer key — teacher edition"; null for a student's document. */
  mark?: string | null
  /** For a version's quiz: the version's index, whose squeeze (pack/fit.ts) its PDF is set with. */
  version?: number
}

/** The running header of a document's PDF pages, and its bookmarks, as PDF options. */
export function pageOptions(meta: DocumentMeta): Pick<PdfOptions, 'title' | 'subject' | 'outline' | 'outlineDepth' | 'header' | 'who' | 'mark'> {
  return {
    title: meta.title,
    subject: meta.subject,
    outline: meta.outline,
    outlineDepth: meta.outlineDepth ?? 2,
    header: meta.header ?? meta.title,
    who: meta.who ?? null,
    mark: meta.mark ?? null
  }
}

export interface PageContext {
  templates: Templates
  css: string
  lang: string
  author: string | null
  /** The module's title, a key of the document cache (a page's running header is its document's `header`, else its title, in HTML and PDF alike). */
  header: string
  /** The paper the PDFs are set on: a page printed from the browser asks for it too, rather than the browser's default. */
  paper: 'a4' | 'letter'
}

/** Fill and parse a document; undefined (with a message on the template) when its template fails. */
export function fillDocument(ctx: PageContext, meta: DocumentMeta, view: object): Root | undefined {
  const markdown = fillMarkdown(ctx, meta, view)
  if (markdown === undefined) return undefined
  // A version's quiz is filled for its fit, its own files and the print bundle alike: the
  // same Markdown is parsed once (nothing after the parse changes a tree).
  let parsed = recentlyParsed.get(ctx)
  if (parsed === undefined) recentlyParsed.set(ctx, (parsed = new Map()))
  const key = `${meta.template}\0${markdown}`
  let tree = parsed.get(key)
  if (tree === undefined) {
    tree = parseDocument(ctx, meta, markdown)
    if (tree === undefined) return undefined
    if (parsed.size >= RECENT) parsed.delete(parsed.keys().next().value!)
    parsed.set(key, tree)
  }
  return tree
}
const recentlyParsed = new WeakMap<PageContext, Map<string, Root>>()
/** How many parsed documents a build keeps for the same Markdown again: a few versions' quizzes. */
const RECENT = 8

/** The filled Markdown of a document; undefined (with a message on the template) when its template fails. */
export function fillMarkdown(ctx: PageContext, meta: DocumentMeta, view: object): string | undefined {
  return ctx.templates.fill(meta.template, escapeView(view))
}

/**
 * Parse filled Markdown and check its directives. The tree carries no source positions:
 * nothing after the parse reads them, and without them one quiz tree can be shared by
 * every student of a version (personalize.ts).
 */
export function parseDocument(ctx: PageContext, meta: DocumentMeta, markdown: string): Root | undefined {
  const tree = parseFilled(markdown)
  removePosition(tree, { force: true })
  const file = ctx.templates.source(meta.template)
  return file && checkDirectives(tree, file, ctx.templates.uses(meta.template)) ? tree : undefined
}

/**
 * A template may only use the directives the backends know, and a table or an argument map
 * only as the backends read them: a teacher's template (a partial that writes a line above
 * the grid's rows) would otherwise stop the build with the backend's stack trace.
 */
function checkDirectives(tree: Root, file: VFile, used: ReturnType<Templates['uses']>): boolean {
  let ok = true
  const said = new Set<string>()
  // The filled text has no positions in the templates. A directive is said where a teacher's
  // template or partial writes it; failing that, on the teacher's partial a built-in template
  // filled it with (their grid partial inside the quiz's table), not on classpack's own file.
  const own = used.filter((u) => u.own).map((u) => u.file)
  const say = (node: Directive, reason: string): void => {
    const at = writtenAt(own, node) ?? (own.length > 0 ? { file: own[0]!, place: undefined } : writtenAt([file], node))
    const target = at?.file ?? file
    // Said once, though every document the template or partial fills (each version, each table) has it.
    if (target.messages.some((m) => m.reason === reason && m.line === at?.place?.line && m.column === at?.place?.column)) return
    error(target, reason, at?.place, 'template-directive')
  }
  visit(tree, (node) => {
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && !(DIRECTIVES as readonly string[]).includes(node.name)) {
      ok = false
      say(node, `Unexpected directive ${code(node.name)} in the filled template, expected one of ${DIRECTIVES.map((d) => '`' + d + '`').join(', ')}`)
      return
    }
    if (node.type !== 'containerDirective' || (node.name !== 'table' && node.name !== 'argument-map')) return
    try {
      if (node.name === 'table') tableRows(node)
      else readMap(node)
    } catch (cause) {
      // The readers say what they found and expected; anything else is a programmer error.
      if (!(cause instanceof TypeError)) throw cause
      ok = false
      // Two tables a partial fills alike (the quiz's points tables) are one mistake: said once.
      if (!said.has(cause.message)) say(node, `${cause.message}, in the filled template`)
      said.add(cause.message)
      return SKIP
    }
  })
  return ok
}

type Directive = ContainerDirective | LeafDirective | TextDirective

/** Where the first of `files` to write `node`'s directive (`:::name`, `::name`, `:name`) writes it, if one does. */
function writtenAt(files: readonly VFile[], node: Directive): { file: VFile; place: Point | undefined } | undefined {
  const colons = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':'
  const escaped = escapeRegExp(node.name)
  const written = new RegExp(`(?<!:)${colons}${escaped}(?![\\w-])`)
  for (const file of files) {
    const found = written.exec(String(file.value))
    const place = found && lineIndex(file).toPoint(found.index)
    if (place) return { file, place: { line: place.line, column: place.column } }
  }
  return undefined
}

/**
 * The page's own print rules: on every printed page, the running header in the top
 * margin (the document at the left; its mark and who it is for at the right) and
 * "Page N of M" in the bottom margin, as the PDF has them.
 */
function printedPage(ctx: PageContext, meta: DocumentMeta): string {
  const who = meta.who ? shortened(meta.who, Math.max(WHO_MIN, WHO_MAX - (meta.mark ? [...meta.mark].length + 3 : 0))) : null
  const right = [meta.mark, who].filter((part): part is string => Boolean(part)).join(' · ')
  // The footer's words around the two numbers, which CSS counts.
  const [before = '', between = '', after = ''] = uiStrings(ctx.lang).pdf.page(-1, -2).split(/-1|-2/)
  const page = `${cssString(before)} counter(page) ${cssString(between)} counter(pages) ${cssString(after)}`
  const box = 'font: 8pt "DejaVu Sans", sans-serif; color: #4a4a4a;'
  // The header stands on the top margin's foot, lifted clear of the body by the box's margin.
  const top = `${box} vertical-align: bottom; margin-bottom: ${HEADER_GAP};`
  return `
@media print {
  @page {
    size: ${ctx.paper === 'letter' ? 'letter' : 'A4'};
    @top-left { content: ${cssString(clipped(meta.header ?? meta.title, HEADER_MAX))}; ${top} }
    @top-right { content: ${cssString(right)}; ${top} font-weight: bold; color: ${meta.mark ? '#8a1c1c' : '#1a1a1a'}; white-space: nowrap; }
    @bottom-center { content: ${page}; ${box} }
  }
}
`
}

// A margin box cannot shorten its text to fit as the PDF's header does (it measures), and one
// that does not wrap takes the width it needs: a name of 100 letters squeezed the document's
// title into a column of single words running down into the page. So the name is shortened
// by its letters, as the PDF shortens only a name too long for the paper: it stays whole in
// the quiz's Name line, and the version after its last ` · ` stays whole.
const WHO_MAX = 60
const WHO_MIN = 24

// The header grows upwards from the margin's foot, a line for every ~45 letters beside the
// longest name (~100 without one): a title of 250 letters ran to three lines that touched
// the body (no gap) and would have run off the paper's top edge. So it keeps at most
// HEADER_MAX letters, cut at a space (at most three lines beside a long name, two
// without), and stands HEADER_GAP above the body: the 2 cm margin holds four such lines
// and the gap. Chromium's margin boxes take margins but neither padding nor overflow
// clipping, so the text itself is what is bounded.
const HEADER_MAX = 120
const HEADER_GAP = '3mm'

/**
 * `text`, or its start up to `max` letters cut after its last whole word, with an ellipsis;
 * cut inside a word only when its first word is longer than that (a title cut mid-word read
 * as a typo, as in the PDF's header).
 */
function clipped(text: string, max: number): string {
  const letters = [...text]
  if (letters.length <= max) return text
  // One letter more than is kept: a space there means the kept letters end with a whole word.
  const head = letters.slice(0, max).join('')
  const space = head.lastIndexOf(' ')
  return `${(space > 0 ? head.slice(0, space) : [...head].slice(0, max - 1).join('')).replace(/[\s,;:·–—-]+$/u, '')}…`
}

function shortened(text: string, max: number): string {
  const letters = [...text]
  if (letters.length <= max) return text
  const cut = text.lastIndexOf(' · ')
  const tail = cut > 0 ? text.slice(cut) : ''
  const head = [...(cut > 0 ? text.slice(0, cut) : text)]
  return `${head.slice(0, Math.max(1, max - [...tail].length - 1)).join('').trimEnd()}…${tail}`
}

/** `text` as a CSS string: quotes, backslashes, line ends and `<` escaped, so nothing can close the string or the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`
}

/**
 * The standalone HTML page of a filled tree: a running header, the document as `main`, and
 * for a reading document (`contents`) a list of its sections to jump to; each
 * landmark named for screen readers.
 */
export function htmlPage(ctx: PageContext, meta: DocumentMeta, tree: Root): string | undefined {
  const landmarks = uiStrings(ctx.lang).landmarks
  const sections = meta.contents === true ? htmlSections(tree).map((s) => ({ href: `#${s.id}`, text: s.text })) : []
  const view = escapeView(
    {
      lang: ctx.lang,
      title: meta.title,
      author: ctx.author,
      // As the PDF's (pageOptions): the document and module, "Seminar handout: …", not the module alone.
      header: meta.header ?? meta.title,
      who: meta.who ?? null,
      mark: meta.mark ?? null,
      kind: meta.kind,
      landmarks: { header: landmarks.header, main: meta.title.replace(/: .*$/, '') },
      contents: sections.length ? { label: landmarks.contents, sections } : null,
      css: new Trusted(ctx.css + nestedNumbersCss(tree) + printedPage(ctx, meta)),
      body: new Trusted(renderHtmlBody(tree, meta.contents === true, ctx.lang))
    },
    escapeHtml
  )
  return ctx.templates.fill('page.html.hbs', view)
}
