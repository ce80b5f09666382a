// A folder's tree as data, to show that an operation left every user file as it was.
import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/** Every entry under `root`: relative path → `folder`, `link <target>` or `file <sha256>`. */
export function tree(root: string): Map<string, string> {
  const found = new Map<string, string>()
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      const stat = lstatSync(path)
      const rel = relative(root, path)
      if (stat.isSymbolicLink()) found.set(rel, `link ${readlinkSync(path)}`)
      else if (stat.isDirectory()) {
        found.set(rel, 'folder')
        visit(path)
      } else found.set(rel, `file ${createHash('sha256').update(readFileSync(path)).digest('hex')}`)
    }
  }
  visit(root)
  return found
}

/** Write `files` (path → text) under `root`. */
export function plant(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}
