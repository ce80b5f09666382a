// Whose words a block quote gives. An article sets a letter, a speech or a statement apart as
// a block quote and names its speaker in the line before ("One delegate wrote to his brother:",
// "In a letter to the council, Mayor Ruth Ames set out her case:"). The quote's sentences have
// no reporting verb of their own, so sentence by sentence they read as the author's, and a
// voice question keyed "the author" for a delegate's letter. Here the speaker is taken from
// the introducing sentence; a block quote whose speaker is not found is still not the author's.
import type { Article, Paragraph } from '../article/model.js'
import { namedIn, speaker, unsaidAt, type Named } from './actors.js'
import { findMarkers } from './markers.js'

export interface BlockQuoteVoice {
  /** Who the introducing sentence names as speaking or writing; absent when none was found. */
  speaker?: Named
}

/** Words that say a quotation follows, when no reporting verb does: "In a letter, …:", "In her speech, …:". */
const DOCUMENT_WORDS = /\b(?:letter|statement|speech|e-?mail|memo|note|message|diary|testimony|address|Brief|Rede|Erklärung|Schreiben)\b/iu

/** The block quote `paragraph` stands in, if any: its id. */
export function blockQuoteOf(paragraph: Paragraph): number | undefined {
  return paragraph.within?.find((c) => c.kind === 'quote')?.id
}

/** The list `paragraph` is an item of (its outermost), if any: the list's id. */
function listOf(paragraph: Paragraph): number | undefined {
  const item = paragraph.within?.find((c) => c.kind === 'item')
  return item?.kind === 'item' ? item.list : undefined
}

/**
 * Every paragraph in a block quote, by ¶ number, with whose words the quote gives; and the
 * ¶ numbers of the sentences that introduce one ("One delegate wrote to his brother:"), which
 * frame a quotation and claim nothing themselves.
 */
export function blockQuoteVoices(article: Article, lang: string): { voices: Map<number, BlockQuoteVoice>; frames: Set<number> } {
  const voices = new Map<number, BlockQuoteVoice>()
  const frames = new Set<number>()
  const byQuote = new Map<number, BlockQuoteVoice>()
  // A list after a line that reports someone and ends with a colon ("The study also found
  // that:", "The report lists three risks:") gives their findings item by item, as a block
  // quote gives their words: the items are theirs, and the line frames them and claims nothing
  // (init suggested "The study also found that" as a claim, and the items as the author's).
  // A list after any other line ("Ingredients:") is left as it was: the author's.
  const byList = new Map<number, BlockQuoteVoice | null>()
  article.paragraphs.forEach((paragraph, i) => {
    const list = listOf(paragraph)
    if (list === undefined || blockQuoteOf(paragraph) !== undefined) return
    let voice = byList.get(list)
    if (voice === undefined) {
      const before = article.paragraphs[i - 1]
      const intro = before && listOf(before) !== list ? introducer(before) : undefined
      const found = intro === undefined ? {} : speakerOf(intro, lang, false)
      voice = found.speaker ? found : null
      if (voice) frames.add(before!.n)
      byList.set(list, voice)
    }
    if (voice) voices.set(paragraph.n, voice)
  })
  article.paragraphs.forEach((paragraph, i) => {
    const id = blockQuoteOf(paragraph)
    if (id === undefined) return
    let voice = byQuote.get(id)
    if (!voice) {
      const before = article.paragraphs[i - 1]
      const outside = before && blockQuoteOf(before) !== id ? before : undefined
      const intro = outside ? introducer(outside) : undefined
      voice = intro === undefined ? {} : speakerOf(intro, lang)
      if (intro !== undefined) frames.add(before!.n)
      // "Council Member Gary Oduya, who voted against, said he … ." then “I don’t doubt …” set
      // apart: quoted words right after a paragraph that ends reporting someone are theirs.
      // That paragraph is a claim of its own, no frame.
      else if (outside && /^\s*[“"„«]/u.test(paragraph.text)) voice = speakerOf(outside.sentences[outside.sentences.length - 1]?.text ?? '', lang, false)
      byQuote.set(id, voice)
    }
    voices.set(paragraph.n, voice)
  })
  return { voices, frames }
}

/** The paragraph's last sentence when it ends with a colon, as a line introducing a quotation does. */
function introducer(paragraph: Paragraph): string | undefined {
  const last = paragraph.sentences[paragraph.sentences.length - 1]?.text.trim()
  return last !== undefined && /:$/.test(last) ? last : undefined
}

/**
 * Whose words the introducing sentence gives: the subject of its reporting verb, or (`documents`,
 * in a line that ends with a colon) the one person it names beside a word for a document.
 */
function speakerOf(sentence: string, lang: string, documents = true): BlockQuoteVoice {
  const names = namedIn(sentence, lang)
  for (const m of findMarkers(sentence, lang).filter((x) => x.kind === 'reporting' && !unsaidAt(sentence, x.at))) {
    const who = speaker(sentence, names, m.at, m.text, lang)
    if (who) return { speaker: who }
  }
  const people = names.filter((n) => n.kind === 'person')
  return documents && DOCUMENT_WORDS.test(sentence) && people.length === 1 ? { speaker: people[0]! } : {}
}
