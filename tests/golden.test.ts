// Golden fixtures: the layout of a few PDF pages (where each piece of text sits) and the
// text of a few HTML pages of the demo pack, against committed copies in
// tests/fixtures/golden/. Other tests check what the pack says; these notice when how it
// looks moves. Update after a change that is meant (see tests/helpers/golden.ts):
//
//   UPDATE_GOLDEN=1 npx vitest run tests/golden.test.ts
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, it } from 'vitest'
import { DEMO } from './helpers/fixtures.js'
import { expectGolden } from './helpers/golden.js'
import { readHtml } from './helpers/html.js'
import { sharedPack } from './helpers/pack.js'
import { pdfLayout } from './helpers/pdf.js'

let pack: string
beforeAll(async () => {
  // The same pack as pack.test.ts's, so a run builds it once.
  pack = await sharedPack({ dir: DEMO, set: 'full' })
})

describe('the demo pack looks as it did', () => {
  it.each([
    ['article', [1]],
    ['handout', [1]],
    ['quiz', [1]],
    ['answer-key', [1]]
  ])('%s.pdf: the layout of page %s', async (doc, pages) => {
    const bytes = new Uint8Array(readFileSync(join(pack, `${doc}.pdf`)))
    expectGolden(`${doc}.pdf.txt`, await pdfLayout(bytes, pages))
  })

  it.each(['index', 'discussion'])('%s.html: the text a reader sees', (doc) => {
    const html = readHtml(readFileSync(join(pack, `${doc}.html`), 'utf8'))
    expectGolden(`${doc}.html.txt`, html.mainText.trim() + '\n')
  })
})

describe('the close-reading quiz looks as it did', () => {
  // Blanks and a word bank, two columns to match, steps and answer boxes (src/types/).
  it('quiz.pdf: the layout of pages 1 and 2', async () => {
    const closeReading = await sharedPack({ dir: DEMO, set: 'close-reading', formats: ['pdf'] })
    expectGolden('close-reading-quiz.pdf.txt', await pdfLayout(new Uint8Array(readFileSync(join(closeReading, 'quiz.pdf'))), [1, 2]))
  })
})
