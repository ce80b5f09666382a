// The options of a PDF, apart from the renderer so the frame (frame.ts) and the
// document (document.ts) can both name them without importing each other.

export interface PdfOptions {
  /** Document title: metadata, and shown in the viewer's title bar. */
  title: string
  /** The article's author, or null when the front matter names none (no Author entry then). */
  author: string | null
  subject: string
  keywords?: string
  /** BCP 47 language tag of the text, e.g. `en-GB`. */
  lang: string
  /** The language of the words the backend prints itself ("Page 1 of 4"), when not `lang`'s. */
  ui?: string
  paper: 'a4' | 'letter'
  /** Running header on every page (the document and the module's title), small and grey; shortened when space runs out. */
  header: string
  /** Who the copy is for, at the header's right ("Version B", a student's name): never shortened. */
  who?: string | null
  /** A teacher document's mark on every page ("Answer key — teacher edition"): never shortened. */
  mark?: string | null
  /** CreationDate and ModDate; fixed by the caller so output is reproducible. */
  creationDate: Date
  /** Add bookmarks for headings (and questions' navigation labels). */
  outline: boolean
  /** The deepest heading level that gets a bookmark (default 3). */
  outlineDepth?: number
  /** How much of the space between questions and between options to keep, from 0 to 1 (default 1: all); see pack/fit.ts. */
  squeeze?: number
  /** How much of the space between blocks to keep, from 0 to 1 (default 1: all); see `saveLastPage`. */
  gaps?: number
  /**
   * Set the document tighter (`gaps`) where its last page would hold only a few lines and
   * that saves the page: a sheet per student for a byline run over (document.ts). Never a
   * document with places to write (fill-in lines, answer lines or boxes), whose room is the
   * point; not for a version's quiz, whose spacing pack/fit.ts chooses with the others'.
   */
  saveLastPage?: boolean
  /**
   * `pdfkit`: stock pdfkit and fontkit, the reference the faster paths are checked
   * against (same bytes, slower): fonts handed to pdfkit as their files, text drawn by
   * pdfkit's `text`, its own writer and fontkit's own subsetter; nothing of
   * internals.ts but the XMP escaping, which is a correction, not a faster path (and the
   * measuring of text for line breaking, which both share).
   */
  engine?: 'pdfkit'
}
