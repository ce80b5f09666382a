// What every view shares: the pack's header details, claim labels (C1, C2, … in reading
// order) and ¶ citations. Views are plain data, complete (every field present, null when
// empty) because templates run in strict mode.
import type { Module } from '../assemble.js'
import type { AnchoredClaim } from '../claims/model.js'
import { orderedClaims } from '../claims/order.js'
import { LANGUAGES, moduleStrings, uiLang } from '../lang/index.js'
import type { UiStrings } from '../lang/strings.js'

export { orderedClaims } from '../claims/order.js'

/** Details printed at the top of every document. */
export interface PackHeader {
  moduleTitle: string
  author: string | null
  course: string | null
  institution: string | null
  teacher: string | null
  date: string | null
  setTitle: string | null
  /** A line marking every document a draft while any claim is still only suggested; null once all are reviewed. */
  draft: string | null
}

export function packHeader(module: Module, date: string | null, setTitle: string | null): PackHeader {
  return {
    // "26 November 2026", in the pack's language; the date itself comes from the inputs.
    moduleTitle: module.article.meta.title,
    author: module.article.meta.author,
    course: module.config.course ?? null,
    institution: module.config.institution ?? null,
    teacher: module.config.teacher ?? null,
    date: date ? longDate(date, uiLang(module)) : null,
    setTitle,
    draft: module.claims.some((c) => c.status === 'suggested') ? moduleStrings(module).draft : null
  }
}

/**
 * What the front matter says about the article, for printing: every detail present, null
 * when not known (a date written YYYY-MM-DD written out in the article's language).
 */
export function articleDetails(module: Module) {
  const { meta } = module.article
  return {
    title: meta.title,
    standfirst: meta.standfirst ?? null,
    author: meta.author,
    authorBio: meta.authorBio ?? null,
    publication: meta.publication,
    published: meta.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? longDate(meta.published, uiLang(module)) : meta.published,
    url: meta.url ?? null
  }
}

/** Look up claims by id with their label and ¶. */
export function claimIndex(module: Module): Map<string, { label: string; claim: AnchoredClaim }> {
  return new Map(orderedClaims(module).map((c) => [c.claim.id, c]))
}

/** "¶3" for a claim id. */
export function citeClaim(index: ReturnType<typeof claimIndex>, id: string): string {
  const c = index.get(id)
  return c ? `¶${c.claim.anchor.paragraph}` : ''
}

/** Whether `text` already names ¶`n` ("as ¶8 says", "(¶8)"): a cite after it would say it twice. */
export const namesParagraph = (text: string, n: number): boolean => new RegExp(`¶\\s?${n}(?!\\d)`).test(text)

/** `citeClaim`, or '' where `text` already names that ¶. */
export function citeAfter(index: ReturnType<typeof claimIndex>, id: string, text: string): string {
  const c = index.get(id)
  return c && namesParagraph(text, c.claim.anchor.paragraph) ? '' : citeClaim(index, id)
}

/**
 * Names or labels in a line: parted by commas, or by semicolons where one holds a comma of its
 * own ("Twenty years of delay, deferral and further work; The collapsed contract"), which
 * commas would run together into one list.
 */
export function listed(items: readonly string[]): string {
  return items.join(items.some((item) => item.includes(',')) ? '; ' : ', ')
}

/** ¶ numbers of claim ids, unique and sorted: "¶1, ¶2". */
export function citeClaims(index: ReturnType<typeof claimIndex>, ids: readonly string[]): string {
  const ns = [...new Set(ids.map((id) => index.get(id)?.claim.anchor.paragraph).filter((n): n is number => n !== undefined))].sort((a, b) => a - b)
  return ns.map((n) => `¶${n}`).join(', ')
}

/**
 * Who asserts a claim, in words: "the author (Jane Doe)" (or "the author" when the article
 * names none), "Ann Lee, as reported by the author", or for a joint statement "Ann Lee and
 * Ben Roy, as reported by the author".
 */
export function asserter(module: Module, claim: AnchoredClaim, strings: UiStrings): string {
  const author = module.article.meta.author
  if (claim.asserted_by.every((a) => a === 'author')) return strings.assertedByAuthor(author)
  const names = claim.asserted_by.map((id) => (id === 'author' ? author ?? strings.theAuthor : module.actors.find((a) => a.id === id)?.name ?? id))
  return strings.assertedByActor(names)
}

/**
 * A YYYY-MM-DD date written out in `lang` as Intl's long style writes it ("December 1, 2026"
 * for `en`, "1 December 2026" for `en-GB`), computed in UTC so no clock or zone enters; a
 * date that is none is printed as written. The tags a catalogue knows are written out by
 * it, the same words without loading Intl's date data.
 */
export function longDate(date: string, lang: string): string {
  const when = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(when.getTime())) return date
  const year = when.getUTCFullYear()
  const tag = lang.toLowerCase()
  const write = LANGUAGES.find((l) => Object.hasOwn(l.longDates, tag))?.longDates[tag]
  if (write !== undefined && year >= 1 && year <= 9999) return write(year, when.getUTCMonth(), when.getUTCDate())
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(when)
  } catch {
    // A tag Intl cannot read (`en_GB`): the date as written.
    return date
  }
}
