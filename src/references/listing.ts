// The list of references to update, as both renumbering messages give it:
// `claims.yaml 157:38 `¶13–¶14` → `¶14–¶15`, …; questions.yaml …`, file by file in reading order.
import type { VFile } from 'vfile'
import type { Place } from '../messages.js'

export interface ListedUpdate {
  file: VFile
  at: Place | undefined
  from: string
  to: string
}

/** The updates grouped by file, and the files' names ("claims.yaml, module.yaml and questions.yaml"). */
export function listUpdates(updates: readonly ListedUpdate[]): { listed: string; files: string; count: number } {
  const places = new Map<string, string[]>()
  for (const u of updates) {
    const name = u.file.basename ?? 'file'
    places.set(name, [...(places.get(name) ?? []), `${u.at ? `${u.at.start.line}:${u.at.start.column} ` : ''}\`${u.from}\` → \`${u.to}\``])
  }
  const listed = [...places].map(([name, refs]) => `${name} ${refs.join(', ')}`).join('; ')
  const names = [...places.keys()]
  const files = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  return { listed, files, count: places.size }
}
