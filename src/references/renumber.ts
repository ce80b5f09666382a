// The ¶ references read against paragraphs.lock: when the article's paragraphs are no longer
// the record's, number for number, each reference is taken as written against the record and
// mapped to its paragraph's number now (align.ts). One error at the article says what changed
// and lists every reference to update; those whose paragraph was deleted, or split with
// nothing to say which part they mean, are errors of their own, never guessed. Pure: the
// edits are data, which `classpack check --renumber` writes (src/renumber.ts).
import type { VFile } from 'vfile'
import type { Article } from '../article/model.js'
import { normalize } from '../article/normalize.js'
import { andList, error, type Place, warn } from '../messages.js'
import { type Alignment, describeChanges, isIdentity, type NumberingChange } from './align.js'
import { listUpdates } from './listing.js'
import { LOCK_FILE } from './lock.js'
import { numbersIn, type ParagraphReference } from './parse.js'

/** A reference as the files hold it, with what may place it: words quoted before it, the paragraphs (now) of the claims its owner rests on. */
export interface FoundReference {
  file: VFile
  at: Place | undefined
  ref: ParagraphReference
  owner: string
  quoted?: string
  restsOn?: readonly number[]
}

/** One reference's new text, at its offsets in its file. */
export interface ReferenceEdit {
  file: VFile
  at: Place
  start: number
  end: number
  from: string
  to: string
}

/** What the record says of the references: the changes to the numbering, the edits that follow them, and how many references wait for a decision. */
export interface Renumbering {
  /** True when every recorded paragraph is the one of its number now (its words may have changed). */
  same: boolean
  changes: NumberingChange[]
  edits: ReferenceEdit[]
  undecided: number
}

/** Map every reference in `found` through `alignment`, reporting the one renumbering error and each reference that needs a decision. */
export function renumberReferences(found: readonly FoundReference[], alignment: Alignment, record: readonly string[], article: Article, articleFile: VFile): Renumbering {
  if (isIdentity(alignment)) return { same: true, changes: [], edits: [], undecided: 0 }
  const lower = (text: string): string => normalize(text).text.toLowerCase()
  const old = record.map(lower)
  const now = article.paragraphs.map((p) => lower(p.text))
  const changes = describeChanges(alignment)
  const edits: ReferenceEdit[] = []
  let undecided = 0
  for (const f of found) {
    const mapped = mapReference(f, alignment, old, now)
    if (mapped === undefined) continue
    if ('problem' in mapped) {
      undecided++
      error(f.file, `Unexpected \`${f.ref.text}\` in ${f.owner}, written against ${LOCK_FILE}, ${mapped.problem}`, f.at, 'paragraph-reference')
      continue
    }
    if (mapped.to === f.ref.text) continue
    const start = f.at?.start.offset
    if (f.at === undefined || start === undefined || String(f.file.value).slice(start, start + f.ref.text.length) !== f.ref.text) {
      undecided++
      error(f.file, `Unexpected \`${f.ref.text}\` in ${f.owner} where classpack cannot place it to update it, expected \`${mapped.to}\` (${LOCK_FILE} numbers the article anew): write it so, on one line, then run \`classpack check --renumber\``, f.at ?? f.file.messages[0]?.place, 'paragraph-reference')
      continue
    }
    edits.push({ file: f.file, at: f.at, start, end: start + f.ref.text.length, from: f.ref.text, to: mapped.to })
  }
  // "¶4 and ¶5 merged" holds an "and" of its own: then a comma before the list's, so that
  // "a paragraph inserted as ¶2, and ¶4 and ¶5 merged into ¶5" does not read as three paragraphs merged.
  const words = changes.map((c) => c.words)
  const what = words.length > 1 && words.some((w) => w.includes(' and ')) ? `${words.slice(0, -1).join(', ')}, and ${words.at(-1)}` : andList(words)
  const first = Math.min(Math.max(changes[0]?.at ?? 1, 1), article.paragraphs.length)
  const place = article.paragraphs[first - 1]?.place
  if (edits.length === 0 && undecided === 0) {
    warn(articleFile, `Unexpected numbering since ${LOCK_FILE}: ${what}, expected the record to match the article: no reference needs updating; \`classpack check --renumber\` records the new numbering, so that references written from now on are read in it`, place, 'paragraphs-renumbered')
  } else {
    const { listed } = listUpdates(edits)
    const decide = undecided ? `; and ${undecided === 1 ? 'one reference needs' : `${undecided} references need`} a decision first (the errors at them): until then \`--renumber\` changes nothing` : ''
    const list = edits.length ? `${edits.length} reference${edits.length === 1 ? '' : 's'} to update: ${listed}` : 'no reference to update by the record alone'
    error(articleFile, `Unexpected numbering since ${LOCK_FILE}: ${what}, expected every ¶ written against the record to name its paragraph's number now: ${list}${decide}; \`classpack check --renumber\` makes exactly these edits and records the new numbering`, place, 'paragraphs-renumbered')
  }
  return { same: false, changes, edits, undecided }
}

/** A reference's text in the numbering now, undefined when it stands as it is, or the problem that keeps it from being mapped. */
function mapReference(f: FoundReference, alignment: Alignment, old: readonly string[], now: readonly string[]): { to: string } | { problem: string } | undefined {
  const { oldTo, newFrom } = alignment
  const numbers = numbersIn(f.ref)
  const words = f.quoted ? normalize(f.quoted).text.toLowerCase() : undefined
  // Already in the numbering now: its quoted words stand in the paragraph it names now, and did not in the one the record gave that number.
  if (words && numbers.length === 1) {
    const n = numbers[0]!.value
    if (now[n - 1]?.includes(words) && !old[n - 1]?.includes(words)) return undefined
  }
  const known = (n: number): string | undefined => (n < 1 || n > oldTo.length ? `whose paragraphs end at ¶${oldTo.length} (¶${n} is none of them), expected a paragraph of the record` : undefined)
  const values: number[] = []
  for (let k = 0; k < numbers.length; k++) {
    const w = numbers[k]!
    if (w.role === 'alone') {
      const unknown = known(w.value)
      if (unknown) return { problem: unknown }
      const targets = oldTo[w.value - 1]!
      if (targets.length === 0) return { problem: `whose ¶${w.value} the article no longer has (deleted), expected a paragraph it still has: cite another by its number in ${LOCK_FILE} (until \`classpack check --renumber\` records the new one), or none` }
      if (targets.length === 1) {
        values.push(targets[0]!)
        continue
      }
      // Split: the part its quoted words stand in, else the one part its claims are anchored in.
      const byWords = words ? targets.filter((t) => now[t - 1]?.includes(words)) : []
      const byClaims = targets.filter((t) => f.restsOn?.includes(t))
      const one = byWords.length === 1 ? byWords[0] : byClaims.length === 1 ? byClaims[0] : undefined
      if (one === undefined) return { problem: `whose ¶${w.value} is now ¶${targets[0]}–¶${targets.at(-1)} (split), expected to know which part it means: quote the words it cites right before it (“…” ¶${w.value}), so \`classpack check --renumber\` can place it` }
      values.push(one)
      continue
    }
    // A range: from the first paragraph it spans now to the last, unless that stretch now takes in a paragraph from outside it (one moved in).
    const other = numbers[k + 1]!
    const [lo, hi] = [Math.min(w.value, other.value), Math.max(w.value, other.value)]
    const unknown = known(lo) ?? known(hi)
    if (unknown) return { problem: unknown }
    const all = range(lo, hi).flatMap((n) => oldTo[n - 1]!)
    if (all.length === 0) return { problem: `whose ¶${lo}–¶${hi} the article no longer has (deleted), expected paragraphs it still has: cite others by their numbers in ${LOCK_FILE}, or none` }
    const [from, to] = [Math.min(...all), Math.max(...all)]
    const stranger = range(from, to).find((t) => newFrom[t - 1]!.length > 0 && newFrom[t - 1]!.every((n) => n < lo || n > hi))
    if (stranger !== undefined) return { problem: `whose ¶${lo}–¶${hi} is now ¶${from}–¶${to} with ¶${stranger} (the record's ¶${newFrom[stranger - 1]!.join(', ¶')}) moved in among them, expected a range its paragraphs still form: cite them apart` }
    values.push(...(w.role === 'from' ? [from, to] : [to, from]))
    k++
  }
  // Only the digits change; a range now of one paragraph is written as that paragraph.
  let text = f.ref.text
  for (let k = numbers.length - 1; k >= 0; k--) {
    const w = numbers[k]!
    if (w.role !== 'alone' && k > 0 && numbers[k - 1]!.role !== 'alone' && values[k] === values[k - 1] && isSecond(numbers, k)) {
      text = text.slice(0, numbers[k - 1]!.end) + text.slice(w.end)
      continue
    }
    text = text.slice(0, w.start) + String(values[k]) + text.slice(w.end)
  }
  return { to: text }
}

/** Whether the `k`-th number is the second of a range (numbers come in pairs for ranges). */
function isSecond(numbers: readonly { role: string }[], k: number): boolean {
  let index = 0
  while (index < k) index += numbers[index]!.role === 'alone' ? 1 : 2
  return index > k
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k)
