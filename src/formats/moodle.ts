// Moodle XML: the selected quiz items for a Moodle question bank (export/moodle.ts).
import type { DownloadFormat } from './format.js'

export const moodle: DownloadFormat<'moodle'> = {
  name: 'moodle',
  description: 'Moodle XML: categories per module and theme, multichoice, true/false, essay, cloze, matching, ordering and numerical questions, feedback per answer',
  platforms: ['Moodle'],
  produces: '`moodle.xml`',
  download: {
    file: 'moodle.xml',
    write: async (module, selection, options) => (await import('../export/moodle.js')).moodleXml(module, selection, options),
    limits: async (module, selection) => (await import('../export/moodle.js')).moodleLimits(module, selection)
  }
}
