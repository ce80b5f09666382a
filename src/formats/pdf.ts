// Every document as a tagged PDF.
import type { OutputFormat } from './format.js'

export const pdf: OutputFormat<'pdf'> = {
  name: 'pdf',
  description: 'every document as a tagged PDF, for printing and sending',
  produces: '`*.pdf`; `quiz/NNN-name.pdf` with a roster'
}
