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
  paper: 'a4' | 'letter'
  /** Running header on every page (the module's title), small and grey. */
  header: string
  /** CreationDate and ModDate; fixed by the caller so output is reproducible. */
  creationDate: Date
  /** Add bookmarks for headings of depth 1–3. */
  outline: boolean
  /**
   * `pdfkit`: draw and write through pdfkit's own code paths only, the reference the
   * faster paths of emit.ts are checked against (same bytes, slower).
   */
  engine?: 'pdfkit'
}
