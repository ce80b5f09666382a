// Which bundled face draws a character: by Unicode block, before any font is read.
//
// DejaVu Sans (fonts.ts) draws Latin, Greek and Cyrillic. Names in other scripts are
// drawn with Noto Sans faces (fallback.ts), one per script; which one a character needs
// is decided here from its code point alone, so a text that needs none of them never
// reads one, and a face is read only when a text names its script.
//
// Arabic and Hebrew go to their Noto face although DejaVu has glyphs for them: DejaVu's
// Arabic lacks much of what Noto's shaping has (and its Hebrew would then differ in style
// from the Arabic beside it), so the script's own face draws every such name alike.

/** A script with a bundled face. `han` (ideographs, CJK punctuation) goes to one of the CJK faces by context. */
export type Script = 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'kana' | 'hangul' | 'han'

/** The faces a script may be drawn with; `sc`, `jp` and `kr` are the CJK faces. */
export type FallbackScript = 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'sc' | 'jp' | 'kr'

// [first, last, script], sorted by first code point.
const BLOCKS: ReadonlyArray<readonly [number, number, Script]> = [
  [0x0590, 0x05ff, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0870, 0x08ff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1100, 0x11ff, 'hangul'],
  [0x1cd0, 0x1cff, 'devanagari'],
  [0x2e80, 0x2fdf, 'han'],
  [0x3000, 0x303f, 'han'],
  [0x3040, 0x30ff, 'kana'],
  [0x3100, 0x312f, 'han'],
  [0x3130, 0x318f, 'hangul'],
  [0x3190, 0x31ef, 'han'],
  [0x31f0, 0x31ff, 'kana'],
  [0x3200, 0x33ff, 'han'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0xa960, 0xa97f, 'hangul'],
  [0xac00, 0xd7ff, 'hangul'],
  [0xf900, 0xfaff, 'han'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe30, 0xfe4f, 'han'],
  [0xfe70, 0xfeff, 'arabic'],
  [0xff00, 0xff64, 'han'],
  [0xff65, 0xff9f, 'kana'],
  [0xffa0, 0xffdc, 'hangul'],
  [0xffe0, 0xffef, 'han'],
  [0x1b000, 0x1b16f, 'kana'],
  [0x20000, 0x3ffff, 'han']
]

/** The script of code point `cp` among those with a bundled face, or null. */
export function scriptOf(cp: number): Script | null {
  if (cp < 0x0590) return null
  let lo = 0
  let hi = BLOCKS.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [first, last, script] = BLOCKS[mid]!
    if (cp < first) hi = mid - 1
    else if (cp > last) lo = mid + 1
    else return script
  }
  return null
}

/**
 * Whether `text` holds a character of a script with a bundled face; if not, the main face
 * draws all of it (punctuation and symbols go to a fallback face only beside its letters).
 */
export function mayNeedFallback(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x0590 && scriptOf(text.codePointAt(i)!) !== null) return true
  }
  return false
}

/**
 * The faces to try, in order, for a character of `script` in `context` (the text it is
 * measured and drawn with: one space-separated chunk). Ideographs are shared by Chinese,
 * Japanese and Korean, whose faces draw some of them differently: beside kana they are
 * Japanese, beside hangul Korean, otherwise Chinese; a face that lacks one passes it on.
 */
export function facesFor(script: Script, context: string): readonly FallbackScript[] {
  switch (script) {
    case 'arabic':
    case 'hebrew':
    case 'devanagari':
    case 'thai':
      return [script]
    default:
      return cjkOrder(context)
  }
}

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff65-\uff9f]/
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/

function cjkOrder(context: string): readonly FallbackScript[] {
  if (KANA.test(context)) return ['jp', 'sc', 'kr']
  if (HANGUL.test(context)) return ['kr', 'sc', 'jp']
  return ['sc', 'jp', 'kr']
}

/**
 * Whether `cp` takes its face from its neighbours rather than its own script: spaces,
 * punctuation, symbols, digits, combining marks and format characters (ZWJ, ZWNJ), which
 * an Arabic or Devanagari word needs in the same run to be shaped as one.
 */
export function isNeutral(char: string): boolean {
  return NEUTRAL.test(char)
}

const NEUTRAL = /^[\s\p{P}\p{S}\p{N}\p{M}\p{Cf}]$/u
