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
 * The recorded paragraphs' texts (¶1 first), or undefined with an error: a line is a comment
 * (`#`), blank, or `¶N text` with N the next number. One message per root cause: a malformed
 * line is one error at it; a line deleted or repeated, which puts every later number off its
 * place, is one error at the first line off, naming the lines it puts off; a record with no
 * paragraph line at all (empty, or only its header) is one error. The references are then
 * checked as without a record, and `check --renumber` writes it anew where they stand.
 */
export function parseLock(file: VFile): string[] | undefined {
  const lines = String(file.value).split(/\r?\n/)
  const rewrite = `${LOCK_FILE} is \`classpack check --renumber\`'s to write (run it to write it anew)`
  const entries: Array<{ line: number; raw: string; n?: number; text?: string }> = []
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const m = /^¶(\d+) (\S.*)$/u.exec(raw)
    entries.push({ line: index + 1, raw, ...(m ? { n: Number(m[1]), text: m[2]!.trim() } : {}) })
  }
  if (entries.length === 0) {
    const found = lines.some((l) => l.startsWith('#')) ? 'record of comment lines only' : 'empty record'
    error(file, `Unexpected ${found}, expected \`¶1 \` and the first paragraph's text, then a line for each paragraph after it: without them the references are checked against the article as it is; ${LOCK_FILE} is \`classpack check --renumber\`'s to write (run it, once they stand, to write it anew)`, { line: 1, column: 1 }, 'paragraphs-lock')
    return undefined
  }
  let ok = true
  // The number each line should have: one after the line before it (a malformed one takes its place too).
  let expected = 1
  for (const [i, entry] of entries.entries()) {
    const { line, raw, n } = entry
    if (n === undefined) {
      const found = /^¶\d+\s*$/u.test(raw) ? `${code(raw)} without text` : code(raw, 40)
      error(file, `Unexpected ${found}, expected \`¶${expected} \` and the paragraph's text on one line: ${rewrite}`, { line, column: 1 }, 'paragraphs-lock')
      ok = false
      expected++
      continue
    }
    if (n !== expected) {
      ok = false
      const next = entries.slice(i + 1).findIndex((e) => e.n !== undefined)
      // A lone number mistyped, when the lines after it keep their places: the error is this line's.
      const lone = next === -1 || entries[i + 1 + next]!.n === expected + next + 1
      if (lone) {
        error(file, `Unexpected \`¶${n}\`, expected \`¶${expected}\`: the record numbers the paragraphs from ¶1 in order (\`classpack check --renumber\` writes it anew)`, { line, column: 2 }, 'paragraphs-lock')
        expected++
        continue
      }
      // The lines after it follow this number: a line deleted or repeated before it puts each of them off its place, up to the next line off.
      let last = i
      while (last + 1 < entries.length && entries[last + 1]!.n === n + (last + 1 - i)) last++
      const off = Math.abs(n - expected)
      const cause = n > expected ? `${off === 1 ? `¶${expected} is` : `¶${expected}–¶${n - 1} are`} missing (a line deleted?)` : `${off === 1 ? `¶${n} comes` : `¶${n}–¶${expected - 1} come`} again (a line repeated?)`
      const span = last === i ? `line ${line}` : `lines ${line}–${entries[last]!.line} (¶${n}–¶${entries[last]!.n})`
      error(file, `Unexpected \`¶${n}\`, expected \`¶${expected}\`: ${cause}, so ${span} ${last === i ? 'is' : 'are each'} numbered ${off} ${n > expected ? 'above' : 'below'} ${last === i ? 'its' : 'their'} place; the record numbers the paragraphs from ¶1 in order (\`classpack check --renumber\` writes it anew)`, { line, column: 2 }, 'paragraphs-lock')
      expected = n + 1
      continue
    }
    expected++
  }
  return ok ? entries.map((e) => e.text ?? '') : undefined
}
