// A QTI 2.1 content package, for Blackboard Ultra, Brightspace and Canvas (export/qti21.ts).
import type { DownloadFormat } from './format.js'

export const qti21: DownloadFormat<'qti21'> = {
  name: 'qti21',
  description: 'a QTI 2.1 package (Blackboard Ultra, Brightspace, Canvas): one item per question and a test for the set',
  platforms: ['Blackboard', 'Brightspace', 'D2L', 'Canvas'],
  produces: '`qti21.zip`',
  download: {
    file: 'qti21.zip',
    write: async (module, selection, options) => (await import('../export/qti21.js')).qti21(module, selection, options),
    limits: async (module, selection) => (await import('../export/qti21.js')).qti21Limits(module, selection)
  }
}
