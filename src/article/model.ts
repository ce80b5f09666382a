// The article as data: what every later stage reads. Built once by `parseArticle`.
import type { Place } from '../messages.js'

/** Details from the article's front matter. Unknown details stay `unknown`, never guessed. */
export interface ArticleMeta {
  title: string
  standfirst?: string
  author: string
  authorBio?: string
  publication: string
  published: string
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

export interface Sentence {
  /** 1-based within its paragraph. */
  n: number
  /** Offsets in the paragraph's text. */
  start: number
  end: number
  text: string
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
