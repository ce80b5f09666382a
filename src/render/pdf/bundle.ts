// A print bundle: one PDF holding many sections (every student's quiz, in roster
// order), laid out for duplex printing. Each section starts on an odd page and has an
// even number of pages, so no sheet of paper ever carries two students; an optional
// cover sheet takes a sheet of its own (its back left blank).
//
// Numbering: "Page N of M" counts the quiz pages of a section only, so a student's
// pages read exactly as in their own quiz PDF; the cover and the padding pages have no
// footer. A padding page says "This page is intentionally left blank" (small, grey, an
// artifact that screen readers skip): a truly empty page is what some printers and
// print services drop ("skip blank pages"), which would shift every later student
// onto the wrong sheet.
import type { Root } from 'mdast'
import type { PdfOptions } from './document.js'
import { furnish, notice, openFrame, type Frame } from './frame.js'
import { uiStrings } from '../../lang/index.js'

/** One section of a bundle: a quiz, with an optional cover sheet. */
export interface BundleSection {
  /** The quiz, as a filled-template tree. */
  readonly tree: Root
  /** A cover sheet printed on its own sheet before the quiz. */
  readonly cover?: Root
  /** Running header on the section's pages: the document and module, e.g. "Quiz: Module title". */
  readonly header: string
  /** Who the section is for, at the header's right (a student's name, "Version B"); never shortened. */
  readonly who?: string | null
  /** Bookmark title of the section (when `options.outline`); default: `who`, else `header`. */
  readonly label?: string
  /** The squeeze of its quiz (see context.ts); default the bundle's. */
  readonly squeeze?: number
}

/** What a padding page says (in English; a bundle says it in its own language). */
export const BLANK_NOTICE = uiStrings('en').pdf.blank

/**
 * Render `sections` into one tagged PDF for duplex printing, in the order given (an
 * array, or a generator that makes each section as its turn comes).
 * @param options metadata and paper of the bundle; `outline` adds a bookmark per section.
 */
export async function renderPrintBundle(sections: Iterable<BundleSection>, options: PdfOptions): Promise<Uint8Array> {
  // Headings inside the quizzes make no bookmarks: with hundreds of students the
  // outline would be unusable. Each section gets one instead.
  const frame = openFrame({ ...options, outline: false })
  const { ctx, doc } = frame
  let fresh = true
  const startPage = (): number => {
    if (!fresh) ctx.newPage()
    fresh = false
    const { start, count } = doc.bufferedPageRange()
    return start + count - 1
  }
  for (const section of sections) {
    ctx.group('Part', () => {
      const first = startPage()
      if (options.outline) (doc.outline as unknown as { addItem(title: string): void }).addItem(section.label ?? section.who ?? section.header)
      const header = { title: section.header, who: section.who ?? null, mark: null }
      if (section.cover !== undefined) {
        ctx.group('Sect', () => lay(frame, section.cover!))
        const covers = pagesSince(frame, first)
        furnish(frame, { from: first, count: covers, header, number: null })
        pad(frame, covers)
      }
      const quiz = section.cover === undefined ? first : startPage()
      ctx.squeeze = section.squeeze ?? options.squeeze ?? 1
      lay(frame, section.tree)
      ctx.squeeze = options.squeeze ?? 1
      const pages = pagesSince(frame, quiz)
      furnish(frame, { from: quiz, count: pages, header, number: { offset: 0, total: pages } })
      pad(frame, pages)
    })
    // Finished pages go out now, so a bundle of a thousand quizzes stays small in memory.
    doc.flushPages()
  }
  frame.root.elem.end()
  return frame.finish()
}

function lay(frame: Frame, tree: Root): void {
  frame.ctx.flow(tree.children, frame.box, frame.ctx)
  frame.ctx.close()
}

/** Pages from `first` to the last page of the document. */
function pagesSince(frame: Frame, first: number): number {
  const { start, count } = frame.doc.bufferedPageRange()
  return start + count - first
}

/** After `pages` pages, add a blank page if needed to make their number even. */
function pad(frame: Frame, pages: number): void {
  if (pages % 2 === 0) return
  frame.ctx.newPage()
  notice(frame, uiStrings(frame.lang).pdf.blank)
}
