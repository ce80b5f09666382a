// Images in an article: a photo or chart on a line of its own (`![alt](url)`, perhaps linked).
// classpack's reading copy prints the words only, and `check` leaves such an image out with a
// warning (article/parse.ts); its alt text used to print as a numbered paragraph of prose. So
// init keeps it in article.md as an HTML comment where it stood (`check` and the pack ignore
// comments; the teacher sees what was there), and names it with the ¶ it followed, as tables.
import type { Paragraph } from '../article/model.js'
import type { Guess } from './model.js'

/** How the comment that holds a left-out image opens: `imagesLeftOut` finds them by it. */
const OPENING = '<!-- classpack init left out this image: the reading copy has no images. Say what it shows in a sentence if questions need it.'
/** One image, linked or not. */
const IMAGE = String.raw`(?:\[\s*)?!\[([^\]\n]*)\]\([^)\n]*\)(?:\s*\]\([^)\n]*\))?`
/** A line of images alone. */
const IMAGES_LINE = new RegExp(String.raw`^[ \t]*${IMAGE}(?:[ \t]+${IMAGE})*[ \t]*$`)

/** `article` (Markdown) with each paragraph that is images alone kept as a comment instead. */
export function imagesAsComments(article: string): string {
  const lines = article.split('\n')
  let fence = false
  return lines
    .map((line, i) => {
      if (/^\s{0,3}(?:```|~~~)/.test(line)) fence = !fence
      const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === ''
      if (fence || !alone || !IMAGES_LINE.test(line)) return line
      // `-->` would end the comment early.
      return `${OPENING}\n${line.trim().replace(/--+>/g, (m) => `${m.slice(0, -1)} >`)}\n-->`
    })
    .join('\n')
}

/** What init prints for the images it left out: the alt text and the ¶ each followed. */
export function imagesLeftOut(article: string, paragraphs: readonly Paragraph[]): Guess[] {
  const guesses: Guess[] = []
  for (let at = article.indexOf(OPENING); at >= 0; at = article.indexOf(OPENING, at + 1)) {
    const line = article.slice(at + OPENING.length + 1, article.indexOf('\n', at + OPENING.length + 1))
    const alt = new RegExp(IMAGE).exec(line)?.[1]?.trim() ?? ''
    const before = paragraphs.filter((p) => (p.place.start.offset ?? 0) < at).length
    const where = before === 0 ? 'before ¶1' : `after ¶${before}`
    guesses.push({
      what: 'left out',
      value: `an image, ${where}${alt ? ` (“${alt.length > 60 ? `${alt.slice(0, 59)}…` : alt}”)` : ''}`,
      how: "the article's image: the reading copy has none; it stays in article.md as a comment there, to say in a sentence if questions need what it shows"
    })
  }
  return guesses
}
