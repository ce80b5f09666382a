// Compile and fill Handlebars templates (read by load/templates.ts). Templates run in
// strict mode with only the built-in block helpers, so they can do nothing but lay out
// the view model they are given; every view is escaped for its target language before
// filling, so no template can turn input text into markup.
import Handlebars from 'handlebars'
import { createHash } from 'node:crypto'
import type { VFile } from 'vfile'
import type { TemplateSources } from '../load/templates.js'
import { code, error } from '../messages.js'

type HbsNode = { type: string; loc?: { start: { line: number; column: number } }; name?: { original?: unknown }; [key: string]: unknown }

const HELPERS = ['if', 'unless', 'each', 'with'] as const

/** What every template is compiled with, and the built-in ones precompiled with (`precompile`). */
const OPTIONS: CompileOptions = { strict: true, noEscape: true, knownHelpers: { ...Object.fromEntries(HELPERS.map((h) => [h, true])), lookup: false, log: false }, knownHelpersOnly: true }
type CompileOptions = Parameters<typeof Handlebars.precompile>[1]

type TemplateSpecification = Parameters<typeof Handlebars.template>[0]

/**
 * For scripts/bundle.mjs: the template `text` precompiled, as the JavaScript of Handlebars'
 * spec, with the partials it uses; undefined when it does not compile (the build reports it).
 */
export function precompile(text: string): { spec: string; partials: string[] } | undefined {
  try {
    const ast = Handlebars.parse(text)
    return { spec: Handlebars.precompile(ast, OPTIONS) as string, partials: [...partialNames(ast)] }
  } catch {
    return undefined
  }
}

/** The key a precompiled template is found by: the sha256 of its text. */
export const templateKey = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Compiled templates, ready to fill. */
export interface Templates {
  /** The filled text of a template, or undefined when filling failed (the message is on the template's file). */
  fill(name: string, view: object): string | undefined
  /** The file of the template `name`, for messages about what it made. */
  source(name: string): VFile | undefined
  /** The template files, partials first, with any messages about them. */
  files: VFile[]
}

/** Compile every template and partial of `sources`; problems are messages on their files. */
export function compileTemplates(sources: TemplateSources): Templates {
  const hb = Handlebars.create()
  // Block helpers only: no `log` or `lookup`, so templates cannot reach outside the view.
  for (const name of Object.keys(hb.helpers)) if (!(HELPERS as readonly string[]).includes(name)) hb.unregisterHelper(name)
  const { partials } = sources
  const files: VFile[] = [...partials.values(), ...sources.templates.values()]

  const compiled = new Map<string, { file: VFile; run: Handlebars.TemplateDelegate }>()
  const compile = (file: VFile): Handlebars.TemplateDelegate | undefined => {
    // Precompiled, unless it uses a partial this build lacks (then the parse below says so).
    const ready = sources.precompiled?.get(templateKey(String(file.value)))
    if (ready?.partials.every((name) => partials.has(name))) return hb.template(ready.spec as TemplateSpecification)
    const ast = parse(file)
    if (!ast) return undefined
    checkPartials(file, ast, partials)
    try {
      return hb.compile(ast as unknown as string, OPTIONS)
    } catch (cause) {
      report(file, cause)
      return undefined
    }
  }
  for (const [name, file] of partials) {
    const run = compile(file)
    // Tag errors raised inside a partial with its file, so messages point there.
    if (run) {
      hb.registerPartial(name, ((context: unknown, options: unknown) => {
        try {
          return run(context, options as Handlebars.RuntimeOptions)
        } catch (cause) {
          if (cause && typeof cause === 'object' && !(cause as { partial?: VFile }).partial) (cause as { partial?: VFile }).partial = file
          throw cause
        }
      }) as Handlebars.TemplateDelegate)
    }
  }
  for (const [name, file] of sources.templates) {
    const run = compile(file)
    if (run) compiled.set(name, { file, run })
  }

  return {
    files,
    source: (name) => sources.templates.get(name),
    fill(name, view) {
      const template = compiled.get(name)
      if (!template) return undefined
      try {
        return template.run(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false })
      } catch (cause) {
        report((cause as { partial?: VFile }).partial ?? template.file, cause, partials)
        return undefined
      }
    }
  }
}

function parse(file: VFile): HbsNode | undefined {
  try {
    return Handlebars.parse(String(file.value)) as unknown as HbsNode
  } catch (cause) {
    const e = cause as Error & { lineNumber?: number; column?: number }
    const message = e.message
    const mismatch = /^(\S+) doesn't match (\S+)/.exec(message)
    if (mismatch && e.lineNumber) {
      error(file, `Unexpected \`{{/${mismatch[2]}}}\`, expected \`{{/${mismatch[1]}}}\` to close the block opened here`, { line: e.lineNumber, column: (e.column ?? 0) + 1 }, 'template-syntax')
      return undefined
    }
    // The parser reports "Parse error on line N:" followed by the line and a caret.
    const line = Number(/on line (\d+)/.exec(message)?.[1] ?? e.lineNumber ?? 1)
    const caret = message.split('\n').find((l) => /^-*\^$/.test(l))
    const expecting = /Expecting (.*?), got (.*)$/m.exec(message)
    const words = (tokens: string): string => [...new Set(tokens.split(', ').map((t) => TOKENS[t.replace(/'/g, '')] ?? t.replace(/'/g, '')))].join(' or ')
    const reason = expecting ? `Unexpected ${words(expecting[2]!)}, expected ${words(expecting[1]!)}` : `Unexpected template syntax: ${message.split('\n')[0]}`
    error(file, reason, { line, column: caret ? caret.length : 1 }, 'template-syntax')
    return undefined
  }
}

/** Handlebars' token names, in the words a template author knows. */
const TOKENS: Record<string, string> = {
  EOF: 'end of template',
  OPEN_ENDBLOCK: '`{{/…}}` closing the open block',
  OPEN_INVERSE_CHAIN: '`{{else …}}`',
  INVERSE: '`{{else}}`',
  CLOSE: '`}}`',
  CLOSE_UNESCAPED: '`}}}`',
  OPEN: '`{{`',
  ID: 'a field name',
  STRING: 'a string',
  NUMBER: 'a number',
  INVALID: 'an invalid character'
}

/** The names of the partials a template uses. */
function partialNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => partialNames(n, names))
  else if (node && typeof node === 'object') {
    const n = node as HbsNode
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && typeof n.name?.original === 'string') names.add(n.name.original)
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && value && typeof value === 'object') partialNames(value, names)
  }
  return names
}

/** A partial that does not exist is reported where it is used, before anything runs. */
function checkPartials(file: VFile, node: unknown, partials: ReadonlyMap<string, VFile>): void {
  if (Array.isArray(node)) return node.forEach((n) => checkPartials(file, n, partials))
  if (!node || typeof node !== 'object') return
  const n = node as HbsNode
  if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && typeof n.name?.original === 'string' && !partials.has(n.name.original)) {
    const known = [...partials.keys()].map((k) => '`' + k + '`').join(', ')
    error(file, `Unexpected partial ${code(n.name.original)}, expected one of ${known || 'the partials in templates/partials/'}`, point(n.loc), 'template-partial')
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && value && typeof value === 'object') checkPartials(file, value, partials)
}

function point(loc: HbsNode['loc']): { line: number; column: number } | undefined {
  return loc ? { line: loc.start.line, column: loc.start.column + 1 } : undefined
}

/** Turn a Handlebars exception into a message at its line:col in the template. */
function report(file: VFile, cause: unknown, partials?: ReadonlyMap<string, VFile>): void {
  const e = cause as Error & { lineNumber?: number; column?: number }
  const at = e.lineNumber ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : undefined
  const message = e.message.replace(/ - \d+:\d+$/, '')
  const missing = /^"(.+)" not defined in/.exec(message)
  const helper = /unknown helper (\S+)/.exec(message)
  if (missing) error(file, `Unexpected field ${code(missing[1])}, expected a field of this template's view model (see the README)`, at, 'template-field')
  else if (helper) error(file, `Unexpected helper ${code(helper[1])}, expected one of ${HELPERS.map((h) => '`' + h + '`').join(', ')}`, at, 'template-helper')
  else if (partials && /partial/.test(message)) error(file, `Unexpected partial: ${message}`, at, 'template-partial')
  else error(file, `Unexpected template error: ${message}`, at, 'template-error')
}
