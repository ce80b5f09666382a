// Read a web page saved from a browser: its details from the page's metadata (Open Graph,
// article:, JSON-LD, <meta name=author>, <link rel=canonical>), its words from the main
// content as Mozilla's Readability finds it over a light DOM (linkedom). Navigation,
// scripts, cookie banners and footers are dropped before Readability looks.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { domBlocks, squash, type DomNode } from './blocks.js'
import type { ArticleDetails, SourceArticle } from './model.js'
import { datelineDate } from './dates.js'
import { FURNITURE } from './structure.js'

/** The small part of the DOM used here. */
interface Element extends DomNode {
  getAttribute(name: string): string | null
  setAttribute(name: string, value: string): void
  querySelector(selector: string): Element | null
  querySelectorAll(selector: string): ArrayLike<Element>
  closest(selector: string): Element | null
  remove(): void
  replaceWith(node: Element): void
  textContent: string | null
  children: ArrayLike<Element>
  ownerDocument: { createElement(tag: string): Element }
  appendChild(node: Element): void
}

/** Elements that are never the article: page furniture, forms, consent and sign-up banners. */
const BOILERPLATE = 'script, style, noscript, template, iframe, nav, form, button, dialog, [role="dialog"], [role="alertdialog"], [role="navigation"], [role="banner"], [aria-modal="true"]'
const BANNER_CLASS = /(^|[-_\s])(cookies?|consent|gdpr|newsletter|paywall)([-_\s]|$)/i
// Advertisements and promotions: a short one inside the article's body survives Readability
// ("Advertisement — Subscribe for £1 a week") and became a numbered paragraph. Only a short
// element goes: a container may say `has-ads` and hold the whole article.
const AD_CLASS = /(^|[-_\s])(ad|ads|advert|adverts|advertisement|adslot|promo|sponsored)([-_\s]|$)/i
const AD_WORDS = 40
const STANDFIRST = '[class*="standfirst"], [class*="strapline"], [class*="dek"], [class*="subtitle"], [class*="sub-title"], [class*="subheadline"]'
const BIO = '[class*="author-bio"], [class*="author_bio"], [class*="author__bio"], [class*="about-author"], [class~="bio"]'

/** Read a saved page. */
export function readHtml(html: string): SourceArticle {
  const { document } = parseHTML(html) as unknown as { document: Element & { documentElement: Element } }
  const { details, origins, description } = pageDetails(document)
  // What the page marks as standfirst and author bio: Readability may leave them out of the content.
  const standfirst = firstText(document, STANDFIRST)
  const bio = firstText(document, BIO)
  if (standfirst && !details.standfirst) {
    details.standfirst = standfirst
    origins.standfirst = 'the paragraph the page marks as standfirst'
  }
  if (bio && !details.author_bio) {
    details.author_bio = bio
    origins.author_bio = 'the paragraph the page marks as the author’s bio'
  }

  // The page's one <h1>, before Readability renames it <h2> in its content: the headline.
  const h1s = Array.from(document.querySelectorAll('h1')).map((h) => squash(h.textContent ?? '')).filter(Boolean)
  for (const el of Array.from(document.querySelectorAll(BOILERPLATE))) el.remove()
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (BANNER_CLASS.test(el.getAttribute('class') ?? '') || BANNER_CLASS.test(el.getAttribute('id') ?? '')) el.remove()
    else if ((AD_CLASS.test(el.getAttribute('class') ?? '') || AD_CLASS.test(el.getAttribute('id') ?? '')) && squash(el.textContent ?? '').split(' ').length <= AD_WORDS) el.remove()
  }
  for (const el of Array.from(document.querySelectorAll('footer'))) if (!el.closest('article')) el.remove()
  markFurniture(document)

  const reader = new Readability(document as never, { serializer: (node: unknown) => node as DomNode, keepClasses: true }).parse()
  const content = reader?.content ?? (document.querySelector('body') as DomNode | null)
  const blocks = content ? domBlocks(content) : []
  // A page's <title> may be a shorter headline with the site's name ("Ten minutes after dinner |
  // Harbourview Ledger") than its one <h1>, which Readability keeps, as an <h2>, at the top of
  // the content: the title was the <title>, site name and all, and the headline the first
  // subhead. The <h1> that opens the content is the headline; its heading is no subhead.
  const first = blocks[0]
  if (h1s.length === 1 && first?.kind === 'heading' && squash(first.text) === h1s[0]) {
    take(details, origins, 'title', h1s[0], 'the page’s headline, its h1')
    first.level = 1
  }
  if (reader) {
    take(details, origins, 'title', reader.title, 'the page title')
    take(details, origins, 'author', bylineName(reader.byline), 'the page byline')
    take(details, origins, 'publication', reader.siteName, 'the page metadata')
    take(details, origins, 'published', day(reader.publishedTime), 'the page metadata')
  }
  return { from: 'page', blocks, details, origins, ...(description ? { description } : {}) }
}

/**
 * The name of a page's byline: without "By", and without the date a byline may carry after a
 * separator ("Mira Castellanos · 20 November 2026" was the author).
 */
function bylineName(byline: string | null | undefined): string | undefined {
  if (!byline) return undefined
  const name = byline.replace(/^by\s+/i, '')
  const cut = /\s+[·|•–—]\s+|,\s+/u.exec(name)
  return cut && datelineDate(name.slice(cut.index + cut[0].length)) !== undefined ? name.slice(0, cut.index) : name
}

/**
 * Readability puts a `<div>` that holds one paragraph aside for that paragraph, and the div's
 * class goes with it: `<div class="footnotes"><p id="fn1">…</p></div>` came out a bare `<p>`,
 * and the footnote stayed in the article as its last ¶. The class of furniture (FURNITURE:
 * footnotes, a section label), copied onto what the element holds, survives for structure.ts
 * to leave it out and name it. Not for an element that holds most of the page's words (a
 * container saying `has-footnotes`): that is the article.
 */
function markFurniture(document: Element): void {
  const words = (el: Element | null): number => squash(el?.textContent ?? '').split(' ').length
  const page = words(document.querySelector('body'))
  for (const el of Array.from(document.querySelectorAll('[class]'))) {
    const furniture = FURNITURE.exec(el.getAttribute('class') ?? '')
    if (!furniture || words(el) * 2 > page) continue
    // A div of text alone (`<div class="kicker">Science · Local</div>`) Readability turns into a
    // bare `<p>`, class lost, and the label was the article's ¶1: its text goes into a paragraph
    // that carries the class, which Readability keeps as the footnotes' above.
    if (el.nodeName.toUpperCase() === 'DIV' && el.children.length === 0 && squash(el.textContent ?? '') !== '') {
      const p = el.ownerDocument.createElement('p')
      p.textContent = el.textContent
      el.textContent = ''
      el.appendChild(p)
    }
    // A link or span of text alone (`<a class="section-label" href="/culture">Culture</a>`) is
    // words of the paragraph Readability makes around it, which carries no class: it becomes
    // a paragraph of its own that carries the class. Only a section label's: a footnote's
    // reference (`<a class="footnote-ref">`) stands inside a sentence.
    if (/^(?:A|SPAN)$/.test(el.nodeName.toUpperCase()) && !/footnote|endnote/i.test(furniture[1]!) && el.children.length === 0 && squash(el.textContent ?? '') !== '') {
      const p = el.ownerDocument.createElement('p')
      p.textContent = el.textContent
      p.setAttribute('class', el.getAttribute('class') ?? '')
      el.replaceWith(p)
      continue
    }
    for (const inner of Array.from(el.querySelectorAll('*'))) {
      const own = inner.getAttribute('class') ?? ''
      if (!FURNITURE.test(own)) inner.setAttribute('class', `${own} ${furniture[1]}`.trim())
    }
  }
}

/** Title, author, date, publication, canonical URL and language from the page's head. */
function pageDetails(document: Element & { documentElement: Element }): { details: ArticleDetails; origins: SourceArticle['origins']; description?: string } {
  const details: ArticleDetails = {}
  const origins: SourceArticle['origins'] = {}
  const meta = (selector: string): string | undefined => squash(document.querySelector(selector)?.getAttribute('content') ?? '') || undefined
  const ld = jsonLd(document)
  const from = 'the page metadata'
  take(details, origins, 'title', ld.headline ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]'), from)
  take(details, origins, 'author', ld.author ?? meta('meta[name="author"]') ?? notUrl(meta('meta[property="article:author"]')) ?? meta('meta[name="byl"]')?.replace(/^by\s+/i, ''), from)
  take(details, origins, 'publication', meta('meta[property="og:site_name"]') ?? ld.publisher, from)
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined
  take(details, origins, 'published', day(ld.datePublished ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? time), from)
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined
  take(details, origins, 'url', absoluteUrl(canonical) ?? absoluteUrl(meta('meta[property="og:url"]')) ?? absoluteUrl(ld.url), from)
  const lang = document.documentElement.getAttribute('lang') ?? ld.inLanguage
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang.trim())) take(details, origins, 'lang', lang.trim(), from)
  const description = meta('meta[property="og:description"]') ?? meta('meta[name="description"]') ?? ld.description
  return { details, origins, description }
}

interface LdArticle {
  headline?: string
  author?: string
  publisher?: string
  datePublished?: string
  url?: string
  description?: string
  inLanguage?: string
}

const ARTICLE_TYPES = /(^|\b)(Article|NewsArticle|OpinionNewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|ScholarlyArticle)$/

/** The first schema.org article in the page's JSON-LD, if any. */
function jsonLd(document: Element): LdArticle {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    while (queue.length) {
      const item = queue.shift()
      if (Array.isArray(item)) queue.push(...item)
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>
        if (o['@graph']) queue.push(o['@graph'])
        const types = ([] as unknown[]).concat(o['@type'] ?? [])
        if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) continue
        const main = o.mainEntityOfPage
        return {
          headline: text(o.headline) ?? text(o.name),
          author: names(o.author),
          publisher: names(o.publisher),
          datePublished: text(o.datePublished),
          url: text(o.url) ?? (typeof main === 'string' ? main : text((main as Record<string, unknown> | undefined)?.['@id'])),
          description: text(o.description),
          inLanguage: text(o.inLanguage)
        }
      }
    }
  }
  return {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && squash(value) ? squash(value) : undefined
}

/** `"A"`, `{ name: "A" }` or a list of them: "A and B". */
function names(value: unknown): string | undefined {
  const list = ([] as unknown[]).concat(value ?? []).map((v) => (typeof v === 'string' ? text(v) : text((v as Record<string, unknown> | null)?.name))).filter((v): v is string => v !== undefined && !/^https?:/.test(v))
  if (list.length === 0) return undefined
  return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`
}

function notUrl(value: string | undefined): string | undefined {
  return value && !/^https?:/.test(value) ? value : undefined
}

function absoluteUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\/\S+$/.test(value.trim()) ? value.trim() : undefined
}

/** A date as YYYY-MM-DD when it is written as an ISO date or date-time; as given otherwise. */
function day(value: string | null | undefined): string | undefined {
  if (!value || !squash(value)) return undefined
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value.trim())
  return iso ? iso[1] : squash(value)
}

function firstText(document: Element, selector: string): string | undefined {
  const el = document.querySelector(selector)
  return el ? squash(el.textContent ?? '') || undefined : undefined
}

function take<K extends keyof ArticleDetails>(details: ArticleDetails, origins: SourceArticle['origins'], key: K, value: string | null | undefined, origin: string): void {
  if (details[key] !== undefined || !value || !squash(value)) return
  details[key] = squash(value)
  origins[key] = origin
}
