// Matching text the way a reader compares it: runs of white space count as one space,
// straight or curly quotes and apostrophes are the same (guillemets too: a German book or
// paper may set »…« or ‹…› where the teacher types „…“, and a French one «…»), and so are the dashes (a hyphen, an
// en or em dash, a minus: a site's editor that turns " - " into " – " changes no words),
// spaced or not ("embodies- a", "embodies – a" and "embodies—a" are one typography), and
// `…` is the three periods `...` a teacher types for it ("ready… to sign", "ready... to sign"),
// and an editor's `[sic]` (or `[sic!]`) with the white space before it is no words at all: a
// quote may mark the article's own slip ("peace to Ukaine [sic].") and still match it;
// everything else must match exactly.
import { perText } from './per-text.js'

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/
const SINGLES = new RegExp(SINGLE.source, 'g')
const DOUBLES = new RegExp(DOUBLE.source, 'g')
const DASHES = /[\u2010-\u2015\u2212]/g

/** Normalized text and, for each of its characters, the offset of the original character. */
export interface Normalized {
  readonly text: string
  readonly map: readonly number[]
}

/**
 * Normalize `text` for matching, keeping a map back to the original offsets. The result is
 * shared between callers (read it, never change it): anchoring, the reference checks and
 * the claim and item rules each normalize every paragraph again, five times over in a
 * `check` of the demo (1,113 calls for 225 texts).
 */
export const normalize = perText(normalizeOnce)

function normalizeOnce(text: string): Normalized {
  // Character codes, not a regular expression per character: `check` normalizes every
  // paragraph, claim and option, and this loop was its busiest on a cold start. Runs of
  // characters kept as they are go in as one slice: a string grown one character at a time
  // cost more than the rest of the loop.
  let out = ''
  const map: number[] = []
  let pendingSpace = -1
  /** Whether the last character kept was a dash: the white space after it is left out. */
  let afterDash = false
  /** Where the run of characters kept as they are started (-1: none). */
  let run = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x5b) {
      const sic = sicAt(text, i)
      if (sic > 0) {
        if (run >= 0) out += text.slice(run, i)
        run = -1
        pendingSpace = -1
        i += sic - 1
        continue
      }
    }
    if (isSpace(code)) {
      if (run >= 0) out += text.slice(run, i)
      run = -1
      // White space after a dash is the dash's spacing, not a word gap.
      if (pendingSpace < 0 && !afterDash) pendingSpace = i
      continue
    }
    const dash = code === 0x2d || isDash(code)
    // Nor is white space before one.
    if (pendingSpace >= 0 && !dash && (out.length > 0 || run >= 0)) {
      out += ' '
      map.push(pendingSpace)
    }
    pendingSpace = -1
    afterDash = dash
    const same = isSingleQuote(code) ? "'" : isDoubleQuote(code) ? '"' : isDash(code) ? '-' : code === ELLIPSIS ? '...' : undefined
    if (same === undefined) {
      if (run < 0) run = i
    } else {
      if (run >= 0) out += text.slice(run, i)
      run = -1
      out += same
      // `…` is three periods, each mapped to it: a match ending in it ends after it.
      for (let k = 1; k < same.length; k++) map.push(i)
    }
    map.push(i)
  }
  if (run >= 0) out += text.slice(run)
  return { text: out, map }
}

/** What `/\s/` matches: ASCII white space, no-break and Unicode spaces, line and paragraph separators, BOM. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** The length of `[sic]` or `[sic!]` (any case) at `i` of `text`, else 0. */
function sicAt(text: string, i: number): number {
  const m = SIC.exec(text.slice(i, i + 6))
  return m ? m[0].length : 0
}
const SIC = /^\[sic!?\]/i
/** Every `[sic]` or `[sic!]` of a text, with the white space before it: what matching leaves out. */
export const SIC_MARKS = /\s*\[sic!?\]/giu

const isSingleQuote = (code: number): boolean => (code >= 0x2018 && code <= 0x201b) || code === 0x2032 || code === 0x2039 || code === 0x203a
const isDoubleQuote = (code: number): boolean => (code >= 0x201c && code <= 0x201f) || code === 0x2033 || code === 0xab || code === 0xbb
/** `…` (U+2026), read as the three periods a teacher types for it. */
const ELLIPSIS = 0x2026
/** A hyphen (U+2010, U+2011), figure, en or em dash (U+2012–U+2015) or minus (U+2212), as the hyphen-minus. */
const isDash = (code: number): boolean => (code >= 0x2010 && code <= 0x2015) || code === 0x2212

/** All start offsets of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = []
  if (needle === '') return found
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at)
  return found
}

/**
 * The text of `normalize(text)` without its map, for comparing alone: the same result by
 * whole-string replaces, which `check` runs on every option and paragraph many times over.
 */
export function normalizedText(text: string): string {
  // Most texts asked for here (paragraphs, options) were normalized with their map already.
  const known = normalize.known(text)
  if (known !== undefined) return known.text
  return text.replace(SIC_MARKS, '').replace(/\s+/g, ' ').trim().replace(SINGLES, "'").replace(DOUBLES, '"').replace(DASHES, '-').replace(/ ?- ?/g, '-').replace(/\u2026/g, '...')
}
