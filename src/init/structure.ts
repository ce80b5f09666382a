// Settle an article's structure: which block is the headline, the standfirst, the byline,
// the author's bio, and (in plain text) which short lines are subheads. Each guess is
// recorded so `init` can print it and the teacher can correct article.md.
import { clutterOf, isPullQuote, siteBox } from './clutter.js'
import { datelineDate } from './dates.js'
import { plainFootnotes } from './footnote-lines.js'
import { addLanguage } from './language.js'
import { looksLikeTitle } from './title-line.js'

/**
 * A line that only says where the article is: "Source: https://…", "URL: …", "Quelle: …", or the
 * address alone; after a label, the publication may come first ("Source: The Guardian, https://…").
 * Groups: the publication, if named, and the address.
 */
const SOURCE_LINE = /^(?:(?:source|url|link|original|originally published (?:at|in|by)|read (?:it )?online(?: at)?|quelle|online)\s*:?\s*(?:([^,<:]{2,60}?),\s*)?)?<?(https?:\/\/\S+?)>?$/i
import type { ArticleDetails, Block, Guess, SourceArticle } from './model.js'
import { escapeRegExp } from '../regexp.js'

export interface Shaped {
  details: ArticleDetails
  /** The article's body: paragraphs and subheads (every heading a subhead). */
  body: Block[]
  guesses: Guess[]
}

/** Longest subhead guessed in plain text, in words. */
const SUBHEAD_WORDS = 20
/** Longest standfirst, byline and bio, in words. */
const STANDFIRST_WORDS = 45
const BYLINE_WORDS = 12
const BIO_WORDS = 70
/** Most words of a section label above a plain text's headline. */
const LABEL_WORDS = 4

// "By Margaret Okafor", "Von Jürgen Weißmüller" (German), "Par Claire Dubois" (French), "Por …" (Spanish), with a date or a role after a separator.
// Case matters: the name's words are capitalised ("By the way, …" is no byline).
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and\s+|und\s+|et\s+|y\s+|&\s+)?[\p{Lu}][\p{L}\p{M}'’.-]*){0,6})(?:\s*[,|–—·•-]\s*.*)?$/u
const CLOSING = /[.!?…:;,]["'”’»)\]]*$/
/** Class names of a page's blocks that hold no article words: a section label, footnotes. */
// A section label goes by many names: a kicker, an eyebrow, a section label or name, a rubric
// (`<a class="section-label" href="/culture">Culture</a>` above a headline was the article's ¶1).
export const FURNITURE = /(?:^|[\s_-])(kicker|eyebrow|section[-_]?(?:label|name|tag)|rubric|footnotes?|endnotes?)(?:$|[\s_-])/i
const OCCUPATION = /\b(journaliste|chercheur|chercheuse|professeure?|enseignante?|écrivaine?|periodista|investigadora?|profesora?|escritora?|professor|lecturer|reader|fellow|researcher|scholar|director|editor|writer|journalist|columnist|correspondent|author|teacher|student|chair|president|founder|member|analyst|historian|economist|scientist|former|retired|emeritus|doctor|lawyer|minister|councillor|campaigner)\b/i

/** Find headline, standfirst, byline, bio and subheads in `source`. */
export function shapeArticle(source: SourceArticle): Shaped {
  const details: ArticleDetails = { ...source.details }
  const guesses: Guess[] = [...(source.notes ?? [])]
  const origin = (key: keyof ArticleDetails): string => source.origins[key] ?? ''
  // A page's section label above the headline ("Opinion · Education") and its footnotes are
  // the page's furniture, not the argument: left out, and said so the teacher can put them back.
  const blocks = source.blocks.filter((b) => {
    const furniture = b.cls !== undefined && FURNITURE.exec(b.cls)
    if (furniture) guesses.push({ what: 'left out', value: quote(b.text), how: /kicker|eyebrow|section|rubric/i.test(furniture[1]!) ? "the page's section label" : "the page's footnotes" })
    return !furniture
  })
  // The site's lines in the body ("Read more: …", "Advertisement", share buttons): clutter.ts.
  // An editor's note at either end is looked for once the head and the bio are taken (below).
  siteLines(blocks, guesses, 0)
  // Footnotes written as plain paragraphs at the end ("¹ Results are …"): left out as a page's are, their marks dropped.
  const plain = plainFootnotes(blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')), guesses)
  if (plain.notes.size) {
    const kept = blocks.flatMap((b, i) => (plain.notes.has(i) ? [] : [b.kind === 'paragraph' ? { ...b, text: plain.texts[i]! } : b]))
    blocks.splice(0, blocks.length, ...kept)
  }
  const same = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && fold(a) === fold(b)

  // Plain text copied from a page may open with the page's section label ("Culture", "Opinion ·
  // Education") on a line above the headline: a line of a few words, no sentence, with a line
  // under it that reads as a title and a byline or dateline right under that. Left out, as a
  // page's labelled one is; it was the title, and the headline the article's ¶1.
  let labelled = false
  if (source.from === 'text' && !details.title && blocks.length > 3 && blocks[0]!.kind === 'paragraph' && (blocks[0]!.lines ?? 1) === 1 && words(blocks[0]!.text) <= LABEL_WORDS && !CLOSING.test(blocks[0]!.text) && titleBlock(blocks[1]!, blocks[2], true) && blocks.slice(2, 5).some((b) => bylineOf(b) !== undefined)) {
    const label = blocks.shift()!
    guesses.push({ what: 'left out', value: quote(label.text), how: "the page's section label above the headline" })
    labelled = true
  }
  // Headline: the page's title (dropping the heading that repeats it), else the first block
  // if it is a heading or reads as a title; else none, and the caller names one from the file.
  if (details.title) {
    if (blocks[0] && same(blocks[0].text, details.title)) blocks.shift()
    guesses.push({ what: 'title', value: details.title, how: origin('title') })
  } else if (blocks[0] && (blocks[0].kind === 'heading' || titleBlock(blocks[0], blocks[1], blocks.slice(1, 3).some((b) => bylineOf(b) !== undefined)))) {
    const first = blocks.shift()!
    details.title = first.text
    guesses.push({ what: 'title', value: first.text, how: source.from === 'text' ? (labelled ? 'the line under the section label' : 'the first line') : first.kind === 'heading' ? 'the first heading' : 'the first paragraph' })
  }
  // A page may repeat its headline as a heading after the title metadata (a different length of title).
  if (blocks[0]?.kind === 'heading' && blocks[0].level === 1 && source.from === 'page') blocks.shift()

  // A dateline ("March 14, 2024", "3. März 2025") is the date of publication, not the article's
  // words: `published` when nothing else gave it, and named either way, as it leaves the body.
  // (Taken after the byline and standfirst, so init names them in the order they stand.)
  let dateline: { date: string; line: string } | undefined
  for (let i = 0; i < Math.min(blocks.length, 4); i++) {
    const date = blocks[i]!.kind === 'paragraph' ? datelineDate(blocks[i]!.text) : undefined
    if (date === undefined) continue
    dateline = { date, line: blocks.splice(i, 1)[0]!.text }
    break
  }

  // A line giving where the article is ("Source: https://…", or the address alone) near its
  // start or end: the article's `url`, not its first or last paragraph (¶1 would be a link).
  // Only above the body: first, or after the byline (and a standfirst before it); or last.
  for (const i of [0, 1, 2, blocks.length - 1]) {
    const above = blocks.slice(0, i)
    if (i > 0 && i !== blocks.length - 1 && !(above.length <= 2 && above.some((b) => bylineOf(b) !== undefined))) continue
    const block = blocks[i]
    const source = block?.kind === 'paragraph' ? sourceOf(block.text) : undefined
    if (source === undefined || blocks.length < 2) continue
    blocks.splice(i, 1)
    if (!takeSource(source, details, guesses, `the line ${quote(block!.text)}`)) guesses.push({ what: 'left out', value: quote(block!.text), how: `the line giving the source; \`url\` is ${details.url}, from ${origin('url') || 'the text'}` })
    break
  }

  // Byline within the first few blocks ("By Margaret Okafor").
  const head = Math.min(blocks.length - 1, 3)
  for (let i = 0; i < head; i++) {
    const byline = bylineOf(blocks[i]!)
    if (!byline) continue
    if (!details.author) {
      details.author = byline
      guesses.push({ what: 'author', value: byline, how: `the line ${quote(blocks[i]!.text)}` })
    }
    // "By Margaret O’Neill · March 14, 2024": the date after the name is the dateline's.
    const dated = bylineDate(blocks[i]!.text)
    const line = blocks[i]!.text
    blocks.splice(i, 1)
    // A short block before the byline is the standfirst.
    if (i > 0 && !details.standfirst && isShort(blocks[i - 1]!, STANDFIRST_WORDS) && blocks[i - 1]!.kind === 'paragraph') {
      details.standfirst = blocks[i - 1]!.text
      guesses.push({ what: 'standfirst', value: details.standfirst, how: 'the short line before the byline' })
      blocks.splice(i - 1, 1)
    }
    if (!dateline && dated && !details.published) dateline = { date: dated, line }
    break
  }
  // Without a byline: a line right after the headline that does not end like a sentence.
  if (!details.standfirst && details.title !== undefined && source.from !== 'page' && blocks.length > 2 && blocks[0]!.kind === 'paragraph' && !blocks[0]!.within && (blocks[0]!.lines ?? 1) === 1 && isShort(blocks[0]!, STANDFIRST_WORDS) && !CLOSING.test(blocks[0]!.text)) {
    details.standfirst = blocks.shift()!.text
    guesses.push({ what: 'standfirst', value: details.standfirst, how: 'the short line after the headline' })
  }
  if (dateline) takeDate(details, guesses, dateline.date, dateline.line, origin('published'))
  if (details.author && source.details.author) guesses.push({ what: 'author', value: details.author, how: origin('author') })

  // Standfirst marked as such, or the page's description when the article opens with it.
  const standfirstAt = blocks.slice(0, 3).findIndex((b) => b.kind === 'paragraph' && (/standfirst|strapline|subtitle|\bdek\b|deck/i.test(b.cls ?? '') || same(b.text, details.standfirst) || same(b.text, source.description)))
  if (standfirstAt >= 0) {
    const block = blocks.splice(standfirstAt, 1)[0]!
    if (!details.standfirst) {
      details.standfirst = block.text
      guesses.push({ what: 'standfirst', value: block.text, how: same(block.text, source.description) ? 'the opening paragraph, which the page gives as its description' : 'the paragraph marked as standfirst' })
    }
  }
  if (details.standfirst && !guesses.some((g) => g.what === 'standfirst')) guesses.push({ what: 'standfirst', value: details.standfirst, how: origin('standfirst') })

  // At the end: a byline, or a short line about the author ("Margaret Okafor is a retired teacher…").
  const last = blocks[blocks.length - 1]
  if (last && blocks.length > 1 && last.kind === 'paragraph') {
    const byline = bylineOf(last)
    if (byline) {
      blocks.pop()
      if (!details.author) {
        details.author = byline
        guesses.push({ what: 'author', value: byline, how: `the closing line ${quote(last.text)}` })
      }
    } else if (same(last.text, details.author_bio) || /\bbio\b|author-bio|about-author/i.test(last.cls ?? '')) {
      blocks.pop()
      details.author_bio ??= last.text
      guesses.push({ what: 'author_bio', value: last.text, how: 'the closing paragraph about the author' })
    } else {
      const name = bioName(last, details.author)
      if (name) {
        blocks.pop()
        details.author_bio = last.text
        guesses.push({ what: 'author_bio', value: last.text, how: 'the closing line about the author' })
        if (!details.author) {
          details.author = name
          guesses.push({ what: 'author', value: name, how: 'the closing line about the author' })
        }
      }
    }
  }
  if (details.author_bio && !guesses.some((g) => g.what === 'author_bio')) guesses.push({ what: 'author_bio', value: details.author_bio, how: origin('author_bio') })

  // An editor's note or a correction among the body's first or last paragraphs.
  siteLines(blocks, guesses, 3)

  // Subheads: headings as the source marks them; in plain text, short lines without closing
  // punctuation between paragraphs; on a web page or in a Word file, such a paragraph wholly in
  // bold, a subhead set by hand (`<p><strong>What happens next</strong></p>`, as many sites'
  // editors write them), which was a ¶ of its own. A bold question stays a paragraph.
  const body = blocks.map((b, i): Block => {
    if (b.kind === 'heading') return { kind: 'heading' as const, text: b.text }
    if (b.kind === 'table') return b
    if ((source.from === 'text' || b.strong) && i > 0 && i < blocks.length - 1 && isSubhead(b) && blocks[i + 1]!.kind === 'paragraph') return { kind: 'heading' as const, text: b.text }
    return { kind: 'paragraph' as const, text: b.text, ...(b.within ? { within: b.within } : {}), ...(b.strong ? { strong: true } : {}) }
  })
  const subheads = body.filter((b) => b.kind === 'heading')
  if (subheads.length) guesses.push({ what: 'subheads', value: subheads.map((s) => quote(s.text)).join(', '), how: source.from === 'text' ? 'short lines without closing punctuation' : body.some((h, i) => h.kind === 'heading' && blocks[i]!.kind !== 'heading') ? 'the headings of the source, and short paragraphs wholly in bold' : 'the headings of the source' })
  for (const key of ['publication', 'published', 'url', 'lang'] as const) {
    if (details[key] && !guesses.some((g) => g.what === key)) guesses.push({ what: key, value: details[key]!, how: origin(key) })
  }
  addLanguage(details, guesses, body.filter((b) => b.kind !== 'table').map((b) => b.text))
  return { details, body, guesses }
}

/**
 * Leave out the blocks that are the site's lines, not the article's (clutter.ts), naming each;
 * an editor's note only among the first or last `edges` blocks.
 */
function siteLines(blocks: Block[], guesses: Guess[], edges: number): void {
  const texts = blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
  const kept = blocks.filter((b, i) => {
    if (b.kind !== 'paragraph') return true
    // A pull quote, set between paragraphs, repeats the words of one of them. The last paragraph
    // is between none: a closing line that repeats an earlier quotation is the writer's echo,
    // set for emphasis ("“We will not hide our mistakes from readers.”"), and the article's.
    const between = texts.slice(i + 1).some((t) => t.trim() !== '')
    if (edges === 0 && between && isPullQuote(b.text, texts.filter((_, k) => k !== i))) {
      guesses.push({ what: 'left out', value: quote(b.text), how: 'a pull quote: its words are in the article already' })
      return false
    }
    const clutter = b.within === undefined ? (clutterOf(b.text, i < edges || i >= blocks.length - edges) ?? siteBox(b.text, b.lines ?? 1)) : undefined
    if (clutter) guesses.push({ what: 'left out', value: quote(b.text), how: clutter })
    return !clutter
  })
  blocks.splice(0, blocks.length, ...kept)
}

/**
 * Take `date`, read from the dateline `line`, as the article's `published` unless the source's
 * metadata gave one (`origin`): then the line is named as left out, so nothing goes unsaid.
 */
function takeDate(details: ArticleDetails, guesses: Guess[], date: string, line: string, origin: string): void {
  if (!details.published) {
    details.published = date
    guesses.push({ what: 'published', value: date, how: `the line ${quote(line)}` })
  } else guesses.push({ what: 'left out', value: quote(line), how: `the dateline; \`published\` is ${details.published}, from ${origin || 'the text'}` })
}

/** The date after a byline's name ("By Jane Doe · March 14, 2024"), if it gives one. */
export function bylineDate(line: string): string | undefined {
  const parts = line.split(/\s+[|·•–—-]\s+|,\s+(?=\S+\s+\S+\s+\d{4}\b)/u)
  return parts.length > 1 ? datelineDate(parts.slice(1).join(', ')) : undefined
}

/** True when `line` is a byline ("By Nadia Ferreira") or a dateline ("July 22, 2024"): a line of the article's head, not of its words. */
export function headLine(line: string): boolean {
  return bylineOf({ kind: 'paragraph', text: line }) !== undefined || datelineDate(line) !== undefined
}

function bylineOf(block: Block): string | undefined {
  if (block.kind !== 'paragraph' || words(block.text) > BYLINE_WORDS) return undefined
  return BYLINE.exec(block.text)?.[1]?.trim()
}

/** The author's name if `block` reads as a line about the author. */
export function bioName(block: Block, author: string | undefined): string | undefined {
  if (words(block.text) > BIO_WORDS) return undefined
  if (author) {
    const surname = author.split(/\s+/).pop()!
    return block.text.startsWith(author) || new RegExp(`^(\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}\\b`, 'u').test(block.text) ? author : undefined
  }
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:is|was|has been|teaches|writes|est|es)\b/u.exec(block.text)
  return m && OCCUPATION.test(block.text) ? m[1] : undefined
}

/**
 * Whether the first block, a paragraph, is the headline: a line that reads as a title
 * (title-line.ts; `bylined`, with a byline in the two blocks under it), not a quote or list
 * item, and not the first line of a paragraph whose next line goes on in lower case (plain
 * text's head lines are read one a block).
 */
function titleBlock(block: Block, next: Block | undefined, bylined: boolean): boolean {
  if (block.kind !== 'paragraph' || block.within !== undefined || (block.lines ?? 1) > 1 || !looksLikeTitle(block.text, bylined)) return false
  return !(next?.kind === 'paragraph' && /^\p{Ll}/u.test(next.text))
}

function isSubhead(block: Block): boolean {
  // A list item or a quoted line ("- Anchorage and Austin") is no subhead, however short; nor
  // a line holding a web address ("Source: https://…", which stays a paragraph of its own).
  return block.within === undefined && (block.lines ?? 1) === 1 && words(block.text) <= SUBHEAD_WORDS && !CLOSING.test(block.text) && /^["'“‘(]?[\p{Lu}\p{N}]/u.test(block.text) && !/https?:\/\//i.test(block.text)
}

function isShort(block: Block, max: number): boolean {
  return (block.lines ?? 1) <= 2 && words(block.text) <= max
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Compare texts as a reader would: case, white space and quote style aside. */
function fold(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** The address and the publication a source line gives ("Source: The Gazette, https://…"), if `line` is one. */
export function sourceOf(line: string): { url: string; publication?: string } | undefined {
  const found = SOURCE_LINE.exec(line.trim())
  if (!found) return undefined
  return { url: found[2]!.replace(/[.,;)]+$/, ''), ...(found[1] ? { publication: found[1].trim() } : {}) }
}

/**
 * Take a source line's publication (where the article has none) and address (where it has
 * none) as the article's, each a guess found `how`; whether the address was taken.
 */
export function takeSource(source: { url: string; publication?: string }, details: ArticleDetails, guesses: Guess[], how: string): boolean {
  if (!details.publication && source.publication) {
    details.publication = source.publication
    guesses.push({ what: 'publication', value: details.publication, how })
  }
  if (details.url) return false
  details.url = source.url
  guesses.push({ what: 'url', value: details.url, how })
  return true
}

function quote(text: string): string {
  return `“${text.length > 70 ? text.slice(0, 69) + '…' : text}”`
}

