// One document of a pack, from view to bytes: fill its Markdown template, parse once,
// and hand the same tree to the HTML and the PDF backends.
import type { Root } from 'mdast'
import { removePosition } from 'unist-util-remove-position'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { escapeHtml, escapeView, Trusted } from '../fill/escape.js'
import type { Templates } from '../fill/templates.js'
import { code, error } from '../messages.js'
import { DIRECTIVES, parseFilled } from '../render/markdown.js'
import { renderHtmlBody } from '../render/html.js'

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
  /** Bookmarks for the handout's sections. */
  outline: boolean
}

export interface PageContext {
  templates: Templates
  css: string
  lang: string
  author: string
  /** Running header: the module's title. */
  header: string
}

/** Fill and parse a document; undefined (with a message on the template) when its template fails. */
export function fillDocument(ctx: PageContext, meta: DocumentMeta, view: object): Root | undefined {
  const markdown = fillMarkdown(ctx, meta, view)
  return markdown === undefined ? undefined : parseDocument(ctx, meta, markdown)
}

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
  return file && checkDirectives(tree, file) ? tree : undefined
}

/** A template may only use the directives the backends know. */
function checkDirectives(tree: Root, file: VFile): boolean {
  let ok = true
  visit(tree, (node) => {
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && !(DIRECTIVES as readonly string[]).includes(node.name)) {
      ok = false
      error(file, `Unexpected directive ${code(node.name)} in the filled template, expected one of ${DIRECTIVES.map((d) => '`' + d + '`').join(', ')}`, undefined, 'template-directive')
    }
  })
  return ok
}

/** The standalone HTML page of a filled tree. */
export function htmlPage(ctx: PageContext, meta: DocumentMeta, tree: Root): string | undefined {
  const view = escapeView(
    { lang: ctx.lang, title: meta.title, author: ctx.author, header: ctx.header, kind: meta.kind, css: new Trusted(ctx.css), body: new Trusted(renderHtmlBody(tree, ctx.lang)) },
    escapeHtml
  )
  return ctx.templates.fill('page.html.hbs', view)
}
