// A Markdown article is kept as it is. Without front matter, its `# Title` line (or first
// line) and a "By X" line become the front matter; every other line stays untouched.
import { parse } from 'yaml'
import { addLanguage } from './language.js'
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
  if (/^---\r?\n/.test(source)) return { body: source, guesses: [{ what: 'front matter', value: 'kept as written', how: "the file's own" }, ...ownDetails(source)] }
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
