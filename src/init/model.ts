// What `classpack init` hands from stage to stage: an article read from a text, a web page
// or a Word file as blocks of text, with what its source says about it.
import type { Container } from '../article/model.js'

/** A block of the article: a heading, a paragraph or a table, its words as plain text. */
export interface Block {
  /** A table is no paragraph: article.md keeps its rows in a comment, out of the reading copy (tables.ts). */
  kind: 'heading' | 'paragraph' | 'table'
  text: string
  /** A table's rows of cells, its head row first, and its caption. */
  rows?: string[][]
  caption?: string
  /** A heading's level as the source has it (1 for `<h1>`); article.md writes every subhead as `##`. */
  level?: number
  /** The HTML class of the element it came from (`standfirst`, `subtitle`…), a hint to its role. */
  cls?: string
  /** For plain text: how many lines the block took in the source (a subhead takes one). */
  lines?: number
  /**
   * The block quotes and list items a paragraph stands in, outermost first (a web page's or
   * Word file's), as the parsed article records them: article.md writes them as Markdown's
   * (`> `, `- `, `3. `), so the reading copy shows a quotation as one and a list as one.
   * Absent in the body itself.
   */
  within?: Container[]
  /** A paragraph whose words are all in bold (`<strong>`, `<b>`, a Word file's bold), written `**…**` in article.md. */
  strong?: boolean
}

/** The article's details, as the front matter of article.md names them; unknown ones are absent. */
export interface ArticleDetails {
  title?: string
  standfirst?: string
  author?: string
  author_bio?: string
  publication?: string
  published?: string
  url?: string
  lang?: string
}

/** An article read from its source, before its structure is settled. */
export interface SourceArticle {
  /** `text`: headline, standfirst and subheads are guessed; `page` and `docx`: headings are marked. */
  from: 'text' | 'page' | 'docx'
  blocks: Block[]
  details: ArticleDetails
  /** A page's description: the standfirst only if the article opens with it. */
  description?: string
  /** Where each detail came from, for the report ("page metadata"). */
  origins: Partial<Record<keyof ArticleDetails, string>>
  /** What the reader left out or mended (a PDF's page numbers, words broken at a line's end), to print. */
  notes?: Guess[]
}

/** A guess `init` made and prints, so the teacher can correct it. */
export interface Guess {
  what: string
  value: string
  /** How it was found. */
  how: string
}
