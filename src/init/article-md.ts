// Write article.md: YAML front matter with what is known about the article (what is not
// known is left out, never written as a guess), then the words exactly, as Markdown
// paragraphs and `##` subheads. Characters that Markdown would read as syntax are escaped,
// so the parsed article has the source's words and nothing else.
import type { Blockquote, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import type { ArticleDetails, Block } from './model.js'
import { tableComment } from './tables.js'
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

/**
 * Blocks as Markdown: `##` for every subhead, a paragraph for every other block, set in the
 * block quotes and lists it stood in (`> `, `- `, `3. `), each still a ¶ of its own; a
 * table as a comment that keeps its rows.
 */
export function bodyMarkdown(body: readonly Block[]): string {
  const root: Root = { type: 'root', children: [] }
  // The quotes and items open at the previous block, by id, and the lists by id.
  let open: Array<{ id: number; node: Blockquote | ListItem }> = []
  const lists = new Map<number, List>()
  for (const b of body) {
    // A subhead, and a table's comment (tables.ts), stand outside any list or quote.
    const chain = b.kind === 'paragraph' ? (b.within ?? []) : []
    let depth = 0
    while (depth < open.length && depth < chain.length && open[depth]!.id === chain[depth]!.id) depth++
    open = open.slice(0, depth)
    let parent: Root | Blockquote | ListItem = depth ? open[depth - 1]!.node : root
    for (const c of chain.slice(depth)) {
      let node: Blockquote | ListItem
      if (c.kind === 'quote') {
        node = { type: 'blockquote', children: [] }
        parent.children.push(node)
      } else {
        // The list goes on where its last item was the parent's last block.
        let list = lists.get(c.list)
        if (list === undefined || parent.children.at(-1) !== list) {
          list = { type: 'list', ordered: c.ordered, start: c.ordered ? c.number : null, spread: true, children: [] }
          lists.set(c.list, list)
          parent.children.push(list)
        }
        node = { type: 'listItem', spread: true, children: [] }
        list.children.push(node)
      }
      open.push({ id: c.id, node })
      parent = node
    }
    const text: PhrasingContent[] = [{ type: 'text', value: b.text }]
    if (b.kind === 'table') root.children.push({ type: 'html', value: tableComment(b.rows ?? [[b.text]], b.caption) })
    else if (b.kind === 'heading') root.children.push({ type: 'heading', depth: 2, children: text })
    else (parent.children as RootContent[]).push({ type: 'paragraph', children: b.strong ? [{ type: 'strong', children: text }] : text })
  }
  // `-` bullets, as the README's examples and most writers' Markdown have them.
  return toMarkdown(root, { bullet: '-' })
}
