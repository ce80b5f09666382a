// Anchor each claim to the article: find its quote (white space and quote-style
// insensitive, otherwise exact) and resolve paragraph, section, sentences and offsets.
import type { VFile } from 'vfile'
import type { Article, Paragraph } from '../article/model.js'
import { normalize, normalizedText, occurrences, SIC_MARKS, type Normalized } from '../article/normalize.js'
import { code, error, lineIndex, warn, type Place, type Point } from '../messages.js'
import { keepPlaces, placeOf } from '../yaml/decode.js'
import type { Anchor, AnchoredClaim, Claim } from './model.js'
import { nearestPassage, nearestWords, partingPlace } from './nearest.js'

/**
 * Anchor `claims` (read from `claimsFile`) in `article` (read from `articleFile`).
 * A quote that is missing or ambiguous is an error at the quote's line:col; such claims are left out of the result.
 */
export function anchorClaims(article: Article, articleFile: VFile, claims: readonly Claim[], claimsFile: VFile, cutFrom?: CutFrom): AnchoredClaim[] {
  const find = passageFinder(article, articleFile, cutFrom)
  const anchored: AnchoredClaim[] = []
  // The first claim of an id is the claim; a later one is reported as a duplicate, and anchoring
  // it too would give the id two places, and the first claim's checks the other's paragraph.
  const ids = new Set<string>()
  for (const claim of claims) {
    if (ids.has(claim.id)) continue
    ids.add(claim.id)
    if (claim.quote === '') continue // already reported as missing or empty
    const anchor = find(claim.quote, claimsFile, placeOf(claim, 'quote'), `claim \`${claim.id}\``)
    if (!anchor) continue
    const cut = partialWords(article.paragraphs.find((p) => p.n === anchor.paragraph)!.text, anchor.start, anchor.end)
    if (cut) warn(claimsFile, `Unexpected quote ${code(claim.quote)} for claim \`${claim.id}\` that ${cut.said}, expected whole words: quote ${code(cut.whole, 90)}`, placeOf(claim, 'quote'), 'quote-partial-word')
    anchored.push(keepPlaces(claim, { ...claim, anchor }))
  }
  return anchored
}

/**
 * `text` (the article's words a quote matched) with the `[sic]` marks the teacher put in
 * `quote`, after the words they follow ("…peace to Ukaine [sic]."); undefined when it has none.
 * Printed where the quote is, so that the article's slip is not taken for classpack's.
 */
function withSics(text: string, quote: string): string | undefined {
  const marks = [...quote.matchAll(SIC_MARKS)]
  if (marks.length === 0) return undefined
  const { map } = normalize(text)
  let shown = ''
  let from = 0
  for (const mark of marks) {
    // As many normalized characters as the quote has before the mark: the article's words up to there.
    const before = normalizedText(quote.slice(0, mark.index)).length
    const at = before === 0 ? 0 : map[before - 1]! + 1
    // Glued to the word it marks by a no-break space: a line that began "[sic]." lost what it marked.
    shown += text.slice(from, at) + (/^\s/u.test(mark[0]) ? '\u00a0' : '') + mark[0].trim()
    from = at
  }
  return shown + text.slice(from)
}

/**
 * The quote as printed (`anchor.shown`, else its text) and where a stretch of the article's
 * words (offsets into `anchor.text`) stands in it: the teacher's `[sic]` marks shift what
 * follows them. A stretch that ends where a mark begins ends before the mark.
 */
export function printedQuote(anchor: Anchor): { text: string; at: (start: number, end: number) => { start: number; end: number } } {
  const shown = anchor.shown
  if (shown === undefined) return { text: anchor.text, at: (start, end) => ({ start, end }) }
  // Each character of the article's words in the shown text: the marks are only ever inserted.
  const place: number[] = []
  for (let i = 0, j = 0; i < anchor.text.length; j++) if (shown[j] === anchor.text[i]) place[i++] = j
  const of = (offset: number): number => place[offset] ?? shown.length
  return { text: shown, at: (start, end) => ({ start: of(start), end: end === 0 ? of(0) : of(end - 1) + 1 }) }
}

/** A letter, mark or digit: a character a word goes on with (a hyphen or an apostrophe ends one, as a space does). */
const WORDLIKE = /[\p{L}\p{M}\p{N}]/u
/** Scripts written without spaces between words, where a passage may start or end anywhere. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/**
 * Where the passage `text.slice(start, end)` starts or ends inside a word of `text` (`mall
 * modules build fa` of "Small modules build fast."; the `4` of "45"): what to say, and the
 * passage grown to whole words; undefined where it starts and ends at the edges of words.
 */
export function partialWords(text: string, start: number, end: number): { said: string; whole: string } | undefined {
  const before = (at: number): string => [...text.slice(Math.max(0, at - 2), at)].pop() ?? ''
  const after = (at: number): string => String.fromCodePoint(text.codePointAt(at) ?? 32)
  const inside = (at: number): boolean => {
    const [a, b] = [before(at), after(at)]
    return WORDLIKE.test(a) && WORDLIKE.test(b) && !UNSPACED.test(a) && !UNSPACED.test(b)
  }
  const cutStart = start > 0 && inside(start)
  const cutEnd = end < text.length && inside(end)
  if (!cutStart && !cutEnd) return undefined
  let from = start
  while (cutStart && from > 0 && WORDLIKE.test(before(from))) from -= before(from).length
  let to = end
  while (cutEnd && to < text.length && WORDLIKE.test(after(to))) to += after(to).length
  const wordAt = (a: number, b: number): string => text.slice(a, b).match(/^\S*/)![0]
  const lastWord = (a: number, b: number): string => text.slice(a, b).match(/\S*$/)![0]
  const parts = [cutStart ? `starts inside the word ${code(wordAt(from, to))}` : '', cutEnd ? `ends inside the word ${code(lastWord(from, to))}` : ''].filter(Boolean)
  return { said: parts.join(' and '), whole: text.slice(from, to) }
}

/**
 * How alike (Dice coefficient of letter pairs, nearest.ts) the article's most similar run of
 * as many words must be to a quote for the closest passage to be offered as where it went: a
 * word changed scores about 0.8, a sentence reworded 0.6 or more, a quote from a paragraph that
 * was removed about 0.4 (a run of words is compared, not a sentence, so a short quote from a
 * long sentence is judged fairly).
 */
const CLOSE = 0.55

/**
 * The paragraph of paragraphs.lock that held a quote, when the article no longer has it
 * (deleted since the record): references/changed.ts's `cutParagraphOf`.
 */
export type CutFrom = (quote: string, closest?: number) => number | undefined

/**
 * A finder of quotes in `article`: where a quote stands (white space and quote style
 * aside, exactly), or undefined after an error on `file` at `at` naming `what` ("claim
 * `x`"), with the closest passage when the quote is not there and the paragraphs when it
 * is there more than once. Claims' quotes and a cloze item's passage are found alike.
 */
export function passageFinder(article: Article, articleFile: VFile, cutFrom?: CutFrom): (quote: string, file: VFile, at: Place | undefined, what: string) => Anchor | undefined {
  const paragraphs = article.paragraphs.map((p) => ({ paragraph: p, normalized: normalize(p.text) }))
  const where = lineIndex(articleFile)
  return (quote, file, at, what) => {
    const needle = normalize(quote).text
    const hits: Array<{ paragraph: Paragraph; normalized: Normalized; at: number }> = []
    for (const p of paragraphs) for (const start of occurrences(p.normalized.text, needle)) hits.push({ ...p, at: start })
    if (hits.length === 0) {
      // The words in quotation marks the article does not have around them (pasted as a quotation).
      const inner = /^\s*[“"‘'„«](.+)[”"’'“»]\s*$/s.exec(quote)?.[1]
      const bare = inner === undefined ? undefined : paragraphs.find((p) => occurrences(p.normalized.text, normalize(inner).text).length === 1)
      if (bare) {
        error(file, `Unexpected quotation marks around the quote for ${what}, expected the article's words alone: without them the words are in ¶${bare.paragraph.n}`, at, 'quote-not-found')
        return undefined
      }
      // Words left out with … (as a quotation in questions.yaml may): a quote that anchors is
      // one unbroken passage; the message named the `…` as a difference (`…… nobody runs.`).
      const mark = quote.includes('…') ? '…' : quote.includes('...') ? '...' : undefined
      const whole = mark === undefined ? undefined : unbroken(paragraphs, quote)
      // Where the article writes ellipses itself, only parts found around the quote's say it.
      if (mark !== undefined && (whole || !paragraphs.some((p) => /…|\.\.\./.test(p.normalized.text)))) {
        const say = !whole ? '' : whole.parts > 1 ? `: the article has ${code(whole.text, 90)} in ¶${whole.n}, so quote those words whole, or the words on one side of the \`${mark}\`` : `: quote ${code(whole.text, 90)} (¶${whole.n}) without it`
        error(file, `Unexpected \`${mark}\` in the quote ${code(quote)} for ${what}, expected one unbroken passage of the article: ${what.startsWith('claim') ? "a claim's quote" : 'a passage that anchors'} cannot skip words (quotations in questions.yaml's text may use …)${say}`, at, 'quote-not-found')
        return undefined
      }
      // The words across two paragraphs that follow each other: the article split the one the
      // quote stood in (a new paragraph break), which "closest: ¶13 …" did not say.
      const across = paragraphs.findIndex((p, i) => i + 1 < paragraphs.length && occurrences(`${p.normalized.text} ${paragraphs[i + 1]!.normalized.text}`, needle).length > 0)
      if (across >= 0) {
        const [a, b] = [paragraphs[across]!.paragraph.n, paragraphs[across + 1]!.paragraph.n]
        error(file, `Unexpected quote ${code(quote)} for ${what} across two paragraphs, expected words within one: the article now has them in ¶${a} and ¶${b} (a paragraph break put between them?), so quote the words of one of the two, or join the paragraphs again`, at, 'quote-not-found')
        return undefined
      }
      const near = nearestPassage(article, quote)
      const parting = near && partingPlace(quote, near.text)
      // The paragraph the record has it in was deleted: said so, where a long quote from it
      // scored as close to some paragraph left (the demo's ¶10 cut, two of its claims were
      // sent to ¶12, "closest: ¶12 `A preliminary deal on rare earths…`").
      const cut = cutFrom?.(quote, near?.paragraph)
      // A quote whose passage was cut resembles nothing: the best passage is then a stranger,
      // and calling it the closest would send the teacher to the wrong paragraph.
      const hint =
        cut !== undefined
          ? `; it stood in ¶${cut} of paragraphs.lock, a paragraph the article no longer has (deleted): if its passage was cut, delete ${what} or quote words the article has`
          : !near
            ? ''
            : (nearestWords(article, quote)?.score ?? 0) < CLOSE
              ? `; no passage of the article is close to it: if its passage was cut, delete ${what} or quote words the article has`
              : `; closest: ¶${near.paragraph} ${code(near.text, 90)}${parting ? `, which has ${code(parting.passage)} where the quote has ${code(parting.quote)}${parting.caseOnly ? ' (only capital and small letters differ: write them as the article does)' : parting.alike || hidden(parting.passage, parting.quote, file)}` : ''}`
      error(file, `Unexpected quote ${code(quote)} for ${what}, expected words that appear verbatim in the article${hint}`, at, 'quote-not-found')
      return undefined
    }
    if (hits.length > 1) {
      const paragraphs = [...new Set(hits.map((h) => `¶${h.paragraph.n}`))]
      const paragraphList = paragraphs.length > 8 ? `${paragraphs.slice(0, 8).join(', ')} and ${paragraphs.length - 8} more paragraphs` : paragraphs.join(', ')
      error(file, `Unexpected quote for ${what} found ${hits.length} times (${paragraphList}), expected a passage that occurs once: quote a few more words`, at, 'quote-ambiguous')
      return undefined
    }
    const hit = hits[0]!
    const start = hit.normalized.map[hit.at]!
    const end = hit.normalized.map[hit.at + needle.length - 1]! + 1
    const sentences = hit.paragraph.sentences.filter((s) => s.start < end && s.end > start).map((s) => s.n)
    const text = hit.paragraph.text.slice(start, end)
    // With the teacher's [sic], for whatever prints the passage (a claim's quote, a cloze's).
    const shown = withSics(text, quote)
    return {
      paragraph: hit.paragraph.n,
      section: hit.paragraph.section,
      sentences,
      start,
      end,
      text,
      ...(shown === undefined ? {} : { shown }),
      place: sourcePlace(hit.paragraph, start, end, (offset) => where.toPoint(offset))
    }
  }
}

/**
 * The passage of one paragraph that holds the parts of `quote` around its `…`s, in order: from
 * the first part's start to the last part's end, as the article writes it.
 */
function unbroken(paragraphs: ReadonlyArray<{ paragraph: Paragraph; normalized: Normalized }>, quote: string): { n: number; text: string; parts: number } | undefined {
  const parts = quote.split(/…|\.\.\./).map((part) => normalize(part).text.trim()).filter((part) => part !== '')
  if (parts.length === 0) return undefined
  for (const { paragraph, normalized } of paragraphs) {
    let from = -1
    let at = 0
    for (const part of parts) {
      const i = normalized.text.indexOf(part, at)
      if (i < 0) {
        from = -2
        break
      }
      if (from === -1) from = i
      at = i + part.length
    }
    if (from >= 0) return { n: paragraph.n, text: paragraph.text.slice(normalized.map[from]!, normalized.map[at - 1]! + 1), parts: parts.length }
  }
  return undefined
}

/** Map paragraph-text offsets to a place in the source file through the paragraph's segments. */
function sourcePlace(paragraph: Paragraph, start: number, end: number, toPoint: (offset: number) => Point | undefined): Place {
  const toSource = (offset: number): number | undefined => {
    const segment = paragraph.segments.find((s) => offset >= s.start && offset <= s.start + s.length)
    if (!segment) return undefined
    return segment.sourceStart + (segment.exact ? offset - segment.start : 0)
  }
  const a = toSource(start)
  const b = toSource(end)
  const startPoint = a === undefined ? undefined : toPoint(a)
  const endPoint = b === undefined ? undefined : toPoint(b)
  return startPoint && endPoint ? { start: startPoint, end: endPoint } : paragraph.place
}

/** Invisible characters by name: what a teacher would search for to delete. */
const INVISIBLE: Record<string, string> = { '\u00ad': 'soft hyphen', '\u200b': 'zero-width space', '\u200c': 'zero-width non-joiner', '\u200d': 'zero-width joiner', '\u2060': 'word joiner', '\ufeff': 'zero-width no-break space' }

/** An invisible character as a teacher would search for it: "soft hyphen, U+00AD". */
export const invisibleName = (char: string): string => `${INVISIBLE[char] ?? 'format character'}, U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Where the article's words differ from the quote by a character that does not print (a
 * soft hyphen pasted from a web page), the two look the same in the message: it says so.
 */
function hidden(passage: string, quote: string, file: VFile): string {
  const named = invisibleName
  const inArticle = [...passage].find((c) => /\p{Cf}/u.test(c) && !quote.includes(c))
  if (inArticle !== undefined) return ` (the article's words hold an invisible ${named(inArticle)}: delete it from article.md)`
  // Pasted into the quote (copied from a web page rather than from article.md): the message
  // showed `Small​ modules` where the article has `Small modules`, the same to the eye.
  const inQuote = [...quote].find((c) => /\p{Cf}/u.test(c) && !passage.includes(c))
  if (inQuote !== undefined) return ` (the quote holds an invisible ${named(inQuote)}: delete it from ${file.basename ?? 'the quote'})`
  return ''
}
