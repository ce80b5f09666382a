// Sentence boundaries by the rules of Unicode's text segmentation (UAX #29, section 5), as
// `Intl.Segmenter` with `granularity: 'sentence'` finds them. Not the Segmenter itself: the
// first one a process makes starts ICU's break iterators, about 90 million instructions,
// a tenth of all `classpack check` does beyond Node's own start. tests/sentence-breaks
// compares the two on every BMP character in the contexts each rule reads, and on articles.
//
// The rules, over the Sentence_Break classes below (÷ break, × no break):
//   SB3  CR × LF                    SB4  ParaSep ÷
//   SB5  X (Extend | Format)* → X   (marks and format characters go with what they follow)
//   SB6  ATerm × Numeric            SB7  (Upper | Lower) ATerm × Upper
//   SB8  ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
//   SB8a SATerm Close* Sp* × (SContinue | SATerm)
//   SB9  SATerm Close* × (Close | Sp | ParaSep)
//   SB10 SATerm Close* Sp* × (Sp | ParaSep)
//   SB11 SATerm Close* Sp* ParaSep? ÷
//   SB998 otherwise ×

/** The Sentence_Break classes (UAX #29, Table 4) the rules read, as small integers. */
const C = { Other: 0, CR: 1, LF: 2, Sep: 3, Extend: 4, Format: 5, Sp: 6, Lower: 7, Upper: 8, OLetter: 9, Numeric: 10, ATerm: 11, SContinue: 12, STerm: 13, Close: 14 } as const
type C = (typeof C)[keyof typeof C]

/**
 * Each class's definition in UAX #29 (Table 4), as one pattern read in this order: the first
 * group that matches is the class. What JavaScript cannot name (Line_Break values,
 * Prepended_Concatenation_Mark) and the exceptions of Unicode's own data are listed in
 * LISTED, looked up first.
 */
const CLASSES =
  /(\p{Grapheme_Extend}|\p{Mc}|\u200D)|((?![\u200C\u200D])\p{Cf})|(\p{White_Space})|(\p{Lowercase})|(\p{Uppercase}|\p{Lt})|(\p{Alphabetic})|(\p{Nd})|(\p{Sentence_Terminal})|([\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Quotation_Mark}])/u
const BY_GROUP: readonly C[] = [C.Other, C.Extend, C.Format, C.Sp, C.Lower, C.Upper, C.OLetter, C.Numeric, C.STerm, C.Close]
/** Ranges of code points, first and last, whose class the pattern does not give. */
const LISTED_RANGES: ReadonlyArray<readonly [number, number, C]> = [
  [0x0d, 0x0d, C.CR],
  [0x0a, 0x0a, C.LF],
  [0x85, 0x85, C.Sep],
  [0x2028, 0x2029, C.Sep],
  ...[0x2e, 0x2024, 0xfe52, 0xff0e].map((c) => [c, c, C.ATerm] as const),
  ...[
    0x2c, 0x2d, 0x3a, 0x3b, 0x37e, 0x55d, 0x60c, 0x60d, 0x7f8, 0x1802, 0x1808, 0x2013, 0x2014, 0x3001, 0xfe10, 0xfe11, 0xfe13, 0xfe14, 0xfe31, 0xfe32, 0xfe50, 0xfe51,
    0xfe54, 0xfe55, 0xfe58, 0xfe63, 0xff0c, 0xff0d, 0xff1a, 0xff1b, 0xff64
  ].map((c) => [c, c, C.SContinue] as const),
  // Line_Break=Numeric beyond the decimal digits: number signs that stand before digits
  // (Prepended_Concatenation_Mark), the Arabic separators, New Tai Lue's digit one.
  [0x600, 0x605, C.Numeric],
  [0x66b, 0x66c, C.Numeric],
  [0x6dd, 0x6dd, C.Numeric],
  [0x890, 0x891, C.Numeric],
  [0x8e2, 0x8e2, C.Numeric],
  [0x19da, 0x19da, C.Numeric],
  [0x110bd, 0x110bd, C.Numeric],
  [0x110cd, 0x110cd, C.Numeric],
  // Line_Break=Quotation beyond the quotation marks: ornamental quotes and editorial marks.
  [0x275b, 0x2760, C.Close],
  [0x2e00, 0x2e01, C.Close],
  [0x2e06, 0x2e08, C.Close],
  [0x2e0b, 0x2e0b, C.Close],
  [0x1f676, 0x1f678, C.Close],
  // Quotation marks that are not Line_Break=Quotation (fullwidth: Ideographic).
  [0xff02, 0xff02, C.Other],
  [0xff07, 0xff07, C.Other],
  // Hebrew geresh, a letter to these rules though punctuation to its category.
  [0x5f3, 0x5f3, C.OLetter],
  // Georgian letters, small (Mkhedruli) and capital (Mtavruli), are OLetter in Unicode's data.
  [0x10d0, 0x10fa, C.OLetter],
  [0x10fd, 0x10ff, C.OLetter],
  [0x1c90, 0x1cba, C.OLetter],
  [0x1cbd, 0x1cbf, C.OLetter]
]
const LISTED = new Map<number, C>(LISTED_RANGES.flatMap(([first, last, c]) => Array.from({ length: last - first + 1 }, (_, i): [number, C] => [first + i, c])))

/** Classes of the code points met so far (the pattern is slow beside a lookup; text repeats its letters). */
const known = new Map<number, C>()

function classOf(code: number): C {
  let c = known.get(code)
  if (c === undefined) {
    c = LISTED.get(code)
    if (c === undefined) {
      const match = CLASSES.exec(String.fromCodePoint(code))
      c = match ? BY_GROUP[match.findIndex((group, i) => i > 0 && group !== undefined)]! : C.Other
    }
    known.set(code, c)
  }
  return c
}

const isParaSep = (c: C): boolean => c === C.Sep || c === C.CR || c === C.LF
const isSATerm = (c: C): boolean => c === C.ATerm || c === C.STerm

/**
 * Languages whose sentences ICU ends at other characters than the root rules: Greek ends a
 * question with `;` (its question mark is U+037E, which Unicode maps to `;`).
 */
const BY_LANGUAGE: Record<string, ReadonlyMap<number, C>> = { el: new Map([[0x3b, C.STerm]]) }

/**
 * The offsets in `text` (UTF-16 units) where a sentence ends and the next begins, in order;
 * not 0 nor `text.length`. `lang` is a BCP 47 tag, as `Intl.Segmenter` takes it.
 */
export function sentenceBreaks(text: string, lang = 'en'): number[] {
  const own = BY_LANGUAGE[lang.split('-')[0]!.toLowerCase()]
  // Units after SB5: each character that is not Extend or Format, with those that follow it.
  const classes: C[] = []
  const starts: number[] = []
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!
    const c = own?.get(code) ?? classOf(code)
    const last = classes.length - 1
    if ((c === C.Extend || c === C.Format) && last >= 0 && !isParaSep(classes[last]!)) {
      // SB5: part of the unit before.
    } else {
      classes.push(c)
      starts.push(i)
    }
    i += code > 0xffff ? 2 : 1
  }
  const n = classes.length
  const breaks: number[] = []
  const breakBefore = (unit: number): void => {
    if (unit < n) breaks.push(starts[unit]!)
  }
  for (let u = 0; u < n; u++) {
    const c = classes[u]!
    if (isParaSep(c)) {
      // SB3, SB4: CR LF is one separator, and a break follows it.
      if (c === C.CR && classes[u + 1] === C.LF) u++
      breakBefore(u + 1)
      continue
    }
    if (!isSATerm(c)) continue
    const next = classes[u + 1]
    if (c === C.ATerm && next !== undefined) {
      // SB6, SB7: a decimal point; an initialism's inner full stop.
      if (next === C.Numeric) continue
      if (next === C.Upper && (classes[u - 1] === C.Upper || classes[u - 1] === C.Lower)) continue
    }
    let j = u + 1
    while (classes[j] === C.Close) j++
    while (classes[j] === C.Sp) j++
    if (j < n && isParaSep(classes[j]!)) {
      // SB9, SB10, SB11: the separator belongs to the sentence it ends.
      if (classes[j] === C.CR && classes[j + 1] === C.LF) j++
      breakBefore(j + 1)
      u = j
      continue
    }
    if (j >= n) break
    if (c === C.ATerm && lowerAhead(classes, j)) {
      // SB8: a full stop that a small letter follows ends no sentence ("e.g. the").
      u = j - 1
      continue
    }
    // SB8a: a comma or another terminator after it; SB11 otherwise.
    if (classes[j] !== C.SContinue && !isSATerm(classes[j]!)) breakBefore(j)
    u = j - 1
  }
  return breaks
}

/** SB8's look-ahead: from unit `j`, past everything but letters, separators and terminators, a small letter. */
function lowerAhead(classes: readonly C[], j: number): boolean {
  for (let k = j; k < classes.length; k++) {
    const c = classes[k]!
    if (c === C.Lower) return true
    if (c === C.OLetter || c === C.Upper || isParaSep(c) || isSATerm(c)) return false
  }
  return false
}
