// The map's metrics: DejaVu Sans, the face the PDF embeds and the SVG asks for first, and
// hyphenation in the document's language. Both backends lay the map out with these, so
// the HTML and the PDF draw the same boxes in the same places.
import { hyphenator } from '../hyphenate.js'
import { textWidth } from '../pdf/inline.js'
import type { Metrics } from './layout.js'

/** Metrics for a map in a document whose language is `lang` (BCP 47). */
export function mapMetrics(lang: string): Metrics {
  const hyphenate = hyphenator(lang)
  return {
    width: (text, bold) => textWidth(text, bold ? 'bold' : 'regular', 1),
    pieces: (word) => (hyphenate ? hyphenate(word) : [word])
  }
}
