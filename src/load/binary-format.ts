// What a file that is no text is, from its first bytes: a teacher hands `--roster` the
// workbook itself (class.xlsx), or one renamed to .csv, or a PDF of the class list, and
// "binary content (a NUL byte)" at 1:6, or "byte 0xe2 that is not UTF-8" at 2:2, said
// neither what it was nor what to do.

const ZIP = [0x50, 0x4b, 0x03, 0x04]
/** An OLE2 compound file: Excel 97–2003's .xls, Word's .doc, and Office files with a password. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b)

/**
 * The kind of document `bytes` hold when they are one of the usual non-text ones, said as a
 * teacher knows it (`Excel workbook (.xlsx)`), and whether it is a spreadsheet, which can be
 * saved as CSV as it is; undefined otherwise. A zip archive is told apart by the names of the
 * files it holds, which its local headers spell in ASCII.
 */
export function binaryFormat(bytes: Uint8Array): { what: string; spreadsheet: boolean } | undefined {
  if (startsWith(bytes, PDF)) return { what: 'PDF document', spreadsheet: false }
  if (startsWith(bytes, OLE2)) return { what: 'Excel 97–2003 workbook (.xls) or other Office 97–2003 file', spreadsheet: true }
  if (!startsWith(bytes, ZIP)) return undefined
  const names = Buffer.from(bytes.subarray(0, 64 * 1024)).toString('latin1')
  if (names.includes('xl/')) return { what: 'Excel workbook (.xlsx)', spreadsheet: true }
  if (names.includes('application/vnd.oasis.opendocument.spreadsheet')) return { what: 'OpenDocument spreadsheet (.ods)', spreadsheet: true }
  if (names.includes('Index/Document.iwa')) return { what: 'Numbers document', spreadsheet: true }
  if (names.includes('word/')) return { what: 'Word document (.docx)', spreadsheet: false }
  return { what: 'zip archive', spreadsheet: false }
}
