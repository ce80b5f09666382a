// The lint's text measures, against plain statements of what they measure.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, normalizedText } from '../../src/article/normalize.js'
import { asWritten, longestSharedRun, ngrams, quotations, sentences, wholeWordAt, words } from '../../src/lint/text.js'

/** The longest run of words `a` shares with any text, by trying every start in both. */
function byEveryStart(a: readonly string[], texts: ReadonlyArray<readonly string[]>): number {
  let best = 0
  for (const b of texts) {
    for (let i = 0; i < a.length; i++) {
      for (let j = 0; j < b.length; j++) {
        let n = 0
        while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n]) n++
        best = Math.max(best, n)
      }
    }
  }
  return best
}

describe('longestSharedRun', () => {
  it('finds the longest run an option copies from the article', () => {
    const article = [
      ['the', 'us', 'would', 'back', 'a', 'deal'],
      ['a', 'deal', 'would', 'back', 'a', 'deal', 'that', 'ends', 'the', 'war']
    ]
    expect(longestSharedRun(['would', 'back', 'a', 'deal', 'that', 'ends'], article)).toBe(6)
    expect(longestSharedRun(['nothing', 'here'], article)).toBe(0)
    expect(longestSharedRun([], article)).toBe(0)
    expect(longestSharedRun(['deal', 'deal', 'deal'], article)).toBe(1)
  })

  it('agrees with trying every start, on texts with many repeated words', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd')
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(fc.array(word, { maxLength: 30 }), { maxLength: 4 }), (a, texts) => {
        expect(longestSharedRun(a, texts)).toBe(byEveryStart(a, texts))
      }),
      { numRuns: 500 }
    )
  })
})

describe('normalizedText', () => {
  it('is the text normalize() maps, for any mix of spaces, quotes, dashes and letters', () => {
    const piece = fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2009', 'a', 'Z', '\u2018', '\u2019', '\u201c', '\u201d', '\u2033', "'", '"', '-', '\u2013', '\u2014', '\u2212', '.', 'é', '[sic]', '[SIC!]', '[', 'sic]')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(normalizedText(text)).toBe(normalize(text).text)
      }),
      { numRuns: 1000 }
    )
  })
})

describe('normalize', () => {
  /** The definition: `[sic]` or `[sic!]` and the white space before it are left out; runs of what `/\s/` matches are one space, none beside a dash; curly single and double quotes (and guillemets ‹› «») straight ones, dashes hyphens, `…` three periods. */
  function byDefinition(text: string): { text: string; map: number[] } {
    let out = ''
    const map: number[] = []
    let pending = -1
    let afterDash = false
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!
      // An editor's [sic] and the white space before it are no words.
      const sic = /^\[sic!?\]/i.exec(text.slice(i))
      if (sic) {
        pending = -1
        i += sic[0].length - 1
        continue
      }
      const dash = /[-\u2010-\u2015\u2212]/.test(ch)
      if (/\s/.test(ch)) {
        if (pending < 0 && !afterDash) pending = i
        continue
      }
      if (pending >= 0 && !dash && out.length > 0) {
        out += ' '
        map.push(pending)
      }
      pending = -1
      afterDash = dash
      const same = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/.test(ch) ? "'" : /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(ch) ? '"' : /[\u2010-\u2015\u2212]/.test(ch) ? '-' : ch === '\u2026' ? '...' : ch
      out += same
      for (const _ of same) map.push(i)
    }
    return { text: out, map }
  }

  it('maps every character as the definition does, over every code unit', () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).join('a')
    expect(normalize(all)).toEqual(byDefinition(all))
  })

  it('agrees with the definition on mixes of spaces, quotes, letters and surrogate pairs', () => {
    const piece = fc.constantFrom(' ', '\n', '\r\n', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2009', '\u200b', '\u2028', '\u202f', '\u3000', '\ufeff', 'a', '\u2018', '\u201b', '\u201c', '\u201f', '\u2032', '\u2033', '\u2034', '\u00ab', '\u00bb', '\u2039', '\u203a', "'", '"', '-', '\u2013', '\u2014', '\u2212', '😀', 'é', '[sic]', '[Sic!]', '[si', 'c]')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('')
        expect(normalize(text)).toEqual(byDefinition(text))
      }),
      { numRuns: 1000 }
    )
  })
})

describe('wholeWordAt', () => {
  // What it stands for: the first match of the word between non-letters, as a pattern reads it.
  const byPattern = (hay: string, needle: string): number =>
    new RegExp(`(?<![\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(hay)?.index ?? -1
  // Letters, digits, marks, spaces, punctuation, and astral letters and symbols (surrogate pairs), halves of them too.
  const unit = fc.constantFrom('a', 'b', 'é', '1', ' ', '-', "'", '.', '\u0301', '𝐀', '😀', '\ud835', '\udc00', 'ß', 'и')
  const text = fc.array(unit, { maxLength: 14 }).map((units) => units.join(''))

  it('agrees with the pattern on any text and word', () => {
    fc.assert(
      fc.property(text, text, (hay, needle) => {
        expect(wholeWordAt(hay, needle)).toBe(byPattern(hay, needle))
      }),
      { numRuns: 2_000 }
    )
    // And on words taken from the text itself, which are found far more often.
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (hay, a, b) => {
        const needle = hay.slice(Math.min(a, b) % (hay.length + 1), Math.max(a, b) % (hay.length + 1))
        expect(wholeWordAt(hay, needle)).toBe(byPattern(hay, needle))
      }),
      { numRuns: 2_000 }
    )
  })

  it('finds hedges as words, not inside longer ones', () => {
    expect(wholeWordAt('perhaps the key reason', 'perhaps')).toBe(0)
    expect(wholeWordAt('it may well be', 'may')).toBe(3)
    expect(wholeWordAt('dismayed, then may', 'may')).toBe(15)
    expect(wholeWordAt('maybe', 'may')).toBe(-1)
  })
})

describe('sentences', () => {
  it('end after closing marks stacked on a full stop, so a quoted question sentence is not the quotation', () => {
    expect(sentences('In ¶8, the article says: ‘Ortiz, who was not involved, said the findings were "promising but narrow."’ Who makes this claim?')).toEqual([
      'In ¶8, the article says: ‘Ortiz, who was not involved, said the findings were "promising but narrow."’',
      'Who makes this claim?'
    ])
    expect(sentences('It ended (as planned.) Then what?')).toEqual(['It ended (as planned.)', 'Then what?'])
  })
})

describe('quotations', () => {
  const quoted = (text: string): string[] => quotations(text).map((q) => q.text)

  it('reads every style a teacher quotes in: American, British, German, French', () => {
    expect(quoted('He said “a b c” and "d e f".')).toEqual(['a b c', 'd e f'])
    expect(quoted('The mayor says it will ‘pay for itself’. Who disputes this?')).toEqual(['pay for itself'])
    expect(quoted("The mayor says it will 'pay for itself'. Who disputes this?")).toEqual(['pay for itself'])
    expect(quoted('Sie nennt es „nicht zu halten“.')).toEqual(['nicht zu halten'])
    expect(quoted('Il dit « pas de quoi ».')).toEqual(['pas de quoi'])
  })

  it('leaves apostrophes inside and after words alone', () => {
    expect(quoted('It’s the teachers’ and parents’ view, and the mayor’s.')).toEqual([])
    expect(quoted("It's the teachers' and parents' view, and the mayor's.")).toEqual([])
    expect(quoted('The mayor’s ‘promise that doesn’t hold’ is hers.')).toEqual(['promise that doesn’t hold'])
    expect(quoted("The drivers' union calls it 'a promise that can't be kept'.")).toEqual(["a promise that can't be kept"])
  })
})

describe('quotations, scanned', () => {
  // The definition the scan replaced (a pattern: clear, but costly to compile at every start).
  const PATTERN =
    /“([^”]*)”|"([^"]*)"|„([^“”]*)[“”]|«\s*([^»]*?)\s*»|(?<![\p{L}\p{N}])‘((?:[^‘’]|’(?=[\p{L}\p{N}]))*)’(?![\p{L}\p{N}])|(?<![\p{L}\p{N}'])'(?=\p{L})((?:[^'\n]|'(?=\p{L}))*?[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu
  const byPattern = (text: string) => [...text.matchAll(PATTERN)].map((m) => ({ text: m.slice(1).find((g) => g !== undefined) ?? '', start: m.index, end: m.index + m[0].length }))

  it('finds what the pattern finds in any text of quotation marks, apostrophes, letters of any script and line breaks', () => {
    const pieces = ['“', '”', '"', '„', '«', '»', '‘', '’', "'", "''", 'a', 'Z', 'é', 'ß', 'я', '中', '\u{1D400}', '\u{1F600}', '7', ' ', '\u00a0', '\n', '.', ',', '!', '?', '-', 'the', "don't", 'don’t']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(quotations(text)).toEqual(byPattern(text))
      }),
      { numRuns: 5000 }
    )
  })
})

// "Unexpected criterion repeating "figure from 3 or 4"" dropped the ¶ signs the teacher wrote.
describe('a run of words as the text writes it', () => {
  it('gives back the stretch of the text, with its marks, case and apostrophes', () => {
    expect(asWritten('Explains it using one figure from ¶3 or ¶4.', 'figure from 3 or 4')).toBe('figure from ¶3 or ¶4')
    expect(asWritten('Nobody has counted the visitors, so Rachel Amin’s plan…', "visitors so rachel amin's plan")).toBe('visitors, so Rachel Amin’s plan')
    expect(asWritten('No such words here.', 'other words')).toBe('other words')
  })

  it('finds every run of words of any text, as `words` reads it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (text, n) => {
        for (const run of ngrams(words(text), n)) expect(words(asWritten(text, run)).join(' ')).toBe(run)
      }),
      { numRuns: 300 }
    )
  })
})
