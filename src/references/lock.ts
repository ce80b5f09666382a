// paragraphs.lock: the article's paragraphs as the ¶ references were written against them.
// Without it, a renumbering can only be inferred from the references themselves (quoted
// words, an item's claims, shifts that agree), and an insertion at the top or a swap went
// unsaid. With it, the old numbering is known: each ¶ is read as written against the record
// and mapped to the paragraph's number now (align.ts). One line a paragraph, so a diff of
// the file reads as what changed in the article.
import type { VFile } from 'vfile'
import { code, error } from '../messages.js'

/** The file's name, beside article.md. */
export const LOCK_FILE = 'paragraphs.lock'

const HEADER = [
  '# paragraphs.lock: the numbering the ¶ references in claims.yaml, questions.yaml and',
  '# module.yaml are written against, one paragraph of article.md a line (its text on one line).',
  '# `classpack check` compares it with article.md to say which references a change renumbers;',
  '# `classpack check --renumber` updates those references and rewrites this file. Not to edit by hand.'
]

/** A paragraph's text as the record holds it: on one line, white space closed up. */
export function lockLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The record of `paragraphs`' texts, in order: the header, then `¶N text` a line. */
export function formatLock(paragraphs: readonly string[]): string {
  return [...HEADER, ...paragraphs.map((text, i) => `¶${i + 1} ${lockLine(text)}`)].join('\n') + '\n'
}

/**
 * The recorded paragraphs' texts (¶1 first), or undefined with an error at each malformed
 * line: a line is a comment (`#`), blank, or `¶N text` with N the next number.
 */
export function parseLock(file: VFile): string[] | undefined {
  const lines = String(file.value).split(/\r?\n/)
  const texts: string[] = []
  let ok = true
  // Each paragraph line takes its place, a malformed one too: one mistake is one error, not one for every line after it.
  let slot = 0
  for (const [index, raw] of lines.entries()) {
    const line = index + 1
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const expected = ++slot
    const m = /^¶(\d+) (\S.*)$/u.exec(raw)
    if (!m) {
      const found = /^¶\d+\s*$/u.test(raw) ? `${code(raw)} without text` : code(raw, 40)
      error(file, `Unexpected ${found}, expected \`¶${expected} \` and the paragraph's text on one line: ${LOCK_FILE} is \`classpack check --renumber\`'s to write (run it to write it anew)`, { line, column: 1 }, 'paragraphs-lock')
      ok = false
      continue
    }
    if (Number(m[1]) !== expected) {
      error(file, `Unexpected \`¶${m[1]}\`, expected \`¶${expected}\`: the record numbers the paragraphs from ¶1 in order (\`classpack check --renumber\` writes it anew)`, { line, column: 2 }, 'paragraphs-lock')
      ok = false
    }
    texts.push(m[2]!.trim())
  }
  return ok ? texts : undefined
}
