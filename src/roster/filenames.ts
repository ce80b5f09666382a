// File names for per-student quizzes: safe whatever a name holds. Each starts with the
// student's roster position, so two identical names never collide; the rest is an
// ASCII slug of the name, so no separator, dot-dot or reserved device name survives.
// Names in other scripts are transliterated first (any-ascii: 王小明 → wang-xiao-ming,
// محمد → mhmd), so a teacher can still find a student's file by name.

/** Unicode text to Latin letters, digits and punctuation (any-ascii's default export). */
export type Transliterate = (text: string) => string

// Ideographs and hangul syllables are each a syllable of their own: they are
// transliterated one by one and kept apart (王小明 is "wang xiao ming", not "wangxiaoming").
const SYLLABLE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u{20000}-\u{3ffff}]/u
// Emoji and other pictographs have no name worth a file name (any-ascii spells 🙂 `:slight_smile:`).
const PICTURE = /[\p{So}\p{Sk}]/gu

/**
 * German writes ä, ö, ü as ae, oe, ue where it cannot write them (Müller is "Mueller" in an
 * e-mail address and in a passport's machine-readable line); dropping the dots, as other
 * languages do (Zoë → zoe), makes another name or another word: "müssten" (would have to)
 * becomes "mussten" (had to). ß is ss either way.
 */
const GERMAN_LETTERS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' }

/** Whether `lang` (BCP 47: `de`, `de-AT`) is German, whose umlauts are spelled out in ASCII. */
export function isGerman(lang: string | null | undefined): boolean {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] === 'de'
}

/** `text` with German's umlauts and ß spelled out ("Jürgen Weißmüller" → "Juergen Weissmueller"), composed or not. */
export function spellGerman(text: string): string {
  return text.normalize('NFC').replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN_LETTERS[c]!)
}

/**
 * Latin letters NFKD leaves as they are, as any-ascii writes them (Søren → Soren, Yılmaz →
 * Yilmaz, Łukasz → Lukasz). With these, names in Latin script need no any-ascii: its table
 * of every script is half a megabyte, 10 ms of a rebuild to load. tests/roster-csv.test.ts
 * holds `latinAscii` equal to any-ascii on every name `inLatinScript` accepts.
 */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  Æ: 'Ae', Ð: 'D', Ø: 'O', Þ: 'Th', ß: 'ss', æ: 'ae', ð: 'd', ø: 'o', þ: 'th', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i',
  ĸ: 'q', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l', ŉ: "'n", Ŋ: 'Ng', ŋ: 'ng', Œ: 'Oe', œ: 'oe', Ŧ: 'T', ŧ: 't'
}

/**
 * Whether NFKD alone gives the file-name letters of the character `code`, as any-ascii's
 * would be: ASCII, Latin letters with accents, and the marks that make them (not
 * U+0363–U+036F, superscript letters that any-ascii spells out).
 */
const decomposes = (code: number): boolean => code < 0x80 || (code >= 0xc0 && code <= 0x24f) || (code >= 0x300 && code <= 0x362) || (code >= 0x1e00 && code <= 0x1eff)

/** Whether `text` is ASCII alone. */
function ascii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}

/** Whether each character of `name` is one `latinAscii` writes as any-ascii does. */
export function inLatinScript(name: string): boolean {
  for (const char of name.replace(PICTURE, ' ')) {
    if (char in LATIN_LETTERS) continue
    if (!decomposes(char.codePointAt(0)!) || !ascii(char.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))) return false
  }
  return true
}

/**
 * Whether `latinAscii` names every one of `names` in a pack of `lang` as any-ascii would: each
 * as `studentFileBase` reads it (umlauts spelled out in a German pack) `inLatinScript`.
 */
export function namesInLatinScript(names: readonly string[], lang: string | null): boolean {
  return names.every((name) => inLatinScript(isGerman(lang) ? spellGerman(name) : name))
}

/** A transliteration for names `inLatinScript` accepts: their letters as any-ascii writes them, the rest left to NFKD (studentFileBase). */
export function latinAscii(char: string): string {
  return LATIN_LETTERS[char] ?? char
}

/** How long the name part of a file name may be: the whole stays short in a file list and any path. */
const NAME_LENGTH = 40

/**
 * `slug` cut to NAME_LENGTH at the end of a word (a hyphen) when one is within the limit, so
 * "von-hohenzollern" is left out rather than cut to "von-hohe"; a single word longer than the
 * limit is cut where it reaches it.
 */
function shortened(slug: string): string {
  if (slug.length <= NAME_LENGTH) return slug
  // One character more: a hyphen right after the limit ends a word at it.
  const end = slug.slice(0, NAME_LENGTH + 1).lastIndexOf('-')
  return end > 0 ? slug.slice(0, end) : slug.slice(0, NAME_LENGTH)
}

/** `name` in ASCII: Latin letters lose their accents, other scripts are transliterated. */
export function asciiName(name: string, transliterate: Transliterate | null): string {
  const plain = name.replace(PICTURE, ' ')
  if (transliterate === null) return plain.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  let out = ''
  for (const char of plain) out += SYLLABLE.test(char) ? ` ${transliterate(char)} ` : transliterate(char)
  return out
}

/**
 * `007-sean-obrien` for the 7th student, "O'Brien, Seán", in a roster of up to 999;
 * `001-wang-xiao-ming` for 王小明 with `transliterate`; `NNN-student` when nothing is left.
 * In a German pack (`lang` `de`) umlauts are spelled out: `001-mueller-juergen` for
 * "Müller, Jürgen". The position makes each unique, however the names read in ASCII.
 */
export function studentFileBase(index: number, total: number, name: string, transliterate: Transliterate | null = null, lang: string | null = null): string {
  const width = Math.max(3, String(total).length)
  const slug = asciiName(isGerman(lang) ? spellGerman(name) : name, transliterate)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${String(index + 1).padStart(width, '0')}-${shortened(slug) || 'student'}`
}
