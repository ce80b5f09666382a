// Lines a news site sets in and around an article that are the site's, not the article's: a
// link to another story between paragraphs ("Read more: Why museums are rethinking …"), an
// advertisement's label, an editor's note on an update and a correction. A page's markup
// usually gives them away (read-html.ts drops ads, newsletters and share bars by class), but
// plain text pasted from the page, Markdown saved from it, or a page that sets them as bare
// paragraphs kept them as numbered ¶s (or, in plain text, subheads). Each is left out and
// named, so the teacher can put it back.

/** A label that points to another story, then its headline. */
const POINTER = /^(?:read more|read more about (?:this|it)|also read|read also|read next|see also|related|related (?:story|article|content)|more on this(?: story)?|lesen sie auch|mehr zum thema|auch interessant)\s*:\s*\S/iu
/**
 * A headline after the label opens with a capital, a figure or a quotation mark ("Read more: Why
 * museums are rethinking …"); the writer's own pointer goes on in lower case ("See also: the
 * governors' report, page 4", "Lesen Sie auch: die alten Ausgaben, …") and is the article's.
 */
const HEADLINE_AFTER = /:\s*[\p{Lu}\p{N}"“‘'„«£$€]/u
/** Longest headline after such a label, in words. */
const POINTER_WORDS = 25
/** A label standing where an advertisement was. */
const AD_LABEL = /^(?:advertisement|advert|ad|sponsored|sponsored content|paid content|(?:story|article) continues (?:below|after (?:this )?advertisement)(?: advertisement)?|anzeige|werbung)$/iu
/** The names on a bar of share buttons. */
const NETWORK = '(?:facebook|x|twitter|whatsapp|e-?mail|linkedin|copy link|messenger|pinterest|reddit|bluesky|threads|print)'
/** A bar of share buttons as its words read: "Share this article", "Share on Facebook", "Facebook X WhatsApp Email Copy link". */
const SHARE = new RegExp(`^(?:(?:share (?:this|the) (?:article|story|page)|share(?: on)?)\\s*:?(?:\\s*[,|·]?\\s*${NETWORK})*|${NETWORK}(?:\\s*[,|·]?\\s*${NETWORK}){2,})$`, 'iu')
/**
 * An editor's note or a correction: "This article was updated on 15 March 2026 to correct …",
 * "Correction: An earlier version …", "Editor’s note: …". Only at the article's start or end,
 * where sites put them; not "Update: …", which may be the story's own news.
 */
const EDITORIAL = /^(?:(?:correction|corrections|clarification|editor['’]?s note)\s*:\s*\S|this (?:article|story|piece|report) (?:was|has been) (?:updated|amended|corrected|changed)\b)/iu
/**
 * What a correction or an update's note says: what was wrong, or what the change was for, or
 * only when it was made ("This article was amended on 3 May 2026."). An article about
 * corrections opens its own sentences so too ("This article was updated forty-one times in its
 * first year …", "Correction: that one word … is the most read line in the paper"), and such a
 * paragraph is the article's.
 */
const NOTE_SAYS = /\b(?:(?:an? |the )?(?:earlier|previous|original|print|online) (?:version|edition)|incorrect(?:ly)?|wrong(?:ly)?|mis(?:spel(?:led|t)|stated|identified|named|quoted|attributed|reported|represented|characteri[sz]ed|labell?ed|takenly)|in error|erroneous(?:ly)?|should have (?:said|read|been)|(?:was|were|is|are) in fact|to (?:correct|reflect|include|clarify|remove|add|update|amend|fix|note|show|make clear|protect))\b/iu
/** A note of its date alone: "This article was updated on 15 March 2026.", "This story has been updated." */
const NOTE_DATE = /^this (?:article|story|piece|report) (?:was|has been) (?:updated|amended|corrected|changed)(?: (?:on|at) [^.;:]{1,40})?\.?$/iu
const NOTE_LABEL = /^(?:clarification|editor['’]?s note)\s*:/iu

/** A line with each Markdown link as its text (`By [Priya Nandakumar](https://…)` is "By Priya Nandakumar"). */
export function linkText(line: string): string {
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}

/** The words of a line as read, without Markdown's emphasis and links (`**Read more:** [A headline](https://…)`). */
function plain(line: string): string {
  return linkText(line)
    .replace(/(^|[\s(])[*_]+/g, '$1')
    .replace(/[*_]+(?=[\s:.,;)]|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * What `line`, a paragraph of its own, is when it is the site's and not the article's, said as
 * init names what it leaves out; undefined when it is the article's. `edge`: the line is among
 * the first or last few of the body, where an editor's note or a correction stands.
 */
export function clutterOf(line: string, edge: boolean): string | undefined {
  const text = plain(line)
  if (POINTER.test(text) && HEADLINE_AFTER.test(text) && text.split(' ').length <= POINTER_WORDS && !/[.;,]$/u.test(text)) return "the site's link to another story"
  if (SHARE.test(text)) return "the site's share buttons"
  if (isCaption(line)) return "an image's caption and credit: the reading copy has no images"
  // A label has no full stop: "Advertisement." as a paragraph of its own is a writer's one-word
  // sentence, set so for effect in an article about advertising.
  if (AD_LABEL.test(text.replace(/:$/u, ''))) return "the label of the site's advertisement"
  if (edge && EDITORIAL.test(text) && (NOTE_LABEL.test(text) || NOTE_SAYS.test(text) || NOTE_DATE.test(text))) return "the editor's note on a correction or an update; put it back if it matters to the class"
  return undefined
}

/** A credit at the end of a caption: "… gallery. Photograph: Daniel Okafor/The Harwick Courier", "(Photo: J. Lee / Metro Ledger)". */
const CREDIT = /(?:^|[.!?]\s+|\s[–—|-]\s+|\s*\()(?:photograph|photo|photos|picture|image|illustration|credit|foto|bild)\s*:\s*([^:;.!?]{2,80}?)\)?$/iu
/**
 * A credit names someone: a photographer or an agency, with a capital ("Daniel Okafor/The
 * Courier", "AP") or a slash ("picture alliance/dpa"). A paragraph of a photo essay that ends
 * "… Photograph: a wall of water in March 1998" goes on in the author's words: the article's.
 */
const CREDITED = /^[\p{Lu}\p{N}]|\/|^(?:dpa|afp|epa|getty|reuters|imago)\b/u
/** Longest caption, in words. */
const CAPTION_WORDS = 50

/** Whether `line` is an image's caption with its credit, which a saved page keeps where the image stood. */
export function isCaption(line: string): boolean {
  const text = plain(line)
  const credit = CREDIT.exec(text)
  return text.split(' ').length <= CAPTION_WORDS && credit !== null && CREDITED.test(credit[1]!)
}

/** Longest pull quote, in words; fewest words it must repeat. */
const PULL_WORDS = 45
const PULL_MIN = 6

/** Words compared: lower case, quotation marks and dashes alike, no punctuation. */
function folded(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `
}

/**
 * Whether `line` is a pull quote: a short block whose words (a quotation, perhaps with who said
 * it after it, "— Dr Imogen Achterberg, museum director") stand in another of `others` already.
 * Left in, the sentence was in the article twice, and a claim on it could not anchor.
 */
export function isPullQuote(line: string, others: readonly string[]): boolean {
  const text = plain(line)
  if (text.split(' ').length > PULL_WORDS) return false
  const quoted = /^[“"‘'«„]\s*(.+?)\s*[”"’'»“]\s*(?:[—–-]\s*)?([^.!?]{0,80})$/u.exec(text)
  const words = folded(quoted ? quoted[1]! : text)
  if (words.trim().split(' ').length < PULL_MIN) return false
  return others.some((other) => other !== line && folded(other).includes(words))
}

/** The heading of a list of other stories: "Related stories", "More on this story", "Most read". */
export const RELATED_HEADING = /^(?:related|related (?:stories|articles|content|coverage|reading)|more on this(?: story)?|more stories|more from [\p{L} ]{2,30}|read more|you (?:may|might) also like|most read|most popular|recommended(?: for you)?|top stories)$/iu
/** A newsletter's sign-up heading: "Sign up to Culture Weekly", "Get our newsletter". */
export const SIGN_UP_HEADING = /^(?:sign up|subscribe)\b.{0,60}$|\bnewsletters?\b/iu
/** A line of a sign-up box: a field's or button's label, or its promise about the address. */
export const SIGN_UP_LINE = /^(?:e-?mail(?: address)?|your e-?mail(?: address)?|sign up|subscribe|submit|sign me up)$|\b(?:newsletters?|inbox|unsubscribe|e-?mail address|your e-?mail|privacy (?:policy|notice))\b/iu
/**
 * A line only a sign-up form has: a field's or a button's label, or its promise about the
 * address. A heading with "newsletter" in it over lines about newsletters or an inbox ("## How
 * newsletters make money", "Most of them don't.") is the article's subhead and paragraphs.
 */
export const SIGN_UP_FORM = /^(?:e-?mail(?: address)?|your e-?mail(?: address)?|sign up|subscribe|submit|sign me up)$|\b(?:unsubscribe|e-?mail address|your e-?mail|privacy (?:policy|notice))\b/iu

/**
 * What a block of joined lines (plain text has one for a box of the page) is when it is the
 * site's list of other stories or a newsletter's sign-up box; undefined when it is the article's.
 * Such a block opens with its heading and ends as no paragraph does, or holds a sign-up's words.
 */
export function siteBox(text: string, lines: number): string | undefined {
  if (lines < 2) return undefined
  const opening = [1, 2, 3, 4].map((n) => text.split(' ').slice(0, n).join(' '))
  // The heading stands on a line of its own, a headline after it with a capital: "Related
  // stories Why museums are …". A sentence that opens with the same words goes on in lower
  // case ("Related stories about the ferry have filled the paper …, the most read of them:").
  // The longest heading that opens it: "Related stories", not "Related".
  const heading = opening.map((o) => RELATED_HEADING.test(o)).lastIndexOf(true)
  const next = text.split(' ')[heading + 1] ?? ''
  if (heading >= 0 && !/^\p{Ll}/u.test(next) && !/[.!?]["”’)]*$/u.test(text) && text.split(' ').length <= 80) return "the site's list of other stories"
  // A form's words, not a sentence about a newsletter: "Email address", "unsubscribe at any time".
  // A form's label stands on a line of its own, a capital after it ("… every Friday. Email
  // address Sign up We will not share your email."); a sentence wrapped over lines says "your
  // email address" in the middle ("Sign up for a ferry pass and the office asks for … your
  // email address, which it promises never to sell.") and is the article's.
  const label = /\s(?:E-?mail(?: address)?|Your e-?mail(?: address)?|Sign up|Subscribe|Submit|Sign me up)(?=\s+[\p{Lu}\p{N}]|$)/u
  if (/^(?:sign up|subscribe)\b/iu.test(text) && /\b(?:unsubscribe|e-?mail address|your e-?mail)\b/iu.test(text) && label.test(text) && text.split(' ').length <= 80) return "a newsletter's sign-up box"
  return undefined
}
