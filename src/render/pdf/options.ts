// The options of a PDF, apart from the renderer so the frame (frame.ts) and the
// document (document.ts) can both name them without importing each other.

export interface PdfOptions {
  /** Document title: metadata, and shown in the viewer's title bar. */
  title: string
  author: string
  subject: string
  keywords?: string
  /** BCP 47 language tag of the text, e.g. `en-GB`. */
  lang: string
  /** The language of the words the backend prints itself ("Page 1 of 4"), when not `lang`'s. */
  ui?: string
  paper: 'a4' | 'letter'
  /** Running header on every page (the module's title), small and grey. */
  header: string
  /** CreationDate and ModDate; fixed by the caller so output is reproducible. */
  creationDate: Date
  /** Add bookmarks for headings of depth 1–3. */
  outline: boolean
  /**
   * `pdfkit`: stock pdfkit and fontkit, the reference the faster paths are checked
   * against (same bytes, slower): fonts handed to pdfkit as their files, text drawn by
   * pdfkit's `text`, its own writer and fontkit's own subsetter; nothing of
   * internals.ts but the XMP escaping, which is a correction, not a faster path (and the
   * measuring of text for line breaking, which both share).
   */
  engine?: 'pdfkit'
}
