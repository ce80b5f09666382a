/// <reference lib="dom" />
// `classpack studio` end to end, in real headless Chromium (Debian's `chromium`, driven by
// playwright-core): the page loads; a sentence selected in ¶3 becomes a claim in
// claims.yaml by insertion alone; a change made on disk shows in the page; a set saved in
// the page builds; axe-core finds nothing; the keyboard alone does the claim flow; and
// requests without the token, from another origin or host, or for paths that leave the
// module folder are refused and change nothing.
import { createHash } from 'node:crypto'
import { appendFileSync, cpSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { checkModule, startStudio, type Studio } from '../src/index.js'
import { BIN, demoCopy, ROOT, run, tempDir } from './helpers/fixtures.js'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
let browser: Browser
const studios: Studio[] = []

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] })
})

afterAll(async () => {
  await Promise.all(studios.map((s) => s.close()))
  await browser?.close()
})

/** A studio on a fresh copy of the demo module. */
async function studioOnDemo(): Promise<{ dir: string; studio: Studio; out: string }> {
  const dir = demoCopy()
  const out = tempDir('studio-out-')
  const studio = await startStudio({ dir, port: 0, out })
  studios.push(studio)
  return { dir, studio, out }
}

async function openPage(studio: Studio, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 }, ...options })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto(studio.url)
  await page.waitForSelector('#p-3 .ptext')
  await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Checks'))
  expect(problems).toEqual([])
  return page
}

/** Insertion only: `after` is `before` with one run of text added, the run holding `marker` (it may start with a blank line); returns the run. */
function inserted(before: string, after: string, marker: string): string {
  const length = after.length - before.length
  const line = after.lastIndexOf('\n', after.indexOf(marker)) + 1
  for (const at of [line, line - 1]) {
    if (at >= 0 && after.slice(0, at) + after.slice(at + length) === before) return after.slice(at, at + length)
  }
  throw new Error(`not an insertion of the lines holding ${marker}`)
}

/** sha256 of every entry under `dir` (files by content, links by target), not following links. */
function folderHash(dir: string): string {
  const hash = createHash('sha256')
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name
      const stat = lstatSync(join(dir, rel))
      hash.update(rel + '\0')
      if (stat.isSymbolicLink()) hash.update('link:' + readlinkSync(join(dir, rel)))
      else if (stat.isDirectory()) walk(rel)
      else hash.update(readFileSync(join(dir, rel)))
    }
  }
  walk('')
  return hash.digest('hex')
}

/** Select `text` inside ¶`n` of the article, as a mouse drag would. */
async function selectInParagraph(page: Page, n: number, text: string): Promise<void> {
  await page.evaluate(
    ({ n, text }) => {
      const root = document.querySelector(`#p-${n} .ptext`)!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      while (walker.nextNode()) nodes.push(walker.currentNode as Text)
      const whole = nodes.map((t) => t.data).join('')
      const at = whole.indexOf(text)
      if (at < 0) throw new Error(`not in ¶${n}: ${text}`)
      const point = (offset: number): [Text, number] => {
        for (const t of nodes) {
          if (offset <= t.data.length) return [t, offset]
          offset -= t.data.length
        }
        throw new Error('offset out of range')
      }
      const range = document.createRange()
      range.setStart(...point(at))
      range.setEnd(...point(at + text.length))
      const selection = document.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    { n, text }
  )
  // The browser reports the changed selection in a task of its own: until the page has taken
  // it in (as its hint says), "New claim from selection" would quote the selection before.
  await page.waitForFunction((words) => document.querySelector('#selection-hint')?.textContent?.includes(`“${words}`), text.trim().slice(0, 80))
}

describe('classpack studio in Chromium', () => {
  it('loads the page: the article with ¶ numbers and claims, messages, coverage and the set builder', async () => {
    const { studio } = await studioOnDemo()
    const page = await openPage(studio)
    expect(await page.title()).toBe('classpack studio: us-backstop-ukraine')
    expect(await page.locator('#p-3 .pn').textContent()).toBe('¶3')
    expect(await page.locator('#p-3 mark.claim').count()).toBeGreaterThan(0)
    expect(await page.locator('#messages-list').textContent()).toContain('No messages')
    expect(await page.locator('.strip li.uncovered').allTextContents()).toEqual(['¶5none'])
    // The token left the address bar; the cookie carries it.
    expect(page.url()).not.toContain('token')
    // Pointing at a claim shows it and the questions resting on it.
    await page.locator('#p-3 mark.claim').first().hover()
    await page.waitForFunction(() => document.querySelector('#claim-body')?.textContent?.includes('Questions resting on it'))
    // The coverage strip's ¶5 (no claim) scrolls it into view below the sticky toolbar, where it
    // hid behind it, and puts the caret in it.
    await page.locator('.strip li.uncovered a').click()
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.n === '5')
    const [toolbar, paragraph] = await page.evaluate(() => [document.querySelector('.toolbar')!.getBoundingClientRect().bottom, document.querySelector('#p-5')!.getBoundingClientRect().top])
    expect(paragraph).toBeGreaterThanOrEqual(toolbar!)
    await page.context().close()
  })

  it('turns a selected sentence of ¶3 into a claim: inserted alone, anchored in ¶3, the module still checks', async () => {
    const { dir, studio } = await studioOnDemo()
    const before = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const page = await openPage(studio)
    const sentence = 'Perhaps he has said it so often he has come to believe it.'
    // A drag that starts and ends inside words is widened to them (check faulted such a quote).
    await selectInParagraph(page, 3, 'erhaps he has said it so often he has come to believe i')
    await page.getByRole('button', { name: 'New claim from selection' }).first().click()
    await page.waitForSelector('#claim-dialog[open]')
    expect(await page.locator('#claim-quote').textContent()).toBe('Perhaps he has said it so often he has come to believe it')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.waitForFunction(() => !document.querySelector('#claim-dialog[open]'))
    await selectInParagraph(page, 3, sentence)
    await page.getByRole('button', { name: 'New claim from selection' }).first().click()
    await page.waitForSelector('#claim-dialog[open]')
    expect(await page.locator('#claim-quote').textContent()).toBe(sentence)
    expect(await page.locator('#claim-hedges').inputValue()).toBe('Perhaps')
    await page.locator('#claim-id').fill('said-so-often')
    // Two hedges the paragraph does not hold: two messages at the field, both shown; nothing written.
    await page.locator('#claim-hedges').fill('Perhaps, "x: y", #z')
    await page.getByRole('button', { name: 'Add claim to claims.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#claim-hedges-error')?.textContent?.includes('#z'))
    const hedgeErrors = await page.locator('#claim-hedges-error').textContent()
    expect(hedgeErrors).toContain('Unexpected hedge `"x: y"`')
    expect(hedgeErrors).toContain('Unexpected hedge `#z`')
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toBe(before)
    await page.locator('#claim-hedges').fill('Perhaps')
    // A paraphrase with a word longer than the panel (a pasted address, say).
    await page.locator('#claim-paraphrase').fill(`He repeats it; see https://example.org/${'a'.repeat(300)}`)
    await page.getByRole('button', { name: 'Add claim to claims.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Added claim said-so-often to claims.yaml'))
    // It wraps in the claim panel rather than running out of it.
    await page.waitForFunction(() => document.querySelector('#claim-body .paraphrase')?.textContent?.includes('example.org'))
    expect(await page.locator('#claim-body').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true)

    const after = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const added = inserted(before, after, '- id: said-so-often')
    expect(added).toContain('- id: said-so-often')
    expect(added).toContain(`quote: "${sentence}"`)
    const result = checkModule(dir)
    expect(result.messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([])
    expect(result.ok).toBe(true)
    const claim = result.module!.claims.find((c) => c.id === 'said-so-often')!
    expect(claim.anchor.paragraph).toBe(3)
    expect(claim.anchor.text).toBe(sentence)
    // In reading order: after the other claims that start in ¶3 no later, before ¶4's first.
    const ids = [...after.matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1])
    expect(ids.slice(ids.indexOf('said-so-often') - 1, ids.indexOf('said-so-often') + 2)).toEqual(['trump-believes-it', 'said-so-often', 'backed-off-at-trumps-word'])
    await page.context().close()
  })

  it('shows the claim just added in the panel when its quote lies inside another claim\'s', async () => {
    const { studio } = await studioOnDemo()
    const page = await openPage(studio)
    // Inside C8's quote (trump-admires-putin), from the start of a word of it.
    await selectInParagraph(page, 8, 'strongman warlord who rules by ruthless personal fiat')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    await page.locator('#claim-id').fill('strongman-warlord')
    await page.locator('#claim-add').click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Added claim strongman-warlord'))
    // The browser reports the caret put back in ¶8 in a task of its own: wait until it has.
    await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 200)))
    expect(await page.locator('#claim-body .claim-title').textContent()).toContain('strongman-warlord')
    expect(await page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('mark')?.getAttribute('data-claims'))).toContain('strongman-warlord')
    await page.context().close()
  })

  it('fits an 800- and a 390-pixel window with the claim in view, asks before a reload drops a typed claim, and says when the studio has stopped, keeping the form', async () => {
    const { studio } = await studioOnDemo()
    const page = await openPage(studio)
    // Half a laptop's screen and a phone: the coverage grid scrolls in its own box, not the
    // page sideways, and pointing at a claim shows it on screen (beside the article at 800
    // pixels, in a sheet at the bottom at 390), the words pointed at not hidden under it.
    for (const width of [800, 390]) {
      await page.setViewportSize({ width, height: 800 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      const mark = page.locator('#p-3 mark.claim').last()
      await mark.scrollIntoViewIfNeeded()
      await mark.hover()
      await expect.poll(() => page.locator('#claim').textContent()).toContain('(¶3)')
      const shown = await page.evaluate(() => {
        const panel = document.querySelector('#claim')!.getBoundingClientRect()
        const marks = document.querySelectorAll('#p-3 mark.claim')
        const pointed = marks[marks.length - 1]!.getBoundingClientRect()
        return { panelTop: panel.top, panelLeft: panel.left, markBottom: pointed.bottom, markRight: pointed.right, height: innerHeight }
      })
      expect(shown.panelTop).toBeLessThan(shown.height - 150)
      expect(shown.panelTop >= shown.markBottom || shown.panelLeft >= shown.markRight).toBe(true)
    }
    await page.setViewportSize({ width: 1300, height: 900 })
    await selectInParagraph(page, 3, 'But more likely he does believe it.')
    await page.getByRole('button', { name: 'New claim from selection' }).first().click()
    await page.waitForSelector('#claim-dialog[open]')
    await page.locator('#claim-paraphrase').fill('He believes what he says.')
    // A reload would drop it: the browser asks first (Playwright sees the prompt as a dialog).
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.dismiss())))
    await page.close({ runBeforeUnload: true })
    expect(await asked).toBe('beforeunload')
    expect(page.isClosed()).toBe(false)
    // The server stops: saving says so, and what was typed stays in the form.
    await studio.close()
    await page.locator('#claim-id').fill('believes-it')
    await page.getByRole('button', { name: 'Add claim to claims.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('The studio has stopped'))
    expect(await page.locator('#claim-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    expect(await page.locator('#claim-paraphrase').inputValue()).toBe('He believes what he says.')
    await page.context().close()
  })

  it('asks before Escape drops what was typed in a form, and closes at once when nothing was', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    const questions = join(dir, 'questions.yaml')
    const before = readFileSync(questions, 'utf8')
    const edit = async (): Promise<void> => {
      await page.locator('#p-9 mark.claim').first().hover()
      await page.locator('#claim-body').getByRole('button', { name: 'Edit q-time-horizon' }).click()
      await page.waitForSelector('#question-dialog[open]')
    }
    const closed = () => page.waitForFunction(() => !document.querySelector('#question-dialog[open]'))
    // Nothing typed: Escape closes, with no question.
    let questionsAsked = 0
    page.on('dialog', () => questionsAsked++)
    await edit()
    await page.keyboard.press('Escape')
    await closed()
    expect(questionsAsked).toBe(0)
    // Typed: Escape asks. "No" keeps the form and the words; "yes" closes it, nothing saved.
    await edit()
    await page.locator('#q-stem').fill('How long does Trump believe Putin would keep a deal?')
    let asked = new Promise<string>((resolve) => page.once('dialog', (d) => {
        resolve(d.message())
        void d.dismiss()
      }))
    await page.keyboard.press('Escape')
    expect(await asked).toBe('Discard what you typed in this form?')
    expect(await page.locator('#question-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    expect(await page.locator('#q-stem').inputValue()).toBe('How long does Trump believe Putin would keep a deal?')
    asked = new Promise<string>((resolve) => page.once('dialog', (d) => {
        resolve(d.message())
        void d.accept()
      }))
    await page.keyboard.press('Escape')
    await asked
    await closed()
    expect(readFileSync(questions, 'utf8')).toBe(before)
    // The new-claim form too, once a field is changed.
    await selectInParagraph(page, 3, 'But more likely he does believe it.')
    await page.getByRole('button', { name: 'New claim from selection' }).first().click()
    await page.waitForSelector('#claim-dialog[open]')
    await page.locator('#claim-paraphrase').fill('He believes what he says.')
    asked = new Promise<string>((resolve) => page.once('dialog', (d) => {
        resolve(d.message())
        void d.dismiss()
      }))
    await page.keyboard.press('Escape')
    expect(await asked).toBe('Discard what you typed in this form?')
    expect(await page.locator('#claim-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true)
    await page.context().close()
  })

  it('says, once the studio is started again (a new token), to open its new address: the page cannot save to it', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    const questions = join(dir, 'questions.yaml')
    const before = readFileSync(questions, 'utf8')
    await page.locator('#p-9 mark.claim').first().hover()
    await page.locator('#claim-body').getByRole('button', { name: 'Edit q-time-horizon' }).click()
    await page.waitForSelector('#question-dialog[open]')
    await page.locator('#q-stem').fill('How long does Trump believe Putin would keep a deal?')
    // Stopped, and started again as the page said, on the same port: a new run, a new token.
    await studio.close()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('The studio has stopped'))
    const again = await startStudio({ dir, port: studio.port, out: tempDir('studio-out-') })
    studios.push(again)
    await page.locator('#question-save').click()
    await page.waitForFunction(() => document.querySelector('#question-errors')?.textContent !== '')
    const said = await page.locator('#question-errors').textContent()
    // Not the refusal of a request without the token, nor "save again", which cannot work.
    expect(said).not.toContain('Unexpected request')
    expect(said).not.toContain('save again')
    expect(said).toContain('open the address it prints')
    expect(await page.locator('#notice').textContent()).toBe(said)
    expect(await page.locator('#q-stem').inputValue()).toBe('How long does Trump believe Putin would keep a deal?')
    expect(readFileSync(questions, 'utf8')).toBe(before)
    await page.context().close()
  })

  it('offers the themes and actors again in an open new-claim form once a broken claims.yaml is fixed, keeping what was typed and chosen', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    const path = join(dir, 'claims.yaml')
    const good = readFileSync(path, 'utf8')
    writeFileSync(path, good.replace('\nclaims:\n', '\nclaims: [\n'))
    // The messages come ahead of the rest of the state: wait until the page has drawn the state
    // they are of (else the form opens with the themes of the file before it broke).
    await page.waitForFunction(() => document.querySelector('#messages-list li.error') !== null && document.querySelector<HTMLElement>('#messages-list')?.dataset.version === document.body.dataset.version, undefined, { timeout: 30_000 })
    await selectInParagraph(page, 3, 'But more likely he does believe it.')
    await page.getByRole('button', { name: 'New claim from selection' }).first().click()
    await page.waitForSelector('#claim-dialog[open]')
    expect(await page.locator('#claim-themes input').count()).toBe(0)
    await page.locator('#claim-paraphrase').fill('He believes what he says.')
    writeFileSync(path, good)
    await page.waitForFunction(() => document.querySelectorAll('#claim-themes input').length > 0, undefined, { timeout: 30_000 })
    expect(await page.locator('#claim-themes input:checked').count()).toBe(1)
    expect(await page.locator('#claim-asserted option').count()).toBeGreaterThan(1)
    expect(await page.locator('#claim-paraphrase').inputValue()).toBe('He believes what he says.')
    // A theme and an asserter chosen, then the file broken and fixed again: both are still chosen.
    const themes = await page.locator('#claim-themes input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
    for (const input of await page.locator('#claim-themes input:checked').all()) await input.uncheck()
    await page.locator(`#claim-themes input[value="${themes[2]}"]`).check()
    await page.locator('#claim-asserted').selectOption('trump')
    writeFileSync(path, good.replace('\nclaims:\n', '\nclaims: [\n'))
    await page.waitForFunction(() => document.querySelectorAll('#claim-themes input').length === 0, undefined, { timeout: 30_000 })
    writeFileSync(path, good)
    await page.waitForFunction(() => document.querySelectorAll('#claim-themes input').length > 0, undefined, { timeout: 30_000 })
    expect(await page.locator('#claim-themes input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([themes[2]])
    expect(await page.locator('#claim-asserted').inputValue()).toBe('trump')
    await page.context().close()
  })

  it('says a claims.yaml broken in an editor under an open form does not parse, and adds the claim once it is fixed', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    const path = join(dir, 'claims.yaml')
    const good = readFileSync(path, 'utf8')
    await selectInParagraph(page, 3, 'But more likely he does believe it.')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    await page.locator('#claim-id').fill('believes-it')
    writeFileSync(path, good.replace('\nclaims:\n', '\nclaims: [\n'))
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Does not check'), undefined, { timeout: 30_000 })
    // What is wrong is the file's syntax; that it changed since the form opened is no news to fix.
    await page.locator('#claim-add').click()
    await page.waitForFunction(() => document.querySelector('#claim-errors')?.textContent !== '')
    const said = await page.locator('#claim-errors').textContent()
    expect(said).toContain('Unexpected YAML syntax in claims.yaml')
    expect(said).not.toContain('since the page read it')
    expect(readFileSync(path, 'utf8')).not.toBe(good)
    // Fixed as it was: the claim goes in on the next try.
    writeFileSync(path, good)
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Checks'), undefined, { timeout: 30_000 })
    await page.locator('#claim-add').click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Added claim believes-it') || (document.querySelector('#claim-errors')?.textContent ?? '').includes('since the page read it'))
    expect(await page.locator('#claim-errors').textContent()).toBe('')
    expect(readFileSync(path, 'utf8')).toContain('- id: believes-it')
    await page.context().close()
  })

  it('shows a message when claims.yaml changes on disk, pushed to the open page (no reload)', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    // A mark on the loaded page: gone if the page were reloaded to show the change.
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }))
    const path = join(dir, 'claims.yaml')
    writeFileSync(path, readFileSync(path, 'utf8').replace('Perhaps the key reason Trump', 'Perhaps the main reason Trump'))
    // The watcher reports a burst of changes 50 ms after it ends (src/studio.ts, src/load/watch.ts); the
    // wait is generous because the machines running the suite are shared, not because it is slow.
    await page.waitForFunction(() => document.querySelector('#messages-list')?.textContent?.includes('quote-not-found'), undefined, { timeout: 30_000 })
    expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true)
    expect(await page.locator('#messages-list li.error a').first().textContent()).toMatch(/^claims\.yaml:\d+:\d+$/)
    // A warning in article.md, before claims.yaml in file order: the error still comes first.
    appendFileSync(join(dir, 'article.md'), '\n| a | b |\n| --- | --- |\n| 1 | 2 |\n')
    await page.waitForFunction(() => document.querySelector('#messages-list')?.textContent?.includes('article-table'), undefined, { timeout: 30_000 })
    const classes = await page.locator('#messages-list li').evaluateAll((items) => items.map((li) => li.className))
    expect(classes).toContain('warning')
    expect(classes).toEqual([...classes].sort((a, b) => Number(b === 'error') - Number(a === 'error')))
    expect(classes[0]).toBe('error')
    // The message links to its place: the lines of claims.yaml around it.
    await page.locator('#messages-list li.error a').first().click()
    await page.waitForFunction(() => document.querySelector('#source-text .here')?.textContent?.includes('Perhaps the main reason'))
    // Its line numbers in one column: the line after the one marked lost its leading spaces.
    const numbersAt = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#source-text .line')).map((line) => {
        const text = line.firstChild as Text
        const range = document.createRange()
        range.setStart(text, text.data.search(/\d/))
        range.setEnd(text, text.data.search(/\d/) + 1)
        return Math.round(range.getBoundingClientRect().left)
      })
    )
    expect(numbersAt.length).toBeGreaterThan(2)
    expect(new Set(numbersAt).size).toBe(1)
    await page.context().close()
  })

  it('keeps the set loaded into the set builder, and the set chosen to build, through a moment the module does not check; saves the set with its other fields', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    await page.locator('#set-load').selectOption('quick-check')
    // Saved with a mistake in an editor (the sets then go unchecked), then fixed.
    const questions = join(dir, 'questions.yaml')
    const original = readFileSync(questions, 'utf8')
    writeFileSync(questions, original.replace(/^( {8}feedback: )(.+)$/m, '$1Saved in an editor, see ¶99.'))
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Does not check'))
    writeFileSync(questions, original)
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Checks'))
    // "Start from" still names the set the form holds, and saving it keeps `minutes: 10`, a field the form does not edit.
    expect(await page.locator('#set-load').inputValue()).toBe('quick-check')
    await page.getByLabel('Title of the set (on the pack’s landing page').fill('Comprehension check, ten minutes')
    await page.getByRole('button', { name: 'Save as set' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('Saved set quick-check'))
    const saved = YAML.parse(readFileSync(join(dir, 'module.yaml'), 'utf8')).sets['quick-check']
    expect(saved).toMatchObject({ title: 'Comprehension check, ten minutes', minutes: 10 })
    // The set chosen to build stays chosen through such a moment too, not the default again.
    await page.locator('#build-set').selectOption('close-reading')
    writeFileSync(questions, original.replace(/^( {8}feedback: )(.+)$/m, '$1Saved in an editor, see ¶99.'))
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Does not check'))
    writeFileSync(questions, original)
    await page.waitForFunction(() => document.querySelector('#summary')?.textContent?.startsWith('Checks'))
    expect(await page.locator('#build-set').inputValue()).toBe('close-reading')
    await page.context().close()
  })

  it('saves a set into module.yaml, and `classpack build --set NAME` builds that quiz', async () => {
    const { dir, studio } = await studioOnDemo()
    const before = readFileSync(join(dir, 'module.yaml'), 'utf8')
    const page = await openPage(studio)
    await page.locator('#set-load').selectOption('')
    await page.getByRole('group', { name: 'Question types' }).getByLabel('single').check()
    await page.getByLabel('Number of items').fill('4')
    await page.getByLabel('Discussion questions').fill('1')
    await page.getByLabel('Title of the set (on the pack’s landing page').fill('Tomorrow, ten minutes')
    // The preview follows the form: four single-choice items.
    await page.waitForFunction(() => document.querySelector('#preview-summary')?.textContent?.startsWith('4 items, 4 points'))
    await page.getByLabel('Save as set named').fill('tomorrow')
    await page.getByRole('button', { name: 'Save as set' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('Saved set tomorrow'))

    const added = inserted(before, readFileSync(join(dir, 'module.yaml'), 'utf8'), '  tomorrow:')
    expect(added).toBe('\n  tomorrow:\n    title: Tomorrow, ten minutes\n    types: [single]\n    count: 4\n    discussion: 1\n')
    const out = tempDir('studio-build-')
    const built = await run(['build', dir, '--set', 'tomorrow', '--format', 'html', '--out', out])
    expect(built.code, built.stderr).toBe(0)
    expect(built.stdout).toContain('set `tomorrow`')
    expect(readFileSync(join(out, 'us-backstop-ukraine', 'index.html'), 'utf8')).toContain('Tomorrow, ten minutes')
    const quiz = readFileSync(join(out, 'us-backstop-ukraine', 'quiz.html'), 'utf8')
    expect(quiz.match(/class="question"/g)).toHaveLength(4)
    // The preview drew as the build did, under the set's name: the same items in the same order.
    const builtIds = (folder: string): string[] => (JSON.parse(readFileSync(join(folder, 'us-backstop-ukraine', 'manifest.json'), 'utf8')) as { versions: Array<{ items: Array<{ id: string }> }> }).versions[0]!.items.map((i) => i.id)
    const previewIds = (): Promise<string[]> => page.locator('#preview-items > li > code').allTextContents()
    // The preview of the form as it was before its name was typed may still be on the page.
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#preview-items')?.dataset.drawnFor === 'tomorrow' && document.querySelectorAll('#preview-items > li').length === 4)
    expect(await previewIds()).toEqual(builtIds(out))
    // A saved set that samples and shuffles (quick-check), loaded in the form: its preview was
    // drawn under the preview's own name, with other items and another order than its build.
    await page.getByLabel('Save as set named').fill('')
    await page.locator('#set-load').selectOption('quick-check')
    await page.waitForFunction(() => document.querySelector('#preview-summary')?.textContent?.startsWith('8 items'))
    const quickOut = tempDir('studio-build-')
    expect((await run(['build', dir, '--set', 'quick-check', '--format', 'html', '--out', quickOut])).code).toBe(0)
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#preview-items')?.dataset.drawnFor === 'quick-check' && document.querySelectorAll('#preview-items > li').length === 8)
    expect(await previewIds()).toEqual(builtIds(quickOut))
    // A set refused for its count is marked at Number of items, not at its (good) name.
    const unrefused = readFileSync(join(dir, 'module.yaml'), 'utf8')
    await page.getByLabel('Save as set named').fill('quick-check')
    await page.getByLabel('Number of items').fill('50')
    await page.getByRole('button', { name: 'Save as set' }).click()
    await page.waitForFunction(() => document.querySelector('#set-errors')?.textContent?.includes('Unexpected count 50'))
    expect(await page.locator('#set-count').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#set-name').getAttribute('aria-invalid')).toBeNull()
    expect(readFileSync(join(dir, 'module.yaml'), 'utf8')).toBe(unrefused)

    // Saved again from the sets it started from, unchanged: what the form does not edit
    // (the time allowed, the items kept out, the lint rules set aside) is kept, and every
    // byte of module.yaml with it, comments included.
    const moduleYaml = (): string => readFileSync(join(dir, 'module.yaml'), 'utf8')
    const sets = (YAML.parse(moduleYaml()) as { sets: Record<string, Record<string, unknown>> }).sets
    const kept = Object.entries(sets).filter(([, set]) => set.minutes !== undefined || set.exclude !== undefined || set.include !== undefined)
    expect(kept.length).toBeGreaterThan(0)
    for (const [name] of kept) {
      const unchanged = moduleYaml()
      await page.locator('#set-load').selectOption(name)
      await page.getByLabel('Save as set named').fill(name)
      await page.getByRole('button', { name: 'Save as set' }).click()
      await page.waitForFunction((n) => document.querySelector('#notice')?.textContent?.includes(`Saved set ${n}`), name)
      expect(moduleYaml(), name).toBe(unchanged)
    }
    // A changed field is rewritten where it stands; the fields around it keep their comments.
    const [first] = kept[0]!
    await page.locator('#set-load').selectOption(first)
    await page.getByLabel('Number of items').fill('6')
    await page.getByLabel('Save as set named').fill(first)
    const beforeCount = moduleYaml()
    await page.getByRole('button', { name: 'Save as set' }).click()
    await page.waitForFunction((n) => document.querySelector('#notice')?.textContent?.includes(`Saved set ${n}`), first)
    const changed = moduleYaml().split('\n')
    const original = beforeCount.split('\n')
    expect(changed.length).toBe(original.length)
    expect(changed.filter((line, i) => line !== original[i])).toEqual([expect.stringMatching(/^\s+count: 6$/)])
    await page.context().close()
  })

  it('edits a question in a form: messages at the field, then only the changed lines of questions.yaml are rewritten', async () => {
    const { dir, studio } = await studioOnDemo()
    const path = join(dir, 'questions.yaml')
    const before = readFileSync(path, 'utf8')
    const page = await openPage(studio)
    await page.locator('#p-9 mark.claim').first().hover()
    await page.locator('#claim-body').getByRole('button', { name: 'Edit q-time-horizon' }).click()
    await page.waitForSelector('#question-dialog[open]')
    expect(await page.locator('#q-claims').inputValue()).toBe('putin-keeps-deal')
    // Each option's "correct" box and its "Feedback" label stand on lines of their own.
    const correct = (await page.locator('#q-options-0-correct').locator('xpath=..').boundingBox())!
    const feedbackLabel = (await page.locator('label[for="q-options-0-feedback"]').boundingBox())!
    expect(feedbackLabel.y).toBeGreaterThanOrEqual(correct.y + correct.height - 1)
    // A claim that does not exist: check's message, at the field; nothing written.
    await page.locator('#q-claims').fill('putin-keeps-deal, no-such-claim')
    await page.getByRole('button', { name: 'Save to questions.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#q-error-claims')?.textContent?.includes('no-such-claim'))
    expect(await page.locator('#q-claims').getAttribute('aria-invalid')).toBe('true')
    expect(readFileSync(path, 'utf8')).toBe(before)
    await page.locator('#q-claims').fill('putin-keeps-deal')
    const stem = 'How long does Trump believe Putin would keep a deal made with him?'
    await page.locator('#q-stem').fill(stem)
    await page.getByRole('checkbox', { name: 'correct' }).nth(2).uncheck()
    await page.getByRole('checkbox', { name: 'correct' }).nth(3).check()
    await page.getByRole('button', { name: 'Save to questions.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Saved question q-time-horizon'))
    // Focus is back on the Edit button it was opened from, and the claim panel shows the new stem.
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Edit q-time-horizon')
    expect(await page.locator('#claim-body').textContent()).toContain('would keep a deal made with him')
    const expected = before
      // A folded stem stays folded.
      .replace('    stem: >-\n      If Trump and Putin make a deal about Ukraine, for how long does Trump believe Putin\n      will stick with it, according to the author?\n', `    stem: >-\n      ${stem}\n`)
      .replace('      - text: For as long as Trump himself remains in the White House.\n        correct: true\n', '      - text: For as long as Trump himself remains in the White House.\n')
      .replace('      - text: For the long term, whoever is President after Trump.\n', '      - text: For the long term, whoever is President after Trump.\n        correct: true\n')
    expect(expected).not.toBe(before)
    expect(readFileSync(path, 'utf8')).toBe(expected)
    const item = checkModule(dir).module!.questions.quiz.find((q) => q.id === 'q-time-horizon')!
    expect('options' in item && item.options.map((o) => o.correct)).toEqual([false, false, false, true])
    await page.context().close()
  })

  it('breaks no word of a form\'s buttons on a phone', async () => {
    const { studio } = await studioOnDemo()
    const page = await openPage(studio)
    await page.setViewportSize({ width: 390, height: 844 })
    await selectInParagraph(page, 3, 'But more likely he does believe it.')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    // Each word of each button on one line: "Cancel" was broken as "Cance" over "l".
    const broken = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#claim-dialog .buttons button')).flatMap((button) => {
        const text = button.firstChild as Text
        const words: string[] = []
        for (const m of text.data.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(text, m.index!)
          range.setEnd(text, m.index! + m[0].length)
          if (new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1) words.push(m[0])
        }
        return words
      })
    )
    expect(broken).toEqual([])
    await page.context().close()
  })

  it('opens the question form with a long stem whole, from its first line, not scrolled to its end', async () => {
    const stem = `${'If Trump and Putin make a deal about Ukraine, for how long does Trump believe Putin will stick with it, according to the author? '.repeat(3)}Answer in the author's terms.`
    const dir = demoCopy({
      'questions.yaml': (text) => text.replace('    stem: >-\n      If Trump and Putin make a deal about Ukraine, for how long does Trump believe Putin\n      will stick with it, according to the author?\n', `    stem: "${stem}"\n`)
    })
    const studio = await startStudio({ dir, port: 0, out: tempDir('studio-out-') })
    studios.push(studio)
    const page = await openPage(studio)
    await page.locator('#p-9 mark.claim').first().hover()
    await page.locator('#claim-body').getByRole('button', { name: 'Edit q-time-horizon' }).click()
    await page.waitForSelector('#question-dialog[open]')
    expect(await page.locator('#q-stem').inputValue()).toBe(stem)
    const field = await page.locator('#q-stem').evaluate((t) => ({ scrollTop: t.scrollTop, hidden: t.scrollHeight - t.clientHeight }))
    expect(field).toEqual({ scrollTop: 0, hidden: 0 })
    await page.context().close()
  })

  it('puts the focus on the field a refusal is about, in view, when the form was scrolled to its button', async () => {
    const { studio } = await studioOnDemo()
    const page = await openPage(studio)
    await page.setViewportSize({ width: 800, height: 600 })
    /** The focused element's id, and whether it stands whole inside its dialog's visible box. */
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement!
        const box = active.getBoundingClientRect()
        const dialog = active.closest('dialog')!.getBoundingClientRect()
        return { id: active.id, inView: box.top >= dialog.top && box.bottom <= dialog.bottom }
      })
    // An id another claim has, refused from the keyboard at the foot of the form.
    await selectInParagraph(page, 3, 'But more likely he does believe it.')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    await page.locator('#claim-id').fill('trump-believes-it')
    await page.locator('#claim-add').focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('#claim-id-error')?.textContent?.includes('trump-believes-it'))
    expect(await focused()).toEqual({ id: 'claim-id', inView: true })
    await page.locator('#claim-cancel').click()
    // An empty stem, refused by the button at the foot of a question with six options.
    await page.locator('#p-3 mark.claim').first().hover()
    await page.locator('#claim-body').getByRole('button', { name: 'Edit q-voice-multi' }).click()
    await page.waitForSelector('#question-dialog[open]')
    await page.locator('#q-stem').fill('')
    await page.locator('#question-save').click()
    await page.waitForFunction(() => document.querySelector('#q-error-stem')?.textContent !== '')
    expect(await focused()).toEqual({ id: 'q-stem', inView: true })
    await page.context().close()
  })

  it('shows a refusal no field holds (the file changed on disk) in view, above the form\'s buttons', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    await page.setViewportSize({ width: 800, height: 600 })
    const questions = join(dir, 'questions.yaml')
    await page.locator('#p-9 mark.claim').first().hover()
    await page.locator('#claim-body').getByRole('button', { name: 'Edit q-time-horizon' }).click()
    await page.waitForSelector('#question-dialog[open]')
    await page.locator('#q-stem').fill('How long does Trump believe Putin would keep a deal made with him?')
    // Saved in an editor meanwhile; the page takes it in.
    writeFileSync(questions, readFileSync(questions, 'utf8').replace(/^( {8}feedback: )(.+)$/m, '$1Saved in an editor, see ¶99.'))
    await page.waitForFunction(() => document.querySelector('#messages-list')?.textContent?.includes('¶99'))
    // The teacher is at the top of the form, and saves from the button at its foot.
    await page.locator('#question-dialog').evaluate((d) => (d.scrollTop = 0))
    await page.locator('#question-save').click()
    await page.waitForFunction(() => document.querySelector('#question-errors')?.textContent?.includes('since the page read it'))
    const box = await page.evaluate(() => {
      const errors = document.querySelector('#question-errors')!.getBoundingClientRect()
      const buttons = document.querySelector('#question-dialog .buttons')!.getBoundingClientRect()
      const dialog = document.querySelector('#question-dialog')!.getBoundingClientRect()
      return { visible: errors.top >= dialog.top && errors.bottom <= buttons.top + 1 }
    })
    expect(box).toEqual({ visible: true })
    await page.context().close()
  })

  it('refuses a form whose file changed on disk while it was open, keeps the edit, and saves on a second try', async () => {
    const { dir, studio } = await studioOnDemo()
    const page = await openPage(studio)
    const questions = join(dir, 'questions.yaml')
    const original = readFileSync(questions, 'utf8')
    // A question open in the form; meanwhile the teacher saves the same item in an editor.
    await page.locator('#p-9 mark.claim').first().hover()
    await page.locator('#claim-body').getByRole('button', { name: 'Edit q-time-horizon' }).click()
    await page.waitForSelector('#question-dialog[open]')
    const feedback = readFileSync(questions, 'utf8').match(/^ {8}feedback: (.+)$/m)![1]!
    // (and an option's feedback of this very item).
    const mine = 'feedback: The article does not link Trump’s belief about Putin to the European force.'
    expect(original).toContain(mine)
    writeFileSync(questions, readFileSync(questions, 'utf8').replace(`feedback: ${feedback}`, 'feedback: Saved in an editor, see ¶99.').replace(mine, 'feedback: Not linked to the European force, says the editor.'))
    const edited = readFileSync(questions, 'utf8')
    // The page learns of the change (its state follows the file) while the form stays open.
    await page.waitForFunction(() => document.querySelector('#messages-list')?.textContent?.includes('¶99'))
    await page.locator('#q-stem').fill('How long does Trump believe Putin would keep a deal made with him?')
    await page.getByRole('button', { name: 'Save to questions.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#question-errors')?.textContent?.includes('since the page read it'))
    expect(readFileSync(questions, 'utf8')).toBe(edited)
    expect(await page.locator('#q-stem').inputValue()).toContain('would keep a deal')
    // The fields the teacher left alone now show the file as saved elsewhere, so saving again
    // writes the stem without undoing the editor's feedback (it was put back as the form had it).
    expect(await page.locator('#question-form textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLTextAreaElement).value))).toContain('Not linked to the European force, says the editor.')
    await page.getByRole('button', { name: 'Save to questions.yaml' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Saved question q-time-horizon'))
    const resaved = readFileSync(questions, 'utf8')
    expect(resaved).toContain('would keep a deal made with him')
    expect(resaved).toContain('feedback: Not linked to the European force, says the editor.')
    expect(resaved).toContain('feedback: Saved in an editor, see ¶99.')

    writeFileSync(questions, original)

    // A set loaded in two tabs: the second to save is refused, not written over the first.
    const second = await openPage(studio)
    for (const tab of [page, second]) await tab.locator('#set-load').selectOption('quick-check')
    await page.getByLabel('Title of the set (on the pack’s landing page').fill('Saved first')
    await page.getByRole('button', { name: 'Save as set' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('Saved set quick-check'))
    const saved = readFileSync(join(dir, 'module.yaml'), 'utf8')
    await second.waitForFunction(() => document.querySelector('#set-load')?.textContent?.includes('Saved first'))
    await second.getByLabel('Number of items').fill('3')
    await second.getByRole('button', { name: 'Save as set' }).click()
    await second.waitForFunction(() => document.querySelector('#set-errors')?.textContent?.includes('since the page read it'))
    expect(readFileSync(join(dir, 'module.yaml'), 'utf8')).toBe(saved)
    // Told so, the teacher saves again: the edit is written into the file as it is now.
    await second.getByRole('button', { name: 'Save as set' }).click()
    await second.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('Saved set quick-check'))
    const both = (YAML.parse(readFileSync(join(dir, 'module.yaml'), 'utf8')) as { sets: Record<string, { count?: number; title?: string }> }).sets['quick-check']!
    expect(both.count).toBe(3)
    // The title the first tab saved stays: the second tab did not touch it.
    expect(both.title).toBe('Saved first')

    // Words selected for a claim; then the paragraph is edited on disk: nothing else is quoted.
    const claims = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const sentence = 'Perhaps he has said it so often he has come to believe it.'
    await selectInParagraph(second, 3, sentence)
    await second.locator('#new-claim').click()
    await second.waitForSelector('#claim-dialog[open]')
    const article = join(dir, 'article.md')
    const text = readFileSync(article, 'utf8')
    const para = text.split('\n\n').find((p) => p.includes(sentence))!
    writeFileSync(article, text.replace(para, `Added in an editor. ${para}`))
    await second.waitForFunction(() => document.querySelector('#p-3 .ptext')?.textContent?.startsWith('Added in an editor.'))
    await second.locator('#claim-id').fill('said-so-often')
    await second.getByRole('button', { name: 'Add claim to claims.yaml' }).click()
    await second.waitForFunction(() => document.querySelector('#claim-errors')?.textContent?.includes('select the words again'))
    expect(readFileSync(join(dir, 'claims.yaml'), 'utf8')).toBe(claims)
    await page.context().close()
    await second.context().close()
  })

  it('builds the pack from the page: progress, then the landing page and the PDFs, served from the pack folder only', async () => {
    const { studio, out } = await studioOnDemo()
    const page = await openPage(studio)
    await page.locator('#build-set').selectOption('quick-check')
    await page.getByRole('button', { name: 'Build the pack' }).click()
    await page.waitForFunction(() => document.querySelector('#build-status')?.textContent?.startsWith('Built'), undefined, { timeout: 240_000 })
    expect(await page.locator('#build-status').textContent()).toContain('set quick-check')
    expect(await page.locator('#build-progress').evaluate((bar: HTMLProgressElement) => bar.value === bar.max && bar.max > 1)).toBe(true)
    const frame = page.frameLocator('#build-frame')
    await frame.locator('h1').waitFor()
    expect(await frame.locator('h1').textContent()).toContain('Class pack')
    expect(await page.getByRole('button', { name: 'View quiz.pdf' }).count()).toBe(1)
    const token = new URL(studio.url).searchParams.get('token')!
    const headers = { 'x-classpack-token': token }
    const pdf = await send(studio.port, 'GET', '/pack/quiz.pdf', headers)
    expect(pdf.status).toBe(200)
    expect(pdf.body.startsWith('%PDF-')).toBe(true)
    expect(readFileSync(join(out, 'us-backstop-ukraine', 'quiz.pdf'), 'latin1').startsWith('%PDF-')).toBe(true)
    for (const path of ['/pack/../us-backstop-ukraine.zip', '/pack/%2e%2e/x', '/pack/..%2fmanifest.json']) expect((await send(studio.port, 'GET', path, headers)).status).toBe(403)
    await page.context().close()
  })

  it('has no axe-core violations, with the new-claim dialog closed or open', async () => {
    const { studio } = await studioOnDemo()
    // axe is injected as a script, which the page's own Content-Security-Policy forbids.
    const page = await openPage(studio, { bypassCSP: true })
    await page.locator('#sets').scrollIntoViewIfNeeded()
    await page.waitForFunction(() => document.querySelector('#preview-summary')?.textContent !== '')
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') })
    const violations = () => page.evaluate(async () => (await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run()).violations.map((v) => `${v.id} (${v.nodes.length})`))
    expect(await violations()).toEqual([])
    await selectInParagraph(page, 2, 'there is another reason too')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    expect(await violations()).toEqual([])
    await page.context().close()
  })

  it('does the new-claim flow with the keyboard alone', async () => {
    const { dir, studio } = await studioOnDemo()
    const before = readFileSync(join(dir, 'claims.yaml'), 'utf8')
    const page = await openPage(studio)
    const focusedParagraph = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.n ?? null)
    let tabs = 0
    while ((await focusedParagraph()) !== '3') {
      await page.keyboard.press('Tab')
      if (++tabs > 80) throw new Error('¶3 is not reachable with Tab')
    }
    // The caret starts at the paragraph's beginning; the third sentence follows two others.
    const text = await page.locator('#p-3 .ptext').textContent()
    const sentence = 'But more likely he does believe it.'
    const at = text!.indexOf(sentence)
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight')
    for (let i = 0; i < sentence.length; i++) await page.keyboard.press('Shift+ArrowRight')
    // The browser reports a changed selection in a task of its own: wait until the page has
    // taken in the whole sentence (as its hint says) before leaving the paragraph.
    await page.waitForFunction((s) => document.querySelector('#selection-hint')?.textContent?.includes(`“${s}”`), sentence)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New claim from selection')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#claim-dialog[open]')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-id')
    expect(await page.locator('#claim-quote').textContent()).toBe(sentence)
    // Escape: back in ¶3 with the sentence still selected (focus does not fall to the page).
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.n === '3')
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(sentence)
    await page.waitForFunction((s) => document.querySelector('#selection-hint')?.textContent?.includes(`“${s}”`), sentence)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#claim-dialog[open]')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => !document.querySelector('#claim-dialog[open]'))
    // Added, and the article drawn anew: the caret is in ¶3 again, not lost to the page.
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.startsWith('Added claim'))
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset?.n === '3')
    // The claim panel, with its questions' Edit buttons, stands after the whole set builder in
    // tab order: the sections' links reach it from the article in a few steps back.
    // Shift+Tab passes through ¶2 and ¶1 on its way: the panel keeps the claim the caret was in
    // (it showed C1, whose questions a keyboard user then edited in place of this claim's).
    await page.waitForFunction(() => Boolean(document.querySelector('#claim-body')?.getAttribute('data-claim')))
    const shown = await page.locator('#claim-body').getAttribute('data-claim')
    tabs = 0
    while ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== '#claim') {
      await page.keyboard.press('Shift+Tab')
      if (++tabs > 12) throw new Error('the Claim link is not a few Shift+Tabs from ¶3')
    }
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'claim')
    expect(await page.locator('#claim-body').getAttribute('data-claim')).toBe(shown)
    expect(await page.locator('#claim-heading').isVisible()).toBe(true)
    // A file changed on disk redraws the page: a keyboard user on a checkbox of the set builder stays there.
    await page.getByRole('group', { name: 'Question types' }).getByLabel('single').focus()
    const claimsPath = join(dir, 'claims.yaml')
    const claimsNow = readFileSync(claimsPath, 'utf8')
    writeFileSync(claimsPath, claimsNow.replace(`quote: "${sentence}"`, 'quote: "Words the article does not have."'))
    // Once the page is drawn anew, not only its messages (they come ahead of the rest).
    await page.waitForFunction(() => document.querySelector('#messages-list')?.textContent?.includes('quote-not-found') && document.querySelector<HTMLElement>('#messages-list')?.dataset.version === document.body.dataset.version)
    expect(await page.evaluate(() => { const a = document.activeElement as HTMLInputElement; return `${a.name}=${a.value}` })).toBe('types=single')
    writeFileSync(claimsPath, claimsNow)
    const claim = checkModule(dir).module!.claims.find((c) => c.quote === sentence)!
    expect(claim.anchor.paragraph).toBe(3)
    const added = inserted(before, readFileSync(join(dir, 'claims.yaml'), 'utf8'), `- id: ${claim.id}`)
    expect(added).toContain(`quote: "${sentence}"`)
    await page.context().close()
  })
})

/** A studio on a fresh copy of the German module (tests/fixtures/german, `lang: de-DE`), its files edited by `edit`. */
async function studioOnGerman(edit: Record<string, (text: string) => string> = {}): Promise<{ dir: string; studio: Studio }> {
  const dir = join(tempDir(), 'german')
  cpSync(join(ROOT, 'tests/fixtures/german'), dir, { recursive: true })
  for (const [name, change] of Object.entries(edit)) writeFileSync(join(dir, name), change(readFileSync(join(dir, name), 'utf8')))
  const studio = await startStudio({ dir, port: 0, out: tempDir('studio-out-') })
  studios.push(studio)
  return { dir, studio }
}

/** The new-claim form as opened on `text` of ¶`n`: its id, hedges and ticked themes (the form is closed again). */
async function claimForm(page: Page, n: number, text: string): Promise<{ id: string; hedges: string; themes: string[] }> {
  await selectInParagraph(page, n, text)
  await page.locator('#new-claim').click()
  await page.waitForSelector('#claim-dialog[open]')
  const form = { id: await page.locator('#claim-id').inputValue(), hedges: await page.locator('#claim-hedges').inputValue(), themes: await page.locator('#claim-themes input:checked').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)) }
  await page.locator('#claim-cancel').click()
  await page.waitForSelector('#claim-dialog', { state: 'hidden' })
  return form
}

describe('classpack studio on a German module', () => {
  it('suggests a new claim as `classpack init` would: a German hedge, umlauts and ß spelled out in the id, the theme of the section', async () => {
    // Two themes as init makes them, one per section: the untitled opening's id, a subhead's label.
    const { studio } = await studioOnGerman({ 'claims.yaml': (text) => text.replace('\nactors:\n', '\n  - id: opening\n    label: Einleitung\n  - id: dagegen\n    label: Was dagegen spricht\nactors:\n') })
    const page = await openPage(studio)
    expect(await claimForm(page, 5, 'Zugleich würde der Einwegplastikflaschenverbrauch in der Innenstadt wahrscheinlich sinken')).toEqual({ id: 'zugleich-wuerde-einwegplastikflaschenverbrauch-innenstadt-wahrscheinlich', hedges: 'wahrscheinlich', themes: ['gesundheit'] })
    expect(await claimForm(page, 2, 'an heißen Tagen deutlich mehr Einsätze')).toEqual({ id: 'heissen-tagen-deutlich-mehr-einsaetze', hedges: '', themes: ['opening'] })
    expect(await claimForm(page, 7, 'Dieser Vorschlag klingt sympathisch, ersetzt aber keinen Brunnen')).toEqual({ id: 'vorschlag-klingt-sympathisch-ersetzt-keinen', hedges: '', themes: ['dagegen'] })
    await page.context().close()
  })

  it('warns beside the generated items, and with the set preview, that they are worded in English', async () => {
    const { dir, studio } = await studioOnGerman()
    const page = await openPage(studio)
    await page.locator('#set-load').selectOption('')
    await page.getByRole('group', { name: /Generated items/ }).getByLabel('voice').check()
    await page.waitForFunction(() => document.querySelector('#preview-summary')?.textContent?.includes('warning'))
    const english = 'classpack words generated items in English only'
    expect(await page.locator('#set-generated-note').textContent()).toContain(english)
    expect(await page.locator('#preview-warnings').textContent()).toContain('[generated-language]')
    // As `classpack build --set` says it of the set, saved.
    await page.getByLabel('Save as set named').fill('mit-generierten')
    await page.getByRole('button', { name: 'Save as set' }).click()
    await page.waitForFunction(() => document.querySelector('#notice')?.textContent?.includes('Saved set mit-generierten'))
    const built = await run(['check', dir, '--set', 'mit-generierten'])
    expect(built.stderr).toContain(english)
    // None ticked: no warning.
    await page.getByRole('group', { name: /Generated items/ }).getByLabel('voice').uncheck()
    await page.waitForFunction(() => document.querySelector('#set-generated-note')?.textContent === '')
    expect(await page.locator('#preview-warnings li').count()).toBe(0)
    await page.context().close()
  })

  it('keeps the new-claim form and its Add button inside a 1280×900 and an 800×600 window, the fields scrolling', async () => {
    const { studio } = await studioOnGerman()
    const page = await openPage(studio)
    for (const [width, height] of [[1280, 900], [800, 600]] as const) {
      await page.setViewportSize({ width, height })
      await selectInParagraph(page, 5, 'Zugleich würde der Einwegplastikflaschenverbrauch in der Innenstadt wahrscheinlich sinken')
      await page.locator('#new-claim').click()
      await page.waitForSelector('#claim-dialog[open]')
      const box = await page.evaluate(() => {
        const dialog = document.querySelector('#claim-dialog')!.getBoundingClientRect()
        const add = document.querySelector('#claim-add')!.getBoundingClientRect()
        return { top: dialog.top, bottom: dialog.bottom, addTop: add.top, addBottom: add.bottom }
      })
      expect(box.top, `${width}×${height}`).toBeGreaterThanOrEqual(0)
      expect(box.bottom, `${width}×${height}`).toBeLessThanOrEqual(height)
      // The button whole, in the dialog, with no scrolling.
      expect(box.addTop, `${width}×${height}`).toBeGreaterThanOrEqual(box.top)
      expect(box.addBottom, `${width}×${height}`).toBeLessThanOrEqual(box.bottom)
      await page.locator('#claim-cancel').click()
      await page.waitForSelector('#claim-dialog', { state: 'hidden' })
    }
    // The fields scroll under it: the status, last of them, is reached by scrolling the dialog.
    await selectInParagraph(page, 5, 'Zugleich würde der Einwegplastikflaschenverbrauch')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    expect(await page.locator('#claim-dialog').evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true)
    await page.locator('#claim-status').focus()
    const status = (await page.locator('#claim-status').boundingBox())!
    const add = (await page.locator('#claim-add').boundingBox())!
    expect(status.y + status.height).toBeLessThanOrEqual(add.y)
    await page.context().close()
  })
})

describe('classpack studio on a module with lists and block quotes', () => {
  it('shows a list item with its marker and depth and a block quote as one, in the view and the labels, the quotes still the article\'s text', async () => {
    const dir = join(tempDir(), 'structure')
    cpSync(join(ROOT, 'tests/fixtures/structure'), dir, { recursive: true })
    const studio = await startStudio({ dir, port: 0, out: tempDir('studio-out-') })
    studios.push(studio)
    const page = await openPage(studio)
    const labels = await page.locator('.ptext').evaluateAll((texts) => texts.map((t) => t.getAttribute('aria-label')))
    // "- The reading room …", its nested "- Evening hours …", "3. Survey the building …", "> Closing it …".
    expect(labels.slice(2, 5)).toEqual(['Paragraph 3, in a list', 'Paragraph 4, in a list, no claim yet', 'Paragraph 5, in a list, no claim yet'])
    expect(labels[8]).toBe('Paragraph 9, list item 3')
    expect(labels[12]).toBe('Paragraph 13, in a block quote, no claim yet')
    expect(labels[0]).toBe('Paragraph 1, no claim yet')
    // Seen, too: the item's marker before its text, the nested item further in, the quote's bar.
    const marker = (n: number) => page.locator(`#p-${n} .ptext`).evaluate((t) => getComputedStyle(t, '::before').content)
    expect(await marker(9)).toBe('"3."')
    expect(await marker(4)).toBe('"•"')
    expect(await marker(1)).toBe('none')
    const left = (n: number) => page.locator(`#p-${n} .ptext`).evaluate((t) => t.getBoundingClientRect().left)
    expect(await left(5)).toBeGreaterThan(await left(4))
    expect(await page.locator('#p-13 .ptext').evaluate((t) => getComputedStyle(t).boxShadow)).not.toBe('none')
    // The marker is no part of the text: a selection from the item's start quotes its words alone.
    await selectInParagraph(page, 10, 'Publish the full costs by March.')
    await page.locator('#new-claim').click()
    await page.waitForSelector('#claim-dialog[open]')
    expect(await page.locator('#claim-quote').textContent()).toBe('Publish the full costs by March.')
    await page.context().close()
  })
})

/** A raw HTTP request (no URL normalization: `..` goes to the server as written). */
function send(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers }, setHost: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('the `classpack studio` command', () => {
  it('prints the URL with its token, serves the page there, and stops on SIGTERM', async () => {
    const dir = demoCopy()
    const child = spawn(process.execPath, [BIN, 'studio', dir, '--port', '0', '--out', tempDir('studio-cli-')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    try {
      while (!/\?token=[0-9a-f]{64}\n/.test(stdout)) {
        if (child.exitCode !== null) throw new Error(`studio exited: ${stdout}`)
        await new Promise((r) => setTimeout(r, 50))
      }
      const url = new URL(/http:\/\/\S+/.exec(stdout)![0])
      expect(url.hostname).toBe('127.0.0.1')
      const token = url.searchParams.get('token')!
      const port = Number(url.port)
      expect((await send(port, 'GET', '/api/state')).status).toBe(403)
      const state = await send(port, 'GET', '/api/state', { 'x-classpack-token': token })
      expect(state.status).toBe(200)
      expect(JSON.parse(state.body).module).toBe('us-backstop-ukraine')
      const first = await send(port, 'GET', `/?token=${token}`)
      expect(first.status).toBe(303)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited).toBe(0)
  })

  it('refuses wrong usage with exit 2', async () => {
    const twoModules = await run(['studio', demoCopy(), demoCopy()])
    expect(twoModules.code).toBe(2)
    expect(twoModules.stderr).toContain('expected one MODULE_DIR')
    const badPort = await run(['studio', demoCopy(), '--port', '70000'])
    expect(badPort.code).toBe(2)
    expect(badPort.stderr).toContain('--port')
  })

  it('names a port another program listens on as such, without a stack trace', async () => {
    const { studio } = await studioOnDemo()
    const taken = await run(['studio', demoCopy(), '--port', String(studio.port)])
    expect(taken.code).toBe(2)
    expect(taken.stderr).toContain(`Unexpected --port ${studio.port}, already in use`)
    expect(taken.stderr).not.toContain('cannot write')
    expect(taken.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('classpack studio refuses', () => {
  it('requests without the token, from another origin or host, or for paths leaving the module, and changes nothing', async () => {
    const { dir, studio } = await studioOnDemo()
    const secret = join(tempDir('outside-'), 'secret.txt')
    writeFileSync(secret, 'SECRET-OUTSIDE')
    symlinkSync(secret, join(dir, 'link-out.txt'))
    symlinkSync(join(secret, '..'), join(dir, 'folder-out'))
    const port = studio.port
    const token = new URL(studio.url).searchParams.get('token')!
    const cookie = `classpack_studio_${port}=${token}`
    const own = { 'x-classpack-token': token }
    const json = { 'content-type': 'application/json' }
    const hash = folderHash(dir)
    const stateHashes = JSON.parse((await send(port, 'GET', '/api/state', own)).body).hashes as Record<string, string>
    const claim = JSON.stringify({ paragraph: 3, start: 0, end: 40, base: stateHashes['claims.yaml'], id: 'forged', kind: 'causal', asserted_by: 'author', evidence: 'none', themes: ['trump-putin'], hedges: [] })
    const set = JSON.stringify({ name: 'forged', set: { types: ['single'] }, base: stateHashes['module.yaml'] })

    const cases: Array<[string, Promise<{ status: number; body: string }>, number]> = [
      ['no token', send(port, 'GET', '/api/state'), 403],
      ['no token, page', send(port, 'GET', '/'), 403],
      ['wrong token in the URL', send(port, 'GET', `/?token=${'0'.repeat(64)}`), 403],
      ['no token, write', send(port, 'POST', '/api/claims', json, claim), 403],
      ['cookie alone, write (a forged form)', send(port, 'POST', '/api/sets', { ...json, cookie }, set), 403],
      ['foreign Origin, read', send(port, 'GET', '/api/state', { ...own, origin: 'http://evil.example' }), 403],
      ['foreign Origin, write', send(port, 'POST', '/api/claims', { ...own, ...json, origin: 'http://evil.example' }, claim), 403],
      ['another port as Origin', send(port, 'POST', '/api/sets', { ...own, ...json, origin: `http://127.0.0.1:${port + 1}` }, set), 403],
      ['cross-site fetch metadata', send(port, 'POST', '/api/sets', { ...own, ...json, 'sec-fetch-site': 'cross-site' }, set), 403],
      ['a rebound host name', send(port, 'GET', '/api/state', { ...own, host: `evil.example:${port}` }), 400],
      ['another port as Host', send(port, 'POST', '/api/sets', { ...own, ...json, host: `127.0.0.1:${port + 1}` }, set), 400],
      ['..', send(port, 'GET', '/api/file/../../../../etc/passwd', own), 403],
      ['.. to a sibling', send(port, 'GET', `/api/file/../${'us-backstop-ukraine'}/claims.yaml`, own), 403],
      ['%2e%2e', send(port, 'GET', '/api/file/%2e%2e/%2e%2e/%2e%2e/etc/passwd', own), 403],
      ['%2e%2e%2f in one segment', send(port, 'GET', '/api/file/%2e%2e%2f%2e%2e%2fetc%2fpasswd', own), 403],
      ['an absolute path', send(port, 'GET', '/api/file/%2fetc%2fpasswd', own), 403],
      ['a link to a file outside', send(port, 'GET', '/api/file/link-out.txt', own), 403],
      ['a link to a folder outside', send(port, 'GET', '/api/file/folder-out/secret.txt', own), 403],
      ['the pack before any build', send(port, 'GET', '/pack/../claims.yaml', own), 404],
      // Answered with a reason, not cut off mid-request: declared too long, or sent in chunks.
      ['a body over 1 MiB', send(port, 'POST', '/api/claims', { ...own, ...json }, JSON.stringify({ ...JSON.parse(claim), paraphrase: 'x'.repeat(2 << 20) })), 413],
      ['a chunked body over 1 MiB', send(port, 'POST', '/api/sets', { ...own, ...json, 'transfer-encoding': 'chunked' }, JSON.stringify({ name: 'forged', set: { title: 'x'.repeat(2 << 20) } })), 413]
    ]
    for (const [what, response, status] of cases) {
      const got = await response
      expect({ what, status: got.status }).toEqual({ what, status })
      expect(got.body).not.toContain('SECRET-OUTSIDE')
      expect(got.body).not.toContain('root:')
    }
    // The same requests with everything right are answered: the refusals above were for their faults.
    expect((await send(port, 'GET', '/api/file/claims.yaml', own)).status).toBe(200)
    expect((await send(port, 'GET', '/api/state', { cookie })).status).toBe(200)
    expect(folderHash(dir)).toBe(hash)
  })

  it('writes that would lose the teacher\'s work: a file changed since the page read it, or one that does not parse', async () => {
    const { dir, studio } = await studioOnDemo()
    const port = studio.port
    const token = new URL(studio.url).searchParams.get('token')!
    const headers = { 'x-classpack-token': token, 'content-type': 'application/json' }
    const { hashes } = JSON.parse((await send(port, 'GET', '/api/state', headers)).body) as { hashes: Record<string, string> }
    // The teacher saves claims.yaml in an editor; the page still holds the old hash.
    const claimsPath = join(dir, 'claims.yaml')
    writeFileSync(claimsPath, readFileSync(claimsPath, 'utf8') + '# a note saved in an editor\n')
    const saved = readFileSync(claimsPath, 'utf8')
    const claim = { paragraph: 3, start: 0, end: 20, base: hashes['claims.yaml'], id: 'stale', kind: 'causal', asserted_by: 'author', evidence: 'none', themes: ['trump-putin'], hedges: [] }
    const stale = await send(port, 'POST', '/api/claims', headers, JSON.stringify(claim))
    expect(stale.status).toBe(409)
    expect(stale.body).toContain('since the page read it')
    expect(readFileSync(claimsPath, 'utf8')).toBe(saved)
    // module.yaml that does not parse is left as it is, even with the right hash.
    const modulePath = join(dir, 'module.yaml')
    const broken = readFileSync(modulePath, 'utf8') + 'sets: [unclosed\n'
    writeFileSync(modulePath, broken)
    const fresh = createHash('sha256').update(broken).digest('hex')
    const refused = await send(port, 'POST', '/api/sets', headers, JSON.stringify({ name: 'x', set: { types: ['single'] }, base: fresh }))
    expect(refused.status).toBe(409)
    expect(refused.body).toContain('Unexpected YAML syntax in module.yaml')
    expect(readFileSync(modulePath, 'utf8')).toBe(broken)
    // claims.yaml as a link to a file outside the module: neither read for the edit nor written.
    const outside = join(tempDir('outside-'), 'claims.yaml')
    writeFileSync(outside, saved)
    rmSync(claimsPath)
    symlinkSync(outside, claimsPath)
    const linked = await send(port, 'POST', '/api/claims', headers, JSON.stringify({ ...claim, base: createHash('sha256').update(saved).digest('hex') }))
    expect(linked.status).toBe(403)
    expect(readFileSync(outside, 'utf8')).toBe(saved)
  })
})
