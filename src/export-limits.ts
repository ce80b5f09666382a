// What the downloads asked for cannot carry of the set's items (GIFT's marks, a pin Moodle
// shuffles), as warnings at the item: `build` says them for the formats it writes, and `init`
// for every format, so a fresh module's first build in any format warns of nothing init did not.
import type { VFile } from 'vfile'
import type { Module } from './assemble.js'
import { DOWNLOAD_FORMATS, type DownloadFormat } from './formats.js'
import { atClaim } from './lint/bank.js'
import { warn } from './messages.js'
import type { Selection } from './select/model.js'
import { placeOf } from './yaml/decode.js'

/** Warn, at the item in `files`, of each limit of the formats `wanted` names. */
export async function warnExportLimits(module: Module, selection: Selection, files: { claims?: VFile; questions?: VFile }, wanted: (format: DownloadFormat) => boolean): Promise<void> {
  for (const format of DOWNLOAD_FORMATS) {
    if (!wanted(format.name) || !format.download.limits || !files.questions) continue
    for (const limit of await format.download.limits(module, selection)) {
      // A generated item is in no questions.yaml: said at its claim, as the lint does.
      if (limit.item.generated && files.claims) {
        const { place, reason } = atClaim(limit.item, module, limit.reason)
        warn(files.claims, reason, place, limit.ruleId)
      } else {
        // A field the item leaves to its default (a cloze's `points`) has no place of its own: the item's id stands for it.
        const place = placeOf(limit.owner, limit.key) ?? placeOf(limit.item, 'id')
        warn(files.questions, limit.reason, place, limit.ruleId)
      }
    }
  }
}
