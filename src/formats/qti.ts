// A Canvas quiz package, QTI 1.2 (export/qti.ts).
import type { DownloadFormat } from './format.js'

export const qti: DownloadFormat<'qti'> = {
  name: 'qti',
  description: 'a Canvas QTI 1.2 package: one quiz, its questions also in a question bank',
  platforms: ['Canvas'],
  produces: '`canvas-qti.zip`',
  download: {
    file: 'canvas-qti.zip',
    write: async (module, selection, options) => (await import('../export/qti.js')).canvasQti(module, selection, options),
    limits: async (module, selection) => (await import('../export/qti.js')).canvasQtiLimits(module, selection)
  }
}
