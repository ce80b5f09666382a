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
 */
export function studentFileBase(index: number, total: number, name: string, transliterate: Transliterate | null = null): string {
  const width = Math.max(3, String(total).length)
  const slug = asciiName(name, transliterate)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '')
  return `${String(index + 1).padStart(width, '0')}-${slug || 'student'}`
}
