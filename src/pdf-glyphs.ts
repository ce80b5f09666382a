// Characters of a module's own text (article, claims, questions, course details) that no
// bundled face draws, an emoji or Linear B: the PDFs and the print bundle would print each as
// an empty box where the HTML pages show it. The build warns once per character and file, at
// the first place it stands, as it warns of a roster's names (`roster-glyphs`).
import type { VFile } from 'vfile'
import { warn } from './messages.js'

/**
 * Text DejaVu Sans draws whole: Latin, Greek and Cyrillic, and punctuation, currency signs,
 * arrows and maths (U+2000–U+22FF). Lines of it need no font read to be passed, so a module
 * in a European language never loads fontkit for this check (a rebuild from the cache need not).
 */
const PLAIN = /^[\s\u0020-\u007E\u00A0-\u052F\u2000-\u22FF]*$/

/** Warns in each of `files` (article.md, the YAML files) of the characters no PDF face draws. */
export async function warnUndrawable(files: ReadonlyArray<VFile | undefined>): Promise<void> {
  const candidates = files.filter((file): file is VFile => file !== undefined && !PLAIN.test(String(file.value ?? '')))
  if (candidates.length === 0) return
  const { missingGlyphs } = await import('./render/pdf/fonts.js')
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const file of candidates) {
    const yaml = /\.ya?ml$/.test(file.path)
    const seen = new Set<string>()
    String(file.value)
      .split(/\r\n?|\n/)
      .forEach((line, i) => {
        // A YAML comment is printed nowhere.
        if (PLAIN.test(line) || (yaml && /^\s*#/.test(line))) return
        const missing = new Set(missingGlyphs(line))
        if (missing.size === 0) return
        // One message per character as a reader sees it: 👍🏽 is one, not a hand and a skin tone.
        for (const { segment, index } of graphemes.segment(line)) {
          if (seen.has(segment) || ![...segment].some((c) => missing.has(c))) continue
          seen.add(segment)
          warn(file, `Unexpected \`${segment}\`, expected characters one of the PDF fonts can draw: the PDFs and the print bundle would print it as an empty box (the HTML pages show it)`, { line: i + 1, column: index + 1 }, 'pdf-glyphs')
        }
      })
  }
}
