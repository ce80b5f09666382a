// The whole pack as one deterministic archive, written beside it (write.ts).
import type { OutputFormat } from './format.js'

export const zip: OutputFormat<'zip'> = {
  name: 'zip',
  description: 'the whole pack, manifest included, as one deterministic archive (`zip` alone: of the default `html,pdf` pack)',
  produces: '`out/<module>.zip`'
}
