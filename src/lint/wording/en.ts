// The English words the wording rules read (docs/ITEM-WRITING.md gives them in English).
import type { Wording } from './model.js'

export const en: Wording = {
  // A contraction ("doesn't", "isn’t") negates as "not" does; "at least" is a lower bound
  // ("at least 30 drivers"), not the "least" of "which is the least likely". English
  // contractions are ASCII letters: no \p{L}, which costs a case-insensitive pattern
  // milliseconds to compile.
  negative: /(?<!\bat\s+)\b(?:not|never|except|least|cannot|false)\b|\b[a-z]+n['’]t\b/gi,
  severe: { except: /^except$/i, not: /^not$|n['’]t$/i },
  negation: /\b(not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n't\b/i,
  // "All the above" and "neither of the above" are the same cue as "all of the above", and a
  // count changes nothing ("all three of these"); "of these / them" points at the other
  // options only where it opens the option ("None of these", "Both of them are correct").
  allNone:
    /\b(?:all|none|both|neither)(?:\s+(?:two|three|four|five|six|[2-6]))?\s+(?:of\s+)?the\s+(?:above|below)\b|\b(?:all|none|both|neither)(?:\s+(?:two|three|four|five|six|[2-6]))?\s+of\s+(?:these|those|them|the)\s+(?:answers|options|choices|statements)\b/i,
  opensAllNone: /^\s*(?:all|none|both|neither)(?:\s+(?:two|three|four|five|six|[2-6]))?(?:\s+of)?\s+(?:these|those|them)(?:\s+(?:is|are)\s+(?:correct|right|true))?/i,
  absolute: /\b(always|never|all|none|only|exactly|completely|entirely|any|at all)\b/i
}
