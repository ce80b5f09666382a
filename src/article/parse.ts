// Parse article.md (Markdown + YAML front matter) into the Article model: sections,
// paragraphs numbered ¶1..¶N in reading order, sentences, each with its source position.
import { unified, type Processor } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import type { Heading, List, Nodes, Paragraph as ParagraphNode, Parents, Root, RootContent, Yaml } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { code, error, warn } from '../messages.js'
import { readYaml } from '../yaml/read.js'
import { CONTROL, decodeRoot, keepPlaces, looseDate, object, oneOf, optional, required, string } from '../yaml/decode.js'
import { AUTHOR_PRONOUNS, type Article, type ArticleMeta, type Container, type Emphasis, type Paragraph, type Section, type Segment } from './model.js'
import { splitSentences } from './sentences.js'
import { DIRECTION, codePoint, directionNames } from '../yaml/direction.js'

const frontMatterFields = {
  title: required(string()),
  standfirst: optional(string()),
  author: optional(string()),
  author_pronoun: optional(oneOf(AUTHOR_PRONOUNS)),
  author_bio: optional(string()),
  publication: optional(string()),
  published: optional(looseDate),
  url: optional(string()),
  lang: optional(string({ pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, describe: 'a language tag like `en-GB`' }), () => 'en'),
  seed: optional(string())
}
/** Other names sites and editors give the front matter's fields (compared in lower case): `init` renames them, `check` names the field meant. */
export const FRONT_MATTER_ALIASES: Readonly<Record<string, string>> = {
  date: 'published',
  pubdate: 'published',
  pub_date: 'published',
  publish_date: 'published',
  publishdate: 'published',
  published_at: 'published',
  date_published: 'published',
  language: 'lang',
  subtitle: 'standfirst',
  dek: 'standfirst'
}
const frontMatter = object('the article front matter', frontMatterFields, FRONT_MATTER_ALIASES)
/** The fields article.md's front matter may hold. */
export const FRONT_MATTER_FIELDS: ReadonlySet<string> = new Set(Object.keys(frontMatterFields))

// An article has no code: a paragraph indented by a tab or four spaces (pasted text often is)
// is a paragraph, not an indented code block that would drop out of the article unnoticed.
function noIndentedCode(this: Processor): undefined {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } })
}
const parser = unified().use(remarkParse).use(noIndentedCode).use(remarkFrontmatter, ['yaml'])

/** Parse the article in `file`; problems are reported on `file`, and undefined returned when no usable article remains. */
export function parseArticle(file: VFile): Article | undefined {
  // An empty file is one problem, not a missing front matter and a missing text besides.
  if (String(file.value).trim() === '') {
    error(file, 'Unexpected empty article, expected a `---` front matter block with `title` and `author`, then the article word for word', { line: 1, column: 1 }, 'article-empty')
    return undefined
  }
  const tree = parser.parse(file) as Root
  // A control character in the article prints as nothing or a box, differently by format.
  const text = String(file.value)
  for (const m of text.matchAll(new RegExp(CONTROL.source, 'g'))) {
    error(file, `Unexpected control character ${codePoint(m[0])}, expected text that prints: delete it`, pointAt(text, m.index), 'article-control')
  }
  // A direction override or isolate turns the rest of its line around (yaml/direction.ts):
  // one message per run of them. The front matter's values are checked as YAML text, there.
  const body = tree.children.find((n) => n.type === 'yaml')?.position?.end.offset ?? 0
  for (const m of text.slice(body).matchAll(new RegExp(`${DIRECTION.source}+`, 'gu'))) {
    const many = [...m[0]].length > 1
    error(file, `Unexpected ${directionNames(m[0])}, expected text without direction controls: delete ${many ? 'them' : 'it'} (right-to-left text needs none; the marks U+200E and U+200F are fine)`, pointAt(text, body + m.index), 'article-control')
  }
  const meta = readMeta(file, tree)
  const sections: Section[] = [{ index: 0, heading: null, paragraphs: [] }]
  const paragraphs: Paragraph[] = []
  const parents = new Map<Nodes, Parents>()
  const ids = new Map<Nodes, number>()

  // Headings and paragraphs wherever they are (in block quotes and lists too), in reading order.
  visit(tree, (node, index, parent) => {
    if (parent) parents.set(node, parent)
    // What an article has no place for would drop out of the pack (a fenced block, an HTML
    // block) or print as written (HTML in a paragraph): said where it stands. An HTML comment
    // is the writer's note to themselves, and is meant not to print.
    if (node.type === 'code') {
      warn(file, 'Unexpected fenced code block, expected paragraphs and `##` subheads: its text is left out of the pack (remove the ``` lines to keep it as a paragraph)', placeOf(node).start, 'article-code')
      return SKIP
    }
    // Headings and paragraphs are not entered here, so an `html` node met is a block of its own.
    if (node.type === 'html') {
      if (!isComment(node.value)) warn(file, `Unexpected HTML block ${code(tagOf(node.value))}, expected paragraphs and \`##\` subheads in Markdown: it is left out of the pack`, placeOf(node).start, 'article-html')
      return SKIP
    }
    // A paragraph's line that starts with `- ` or `* ` (a hard wrap before "- to suit his
    // needs") ends the paragraph and starts a list: the paragraph splits in two and every ¶
    // after it moves, and the module's references are reported stale. A list right below a
    // paragraph line that does not introduce it (no colon) nor ends its clause (a list item's
    // `;`, a full stop: a list nested under it) and whose item carries on the sentence (a small
    // letter) is said where it starts.
    if (node.type === 'list' && parent && index !== undefined) {
      const before = parent.children[index - 1]
      const item = node.children[0]?.children[0]
      const follows = before?.type === 'paragraph' && before.position && node.position && node.position.start.line === before.position.end.line + 1
      const carriesOn = item?.type === 'paragraph' && /^\p{Ll}/u.test(plainText(item, []).trim())
      if (follows && carriesOn && !/[:;.!?…]["'”’)]*\s*$/u.test(plainText(before, []))) {
        const mark = node.ordered ? `${node.start ?? 1}.` : String(file.value).charAt(node.position!.start.offset ?? 0)
        warn(file, `Unexpected list item ${code(`${mark} ${plainText(item, []).trim()}`)} right after a line of the paragraph above, expected that line's words to go on: a line that starts with \`${mark} \` ends the paragraph and starts a list, and every ¶ after it moves (join it to the line above, or write \`\\${mark}\`)`, placeOf(node).start, 'article-list')
      }
    }
    // A line of `---` or `===` right under a paragraph's last line makes it a heading in
    // Markdown (an underline heading): the paragraph's ¶ and every claim quoting it vanished,
    // and the message that followed advised deleting the claim. Kept as the paragraph it is,
    // and the line said.
    // A heading written so on purpose (`Why it matters` over `---`) ends in no full stop.
    const underline = node.type === 'heading' && /[.!?…]["'”’»“]*$/u.test(plainText(node, []).trim()) ? underlineOf(node, String(file.value)) : undefined
    if (underline) {
      warn(file, `Unexpected line of \`${underline.mark}\` right under a paragraph, expected a blank line before it (or \`##\` before a subhead): Markdown makes the paragraph above it a heading; classpack keeps it as a paragraph, and leaves the line out`, { line: underline.line, column: 1 }, 'article-underline')
    } else if (node.type === 'heading') {
      sections.push({ index: sections.length, heading: plainText(node, []).trim(), place: placeOf(node), paragraphs: [] })
      return SKIP
    }
    if (node.type !== 'paragraph' && !(underline && node.type === 'heading')) return
    // Said once per element: at its opening tag, not again at its closing one.
    visit(node, 'html', (html) => {
      if (!isComment(html.value) && !html.value.startsWith('</')) warn(file, `Unexpected HTML ${code(tagOf(html.value))} in a paragraph, expected Markdown (\`*emphasis*\`): it prints as written`, placeOf(html).start, 'article-html')
    })
    // A Markdown table (classpack reads no tables) would be one paragraph of its cells and bars.
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && isTable(String(file.value).slice(start, end))) {
      warn(file, 'Unexpected table, expected paragraphs and `##` subheads: it prints as one numbered paragraph of its cells and `|` bars (write what it says as sentences, or leave it out)', placeOf(node).start, 'article-table')
    }
    // A footnote's text (`[^1]: See …`, as sites and editors export them): a note, not the
    // article's prose, which became a numbered paragraph and renumbered every one after it.
    // Left out like an image, and said; the markers (`[^1]`) in the text print as written.
    const footnote = node.type === 'paragraph' && start !== undefined && end !== undefined ? FOOTNOTE.exec(String(file.value).slice(start, end)) : null
    if (footnote) {
      const [, label, said] = footnote
      const marker = `[^${label}]`
      const body = String(file.value)
      const markers = occurrencesOf(body, marker) - 1
      const flat = said!.replace(/\s+/g, ' ').trim()
      const stay = markers > 0 ? `; its marker \`${marker}\` stays in the text as written (${markers === 1 ? 'once' : `${markers} times`}): delete it, or say what the note says in a sentence` : ''
      warn(file, `Unexpected footnote ${code(`${marker}: ${flat}`, 70)}, expected paragraphs of text: classpack prints no footnotes, so it is left out of the pack and numbers no ¶${stay}`, placeOf(node).start, 'article-footnote')
      return SKIP
    }
    // An image standing alone (a photo, a chart) has nothing to print in a reading copy of the
    // words: its alt text became a numbered paragraph, read as the article's prose. Left out, and said.
    if (node.type === 'paragraph' && isImagesOnly(node)) {
      let alt = ''
      visit(node, (c) => {
        if ((c.type === 'image' || c.type === 'imageReference') && alt === '') alt = c.alt?.trim() ?? ''
      })
      warn(file, `Unexpected image${alt ? ` ${code(alt.length > 60 ? `${alt.slice(0, 59)}…` : alt)}` : ''}, expected paragraphs of text: classpack prints no images, so it is left out of the pack and numbers no ¶ (if what it shows matters for the lesson, say it in a sentence)`, placeOf(node).start, 'article-image')
      return SKIP
    }
    const segments: Segment[] = []
    const emphasis: Emphasis[] = []
    const text = plainText(node, segments, emphasis)
    if (text.trim() === '') return SKIP
    const section = sections[sections.length - 1]!
    const n = paragraphs.length + 1
    section.paragraphs.push(n)
    const within = containers(node, parents, ids)
    paragraphs.push({ n, section: section.index, text, sentences: splitSentences(text, meta?.lang ?? 'en'), place: placeOf(node), segments, ...(emphasis.length ? { emphasis } : {}), ...(within.length ? { within } : {}) })
    return SKIP
  })

  // An untitled opening with no text is not a section a reader would see.
  if (sections[0]!.paragraphs.length === 0 && sections.length > 1) {
    sections.shift()
    sections.forEach((s, i) => (s.index = i))
    for (const p of paragraphs) p.section -= 1
  }

  if (paragraphs.length === 0) {
    error(file, 'Unexpected article without paragraphs, expected at least one paragraph of text after the front matter', { line: 1, column: 1 }, 'article-empty')
  }
  if (!meta || paragraphs.length === 0) return undefined
  return { path: file.path, meta, sections, paragraphs }
}

/** A footnote's text as a paragraph: `[^label]:` at its start, then the note. */
const FOOTNOTE = /^\[\^([^\]\s]+)\]:[ \t]*([\s\S]*)$/

/** How many times `needle` stands in `text`. */
function occurrencesOf(text: string, needle: string): number {
  let count = 0
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++
  return count
}

/** The underline of a heading written as a paragraph over a line of `=` or `-`, with its line; undefined for a `#` heading. */
function underlineOf(node: Heading, text: string): { mark: string; line: number } | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const lines = text.slice(start, end).split(/\r?\n/)
  const last = lines.at(-1)!.trim()
  if (lines.length < 2 || !/^(?:=+|-+)$/.test(last)) return undefined
  return { mark: last, line: node.position!.end.line }
}

function readMeta(file: VFile, tree: Root): ArticleMeta | undefined {
  const block = tree.children.find((n): n is Yaml => n.type === 'yaml')
  // Opened but never closed: the block is there, its end is what is missing.
  if (!block && /^---[ \t]*\r?\n/.test(String(file.value))) {
    error(file, 'Unexpected front matter without its closing `---`, expected a line of `---` after the last field (`title`, `author`, …) and before the article', { line: 1, column: 1 }, 'article-front-matter')
    return undefined
  }
  // Blank lines (or a BOM's stray space) before it: front matter is only read on line 1.
  const late = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(String(file.value))
  if (!block && late) {
    const lines = late[0].split('\n').length - 1
    error(file, `Unexpected ${lines === 1 ? 'blank line' : `${lines} blank lines`} before the front matter's \`---\`, expected \`---\` on line 1: front matter is read only at the very top, so delete ${lines === 1 ? 'it' : 'them'}`, { line: 1, column: 1 }, 'article-front-matter')
    return undefined
  }
  // Hugo's TOML front matter (`+++`) or JSON: a block of another kind, not none.
  const toml = /^\+\+\+[ \t]*\r?\n/.test(String(file.value))
  if (!block && toml) {
    error(file, 'Unexpected TOML front matter (`+++`), expected YAML between lines of `---`: write `title: …` and `author: …` as `key: value` lines between `---` lines', { line: 1, column: 1 }, 'article-front-matter')
    return undefined
  }
  if (!block) {
    error(file, 'Missing front matter, expected a `---` block at the top with at least `title` (and `author`, or `author: unknown` where the source names none): `classpack init` writes one from a plain article', { line: 1, column: 1 }, 'article-front-matter')
    return undefined
  }
  // The YAML text starts on the line after the opening `---`.
  const base = String(file.value).indexOf('\n', block.position?.start.offset ?? 0) + 1
  const src = readYaml(file, block.value, base, 'the front matter')
  if (!src) return undefined
  const data = decodeRoot(src, frontMatter, 'front matter with `title` and `author`')
  if (!data) return undefined
  // An article may truly have no named author (an editorial, a wiki page): `author: unknown`
  // says so and documents then name none; leaving the field out is more likely an oversight.
  if (data.author === undefined) {
    warn(file, "Missing field `author` in the article front matter, expected the author's name (or `author: unknown` when the source names none)", { line: 1, column: 1 }, 'article-author')
  }
  // The meta answers `placeOf` as the front matter does (`lang`'s place, for one).
  return keepPlaces(data, {
    title: data.title,
    standfirst: data.standfirst,
    author: known(data.author),
    authorPronoun: data.author_pronoun ?? null,
    authorBio: data.author_bio,
    publication: known(data.publication),
    published: known(data.published),
    url: data.url,
    lang: data.lang,
    seed: data.seed
  })
}

/** A front-matter detail, or null when it is left out or written `unknown`. */
function known(value: string | undefined): string | null {
  return value === undefined || /^\s*unknown\s*$/i.test(value) ? null : value
}

/**
 * Plain text of a heading's or paragraph's inline content, recording which stretches map
 * one-to-one onto the source, and (given `emphasis`) where `*emphasis*` and `**strong**` stand
 * in it. A link's words are plain text: the reading copy prints no links.
 */
function plainText(block: Heading | ParagraphNode, segments: Segment[], emphasis?: Emphasis[]): string {
  let text = ''
  // In reading order, as unist-util-visit walks (a node, then its children).
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) {
        const exact = node.type === 'text' && end - start === node.value.length
        segments.push({ start: text.length, length: node.value.length, sourceStart: node.type === 'inlineCode' ? start + 1 : start, exact })
      }
      text += node.value
    } else if (node.type === 'break') {
      text += '\n'
    } else if (node.type === 'image' || node.type === 'imageReference') {
      text += node.alt ?? ''
    } else if ('children' in node) {
      const marked = node.type === 'emphasis' || node.type === 'strong' ? { start: text.length, end: text.length, kind: node.type === 'strong' ? ('strong' as const) : ('em' as const) } : undefined
      if (marked) emphasis?.push(marked)
      for (const child of node.children) walk(child)
      if (marked) marked.end = text.length
    }
  }
  walk(block)
  // `**` around nothing (or around an image without alt text) marks no words.
  if (emphasis) emphasis.splice(0, emphasis.length, ...emphasis.filter((e) => e.end > e.start))
  return text
}

/** Whether `paragraph` holds images only (one or more, linked or not), no words. */
function isImagesOnly(paragraph: ParagraphNode): boolean {
  let images = 0
  let words = false
  visit(paragraph, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') images++
    else if ((node.type === 'text' || node.type === 'inlineCode') && node.value.trim() !== '') words = true
  })
  return images > 0 && !words
}

/**
 * The block quotes and list items `node` stands in, outermost first: each still a paragraph
 * of its own (a list of three items is three ¶), which the reading copy sets in its list or
 * quote again (view/article-structure.ts).
 */
function containers(node: Nodes, parents: ReadonlyMap<Nodes, Parents>, ids: Map<Nodes, number>): Container[] {
  const id = (of: Nodes): number => {
    let n = ids.get(of)
    if (n === undefined) ids.set(of, (n = ids.size + 1))
    return n
  }
  const out: Container[] = []
  for (let at = parents.get(node); at !== undefined; at = parents.get(at)) {
    if (at.type === 'blockquote') out.push({ kind: 'quote', id: id(at) })
    if (at.type !== 'listItem') continue
    const list = parents.get(at) as List
    const place = list.children.indexOf(at)
    const ordered = list.ordered === true
    out.push({ kind: 'item', id: id(at), list: id(list), ordered, number: ordered ? (list.start ?? 1) + place : place + 1 })
  }
  return out.reverse()
}

/** A GitHub-style table: a row of `|` cells, a row of `---` under it, and more rows. */
const isTable = (source: string): boolean => {
  const lines = source.split('\n').map((l) => l.trim())
  return lines.length >= 2 && lines.every((l) => l.includes('|')) && /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/.test(lines[1]!) && lines[1]!.includes('|')
}
const isComment = (html: string): boolean => /^<!--[\s\S]*-->\s*$/.test(html)
/** An HTML node's first tag, as a message names it: `<div>`, `</b>`. */
const tagOf = (html: string): string => /<\/?[A-Za-z][\w-]*/.exec(html)?.[0]?.concat('>') ?? html.split('\n')[0]!.slice(0, 20)

function placeOf(node: RootContent): Paragraph['place'] {
  const p = node.position
  return p
    ? { start: { line: p.start.line, column: p.start.column, offset: p.start.offset }, end: { line: p.end.line, column: p.end.column, offset: p.end.offset } }
    : { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
}

/** Line and column (in UTF-16 units, as editors count) of offset `at` in `text`. */
function pointAt(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at)
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') }
}

/** The schema of article.md's front matter, for its JSON Schema (src/schemas/). */
export { frontMatter as frontMatterSchema }
