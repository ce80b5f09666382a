// Read a Word file: mammoth turns it into HTML (Title and headings become headings, the
// Subtitle style a marked paragraph), and the same walk as for a web page makes blocks.
import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { domBlocks, type DomNode } from './blocks.js'
import type { SourceArticle } from './model.js'

const STYLES = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.standfirst:fresh"]

/** Read a .docx file's words and headings. */
export async function readDocx(bytes: Uint8Array): Promise<SourceArticle> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLES, externalFileAccess: false, ignoreEmptyParagraphs: true })
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${value}</body></html>`) as unknown as { document: { body: DomNode } }
  return { from: 'docx', blocks: domBlocks(document.body), details: {}, origins: {} }
}
