// The map's metrics: DejaVu Sans, the face the PDF embeds and the SVG asks for first, and
// hyphenation in the document's language. Both backends lay the map out with these, so
// the HTML and the PDF draw the same boxes in the same places.
import { hyphenator } from '../hyphenate.js'
import { textWidth } from '../pdf/inline.js'
import type { Metrics } from './layout.js'

// One per language, so that layouts made with them can be kept (layout.ts `layoutMap`).
const byLang = new Map<string, Metrics>()

/** Metrics for a map in a document whose language is `lang` (BCP 47). */
export function mapMetrics(lang: string): Metrics {
  let metrics = byLang.get(lang)
  if (metrics === undefined) {
    const hyphenate = hyphenator(lang)
    metrics = {
      width: (text, bold) => textWidth(text, bold ? 'bold' : 'regular', 1),
      pieces: (word) => (hyphenate ? hyphenate(word) : [word])
    }
    byLang.set(lang, metrics)
  }
  return metrics
}
