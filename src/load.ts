// The load stage: everything classpack reads from disk before it builds, as vfiles and
// data. Later stages are pure; the writer (write.ts) is the only other stage on disk.
export { loadModule, type ModuleFiles } from './load/module.js'
export { findModules } from './load/modules.js'
export { loadRoster } from './load/roster.js'
export { loadTemplates, type TemplateSources } from './load/templates.js'
export { displayPath, MAX_INPUT_BYTES, readText } from './load/text.js'
