// The article as data: what every later stage reads. Built once by `parseArticle`.
import type { Place } from '../messages.js'

/**
 * Details from the article's front matter. What the front matter leaves out, or gives as
 * `unknown`, is null: never guessed, and never printed as "unknown".
 */
/** Pronouns the front matter may give for the author (`author_pronoun`). */
export const AUTHOR_PRONOUNS = ['he', 'she', 'they'] as const
export type AuthorPronoun = (typeof AUTHOR_PRONOUNS)[number]

export interface ArticleMeta {
  title: string
  standfirst?: string
  author: string | null
  /** The pronoun documents may use for the author; null (the default): none, documents say "the author". */
  authorPronoun: AuthorPronoun | null
  authorBio?: string
  publication: string | null
  /** As written: a date (YYYY-MM-DD) or any other wording ("spring 2024"). */
  published: string | null
  /** Where the article was published online (a saved page's canonical URL), when known. */
  url?: string
  /** BCP 47 language tag, used for sentence splitting, HTML `lang` and PDF metadata. */
  lang: string
  seed?: string
}

/** A stretch of a paragraph's text that maps one-to-one onto the source (no escapes inside). */
export interface Segment {
  /** Offset in the paragraph's text. */
  start: number
  length: number
  /** Offset in the source file. */
  sourceStart: number
  /** False when the source spells the text differently (escapes, entities): offsets inside are approximate. */
  exact: boolean
}

/**
 * A stretch of a paragraph's text the author set in `*emphasis*` or `**strong**` (a stressed
 * word, a book's title), for the reading copy to print so. Ranges nest as the Markdown did.
 */
export interface Emphasis {
  /** Offsets in the paragraph's text. */
  start: number
  end: number
  kind: 'em' | 'strong'
}

export interface Sentence {
  /** 1-based within its paragraph. */
  n: number
  /** Offsets in the paragraph's text. */
  start: number
  end: number
  text: string
}

/**
 * A block a paragraph stands in: a block quote, or an item of a list. Each block quote, list
 * and item of the article has an `id` of its own, so two paragraphs in one quote (or item)
 * can be told from two in quotes side by side.
 */
export type Container = { kind: 'quote'; id: number } | ListItemContainer

export interface ListItemContainer {
  kind: 'item'
  id: number
  /** The list it is an item of. */
  list: number
  ordered: boolean
  /** Its number as the article shows it: the list's start plus its place (`3.`, `4.`); for a bulleted list its place, from 1. */
  number: number
}

export interface Paragraph {
  /** 1-based ¶ number in reading order. */
  n: number
  /** Index into `Article.sections`. */
  section: number
  /** The paragraph's plain text (Markdown syntax removed). */
  text: string
  sentences: Sentence[]
  place: Place
  segments: Segment[]
  /** Its emphasis, in the order the Markdown opens it; absent when it has none. */
  emphasis?: readonly Emphasis[]
  /** The block quotes and list items it stands in, outermost first; absent for a paragraph of the body itself. */
  within?: readonly Container[]
}

export interface Section {
  index: number
  /** The subhead, or null for the untitled opening. */
  heading: string | null
  place?: Place
  /** ¶ numbers of its paragraphs. */
  paragraphs: number[]
}

export interface Article {
  path: string
  meta: ArticleMeta
  sections: Section[]
  paragraphs: Paragraph[]
}
