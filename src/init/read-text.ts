// Read a plain-text article into blocks: blocks are separated by blank lines, a block's
// lines are joined (the text may be wrapped). A `## ` line is a subhead; what else is
// headline, standfirst or subhead is left to the structure stage, which guesses it.
import type { SourceArticle, Block } from './model.js'

/** Longest line of a wrapped paragraph: a longer line means one paragraph per line. */
const WRAPPED = 200

/** Read a .txt article. */
export function readText(text: string): SourceArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const groups: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) groups.push(current)
      current = []
    } else current.push(line.trim())
  }
  if (current.length) groups.push(current)

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
    else blocks.push({ kind: 'paragraph', text: squashLine(group.join(' ')), lines: group.length })
  })
  return { from: 'text', blocks, details: {}, origins: {} }
}

function squashLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
