import { describe, expect, it } from 'vitest'
import { progress } from '../src/progress.js'

function stream(isTTY: boolean) {
  const writes: string[] = []
  return { writes, isTTY, columns: 100, write: (text: string) => writes.push(text) }
}

/** A clock the test moves by hand. */
function clock() {
  let t = 0
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('progress', () => {
  it('stays silent for the first second', () => {
    const out = stream(true)
    const time = clock()
    const p = progress(out, 'source/m', time.now)
    for (let done = 1; done <= 10; done++) {
      time.advance(50)
      p.update({ done, total: 10 })
    }
    p.end()
    expect(out.writes).toEqual([])
  })

  it('draws a bar with students done, rate and time left on a terminal, then clears it', () => {
    const out = stream(true)
    const time = clock()
    const p = progress(out, 'source/m', time.now)
    time.advance(1000)
    p.update({ done: 1, total: 1000 })
    for (let done = 2; done <= 500; done++) {
      time.advance(5)
      p.update({ done, total: 1000 })
    }
    const bar = out.writes.at(-1)!
    expect(bar.startsWith('\r')).toBe(true)
    expect(bar).toMatch(/source\/m \[#+\.+\] \d+\/1000 students · 200\/s · 3 s left/)
    // Redrawn at most every 100 ms, not once per student.
    expect(out.writes.length).toBeLessThan(30)
    p.end()
    expect(out.writes.at(-1)).toBe('\r\x1b[K')
  })

  it('writes plain lines, not too often, when stderr is not a terminal', () => {
    const out = stream(false)
    const time = clock()
    const p = progress(out, 'source/m', time.now)
    time.advance(1500)
    p.update({ done: 1, total: 1000 })
    for (let done = 2; done <= 1000; done++) {
      time.advance(10)
      p.update({ done, total: 1000 })
    }
    p.end()
    expect(out.writes.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true)
    expect(out.writes.length).toBeGreaterThan(3)
    expect(out.writes.length).toBeLessThanOrEqual(12)
    expect(out.writes[1]).toMatch(/^source\/m: \d+ of 1000 quizzes, 100\/s, about \d+ s left\n$/)
    expect(out.writes.at(-1)).toBe('source/m: 1000 of 1000 quizzes, 100/s, done\n')
  })

  it('counts one quiz and one student in the singular', () => {
    for (const isTTY of [false, true]) {
      const out = stream(isTTY)
      const time = clock()
      const p = progress(out, 'source/m', time.now)
      time.advance(1500)
      p.update({ done: 0, total: 1 })
      time.advance(1500)
      p.update({ done: 1, total: 1 })
      const text = out.writes.join('')
      expect(text).not.toMatch(/quizzes|students/)
      expect(text).toMatch(isTTY ? /1\/1 student\b/ : /1 of 1 quiz\b/)
    }
  })
})

