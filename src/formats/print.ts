// One PDF of every student's quiz for duplex printing (pack/print.ts, render/pdf/bundle.ts).
import type { OutputFormat } from './format.js'

export const print: OutputFormat<'print'> = {
  name: 'print',
  description: "every student's quiz in roster order in one PDF for duplex printing (see below)",
  produces: '`print-bundle.pdf`'
}
