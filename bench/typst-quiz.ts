// A student's quiz as a Typst document, made from the very view model classpack's quiz
// template is filled with (view/quiz.ts, personalized as plan.ts does), so the benchmark
// compares like with like: the same items, options, name, id and version, the same page
// size, margins, sizes, colours, running header and "Page N of M" footer (styles.ts), in
// the same embedded font (DejaVu Sans, handed to Typst as blobs by typst-run.ts).
// Plain text goes in as Typst string literals, so no name or stem can be read as markup.

/** The fields of a personalized quiz view (view/quiz.ts) that the quiz template prints. */
export interface QuizView {
  header: { date: string | null; course: string | null; institution: string | null; teacher: string | null; draft: string | null }
  version: string | null
  student: { name: string; id: string | null; group: string | null } | null
  strings: { heading: string; byline: string; nameLabel: string; idLabel: string; classLabel: string; versionLabel: string; fillInName: string; intro: string }
  items: Array<{
    number: number
    /** Text in paragraphs, as the view hands it to the template (fill/escape.ts's `Prose`). */
    stem: { text: string }
    instruction: string | null
    points: string
    scoring: string | null
    isChoice: boolean
    options: Array<{ letter: { value: string }; text: string }>
    isShort: boolean
    lines: number
  }>
}

/** What the PDF says about itself (plan.ts's `pdf` and the student's document meta). */
export interface QuizDocument {
  title: string
  /** null when the front matter names none (no author then, as in classpack's PDF). */
  author: string | null
  keywords: string
  /** The running header: the module's title. */
  header: string
  paper: 'a4' | 'letter'
  lang: string
}

/** A Typst string literal of `text`. */
const s = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
/** `text` as markup: a string literal in markup mode. */
const t = (text: string): string => `#${s(text)}`

/** The Typst source of one quiz. */
export function typstQuiz(view: QuizView, doc: QuizDocument): string {
  const [language, region] = doc.lang.toLowerCase().split('-')
  const out: string[] = [
    `#set document(title: ${s(doc.title)}, ${doc.author === null ? '' : `author: ${s(doc.author)}, `}keywords: ${s(doc.keywords)}, date: datetime(year: 2026, month: 1, day: 1))`,
    `#set page(paper: ${s(doc.paper === 'a4' ? 'a4' : 'us-letter')}, margin: (top: 62pt, bottom: 62pt, left: 60pt, right: 60pt),`,
    `  header-ascent: 14pt, footer-descent: 18pt,`,
    `  header: [#set text(size: 8pt, fill: rgb("#6b7280")); ${t(doc.header)} #v(-3pt) #line(length: 100%, stroke: 0.5pt + rgb("#d5d9de"))],`,
    `  footer: context align(center, text(size: 8pt, fill: rgb("#6b7280"))[Page #counter(page).display() of #counter(page).final().first()]))`,
    `#set text(font: "DejaVu Sans", size: 10.5pt, fill: rgb("#1b1f24"), lang: ${s(language ?? 'en')}${region ? `, region: ${s(region)}` : ''})`,
    // classpack sets lines 1.45 em apart and paragraphs 8 pt more; Typst measures both
    // from one line's baseline to the next line's cap height, 0.73 em less.
    `#set par(leading: 0.73em, spacing: 0.73em + 8pt)`,
    `#set block(spacing: 0.73em + 8pt)`,
    ''
  ]
  const h = view.header
  if (h.draft) out.push(`*${t(h.draft)}*`, '')
  const course = h.course ? [h.course + (h.institution ? `, ${h.institution}` : ''), h.teacher, h.date].filter(Boolean).join(' · ') : h.date
  if (course) out.push(t(course), '')
  out.push(`#block(below: 0.73em + 12pt)[#text(size: 19pt, weight: "bold", ${s(view.strings.heading)}) #v(-2pt) #line(length: 100%, stroke: 0.75pt + rgb("#aab2bd"))]`, '')
  out.push(t(view.strings.byline), '')
  if (view.student) {
    const parts = [`*${t(view.strings.nameLabel)}* ${t(view.student.name)}`]
    if (view.student.id) parts.push(`*${t(view.strings.idLabel)}* ${t(view.student.id)}`)
    if (view.student.group) parts.push(`*${t(view.strings.classLabel)}* ${t(view.student.group)}`)
    if (view.version) parts.push(`*${t(view.strings.versionLabel)}* ${t(view.version)}`)
    out.push(parts.join(' · '), '')
  } else {
    out.push(`#grid(columns: (48pt, 1fr), column-gutter: 6pt, ${s(view.strings.fillInName)}, line(start: (0pt, 10pt), length: 100%, stroke: 0.6pt + rgb("#6b7280")))`, '')
  }
  out.push(t(view.strings.intro), '')
  for (const item of view.items) {
    const body: string[] = []
    body.push(`*${item.number}.* ${t(item.stem.text)}${item.instruction ? ` _${t(item.instruction)}_` : ''} ${t(`(${item.points})`)}`)
    if (item.scoring) body.push('', `_${t(item.scoring)}_`)
    if (item.isChoice) {
      const cells = item.options.map((o) => `[*${t(o.letter.value + '.')}*], [${t(o.text)}]`).join(', ')
      body.push('', `#pad(left: 6pt, grid(columns: (20pt, 1fr), row-gutter: 0.73em + 4pt, ${cells}))`)
    }
    if (item.isShort) {
      body.push('', `#v(2pt)`, ...Array.from({ length: item.lines }, () => `#v(18pt) #line(length: 100%, stroke: 0.6pt + rgb("#9aa3ad"))`))
    }
    out.push(`#block(above: 0.73em + 4pt, below: 0.73em + 16pt)[`, ...body, ']', '')
  }
  return out.join('\n')
}
