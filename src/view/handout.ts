// The seminar handout's views. Both editions lay out the article's details, a reading guide,
// the argument as key claims (paraphrase, quote, ¶), actors, glossary and the teacher's
// context notes. The student edition leaves the analysis to the students: its view holds no
// claim's kind, voice, hedges, evidence or relations (so no template, built-in or overridden,
// can print them), and its template shows a blank for each of the first four. The teacher
// edition has them filled in, with the teaching notes.
import type { Module } from '../assemble.js'
import { RELATIONS, type Relation } from '../claims/model.js'
import { paragraphRanges } from '../coverage/ranges.js'
import { moduleStrings, uiLang } from '../lang/index.js'
import type { UiStrings } from '../lang/strings.js'
import { articleDetails, asserter, claimIndex, listed, longDate, orderedClaims, packHeader } from './common.js'
import { argumentMapView } from './map.js'
import type { AnchoredClaim } from '../claims/model.js'
import { AUTHOR } from '../generate/names.js'
import { names as namesActor } from '../lint/names.js'
import { wholeWordAt } from '../lint/text.js'

const WORDS_PER_MINUTE = 200

/**
 * Whether most key claims are others' views the article reports (a news story, an interview)
 * rather than the author's own: its reading guide asks whose views it reports, not the thesis.
 */
function reportsOthers(claims: ReadonlyArray<{ asserted_by: readonly string[] }>): boolean {
  const others = claims.filter((c) => !c.asserted_by.includes(AUTHOR)).length
  return others * 2 > claims.length
}

/** The student edition: the argument laid out, the analysis left blank. */
export function handoutView(module: Module, date: string | null) {
  const { base, claims } = handoutBase(module, date)
  const surname = module.article.meta.author?.trim().split(/\s+/).at(-1)
  return {
    ...base,
    // The hedges to notice are the answers to find.
    guide: base.guide.map((section) => ({ heading: section.heading, range: section.range, claims: section.claims, claimsLabel: section.claimsLabel })),
    // Relations are answers too: the quiz asks how one claim relates to another ("relations"
    // items). So the map is the worksheet's (its claims and legend), not the teacher's.
    map: base.map && { heading: base.map.heading, intro: base.map.intro, worksheetHeading: base.map.worksheetHeading, worksheetIntro: base.map.worksheetIntro, kinds: base.map.kinds, claims: base.map.claims },
    // A paraphrase that says who makes the claim ("The author suggests …", "Trump has
    // repeatedly claimed …") fills the "Asserted by" blank below it: the claim is then given
    // by its quote alone, which is what the students read to find the asserter.
    claims: claims.map(({ claim, common }) => ({ ...common, paraphrase: namesAsserter(module, claim, surname) ? null : common.paraphrase }))
  }
}

/** The words by which a paraphrase names the article's author, in the languages classpack writes. */
const AUTHOR_WORDS = /(?<![\p{L}\p{N}])(?:author|authors|author's|author’s|autor|autorin|autors|verfasser|verfasserin|verfassers)(?![\p{L}\p{N}])/iu

/** Whether `claim`'s paraphrase names who asserts it: the author (by that word or `surname`, the author's), or an asserting actor by name or role. */
function namesAsserter(module: Module, claim: AnchoredClaim, surname: string | undefined): boolean {
  const text = claim.paraphrase
  if (!text) return false
  return claim.asserted_by.some((id) => {
    if (id === AUTHOR) return AUTHOR_WORDS.test(text) || (surname !== undefined && surname.length > 1 && wholeWordAt(text, surname) >= 0)
    const actor = module.actors.find((a) => a.id === id)
    return actor !== undefined && namesActor(text, actor)
  })
}

/** The teacher edition: the analysis filled in, and the teaching notes. */
export function handoutTeacherView(module: Module, date: string | null) {
  const { base, claims, quoted, ui, label } = handoutBase(module, date)
  return {
    ...base,
    claims: claims.map(({ claim, common }) => ({
      ...common,
      relations: relationsOf(claim.relations, label, ui.relations),
      // Only here: beside the student's "Asserted by" blank, a claim whose one actor is its asserter would give the answer.
      actors: claim.actors.length ? listed(claim.actors.map((id) => module.actors.find((a) => a.id === id)?.name ?? id)) : null,
      kind: ui.kinds[claim.kind],
      asserter: asserter(module, claim, ui),
      hedges: claim.hedges.length ? claim.hedges.map(quoted).join(', ') : null,
      evidence: ui.evidence[claim.evidence],
      evidenceNote: claim.evidence_note ?? null,
      teachingNote: claim.teaching_note ?? null,
      contextCount: claim.context.length
    }))
  }
}

function handoutBase(module: Module, date: string | null) {
  const { meta, paragraphs, sections } = module.article
  const words = paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0)
  const claims = orderedClaims(module)
  const index = claimIndex(module)
  const label = (id: string): string => index.get(id)?.label ?? id
  const themeLabel = (id: string): string => module.themes.find((t) => t.id === id)?.label ?? id
  const readingMinutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE))
  const ui = moduleStrings(module)
  // Dates are printed in the pack's language, which `--lang` may set apart from the article's.
  const lang = uiLang(module)
  const strings = ui.handout({ title: meta.title, author: meta.author, pronoun: meta.authorPronoun, paragraphs: paragraphs.length, words, minutes: readingMinutes, claims: claims.length, standfirst: Boolean(meta.standfirst), notes: claims.some((c) => Boolean(c.claim.teaching_note)), reported: reportsOthers(claims.map((c) => c.claim)) })
  const quoted = (text: string): string => `${strings.openQuote}${text}${strings.closeQuote}`

  const base = {
    header: packHeader(module, date, null),
    ...articleDetails(module),
    paragraphCount: paragraphs.length,
    wordCount: words,
    readingMinutes,
    claimCount: claims.length,
    strings,
    guide: sections.map((s) => {
      const inSection = claims.filter((c) => c.claim.anchor.section === s.index)
      const hedges = [...new Set(inSection.flatMap((c) => c.claim.hedges))]
      return {
        heading: s.heading ?? (sections.length === 1 ? ui.wholeArticle : ui.untitledSection),
        range: paragraphRanges(s.paragraphs),
        claims: inSection.length ? inSection.map((c) => c.label).join(', ') : null,
        claimsLabel: inSection.length === 1 ? strings.keyClaim : strings.keyClaims,
        hedges: hedges.length ? hedges.map(quoted).join(', ') : null
      }
    }),
    // The argument as a picture: the teacher edition's map, the student edition's worksheet
    // (templates/partials/argument-map.md.hbs, argument-map-blank.md.hbs).
    map: argumentMapView(module, ui),
    // Empty lists leave their sections out (`{{#if actors}}`), headings and all.
    actors: module.actors.map((a) => ({ name: a.name, role: a.role ?? null })),
    glossary: [...module.glossary]
      .sort(byTerm(meta.lang))
      .map((g) => ({ term: g.term, definition: g.definition, fromArticle: g.source === 'article', reference: g.reference ?? null })),
    context: claims.flatMap(({ label: l, claim }) =>
      claim.context.map((c) => ({ claimLabel: l, paragraph: claim.anchor.paragraph, note: c.note, asOf: longDate(c.as_of, lang), source: c.source ?? null }))
    )
  }
  return {
    base,
    ui,
    quoted,
    label,
    claims: claims.map(({ label: l, claim }) => ({
      claim,
      common: {
        label: l,
        id: claim.id,
        paraphrase: claim.paraphrase,
        // A quote with double quotes of its own is nested as the language nests quotations.
        ...quoteMarks(claim.anchor.shown ?? claim.anchor.text, strings, ui.nested),
        paragraph: claim.anchor.paragraph,
        // "sentence 2", "sentences 2–3": the words with the numbers.
        sentences: ui.sentences(claim.anchor.sentences),
        themes: listed(claim.themes.map(themeLabel)),
        // "Theme:" before one, "Themes:" before two or more (it printed "Themes:" before each claim's one).
        themesLabel: claim.themes.length === 1 ? strings.theme : strings.themes
      }
    }))
  }
}

function quoteMarks(text: string, strings: { openQuote: string; closeQuote: string }, nested: UiStrings['nested']): { quote: string; openQuote: string; closeQuote: string } {
  if (!/["“”„]/.test(text)) return { quote: text, openQuote: strings.openQuote, closeQuote: strings.closeQuote }
  const { openQuote, closeQuote, text: quote } = nested(text)
  return { quote, openQuote, closeQuote }
}

function relationsOf(relations: Record<Relation, string[]>, label: (id: string) => string, words: Record<Relation, string>): string | null {
  const parts = RELATIONS.filter((r) => relations[r].length).map((r) => `${words[r]} ${relations[r].map(label).join(', ')}`)
  return parts.length ? parts.join('; ') : null
}

/**
 * Glossary entries in the article's language's alphabetical order: one collator for the
 * sort (`localeCompare` with a locale makes one per comparison: 8 ms for a glossary of 20).
 */
function byTerm(lang: string): (a: { term: string }, b: { term: string }) => number {
  const { compare } = new Intl.Collator(lang)
  return (a, b) => compare(a.term, b.term)
}
