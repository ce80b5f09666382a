// Read a plain-text article into blocks: blocks are separated by blank lines, a block's
// lines are joined (the text may be wrapped). A `## ` line is a subhead; what else is
// headline, standfirst or subhead is left to the structure stage, which guesses it.
// Text pasted from a PDF carries the page's furniture: page numbers on lines of their own
// and words hyphenated at the end of a line. Neither is the author's: page numbers are
// left out and broken words joined, each named in what `init` prints.
import type { SourceArticle, Block, Guess } from './model.js'

/** Longest line of a wrapped paragraph: a longer line means one paragraph per line. */
const WRAPPED = 200
/** A page number on a line of its own: "12", "- 12 -", "Page 12", "12 of 30". Not a year ("1989" may be a subhead). */
const PAGE_NUMBER = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?)$/i
/** A line ending in a word broken by a hyphen, the next line going on in lower case. */
const BROKEN = /(\p{L}+)-$/u

/** Read a .txt article. */
export function readText(text: string): SourceArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const notes: Guess[] = []
  const pages: string[] = []
  let groups: string[][] = []
  let current: string[] = []
  const end = (): void => {
    if (current.length) groups.push(current)
    current = []
  }
  for (const line of lines) {
    const trimmed = line.trim()
    if (trimmed === '') end()
    else if (PAGE_NUMBER.test(trimmed) && (groups.length > 0 || current.length > 0)) pages.push(trimmed)
    else current.push(trimmed)
  }
  end()
  // A paragraph a page break cut in two goes on in lower case after the page number.
  if (pages.length) {
    const joined: string[][] = []
    for (const group of groups) {
      const prev = joined[joined.length - 1]
      if (prev && !/[.!?…:;"'”’»)\]]$/u.test(prev[prev.length - 1]!) && /^\p{Ll}/u.test(group[0]!) && prev.length > 1) prev.push(...group)
      else joined.push(group)
    }
    groups = joined
    notes.push({ what: 'left out', value: pages.map((p) => `“${p}”`).join(', '), how: 'lines holding only a page number' })
  }

  const mended: string[] = []
  const blocks: Block[] = []
  groups.forEach((group, i) => {
    // The headline, standfirst and byline often stand on lines of their own without blank lines between.
    const header = i === 0 && group.length <= 4 && group.every((l) => l.split(/\s+/).length <= 40)
    // Text with one paragraph per line has no blank lines to go by.
    const perLine = group.length > 1 && group.some((l) => l.length > WRAPPED)
    // A `## Subhead` line, as people write them in plain text too, is a subhead.
    const marked = group.length === 1 ? /^(#{1,6})\s+(.+?)\s*#*$/.exec(group[0]!) : null
    if (marked && i > 0) blocks.push({ kind: 'heading', text: squashLine(marked[2]!), level: marked[1]!.length })
    else if (header || perLine) for (const line of group) blocks.push({ kind: 'paragraph', text: squashLine(line), lines: 1 })
    else blocks.push({ kind: 'paragraph', text: squashLine(joinLines(group, text, mended)), lines: group.length })
  })
  if (mended.length) notes.push({ what: 'joined', value: mended.join(', '), how: 'words hyphenated at the end of a line; put a hyphen back in article.md where the word has one' })
  return { from: 'text', blocks, details: {}, origins: {}, notes }
}

/**
 * A wrapped paragraph's lines as one: "assump-" then "tion" is "assumption". A word the text
 * also writes with its hyphen on one line ("one-off") keeps it.
 */
function joinLines(group: readonly string[], whole: string, mended: string[]): string {
  let out = group[0]!
  for (const line of group.slice(1)) {
    const broken = BROKEN.exec(out)
    const next = /^(\p{Ll}[\p{L}]*)/u.exec(line)
    if (broken && next) {
      const hyphenated = `${broken[1]}-${next[1]}`
      const keep = new RegExp(`(?<![\\p{L}])${hyphenated}(?![\\p{L}])`, 'u').test(whole)
      out = keep ? out + line : out.slice(0, -1) + line
      mended.push(keep ? `“${hyphenated}” (kept as the text writes it elsewhere)` : `“${broken[1]}-” + “${next[1]}” → “${broken[1]}${next[1]}”`)
    } else out += ` ${line}`
  }
  return out
}

function squashLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
