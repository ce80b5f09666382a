// Read a Word file: mammoth turns it into HTML (Title and headings become headings, the
// Subtitle style a marked paragraph), and the same walk as for a web page makes blocks.
// A file named .docx that is no Word document (an old .doc, a password-protected .docx, text
// or another zip renamed) is refused with what it is instead: mammoth's own errors name zip
// internals, and reached the teacher as a stack trace through minified source.
import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { domBlocks, type DomNode } from './blocks.js'
import type { SourceArticle } from './model.js'

const STYLES = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => p.standfirst:fresh"]

/** A .docx is a zip archive: its first bytes are a zip's local file header (or, empty, its end record). */
const ZIP = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]]
/** An OLE2 compound file: Word 97–2003's .doc, and also what Word saves a .docx with a password as (encrypted, inside). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const EXPECTED = 'expected a Word document (.docx)'

/** A .docx init cannot read, with why, worded as a message ("Unexpected …, expected …"). */
export class UnreadableDocx extends Error {
  override name = 'UnreadableDocx'
}

/** Read a .docx file's words and headings. Throws UnreadableDocx when the bytes are not a Word document. */
export async function readDocx(bytes: Uint8Array): Promise<SourceArticle> {
  const problem = notDocx(bytes)
  if (problem) throw new UnreadableDocx(problem)
  let value: string
  try {
    ;({ value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLES, externalFileAccess: false, ignoreEmptyParagraphs: true }))
  } catch (cause) {
    throw new UnreadableDocx(mammothProblem(cause))
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${value}</body></html>`) as unknown as { document: { body: DomNode } }
  return { from: 'docx', blocks: domBlocks(document.body), details: {}, origins: {} }
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b)

/** Why `bytes` cannot be a .docx from their first bytes alone, or undefined when they may be one. */
function notDocx(bytes: Uint8Array): string | undefined {
  if (ZIP.some((magic) => startsWith(bytes, magic))) return undefined
  if (startsWith(bytes, OLE2)) {
    return `Unexpected Word 97–2003 document (.doc) or password-protected file, ${EXPECTED}: its bytes are an OLE2 container, which classpack cannot read (save it again as .docx from Word, or remove its password)`
  }
  if (bytes.length === 0) return `Unexpected empty file, ${EXPECTED} (save it again as .docx from Word)`
  return `Unexpected file that is not a zip archive (it starts ${opening(bytes)}), ${EXPECTED}, which is one (save it again as .docx from Word)`
}

/** The first bytes, as text when they read as text ("`hello`"), else in hex ("with bytes 7f 45 4c 46"). */
function opening(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 24)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head)
  const line = text.split(/\r?\n/)[0]!
  const more = bytes.length > head.length || text.slice(line.length).trim() !== ''
  if (/^[\p{L}\p{N}\p{P}\p{S} ]+$/u.test(line)) return `\`${line.trim()}${more ? '…' : ''}\``
  return `with bytes ${[...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`
}

/** mammoth's error for a zip it could not read as a Word document, as a message for the teacher. */
function mammothProblem(cause: unknown): string {
  const said = cause instanceof Error ? cause.message : String(cause)
  // "Could not find main document part": a zip without word/document.xml (an .xlsx, .odt or a zip of other files renamed).
  if (/main document part/i.test(said)) return `Unexpected zip archive without a Word document inside (no word/document.xml), ${EXPECTED}: is it another kind of file renamed .docx? (save it again as .docx from Word)`
  return `Unexpected zip archive that cannot be read as a Word document (${said.split(/[.:]/)[0]!.trim()}), ${EXPECTED} (save it again as .docx from Word)`
}
