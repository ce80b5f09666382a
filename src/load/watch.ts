// Watching inputs for changes: folders (with what they hold) and single files, through
// fs.watch (inotify here; no polling). A burst of changes (an editor's save is often a write,
// a rename and a chmod; a spreadsheet writes a temporary file and renames it over the CSV)
// becomes one call, `delay` ms after the last of them, saying what changed. A file is watched
// through its folder: a save that replaces it (rename over it) would leave a watch on the file
// itself watching the old one.
import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'

/** What to watch: a folder (with its subfolders when `recursive`) or one file, and the tag a change to it is reported under. */
export interface Watched {
  path: string
  kind: 'folder' | 'file'
  tag: string
  recursive?: boolean
}

export interface WatchOptions {
  /** ms after the last change of a burst (default 120). */
  delay?: number
  /** Whether the watches keep the process running (default false: a server or a promise does). */
  persistent?: boolean
}

/** Editors' scratch files beside the one being saved (Vim's .swp and 4913, Emacs's #…# and …~, dotfiles): no input of classpack's. */
const SCRATCH = /^(?:\.|#)|~$|\.sw[a-p]$|^4913$/

/** What changed in a burst: by tag, the paths (a folder's files relative to it, as fs.watch names them; a file's own path) that changed, empty when the system named none. */
export type Changes = ReadonlyMap<string, ReadonlySet<string>>

/** Call `changed` once after each burst of changes to `watched`, with what changed. Returns a function that stops watching. */
export function watchPaths(watched: readonly Watched[], changed: (changes: Changes) => void, options: WatchOptions = {}): () => void {
  const delay = options.delay ?? 120
  let timer: NodeJS.Timeout | undefined
  let burst = new Map<string, Set<string>>()
  const note = (tag: string, path: string | undefined): void => {
    const paths = burst.get(tag) ?? new Set<string>()
    if (path !== undefined) paths.add(path)
    burst.set(tag, paths)
    clearTimeout(timer)
    timer = setTimeout(() => {
      const done = burst
      burst = new Map()
      changed(done)
    }, delay)
  }
  const watchers: FSWatcher[] = []
  for (const target of watched) {
    const folder = target.kind === 'folder' ? target.path : dirname(target.path)
    const name = target.kind === 'file' ? basename(target.path) : undefined
    let watcher: FSWatcher
    try {
      watcher = watch(folder, { persistent: options.persistent ?? false, recursive: target.kind === 'folder' && target.recursive === true }, (_event, file) => {
        // No name (some systems give none): anything may have changed.
        const path = file === null ? undefined : String(file)
        const changedName = path === undefined ? undefined : basename(path)
        if (name !== undefined) {
          if (changedName === undefined || changedName === name) note(target.tag, target.path)
        } else if (changedName === undefined || !SCRATCH.test(changedName)) note(target.tag, path)
      })
    } catch {
      // Not there (a folder moved away, a roster's folder not yet made): the build says what is missing.
      continue
    }
    // A folder that disappears (moved away) is no longer watched; the last state stands.
    watcher.on('error', () => watcher.close())
    watchers.push(watcher)
  }
  return () => {
    clearTimeout(timer)
    for (const watcher of watchers) watcher.close()
    watchers.length = 0
  }
}
