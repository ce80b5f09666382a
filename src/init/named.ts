// A person or organisation a sentence names, as init's speaker rules find them (actors.ts,
// and speakers-de.ts for German, which both use it).
export interface Named {
  /** The name as a reader would write it: honorifics and trailing punctuation dropped. */
  name: string
  /** The name's last word, to match later mentions ("Reyes" for "Daniel Reyes"). */
  key: string
  kind: 'person' | 'organisation'
  /** Offsets in the sentence. */
  start: number
  end: number
  /** Who they are, as the sentence says it with their name: "VDV-Präsident" (speakers-de.ts), "board chair" (roles-en.ts). */
  role?: string
}

