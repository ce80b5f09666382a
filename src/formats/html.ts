// Every document as a standalone web page, and the landing page.
import type { OutputFormat } from './format.js'

export const html: OutputFormat<'html'> = {
  name: 'html',
  description: 'every document as a web page, and a landing page that links them all',
  produces: '`*.html`, `index.html`; `quiz/NNN-name.html` with a roster'
}
