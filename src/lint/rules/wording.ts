// The lint's rules that read an item's words know the languages src/lint/wording/ has words
// for; the others read English words only. In a module in another language those find
// nothing, which is no sign of clean items: said once, so a teacher reads for those cues.
import { andList } from '../../messages.js'
import { rule, type Finding } from '../model.js'
import { lintLanguage, WORDING_LANGUAGES } from '../wording/index.js'

/** Rules whose words are English only, in any module. */
const ENGLISH_ONLY = ['positional-claim', 'metadata-contradiction', 'mixed-voice-claim', 'joint-asserter', 'unrecorded-marker', 'bloom-verb', 'parallel-key-cue', 'grammatical-cue', 'key-most-stem-overlap', 'rubric-alternative-construct', 'rubric-absence']
/** Rules whose words src/lint/wording/ gives per language. */
const PER_LANGUAGE = ['negative-stem-unemphasised', 'negated-tf-statement', 'all-or-none-of-the-above', 'specific-determiner']

export const wordingLanguage = rule('wording-language', 'info', 'The module is not in English, and some rules read English words only', (context) => {
  const lang = lintLanguage(context)
  if (lang === 'en') return []
  const known = WORDING_LANGUAGES.includes(lang)
  const unread = known ? ENGLISH_ONLY : [...PER_LANGUAGE, ...ENGLISH_ONLY]
  const tick = (ids: readonly string[]): string[] => ids.map((id) => `\`${id}\``)
  const reads = known ? `; ${andList(tick(PER_LANGUAGE))} read \`${lang}\` as well` : ''
  const finding: Finding = {
    rule: 'wording-language',
    file: 'article',
    place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    reason: `Unexpected language \`${lang}\` for the ${unread.length} rules that read English words only (${andList(tick(unread))}), expected English: in this module they find nothing, so read its items for those cues yourself${reads}`
  }
  return [finding]
})
