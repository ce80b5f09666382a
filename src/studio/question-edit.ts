// "Edit question": a quiz item's stem, claims and (for choice items) options' text,
// feedback and correctness, written back into questions.yaml field by field. Only a field
// whose value changed is rewritten (its key and value lines, in the file's indentation);
// every other byte of the file stays as it was, the item's comments and layout included.
import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type Node as YamlNode } from 'yaml'
import { afterLine, block, lineStart, parseStrict, SpliceError, styleOf, type Styles } from './yaml-splice.js'

/** What the form sends for one option. */
export interface OptionEdit {
  text: string
  correct: boolean
  feedback: string
}

/** What the form sends: the fields it edits. Options only for items that have them, and as many as the item has. */
export interface QuestionEdit {
  id: string
  stem: string
  claims: string[]
  options?: OptionEdit[]
}

interface Splice {
  from: number
  to: number
  text: string
}

const STYLES: Styles = { claims: 'flow' }

/** questions.yaml's `text` with `edit` applied to the quiz item of its id; the unchanged fields keep their bytes. */
export function editQuestion(text: string, edit: QuestionEdit): string {
  const doc = parseStrict(text, 'questions.yaml')
  const quiz = isMap(doc.contents) ? (doc.contents as YAMLMap).get('quiz', true) : undefined
  const item = isSeq(quiz) ? (quiz.items as YamlNode[]).find((node) => isMap(node) && scalarOf(node, 'id') === edit.id) : undefined
  // A question removed meanwhile (in an editor) is said to be gone, not to be written wrongly.
  if (!item) throw new SpliceError(`Unexpected question \`${edit.id}\`, expected a quiz item of that id in questions.yaml: it is no longer there (removed or renamed in an editor?), so nothing was written`)
  if (!isMap(item) || item.flow) throw new SpliceError(`Unexpected question \`${edit.id}\` that is not a quiz item written one field per line in questions.yaml, expected one: edit it in your editor`)
  const splices: Splice[] = []
  setField(text, item, 'stem', edit.stem, splices)
  setField(text, item, 'claims', edit.claims, splices)
  if (edit.options) {
    const options = item.get('options', true)
    if (!isSeq(options) || options.flow || options.items.length !== edit.options.length) throw new SpliceError(`Unexpected options for \`${edit.id}\`, expected as many as questions.yaml gives it (${isSeq(options) ? options.items.length : 0}): add or remove options in your editor`)
    edit.options.forEach((option, i) => {
      const node = options.items[i] as YamlNode
      if (!isMap(node) || node.flow) throw new SpliceError(`Unexpected option ${i + 1} of \`${edit.id}\` that is not written one field per line, expected one: edit it in your editor`)
      setField(text, node, 'text', option.text, splices)
      setField(text, node, 'feedback', option.feedback, splices)
      setCorrect(text, node, option.correct, splices)
    })
  }
  let result = text
  for (const s of splices.sort((a, b) => b.from - a.from)) result = result.slice(0, s.from) + s.text + result.slice(s.to)
  const check = parseStrict(result, 'questions.yaml').toJS() as { quiz?: Array<Record<string, unknown>> }
  const written = check.quiz?.find((q) => q.id === edit.id)
  const options = written?.options as Array<Record<string, unknown>> | undefined
  const same = written && written.stem === edit.stem && JSON.stringify(written.claims) === JSON.stringify(edit.claims) && (!edit.options || edit.options.every((o, i) => options?.[i]?.text === o.text && options[i]?.feedback === o.feedback && (options[i]?.correct === true) === o.correct))
  if (!same) throw new SpliceError(`Unexpected layout of \`${edit.id}\` in questions.yaml, expected one the studio can edit: edit it in your editor`)
  return result
}

function scalarOf(map: YAMLMap, key: string): unknown {
  const node = map.get(key, true)
  return isScalar(node) ? node.value : undefined
}

function pairOf(map: YAMLMap, key: string): Pair<YamlNode, YamlNode | null> | undefined {
  return (map.items as Array<Pair<YamlNode, YamlNode | null>>).find((p) => isScalar(p.key) && p.key.value === key)
}

/** Rewrite `key: value` where it stands when the value changed (or add it after the map's last field). */
function setField(text: string, map: YAMLMap, key: string, value: string | string[], splices: Splice[]): void {
  const pair = pairOf(map, key)
  const old = pair?.value
  const current = isScalar(old) ? old.value : isSeq(old) ? old.items.map((i) => (isScalar(i) ? i.value : undefined)) : undefined
  if (JSON.stringify(current) === JSON.stringify(value)) return
  const first = (map.items[0] as Pair<YamlNode>).key.range![0]
  const indent = first - lineStart(text, first)
  // A value is written as its old one was (a folded stem stays folded, a quoted one quoted).
  const was = styleOf(old)
  const lines = block({ [key]: value }, ' '.repeat(indent), indent, was === undefined ? STYLES : { ...STYLES, [key]: was })
  if (pair) {
    const from = lineStart(text, pair.key.range![0])
    // The first field of a list item shares its line with `- `: keep that prefix.
    const start = pair.key.range![0] === first ? first : from
    const body = start === first ? lines.slice(indent) : lines
    splices.push({ from: start, to: afterLine(text, (old ?? pair.key).range![2]), text: body })
  } else {
    splices.push({ from: afterLine(text, map.range![2]), to: afterLine(text, map.range![2]), text: lines })
  }
}

/** `correct: true` on a right option, no `correct` on a wrong one (as questions.yaml writes them). */
function setCorrect(text: string, map: YAMLMap, correct: boolean, splices: Splice[]): void {
  const pair = pairOf(map, 'correct')
  const now = isScalar(pair?.value) && pair.value.value === true
  if (now === correct) return
  if (pair) {
    const from = lineStart(text, pair.key.range![0])
    splices.push({ from, to: afterLine(text, (pair.value ?? pair.key).range![2]), text: correct ? `${' '.repeat(pair.key.range![0] - from)}correct: true\n` : '' })
    return
  }
  const textPair = pairOf(map, 'text')!
  const first = (map.items[0] as Pair<YamlNode>).key.range![0]
  const indent = first - lineStart(text, first)
  const at = afterLine(text, (textPair.value ?? textPair.key).range![2])
  splices.push({ from: at, to: at, text: `${' '.repeat(indent)}correct: true\n` })
}

/** The lines of each edited field of the quiz item `id` in `text` (`stem`, `claims`, `options.2.text`, …), and of the whole item. */
export function fieldLines(text: string, id: string): { item: [number, number] | undefined; fields: Array<{ field: string; from: number; to: number }> } {
  const doc = parseStrict(text, 'questions.yaml')
  const quiz = isMap(doc.contents) ? (doc.contents as YAMLMap).get('quiz', true) : undefined
  const item = isSeq(quiz) ? (quiz.items as YamlNode[]).find((node) => isMap(node) && scalarOf(node, 'id') === id) : undefined
  const line = (offset: number) => text.slice(0, offset).split('\n').length
  if (!item || !isMap(item)) return { item: undefined, fields: [] }
  const fields: Array<{ field: string; from: number; to: number }> = []
  const add = (map: YAMLMap, key: string, name: string) => {
    const pair = pairOf(map, key)
    // A block value's range ends past its last newline: its last line is the one before.
    if (pair) fields.push({ field: name, from: line(pair.key.range![0]), to: line(Math.max(pair.key.range![0], (pair.value ?? pair.key).range![1] - 1)) })
  }
  add(item, 'stem', 'stem')
  add(item, 'claims', 'claims')
  const options = item.get('options', true)
  if (isSeq(options)) {
    options.items.forEach((node, i) => {
      if (!isMap(node)) return
      for (const key of ['text', 'feedback', 'correct', 'claim']) add(node, key, `options.${i}.${key}`)
    })
  }
  return { item: [line(item.range![0]), line(Math.max(item.range![0], item.range![1] - 1))], fields }
}
