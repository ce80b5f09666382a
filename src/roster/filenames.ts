// File names for per-student quizzes: safe whatever a name holds. Each starts with the
// student's roster position, so two identical names never collide; the rest is an
// ASCII slug of the name, so no separator, dot-dot or reserved device name survives.

/** `007-sean-obrien` for the 7th student, "O'Brien, Seán", in a roster of up to 999. */
export function studentFileBase(index: number, total: number, name: string): string {
  const width = Math.max(3, String(total).length)
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '')
  return `${String(index + 1).padStart(width, '0')}-${slug || 'student'}`
}
