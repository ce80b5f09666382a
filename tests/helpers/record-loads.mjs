// Preloaded with `node --import`: appends the URL of every module the program loads
// through `import` to the file named by RECORD_LOADS (one per line).
import { register } from 'node:module'

register(new URL('./record-loads-hooks.mjs', import.meta.url))
