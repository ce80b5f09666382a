// The README's pictures of `classpack studio`, taken in headless Chromium against a copy of
// the demo module: `node scripts/studio-screenshots.mjs` (after `npm run build`) writes
// docs/studio-*.png. Nothing of the demo itself changes: the studio works on the copy.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startStudio } from '../dist/src/index.js'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const DOCS = join(ROOT, 'docs')
const temp = mkdtempSync(join(tmpdir(), 'classpack-shots-'))
const dir = join(temp, 'us-backstop-ukraine')
cpSync(join(ROOT, 'source/us-backstop-ukraine'), dir, { recursive: true })
const studio = await startStudio({ dir, port: 0, out: join(temp, 'out') })
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] })
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
  await page.goto(studio.url)
  await page.waitForSelector('#p-3 .ptext')
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Checks'))

  // The article: a claim pointed at, a sentence selected.
  await page.locator('#p-2 mark.claim').first().hover()
  await page.evaluate(() => {
    const text = document.querySelector('#p-3 mark:nth-of-type(2)').firstChild
    const range = document.createRange()
    range.setStart(text, 0)
    range.setEnd(text, 58)
    getSelection().removeAllRanges()
    getSelection().addRange(range)
  })
  await page.screenshot({ path: join(DOCS, 'studio-article.png') })

  // The new claim's form.
  await page.locator('#new-claim').click()
  await page.waitForSelector('#claim-dialog[open]')
  await page.locator('#claim-id').fill('said-so-often')
  await page.screenshot({ path: join(DOCS, 'studio-new-claim.png') })
  await page.getByRole('button', { name: 'Add claim to claims.yaml' }).click()
  await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Added claim'))

  // Coverage, with the new claim (no question asks about it yet).
  await page.locator('#coverage').scrollIntoViewIfNeeded()
  await page.locator('#coverage').screenshot({ path: join(DOCS, 'studio-coverage.png') })

  // The set builder and its preview.
  await page.locator('#sets').scrollIntoViewIfNeeded()
  await page.locator('#set-load').selectOption('quick-check')
  await page.waitForFunction(() => document.querySelector('#preview-summary')?.textContent?.includes('items'))
  await page.waitForTimeout(1500)
  await page.evaluate(() => document.querySelector('#set-title').scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: join(DOCS, 'studio-sets.png') })

  // Build, and the pack's landing page.
  await page.locator('#build').scrollIntoViewIfNeeded()
  await page.locator('#build-start').click()
  await page.waitForFunction(() => document.querySelector('#build-status')?.textContent?.startsWith('Built'), undefined, { timeout: 300_000 })
  await page.waitForTimeout(1000)
  await page.evaluate(() => document.querySelector('#build-heading').scrollIntoView({ block: 'start' }))
  await page.screenshot({ path: join(DOCS, 'studio-build.png') })
} finally {
  await browser.close()
  await studio.close()
  rmSync(temp, { recursive: true, force: true })
}
