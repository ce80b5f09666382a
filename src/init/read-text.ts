// Read a plain-text article into blocks: blocks are separated by blank lines, a block's
// lines are joined (the text may be wrapped). A `## ` line is a subhead; what else is
// headline, standfirst or subhead is left to the structure stage, which guesses it.
// Text pasted from a PDF carries the page's furniture: page numbers on lines of their own
// and words hyphenated at the end of a line. Neither is the author's: page numbers are
// left out and broken words joined, each named in what `init` prints.
import type { SourceArticle, Block, Guess } from './model.js'
import { headLine } from './structure.js'
import { squashText } from './blocks.js'

/** Most lines of a head copied from a web page (label, headline, standfirst, byline, dateline, share buttons' words). */
const HEAD_LINES = 8
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
  const parts = loneItems(groups.map((group, i): Part[] => (i === 0 ? [{ kind: 'text', lines: group }] : partsOf(group))), groups)
  const ids = { next: 0 }
  let list: { id: number; key: string; next: number } | undefined
  parts.forEach((group, i) => {
    for (const part of group) {
      if (part.kind !== 'item') list = undefined
      if (part.kind === 'table') blocks.push({ kind: 'table', text: part.rows.map((r) => r.join(' ')).join('\n'), rows: part.rows })
      else if (part.kind === 'quote') {
        const quote = { kind: 'quote' as const, id: ++ids.next }
        for (const lines of part.paragraphs) blocks.push({ kind: 'paragraph', text: squashText(joinLines(lines, text, mended)), lines: lines.length, within: [quote] })
      } else if (part.kind === 'item') {
        // An item goes on the list before it when that list is of its kind and, numbered, counts up to it.
        if (list === undefined || list.key !== part.key || (part.number !== undefined && part.number !== list.next)) list = { id: ++ids.next, key: part.key, next: part.number ?? 1 }
        const number = part.number ?? list.next
        list.next = number + 1
        blocks.push({ kind: 'paragraph', text: squashText(joinLines(part.lines, text, mended)), lines: part.lines.length, within: [{ kind: 'item', id: ++ids.next, list: list.id, ordered: part.number !== undefined, number }] })
      } else textBlocks(part.lines, i, text, mended, blocks)
    }
  })
  if (mended.length) notes.push({ what: 'joined', value: mended.join(', '), how: 'words hyphenated at the end of a line; put a hyphen back in article.md where the word has one' })
  return { from: 'text', blocks, details: {}, origins: {}, notes }
}

/** Blocks for a group of plain lines (or a part of a group that is neither list, quote nor table). */
function textBlocks(group: readonly string[], i: number, text: string, mended: string[], blocks: Block[]): void {
  // The headline, standfirst and byline often stand on lines of their own without blank lines between.
  // So do a byline and a dateline under a standfirst ("By Nadia Ferreira" / "July 22, 2024"): joined, they were a ¶ of their own.
  // Copied from a web page, the head runs longer without a blank line: a section label above
  // the headline, the standfirst, the byline, the dateline and the share buttons' words; joined,
  // they were the article's ¶1 and it had no title. A byline or dateline among them says so.
  const short = group.every((l) => l.split(/\s+/).length <= 40)
  const header = (i === 0 && group.length <= 4 && short) || (i === 0 && group.length <= HEAD_LINES && short && group.some(headLine)) || (i <= 3 && group.length > 1 && group.length <= 3 && group.every(headLine))
  // Text with one paragraph per line has no blank lines to go by.
  const perLine = group.length > 1 && group.some((l) => l.length > WRAPPED)
  // A `## Subhead` line, as people write them in plain text too, is a subhead.
  const marked = group.length === 1 ? /^(#{1,6})\s+(.+?)\s*#*$/.exec(group[0]!) : null
  // A standfirst of a sentence or two, wrapped or not, with the byline and dateline right under it:
  // joined, the byline was the standfirst's last words and the article had no author.
  const tail = i > 0 && i <= 3 && !header && !perLine ? headTail(group) : 0
  if (marked && i > 0) blocks.push({ kind: 'heading', text: squashText(marked[2]!), level: marked[1]!.length })
  else if (header || perLine) for (const line of group) blocks.push({ kind: 'paragraph', text: squashText(line), lines: 1 })
  else if (tail > 0) {
    const lead = group.slice(0, group.length - tail)
    blocks.push({ kind: 'paragraph', text: squashText(joinLines(lead, text, mended)), lines: lead.length })
    for (const line of group.slice(group.length - tail)) blocks.push({ kind: 'paragraph', text: squashText(line), lines: 1 })
  }
  else blocks.push({ kind: 'paragraph', text: squashText(joinLines(group, text, mended)), lines: group.length })
}

/**
 * How many lines at the end of `group` are a byline and dateline (one or two, with a line of
 * text above them), else 0. The byline ends as no sentence does: a wrapped paragraph's last
 * line "By Friday, it was over." is the paragraph's.
 */
function headTail(group: readonly string[]): number {
  let n = 0
  while (n < 2 && n < group.length - 1 && headLine(group[group.length - 1 - n]!)) n++
  return group.slice(group.length - n).some((l) => /^(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\s/.test(l) && !/[.!?]["'”’)]*$/u.test(l)) ? n : 0
}

/** A part of a group of lines: plain text, a list item, a block quote's paragraphs or a table's rows. */
type Part =
  | { kind: 'text'; lines: string[] }
  | { kind: 'item'; lines: string[]; key: string; number?: number }
  | { kind: 'quote'; paragraphs: string[][] }
  | { kind: 'table'; rows: string[][] }

/** A bulleted line ("- ", "* ", "• ", "– ") or a numbered one ("1. ", "2) "), as people type lists. */
const ITEM = /^(?:([-*•–])|(\d{1,3})[.)])\s+(\S.*)$/u
/** A line of a block quote, as email and Markdown mark one: "> ". */
const QUOTED = /^>(?:\s(.*))?$/
/** A row of a table copied from a spreadsheet or a web page: cells between tabs. */
const ROW = /\S\t+\S/

/**
 * The parts of a group of lines. Plain text runs list items, quoted lines and a table's rows
 * together into one paragraph ("- Buffalo … - Minneapolis …", "\\> “We were…”"); read as
 * Markdown reads them, they are a list (each item a ¶ of its own), a block quote, and a table
 * (tables.ts). A list needs two items or more, numbered ones counting up by one ("1. FC Köln
 * spielte …" alone is a sentence); a table two rows or more.
 */
function partsOf(group: readonly string[]): Part[] {
  const spaced = spacedRows(group)
  if (spaced) return [{ kind: 'table', rows: spaced }]
  const parts: Part[] = []
  const last = (): Part | undefined => parts[parts.length - 1]
  for (const line of group) {
    const quoted = QUOTED.exec(line)
    const item = ITEM.exec(line)
    const prev = last()
    if (quoted) {
      const words = (quoted[1] ?? '').trim()
      if (prev?.kind !== 'quote') parts.push({ kind: 'quote', paragraphs: [] })
      const quote = last() as Extract<Part, { kind: 'quote' }>
      // A line holding only ">" parts the quotation's paragraphs.
      if (words === '') quote.paragraphs.push([])
      else if (quote.paragraphs.length === 0 || quote.paragraphs[quote.paragraphs.length - 1]!.length === 0) quote.paragraphs.push([words])
      else quote.paragraphs[quote.paragraphs.length - 1]!.push(words)
    } else if (ROW.test(line)) {
      if (prev?.kind !== 'table') parts.push({ kind: 'table', rows: [] })
      ;(last() as Extract<Part, { kind: 'table' }>).rows.push(line.split(/\t+/).map((c) => c.trim()))
    } else if (item) parts.push({ kind: 'item', lines: [item[3]!], key: item[1] ?? 'number', ...(item[2] ? { number: Number(item[2]) } : {}) })
    else if (prev?.kind === 'text' || prev?.kind === 'item') prev.lines.push(line)
    else parts.push({ kind: 'text', lines: [line] })
  }
  for (const q of parts) if (q.kind === 'quote') q.paragraphs = q.paragraphs.filter((p) => p.length > 0)
  return plainWhereUnsure(parts, group)
}

/** A gap between a table's cells: a tab, or a run of two spaces or more, not after a sentence's or a clause's end. */
const CELL_GAP = /(?<![.!?:;,])(?:\t+| {2,})(?=\S)/gu

/**
 * The rows of a group whose every line is cells set apart by spaces, as a table copied from a
 * PDF or typed with aligned columns has them ("School-night sleep   7 h 26 min   6 h 52 min"):
 * two lines or more, each of the same number of cells, two or more. ROW reads only tabs, and
 * such a table was one numbered ¶ of its cells run together. A paragraph typed with two spaces
 * after its full stops is none (CELL_GAP), nor is a list or a quote.
 */
function spacedRows(group: readonly string[]): string[][] | undefined {
  if (group.length < 2 || group.some((l) => ITEM.test(l) || QUOTED.test(l))) return undefined
  const rows = group.map((l) => l.trim().split(CELL_GAP).map((c) => c.trim()))
  const width = rows[0]!.length
  return width >= 2 && rows.every((r) => r.length === width) ? rows : undefined
}

/** The group as one plain part when its list or table is not sure to be one: a lone item or row, items that do not count up. */
function plainWhereUnsure(parts: Part[], group: readonly string[]): Part[] {
  const items = parts.filter((p): p is Extract<Part, { kind: 'item' }> => p.kind === 'item')
  const counts = items.every((p, k) => k === 0 || p.key !== items[k - 1]!.key || p.number === undefined || p.number === items[k - 1]!.number! + 1)
  const sure = parts.every((p) => (p.kind === 'table' ? p.rows.length >= 2 : p.kind !== 'quote' || p.paragraphs.length > 0))
  // A group that is one item may be one of a list whose items stand between blank lines: readText joins those.
  const lone = items.length === 1 && parts.length > 1
  return sure && counts && !lone ? parts : [{ kind: 'text', lines: [...group] }]
}

/**
 * Items that stand between blank lines ("- a", blank, "- b") are one list; a group that is one
 * item with no item of its kind before or after it is plain text ("1. FC Köln spielte …").
 */
function loneItems(parts: Part[][], groups: readonly string[][]): Part[][] {
  const follows = (a: Part | undefined, b: Part | undefined): boolean => a?.kind === 'item' && b?.kind === 'item' && a.key === b.key && (b.number === undefined || b.number === a.number! + 1)
  return parts.map((group, i) => {
    const only = group.length === 1 ? group[0] : undefined
    if (only?.kind !== 'item' || follows(parts[i - 1]?.at(-1), only) || follows(only, parts[i + 1]?.[0])) return group
    return [{ kind: 'text', lines: [...groups[i]!] }]
  })
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
