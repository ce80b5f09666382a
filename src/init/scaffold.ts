// The YAML files of a new module, written with comments that teach their format: the
// suggested claims, a first few questions resting on them (so the module builds at once),
// and module.yaml with one set. Every field named here is one the checker knows.
import { scaffoldWords, type ScaffoldWords } from './scaffold-words.js'
import type { Suggestions, Suggestion } from './suggest.js'
import { yamlList, yamlSentence, yamlString } from './yaml-text.js'

export interface ScaffoldOptions {
  /** A JSON Schema address per file, for `# yaml-language-server: $schema=…` (editors complete fields with it). */
  schema?: (file: 'claims.yaml' | 'questions.yaml' | 'module.yaml') => string | undefined
  /** The words for readers, in the article's language (English by default). */
  words?: ScaffoldWords
}

/** How many short-answer items the first quiz has: enough to build, few enough to replace. */
const FIRST_ITEMS = 3

/** The generators the first set draws on; `position` is offered in a comment. */
export const FIRST_GENERATORS = ['voice', 'kind', 'hedges', 'evidence', 'relations'] as const

/** How many quiz items the first set samples, when the claims allow that many. */
export const FIRST_QUIZ = 12

function schemaLine(options: ScaffoldOptions, file: 'claims.yaml' | 'questions.yaml' | 'module.yaml'): string {
  const url = options.schema?.(file)
  return url ? `# yaml-language-server: $schema=${url}\n` : ''
}

/** claims.yaml for the suggestions. */
export function claimsYaml(title: string, author: string | undefined, paragraphs: number, s: Suggestions, options: ScaffoldOptions = {}): string {
  const words = options.words ?? scaffoldWords(undefined)
  const lines = [
    `${schemaLine(options, 'claims.yaml')}# Key claims of ${JSON.stringify(title)}${author ? ` (${author})` : ''}.`,
    '#',
    '# `classpack init` suggested the claims below from the article\'s wording: sentences with',
    '# hedges (perhaps, may, likely…), boosters (clearly, surely…), reported speech (X said,',
    '# according to…), and causal, normative and predictive wording. Each is `status: suggested`:',
    '# check it against the article, write its paraphrase, then set `status: reviewed` (or delete',
    '# it, or add your own). Until every claim is reviewed, `classpack check` lists the suggested',
    '# ones and every document built is marked "Draft — claims not yet reviewed".',
    '#',
    `# Paragraphs are numbered ¶1..¶${paragraphs} in reading order; \`##\` subheads are not paragraphs.`,
    '#',
    '# A claim:',
    '#   id            lower-case letters, digits and hyphens; unique; questions name claims by it',
    '#   status        suggested | reviewed (default: reviewed)',
    '#   quote         words copied from ONE paragraph of article.md, found there exactly once',
    '#                 (white space and quote style do not matter, every other character does)',
    '#   paraphrase    the claim in your own words; required once reviewed (until then the quote stands in)',
    '#   kind          empirical | causal | predictive | normative | interpretive',
    '#     empirical     what is or was the case',
    '#     causal        X because of, or leading to, Y',
    '#     predictive    what will or would happen',
    '#     normative     what should be',
    '#     interpretive  a reading of someone\'s motives, beliefs or meaning',
    '#   asserted_by   author, or the id of an actor (below) whose view the author reports;',
    '#                 a list for a joint statement ("the minister and the union have said"): [minister, union]',
    '#   hedges        hedging words exactly as written in the claim\'s paragraph; [] if none',
    '#   boosters      optional: boosting words as written ("surely", "clearly"); [] if none',
    '#   evidence      none | reported-statement | event | example | reasoning',
    '#   evidence_note optional: the support the text gives, in a sentence',
    '#   actors        optional: ids of the actors the claim involves',
    '#   themes        one or more theme ids (below)',
    '#   relations     optional: { supports: [ids], qualifies: [ids], contrasts_with: [ids] }',
    '#   context       optional: notes from OUTSIDE the article: - { note: …, as_of: YYYY-MM-DD, source: … }',
    '#   teaching_note optional: a note for the facilitator edition',
    '',
    '# What the article is about; each claim names at least one. Suggested: one per section.',
    'themes:',
    ...s.themes.flatMap((t) => [`  - id: ${t.id}`, `    label: ${yamlString(t.label)}`]),
    '',
    '# People and organisations whose views the article reports or who act in it;',
    '# `role` (optional) says who they are, and the handout prints it beside the name.',
    s.actors.length ? 'actors:' : 'actors: []',
    // Who an actor is only the teacher can say. A placeholder role was printed in the students'
    // handout as if it were content ("Named in ¶3; describe their role"), and would have to be
    // told from content by its wording in every language and every document that prints roles.
    // So no role is written, only a comment in the article's language asking for one, as the
    // paraphrase is asked for: an actor without a role prints by name alone until it is written.
    // A title the article gives with the name ("VDV-Präsident Ingo Wortmann") is the article's own words, no placeholder: it is the role.
    ...s.actors.flatMap((a) => [`  - id: ${a.id}`, `    name: ${yamlString(a.name)}`, a.role ? `    role: ${yamlString(a.role)}` : `    # role: ${words.role(a.paragraph)}`]),
    '',
    '# Terms worth explaining: - { term: …, definition: …, source: article | outside }',
    '# (an outside definition names where it comes from: reference: …)',
    'glossary: []',
    '',
    'claims:',
    ...s.claims.flatMap((c) => claimLines(c))
  ]
  return lines.join('\n')
}

function claimLines(c: Suggestion): string[] {
  return [
    `  # ¶${c.paragraph}, suggested for its wording: ${c.why}`,
    `  - id: ${c.id}`,
    '    status: suggested',
    `    quote: ${JSON.stringify(c.quote)}`,
    '    # paraphrase: the claim in your own words',
    `    kind: ${c.kind}`,
    `    asserted_by: ${c.asserted_by}`,
    `    hedges: ${yamlList(c.hedges)}`,
    // Optional in claims.yaml, so written only when the wording has one.
    ...(c.boosters.length ? [`    boosters: ${yamlList(c.boosters)}`] : []),
    `    evidence: ${c.evidence}`,
    ...(c.actors.length ? [`    actors: [${c.actors.join(', ')}]`] : []),
    `    themes: [${c.theme}]`,
    ''
  ]
}

/** questions.yaml: one discussion question on all the claims and a few short-answer items, so the module builds. */
export function questionsYaml(title: string, s: Suggestions, options: ScaffoldOptions = {}): string {
  const words = options.words ?? scaffoldWords(undefined)
  const ex = words.examples
  const ids = s.claims.map((c) => c.id)
  // One item per theme first, so the first quiz spans the article.
  const firsts: Suggestion[] = []
  for (const t of s.themes) {
    const c = s.claims.find((x) => x.theme === t.id)
    if (c && firsts.length < FIRST_ITEMS) firsts.push(c)
  }
  for (const c of s.claims) if (firsts.length < FIRST_ITEMS && !firsts.includes(c)) firsts.push(c)
  firsts.sort((a, b) => a.paragraph - b.paragraph)

  const lines = [
    `${schemaLine(options, 'questions.yaml')}# Discussion questions and quiz items for ${JSON.stringify(title)}. Every question names the`,
    '# claims it rests on (ids from claims.yaml), so answer keys cite their paragraphs (¶) and',
    '# `classpack check` reports what the questions cover. `classpack init` wrote a first',
    '# discussion question and a few short-answer items so the module builds; edit, replace, add.',
    '#',
    '# A discussion question: id, prompt, claims, bloom, purpose, follow_ups (1 to 3),',
    '# facilitator_notes; optional minutes, misreadings, tags.',
    '#   bloom    remember | understand | apply | analyse | evaluate | create',
    '#   purpose  comprehension | steelman | weigh-the-evidence | counterfactual |',
    '#            apply-to-another-case | compare-perspectives | evaluate-the-argument | close-reading |',
    '#            produce',
    '#',
    '# A quiz item: id, type, stem, claims, difficulty (easy | medium | hard), bloom; optional',
    '# points (default 1), tags, excludes (ids of items never to share a quiz with it: they answer',
    '# each other) and lint: { ignore: { rule-id: reason } } (rules: README, Item-writing lint). By type:',
    '#   single | multiple  options: 2 to 8 of { text, correct: true|false, feedback, claim?, pin: last? }',
    '#                      (single: exactly one correct; the ¶ of each option\'s claim is cited for you)',
    '#   true-false         answer: true|false, feedback: { if_true: …, if_false: … }',
    '#   short              model_answer, rubric: [{ points, criterion }] adding up to points, lines (default 4)',
    '#',
    '# Generated items. classpack also writes questions from your claims\' metadata: who makes',
    '# each claim (voice), its kind, which passages are hedged (hedges), what support the text',
    '# gives (evidence), how two claims relate (relations) and where a claim is made (position).',
    '# A set in module.yaml draws on them with `generated: [voice, kind, …]`. Each has an id',
    '# gen-<generator>-<claim id> (relations: gen-relations-<claim id>-<other claim id>); the',
    '# answer key shows them. To pin or edit one, write an item with its id here (it then',
    '# stands in its place); to drop one:   - { id: gen-voice-a-claim-id, drop: true }',
    '# This file may even go: a set that draws on generated items makes a quiz without it.',
    '',
    'discussion:',
    '  - id: d-how-firmly',
    `    prompt: ${JSON.stringify(words.discussion.prompt)}`,
    `    claims: [${ids.join(', ')}]`,
    '    bloom: analyse',
    '    purpose: close-reading',
    '    minutes: 10',
    '    follow_ups:',
    ...words.discussion.followUps.map((f) => `      - ${JSON.stringify(f)}`),
    '    facilitator_notes: >-',
    ...words.discussion.facilitatorNotes.map((l) => `      ${l}`),
    '    tags: [draft]',
    '',
    'quiz:',
    ...firsts.flatMap((c) => shortItem(c, words)),
    '  # A single-choice item, for when you write your own:',
    '  # - id: q-main-reason',
    '  #   type: single',
    `  #   stem: ${yamlSentence(ex.single.stem)}`,
    `  #   claims: [${s.claims[0]?.id ?? 'a-claim-id'}]`,
    '  #   difficulty: easy',
    '  #   bloom: understand',
    '  #   options:',
    // A field a line, as the demo writes options: the studio edits them in place (not a one-line `{ … }`).
    `  #     - text: ${JSON.stringify(ex.single.right)}`,
    '  #       correct: true',
    `  #       feedback: ${JSON.stringify(ex.single.rightFeedback)}`,
    `  #     - text: ${JSON.stringify(ex.single.wrong)}`,
    `  #       feedback: ${JSON.stringify(ex.single.wrongFeedback)}`,
    ...otherTypes(s, firsts, ex),
    ''
  ]
  return lines.join('\n')
}

/**
 * Commented examples of the item types the scaffold writes none of, a field a line as the
 * single-choice one is, each naming the module's own claims so that, uncommented, it passes
 * `check` (placeholders `…` aside, which the teacher replaces): a cloze's gaps are words of
 * its claim's quote, an ordering's steps rest on claims of their own.
 */
function otherTypes(s: Suggestions, shortItems: readonly Suggestion[], ex: ScaffoldWords['examples']): string[] {
  const claim = (i: number): Suggestion | undefined => s.claims[Math.min(i, s.claims.length - 1)]
  const first = claim(0)
  if (!first) return []
  const second = claim(1)!
  const ordered = s.claims.length >= 3 ? s.claims.slice(0, 3) : undefined
  // A claim no short item quotes: a cloze of words another stem prints gives its answers away.
  const passage = s.claims.find((c) => !shortItems.includes(c)) ?? first
  const gaps = gapWords(passage.quote)
  const example = (title: string, lines: readonly string[]): string[] => [`  # ${title}`, ...lines.map((l) => `  # ${l}`)]
  return [
    ...example('A true-false item (feedback for each answer):', [
      '- id: q-true-or-false',
      '  type: true-false',
      `  stem: ${JSON.stringify(ex.trueFalse.stem(first.paragraph))}`,
      `  claims: [${first.id}]`,
      '  difficulty: easy',
      '  bloom: remember',
      '  answer: true',
      '  feedback:',
      `    if_true: ${JSON.stringify(ex.trueFalse.ifTrue(first.paragraph))}`,
      `    if_false: ${JSON.stringify(ex.trueFalse.ifFalse(first.paragraph))}`
    ]),
    ...example('A multiple-select item (every right option; at least one `correct: true`):', [
      '- id: q-which-are-said',
      '  type: multiple',
      `  stem: ${yamlSentence(ex.multiple.stem)}`,
      `  claims: [${first.id}${second === first ? '' : `, ${second.id}`}]`,
      '  difficulty: medium',
      '  bloom: understand',
      '  options:',
      `    - text: ${JSON.stringify(ex.multiple.one)}`,
      '      correct: true',
      `      feedback: ${JSON.stringify(ex.multiple.says(first.paragraph))}`,
      `    - text: ${JSON.stringify(ex.multiple.another)}`,
      '      correct: true',
      `      claim: ${second.id}`,
      `      feedback: ${JSON.stringify(ex.multiple.says(second.paragraph))}`,
      `    - text: ${JSON.stringify(ex.multiple.not)}`,
      `      feedback: ${JSON.stringify(ex.multiple.instead)}`
    ]),
    ...(gaps.length
      ? example("A cloze item (the passage is the claim's quote, or `quote:` words of its paragraph; gaps are its words, in order):", [
          '- id: q-fill-the-gaps',
          '  type: cloze',
          `  stem: ${yamlSentence(ex.cloze.stem)}`,
          `  claims: [${passage.id}]`,
          '  difficulty: easy',
          '  bloom: remember',
          `  points: ${gaps.length}`,
          `  gaps: [${gaps.map((g) => JSON.stringify(g)).join(', ')}]`,
          '  distractors: ["…"]     # words in the bank that fill no gap'
        ])
      : []),
    ...example('A matching item (2 to 8 pairs, each with why the two belong together; `distractors` are extra responses):', [
      '- id: q-match-each',
      '  type: matching',
      `  stem: ${yamlSentence(ex.matching.stem)}`,
      `  claims: [${first.id}${second === first ? '' : `, ${second.id}`}]`,
      '  difficulty: medium',
      '  bloom: understand',
      '  pairs:',
      `    - premise: ${JSON.stringify(ex.matching.premise)}`,
      `      response: ${JSON.stringify(ex.matching.response)}`,
      `      feedback: ${JSON.stringify(ex.matching.together(first.paragraph))}`,
      `    - premise: ${JSON.stringify(ex.matching.anotherPremise)}`,
      `      response: ${JSON.stringify(ex.matching.itsMatch)}`,
      `      claim: ${second.id}`,
      `      feedback: ${JSON.stringify(ex.matching.why(second.paragraph))}`,
      `  distractors: [${JSON.stringify(ex.matching.distractor)}]`
    ]),
    ...example(ordered ? 'An ordering item (3 to 8 steps; `key: article` orders them as their claims stand in the article):' : 'An ordering item (3 to 8 steps, listed in their right order):', [
      '- id: q-put-in-order',
      '  type: ordering',
      `  stem: ${yamlSentence(ex.ordering.stem)}`,
      `  claims: [${(ordered ?? [first]).map((c) => c.id).join(', ')}]`,
      '  difficulty: medium',
      '  bloom: analyse',
      ...(ordered ? ['  key: article'] : []),
      '  steps:',
      ...(ordered ?? [first, first, first]).flatMap((c, i) => [`    - text: ${JSON.stringify(ex.ordering.step(i + 1, c.paragraph))}`, ...(ordered ? [`      claim: ${c.id}`] : [])])
    ]),
    ...example('A numeric item (a number read from the article; right within `tolerance`, or `range: [lowest, highest]`):', [
      '- id: q-how-many',
      '  type: numeric',
      `  stem: ${JSON.stringify(ex.numeric.stem(first.paragraph))}`,
      `  claims: [${first.id}]`,
      '  difficulty: easy',
      '  bloom: remember',
      '  answer: 0              # the number the article gives',
      '  tolerance: 0',
      '  unit: "…"',
      `  feedback: ${JSON.stringify(ex.numeric.feedback(first.paragraph))}`
    ])
  ]
}

/** Two words of `quote` for a cloze's gaps, in reading order: its longest, whole and of letters only. */
function gapWords(quote: string): string[] {
  const words = quote.split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w))
  const unique = words.filter((w) => words.filter((o) => o.toLowerCase() === w.toLowerCase()).length === 1)
  const chosen = [...unique].sort((a, b) => b.length - a.length).slice(0, 2)
  return unique.filter((w) => chosen.includes(w))
}

function shortItem(c: Suggestion, words: ScaffoldWords): string[] {
  return [
    `  - id: ${('q-' + c.id).slice(0, 60).replace(/-+$/, '')}`,
    '    type: short',
    `    stem: ${JSON.stringify(words.short.stem(c.paragraph, c.quote))}`,
    `    claims: [${c.id}]`,
    '    difficulty: medium',
    '    points: 2',
    '    bloom: understand',
    '    lines: 4',
    `    model_answer: ${JSON.stringify(words.short.modelAnswer(c.paragraph, c.hedges))}`,
    '    rubric:',
    ...words.short.rubric.map((criterion) => `      - { points: 1, criterion: ${JSON.stringify(criterion)} }`),
    '    tags: [draft]',
    ''
  ]
}

/**
 * module.yaml: course details (commented out until filled in) and one set, drawing on
 * generated items; `count` is how many quiz items it samples (left out: all of them).
 */
export function moduleYaml(title: string, options: ScaffoldOptions = {}, count?: number): string {
  const words = options.words ?? scaffoldWords(undefined)
  return [
    `${schemaLine(options, 'module.yaml')}# Course details and named question sets for ${JSON.stringify(title)}. Every field is optional.`,
    '# A set\'s filters combine (AND); `include` adds questions whatever the filters say, `exclude`',
    '# removes them. Command-line flags (classpack build --set, --count, --types…) override a set.',
    '',
    '# course: Politics 210',
    '# institution: …',
    '# teacher: …',
    '# date: 2026-01-31        # printed on every document and the PDFs\' creation date (YYYY-MM-DD)',
    'paper: a4                 # a4 | letter',
    '# seed: 1                 # seed for sampling and shuffling; the same seed gives the same pack',
    '',
    'default_set: draft',
    '',
    'sets:',
    '  draft:',
    `    title: ${JSON.stringify(words.setTitle)}`,
    '    # Questions written from the claims: who asserts each (voice), its kind, hedges, evidence',
    '    # and relations; also `position`. Pin, edit or drop one in questions.yaml by its id.',
    '    # `count` takes your own items in questions.yaml first, and generated ones fill up the',
    '    # rest (leave out `generated` once you have enough of your own).',
    ...(words.generated ? [`    generated: [${FIRST_GENERATORS.join(', ')}]`] : ['    # Generated items are worded in English only; this module starts from its own items.', `    # generated: [${FIRST_GENERATORS.join(', ')}]`]),
    count === undefined ? '    # count: 12            # sample this many quiz items (each theme kept where possible)' : `    count: ${count}${' '.repeat(Math.max(1, 15 - String(count).length))}# sample this many quiz items (each theme kept where possible)`,
    '    order: paragraph      # authored | paragraph | shuffled',
    '    # types: [single, multiple, true-false, short]',
    '    # themes, claims, bloom, difficulty, tags, include, exclude: lists that filter the bank',
    '    # points: 20           # or a points total',
    '    # discussion: 8        # how many discussion questions',
    ''
  ].join('\n')
}
