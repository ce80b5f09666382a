// Cross-checks of claims.yaml that a schema cannot express: unique ids, references
// that resolve, hedges that the article really uses, themes that are used.
import type { VFile } from 'vfile'
import type { Article } from '../article/model.js'
import { normalize } from '../article/normalize.js'
import { code, error, warn } from '../messages.js'
import { closest, placeOf, stoodIn } from '../yaml/decode.js'
import { RELATIONS, type Anchor, type ClaimsFile } from './model.js'
import { escapeRegExp } from '../regexp.js'

/** Report every cross-reference problem of `data` on `file`; `anchors` are the claims that anchored. */
export function checkClaimRules(file: VFile, data: ClaimsFile, article: Article, anchors: ReadonlyMap<string, Anchor>): void {
  unique(file, data.claims, 'claim')
  unique(file, data.themes, 'theme')
  unique(file, data.actors, 'actor')
  const declared = { claims: ids(data.claims), themes: ids(data.themes), actors: ids(data.actors) }

  // A declaration list that failed (`theme:` for `themes:`) has its own error: the ids it
  // declared are not also unknown at every place that names them.
  const failed = { claims: stoodIn(data, 'claims'), themes: stoodIn(data, 'themes'), actors: stoodIn(data, 'actors') }
  const reference = (owner: object, index: number | string, value: string, known: Set<string>, what: string, extra: string[] = []): void => {
    if (known.has(value) || extra.includes(value)) return
    if (failed[what === 'theme id' ? 'themes' : what === 'actor id' ? 'actors' : 'claims']) return
    const hint = closest(value, [...known, ...extra])
    // The id as written, for a declaration mistyped (renamed.ts).
    error(file, `Unexpected ${what} ${code(value)}, expected ${hint ? `${code(hint)} or another ` : /^[aeiou]/.test(what) ? 'an ' : 'a '}${what} declared in claims.yaml`, placeOf(owner, index), `unknown-${what.replace(/ /g, '-')}`).actual = value
  }

  const usedThemes = new Set<string>()
  // A claim whose id an earlier one has is reported once, as a duplicate: its anchor is the first's.
  const met = new Set<string>()
  for (const claim of data.claims) {
    const again = met.has(claim.id)
    met.add(claim.id)
    if (claim.status === 'suggested') {
      warn(file, `Unexpected claim \`${claim.id}\` with \`status: suggested\`, expected a reviewed claim: check its quote, kind, asserter, hedges and evidence, write its paraphrase, then set \`status: reviewed\` or delete it (until then documents are marked Draft)`, placeOf(claim, 'status'), 'claim-suggested')
    }
    claim.asserted_by.forEach((a, i) => reference(claim.asserted_by, i, a, declared.actors, 'actor id', ['author']))
    claim.actors.forEach((a, i) => reference(claim.actors, i, a, declared.actors, 'actor id'))
    claim.themes.forEach((t, i) => {
      usedThemes.add(t)
      reference(claim.themes, i, t, declared.themes, 'theme id')
    })
    for (const relation of RELATIONS) {
      const targets = claim.relations[relation]
      targets.forEach((target, i) => {
        if (target === claim.id) error(file, `Unexpected relation of claim \`${claim.id}\` to itself, expected another claim's id`, placeOf(targets, i), 'relation-self')
        else if (targets.indexOf(target) < i) warn(file, `Unexpected \`${target}\` twice in \`${relation}\` of claim \`${claim.id}\`, expected each claim once: it is one relation (the map draws it once)`, placeOf(targets, i), 'relation-duplicate')
        else {
          reference(targets, i, target, declared.claims, 'claim id')
          // Two relations of one pair say two things of it at once: the map draws both
          // arrows, and the relations question about the pair, having no one answer, is
          // not asked. Warned at the later one, once (an unknown id is its own error).
          const earlier = RELATIONS.slice(0, RELATIONS.indexOf(relation)).find((r) => claim.relations[r].includes(target))
          if (earlier !== undefined && declared.claims.has(target)) {
            warn(file, `Unexpected \`${target}\` in both \`${earlier}\` and \`${relation}\` of claim \`${claim.id}\`, expected one relation between two claims: the map draws an arrow for each, and no relations question is asked about the pair`, placeOf(targets, i), 'relation-conflict')
          }
        }
      })
    }
    const anchor = again ? undefined : anchors.get(claim.id)
    if (anchor) {
      const paragraph = normalize(article.paragraphs[anchor.paragraph - 1]!.text).text.toLowerCase()
      // Hedges and boosters are words as written: each must stand in the claim's paragraph.
      const inParagraph = (words: string[], what: string, ruleId: string): void =>
        words.forEach((word, i) => {
          if (!paragraph.includes(normalize(word).text.toLowerCase())) {
            error(file, `Unexpected ${what} ${code(word)} for claim \`${claim.id}\`, expected words that appear in its paragraph ¶${anchor.paragraph}`, placeOf(words, i), ruleId)
          }
        })
      inParagraph(claim.hedges, 'hedge', 'hedge-not-found')
      inParagraph(claim.boosters, 'booster', 'booster-not-found')
    }
  }

  // With the claims list in error (its own message), no theme is known to be unused.
  for (const theme of stoodIn(data, 'claims') ? [] : data.themes) {
    if (!usedThemes.has(theme.id)) warn(file, `Unexpected unused theme \`${theme.id}\`, expected at least one claim to name it`, placeOf(theme, 'id'), 'theme-unused')
  }

  // A term may first appear in the title, the standfirst or a subhead.
  const words = [article.meta.title, article.meta.standfirst ?? '', ...article.sections.map((s) => s.heading ?? ''), ...article.paragraphs.map((p) => p.text)]
  // A term's words joined by a space or a hyphen alike: the article's "reverse-osmosis membranes" uses "reverse osmosis".
  const folded = (text: string): string => normalize(text).text.toLowerCase().replace(/[\s\-\u2010\u2011]+/gu, ' ')
  const articleText = folded(words.join(' '))
  // German inflects a term ("in erster Lesung"): its text without umlauts, made once, for inflected().
  let unumlauted: string | undefined
  const german = /^de\b/i.test(article.meta.lang)
  // A title the front matter did not give (`titel:`, its own error) may hold the term: nothing to judge by.
  for (const entry of stoodIn(article.meta, 'title') ? [] : data.glossary) {
    const term = folded(entry.term)
    if (!articleText.includes(term) && !(german && inflected((unumlauted ??= withoutUmlauts(articleText)), withoutUmlauts(term)))) {
      warn(file, `Unexpected glossary term ${code(entry.term)} that the article never uses, expected a word or phrase from the article`, placeOf(entry, 'term'), 'glossary-unused')
    }
  }
}

function unique(file: VFile, items: ReadonlyArray<{ id: string }>, what: string): void {
  const first = new Map<string, object>()
  for (const item of items) {
    if (item.id === '') continue
    const earlier = first.get(item.id)
    if (!earlier) {
      first.set(item.id, item)
      continue
    }
    const was = placeOf(earlier, 'id')?.start
    // Its kind as `expected`: a renamed declaration's references are folded into it (renamed.ts).
    error(file, `Unexpected duplicate ${what} id \`${item.id}\`, expected a unique id (first used at ${was ? `${was.line}:${was.column}` : 'an earlier entry'})`, placeOf(item, 'id'), 'duplicate-id').expected = [what]
  }
}

const ids = (items: ReadonlyArray<{ id: string }>): Set<string> => new Set(items.map((i) => i.id))

/** German `text` with its umlauts as their base letters, so "Handyschränken" holds "Handyschrank". */
const withoutUmlauts = (text: string): string => text.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u')

/**
 * Whether German `text` uses `term` in an inflected form: "erste Lesung" in "in erster Lesung",
 * "handyschrank" in "handyschranken". Each word of the term stands with its ending (up to three
 * letters); both are lower case, without umlauts (withoutUmlauts), words apart by single spaces.
 */
function inflected(text: string, term: string): boolean {
  const stems = term
    .split(' ')
    .filter(Boolean)
    .map((w) => escapeRegExp(w.length > 4 ? w.replace(/(?:en|er|es|em|e|n|s)$/u, '') : w))
  if (stems.length === 0) return false
  return new RegExp(`(?<![\\p{L}\\p{N}])${stems.join('\\p{L}{0,3} ')}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'u').test(text)
}
