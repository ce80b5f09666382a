// `classpack build --watch`: after the first build, each module is built again when its
// folder changes (article, claims, questions, module.yaml, its templates), and every module
// when the roster or the --templates folder does, until Ctrl+C. Rebuilds run in this process,
// one round at a time: a change during a round is built in the next, so a burst of saves is
// one rebuild, and a pack is never written by two builds at once. The process stays warm
// (code compiled, fonts parsed) and the cache of earlier builds holds every document whose
// inputs did not change, so a rebuild after one student's name changed renders that quiz alone.
// Each round prints as `build` does; a round with errors leaves the earlier pack as it was.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { watchPaths, type Changes, type Watched } from './index.js'

export interface WatchBuildsRequest {
  /** The modules built (as given on the command line, or found under `sources`). */
  dirs: readonly string[]
  /**
   * The folder the modules were found in when none was named (`source`): it is watched whole,
   * so a module added there later (by `classpack init`, say) is built too, with `discover`
   * saying which of its folders are modules now.
   */
  sources?: { folder: string; discover(): string[] }
  roster?: string
  templates?: string
  /** Build these modules and print what happened; whether all went without errors. */
  round(dirs: readonly string[]): Promise<boolean>
  /** A line for the person watching (stderr). */
  say(line: string): void
  /** Settles when the person stops watching (Ctrl+C). */
  stopped: Promise<unknown>
  /** ms after the last change of a burst before building (default 50). */
  delay?: number
}

const ROSTER = '\0roster'
const TEMPLATES = '\0templates'
const SOURCES = '\0sources'

/** Watch the builds' inputs and build again as they change; resolves when `stopped` does, after the round under way (a system error in a round rejects). */
export async function watchBuilds(request: WatchBuildsRequest): Promise<void> {
  const { roster, templates, round, say, sources } = request
  let dirs = request.dirs
  const watched: Watched[] = [
    ...(sources !== undefined
      ? [{ path: sources.folder, kind: 'folder', tag: SOURCES, recursive: true } satisfies Watched]
      : dirs.map((dir): Watched => ({ path: dir, kind: 'folder', tag: dir, recursive: true }))),
    ...(roster !== undefined ? [{ path: roster, kind: 'file', tag: ROSTER } satisfies Watched] : []),
    ...(templates !== undefined ? [{ path: templates, kind: 'folder', tag: TEMPLATES, recursive: true } satisfies Watched] : [])
  ]
  let pending = new Map<string, Set<string>>()
  let running: Promise<void> | undefined
  // Ctrl+C: the round under way is the last, whatever changed during it.
  let stopping = false
  let failed: (cause: unknown) => void = () => {}
  const failure = new Promise<never>((_, reject) => {
    failed = reject
  })
  // Keeps an unawaited rejection from counting as unhandled: it is raced below.
  failure.catch(() => {})
  const run = async (): Promise<void> => {
    while (pending.size && !stopping) {
      const changes = pending
      pending = new Map()
      let all = changes.has(ROSTER) || changes.has(TEMPLATES)
      let touched = new Set(dirs.filter((dir) => changes.has(dir)))
      let added: string[] = []
      if (sources !== undefined) {
        // Which modules the changes are in: the first folder of each path under `sources`.
        const paths = changes.get(SOURCES)
        if (paths !== undefined && paths.size === 0) all = true
        const inside = new Set([...(paths ?? [])].map((path) => resolve(sources.folder, path.split(/[\\/]/)[0]!)))
        const now = sources.discover()
        added = now.filter((dir) => !dirs.includes(dir))
        for (const dir of dirs.filter((d) => !now.includes(d) && inside.has(resolve(d)))) say(`classpack: ${dir}/ holds no article.md now; it is built again when it does`)
        dirs = now
        touched = new Set(now.filter((dir) => inside.has(resolve(dir))))
      }
      const these = dirs.filter((dir) => all || touched.has(dir))
      if (these.length === 0) continue
      const news = these.filter((dir) => added.includes(dir))
      say(`classpack: ${changed(changes, request)} changed; building ${these.map((dir) => (news.includes(dir) ? `${dir} (new)` : dir)).join(', ')}${news.length === these.length ? '' : ' again'}`)
      await round(these)
    }
  }
  const stop = watchPaths(
    watched,
    (changes) => {
      for (const [tag, paths] of changes) pending.set(tag, new Set([...(pending.get(tag) ?? []), ...paths]))
      running ??= run()
        .catch(failed)
        .finally(() => {
          running = undefined
        })
    },
    { delay: request.delay ?? 50, persistent: true }
  )
  const names = watched.map((w) => (w.kind === 'folder' ? `${w.path.replace(/\/+$/, '')}/` : w.path))
  say(`classpack: watching ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]} for changes (Ctrl+C stops)`)
  try {
    await Promise.race([request.stopped, failure])
  } finally {
    stopping = true
    stop()
    await running
    if (pending.size) say(`classpack: stopped; ${changed(pending, request)} changed while the last build ran, so the pack may not have that change: build again`)
  }
}

/** What changed, as a person would name it: `source/m/claims.yaml, roster.csv`; each file once, in the folder's spelling on the command line (a roster in a module's folder is a change of both). */
function changed(changes: Changes, request: WatchBuildsRequest): string {
  const names = new Map<string, string>()
  for (const [tag, paths] of changes) {
    const folder = tag === TEMPLATES ? request.templates! : tag === SOURCES ? request.sources!.folder : tag
    // A save's temporary file, renamed over the file since (`article.md.tmp`, LibreOffice's `lu…tmp`),
    // is not what the person changed: named only when nothing of the burst is left to name.
    const all = [...paths].map((p) => join(folder, p))
    const left = all.filter((file) => existsSync(file))
    const files = tag === ROSTER ? [request.roster!] : all.length ? (left.length ? left : all) : [`${folder.replace(/\/+$/, '')}/`]
    for (const file of files) if (!names.has(resolve(file))) names.set(resolve(file), file)
  }
  const all = [...names.values()]
  const shown = all.slice(0, 3).join(', ')
  return all.length > 3 ? `${shown} and ${all.length - 3} more` : shown
}
