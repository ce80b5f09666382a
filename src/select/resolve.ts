// Resolve what a build uses: the named set (or the module's default, or the whole bank),
// overridden field by field by command-line flags; the seed; and the versions.
import { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { code, error, warn } from '../messages.js'
import type { QuestionSet } from '../module/model.js'
import type { Selection } from './model.js'
import { knownSetIds, selectQuestions, type SetOrigin } from './select.js'
import { identicalVersions, makeVersions, printableOrders } from './versions.js'
import { moduleStrings } from '../lang/index.js'
import { closest, placeOf } from '../yaml/decode.js'

import { DEFAULT_SEED } from './random.js'
export { DEFAULT_SEED }

export interface SelectionRequest {
  /** `--set NAME`. */
  set?: string
  /** Flags that override the set's fields. */
  overrides: QuestionSet
  seed?: number
  /** `--versions N`; 1 gives one unshuffled quiz. */
  versions: number
  /** Shuffle even a single version (per-student quizzes). */
  shuffle: boolean
}

/** Resolve a selection; problems are reported on the returned files (module.yaml, questions.yaml, or the command line). */
export function resolveSelection(module: Module, input: { module?: VFile; questions?: VFile }, request: SelectionRequest): { selection?: Selection; files: VFile[] } {
  const moduleFile = input.module
  const commandLine = new VFile({ path: 'command line' })
  const files = moduleFile ? [moduleFile, commandLine] : [commandLine]
  const sets = module.config.sets
  const names = Object.keys(sets)
  // Without --set: the module's default set, else one named `default`, else the whole bank.
  let name = request.set ?? module.config.default_set ?? 'default'
  // Own sets only: `--set constructor` is no set, whatever a plain object inherits.
  if (request.set !== undefined && !Object.hasOwn(sets, request.set)) {
    const hint = closest(request.set, names)
    error(commandLine, `Unexpected set ${code(request.set)} for --set, expected ${names.length ? `${hint ? code(hint) + ' or ' : ''}one of ${names.map((n) => '`' + n + '`').join(', ')} (from module.yaml)` : 'a set defined under `sets` in module.yaml (this module has none)'}`, undefined, 'unknown-set')
    return { files }
  }
  const base = Object.hasOwn(sets, name) ? sets[name] : undefined
  const flags = definedOnly(request.overrides)
  const fromFlags = Object.keys(flags).length > 0
  const set: QuestionSet = { ...(base ?? {}), ...flags }
  // `count` and `points` together must agree; a flag giving one of them is how the quiz is
  // to be sampled, so the set's other one gives way (`--points 12` on a set with `count: 10`).
  if (flags.points !== undefined && flags.count === undefined) delete set.count
  if (flags.count !== undefined && flags.points === undefined) delete set.points
  if (!base && fromFlags) name = 'custom'
  const seed = request.seed ?? module.config.seed ?? DEFAULT_SEED
  // Problems with the set's own fields point into module.yaml; problems with flags, at the command line.
  // The whole bank, asked for by nothing written (no set, no flag): what it lacks is questions.yaml's.
  const origin: SetOrigin = fromFlags ? { file: commandLine } : base && moduleFile ? { file: moduleFile, node: base } : !base && input.questions ? { file: input.questions, wholeBank: true } : { file: commandLine }
  // Without questions.yaml, only generated items can make a quiz.
  if (module.missingQuestions && !set.generated?.length) {
    const drawing = 'or a set that draws on generated items (`generated: [voice, kind, evidence]` in module.yaml)'
    if (module.missingQuestions.data.empty) error(module.missingQuestions, `Unexpected empty file, expected a mapping with \`discussion\` and \`quiz\` lists, ${drawing}`, { line: 1, column: 1 }, 'empty-file')
    else error(module.missingQuestions, `Missing file \`questions.yaml\`, expected the quiz items and discussion questions beside article.md (\`classpack init ARTICLE\` writes a first one), ${drawing}`, undefined, 'file-unreadable')
    return { files: [module.missingQuestions, ...files] }
  }
  // The other sets of module.yaml are not sampled, but an id one of them names that the module
  // lacks is an error in the file all the same: `check` passing must mean every set builds so far.
  // (Without questions.yaml its items' ids are missing for that one reason, said when a set needs them.)
  if (moduleFile && !module.missingQuestions) for (const [other, otherSet] of Object.entries(sets)) if (other !== name) knownSetIds(module, other, otherSet, { file: moduleFile, node: otherSet })
  const chosen = selectQuestions(module, name, set, seed, origin)
  if (!chosen) return { files: origin.file === input.questions ? [origin.file, ...files] : files }
  // The generators word their items in English: in a pack in another language, say so where they are asked for.
  const lang = moduleStrings(module).lang
  const generated = chosen.items.filter((q) => q.generated !== undefined)
  if (lang !== 'en' && generated.length > 0) {
    const at = origin.node ? placeOf(origin.node, 'generated') : undefined
    warn(
      origin.file,
      `Unexpected ${generated.length} generated item${generated.length === 1 ? '' : 's'} in set ${code(name)} of a pack printed in \`${lang}\`, expected items in the pack's language: classpack words generated items in English only (write them in questions.yaml, where an item with a generated item's id replaces it, or leave out \`generated\`)`,
      at,
      'generated-language'
    )
  }
  const versions = makeVersions(chosen.items, request.versions, seed, request.shuffle || request.versions > 1, moduleStrings(module))
  if (request.versions > 1) sameVersionsWarning(commandLine, chosen.items, versions, request.versions, seed, moduleStrings(module))
  return { files, selection: { name, set, items: chosen.items, discussion: chosen.discussion, seed, versions } }
}

function definedOnly(set: QuestionSet): QuestionSet {
  return Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)) as QuestionSet
}

/**
 * A warning when two versions print the same quiz (same order, same options, so the same
 * key): a quiz of N items has only N! orders of its questions, and options that cannot move
 * (true/false keeps True, False) or few that can add few more, so `--versions 3` on two
 * items repeats one. Says which versions, why, and what to do.
 */
function sameVersionsWarning(file: VFile, items: Selection['items'], versions: Selection['versions'], count: number, seed: number, strings: ReturnType<typeof moduleStrings>): void {
  const same = identicalVersions(versions)
  if (same.length === 0) return
  const groups = same.map((g) => g.join(g.length === 2 ? ' and ' : ', ')).join('; ')
  const { questions, movable } = printableOrders(items, strings)
  const n = items.length
  const itemsWord = `${n} item${n === 1 ? '' : 's'}`
  const orders = n <= 1 ? `a quiz of ${itemsWord} has one order of its questions` : `a quiz of ${itemsWord} has only ${questions} order${questions === 1 ? '' : 's'} of its questions (${n}!)`
  const options =
    movable === 0
      ? 'and none of its items has options or pieces that can be reordered (true/false keeps True, False; pinned options stay last)'
      : `and the options of its ${movable === 1 ? 'one item' : `${movable} items`} that can be reordered came out in the same order too (few options give few orders, and keys are dealt to balanced letters)`
  warn(
    file,
    `Unexpected identical versions ${groups} with --versions ${count} and seed ${seed} (same order, same options, same key): ${orders}, ${options}, expected versions that differ: ask for fewer versions (--versions ${Math.max(1, count - same.reduce((s, g) => s + g.length - 1, 0))}), add items to the set, or try another --seed`,
    undefined,
    'versions-identical'
  )
}
