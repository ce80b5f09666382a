// Questions that must not share a pack: `excludes` holds both ways, so if A excludes B,
// B excludes A. Selection asks this before it puts a question beside another.

/** For each question id, every id it may not share a quiz (or a discussion) with. */
export function exclusions(questions: ReadonlyArray<{ id: string; excludes: readonly string[] }>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  const add = (a: string, b: string): void => {
    const set = out.get(a) ?? new Set<string>()
    set.add(b)
    out.set(a, set)
  }
  for (const q of questions) {
    for (const other of q.excludes) {
      if (other === q.id) continue
      add(q.id, other)
      add(other, q.id)
    }
  }
  return out
}

/** `candidates` in order, leaving out each one that excludes (or is excluded by) one kept before it. */
export function keepCompatible<T extends { id: string }>(candidates: readonly T[], excluded: ReadonlyMap<string, ReadonlySet<string>>, kept: readonly T[] = []): T[] {
  const taken = new Set(kept.map((q) => q.id))
  const out: T[] = []
  for (const q of candidates) {
    if ([...taken].some((id) => excluded.get(q.id)?.has(id))) continue
    taken.add(q.id)
    out.push(q)
  }
  return out
}
