// A Markdown article is kept as it is. Without front matter, its `# Title` line (or a first
// line that reads as a title) and a "By X" line become the front matter; every other line stays untouched. Its own
// front matter is kept, less what `check` would refuse: a field under another name
// (`date`, as blogs and static sites write it) is renamed, and a field classpack does not
// read (`tags`, `layout`) is kept as a comment.
import { parse } from 'yaml'
import { FRONT_MATTER_ALIASES, FRONT_MATTER_FIELDS } from '../article/parse.js'
import { addLanguage } from './language.js'
import { clutterOf, isPullQuote, linkText, RELATED_HEADING, SIGN_UP_FORM, SIGN_UP_HEADING, SIGN_UP_LINE } from './clutter.js'
import { datelineDate } from './dates.js'
import { plainFootnotes } from './footnote-lines.js'
import { bioName, bylineDate, sourceOf, takeSource } from './structure.js'
import type { ArticleDetails, Guess } from './model.js'
import { commentOf, DELIMITER_ROW } from './tables.js'
import { looksLikeTitle } from './title-line.js'
import { yamlString } from './yaml-text.js'

export interface MarkdownArticle {
  /** The front matter to add, or undefined when the file has its own. */
  details?: ArticleDetails
  /** The Markdown after the lines taken into the front matter. */
  body: string
  guesses: Guess[]
}

// "By X" or "Von X" (German), perhaps in emphasis.
const BYLINE = /^[*_]{0,2}(?:[Bb]y|BY|[Vv]on|VON)\s+(\p{Lu}[^*_]*?)[*_]{0,2}\s*$/u

/** Read a .md article. */
export function readMarkdown(text: string): MarkdownArticle {
  const source = text.replace(/^\uFEFF/, '')
  if (/^---\r?\n/.test(source)) {
    const own = ownFrontMatter(source)
    const found = ownDetails(own.text)
    const tidied = tidyOwn(own.text, found)
    return { body: tidied.text, guesses: [{ what: 'front matter', value: own.said, how: "the file's own" }, ...found, ...tidied.guesses] }
  }
  const guesses: Guess[] = []
  const lines = tablesAsComments(withoutFootnotes(source.split('\n'), guesses))
  const details: ArticleDetails = {}
  const taken = new Set<number>()
  const at = (from: number): number => {
    let i = from
    while (i < lines.length && lines[i]!.trim() === '') i++
    return i
  }
  let first = at(0)
  // A section label above the `# Title` ("[Culture](https://…/culture)", as a page saved as
  // Markdown or copied with its links gives it) was taken for the title, and the real title,
  // standfirst and byline stayed in the body as its first ¶s: a label of a few words, no
  // sentence, before the heading is left out and named, and the heading is the title.
  const label = sectionLabel(lines, first, at)
  if (label !== undefined) {
    for (let i = first; i < label; i++) if (lines[i]!.trim() !== '') guesses.push({ what: 'left out', value: `“${lines[i]!.trim()}”`, how: 'the section label above the `#` heading' })
    for (let i = first; i < label; i++) taken.add(i)
    first = label
  }
  let title = first - 1
  if (first < lines.length) {
    const heading = /^#\s+(.+?)\s*#*\s*$/.exec(lines[first]!)
    // A plain first line is the title only when it reads as one and stands alone: else it is
    // the article's first paragraph, and the caller names the title (title-line.ts).
    if (heading || (looksLikeTitle(lines[first]!) && (lines[first + 1] ?? '').trim() === '')) {
      details.title = heading ? heading[1]! : lines[first]!.trim()
      taken.add(first)
      title = first
      guesses.push({ what: 'title', value: details.title, how: heading ? 'the `#` heading' : 'the first line' })
    }
  }
  head(lines, title, taken, details, guesses)
  siteLines(lines, taken, guesses)
  closingBio(lines, taken, details, guesses)
  const body = lines.filter((_, i) => !taken.has(i)).join('\n').replace(/^\s*\n/, '')
  addLanguage(details, guesses, [body])
  return { details, body, guesses }
}

/** A line left out, as init names it: in quotation marks, cut short past 72 characters. */
const quoted = (text: string): string => `“${text.length > 72 ? `${text.slice(0, 71)}…` : text}”`

/** Most words of a section label above the title ("Culture", "Opinion · Education"). */
const LABEL_WORDS = 5

/**
 * The line of the `# Title` when the lines before it (from `first`, up to two) are a section
 * label: each a few words or a link alone, no sentence. Undefined when the first line is the
 * heading, or no heading follows such lines.
 */
function sectionLabel(lines: readonly string[], first: number, at: (from: number) => number): number | undefined {
  let i = first
  for (let n = 0; n < 2 && i < lines.length; n++) {
    const line = lines[i]!.trim()
    if (/^#\s/.test(line)) return n === 0 ? undefined : i
    const words = linkText(line).replace(/[*_]/g, '').trim()
    if (words === '' || words.split(/\s+/).length > LABEL_WORDS || /[.!?:;,]$/.test(words) || /^(?:[>|-]|\d+[.)]\s)/.test(line)) return undefined
    i = at(i + 1)
  }
  return i < lines.length && /^#\s/.test(lines[i]!.trim()) ? i : undefined
}

/** A line wholly in emphasis (`*…*`, `_…_`, `**…**`), as Markdown writers set a standfirst; its words. */
const EMPHASIS_LINE = /^(\*{1,2}|_{1,2})(?![\s*_])(.+?)(?<![\s*_])\1$/u
/** Longest standfirst, in words (as structure.ts has it for plain text). */
const STANDFIRST_WORDS = 45

/**
 * The lines under the `# Title` that are about the article, not of it, as in plain text
 * (structure.ts): a "By …" line is the byline; a line that only gives a date ("March 14,
 * 2024", "3. März 2025") is `published`; a line wholly in emphasis before them, or a short
 * one-line paragraph right before the byline, is the standfirst. Left in the body, each would
 * be a numbered paragraph (and a standfirst even a suggested claim).
 */
function head(lines: readonly string[], title: number, taken: Set<number>, details: ArticleDetails, guesses: Guess[]): void {
  const at = (from: number): number => {
    let i = from
    while (i < lines.length && lines[i]!.trim() === '') i++
    return i
  }
  const alone = (i: number): boolean => (lines[i + 1] ?? '').trim() === ''
  // Nothing but blank lines and lines already taken between `from` and `to`.
  const between = (from: number, to: number): boolean => lines.slice(from + 1, to).every((line, k) => line.trim() === '' || taken.has(from + 1 + k))
  // A plain line right under the title, taken as the standfirst only if the byline follows it.
  let plain: number | undefined
  let next = title + 1
  for (let n = 0; n < 4; n++) {
    next = at(next)
    if (next >= lines.length) break
    const line = lines[next]!.trim()
    // A byline whose name is a link to the author's page ("By [Priya Nandakumar](https://…),
    // Culture correspondent", as a page saved as Markdown gives it) is a byline all the same.
    const by = BYLINE.exec(linkText(line))
    const emphasis = EMPHASIS_LINE.exec(line)
    const date = datelineDate(emphasis ? emphasis[2]! : line)
    // "Source: https://…", or a Markdown link alone ("[Read it online](https://…)").
    const source = sourceOf(line.replace(/^\[[^\]]*\]\((\S+?)\)$/, '$1'))
    if (source !== undefined && !details.url && alone(next)) {
      takeSource(source, details, guesses, `the line “${line}”`)
      taken.add(next)
    } else if (by && !details.author && by[1]!.split(/\s+/).length <= 10) {
      const dated = bylineDate(line)
      // The name, without a date or a role after it ("By Jane Doe, Culture correspondent").
      details.author = by[1]!.split(/\s+[|·•–—-]\s+|,\s+/u)[0]!.trim()
      taken.add(next)
      guesses.push({ what: 'author', value: details.author, how: `the line “${line}”` })
      if (plain !== undefined && !details.standfirst && between(plain, next)) standfirst(lines[plain]!.trim(), plain, 'the short line before the byline')
      if (dated && !details.published) published(dated, line, next, false)
    } else if (date !== undefined && !details.published && alone(next)) published(date, line, next, true)
    else if (emphasis && !details.standfirst && alone(next) && between(title, next)) standfirst(emphasis[2]!.trim(), next, 'the line in emphasis under the title')
    else if (n === 0 && alone(next) && line.split(/\s+/).length <= STANDFIRST_WORDS && !/^(?:[#>*+_|<-]|\d+[.)]\s)/.test(line)) plain = next
    next++
  }

  function standfirst(text: string, i: number, how: string): void {
    details.standfirst = text
    taken.add(i)
    guesses.push({ what: 'standfirst', value: text, how })
  }
  function published(date: string, line: string, i: number, take: boolean): void {
    details.published = date
    if (take) taken.add(i)
    guesses.push({ what: 'published', value: date, how: `the line “${line}”` })
  }
}

/**
 * Footnotes are no words of the argument, and classpack's article has no footnotes: a
 * reference (`[^1]`) would print as written in every quotation and the reading copy, and a
 * definition (`[^1]: …`) would be a numbered paragraph that claims could quote. Both are left
 * out, as a web page's footnotes are, and named so the teacher can put a note's words back.
 */
function withoutFootnotes(lines: readonly string[], guesses: Guess[]): string[] {
  const out: string[] = []
  const notes: string[] = []
  let fence = false
  let inNote = false
  for (const line of lines) {
    if (/^\s{0,3}(?:```|~~~)/.test(line)) fence = !fence
    if (fence) {
      out.push(line)
      continue
    }
    const definition = /^ {0,3}\[\^([^\]\s]+)\]:\s*(.*)$/.exec(line)
    if (definition) {
      notes.push(`[^${definition[1]}] “${definition[2]!.length > 60 ? `${definition[2]!.slice(0, 59)}…` : definition[2]}”`)
      inNote = true
      continue
    }
    // A definition goes on in lines indented by four spaces or a tab.
    if (inNote && (/^(?: {4}|\t)/.test(line) || line.trim() === '')) {
      if (line.trim() !== '') continue
      inNote = false
    } else inNote = false
    out.push(line.replace(/\[\^[^\]\s]+\]/g, ''))
  }
  const references = lines.join('\n').match(/\[\^[^\]\s]+\](?!:)/g)?.length ?? 0
  if (notes.length || references) guesses.push({ what: 'left out', value: [notes.length ? `footnotes ${notes.join(', ')}` : '', references ? `${references} footnote reference${references === 1 ? '' : 's'}` : ''].filter(Boolean).join('; '), how: "the file's footnotes: classpack's article has none; put a note's words in a paragraph if they matter" })
  // Notes written as plain lines ("¹ Results are …"), as a .txt file's are (footnote-lines.ts).
  const plain = plainFootnotes(out, guesses)
  // A note's line goes with the blank line after it, so no gap of two is left where it stood.
  return plain.texts.filter((line, i) => !plain.notes.has(i) && !(line.trim() === '' && plain.notes.has(i - 1)))
}

/**
 * A Markdown table (a row of `|` cells, a `| --- |` row under it, more rows) left out of the
 * reading copy and kept as a comment where it stood, as a web page's table is (tables.ts):
 * classpack reads no tables, and the table would print as one numbered paragraph of its
 * cells and `|` bars. init names it (plan.ts).
 */
function tablesAsComments(lines: readonly string[]): string[] {
  const out: string[] = []
  let fence = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (/^\s{0,3}(?:```|~~~)/.test(line)) fence = !fence
    const next = lines[i + 1]?.trim() ?? ''
    if (fence || !line.includes('|') || !next.includes('|') || !DELIMITER_ROW.test(next)) {
      out.push(line)
      continue
    }
    let end = i + 2
    while (end < lines.length && lines[end]!.includes('|') && lines[end]!.trim() !== '') end++
    // Blank lines around it: the comment is a block of its own, whatever stood next to the table.
    if (out.length && out[out.length - 1]!.trim() !== '') out.push('')
    out.push(...commentOf(lines.slice(i, end)).split('\n'))
    if (end < lines.length && lines[end]!.trim() !== '') out.push('')
    i = end - 1
  }
  return out
}

/**
 * A file with its own front matter: footnotes left out, a `# Title` line that repeats the
 * front matter's title dropped (it would be the first subhead), and a closing line about the
 * author taken to `author_bio` when the front matter has none, as without front matter.
 */
function tidyOwn(text: string, found: readonly Guess[]): { text: string; guesses: Guess[] } {
  const lines = text.split('\n')
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
  if (close < 0) return { text, guesses: [] }
  const guesses: Guess[] = []
  const body = tablesAsComments(withoutFootnotes(lines.slice(close + 1), guesses))
  const title = found.find((g) => g.what === 'title')?.value
  const first = body.findIndex((line) => line.trim() !== '')
  const heading = first >= 0 ? /^#\s+(.+?)\s*#*\s*$/.exec(body[first]!) : null
  if (heading && title !== undefined && fold(heading[1]!) === fold(title)) {
    body.splice(first, 1)
    guesses.push({ what: 'left out', value: `“${heading[1]}”`, how: 'the `#` heading that repeats the title' })
  }
  const front = lines.slice(0, close)
  aboutLines(front, body, guesses)
  if (!front.some((line) => /^author_bio\s*:/.test(line))) {
    const details: ArticleDetails = {}
    const author = found.find((g) => g.what === 'author')?.value
    if (author !== undefined) details.author = author
    const taken = new Set<number>()
    closingBio(body, taken, details, guesses)
    if (details.author_bio !== undefined) {
      for (const i of taken) body.splice(i, 1)
      front.push(`author_bio: ${yamlString(details.author_bio)}`)
    }
  }
  const rest = body.join('\n')
  return { text: [...front, lines[close]!].join('\n') + '\n' + (rest.startsWith('\n') ? rest : `\n${rest}`).replace(/^\n+/, '\n').replace(/\n+$/, '\n'), guesses }
}

/**
 * The lines under the title that are about the article (head: a line in emphasis, a "By …"
 * line, a dateline, a source line), as without front matter: each goes to the front matter
 * where it has no such field, and is dropped where it repeats the field ("By Helen Marsh"
 * under `author: Helen Marsh`). Left in, they were ¶1 and ¶2 of the reading copy, and the
 * standfirst a suggested claim. Where one says otherwise than the front matter, all stay
 * where they are: which is right is the teacher's to say. `front` and `body` are changed.
 */
function aboutLines(front: string[], body: string[], guesses: Guess[]): void {
  const about: ArticleDetails = {}
  const taken = new Set<number>()
  const found: Guess[] = []
  head(body, -1, taken, about, found)
  if (taken.size === 0) return
  let own: Record<string, unknown>
  try {
    own = (parse(front.slice(1).join('\n')) as Record<string, unknown> | null) ?? {}
  } catch {
    return
  }
  const fields = Object.entries(about) as Array<[keyof ArticleDetails, string]>
  if (fields.some(([field, value]) => own[field] != null && fold(String(own[field])) !== fold(value))) return
  for (const [field, value] of fields) if (own[field] == null) front.push(`${field}: ${yamlString(value)}`)
  for (const g of found) {
    const field = g.what as keyof ArticleDetails
    const line = g.how.startsWith('the line “') ? g.how.slice('the line '.length) : `“${g.value}”`
    guesses.push(own[field] == null ? g : { what: 'left out', value: line, how: `a line that repeats the front matter's \`${field}\`` })
  }
  for (const i of [...taken].sort((a, b) => b - a)) body.splice(i, 1)
}

function fold(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** The title and author front matter of the file's own gives, as guesses (none where it does not parse: `check` says why). */
function ownDetails(source: string): Guess[] {
  const block = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source)
  let data: unknown
  try {
    data = block ? parse(block[1]!) : undefined
  } catch {
    return []
  }
  if (typeof data !== 'object' || data === null) return []
  const fields = data as Record<string, unknown>
  return (['title', 'author'] as const).flatMap((what) => {
    const value = fields[what]
    return typeof value === 'string' && value.trim() !== '' ? [{ what, value: value.trim(), how: 'its front matter' }] : []
  })
}

const KEY = /^([A-Za-z_][\w-]*)([ \t]*:)/

/** `source` with its front matter made one `check` reads: fields renamed or kept as comments, and what init says of it. */
function ownFrontMatter(source: string): { text: string; said: string } {
  const lines = source.split('\n')
  const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line))
  if (close < 0) return { text: source, said: 'kept as written' }
  const present = new Set(lines.slice(1, close).flatMap((line) => KEY.exec(line)?.[1] ?? []))
  const renamed: string[] = []
  const commented: string[] = []
  let action: 'keep' | 'comment' = 'keep'
  for (let i = 1; i < close; i++) {
    const line = lines[i]!
    const key = KEY.exec(line)
    if (key) {
      const name = key[1]!
      const alias = FRONT_MATTER_ALIASES[name.toLowerCase()]
      if (FRONT_MATTER_FIELDS.has(name)) action = 'keep'
      else if (alias !== undefined && !present.has(alias)) {
        present.add(alias)
        lines[i] = alias + line.slice(name.length)
        renamed.push(`\`${name}\` read as \`${alias}\``)
        action = 'keep'
        continue
      } else {
        if (commented.length === 0) lines[i] = `# Not read by classpack (kept as comments by classpack init):\n# ${line}`
        else lines[i] = `# ${line}`
        commented.push(`\`${name}\``)
        action = 'comment'
        continue
      }
    }
    // The rest of a field (its indented or listed lines) goes with it; comments and blank lines stay.
    if (action === 'comment' && line.trim() !== '' && !line.startsWith('#')) lines[i] = `# ${line}`
  }
  const said = [renamed.join(', '), commented.length ? `${commented.join(', ')} kept as comments (classpack does not read ${commented.length === 1 ? 'it' : 'them'})` : '']
    .filter((part) => part !== '')
    .join('; ')
  return { text: lines.join('\n'), said: said ? `kept; ${said}` : 'kept as written' }
}

/**
 * The site's lines in the body, each a paragraph of one line: "**Read more:** [A headline](…)",
 * "Advertisement", share buttons, an editor's note near either end (clutter.ts). Left in, each
 * was a numbered ¶ of the reading copy. Headings, list items, quotes and comments stay.
 */
function siteLines(lines: readonly string[], taken: Set<number>, guesses: Guess[]): void {
  const blank = (i: number): boolean => i < 0 || i >= lines.length || lines[i]!.trim() === ''
  const paragraphs = lines.flatMap((line, i) => (!taken.has(i) && line.trim() !== '' && blank(i - 1) ? [i] : []))
  const edges = 3
  // A pull quote set as a block quote ("> “…”", "> — Dr Imogen Achterberg, museum director")
  // whose words the article's text has already.
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i) || !/^\s{0,3}>/.test(lines[i]!) || !blank(i - 1)) continue
    let end = i
    while (end + 1 < lines.length && /^\s{0,3}>/.test(lines[end + 1]!)) end++
    const words = lines.slice(i, end + 1).map((line) => line.replace(/^\s{0,3}>\s?/, '').trim()).filter(Boolean).join(' ')
    const rest = lines.filter((_, k) => (k < i || k > end) && !taken.has(k)).join(' ')
    // Only between paragraphs: a closing quotation that repeats an earlier one is the writer's echo (structure.ts).
    const between = lines.slice(end + 1).some((line, k) => line.trim() !== '' && !taken.has(end + 1 + k))
    if (blank(end + 1) && between && isPullQuote(words, [rest])) {
      for (let k = i; k <= end; k++) taken.add(k)
      guesses.push({ what: 'left out', value: quoted(words), how: 'a pull quote: its words are in the article already' })
    }
    i = end
  }
  // A heading of the site's own over what it heads: "## Related stories" over a list of links,
  // "### Sign up to Culture Weekly" over a sign-up box's lines. Left in, the heading was a
  // subhead, and the article's paragraphs after it a section (a theme) under its name.
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{2,6}\s+(.+?)\s*#*$/.exec(lines[i]!.trim())
    if (!heading || taken.has(i)) continue
    const related = RELATED_HEADING.test(heading[1]!)
    if (!related && !SIGN_UP_HEADING.test(heading[1]!)) continue
    // What it heads: a list of links alone, or the sign-up box's short lines (its blurb first).
    const box: number[] = []
    let blurb = !related
    for (let k = i + 1; k < lines.length; k++) {
      const line = lines[k]!.trim()
      if (line === '') continue
      const link = /^[-*+]\s+\[[^\]]+\]\([^)]*\)$/.test(line)
      const signUp = !related && !/^[#>|-]/.test(line) && line.split(/\s+/).length <= 25 && (SIGN_UP_LINE.test(line) || blurb)
      if (!(related ? link : signUp)) break
      if (!related && !SIGN_UP_LINE.test(line)) blurb = false
      box.push(k)
    }
    // A sign-up box ends with its form (the address's field, the button, the promise), and only
    // a form's words make it one: the lines after the last of them are the article's again.
    if (!related) {
      while (box.length > 0 && !SIGN_UP_FORM.test(lines[box[box.length - 1]!]!.trim())) box.pop()
    }
    if (box.length === 0) continue
    for (const k of [i, ...box]) taken.add(k)
    guesses.push({ what: 'left out', value: `“${heading[1]}” and the ${box.length} line${box.length === 1 ? '' : 's'} under it`, how: related ? "the site's list of other stories" : "a newsletter's sign-up box" })
    i = box[box.length - 1]!
  }
  paragraphs.forEach((i, k) => {
    const line = lines[i]!.trim()
    if (taken.has(i) || !blank(i + 1) || /^(?:[#>|<+-]|\d+[.)]\s|`{3}|~{3})/.test(line)) return
    const clutter = clutterOf(line, k < edges || k >= paragraphs.length - edges)
    if (!clutter) return
    taken.add(i)
    guesses.push({ what: 'left out', value: quoted(line), how: clutter })
  })
}

/**
 * A last paragraph of one plain line about the author ("Teresa Okafor is a former teacher…",
 * as a plain-text or HTML article's is read: structure.ts) goes to `author_bio`: left in the
 * body it would be the article's last numbered paragraph, and claims could quote it.
 */
function closingBio(lines: readonly string[], taken: Set<number>, details: ArticleDetails, guesses: Guess[]): void {
  let last = lines.length - 1
  while (last >= 0 && lines[last]!.trim() === '') last--
  // One line, after a blank one, with nothing before it that is not already taken.
  if (last < 1 || lines[last - 1]!.trim() !== '' || lines.slice(0, last).every((line, i) => taken.has(i) || line.trim() === '')) return
  // A bio set wholly in emphasis (`*Jane Doe is a …*`, as many sites set it, and as a web
  // page's `<em>` one is read) is its words; other Markdown that is more than a line of text
  // (a heading, a list item, a quote, emphasis of part of it) stays.
  const line = lines[last]!.trim()
  const emphasis = EMPHASIS_LINE.exec(line)
  // The name in bold opening it (`**Priya Nandakumar** is the Courier's …`), as news sites set a
  // bio, is a bio too: its words, without the marks (it stayed the last numbered ¶).
  const bold = /^(\*\*|__)(?![\s*_])([^*_]+?)(?<!\s)\1(\s[^*_]*)$/u.exec(line)
  const text = emphasis ? emphasis[2]!.trim() : bold ? `${bold[2]}${bold[3]}` : line
  if (/^(?:[#>*+_|-]|\d+[.)]\s|<)/.test(text)) return
  const name = bioName({ kind: 'paragraph', text }, details.author)
  if (!name) return
  taken.add(last)
  details.author_bio = text
  guesses.push({ what: 'author_bio', value: text, how: 'the closing line about the author' })
  if (!details.author) {
    details.author = name
    guesses.push({ what: 'author', value: name, how: 'the closing line about the author' })
  }
}
