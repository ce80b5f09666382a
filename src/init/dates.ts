// A dateline: a line that says only when the article was published ("March 14, 2024",
// "Published 4 March 2025, 09:30 GMT", "3. März 2025, 14:32 Uhr", "2024-03-14"), perhaps after
// the place it was written ("Düsseldorf, 3. März 2025", "LONDON, March 14, 2024"), read as the
// date it gives, so init writes it as `published` instead of dropping the line or leaving it
// as a numbered paragraph. English and German, the languages init suggests claims in.

/** Month names and their abbreviations, to the month's number; German "Jänner" is Austrian January. */
const ENGLISH_MONTHS: Readonly<Record<string, number>> = months([
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec']
])
// "Maerz" is März typed without an umlaut; "Mrz" is its three-letter form in tables and forms.
const GERMAN_MONTHS: Readonly<Record<string, number>> = months([
  ['januar', 'jänner', 'jaenner', 'jan', 'jän'],
  ['februar', 'feber', 'feb'],
  ['märz', 'maerz', 'mär', 'mrz'],
  ['april', 'apr'],
  ['mai'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['dezember', 'dez']
])

const names = (table: Readonly<Record<string, number>>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join('|')
const EN = `(?<enMonth>${names(ENGLISH_MONTHS)})\\.?`
const DE = `(?<deMonth>${names(GERMAN_MONTHS)})\\.?`

// "Published", "Updated on", "Veröffentlicht am", "Stand:"; then perhaps a weekday.
const LEAD = '(?:(?:first\\s+)?(?:published|updated|posted)(?:\\s+on)?|veröffentlicht(?:\\s+am)?|aktualisiert(?:\\s+am)?|erschienen(?:\\s+am)?|stand)\\s*:?\\s+'
// A weekday in full or cut short ("Sat 14 Mar 2026 18.30 GMT", as British papers date a story:
// the short form was not read, and the dateline stayed the article's first ¶).
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)),?\\s+'
const DAY_FORMS = [
  // 2024-03-14
  '(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})',
  // 14 March 2024, 14 Mar. 2024
  `(?<enDay1>\\d{1,2})(?:st|nd|rd|th)?\\s+${EN},?\\s+(?<enYear1>\\d{4})`,
  // March 14, 2024
  `${EN.replace('enMonth', 'enMonth2')}\\s+(?<enDay2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<enYear2>\\d{4})`,
  // 3. März 2025 (German writes the day with a full stop, the month after it: "März 3, 2025" is no German date)
  `(?<deDay>\\d{1,2})\\.\\s*${DE}\\s+(?<deYear>\\d{4})`,
  // 03.03.2025
  '(?<numDay>\\d{1,2})\\.(?<numMonth>\\d{1,2})\\.(?<numYear>\\d{4})'
]
// A time after the date: ", 14:32 Uhr", "at 9.30am EST", "| 07:00".
const TIME = '(?:\\s*(?:,|\\||·|–|-|um|at)?\\s*\\d{1,2}[.:]\\d{2}\\s*(?:am|pm|uhr|h)?(?:\\s+[A-Z]{2,5}|\\s+\\(?(?:GMT|UTC|MEZ|MESZ|CET|CEST)[+-]?\\d*\\)?)?)?'
const DATELINE = new RegExp(`^(?:${LEAD})?(?:${WEEKDAY})?(?:${DAY_FORMS.join('|')})${TIME}\\.?$`, 'iu')

/**
 * The place a news dateline starts with ("Düsseldorf, 3. März 2025", "LONDON, March 14, 2024",
 * "Berlin (dpa) – 3. März 2025"): up to four capitalised words (joined by the small words of
 * place names: Frankfurt am Main, Newcastle upon Tyne, Rothenburg ob der Tauber), perhaps an
 * agency in brackets, then a comma or a dash. Case-sensitive, unlike the date after it: a place
 * is a name.
 */
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:am|an|der|den|im|in|ob|bei|upon|on|de|la|le|sur)\s+)*\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\(\p{L}[\p{L}/ ,.-]{0,19}\))?(?:\s*,|\s+[–—-])\s+/u

/** The date a dateline gives, as YYYY-MM-DD, or undefined when `line` is not one (or names no real day). */
export function datelineDate(line: string): string | undefined {
  const text = line.replace(/\s+/g, ' ').trim()
  const date = dateOf(text)
  if (date !== undefined) return date
  // A news dateline names the place first; the rest must be a dateline of its own, so the
  // line holds the place and the date and nothing else. The place is left out: `published`
  // is a date, and init names the line it took it from.
  const place = PLACE.exec(text)
  return place ? dateOf(text.slice(place[0].length)) : undefined
}

/** The date `text` gives when it is a dateline without a place. */
function dateOf(text: string): string | undefined {
  const m = DATELINE.exec(text)
  if (!m?.groups) return undefined
  const g = m.groups
  const month = (name: string | undefined, table: Readonly<Record<string, number>>): number | undefined => (name === undefined ? undefined : table[name.toLowerCase()])
  const found: Array<[string | undefined, number | undefined, string | undefined]> = [
    [g.isoYear, g.isoMonth === undefined ? undefined : Number(g.isoMonth), g.isoDay],
    [g.enYear1, month(g.enMonth, ENGLISH_MONTHS), g.enDay1],
    [g.enYear2, month(g.enMonth2, ENGLISH_MONTHS), g.enDay2],
    [g.deYear, month(g.deMonth, GERMAN_MONTHS), g.deDay],
    [g.numYear, g.numMonth === undefined ? undefined : Number(g.numMonth), g.numDay]
  ]
  const [year, monthNumber, day] = found.find(([y]) => y !== undefined) ?? []
  if (year === undefined || monthNumber === undefined || day === undefined) return undefined
  return isoDay(Number(year), monthNumber, Number(day))
}

/** YYYY-MM-DD for a day that exists (no 31 April), else undefined. */
function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function months(rows: ReadonlyArray<readonly string[]>): Record<string, number> {
  return Object.fromEntries(rows.flatMap((row, i) => row.map((name) => [name, i + 1])))
}
