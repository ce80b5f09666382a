// What the types with parts (gaps, pairs, steps) share in how they word a part's reason,
// how GIFT's matching form takes their left sides, and how Moodle keeps their right sides.
import type { TypeLimit } from './type.js'

/** `text` then `reason`: after a colon, or after a space where `text` ends a sentence. */
export const joined = (text: string, reason: string): string => `${text}${/[.!?…]["”’']?$/.test(text.trim()) ? ' ' : ': '}${reason}`

/** The mark between a part's words and its reason in the key: none after a full stop, else a colon. */
export const pause = (text: string): string => (/[.!?…]["”’']?$/.test(text.trim()) ? '' : ':')

/** GIFT splits a matching pair at its first `->`, which no escape protects: a left side's own `->` is written `→`. */
export const giftLeft = (text: string): string => text.replaceAll('->', '→')

/**
 * A matching response as Moodle stores it (`qtype_match_subquestions.answertext`, from
 * moodle.xml and GIFT alike): plain text that it shows through `format_string()`, which
 * strips anything like a tag (the default `formatstringstriptags`), so `<b>x</b>` arrived
 * as "x" and `<5%` as nothing. `<` and `>` as entities are shown as written; so is an `&`
 * that would otherwise begin one (`&amp;` shows as "&amp;"). A lone `&` is left as it is,
 * which Moodle shows as written, and which keeps the text as the teacher wrote it in
 * Moodle's own editing form.
 */
export const moodleResponse = (text: string): string => text.replace(/&(?=[a-zA-Z0-9#]{1,8};)|[<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))

/** The warning for left sides of GIFT matching pairs (`texts`) holding `->` (see giftLeft); none when none does. */
export function giftArrow(texts: readonly string[], key: string, where: string, note: string, why = 'GIFT splits a pair at its first `->` and cannot escape it'): TypeLimit[] {
  if (!texts.some((text) => text.includes('->'))) return []
  return [{ key, ruleId: 'gift-arrow', reason: `Unexpected \`->\` in ${where} in quiz.gift.txt, expected none: ${why}, so it arrives as \`→\`; import moodle.xml to keep it as written`, note }]
}
