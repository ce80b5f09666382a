// any-ascii's transliteration, in a module of its own: its table of every script is half
// a megabyte, so a build loads it (and the bundled command reads it) only for a roster.
export { default as transliterate } from 'any-ascii'
