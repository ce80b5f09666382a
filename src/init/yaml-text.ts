// Scalars for the YAML that `init` writes by hand (so that it can carry teaching comments).

/** A string as a YAML scalar: plain when that reads back the same, double-quoted otherwise. */
export function yamlString(value: string, flow = false): string {
  const safe = flow ? /^\p{L}[\p{L}\p{N} .'’-]*$/u : /^\p{L}[\p{L}\p{N} ,.'’()/&+-]*$/u
  const plain = safe.test(value) && !/\s$/.test(value) && !RESERVED.test(value)
  // JSON strings are YAML double-quoted scalars.
  return plain ? value : JSON.stringify(value)
}

/**
 * A sentence as a teacher types it in a block mapping: plain (question marks, ellipses,
 * apostrophes and all) when YAML reads it back as written, double-quoted otherwise.
 */
export function yamlSentence(value: string): string {
  const plain = /^\p{L}/u.test(value) && !/: | #|:$|\s$|["\n]/.test(value) && !RESERVED.test(value)
  return plain ? value : JSON.stringify(value)
}

/** Words YAML would read as something other than a string. */
const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i

/** A list of strings in flow style: `["a", "b"]`. */
export function yamlList(values: readonly string[]): string {
  return `[${values.map((v) => yamlString(v, true)).join(', ')}]`
}
