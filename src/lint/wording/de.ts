// The German words the wording rules read: the same cues as English, as a German teacher
// writes them ("nicht", "außer", "Alle oben genannten", "immer"). German letters are not
// ASCII, so words are bounded by look-arounds over \p{L} rather than \b.
import type { Wording } from './model.js'

export const de: Wording = {
  // `nicht mehr` is "no longer", which English's rule does not take for a negative either.
  negative: /(?<!\p{L})(?:nicht(?![\s\u00a0]+mehr(?!\p{L}))|nie|niemals|kein(?:e|en|em|er|es)?|außer|ausser|am\s+wenigsten|falsch(?:e|en)?)(?!\p{L})/giu,
  severe: { except: /^au(?:ß|ss)er$/iu, not: /^(?:nicht|kein(?:e|en|em|er|es)?)$/iu },
  negation: /(?<!\p{L})(nicht|nie|niemals|kein(?:e|en|em|er|es)?|niemand|nichts|weder)(?!\p{L})/iu,
  allNone:
    /(?<!\p{L})(?:alle|keine|beide)(?:\s+(?:drei|vier|fünf|[2-6]))?\s+(?:der\s+)?(?:oben\s+|hier\s+|zuvor\s+)?(?:genannten|aufgeführten|angegebenen)(?!\p{L})|(?<!\p{L})(?:alle|keine|beide)(?:\s+(?:drei|vier|fünf|[2-6]))?\s+(?:dieser|diese)\s+(?:Antworten|Aussagen|Optionen|Möglichkeiten)(?!\p{L})/iu,
  opensAllNone: /^\s*(?:alle|keine|beide)(?:\s+(?:drei|vier|fünf|[2-6]))?\s+(?:davon|dieser|diese)(?:\s+(?:ist|sind|stimmt|stimmen)\s+(?:richtig|zutreffend|korrekt))?/iu,
  absolute: /(?<!\p{L})(immer(?![\s\u00a0]+(?:noch|wieder|mehr|weniger|öfter|seltener|\p{L}+ere?[nmrs]?)(?!\p{L}))|nie|niemals|alle|keine?|nur|genau|völlig|vollständig|ausschließlich|jede[rsmn]?|überhaupt)(?!\p{L})/iu
}
