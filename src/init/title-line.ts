// Whether an article's first line is its title, and the title to give it when none is. An
// article without a `# Title` (or a page without one) opens with its first paragraph, and
// taking that as the title moved the article's words out of the numbered body: claims lost
// their ¶, questions their text. So a first line counts as the title only when it reads as
// one; else it stays in the body and the file's name stands in, said so the teacher sets it.
import { basename, extname } from 'node:path'

/** Longest title taken from a first line, in words (a headline, not a sentence of the article). */
const TITLE_WORDS = 20

/**
 * Whether `line`, the article's first, reads as a title: short, one sentence at most, not
 * ending like a sentence of the body (a full stop, comma, colon or semicolon; a headline may
 * ask or exclaim), and no Markdown block (a quote, a list item, a subhead); `bylined`, a byline
 * stands under it, so a question or an exclamation inside is the headline's too.
 */
export function looksLikeTitle(line: string, bylined = false): boolean {
  const text = line.trim()
  if (text === '' || text.split(/\s+/).length > TITLE_WORDS) return false
  if (/^(?:[#>*+|<-]|\d+[.)]\s)/.test(text)) return false
  if (/[.,;:…]["'”’»)\]]*$/u.test(text)) return false
  // A sentence break inside ("… at lunch. Some parents …") is body text, not a headline;
  // but with a byline under it (`bylined`), a question and its answer are the headline's
  // ("How thick is thick enough? Kestrel Falls puts numbers on the ice").
  if (bylined && !/\.["'”’»)\]]*\s+["'“‘(]?\p{Lu}/u.test(text)) return true
  return !/[.!?…]["'”’»)\]]*\s+["'“‘(]?\p{Lu}/u.test(text)
}

/** How init says a title came from the file's name: where to set the real one. */
export const NO_TITLE = "the file name; no title found: set `title:` in article.md's front matter"

/** A title made from the article file's name ("school-garden_2024.md" is "School garden 2024"). */
export function fileTitle(path: string): string {
  const words = basename(path, extname(path)).replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim()
  return words === '' ? 'Untitled article' : words[0]!.toUpperCase() + words.slice(1)
}
