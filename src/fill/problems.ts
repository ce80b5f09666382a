// What a teacher's template gets wrong, found in its syntax tree before anything is filled:
// partials that do not exist, helpers classpack does not have, and fields that are not in
// the template's view model (view-models.ts). Every problem of every template is found in
// one pass, fields too, in branches a build would take or not (strict mode alone stops at
// the first field a fill reaches), each with the name most likely meant.
import type { VFile } from 'vfile'
import { code, error, type Point } from '../messages.js'
import { closest } from '../yaml/decode.js'
import type { Shape } from './view-models.js'

/** The helpers templates may use: block helpers only, so templates can do nothing but lay out their view. */
export const HELPERS = ['if', 'unless', 'each', 'with'] as const

/** A node of Handlebars' syntax tree, as much of it as these checks read. */
export interface TreeNode {
  type: string
  loc?: { start: { line: number; column: number } }
  [key: string]: unknown
}
interface PathNode extends TreeNode {
  type: 'PathExpression'
  data: boolean
  depth: number
  parts: string[]
  original: string
}
interface ProgramNode extends TreeNode {
  body: TreeNode[]
  blockParams?: string[]
}

/** A parsed template or partial and its file. */
export interface Tree {
  file: VFile
  ast: TreeNode
}

/**
 * Records each problem once: a partial used in several places, or by several templates,
 * is walked more than once, and says a problem of its own only once.
 */
export class Problems {
  private readonly said = new Set<string>()

  error(file: VFile, reason: string, place: Point | undefined, rule: string): void {
    // One message per place and kind: a partial's field is unknown wherever it is used.
    const key = `${file.path}\0${place?.line}:${place?.column}\0${rule}`
    if (this.said.has(key)) return
    this.said.add(key)
    error(file, reason, place, rule)
  }
}

const point = (node: TreeNode | undefined): Point | undefined => (node?.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : undefined)
const isPath = (node: unknown): node is PathNode => (node as TreeNode | undefined)?.type === 'PathExpression'
const isHelper = (name: string): boolean => (HELPERS as readonly string[]).includes(name)
const helperList = (): string => HELPERS.map((h) => code(h)).join(', ')
const children = (node: TreeNode): TreeNode[] => Object.entries(node).flatMap(([key, value]) => (key === 'loc' || !value || typeof value !== 'object' ? [] : Array.isArray(value) ? value.filter((v): v is TreeNode => Boolean(v) && typeof v === 'object') : [value as TreeNode]))

/** The name a partial statement names (`header` for `{{> header}}`), or undefined for a partial chosen as it runs. */
function partialOf(node: TreeNode): string | undefined {
  const name = node.name as { type?: string; original?: unknown } | undefined
  return name && name.type !== 'SubExpression' && typeof name.original === 'string' ? name.original : undefined
}

/** The inline partials a template defines (`{{#*inline "name"}}…{{/inline}}`), by name. */
export function inlinePartials(node: TreeNode, found = new Map<string, TreeNode>()): Map<string, TreeNode> {
  if (node.type === 'DecoratorBlock' && isPath(node.path) && node.path.original === 'inline') {
    const name = (node.params as TreeNode[] | undefined)?.[0] as { value?: unknown } | undefined
    if (typeof name?.value === 'string') found.set(name.value, node.program as TreeNode)
  }
  for (const child of children(node)) inlinePartials(child, found)
  return found
}

/** The names of the partials a template uses. */
export function partialNames(node: TreeNode, names = new Set<string>()): Set<string> {
  if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
    const name = partialOf(node)
    if (name !== undefined) names.add(name)
  }
  for (const child of children(node)) partialNames(child, names)
  return names
}

/**
 * The partials a template or partial includes by name, each once, at its first `{{> …}}`:
 * not the inline partials it defines, nor `@partial-block`.
 */
export function partialUses(ast: TreeNode): { name: string; place: Point | undefined }[] {
  const inline = inlinePartials(ast)
  const uses = new Map<string, Point | undefined>()
  const visit = (node: TreeNode): void => {
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const name = partialOf(node)
      if (name !== undefined && name !== '@partial-block' && !inline.has(name) && !uses.has(name)) uses.set(name, point(node))
    }
    for (const child of children(node)) visit(child)
  }
  visit(ast)
  return [...uses].map(([name, place]) => ({ name, place }))
}

/**
 * The problems a template's tree shows by itself: a partial that neither `partials` nor the
 * template has, a helper or block classpack does not have, a block helper without its one
 * value. Returns the partials it names that do not exist.
 */
export function checkTree(tree: Tree, partials: ReadonlySet<string>, problems: Problems): string[] {
  const { file, ast } = tree
  const inline = inlinePartials(ast)
  const missing: string[] = []
  const visit = (node: TreeNode): void => {
    switch (node.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const name = partialOf(node)
        if (name !== undefined && !partials.has(name) && !inline.has(name) && name !== '@partial-block') {
          missing.push(name)
          const known = [...partials]
          const list = known.map((k) => code(k)).join(', ')
          const meant = closest(name, known)
          const expected = meant ? `${code(meant)} (one of ${list})` : known.length ? `one of ${list}` : 'a partial in `partials/`'
          problems.error(file, `Unexpected partial ${code(name)}, expected ${expected}`, point(node), 'template-partial')
        }
        break
      }
      case 'MustacheStatement':
      case 'SubExpression': {
        const path = node.path
        const called = ((node.params as unknown[] | undefined)?.length ?? 0) > 0 || node.hash !== undefined
        if (isPath(path) && (called || node.type === 'SubExpression') && !isHelper(path.original)) {
          problems.error(file, `Unexpected helper ${code(path.original)}, expected one of ${helperList()}`, point(node), 'template-helper')
        } else if (isPath(path) && node.type === 'MustacheStatement' && isHelper(path.original)) {
          problems.error(file, `Unexpected ${code(`{{${path.original} …}}`)}, expected a block: ${code(`{{#${path.original} …}}`)} … ${code(`{{/${path.original}}}`)}`, point(node), 'template-helper')
        }
        break
      }
      case 'BlockStatement': {
        const path = node.path as PathNode
        const params = (node.params as TreeNode[] | undefined) ?? []
        if (!isHelper(path.original)) {
          const repeat = params.length === 0 && !path.data ? ` (${code(`{{#each ${path.original}}}`)} repeats for each entry of ${code(path.original)}, ${code(`{{#if ${path.original}}}`)} tests it)` : ''
          problems.error(file, `Unexpected block ${code(`{{#${path.original}}}`)}, expected one of ${HELPERS.map((h) => code(`{{#${h} …}}`)).join(', ')}${repeat}`, point(node), 'template-helper')
          return
        }
        if (params.length === 0) {
          problems.error(file, `Unexpected ${code(`{{#${path.original}}}`)} without a value, expected one, such as ${code(`{{#${path.original} ${path.original === 'each' ? 'items' : 'student'}}}`)}`, point(node), 'template-helper')
        } else if (params.length > 1) {
          problems.error(file, `Unexpected second value in ${code(`{{#${path.original} …}}`)}, expected one value`, point(params[1]), 'template-helper')
        }
        break
      }
    }
    for (const child of children(node)) visit(child)
  }
  visit(ast)
  return missing
}

/** A context a template's fields are looked up in: a value of the view, and what to call it. */
interface Frame {
  /** Undefined where the view's shape is not known (a partial's chosen as it runs): nothing in it is checked. */
  shape: Shape | undefined
  /** What a message calls it: "this template's view model", "an entry of `items`". */
  name: string
}

interface Scope {
  file: VFile
  /** The contexts, outermost (the view) first: `../` steps out of the last. */
  stack: readonly Frame[]
  root: Frame
  /** Block parameters in scope (`{{#each items as |item|}}`). */
  params: ReadonlyMap<string, Frame>
  /** Inside `{{#each}}`: `@index` and kin have a value. */
  inEach: boolean
  /** Inline partials in scope, by name. */
  inline: ReadonlyMap<string, TreeNode>
  /** The partials being walked, so a partial that uses itself is walked once. */
  chain: readonly string[]
}

const VALUE: Shape = { kind: 'value' }
const EACH_DATA = ['index', 'key', 'first', 'last']

/**
 * Check every field `tree` (a template) uses against `model`, its view model, following
 * its partials (`partial` finds their trees): each field not in it is an error at the
 * file and line:col it is written at, naming the field meant where one is close.
 */
export function checkFields(tree: Tree, model: Shape, partial: (name: string) => Tree | undefined, problems: Problems): void {
  const root: Frame = { shape: model, name: "this template's view model" }
  walk(tree.ast, { file: tree.file, stack: [root], root, params: new Map(), inEach: false, inline: inlinePartials(tree.ast), chain: [] }, partial, problems)
}

function walk(node: TreeNode | undefined, scope: Scope, partial: (name: string) => Tree | undefined, problems: Problems): void {
  if (!node) return
  if (node.type === 'Program') {
    for (const statement of (node as ProgramNode).body) walk(statement, scope, partial, problems)
    return
  }
  const value = (expression: unknown): Shape | undefined => evaluate(expression, scope, problems)
  const hash = (): void => {
    for (const pair of ((node.hash as { pairs?: Array<{ value: unknown }> } | undefined)?.pairs ?? [])) value(pair.value)
  }
  const params = (node.params as TreeNode[] | undefined) ?? []
  switch (node.type) {
    case 'MustacheStatement': {
      // A helper's name is no field (checkTree says when it is no helper either).
      if (params.length === 0 && node.hash === undefined) value(node.path)
      params.forEach(value)
      hash()
      return
    }
    case 'BlockStatement': {
      const helper = (node.path as PathNode).original
      if (!isHelper(helper)) return
      // Only the first value counts (checkTree says when there are more).
      const subject = params[0] === undefined ? undefined : value(params[0])
      hash()
      const program = node.program as ProgramNode | undefined
      const written = isPath(params[0]) ? params[0].original : undefined
      if (helper === 'if' || helper === 'unless') {
        walk(program, scope, partial, problems)
      } else if (helper === 'with') {
        const frame: Frame = { shape: subject, name: written ? code(written) : 'its value' }
        walk(program, inner(scope, frame, program?.blockParams, [frame]), partial, problems)
      } else {
        if (subject?.kind === 'value' && written) {
          problems.error(scope.file, `Unexpected ${code(`{{#each ${written}}}`)} over ${code(written)}, a single value, expected a list to repeat for each of its entries`, point(params[0]), 'template-field')
        }
        const frame: Frame = { shape: subject?.kind === 'list' ? subject.of : undefined, name: written ? `an entry of ${code(written)}` : 'an entry' }
        walk(program, { ...inner(scope, frame, program?.blockParams, [frame, { shape: VALUE, name: 'its number' }]), inEach: true }, partial, problems)
      }
      walk(node.inverse as TreeNode | undefined, scope, partial, problems)
      return
    }
    case 'PartialStatement':
    case 'PartialBlockStatement': {
      const context = params[0] === undefined ? undefined : { shape: value(params[0]), name: isPath(params[0]) ? code(params[0].original) : 'its value' }
      const pairs = (node.hash as { pairs?: Array<{ key: string; value: unknown }> } | undefined)?.pairs ?? []
      const name = partialOf(node)
      const inline = name === undefined ? undefined : scope.inline.get(name)
      const here = scope.stack[scope.stack.length - 1]!
      // In a partial's own file, the view it gets is that of the templates using it.
      let frame: Frame = context ?? (here === scope.root && !inline ? { shape: here.shape, name: 'the view model of the templates that use it' } : here)
      if (pairs.length) {
        const fields = new Map(frame.shape?.kind === 'fields' ? frame.shape.fields : [])
        for (const pair of pairs) fields.set(pair.key, value(pair.value) ?? VALUE)
        frame = { shape: frame.shape === undefined || frame.shape.kind === 'fields' ? { kind: 'fields', fields } : frame.shape, name: frame.name }
      }
      if (node.type === 'PartialBlockStatement') walk(node.program as TreeNode, scope, partial, problems)
      if (name === undefined || scope.chain.includes(name)) return
      const found = inline ? { file: scope.file, ast: inline } : partial(name)
      if (!found) return
      const own = inline ? scope.inline : new Map([...scope.inline, ...inlinePartials(found.ast)])
      walk(found.ast, { file: found.file, stack: context || pairs.length ? [...scope.stack, frame] : [...scope.stack.slice(0, -1), frame], root: scope.root, params: new Map(), inEach: scope.inEach, inline: own, chain: [...scope.chain, name] }, partial, problems)
      return
    }
  }
}

/** The scope inside a block that changes the context to `frame`, with its block parameters. */
function inner(scope: Scope, frame: Frame, names: readonly string[] | undefined, values: readonly Frame[]): Scope {
  const params = new Map(scope.params)
  names?.forEach((name, i) => {
    if (values[i]) params.set(name, values[i]!)
  })
  return { ...scope, stack: [...scope.stack, frame], params }
}

/** The shape of an expression's value, after reporting what it names that the view lacks; undefined when unknown. */
function evaluate(expression: unknown, scope: Scope, problems: Problems): Shape | undefined {
  const node = expression as TreeNode | undefined
  if (!node) return undefined
  if (node.type === 'SubExpression') {
    for (const param of (node.params as TreeNode[] | undefined) ?? []) evaluate(param, scope, problems)
    for (const pair of ((node.hash as { pairs?: Array<{ value: unknown }> } | undefined)?.pairs ?? [])) evaluate(pair.value, scope, problems)
    return undefined
  }
  if (!isPath(node)) return VALUE
  return lookup(node, scope, problems)
}

/** The shape at `path` in `scope`; a segment the view lacks is an error, reported where the path is written. */
function lookup(path: PathNode, scope: Scope, problems: Problems): Shape | undefined {
  const at = point(path)
  const say = (reason: string): undefined => {
    problems.error(scope.file, reason, at, 'template-field')
    return undefined
  }
  let parts = path.parts
  let frame: Frame | undefined
  /** The path as written before `parts`: `../`, `this.`, `@root.`, `item.`. */
  let prefix = ''
  /** What a message calls the context, when it is a block parameter. */
  let named: string | undefined
  let outer: readonly Frame[] = []
  if (path.data) {
    const [head = '', ...rest] = parts
    if (head === 'root') {
      frame = scope.root
      prefix = '@root.'
      parts = rest
    } else if (EACH_DATA.includes(head)) {
      if (!scope.inEach) return say(`Unexpected ${code(`@${head}`)} outside \`{{#each}}\`, expected it inside an \`{{#each …}}\` block, whose entries it counts`)
      if (rest.length) return say(`Unexpected field ${code(rest[0])} of ${code(`@${head}`)}, expected none: ${code(`@${head}`)} is a single value`)
      return VALUE
    } else {
      const meant = closest(head, ['root', ...EACH_DATA])
      return say(`Unexpected ${code(`@${head}`)}, expected ${meant ? `${code(`@${meant}`)} or another of` : 'one of'} ${['root', ...EACH_DATA].map((d) => code(`@${d}`)).join(', ')}`)
    }
  } else {
    const scoped = /^(this([./]|$)|\.(\/|$))/.test(path.original)
    const param = !scoped && path.depth === 0 && parts.length > 0 ? scope.params.get(parts[0]!) : undefined
    if (param) {
      frame = param
      named = code(parts[0])
      prefix = `${parts[0]}.`
      parts = parts.slice(1)
    } else {
      const index = scope.stack.length - 1 - path.depth
      frame = scope.stack[index]
      if (!frame) {
        const most = scope.stack.length - 1
        return say(`Unexpected ${code(path.original)}, expected at most ${most} \`../\` here: ${most === 0 ? 'the view is the outermost context' : `${most} block${most === 1 ? '' : 's'} around it change${most === 1 ? 's' : ''} the context`}`)
      }
      prefix = scoped ? 'this.' : '../'.repeat(path.depth)
      if (!scoped) outer = scope.stack.slice(0, index)
    }
  }
  let shape = frame.shape
  for (const [i, part] of parts.entries()) {
    if (shape === undefined) return undefined
    const owner = i === 0 ? (named ?? frame.name) : code(prefix + parts.slice(0, i).join('.'))
    const of = i === 0 && named === undefined ? '' : ` of ${owner}`
    if (shape.kind === 'value') {
      return say(`Unexpected field ${code(part)} of ${owner}, expected none: ${owner} is a single value (text, a number), which has no fields`)
    }
    if (shape.kind === 'list') {
      if (/^\d+$/.test(part)) shape = shape.of
      else if (part === 'length') shape = VALUE
      else return say(`Unexpected field ${code(part)}${of}, a list, expected \`{{#each …}}\` over it to reach the fields of its entries`)
    } else {
      const next = shape.fields.get(part)
      if (next === undefined) return say(unknownField(part, of, owner, shape.fields, i === 0 ? outer : [], path.depth))
      shape = next
    }
  }
  return shape
}

/**
 * "Unexpected field `stme`, expected `stem` or another field of an entry of `items`"; for a
 * field of an outer context (the view's, used inside `{{#each}}`), how to reach it from there.
 */
function unknownField(part: string, of: string, owner: string, fields: ReadonlyMap<string, Shape>, outer: readonly Frame[], depth: number): string {
  const meant = closest(part, [...fields.keys()])
  const reason = `Unexpected field ${code(part)}${of}, expected ${meant ? `${code(meant)} or another field` : 'a field'} of ${owner} (see the README)`
  if (meant) return reason
  for (let up = 1; up <= outer.length; up++) {
    const frame = outer[outer.length - up]!
    if (frame.shape?.kind === 'fields' && frame.shape.fields.has(part)) {
      const steps = code(`${'../'.repeat(depth + up)}${part}`)
      const reach = up === outer.length ? `${code(`@root.${part}`)} (or ${steps})` : steps
      return `${reason}: ${code(part)} is a field of ${frame.name}, reached from here as ${reach}`
    }
  }
  return reason
}
