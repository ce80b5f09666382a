// The kinds of article `classpack init` reads, told by file extension. Kept apart from the
// readers (linkedom, Readability, mammoth) so the CLI can check a path without loading them.
import { extname } from 'node:path'

/** The kinds of article `init` reads, by file extension. */
export const ARTICLE_TYPES = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'page', '.htm': 'page', '.docx': 'docx' } as const
export type ArticleType = (typeof ARTICLE_TYPES)[keyof typeof ARTICLE_TYPES]

/** The type of the article at `path`, or undefined when `init` cannot read it. */
export function articleType(path: string): ArticleType | undefined {
  const ext = extname(path).toLowerCase()
  return Object.hasOwn(ARTICLE_TYPES, ext) ? ARTICLE_TYPES[ext as keyof typeof ARTICLE_TYPES] : undefined
}
