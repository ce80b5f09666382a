// Live updates: the module folder is watched (fs.watch, no polling), and a burst of changes
// (an editor's save is often a write, a rename and a chmod) becomes one call, `delay` ms
// after the last of them.
import { watch, type FSWatcher } from 'node:fs'

/** Call `changed` once after each burst of changes in `dir`. Returns a function that stops watching. */
export function watchFolder(dir: string, changed: () => void, delay = 120): () => void {
  let timer: NodeJS.Timeout | undefined
  let watcher: FSWatcher | undefined = watch(dir, { persistent: false }, () => {
    clearTimeout(timer)
    timer = setTimeout(changed, delay)
  })
  // A folder that disappears (moved away) is no longer watched; the page keeps the last state.
  watcher.on('error', () => stop())
  function stop(): void {
    clearTimeout(timer)
    watcher?.close()
    watcher = undefined
  }
  return stop
}
