// A script's value (a request's `overrides`) as a YAML syntax tree, so the decoders that
// check a module's files check it too, in the same words: one definition of a question set,
// whether it is written in module.yaml or handed to the library. It has no place in a file.
import { Document, visit, type Node as YamlNode } from 'yaml'
import type { VFile } from 'vfile'
import type { YamlSource } from './read.js'

/** `value` as a source the decoders read, their messages going to `file` without a place. */
export function valueSource(file: VFile, value: unknown): YamlSource {
  // Each array or object as itself, never an alias to an earlier one (the decoders would read an alias as nothing).
  const root = new Document().createNode(value, { aliasDuplicateObjects: false, keepUndefined: false }) as YamlNode
  // NaN and Infinity as JavaScript writes them, not as `null` (what JSON makes of them).
  visit(root, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) node.source = String(node.value)
    }
  })
  return { file, root, deref: (node) => node, place: () => undefined }
}
