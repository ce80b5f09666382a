// Watching inputs for changes: folders (with what they hold) and single files, through
// fs.watch (inotify here; no polling). A burst of changes (an editor's save is often a write,
// a rename and a chmod; a spreadsheet writes a temporary file and renames it over the CSV)
// becomes one call, `delay` ms after the last of them, saying what changed. A file is watched
// through its folder: a save that replaces it (rename over it) would leave a watch on the file
// itself watching the old one. For the same reason a folder's subfolders are watched here, one
// watch per folder, not with fs.watch's `recursive`: on Linux, Node 20 makes that of a watch
// per file, and after one save that renames a new file over the old (gedit, Vim, LibreOffice)
// the file's next saves went unseen.
import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'

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
  const watchers = new Map<string, FSWatcher>()
  /** Watch `folder` (and, for a recursive target, the folders under it) for `target`; `sub` is its path inside the target's folder. */
  const watchFolder = (target: Watched, folder: string, sub: string): void => {
    const key = `${target.tag}\0${folder}`
    if (watchers.has(key)) return
    const name = target.kind === 'file' ? basename(target.path) : undefined
    const deep = target.kind === 'folder' && target.recursive === true
    const id = folderId(folder)
    let watcher: FSWatcher
    try {
      watcher = watch(folder, { persistent: options.persistent ?? false }, (_event, file) => {
        // Closed, a watch may still say what it had read: its folder is watched anew or no more.
        if (watchers.get(key) !== watcher) return
        // The folder itself moved away or removed, or another put in its place (the event names
        // the folder): this watch is of it no more; a subfolder's parent says so too, a target's
        // own folder is a change of the target's, watched anew there or from above.
        if (folderId(folder) !== id) {
          forget(target, folder)
          if (sub === '') {
            note(target.tag, name === undefined ? undefined : target.path)
            begin(target, false)
          }
          return
        }
        // No name (some systems give none): anything may have changed.
        const changedName = file === null ? undefined : String(file)
        if (name !== undefined) {
          if (changedName === undefined || changedName === name) note(target.tag, target.path)
          return
        }
        if (changedName !== undefined && SCRATCH.test(changedName)) return
        const path = changedName === undefined ? (sub || undefined) : sub ? join(sub, changedName) : changedName
        if (deep && changedName !== undefined) {
          // A folder made, moved in, moved away or removed: watched anew, with what it holds, or no longer.
          const inner = join(folder, changedName)
          forget(target, inner)
          if (isFolder(inner)) watchFolder(target, inner, path!)
        }
        note(target.tag, path)
      })
    } catch {
      // Gone in between: the event that says so is on its way.
      return
    }
    const close = (): void => {
      watcher.close()
      if (watchers.get(key) === watcher) watchers.delete(key)
    }
    watcher.on('error', close)
    watchers.set(key, watcher)
    if (!deep) return
    let entries: string[] = []
    try {
      entries = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !SCRATCH.test(entry.name))
        .map((entry) => entry.name)
    } catch {
      // gone already: nothing under it to watch
    }
    for (const entry of entries) watchFolder(target, join(folder, entry), sub ? join(sub, entry) : entry)
  }
  /** Stop watching `folder` and the folders under it for `target`. */
  const forget = (target: Watched, folder: string): void => {
    const key = `${target.tag}\0${folder}`
    for (const [other, watcher] of watchers) {
      if (other === key || other.startsWith(`${key}${sep}`)) {
        watcher.close()
        watchers.delete(other)
      }
    }
  }
  /**
   * Watch `target` from its folder; while that folder is not there (a roster's not yet made, a
   * module's moved away or removed: the build says what is missing), from the nearest folder
   * above it that is, for its coming back, which is a change of the target's when `returning`.
   */
  const begin = (target: Watched, returning: boolean): void => {
    const folder = target.kind === 'folder' ? target.path : dirname(target.path)
    if (isFolder(folder)) {
      watchFolder(target, folder, '')
      if (returning) note(target.tag, target.kind === 'file' ? target.path : undefined)
      return
    }
    let above = dirname(resolve(folder))
    while (!isFolder(above) && dirname(above) !== above) above = dirname(above)
    const key = `${target.tag}\0awaiting\0${folder}`
    try {
      const watcher = watch(above, { persistent: options.persistent ?? false }, () => {
        if (watchers.get(key) !== watcher) return
        watcher.close()
        watchers.delete(key)
        begin(target, true)
      })
      watcher.on('error', () => watcher.close())
      watchers.set(key, watcher)
    } catch {
      // Nothing above it to watch either.
    }
  }
  for (const target of watched) {
    begin(target, false)
    // A file that is a symbolic link (a roster linked from a synced folder): a save of the file
    // it leads to is seen there, not in the link's folder.
    const linked = target.kind === 'file' ? linkedTo(target.path) : undefined
    if (linked !== undefined) begin({ ...target, path: linked }, false)
  }
  return () => {
    clearTimeout(timer)
    for (const watcher of watchers.values()) watcher.close()
    watchers.clear()
  }
}

/** Which folder is at `path` (device and inode), undefined when none is. */
function folderId(path: string): string | undefined {
  try {
    const stat = statSync(path)
    return stat.isDirectory() ? `${stat.dev}:${stat.ino}` : undefined
  } catch {
    return undefined
  }
}

const isFolder = (path: string): boolean => folderId(path) !== undefined

/** Where `file` is when a link leads elsewhere (it or a folder above it), undefined when it is where it is said to be or not there. */
function linkedTo(file: string): string | undefined {
  try {
    const real = realpathSync(file)
    return dirname(real) === realpathSync(dirname(file)) ? undefined : real
  } catch {
    return undefined
  }
}
