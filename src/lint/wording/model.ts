// What a language gives the lint's wording rules (one module per language beside this one).

export interface Wording {
  /** Negative words a reader could miss in a question sentence (global: every one is read). */
  negative: RegExp
  /** Which of those make a multiple-select stem's negative an error: "except" always; "not" with several keys. */
  severe: { except: RegExp; not: RegExp }
  /** A negation in a statement: judged false, a double negative. */
  negation: RegExp
  /** "All of the above" and the like, anywhere in an option. */
  allNone: RegExp
  /** "None of these", "Both of them are correct": the whole option, no word of content after. */
  opensAllNone: RegExp
  /** Absolute words: always, never, only. */
  absolute: RegExp
}
