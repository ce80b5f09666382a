// A teacher's templates (`--templates DIR`, a module's own `templates/`) are checked before
// anything is filled, by `build` and `check` alike: a syntax error at the real line:col in
// words a teacher reads, every unknown field of every template at once with the field
// meant, and a file that overrides nothing said so. The view models the fields are checked
// against are those the pack is filled with.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assembleModule } from '../src/assemble.js'
import { escapeView } from '../src/fill/escape.js'
import { compileTemplates, type Templates } from '../src/fill/templates.js'
import { parseShape, type Shape, viewModel } from '../src/fill/view-models.js'
import { buildPack, checkModule, formatMessages } from '../src/index.js'
import { loadModule, loadTemplates } from '../src/load.js'
import { fillDocument, htmlPage, type PageContext } from '../src/pack/document.js'
import { PACK_TEMPLATES, personalView, planPack } from '../src/pack/plan.js'
import { BUILTIN_TEMPLATES } from '../src/paths.js'
import { resolveSelection } from '../src/select/resolve.js'
import { DEMO, demoCopy, ROOT, TINY, tempDir } from './helpers/fixtures.js'
import { tryBuild } from './helpers/pack.js'

/** A folder holding `files` (path → text). */
function folder(files: Record<string, string>, dir = tempDir()): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

/** The messages about the templates `files` override with, as a build prints them (paths relative to their folder). */
function problems(files: Record<string, string>): string[] {
  const dir = folder(files)
  const templates = compileTemplates(loadTemplates([dir], PACK_TEMPLATES, dir))
  const text = formatMessages(templates.files)
  return text ? text.split('\n') : []
}

/** The built-in quiz with line `n` (1-based) replaced by `line`. */
function quizWith(n: number, line: string): string {
  const lines = builtIn('quiz.md.hbs').split('\n')
  lines[n - 1] = line
  return lines.join('\n')
}
const builtIn = (name: string): string => loadTemplates([], PACK_TEMPLATES).templates.get(name)?.value?.toString() ?? ''

/** Words of Handlebars' parser a message must never show. */
const JARGON = /\b[A-Z]{2,}_[A-Z_]+\b|\bEOF\b|\bINVALID\b|Expecting|Parse error|\bID\b/

describe('a syntax error', () => {
  it('is at the stray character, in words: `{{#if student}` lacks a brace', () => {
    const quiz = quizWith(8, '{{#if student}')
    expect(quiz.split('\n')[7]).toBe('{{#if student}')
    expect(problems({ 'quiz.md.hbs': quiz })).toEqual(['quiz.md.hbs:8:14: error: Unexpected `}`, expected `}}` to close `{{#if student`  [template-syntax]'])
  })

  it.each([
    ['{{#if x}}\nhello\n', '1:1: error: Unexpected `{{#if x}}` that is never closed, expected `{{/if}}` after it: the template ends with it still open'],
    ['a\n{{/if}}', '2:1: error: Unexpected `{{/if}}` with no block open, expected a `{{#if …}}` before it for it to close (or delete it)'],
    ['{{#each items}}{{else}}{{else}}{{/each}}', '1:24: error: Unexpected second `{{else}}` in `{{#each items}}`'],
    ['x\n  {{else}}', '2:3: error: Unexpected `{{else}}` outside a block, expected it between a block\'s opening'],
    ['{{title}}}', '1:8: error: Unexpected `}}}`, expected `}}` to close `{{title` (`}}}` closes only `{{{`)'],
    ['{{{title}}', '1:9: error: Unexpected `}}`, expected `}}}` to close `{{{title`'],
    ['{{ }}', '1:4: error: Unexpected `}}`, expected a name after `{{`'],
    ['{{> }}', '1:5: error: Unexpected `}}`, expected a name after `{{>`'],
    ['\n{{foo bar=}}', '2:11: error: Unexpected `}}`, expected a value after `bar=`'],
    ['{{title "bar}}', '1:9: error: Unexpected `"` that no `"` closes, expected text in quotes (`"…"`) or `}}` to close `{{title`'],
    ['ok\n{{!-- never closed', '2:1: error: Unexpected `{{!--` comment that is never closed, expected `--}}` to end it'],
    ['abc {{', '1:5: error: Unexpected end of the template, expected `}}` to close `{{`'],
    ['{{#if student}}{{#each items}}x{{/if}}', '1:32: error: Unexpected `{{/if}}`, expected `{{/each}}` to close the `{{#each items}}` opened at 1:16']
  ])('%j', (text, expected) => {
    const found = problems({ 'quiz.md.hbs': text })
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`quiz.md.hbs:${expected}`)
    expect(found[0]).toMatch(/\[template-syntax\]$/)
    expect(found[0]).not.toMatch(JARGON)
  })

  it('a block closed by another name is at the stray closing, naming where the block was opened (not at the name of the block opened)', () => {
    expect(problems({ 'answer-key.md.hbs': '# x\n\nabc {{#each items}}\nfoo\n   {{/if}}\n' })).toEqual([
      'answer-key.md.hbs:5:4: error: Unexpected `{{/if}}`, expected `{{/each}}` to close the `{{#each items}}` opened at 3:5  [template-syntax]'
    ])
    // Blocks closed before it, comments and escaped tags between are passed over.
    expect(problems({ 'quiz.md.hbs': '{{#if student}}\n{{#with student}}{{name}}{{/with}} {{!-- {{/with}} --}} \\{{/if}}\n{{#each items}}\n{{~/if~}}\n{{/if}}\n' })).toEqual([
      'quiz.md.hbs:4:1: error: Unexpected `{{~/if~}}`, expected `{{/each}}` to close the `{{#each items}}` opened at 3:1  [template-syntax]'
    ])
  })

  it('counts columns as an editor does: CRLF line ends, a byte order mark', () => {
    expect(problems({ 'quiz.md.hbs': '\uFEFF# {{title}}\r\n{{#if student}\r\nx\r\n', 'handout.md.hbs': '\uFEFF# {{titel}}\r\n' })).toEqual([
      "handout.md.hbs:1:5: error: Unexpected field `titel`, expected `title` or another field of this template's view model (see the README)  [template-field]",
      'quiz.md.hbs:2:14: error: Unexpected `}`, expected `}}` to close `{{#if student`  [template-syntax]'
    ])
  })

  it('in one template leaves the others checked, and is said once', () => {
    const found = problems({ 'quiz.md.hbs': '{{#if student}\n', 'handout.md.hbs': '# {{titel}}\n' })
    expect(found).toEqual([
      "handout.md.hbs:1:5: error: Unexpected field `titel`, expected `title` or another field of this template's view model (see the README)  [template-field]",
      'quiz.md.hbs:1:14: error: Unexpected `}`, expected `}}` to close `{{#if student`  [template-syntax]'
    ])
  })
})

describe('fields', () => {
  it('every unknown field of every template, each with the field meant', () => {
    expect(problems({ 'quiz.md.hbs': quizWith(2, '# {{strings.headng}} {{subtitle}}'), 'answer-key.md.hbs': '# {{titel}}\n{{#each items}}{{anser}}{{/each}}\n' })).toEqual([
      'quiz.md.hbs:2:5: error: Unexpected field `headng` of `strings`, expected `heading` or another field of `strings` (see the README)  [template-field]',
      "quiz.md.hbs:2:24: error: Unexpected field `subtitle`, expected `title` or another field of this template's view model (see the README)  [template-field]",
      "answer-key.md.hbs:1:5: error: Unexpected field `titel`, expected `title` or another field of this template's view model (see the README)  [template-field]",
      'answer-key.md.hbs:2:18: error: Unexpected field `anser`, expected `answer` or another field of an entry of `items` (see the README)  [template-field]'
    ])
  })

  it('in branches a build takes or not, and in the values blocks test and repeat (which strict mode lets by)', () => {
    const found = problems({ 'quiz.md.hbs': '{{#if stduent}}{{student.nmae}}{{/if}}\n{{#each itmes}}x{{/each}}\n{{#with student}}{{nmae}}{{/with}}\n' })
    expect(found).toEqual([
      "quiz.md.hbs:1:7: error: Unexpected field `stduent`, expected `student` or another field of this template's view model (see the README)  [template-field]",
      'quiz.md.hbs:1:18: error: Unexpected field `nmae` of `student`, expected `name` or another field of `student` (see the README)  [template-field]',
      "quiz.md.hbs:2:9: error: Unexpected field `itmes`, expected `items` or another field of this template's view model (see the README)  [template-field]",
      'quiz.md.hbs:3:20: error: Unexpected field `nmae`, expected `name` or another field of `student` (see the README)  [template-field]'
    ])
  })

  it('a field of the view used inside `{{#each}}` says how to reach it', () => {
    expect(problems({ 'quiz.md.hbs': '{{#each items}}{{title}}{{/each}}\n' })).toEqual([
      "quiz.md.hbs:1:18: error: Unexpected field `title`, expected a field of an entry of `items` (see the README): `title` is a field of this template's view model, reached from here as `@root.title` (or `../title`)  [template-field]"
    ])
  })

  it('paths, block parameters, `@` values and single values', () => {
    const found = problems({
      'quiz.md.hbs': '{{@root.strings.heading}} {{items.length}} {{items.[0].stem}} {{#each items as |item n|}}{{item.stem}} {{n}} {{@index}} {{../title}}{{#each options}}{{../../strings.headng}}{{/each}}{{/each}}\n{{title.length}} {{@index}} {{@indx}} {{../x}} {{item.stem}}\n'
    })
    expect(found).toEqual([
      'quiz.md.hbs:1:152: error: Unexpected field `headng` of `../../strings`, expected `heading` or another field of `../../strings` (see the README)  [template-field]',
      'quiz.md.hbs:2:3: error: Unexpected field `length` of `title`, expected none: `title` is a single value (text, a number), which has no fields  [template-field]',
      'quiz.md.hbs:2:20: error: Unexpected `@index` outside `{{#each}}`, expected it inside an `{{#each …}}` block, whose entries it counts  [template-field]',
      'quiz.md.hbs:2:31: error: Unexpected `@indx`, expected `@index` or another of `@root`, `@index`, `@key`, `@first`, `@last`  [template-field]',
      'quiz.md.hbs:2:41: error: Unexpected `../x`, expected at most 0 `../` here: the view is the outermost context  [template-field]',
      "quiz.md.hbs:2:50: error: Unexpected field `item`, expected `items` or another field of this template's view model (see the README)  [template-field]"
    ])
  })

  it("a partial's, at the partial, once however many templates use it", () => {
    expect(problems({ 'partials/header.md.hbs': 'Course: {{header.cours}} {{header.room}}\n' })).toEqual([
      'partials/header.md.hbs:1:11: error: Unexpected field `cours` of `header`, expected `course` or another field of `header` (see the README)  [template-field]',
      'partials/header.md.hbs:1:28: error: Unexpected field `room` of `header`, expected a field of `header` (see the README)  [template-field]'
    ])
    expect(problems({ 'partials/grid.md.hbs': '{{#each rows}}{{frist}}{{/each}}' })).toEqual([
      'partials/grid.md.hbs:1:17: error: Unexpected field `frist`, expected `first` or another field of an entry of `rows` (see the README)  [template-field]'
    ])
  })

  it('helpers and blocks classpack does not have, and block helpers without their value', () => {
    expect(problems({ 'quiz.md.hbs': '{{lookup strings "heading"}}\n{{#items}}x{{/items}}\n{{#if}}y{{/if}}\n{{if title}}\n' })).toEqual([
      'quiz.md.hbs:1:1: error: Unexpected helper `lookup`, expected one of `if`, `unless`, `each`, `with`  [template-helper]',
      'quiz.md.hbs:2:1: error: Unexpected block `{{#items}}`, expected one of `{{#if …}}`, `{{#unless …}}`, `{{#each …}}`, `{{#with …}}` (`{{#each items}}` repeats for each entry of `items`, `{{#if items}}` tests it)  [template-helper]',
      'quiz.md.hbs:3:1: error: Unexpected `{{#if}}` without a value, expected one, such as `{{#if student}}`  [template-helper]',
      'quiz.md.hbs:4:1: error: Unexpected `{{if …}}`, expected a block: `{{#if …}}` … `{{/if}}`  [template-helper]'
    ])
  })

  it("a partial of a teacher's own, and inline partials, are checked where they are used", () => {
    expect(problems({ 'quiz.md.hbs': '{{> footer note=title}}\n{{#*inline "line"}}{{titel}}{{/inline}}{{> line}}\n', 'partials/footer.md.hbs': '{{note}} {{nte}} {{strings.end}}\n' })).toEqual([
      'partials/footer.md.hbs:1:12: error: Unexpected field `nte`, expected `note` or another field of the view model of the templates that use it (see the README)  [template-field]',
      "quiz.md.hbs:2:22: error: Unexpected field `titel`, expected `title` or another field of this template's view model (see the README)  [template-field]"
    ])
  })

  it('a partial that includes itself, directly or through another, at the `{{> …}}` that closes the loop, naming the chain', () => {
    expect(problems({ 'partials/header.md.hbs': '{{> header}}\nloop\n' })).toEqual([
      'partials/header.md.hbs:1:1: error: Unexpected partial `header` inside itself (header → header), expected partials that do not include themselves  [template-partial]'
    ])
    expect(problems({ 'partials/header.md.hbs': '{{> grid}}\n', 'partials/grid.md.hbs': 'x\n  {{#if true}}{{> header}}{{/if}}\n' })).toEqual([
      'partials/grid.md.hbs:2:15: error: Unexpected partial `header` inside itself (header → grid → header), expected partials that do not include themselves  [template-partial]'
    ])
    // Two loops through one partial: a message for each.
    expect(problems({ 'partials/header.md.hbs': '{{> footer}}\n', 'partials/footer.md.hbs': '{{> grid}}{{> header}}\n', 'partials/grid.md.hbs': '{{> footer}}\n' })).toEqual([
      'partials/grid.md.hbs:1:1: error: Unexpected partial `footer` inside itself (footer → grid → footer), expected partials that do not include themselves  [template-partial]',
      'partials/footer.md.hbs:1:11: error: Unexpected partial `header` inside itself (header → footer → header), expected partials that do not include themselves  [template-partial]'
    ])
    // An inline partial of the same name is no loop; nor is a partial chosen as it runs.
    expect(problems({ 'partials/header.md.hbs': '{{#*inline "header"}}x{{/inline}}{{> header}}\n' })).toEqual([])
  })

  it('a partial that includes itself stops the build with that message, not a stack overflow when filling', async () => {
    const dir = folder({ 'partials/header.md.hbs': '{{> grid}}\n', 'partials/grid.md.hbs': '{{> header}}\n' })
    const r = await tryBuild({ dir: TINY, formats: ['html'], templates: dir })
    expect(r.target).toBeUndefined()
    expect(r.lines.filter((line) => line.includes(': error:')).map((line) => line.replace(dir + '/', ''))).toEqual([
      'partials/grid.md.hbs:1:1: error: Unexpected partial `header` inside itself (header → grid → header), expected partials that do not include themselves  [template-partial]'
    ])
  })

  it("a missing partial names the one meant", () => {
    expect(problems({ 'quiz.md.hbs': '{{> headr}}\n' })).toEqual(['quiz.md.hbs:1:1: error: Unexpected partial `headr`, expected `header` (one of `argument-map-blank`, `argument-map`, `grid`, `header`)  [template-partial]'])
  })

  it('the built-in templates have none of these problems, checked as a teacher\'s would be', () => {
    const sources = loadTemplates([], PACK_TEMPLATES)
    const templates = compileTemplates({ ...sources, builtIn: new Set(), precompiled: new Map() })
    expect(formatMessages(templates.files)).toBe('')
  })
})

describe('a file that overrides nothing', () => {
  it('is a warning naming the template or partial meant; the pack still builds', async () => {
    const dir = folder({ 'quizz.md.hbs': 'hi\n', 'partials/headr.md.hbs': 'x\n', 'partial/grid.md.hbs': 'y\n', 'handout.md': 'z\n', 'header.md.hbs': 'h\n', 'notes.txt': 'n\n', 'partials.md.hbs': 'p\n' })
    const r = await tryBuild({ dir: DEMO, formats: ['html'], templates: dir })
    expect(r.target).toBeDefined()
    expect(r.text.split('\n').filter((line) => line.includes(dir)).map((line) => line.replace(dir + '/', ''))).toEqual([
      "partials/headr.md.hbs:1:1: warning: Unexpected partial `headr` that no template uses, expected `header` or another partial's name: it overrides nothing  [template-unused]",
      'handout.md:1:1: warning: Unexpected template `handout.md`, expected `handout.md.hbs` or another template name: it overrides nothing  [template-unused]',
      'header.md.hbs:1:1: warning: Unexpected template `header.md.hbs`, expected the partial in `partials/header.md.hbs`: a partial overrides only from there, so this file overrides nothing  [template-unused]',
      'partial: warning: Unexpected folder `partial`, expected `partials`: the files in it override nothing  [template-unused]',
      'partials.md.hbs:1:1: warning: Unexpected template `partials.md.hbs`, expected one of the template names (`answer-key.md.hbs`, `article-teacher.md.hbs`, `article.md.hbs`, `cover.md.hbs`, `discussion-facilitator.md.hbs`, `discussion.md.hbs`, `handout-teacher.md.hbs`, `handout.md.hbs`, `index.md.hbs`, `page.html.hbs`, `quiz.md.hbs`): it overrides nothing  [template-unused]',
      'quizz.md.hbs:1:1: warning: Unexpected template `quizz.md.hbs`, expected `quiz.md.hbs` or another template name: it overrides nothing  [template-unused]'
    ])
  })

  it('a new partial a template uses is no such file', () => {
    expect(problems({ 'quiz.md.hbs': '{{> footer}}\n', 'partials/footer.md.hbs': '{{title}}\n' })).toEqual([])
  })
})

describe('`check` with a module of its own templates', () => {
  it('reports their problems as `build` does, and fails', async () => {
    const dir = demoCopy()
    folder({ 'quiz.md.hbs': quizWith(8, '{{#if student}'), 'partials/header.md.hbs': '{{> nosuch}} {{oops}}\n', 'handout.md.hbs': '# {{titel}}\n', 'quizz.md.hbs': 'x\n' }, join(dir, 'templates'))
    const checked = checkModule(dir)
    expect(checked.ok).toBe(false)
    const lines = formatMessages(checked.files).split('\n').map((line) => line.replace(dir + '/', ''))
    expect(lines).toEqual([
      'templates/partials/header.md.hbs:1:1: error: Unexpected partial `nosuch`, expected one of `argument-map-blank`, `argument-map`, `grid`, `header`  [template-partial]',
      'templates/partials/header.md.hbs:1:16: error: Unexpected field `oops`, expected a field of the view model of the templates that use it (see the README)  [template-field]',
      "templates/handout.md.hbs:1:5: error: Unexpected field `titel`, expected `title` or another field of this template's view model (see the README)  [template-field]",
      'templates/quiz.md.hbs:8:14: error: Unexpected `}`, expected `}}` to close `{{#if student`  [template-syntax]',
      'templates/quizz.md.hbs:1:1: warning: Unexpected template `quizz.md.hbs`, expected `quiz.md.hbs` or another template name: it overrides nothing  [template-unused]'
    ])
    const built = await tryBuild({ dir, formats: ['html'] })
    expect(built.target).toBeUndefined()
    const shown = built.text.split('\n').filter((line) => line.includes('/templates/')).map((line) => line.replace(dir + '/', ''))
    expect(shown.sort()).toEqual([...lines].sort())
  })

  it('`build` reports template errors beside a roster error or a module.yaml error, as `check` does, and leaves the earlier pack', async () => {
    const templates = folder({ 'quiz.md.hbs': quizWith(8, '{{#if student}') })
    const syntax = 'quiz.md.hbs:8:14: error: Unexpected `}`, expected `}}` to close `{{#if student`  [template-syntax]'
    const roster = join(folder({ 'dupid.csv': 'name,id\nAda,1\nBob,1\n' }), 'dupid.csv')
    const out = tempDir()
    const earlier = await tryBuild({ dir: TINY, formats: ['html'] }, out)
    expect(earlier.target).toBeDefined()
    const index = readFileSync(join(earlier.target!, 'index.html'), 'utf8')
    const withRoster = await tryBuild({ dir: TINY, formats: ['html'], templates, roster }, out)
    expect(withRoster.target).toBeUndefined()
    expect(withRoster.lines.filter((line) => line.includes(': error:')).map((line) => line.replace(templates + '/', ''))).toEqual([expect.stringContaining('[roster-duplicate-id]'), syntax])
    expect(withRoster.unchecked ?? []).toEqual([])
    expect(readFileSync(join(earlier.target!, 'index.html'), 'utf8')).toBe(index)

    const dir = demoCopy({ 'module.yaml': (text) => `${text}\nbogus: [\n` })
    const withYaml = await tryBuild({ dir, formats: ['html'], templates })
    expect(withYaml.target).toBeUndefined()
    expect(withYaml.lines.filter((line) => line.includes(': error:')).map((line) => line.replace(templates + '/', ''))).toEqual([expect.stringContaining('[yaml-syntax]'), syntax])
    expect(withYaml.unchecked?.join(', ')).not.toMatch(/template/)
  })

  it('a request refused before anything is read lists the templates as not checked yet, when there are any of a teacher\'s', async () => {
    const templates = folder({ 'quiz.md.hbs': '{{#if student}\n' })
    const refused = await buildPack({ dir: TINY, out: tempDir(), templates, versions: 0 })
    expect(refused.unchecked).toEqual(["the module's files", 'the sets in module.yaml', 'the item-writing lint', 'the templates'])
    expect((await buildPack({ dir: TINY, out: tempDir(), versions: 0 })).unchecked).not.toContain('the templates')
    const dir = demoCopy()
    folder({ 'quiz.md.hbs': '{{#if student}\n' }, join(dir, 'templates'))
    expect(checkModule(dir, { seed: -1 }).unchecked).toContain('the templates')
    expect(checkModule(DEMO, { seed: -1 }).unchecked).not.toContain('the templates')
  })

  it('a module without one is checked as before (and loads no template)', () => {
    const checked = checkModule(DEMO)
    expect(checked.ok).toBe(true)
    expect(checked.files.some((file) => file.path.includes('templates'))).toBe(false)
  })
})

describe('the view models', () => {
  it('name every template a pack is filled with, which are the built-in ones', () => {
    const builtInTemplates = loadTemplates([], PACK_TEMPLATES).templates
    expect([...builtInTemplates.keys()].every((name) => viewModel(name) !== undefined)).toBe(true)
    expect(PACK_TEMPLATES.every((name) => builtInTemplates.get(name)?.path?.includes(BUILTIN_TEMPLATES.replace(`${ROOT}/`, '')))).toBe(true)
  })

  it('are read from their notation', () => {
    expect(parseShape('a b{c d[]} e[f g{h}]')).toEqual(
      fields({ a: VALUE, b: fields({ c: VALUE, d: { kind: 'list', of: VALUE } }), e: { kind: 'list', of: fields({ f: VALUE, g: fields({ h: VALUE }) }) } })
    )
  })

  it('are the fields of the views the pack is filled with: every one, and no other', () => {
    const real = realViews()
    const differences: string[] = []
    for (const [template, shape] of real) compare(shape, viewModel(template), template, differences)
    expect(differences).toEqual([])
    expect([...real.keys()].sort()).toEqual([...PACK_TEMPLATES].sort())
  })
})

const VALUE: Shape = { kind: 'value' }
const fields = (entries: Record<string, Shape>): Shape => ({ kind: 'fields', fields: new Map(Object.entries(entries)) })

/** The shape of a view's value; null for null (a field present but empty). */
type Seen = { kind: 'value' } | { kind: 'list'; of: Seen | null } | { kind: 'fields'; fields: Map<string, Seen | null> }
function seen(value: unknown): Seen | null {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return { kind: 'list', of: value.reduce<Seen | null>((shape, entry) => merge(shape, seen(entry)), null) }
  if (typeof value === 'object') return { kind: 'fields', fields: new Map(Object.entries(value).map(([key, v]) => [key, seen(v)])) }
  return { kind: 'value' }
}
function merge(a: Seen | null, b: Seen | null): Seen | null {
  if (a === null) return b
  if (b === null) return a
  if (a.kind === 'list' && b.kind === 'list') return { kind: 'list', of: merge(a.of, b.of) }
  if (a.kind === 'fields' && b.kind === 'fields') {
    const all = new Map(a.fields)
    for (const [key, value] of b.fields) all.set(key, all.has(key) ? merge(all.get(key)!, value) : value)
    return { kind: 'fields', fields: all }
  }
  return a.kind === b.kind ? a : { kind: 'value' }
}

/** Where `real` (what views hold) and `declared` (view-models.ts) differ; a null in a view may be anything declared. */
function compare(real: Seen | null, declared: Shape | undefined, at: string, out: string[]): void {
  if (declared === undefined) return void out.push(`${at}: in the views, not declared`)
  if (real === null) return
  if (real.kind !== declared.kind) return void out.push(`${at}: a ${real.kind} in the views, declared a ${declared.kind}`)
  if (real.kind === 'list' && declared.kind === 'list') return compare(real.of, declared.of, `${at}[]`, out)
  if (real.kind === 'fields' && declared.kind === 'fields') {
    for (const [key, value] of real.fields) compare(value, declared.fields.get(key), `${at}.${key}`, out)
    for (const key of declared.fields.keys()) if (!real.fields.has(key)) out.push(`${at}.${key}: declared, in no view`)
  }
}

/** The shapes of every view each template is filled with, over modules, versions, students, covers, downloads and pages. */
function realViews(): Map<string, Seen | null> {
  const shapes = new Map<string, Seen | null>()
  const add = (template: string, view: unknown): void => void shapes.set(template, merge(shapes.get(template) ?? null, seen(view)))
  const compiled = compileTemplates(loadTemplates([], PACK_TEMPLATES))
  const recording: Templates = {
    ...compiled,
    fill: (name, view) => {
      if (name === 'page.html.hbs') add(name, view)
      return compiled.fill(name, view)
    }
  }
  for (const dir of [DEMO, join(ROOT, 'tests/fixtures/german'), join(ROOT, 'tests/fixtures/unit-7'), join(ROOT, 'tests/fixtures/tiny')]) {
    const input = loadModule(dir)
    const module = assembleModule(input).module!
    for (const versions of [1, 2]) {
      const selection = resolveSelection(module, input, { overrides: {}, versions, shuffle: false }).selection!
      const plan = planPack(module, selection, { formats: new Set(['html', 'pdf', 'print', 'gift']), paper: 'a4', date: '2025-01-01', creationDate: new Date(0), students: [], covers: true, downloads: [{ format: 'gift', file: 'quiz.gift.txt', title: 'GIFT' }] })
      for (const doc of [...plan.documents, plan.index]) add(doc.meta.template, escapeView(doc.view))
      for (const version of plan.versions) {
        for (const view of [version.quiz, personalView(version.quiz, { name: 'Ada', id: '7', group: '9b' })]) add('quiz.md.hbs', escapeView(view))
        for (const view of version.cover ? [version.cover, personalView(version.cover, { name: 'Ada', id: '7', group: '9b' })] : []) add('cover.md.hbs', escapeView(view))
      }
      const ctx: PageContext = { templates: recording, css: '', lang: module.article.meta.lang, author: module.article.meta.author, header: module.article.meta.title, paper: 'a4' }
      for (const doc of plan.documents) htmlPage(ctx, doc.meta, fillDocument(ctx, doc.meta, doc.view)!)
    }
  }
  return shapes
}

describe('a filled table the backends cannot read', () => {
  it('is an error at the template, saying what stands where the rows should be; nothing is written and nothing throws', async () => {
    // A teacher's grid partial that writes a heading line above the rows: the quiz's points
    // table and the key's answer grid then hold a paragraph before their list of rows.
    const grid = `Scores\n\n${builtIn('partials/grid.md.hbs')}`
    const dir = folder({ 'partials/grid.md.hbs': grid })
    const r = await tryBuild({ dir: join(ROOT, 'tests/fixtures/lint/clean'), formats: ['html', 'pdf'], templates: dir })
    expect(r.target).toBeUndefined()
    expect(r.lines.filter((line) => line.includes('[template-directive]'))).toEqual([
      // On the teacher's partial, not on the built-in quiz template whose table it fills.
      expect.stringMatching(/partials\/grid\.md\.hbs: error: Unexpected paragraph “Scores” in `table`, expected one list of rows, each a list of cells, in the filled template {2}\[template-directive\]$/)
    ])
  })
})

describe('a directive the backends do not know', () => {
  // It was said on the template with no line: the filled text has no positions in it.
  it('is an error at the line and column where the teacher writes it, in a template or a partial', async () => {
    const quiz = builtIn('quiz.md.hbs').replace('{{#each pointsTables}}', ':::tip\nRead every question twice.\n:::\n\n{{#each pointsTables}}')
    const row = quiz.split('\n').indexOf(':::tip') + 1
    const dir = folder({ 'quiz.md.hbs': quiz })
    const r = await tryBuild({ dir: join(ROOT, 'tests/fixtures/lint/clean'), formats: ['html'], templates: dir })
    expect(r.target).toBeUndefined()
    expect(r.lines.filter((line) => line.includes('[template-directive]'))).toEqual([
      expect.stringMatching(new RegExp(`quiz\\.md\\.hbs:${row}:1: error: Unexpected directive \`tip\` in the filled template, expected one of `))
    ])
    const grid = readFileSync(join(ROOT, 'templates/partials/grid.md.hbs'), 'utf8').replace('{{first}}', '{{first}} :mark[!]')
    expect(grid).toContain(':mark[!]')
    const partial = folder({ 'partials/grid.md.hbs': grid })
    const p = await tryBuild({ dir: join(ROOT, 'tests/fixtures/lint/clean'), formats: ['html'], templates: partial })
    const at = grid.split('\n').findIndex((l) => l.includes(':mark[!]'))
    const column = grid.split('\n')[at]!.indexOf(':mark') + 1
    expect(p.lines.filter((line) => line.includes('[template-directive]'))).toEqual([expect.stringMatching(new RegExp(`partials/grid\\.md\\.hbs:${at + 1}:${column}: error: Unexpected directive \`mark\``))])
  })
})
