// Progress of a long build on stderr: nothing for the first second, then a bar redrawn in
// place on a terminal, or plain lines (every 2 s or 10%) when stderr is a file or pipe.

/** Where progress goes: a terminal or not. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export interface Progress {
  /** Report `done` of `total` students. */
  update(progress: { done: number; total: number }): void
  /** Clear the bar (the summary follows on stdout). */
  end(): void
}

const QUIET_MS = 1000
const REDRAW_MS = 100
const LINE_MS = 2000
const LINE_MIN_MS = 1000

/** A progress display for `label` (the module being built). */
export function progress(stream: ProgressStream, label: string, now: () => number = () => performance.now()): Progress {
  const started = now()
  // The rate counts from the first quiz done: the time before it went to other documents.
  let first: { t: number; done: number } | undefined
  let drawn = false
  let printed = false
  let last = -Infinity
  let lastTenth = 0
  return {
    update({ done, total }) {
      const t = now()
      first ??= { t, done }
      if (t - started < QUIET_MS || total === 0) return
      const rate = t > first.t ? (done - first.done) / ((t - first.t) / 1000) : NaN
      const left = rate > 0 ? (total - done) / rate : NaN
      if (stream.isTTY) {
        if (t - last < REDRAW_MS && done < total) return
        last = t
        drawn = true
        stream.write(`\r${bar(done, total, stream.columns ?? 80, label, rate, left)}\x1b[K`)
        return
      }
      const tenth = Math.floor((done / total) * 10)
      const due = t - last >= LINE_MS || (tenth > lastTenth && t - last >= LINE_MIN_MS) || (done === total && printed)
      if (!due) return
      last = t
      lastTenth = tenth
      printed = true
      stream.write(`${label}: ${done} of ${total} ${total === 1 ? 'quiz' : 'quizzes'}${Number.isNaN(rate) ? '' : `, ${rate.toFixed(0)}/s`}${done === total ? ', done' : Number.isNaN(left) ? '' : `, about ${seconds(left)} left`}\n`)
    },
    end() {
      if (drawn) stream.write('\r\x1b[K')
      drawn = false
    }
  }
}

function bar(done: number, total: number, columns: number, label: string, rate: number, left: number): string {
  const text = ` ${done}/${total} ${total === 1 ? 'student' : 'students'}${Number.isNaN(rate) ? '' : ` · ${rate.toFixed(0)}/s`} · ${seconds(left)} left`
  const name = label.length > 30 ? `…${label.slice(-29)}` : label
  const width = Math.max(10, Math.min(40, columns - text.length - name.length - 4))
  const full = Math.round((done / total) * width)
  return `${name} [${'#'.repeat(full)}${'.'.repeat(width - full)}]${text}`
}

function seconds(s: number): string {
  if (!Number.isFinite(s)) return '?'
  return s >= 90 ? `${Math.round(s / 60)} min` : `${Math.ceil(s)} s`
}
