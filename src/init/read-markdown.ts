// A Markdown article is kept as it is. Without front matter, its `# Title` line (or first
// line) and a "By X" line become the front matter; every other line stays untouched. Its own
// front matter is kept, less what `check` would refuse: a field under another name
// (`date`, as blogs and static sites write it) is renamed, and a field classpack does not
// read (`tags`, `layout`) is kept as a comment.
import { parse } from 'yaml'
import { FRONT_MATTER_FIELDS } from '../article/parse.js'
import { addLanguage } from './language.js'
import { bioName } from './structure.js'
import type { ArticleDetails, Guess } from './model.js'

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
    return { body: own.text, guesses: [{ what: 'front matter', value: own.said, how: "the file's own" }, ...ownDetails(own.text)] }
  }
  const lines = source.split('\n')
  const details: ArticleDetails = {}
  const guesses: Guess[] = []
  const taken = new Set<number>()
  const at = (from: number): number => {
    let i = from
    while (i < lines.length && lines[i]!.trim() === '') i++
    return i
  }
  const first = at(0)
  if (first < lines.length) {
    const heading = /^#\s+(.+?)\s*#*\s*$/.exec(lines[first]!)
    details.title = heading ? heading[1]! : lines[first]!.trim()
    taken.add(first)
    guesses.push({ what: 'title', value: details.title, how: heading ? 'the `#` heading' : 'the first line' })
  }
  let next = first + 1
  for (let n = 0; n < 3; n++) {
    next = at(next)
    if (next >= lines.length) break
    const by = BYLINE.exec(lines[next]!.trim())
    if (by && by[1]!.split(/\s+/).length <= 10) {
      details.author = by[1]!.trim()
      taken.add(next)
      guesses.push({ what: 'author', value: details.author, how: `the line “${lines[next]!.trim()}”` })
      break
    }
    next++
  }
  closingBio(lines, taken, details, guesses)
  const body = lines.filter((_, i) => !taken.has(i)).join('\n').replace(/^\s*\n/, '')
  addLanguage(details, guesses, [body])
  return { details, body, guesses }
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

/** Other names sites and editors give the front matter's fields (compared in lower case). */
const ALIASES: Record<string, string> = {
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
      const alias = ALIASES[name.toLowerCase()]
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
 * A last paragraph of one plain line about the author ("Teresa Okafor is a former teacher…",
 * as a plain-text or HTML article's is read: structure.ts) goes to `author_bio`: left in the
 * body it would be the article's last numbered paragraph, and claims could quote it.
 */
function closingBio(lines: readonly string[], taken: Set<number>, details: ArticleDetails, guesses: Guess[]): void {
  let last = lines.length - 1
  while (last >= 0 && lines[last]!.trim() === '') last--
  // One line, after a blank one, with nothing before it that is not already taken.
  if (last < 1 || lines[last - 1]!.trim() !== '' || lines.slice(0, last).every((line, i) => taken.has(i) || line.trim() === '')) return
  const text = lines[last]!.trim()
  // Markdown that is more than a line of text (a heading, a list item, a quote, emphasis) stays.
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
