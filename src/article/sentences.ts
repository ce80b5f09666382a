// Sentences of a paragraph, by the platform's Unicode sentence segmentation (UAX #29).
import type { Sentence } from './model.js'

const segmenters = new Map<string, Intl.Segmenter>()

/** Split `text` into sentences, trimmed, with offsets into `text`. */
export function splitSentences(text: string, lang: string): Sentence[] {
  let segmenter = segmenters.get(lang)
  if (!segmenter) {
    // A malformed tag is reported on the front matter; sentences still split, as English.
    let tag = 'en'
    try {
      if (Intl.Segmenter.supportedLocalesOf([lang]).length) tag = lang
    } catch {
      // not a well-formed tag
    }
    segmenters.set(lang, (segmenter = new Intl.Segmenter(tag, { granularity: 'sentence' })))
  }
  const sentences: Sentence[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length
    const body = segment.trim()
    if (body === '') continue
    sentences.push({ n: sentences.length + 1, start: index + lead, end: index + lead + body.length, text: body })
  }
  return sentences
}
