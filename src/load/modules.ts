// Find module folders by convention: every folder under `source/` that holds an article.md.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** Module folders under `root`, sorted, so runs are reproducible. */
export function findModules(root = 'source'): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'article.md')))
    .map((d) => join(root, d.name))
    .sort()
}
