// One PDF of every student's quiz for duplex printing (pack/print.ts, render/pdf/bundle.ts).
import type { OutputFormat } from './format.js'

export const print: OutputFormat<'print'> = {
  name: 'print',
  description: 'every quiz in one PDF for duplex printing, each on sheets of its own (`--covers`: a cover sheet each)',
  produces: '`print-bundle.pdf`'
}
