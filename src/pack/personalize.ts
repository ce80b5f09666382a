// Per-student quizzes without a parse per student. A version's quiz is filled and parsed
// once with placeholders for the student's name, id and group; each student's tree is that
// tree with the placeholders' text replaced, sharing every node that does not hold
// them (so layout measured for one student is reused for the next).
//
// This gives exactly the tree that filling and parsing the student's own Markdown
// gives, because a name reaches the Markdown escaped (fill/escape.ts): white space
// folded and every ASCII punctuation character backslash-escaped, so it can only ever
// be literal text, which the parser hands back unescaped. What could still differ is
// how the parser reads what is around a name, so the shortcut is only taken when the
// placeholder's neighbours cannot change with the name: each placeholder lies in a
// text node, is flanked by no ASCII punctuation (no `*` or `_` run, `&`, `:` or `\`
// whose reading depends on the next character) and the document defines no link
// references. Otherwise (a custom template, say) the caller fills and parses per
// student. tests/personalize.test.ts compares both ways on hostile names.
import type { Nodes, Parent, Root, RootContent, Text } from 'mdast'
import { EXIT, visit } from 'unist-util-visit'
import type { Student } from '../roster/model.js'

/** One placeholder per field, from Unicode's private use area: never in escaped text we make. */
const NAME = '\uE000'
const ID = '\uE001'
const GROUP = '\uE002'
const OTHER_NAME = '\uE003'
const OTHER_ID = '\uE004'
const OTHER_GROUP = '\uE005'
const PRIVATE = /[\uE000-\uE005]/
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/

/** A version's quiz tree with placeholders, ready to take any student's name, id and group. */
export interface QuizShape {
  /** The tree with placeholders; never handed out, only copied from. */
  readonly tree: Root
  /** Child-index paths from the root to every text node holding a placeholder. */
  readonly paths: ReadonlyArray<readonly number[]>
}

const NAMED = ':name['

/** The placeholder students of a shape: `hasId` and `hasGroup` say whether the template's id and group branches are taken. */
export function placeholders(hasId: boolean, hasGroup: boolean): { student: Student; other: Student } {
  return {
    student: { name: NAME, id: hasId ? ID : null, group: hasGroup ? GROUP : null },
    other: { name: OTHER_NAME, id: hasId ? OTHER_ID : null, group: hasGroup ? OTHER_GROUP : null }
  }
}

/**
 * Make a shape from a quiz filled twice, with the two placeholder students of
 * `placeholders`: `markdown` and `other`, and `tree`, the parse of `markdown`. Null
 * when students' trees cannot safely be made by substitution.
 */
export function quizShape(markdown: string, other: string, tree: Root): QuizShape | null {
  // Filled with other placeholders, the Markdown must differ in exactly those: then no
  // placeholder character came from anywhere but the student fields.
  if (markdown.replaceAll(NAME, OTHER_NAME).replaceAll(ID, OTHER_ID).replaceAll(GROUP, OTHER_GROUP) !== other) return null
  let count = 0
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!
    if (c !== NAME && c !== ID && c !== GROUP) continue
    count++
    const before = markdown[i - 1] ?? '\n'
    const after = markdown[i + 1] ?? '\n'
    // A name alone in its `:name[…]` directive is safe: the escaped name cannot close the label.
    if (markdown.slice(i - NAMED.length, i) === NAMED && after === ']') continue
    if (ASCII_PUNCTUATION.test(before) || ASCII_PUNCTUATION.test(after)) return null
  }
  const paths: number[][] = []
  // Each parent's path from the root, so a node's is its parent's and its index.
  const pathOf = new Map<Nodes, number[]>([[tree, []]])
  let found = 0
  let safe = true
  visit(tree, (node, index, parent) => {
    const path = parent === undefined || index === undefined ? [] : [...pathOf.get(parent)!, index]
    if ('children' in node) pathOf.set(node, path)
    if (node.type === 'definition') safe = false
    for (const [key, value] of Object.entries(node)) {
      if (key === 'children') continue
      if (node.type === 'text' && key === 'value') continue
      if (JSON.stringify(value ?? null).match(PRIVATE)) safe = false
    }
    if (!safe) return EXIT
    if (node.type === 'text') {
      const n = [...node.value].filter((c) => c === NAME || c === ID || c === GROUP).length
      if (n > 0) {
        found += n
        paths.push(path)
      }
    }
  })
  return safe && found === count ? { tree, paths } : null
}

/** The text a name, id or group becomes in the tree: as escaped for Markdown, then read back. */
export function asText(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/**
 * The tree of `shape` for `student`; undefined when the student's name, id or group holds
 * a character that the substitution cannot stand for (a placeholder, or NUL, which the
 * parser replaces).
 */
export function personalize(shape: QuizShape, student: Student): Root | undefined {
  const name = asText(student.name)
  const id = student.id === null ? '' : asText(student.id)
  const group = student.group === null ? '' : asText(student.group)
  if (/[\uE000-\uE005\0]/.test(name + id + group)) return undefined
  const root: Root = { ...shape.tree, children: [...shape.tree.children] }
  for (const path of shape.paths) {
    let parent: Parent = root
    for (let depth = 0; depth < path.length - 1; depth++) {
      const index = path[depth]!
      const original = parent.children[index] as Parent
      // Copy each node on the way down once; nodes already copied for another path are kept.
      let copy = original
      if (copies.get(original) !== root) {
        copy = { ...original, children: [...original.children] } as Parent
        copies.set(copy, root)
        parent.children[index] = copy as RootContent
      }
      parent = copy
    }
    const index = path[path.length - 1]!
    const text = parent.children[index] as Text
    // Replacer functions: a name may hold `$&` or `$$`, which a replacement string would interpret.
    parent.children[index] = { ...text, value: text.value.replaceAll(NAME, () => name).replaceAll(ID, () => id).replaceAll(GROUP, () => group) }
  }
  return root
}

// Which personalized root a copied node belongs to, so two paths through one parent copy it once.
const copies = new WeakMap<object, Root>()
