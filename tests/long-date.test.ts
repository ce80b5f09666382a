// Dates in a pack's header and context notes are written out by each language's catalogue
// (src/lang/*.ts), not by Intl, whose date data costs a build 20 ms to load. They must be
// the words Intl writes, day for day, or a pack's bytes would change.
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../src/lang/index.js'
import { longDate } from '../src/view/common.js'

const formats = new Map<string, Intl.DateTimeFormat>()
function intl(lang: string, date: string): string {
  let format = formats.get(lang)
  if (format === undefined) formats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })))
  return format.format(new Date(`${date}T00:00:00Z`))
}
const iso = (when: Date): string => when.toISOString().slice(0, 10)

describe('a date written out', () => {
  it('is what Intl writes for each tag a catalogue writes dates for, in every month from 1900 to 2100 and at the ends of the years it covers', () => {
    const tags = LANGUAGES.flatMap((l) => Object.keys(l.longDates))
    expect(tags).toEqual(expect.arrayContaining(['en', 'en-gb', 'de']))
    for (const lang of tags) {
      // Every day of a leap year and of a common one; in every month from 1900 to 2100, the
      // days whose numbers are written differently (one digit, two) and the month's last.
      const days: string[] = []
      for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) days.push(iso(new Date(t)))
      for (let year = 1900; year <= 2100; year++) {
        for (let month = 0; month < 12; month++) for (const day of [1, 9, 10, 31]) days.push(iso(new Date(Date.UTC(year, month, day))))
      }
      expect(days.map((date) => `${date} ${longDate(date, lang)}`)).toEqual(days.map((date) => `${date} ${intl(lang, date)}`))
      for (const date of ['0001-01-01', '0009-03-04', '0099-05-05', '0999-12-31', '9999-12-31', '2026-02-30', '2024-02-29', '2023-02-29']) {
        expect(longDate(date, lang), date).toBe(intl(lang, date))
      }
      // Spelt in capitals, the tag is the same language.
      expect(longDate('2026-12-01', lang.toUpperCase())).toBe(intl(lang, '2026-12-01'))
    }
  })

  it('is Intl’s for a tag no catalogue writes, regional or other', () => {
    expect(longDate('2026-12-01', 'en-GB')).toBe('1 December 2026')
    expect(longDate('2026-01-05', 'de-AT')).toBe('5. Jänner 2026')
    expect(longDate('2026-01-05', 'en-ZA')).toBe(intl('en-ZA', '2026-01-05'))
    expect(longDate('2026-12-01', 'fr')).toBe(intl('fr', '2026-12-01'))
    expect(longDate('0000-06-01', 'en')).toBe(intl('en', '0000-06-01'))
  })

  it('is the text as written when it is no date, or the tag none Intl reads', () => {
    for (const date of ['2026-13-01', '2026-12-32', 'soon', '2026-1-5', '']) expect(longDate(date, 'en')).toBe(date)
    expect(longDate('2026-12-01', 'en_GB')).toBe('2026-12-01')
  })
})
