// GIFT, Moodle's plain-text question format (export/gift.ts).
import type { DownloadFormat } from './format.js'

export const gift: DownloadFormat<'gift'> = {
  name: 'gift',
  description: "the same questions in GIFT, Moodle's plain-text format",
  platforms: ['Moodle'],
  produces: '`quiz.gift.txt`',
  download: {
    file: 'quiz.gift.txt',
    write: async (module, selection, options) => (await import('../export/gift.js')).gift(module, selection, options),
    limits: async (module, selection) => (await import('../export/gift.js')).giftLimits(module, selection)
  }
}
