// "Build" in the studio: the pack built through the library's buildPack, as `classpack
// build` would (same checks, same writer, same refusal to replace what it did not write),
// one build at a time, its progress sent to the page as files are written.
import { join } from 'node:path'
import type { Library } from './library.js'
import { messagesOf, type PageMessage } from './state.js'

export interface BuildStatus {
  state: 'idle' | 'running' | 'done' | 'failed'
  /** Files written so far (of about `expected`). */
  written: number
  expected: number
  set: string | null
  messages: PageMessage[]
  /** The pack's files the page can show: index.html and the PDFs. */
  files: string[]
}

export interface BuildRunner {
  /** Start a build of `set` (default: the module's), unless one is running; returns the status. */
  start(set?: string): BuildStatus
  status(): BuildStatus
  /** The pack folder of the last build that wrote one. */
  target(): string | undefined
}

/** A runner for the module in `dir`, writing under `out`, reporting each change of status to `report`. */
export function buildRunner(dir: string, out: string, library: Library, report: (status: BuildStatus) => void): BuildRunner {
  let status: BuildStatus = { state: 'idle', written: 0, expected: 0, set: null, messages: [], files: [] }
  let target: string | undefined
  const update = (change: Partial<BuildStatus>) => {
    status = { ...status, ...change }
    report(status)
  }
  return {
    start(set) {
      if (status.state === 'running') return status
      // HTML and PDF of the handout, both discussion editions, quiz and key, then the landing page and manifest.
      update({ state: 'running', written: 0, expected: 12, set: set ?? null, messages: [], files: [] })
      const files: string[] = []
      library.build({
        dir,
        out,
        set,
        modules: [dir],
        onWriteStep: (step, path) => {
          if (step !== 'file' || !path) return
          files.push(path)
          update({ written: files.length, expected: Math.max(status.expected, files.length + 1) })
        }
      }).then(
        (result) => {
          if (result.target) target = join(result.target)
          const shown = files.filter((f) => f === 'index.html' || f.endsWith('.pdf')).sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a < b ? -1 : 1))
          update({ state: result.target ? 'done' : 'failed', expected: files.length, messages: messagesOf(result), files: result.target ? shown : [] })
        },
        (cause: unknown) => update({ state: 'failed', messages: [{ file: 'build', line: null, column: null, severity: 'error', reason: (cause as Error).message, rule: 'studio' }] })
      )
      return status
    },
    status: () => status,
    target: () => target
  }
}
