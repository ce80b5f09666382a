// Run the lint: every rule over the module and the quiz as it will print, then the rules a
// teacher set aside (module, set, item), then `--strict`; findings become vfile messages on
// questions.yaml, claims.yaml or module.yaml with the rule id and the item's place.
import type { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { moduleStrings } from '../lang/index.js'
import { code, error, warn, type Place } from '../messages.js'
import { exclusions } from '../select/excludes.js'
import type { Selection } from '../select/model.js'
import { closest, placeOf } from '../yaml/decode.js'
import { lintedModule, oneKeyGenerated, placeGenerated } from './bank.js'
import type { Finding, LintContext, LintFile, LintRule, Severity } from './model.js'
import { LINT_RULES } from './rules/index.js'
import { supersedeUnfoundWords } from './quotations.js'
import { lintSets } from './sets.js'

export interface LintOptions {
  /** Warnings become errors (`check --strict`). */
  strict?: boolean
}

/** A finding as reported: its final severity, and the file it is in. */
export interface Reported extends Finding {
  severity: Severity
  path: string
}

export interface LintFiles {
  article: VFile
  questions?: VFile
  claims: VFile
  module?: VFile
}

/** Lint `module` for the quiz `selection` will print; messages go on `files`; the findings are returned for the report. */
export function lintModule(checked: Module, selection: Selection, files: LintFiles, options: LintOptions = {}): Reported[] {
  // The bank as the rules read it: questions.yaml's items and the generated items a quiz can print.
  const module = lintedModule(checked, selection)
  const byId = new Map<string, LintRule>(LINT_RULES.map((r) => [r.id, r]))
  const ignores = collectIgnores(module, selection, files, byId)
  const context: LintContext = {
    module,
    selection,
    // Sampled from the module as checked: the linted one holds the generated items twice (in its
    // bank and as generated), and a set drew from both, not what its build prints.
    sets: lintSets(checked),
    claims: new Map(module.claims.map((c) => [c.id, c])),
    excluded: exclusions([...module.questions.quiz, ...module.questions.discussion]),
    strings: moduleStrings(module),
    ignored: (rule, id) => ignores.items.get(id)?.has(rule) === true
  }
  const reported: Reported[] = []
  for (const rule of LINT_RULES) {
    if (ignores.module.has(rule.id)) continue
    for (const found of rule.run(context)) {
      const finding = placeGenerated(found, checked)
      if (finding.item !== undefined && context.ignored(rule.id, finding.item)) continue
      if (finding.set !== undefined && ignores.sets.get(finding.set)?.has(rule.id)) continue
      const own = finding.severity ?? rule.severity
      const severity: Severity = options.strict && own === 'warning' ? 'error' : own
      reported.push({ ...finding, severity, path: fileOf(finding.file).path })
    }
  }
  // The type check's warning, for generated items no type check reads (placed at their claim).
  for (const found of oneKeyGenerated(module)) {
    const finding = placeGenerated(found, checked)
    reported.push({ ...finding, severity: options.strict ? 'error' : 'warning', path: fileOf(finding.file).path })
  }
  // Infos stay out of the files' messages (a clean module has none): the report and `--verbose` show them.
  for (const f of reported) {
    if (f.severity === 'info') continue
    report(fileOf(f.file), f.severity, f.reason, f.place, f.rule)
    if (f.quoted) supersedeUnfoundWords(fileOf(f.file), f.quoted.owner, f.quoted.key, f.quoted.quote)
  }
  return reported

  function fileOf(which: LintFile): VFile {
    return which === 'module' ? files.module ?? files.questions ?? files.claims : which === 'claims' ? files.claims : which === 'article' ? files.article : files.questions ?? files.claims
  }
}

/** Record an error or a warning. */
function report(file: VFile, severity: Severity, reason: string, place: Place | undefined, ruleId: string): void {
  if (severity === 'error') error(file, reason, place, ruleId)
  else warn(file, reason, place, ruleId)
}

/** The infos among `findings`, compiler-style (`path:line:col: info: reason  [rule]`), by file and line. */
export function formatInfos(findings: readonly Reported[]): string {
  return findings
    .filter((f) => f.severity === 'info')
    .map((f) => ({ f, line: f.place?.start.line ?? 0, column: f.place?.start.column ?? 1 }))
    .sort((a, b) => (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : a.line - b.line || a.column - b.column))
    .map(({ f, line, column }) => `${line ? `${f.path}:${line}:${column}` : f.path}: info: ${f.reason}  [${f.rule}]`)
    .join('\n')
}

interface Ignores {
  module: Set<string>
  sets: Map<string, Set<string>>
  items: Map<string, Set<string>>
}

/** The rules set aside at each level; an unknown rule id is a warning at its place. */
function collectIgnores(module: Module, selection: Selection, files: LintFiles, rules: ReadonlyMap<string, LintRule>): Ignores {
  const known = [...rules.keys()]
  const names = (ignore: Record<string, string> | undefined, file: VFile | undefined): Set<string> => {
    const out = new Set<string>()
    for (const id of Object.keys(ignore ?? {})) {
      if (rules.has(id)) out.add(id)
      else if (file) {
        // A rule whose name holds every word of the one written ("key-longest" for
        // `key-strictly-longest`) before the nearest by spelling, which found `key-position-bias`.
        const words = id.toLowerCase().split(/[-_\s]+/).filter(Boolean)
        const holding = known.filter((rule) => words.every((w) => rule.split('-').includes(w)))
        const hint = holding.length ? closest(id, holding) ?? holding[0] : closest(id, known)
        warn(file, `Unexpected lint rule ${code(id)} in \`lint.ignore\`, expected ${hint ? `${code(hint)} or another ` : 'a '}rule id of the lint (the README’s "Item-writing lint" lists them)`, placeOf(ignore!, id), 'lint-unknown-rule')
      }
    }
    return out
  }
  const sets = new Map<string, Set<string>>()
  for (const [name, set] of Object.entries(module.config.sets)) sets.set(name, names(set.lint?.ignore, files.module))
  // A set given by flags only, or the whole bank, has no ignores of its own in module.yaml.
  if (!sets.has(selection.name)) sets.set(selection.name, names(selection.set.lint?.ignore, undefined))
  const items = new Map<string, Set<string>>()
  for (const q of [...module.questions.quiz, ...module.questions.discussion]) if (q.lint) items.set(q.id, names(q.lint.ignore, files.questions))
  return { module: names(module.config.lint?.ignore, files.module), sets, items }
}
