// Write article.md: YAML front matter with what is known about the article (what is not
// known is left out, never written as a guess), then the words exactly, as Markdown
// paragraphs and `##` subheads. Characters that Markdown would read as syntax are escaped,
// so the parsed article has the source's words and nothing else.
import type { Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { ArticleDetails, Block } from './model.js'
import { yamlString } from './yaml-text.js'

const FIELDS: ReadonlyArray<keyof ArticleDetails> = ['title', 'standfirst', 'author', 'author_bio', 'publication', 'published', 'url', 'lang']

const HEAD = `# About the article. Required: title. Expected: author (check warns until it
# is given; see the README for an article that names none). Optional: author_pronoun (he,
# she or they; without it documents say "the author"), standfirst, author_bio,
# publication, published, url, lang (a language tag like en-GB; default en). Leave out
# what the source does not say. Below the front matter: the article word for word; \`##\`
# lines are subheads, every other block of text is a paragraph, numbered ¶1..¶N.`

/** The text of article.md for `details` and `body`. */
export function articleMarkdown(details: ArticleDetails, body: readonly Block[]): string {
  const front = FIELDS.filter((key) => details[key] !== undefined).map((key) => `${key}: ${yamlString(details[key]!)}`)
  return `---\n${HEAD}\n${front.join('\n')}\n---\n\n${bodyMarkdown(body)}`
}

/** Blocks as Markdown: `##` for every subhead, a paragraph for every other block. */
export function bodyMarkdown(body: readonly Block[]): string {
  const children: RootContent[] = body.map((b) =>
    b.kind === 'heading' ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] } : { type: 'paragraph', children: [{ type: 'text', value: b.text }] }
  )
  const root: Root = { type: 'root', children }
  return toMarkdown(root)
}
