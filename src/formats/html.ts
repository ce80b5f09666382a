// Every document as a standalone web page, and the landing page.
import type { OutputFormat } from './format.js'

export const html: OutputFormat<'html'> = {
  name: 'html',
  description: 'every document as a web page, for reading on screen and sending',
  produces: '`handout.html`, … and `index.html`; `quiz/NNN-name.html` with a roster'
}
