// A minimal Word file (.docx) written with fflate, so tests need no binary fixture: one
// paragraph per block, with the Title, Subtitle and Heading 2 styles Word uses.
import { strToU8, zipSync } from 'fflate'

export interface DocxParagraph {
  text: string
  style?: 'Title' | 'Subtitle' | 'Heading2'
  /** A word of the text to set in bold, in a run of its own (Word splits runs like this). */
  bold?: string
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function run(text: string, bold = false): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
}

function paragraph(p: DocxParagraph): string {
  const style = p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''
  const at = p.bold ? p.text.indexOf(p.bold) : -1
  const runs = at < 0 ? run(p.text) : run(p.text.slice(0, at)) + run(p.bold!, true) + run(p.text.slice(at + p.bold!.length))
  return `<w:p>${style}${runs}</w:p>`
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`

/** The bytes of a .docx holding `paragraphs`. */
export function makeDocx(paragraphs: readonly DocxParagraph[]): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(paragraph).join('')}</w:body></w:document>`
  const fixed = { mtime: new Date(Date.UTC(1980, 0, 1)) }
  return zipSync(
    {
      '[Content_Types].xml': [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`), fixed],
      '_rels/.rels': [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`), fixed],
      'word/_rels/document.xml.rels': [strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`), fixed],
      'word/document.xml': [strToU8(document), fixed],
      'word/styles.xml': [strToU8(STYLES), fixed]
    },
    { level: 6 }
  )
}
