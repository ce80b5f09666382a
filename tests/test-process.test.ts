// The test processes run classpack as a teacher's Node does: on Node's own built-ins, and
// on the builds of its dependencies that Node and the bundle load. Test files share a
// process (vitest.config.ts), so what one file's tools change, later files run on.
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/render/pdf/document.js'
import { parseFilled } from '../src/render/markdown.js'
import { readPdfText } from './helpers/pdf.js'

/**
 * Whether `f` is one of the engine's own methods. Their source reads `[native code]`, but
 * so does core-js's (it fakes toString); unlike a function written in JavaScript, though,
 * they cannot be called with `new`.
 */
const native = (f: unknown): boolean => {
  if (typeof f !== 'function') return false
  try {
    Reflect.construct(String, [], f)
    return false
  } catch {
    return true
  }
}

describe('a test process', () => {
  it('reads PDFs with pdf.js, whose polyfills leave Array.prototype.push and JSON.parse Node\'s own (tests/helpers/pdfjs.ts)', async () => {
    const pdf = await renderPdf(parseFilled('# Title\n\nSome text, [a link](https://example.org).'), { title: 'T', author: 'A', subject: 'S', lang: 'en', paper: 'a4', header: 'H', creationDate: new Date(0), outline: false })
    expect((await readPdfText(pdf)).pages[0]!.text).toContain('Some text, a link.')
    expect(native(Array.prototype.push), 'Array.prototype.push').toBe(true)
    expect(native(JSON.parse), 'JSON.parse').toBe(true)
    expect(MessageChannel).toBe((await import('node:worker_threads')).MessageChannel)
    // What pdf.js only adds, and calls, is there (classpack's own code cannot call it: tsc's lib lacks it).
    expect(typeof (Promise as unknown as Record<string, unknown>).withResolvers).toBe('function')
  })

  it('loads the builds packages ship, not their development builds (vitest.config.ts)', () => {
    for (const name of ['micromark', 'mdast-util-from-markdown', 'micromark-util-subtokenize']) expect(import.meta.resolve(name), name).not.toMatch(/\/dev\//)
  })
})
