// The PDF style table: every size, colour and gap the block renderers use, keyed
// by node kind, so the look of a pack is changed here and nowhere else.
// Units are PostScript points (1/72 in). Colours are sRGB hex.
import type { FontName } from './fonts.js'

/** How a run of text is drawn. `leading` is line height as a multiple of `size`. */
export interface TextStyle {
  readonly font: FontName
  readonly size: number
  readonly leading: number
  readonly color: string
}

/** Vertical space around a block; adjacent gaps collapse to the larger, as in CSS. */
export interface Spacing {
  readonly before: number
  readonly after: number
}

/** A block of text: its spacing and its text style. */
export interface BlockStyle extends Spacing {
  readonly text: TextStyle
}

/** The tint of one callout kind. */
export interface CalloutStyle {
  readonly fill: string
  readonly border: string
  readonly title: string
}

const ink = '#1b1f24'
const accent = '#1f4e79'

const body: TextStyle = { font: 'regular', size: 10.5, leading: 1.45, color: ink }

/** The style table, keyed by node kind. */
export const styles = {
  page: {
    sizes: { a4: [595.28, 841.89], letter: [612, 792] } as const,
    margin: { top: 62, bottom: 62, left: 60, right: 60 },
    // Running header and footer sit in the margins and are drawn after layout.
    header: { font: 'regular', size: 8, leading: 1.2, color: '#6b7280' } satisfies TextStyle,
    // Who the page is for (a version, a student's name): never shortened, so bold and dark.
    who: { font: 'bold', size: 8.5, leading: 1.2, color: ink } satisfies TextStyle,
    // A teacher document's mark ("Answer key — teacher edition"), boxed so a loose page is
    // recognised at a glance, in colour or in grey.
    mark: { text: { font: 'bold', size: 8, leading: 1.2, color: '#8a1c1c' } satisfies TextStyle, border: '#8a1c1c', width: 0.8, padding: 3, radius: 2 },
    // The smallest size a name may shrink to before it would have to be cut (it never is).
    minWho: 5,
    headerGap: 10,
    headerTop: 30,
    footerFromBottom: 38,
    headerRule: { color: '#d5d9de', width: 0.5, gap: 5 },
    // The space below the line a page opens with when a block runs on to it ("Question 3
    // (continued)", in the header's small grey).
    carriedGap: 6
  },
  body,
  // Paragraphs take their text style from where they are (ctx.body): body text,
  // or a blockquote's.
  paragraph: { before: 0, after: 8 } satisfies Spacing,
  heading: {
    1: { text: { font: 'bold', size: 19, leading: 1.2, color: ink }, before: 0, after: 12 },
    2: { text: { font: 'bold', size: 14, leading: 1.25, color: accent }, before: 18, after: 8 },
    3: { text: { font: 'bold', size: 12, leading: 1.3, color: ink }, before: 14, after: 6 },
    4: { text: { font: 'boldOblique', size: 10.5, leading: 1.4, color: ink }, before: 12, after: 4 }
  } satisfies Record<1 | 2 | 3 | 4, BlockStyle>,
  // A hairline under the document title separates it from the form fields.
  titleRule: { color: '#aab2bd', width: 0.75, gap: 6 },
  // A paragraph's number (`:pn`) hangs in the left margin, right-aligned `gap` before the text,
  // on its first line's baseline.
  paragraphNumber: { text: { font: 'regular', size: 8, leading: 1.45, color: '#6b7280' } satisfies TextStyle, gap: 9 },
  // Words marked in place (`:highlight`, a claim's quote) and the label before them (`:claim`):
  // a tint behind the text, `pad` wider than the words on either side.
  highlight: { fill: '#fdeea0', pad: 0.8, label: { fill: '#f2cf57', color: '#3a2c00' } },
  inline: {
    code: { font: 'mono', scale: 0.9 },
    link: { color: accent, underlineOffset: 1.6, underlineWidth: 0.5 }
  },
  list: {
    before: 0,
    after: 8,
    indent: 18, // from the list's left edge to its text
    labelGap: 6, // between an ordered label's right edge and the text
    itemGap: 3, // between the items of a tight list
    bulletRadius: 1.7
  },
  blockquote: {
    before: 2,
    after: 10,
    indent: 14,
    rule: { color: '#c3cad3', width: 2 },
    text: { ...body, color: '#3b4450' } satisfies TextStyle
  },
  thematicBreak: { before: 10, after: 10, color: '#c3cad3', width: 0.75 },
  code: {
    before: 2,
    after: 10,
    padding: 8,
    fill: '#f3f4f6',
    text: { font: 'mono', size: 9, leading: 1.4, color: ink } satisfies TextStyle
  },
  question: { before: 4, after: 16 },
  // A run of blocks kept on one page (an answer key entry's head).
  keep: { before: 0, after: 0 },
  options: {
    before: 0,
    after: 4,
    indent: 6, // options sit slightly in from the stem
    labelWidth: 34, // mark and letter share one column, so the option texts align
    itemGap: 4,
    label: { ...body, font: 'bold' } satisfies TextStyle,
    // ○ for one answer, □ for every answer that applies: drawn, not typed, like bullets.
    mark: { size: 8.4, gap: 5, width: 0.8, color: ink }
  },
  // Blocks side by side in equal columns (Class and Date lines, the score box).
  fields: { before: 0, after: 6, gap: 18 },
  // Its text sits on the baseline of a fill-in line (the same size and leading).
  scoreBox: {
    before: 0,
    after: 6,
    width: 150,
    height: 50,
    inset: 2,
    padding: 7,
    radius: 3,
    border: '#4b5563',
    borderWidth: 0.9,
    label: { font: 'bold', size: 10.5, leading: 2.4, color: ink } satisfies TextStyle,
    total: { font: 'bold', size: 10.5, leading: 2.4, color: ink } satisfies TextStyle
  },
  table: {
    before: 4,
    after: 10,
    padding: { x: 5, y: 2.5 },
    // Empty cells to write in (a score): at least this tall.
    writeHeight: 21,
    minColumn: 18,
    text: { font: 'regular', size: 9.5, leading: 1.3, color: ink } satisfies TextStyle,
    head: { font: 'bold', size: 9.5, leading: 1.3, color: ink } satisfies TextStyle,
    headFill: '#eef1f5',
    rule: { color: '#9aa3ad', width: 0.6 }
  },
  endMark: { before: 18, closeUp: 2, after: 8, text: { font: 'bold', size: 10.5, leading: 1.45, color: ink } satisfies TextStyle, rule: 60, gap: 10, color: '#9aa3ad', width: 0.6 },
  answerLines: { before: 2, after: 4, default: 4, spacing: 24, color: '#9aa3ad', width: 0.6 },
  // A box to write a letter, a number or a figure in; drawn as decoration.
  box: { width: 17, height: 15, gap: 7, color: '#4b5563', lineWidth: 0.8 },
  matching: {
    before: 2,
    after: 4,
    indent: 6,
    columnGap: 20,
    labelWidth: 18,
    itemGap: 6,
    label: { ...body, font: 'bold' } satisfies TextStyle
  },
  ordering: { before: 2, after: 4, indent: 6, labelWidth: 18, itemGap: 6, label: { ...body, font: 'bold' } satisfies TextStyle },
  answerBox: { before: 6, after: 6, indent: 6, width: 150, height: 24 },
  fillIn: {
    before: 0,
    after: 6,
    text: { font: 'regular', size: 10.5, leading: 2.4, color: ink } satisfies TextStyle,
    gap: 6, // between the label and its line
    column: 48, // lines of short labels ("Name:", "Date:") start in one column
    color: '#6b7280',
    width: 0.6
  },
  callout: {
    before: 6,
    after: 14,
    padding: { x: 12, y: 9 },
    radius: 3,
    border: 3,
    titleAfter: 3,
    title: { ...body, font: 'bold' } satisfies TextStyle,
    kinds: {
      context: { fill: '#eef3f9', border: '#5b84b1', title: '#274f7a' },
      note: { fill: '#fbf6e8', border: '#d2a72c', title: '#7a5a08' },
      facilitator: { fill: '#edf7f0', border: '#4e9a6a', title: '#24613b' },
      key: { fill: '#f5effa', border: '#8a5cb8', title: '#57327d' },
      bank: { fill: '#ffffff', border: '#6b7280', title: '#374151' }
    } satisfies Record<string, CalloutStyle>
  }
} as const

/** Callout kinds a template may name. */
export type CalloutKind = keyof typeof styles.callout.kinds
