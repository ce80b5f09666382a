// escapeMarkdown escapes a character only where it could be read as Markdown syntax
// (src/fill/escape.ts). What it must equal: escaping every ASCII punctuation character,
// which CommonMark makes total. Both are put in the places templates put text, and the
// filled documents must parse to the same trees.
import fc from 'fast-check'
import type { Root } from 'mdast'
import { removePosition } from 'unist-util-remove-position'
import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../src/fill/escape.js'
import { parseFilled } from '../src/render/markdown.js'

/** The total escape: every ASCII punctuation character (the definition escapeMarkdown must read back as). */
const escapeAll = (text: string): string => text.replace(/[^\S\u00a0\u2007\u202f]+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, '\\$&')

/** Places templates put text in (a and b two texts), each a document of its own, most where a character could join the template's syntax. */
const PLACES: Array<(a: string, b: string) => string> = [
  (a) => a,
  (a, b) => `${a} ${b}`,
  (a, b) => `${a}${b}`,
  (a, b) => `${a}\n${b}`,
  (a, b) => `${a}\n\n${b}`,
  (a, b) => `- ${a}\n- ${b}`,
  (a, b) => `1. ${a}\n2. ${b}`,
  (a, b) => `## ${a}\n\n### ${b} #`,
  (a, b) => `> ${a}\n${b}`,
  (a, b) => `**${a}**${b}`,
  (a, b) => `*${a}* _${b}_`,
  (a, b) => `- **Label:** ${a}, ${b}.`,
  (a, b) => `[${a}](${b})`,
  (a, b) => `[${a}](${b} "title")`,
  (a, b) => `${a}[link](https://example.com)${b}`,
  (a, b) => `${a}word ${b}`,
  (a, b) => `::option[${a}]{letter=A}\n::option[${b}]{letter=B}`,
  (a, b) => `:name[${a}]${b}`,
  (a, b) => `The :claim[${a}]&nbsp;${b}`,
  (a, b) => `::::question{#q-1}\n${a}\n\n:::options{mark=circle}\n::option[${b}]{letter=A}\n:::\n::::`,
  (a, b) => `:::callout[${a}]{kind=note}\n${b}\n:::`,
  (a, b) => `${a}\n---\n${b}\n===`,
  (a, b) => `| ${a} | ${b} |`,
  (a, b) => `\`code\` ${a} ${b}`
]

/** The tree of `markdown`, without positions (an escape changes columns, not what is read). */
function tree(markdown: string): Root {
  const root = parseFilled(markdown)
  removePosition(root, { force: true })
  return root
}

// Every ASCII punctuation character, letters and digits, spaces, and a few others prose has.
const CHARS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', 'a', 'Z', 'x', '1', '9', '0', ' ', ' ', 'é', '“', '”', '’', '¶', '\u00a0', '\t']
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 10 }).map((chars) => chars.join(''))

describe('escapeMarkdown', () => {
  it('folds white space but keeps the no-break spaces, where a line must not end', () => {
    expect(escapeMarkdown('2\u00a0points,\n  12\u202f%  and\t10\u2007000')).toBe('2\u00a0points, 12\u202f% and 10\u2007000')
  })

  it('reads back as escaping every punctuation character does, in every place templates put text', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const place of PLACES) {
          expect(tree(place(escapeMarkdown(a), escapeMarkdown(b))), place(a, b)).toEqual(tree(place(escapeAll(a), escapeAll(b))))
        }
      }),
      { numRuns: 400 }
    )
  })

  it('reads back as exactly the text, white space folded', () => {
    for (const sample of ['Dr. Smith said: "maybe".', '1. First', '1984. The year', '- a list?', '# not a heading', 'a:b c:d', 'C# and F#', 'see ¶3 (and ¶4)', 'Wow!', 'Note:', '* * *', '<b>bold</b> & co', 'x_y_z *a*', "It's  the \n author's"]) {
      const read = tree(escapeMarkdown(sample))
      expect(read.children, sample).toHaveLength(1)
      const paragraph = read.children[0]!
      expect(paragraph.type, sample).toBe('paragraph')
      expect(paragraph.type === 'paragraph' && paragraph.children.map((c) => (c.type === 'text' ? c.value : `<${c.type}>`)).join(''), sample).toBe(sample.replace(/\s+/g, ' ').trim())
    }
  })

  it('escapes far less of prose than every punctuation character', () => {
    const prose = "The author's view, put plainly: the US would (perhaps) back a deal. Would Europe? Yes; if 'the deal' holds - and 30% agree."
    expect(escapeMarkdown(prose).split('\\').length - 1).toBeLessThan((escapeAll(prose).split('\\').length - 1) / 3)
  })
})
