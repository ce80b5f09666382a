// node:crypto is started when a hash is first taken, not when a module that may take one is
// loaded: `classpack check` takes none, and crypto's start alone costs it several
// milliseconds (an `import` from node:crypto runs as the bundle starts).

/** The SHA-256 of `data`, in hex. */
export function sha256(data: string | Uint8Array): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex')
}
