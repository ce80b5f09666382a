// Preloaded with `node --require`: appends the path of every file the program loads as a
// module or reads with fs.readFileSync (fonts, hyphenation patterns) to the file named by
// RECORD_LOADS, one per line; worker threads are recorded too (they inherit the preload).
const { appendFileSync } = require('node:fs')
const fs = require('node:fs')
const Module = require('node:module')

const record = (path) => {
  if (process.env.RECORD_LOADS && typeof path === 'string') appendFileSync(process.env.RECORD_LOADS, path + '\n')
}
const resolve = Module._resolveFilename
Module._resolveFilename = function (...args) {
  const file = resolve.apply(this, args)
  record(file)
  return file
}
const readFileSync = fs.readFileSync
fs.readFileSync = function (path, ...rest) {
  record(typeof path === 'string' ? path : path instanceof URL ? path.pathname : undefined)
  return readFileSync.call(this, path, ...rest)
}
