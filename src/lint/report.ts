// `classpack check --report FILE.html`: the lint as a page a teacher can read. Each item
// with its cues, claims and Bloom level; the bank's figures with a chart of where the keys
// stand; every finding; the rules set aside. A standalone page (no scripts, no fetches,
// the pack's Content-Security-Policy) whose bytes depend only on the inputs.
import type { VFile } from 'vfile'
import type { Module } from '../assemble.js'
import { counted } from '../messages.js'
import type { Selection } from '../select/model.js'
import type { Reported } from './run.js'
import { moduleStrings } from '../lang/index.js'
import { rulesSetAside } from './aside.js'
import { lintFigures, type Figures } from './figures.js'
import { LINT_RULES } from './rules/index.js'

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

const percent = (part: number, whole: number): string => (whole ? `${Math.round((100 * part) / whole)}%` : '–')

/** A bar chart of key positions, as printed and as written, in inline SVG. */
export function keyChart(figures: Pick<Figures, 'letters' | 'printed' | 'authored'>): string {
  const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
  const [p, a] = [total(figures.printed), total(figures.authored)]
  const shares = figures.letters.map((_, i) => [p ? figures.printed[i]! / p : 0, a ? figures.authored[i]! / a : 0] as const)
  const group = 56
  const height = 120
  const width = 40 + group * figures.letters.length
  const bars = shares
    .map(([printed, authored], i) => {
      const x = 40 + i * group
      const bar = (share: number, dx: number, cls: string, what: string): string => {
        const h = Math.round(share * height)
        return `<rect class="${cls}" x="${x + dx}" y="${10 + height - h}" width="20" height="${h}"><title>${figures.letters[i]}: ${Math.round(share * 100)}% ${what}</title></rect>`
      }
      return `${bar(printed, 6, 'printed', 'as printed')}${bar(authored, 28, 'authored', 'as written')}<text x="${x + 27}" y="${height + 26}" text-anchor="middle">${figures.letters[i]}</text>`
    })
    .join('')
  const even = figures.letters.length ? Math.round(height / figures.letters.length) : 0
  const axis = [0, 50, 100].map((v) => `<text x="30" y="${10 + height - (v * height) / 100 + 4}" text-anchor="end">${v}%</text>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Share of single-choice keys at each letter, as printed and as written" width="${width}" height="${height + 34}" viewBox="0 0 ${width} ${height + 34}">${axis}<line class="even" x1="36" x2="${width}" y1="${10 + height - even}" y2="${10 + height - even}"/>${bars}</svg>`
}

const CSS = `body{margin:0 auto;max-width:60rem;padding:1.5rem 1.25rem 3rem;color:#1a1a1a;font:1rem/1.5 "DejaVu Sans","Segoe UI",system-ui,sans-serif}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem;color:#1d4f91}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #c8c8c8;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f3f6fa}code{font-size:.85em}.error{color:#a40000;font-weight:bold}.warning{color:#8a5a00}.info{color:#4a4a4a}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
svg text{font-size:11px;fill:#1a1a1a}svg .printed{fill:#1d4f91}svg .authored{fill:#b26b00}svg .even{stroke:#4a4a4a;stroke-dasharray:4 3}
.key-printed{color:#1d4f91}.key-authored{color:#b26b00}`

/** What the report is made of: a check result (`checkModule`'s) whose module and set were read. */
export interface LintReportInput {
  module?: Module
  selection?: Selection
  lint?: Reported[]
  files: VFile[]
}

/** The report page for a check result (its module must have been read). */
/**
 * Whether `head` (a file's first kilobytes) is a lint report's: classpack's generator mark and
 * the report's title. A pack's own pages carry the mark too, and `check --report` must not
 * replace one of them.
 */
export function isLintReport(head: string): boolean {
  return head.includes(GENERATOR) && head.includes(`<title>${TITLE}`)
}

const GENERATOR = '<meta name="generator" content="classpack">'
const TITLE = 'Lint report: '

export function lintReport(result: LintReportInput): string {
  const { module, selection, lint } = result
  if (!module || !selection || !lint) throw new TypeError('classpack: lintReport needs a check result whose module and set were read')
  const figures = lintFigures(module, selection, lint)
  const strings = moduleStrings(module)
  const count = (s: string): number => lint.filter((f) => f.severity === s).length
  const rows = (cells: string[][]): string => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('\n')
  const places = new Map<string, string>()
  for (const file of result.files) for (const m of file.messages) if (m.ruleId && m.line != null) places.set(`${m.ruleId} ${m.reason}`, `${file.basename ?? file.path}:${m.line}`)
  const findings = [...lint].sort((a, b) => ['error', 'warning', 'info'].indexOf(a.severity) - ['error', 'warning', 'info'].indexOf(b.severity))
  const aside = rulesSetAside(module, selection, strings)
  const code = (id: string): string => `<code>${escape(id)}</code>`

  const body = [
    `<h1>Lint report: ${escape(module.article.meta.title)}</h1>`,
    `<p>Set ${code(selection.name)}, seed ${selection.seed}, ${counted(selection.versions.length, 'printed version')}. ${counted(count('error'), 'error')}, ${counted(count('warning'), 'warning')}, ${counted(count('info'), 'info')}. Rules: docs/ITEM-WRITING.md.</p>`,
    `<h2>The bank's figures</h2>`,
    `<dl>`,
    `<dt>Key positions</dt><dd><span class="key-printed">As printed</span> (set ${code(selection.name)}, ${counted(sum(figures.printed), 'single-choice key')}): ${figures.letters.map((l, i) => `${l} ${figures.printed[i]}`).join(' · ')}<br><span class="key-authored">As written</span> (the bank, ${counted(sum(figures.authored), 'key')}): ${figures.letters.map((l, i) => `${l} ${figures.authored[i]}`).join(' · ')}</dd>`,
    `<dt>Key length</dt><dd>${figures.lengthRatio === null ? '–' : `${figures.lengthRatio.toFixed(2)} × the mean distractor`}; strictly the longest option in ${figures.longest.count} of ${counted(figures.longest.of, 'single-choice item')} (${percent(figures.longest.count, figures.longest.of)})</dd>`,
    `<dt>True/false</dt><dd>${figures.trueShare.trues} of ${figures.trueShare.of} True (${percent(figures.trueShare.trues, figures.trueShare.of)})</dd>`,
    `<dt>Claims</dt><dd>${figures.claims.tested} of ${figures.claims.of} tested by a quiz item, ${figures.claims.asked} asked about at all</dd>`,
    `<dt>Paragraphs</dt><dd>${figures.paragraphs.anchored} of ${figures.paragraphs.of} anchor a claim</dd>`,
    `</dl>`,
    `<figure>${keyChart(figures)}<figcaption>Share of single-choice keys at each letter: <span class="key-printed">as printed</span> (every version) and <span class="key-authored">as written</span> (the exports); the dashed line is an even spread.</figcaption></figure>`,
    `<h2>Items</h2>`,
    `<table><thead><tr><th>Item</th><th>Type</th><th>Bloom</th><th>Claims</th><th>Cues</th><th>Stem</th></tr></thead><tbody>`,
    rows(figures.items.map((r) => [code(r.id), escape(r.type), escape(r.bloom), escape(r.claims.join(', ')), r.cues.map(code).join(' ') || '–', escape(r.stem)])),
    `</tbody></table>`,
    `<h2>Findings</h2>`,
    findings.length
      ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>Message</th></tr></thead><tbody>\n${rows(findings.map((f) => [`<span class="${f.severity}">${f.severity}</span>`, code(f.rule), escape(places.get(`${f.rule} ${f.reason}`) ?? f.file), escape(f.reason)]))}\n</tbody></table>`
      : '<p>None.</p>',
    `<h2>${escape(strings.setAside.heading)}</h2>`,
    aside.length ? `<ul>${aside.map((a) => `<li>${code(a.rule)} (${escape(a.where)}): ${escape(a.reason)}</li>`).join('')}</ul>` : '<p>None.</p>',
    `<h2>Rules</h2>`,
    `<table><thead><tr><th>Rule</th><th>Severity</th><th>What it looks for</th><th>Found</th></tr></thead><tbody>\n${rows(LINT_RULES.map((r) => [code(r.id), r.severity, escape(r.summary), String(lint.filter((f) => f.rule === r.id).length)]))}\n</tbody></table>`
  ].join('\n')

  return `<!DOCTYPE html>
<html lang="${escape(module.article.meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
${GENERATOR}
<title>${TITLE}${escape(module.article.meta.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`
}
